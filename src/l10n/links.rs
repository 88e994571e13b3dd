//! The links between a Puente project's YAML, its templates and its source
//! text: every id that a module, a template or Puente itself asks for must
//! be defined in the source locale, and every source message should be
//! asked for by something.
//!
//! Who asks for what:
//!
//! - a module asks for the ids [`crate::ids::expected_messages`] derives
//!   from its YAML, in `<module>.ftl` (or `common.ftl`);
//! - templates ask for `ui-*` labels by name, as string literals
//!   (`t(id="ui-agenda")` in HTML, `l.at("ui-agenda")` in Typst);
//! - Puente's own code formats [`CODE_IDS`] and the label of every value of
//!   the schema's closed lists (methods, groupings, stages...);
//! - a message or term may be referred to by another message.

use std::collections::HashSet;

use super::check::Finding;
use super::syntax::Node;
use super::tree::Tree;
use crate::curriculum::schema::{
    Adaptation, ContactKind, Grouping, HandoutKind, MaterialKind, Method, Per, Stage,
};
use crate::curriculum::LoadedModule;
use crate::diag::Diagnostic;
use crate::render::templates::Template;
use crate::source::Sources;

/// The `ui-*` messages Puente's code looks up by name (`src/localize.rs`,
/// `src/packet/model.rs`, `src/pipeline/packet.rs`, `src/serve/` with its planner, `src/site/`). A unit test keeps this
/// list in step with the code.
pub const CODE_IDS: &[&str] = &[
    "ui-break",
    "ui-checklist-intro",
    "ui-clock",
    "ui-copies",
    "ui-date",
    "ui-day",
    "ui-directory-address",
    "ui-directory-checked",
    "ui-directory-hours",
    "ui-directory-languages",
    "ui-directory-phone",
    "ui-directory-take-one",
    "ui-directory-web",
    "ui-document",
    "ui-double-sided",
    "ui-duration",
    "ui-end-of-day",
    "ui-facilitator-guide",
    "ui-group-size-value",
    "ui-hard-end",
    "ui-item",
    "ui-language-name",
    "ui-legal-notice",
    "ui-licence-version",
    "ui-local-answer",
    "ui-local-checked",
    "ui-local-contact",
    "ui-materials-checklist",
    "ui-meal",
    "ui-minutes",
    "ui-minutes-column",
    "ui-optional",
    "ui-overrun",
    "ui-overrun-fix",
    "ui-overrun-not-enough",
    "ui-page-of",
    "ui-participants-value",
    "ui-plan-activity",
    "ui-plan-add",
    "ui-plan-add-day",
    "ui-plan-add-module",
    "ui-plan-break-after",
    "ui-plan-checked",
    "ui-plan-checked-help",
    "ui-plan-contact-kind",
    "ui-plan-contact-name",
    "ui-plan-contact-note",
    "ui-plan-date",
    "ui-plan-download",
    "ui-plan-drop",
    "ui-plan-end",
    "ui-plan-end-help",
    "ui-plan-facilitators",
    "ui-plan-facilitators-help",
    "ui-plan-factor",
    "ui-plan-factor-help",
    "ui-plan-field-title",
    "ui-plan-file",
    "ui-plan-file-problems",
    "ui-plan-group-size",
    "ui-plan-interpretation",
    "ui-plan-interpretation-consecutive",
    "ui-plan-interpretation-none",
    "ui-plan-interpretation-simultaneous",
    "ui-plan-intro",
    "ui-plan-language",
    "ui-plan-language-2",
    "ui-plan-local",
    "ui-plan-local-intro",
    "ui-plan-meal-after",
    "ui-plan-minutes",
    "ui-plan-modules",
    "ui-plan-more-contact",
    "ui-plan-move-up",
    "ui-plan-name",
    "ui-plan-name-help",
    "ui-plan-nav",
    "ui-plan-no-modules",
    "ui-plan-none",
    "ui-plan-open",
    "ui-plan-open-button",
    "ui-plan-optional",
    "ui-plan-page-language",
    "ui-plan-pages-later",
    "ui-plan-paper",
    "ui-plan-paper-a4",
    "ui-plan-paper-letter",
    "ui-plan-participants",
    "ui-plan-preview",
    "ui-plan-preview-waiting",
    "ui-plan-private",
    "ui-plan-problems",
    "ui-plan-remove",
    "ui-plan-remove-day",
    "ui-plan-save",
    "ui-plan-spares",
    "ui-plan-start",
    "ui-plan-start-from",
    "ui-plan-title",
    "ui-plan-total-copies",
    "ui-plan-update",
    "ui-plan-venue",
    "ui-plan-venue-help",
    "ui-plan-workshop",
    "ui-print-list",
    "ui-quantity",
    "ui-quantity-column",
    "ui-readme-checklist",
    "ui-readme-directory",
    "ui-readme-files",
    "ui-readme-fill-in",
    "ui-readme-guides",
    "ui-readme-handouts",
    "ui-readme-intro",
    "ui-readme-order",
    "ui-readme-print-list",
    "ui-readme-run-sheet",
    "ui-run-energiser",
    "ui-run-interpreted",
    "ui-run-reopening",
    "ui-run-reopening-replaces",
    "ui-run-sheet",
    "ui-serve-fallback",
    "ui-serve-home",
    "ui-serve-in-context",
    "ui-serve-open-in-editor",
    "ui-serve-outdated",
    "ui-serve-problems",
    "ui-serve-side-by-side",
    "ui-serve-title",
    "ui-single-sided",
    "ui-site-cards",
    "ui-site-choose-language",
    "ui-site-home",
    "ui-site-language-name",
    "ui-site-letter",
    "ui-site-not-found",
    "ui-site-not-found-intro",
    "ui-site-overview",
    "ui-site-paper-iso",
    "ui-site-partial",
    "ui-site-search",
    "ui-site-status",
    "ui-site-title",
    "ui-step-time",
    "ui-support-directory",
    "ui-time-column",
    "ui-timeline-after",
    "ui-timeline-day-before",
    "ui-timeline-on-the-day",
    "ui-timeline-week-before",
    "ui-weekday-date",
    "ui-what",
];

/// The labels of every value of the schema's closed lists.
pub fn schema_label_ids() -> Vec<String> {
    let mut out = Vec::new();
    out.extend(Method::ALL.iter().map(|v| v.label_id()));
    out.extend(Grouping::ALL.iter().map(|v| v.label_id()));
    out.extend(Stage::ALL.iter().map(|v| v.label_id()));
    out.extend(Per::ALL.iter().map(|v| v.label_id()));
    out.extend(MaterialKind::ALL.iter().map(|v| v.label_id()));
    out.extend(Adaptation::ALL.iter().map(|v| v.label_id()));
    out.extend(HandoutKind::ALL.iter().map(|v| v.label_id()));
    out.extend(ContactKind::ALL.iter().map(|v| v.label_id()));
    out
}

/// Every `"ui-..."` string literal in a template, with its byte range.
pub fn template_ids(text: &str) -> Vec<(String, std::ops::Range<usize>)> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(pos) = text[from..].find("\"ui-") {
        let start = from + pos + 1;
        let len = text[start..]
            .find(|c: char| !(c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'))
            .unwrap_or(text.len() - start);
        let id = &text[start..start + len];
        if text[start + len..].starts_with('"') && id.len() > 3 && !id.ends_with('-') {
            out.push((text[start..start + len].to_string(), start..start + len));
        }
        from = start + len;
    }
    out
}

/// A message a workshop plan asks for (its title), expected in `plans.ftl`.
#[derive(Debug, Clone)]
pub struct PlanAsk {
    pub id: String,
    pub file: crate::source::FileId,
    pub span: std::ops::Range<usize>,
}

pub fn check_links(
    tree: &Tree,
    modules: &[LoadedModule],
    templates: &[Template],
    plan_asks: &[PlanAsk],
    sources: &Sources,
) -> Vec<Finding> {
    let src = tree.source();
    let locale = Some(src.tag.clone());
    let mut out = Vec::new();
    let mut push = |group: &str, d: Diagnostic| {
        out.push(Finding {
            locale: locale.clone(),
            group: group.to_string(),
            diag: d,
        })
    };
    let common = src.file("common.ftl");
    let common_name = tree.shown_path(src, "common.ftl");
    // (file, id) pairs something uses.
    let mut used: HashSet<(String, String)> = HashSet::new();

    // Labels for templates and code, in common.ftl.
    type Ask = (
        String,
        Option<(usize, std::ops::Range<usize>)>,
        crate::ui::Msg,
    );
    let mut label_asks: Vec<Ask> = Vec::new();
    for t in templates {
        for (id, span) in template_ids(&sources.get(t.file).text) {
            label_asks.push((id, Some((t.file, span)), crate::msg!("links-who-template")));
        }
    }
    for id in CODE_IDS {
        label_asks.push((id.to_string(), None, crate::msg!("links-who-code")));
    }
    for id in schema_label_ids() {
        label_asks.push((id, None, crate::msg!("links-who-schema")));
    }
    let mut reported = HashSet::new();
    for (id, at, who) in &label_asks {
        if common.is_some_and(|c| c.get(id).is_some()) {
            used.insert(("common.ftl".into(), id.clone()));
            continue;
        }
        if !reported.insert(id.clone()) {
            continue;
        }
        let mut d = crate::codes::undefined_label(who.as_str(), id, &common_name);
        d = match (at, common.and_then(|c| c.file)) {
            (Some((file, span)), _) => d.at(*file, span.clone(), crate::msg!("links-needed-here")),
            (None, Some(cf)) => d.at(cf, 0..0, crate::msg!("links-expected-in-file")),
            (None, None) => d,
        };
        push(&common_name, d);
    }

    // Module text.
    for lm in modules {
        let m = &lm.module;
        let rel = format!("{}.ftl", m.id);
        let shown = tree.shown_path(src, &rel);
        let yaml = &sources.get(lm.file).text;
        let Some(mf) = src.file(&rel) else {
            let span = crate::curriculum::locate(yaml, None, &m.id);
            push(
                &shown,
                Diagnostic::error(
                    "undefined-message",
                    crate::msg!("undefined-module-file", module = &m.id, file = &shown),
                )
                .at(lm.file, span, crate::msg!("undefined-module-file-label"))
                .with_note(crate::msg!("undefined-module-file-note", file = &shown)),
            );
            continue;
        };
        if mf.file.is_none() {
            continue; // unreadable; reported while reading
        }
        for e in crate::ids::expected_messages(m) {
            if mf.get(&e.id).is_some() {
                used.insert((rel.clone(), e.id));
            } else if common.is_some_and(|c| c.get(&e.id).is_some()) {
                used.insert(("common.ftl".into(), e.id));
            } else {
                let span =
                    crate::curriculum::locate(yaml, e.origin.parent.as_deref(), &e.origin.token);
                push(
                    &shown,
                    crate::codes::undefined_module_message(&m.id, &e.id, &shown).at(
                        lm.file,
                        span,
                        crate::msg!("links-needs", id = &e.id),
                    ),
                );
            }
        }
    }

    // References between messages.
    for (fi, f) in src.files.iter().enumerate() {
        for e in &f.parsed.entries {
            let mut nodes = Vec::new();
            if let Some(v) = &e.value {
                nodes.extend(v.iter());
            }
            for a in &e.attributes {
                nodes.extend(a.value.iter());
            }
            let mut ids = Vec::new();
            collect_refs(nodes.into_iter(), &mut ids);
            for id in ids {
                if let Some((df, _)) = tree.lookup(src, fi, &id) {
                    used.insert((src.files[df].rel.clone(), id));
                }
            }
        }
    }

    // Plan titles, in plans.ftl.
    let plans_name = tree.shown_path(src, "plans.ftl");
    for ask in plan_asks {
        if src
            .file("plans.ftl")
            .is_some_and(|f| f.get(&ask.id).is_some())
        {
            used.insert(("plans.ftl".into(), ask.id.clone()));
        } else {
            push(
                &plans_name,
                Diagnostic::error(
                    "undefined-message",
                    crate::msg!("undefined-plan-message", id = &ask.id, file = &plans_name),
                )
                .at(ask.file, ask.span.clone(), crate::msg!("links-needed-here"))
                .with_note(crate::msg!(
                    "undefined-message-note",
                    id = &ask.id,
                    file = &plans_name
                )),
            );
        }
    }

    // What nothing uses.
    let module_ids: HashSet<&str> = modules.iter().map(|m| m.module.id.as_str()).collect();
    for f in &src.files {
        let Some(fid) = f.file else { continue };
        let stem = f.rel.strip_suffix(".ftl").unwrap_or(&f.rel);
        if f.rel != "common.ftl" && f.rel != "plans.ftl" && !module_ids.contains(stem) {
            push(
                &f.name,
                Diagnostic::warning("unused-file", crate::msg!("unused-file", file = &f.name))
                    .at(fid, 0..0, crate::msg!("unused-file-label"))
                    .with_note(crate::msg!(
                        "unused-file-note",
                        folder = crate::display_path(&src.dir, &tree.display_root)
                    )),
            );
            continue;
        }
        for e in &f.parsed.entries {
            if used.contains(&(f.rel.clone(), e.id.clone())) {
                continue;
            }
            let kind = if e.is_term {
                crate::msg!("check-kind-term")
            } else {
                crate::msg!("check-kind-message")
            };
            let who = if f.rel == "common.ftl" {
                crate::msg!("unused-by-common")
            } else if f.rel == "plans.ftl" {
                crate::msg!("unused-by-plans")
            } else {
                crate::msg!("unused-by-module", module = stem)
            };
            push(
                &f.name,
                Diagnostic::warning(
                    "unused-message",
                    crate::msg!("unused-message", kind = kind, id = &e.id, who = who),
                )
                .at(fid, e.id_span.clone(), crate::msg!("unused-message-label"))
                .with_note(crate::msg!("unused-message-note")),
            );
        }
    }
    out
}

fn collect_refs<'n>(nodes: impl Iterator<Item = &'n Node>, out: &mut Vec<String>) {
    for n in nodes {
        match n {
            Node::MsgRef { id, .. } | Node::TermRef { id, .. } => {
                out.push(id.clone());
                if let Node::TermRef { args, .. } = n {
                    collect_refs(args.iter(), out);
                }
            }
            Node::Func { args, .. } => collect_refs(args.iter(), out),
            Node::Select { selector, variants } => {
                collect_refs(std::iter::once(&**selector), out);
                for v in variants {
                    collect_refs(v.value.iter(), out);
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every `"ui-..."` literal in the code that formats labels is in
    /// [`CODE_IDS`], and
    /// every id there is still used, so the list cannot drift.
    #[test]
    fn code_ids_match_the_code() {
        let code = [
            include_str!("../localize.rs"),
            include_str!("../packet/model.rs"),
            include_str!("../packet/local/mod.rs"),
            include_str!("../pipeline/packet.rs"),
            include_str!("../serve/http.rs"),
            include_str!("../serve/planner/mod.rs"),
            include_str!("../serve/snapshot.rs"),
            include_str!("../site/mod.rs"),
        ];
        let mut found: Vec<String> = code
            .iter()
            .flat_map(|c| template_ids(c))
            .map(|(id, _)| id)
            .collect();
        found.sort();
        found.dedup();
        assert_eq!(found, CODE_IDS);
    }

    #[test]
    fn template_ids_are_string_literals() {
        let ids = template_ids(r#"{{ t(id="ui-agenda") }} #l.at("ui-page") "ui-" "ui-x y""#);
        let names: Vec<&str> = ids.iter().map(|(i, _)| i.as_str()).collect();
        assert_eq!(names, ["ui-agenda", "ui-page"]);
    }
}
