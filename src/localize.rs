//! Module + locale → a plain, owned, serialisable model that templates
//! receive. Every string in it is already translated; templates never call
//! Fluent except through the label lookup (`t`), which reads the `labels`
//! map built here.
//!
//! Facilitator-only content (activity notes, safety notes) exists only in
//! [`LocalizedModule`]. A handout is rendered from a [`HandoutDoc`], which has
//! no field that could carry it, so a handout template cannot show a
//! facilitator note even by mistake.

use std::collections::BTreeMap;

use fluent_bundle::{FluentArgs, FluentValue};
use serde::Serialize;

use crate::curriculum::schema::{Activity, Handout, HandoutKind, Module};
use crate::ids;
use crate::l10n::{Fallback, Localizer};

/// Facts about a module that every document shows: cover, header, footer.
#[derive(Debug, Clone, Serialize)]
pub struct Meta {
    pub id: String,
    pub version: String,
    pub licence: String,
    /// BCP 47 tag of the requested locale, for `lang=`.
    pub lang: String,
    /// `ltr` or `rtl`.
    pub dir: String,
    pub title: String,
    pub summary: Vec<String>,
    pub current_as_of: String,
    pub legal_notice: String,
    pub total_minutes: u32,
    pub total_label: String,
    pub group_size_label: String,
    pub licence_label: String,
    /// "Page {page} of {total}", with those two placeholders left for the
    /// PDF template to fill in at layout time.
    pub page_of: String,
    /// `letter` or `a4`.
    pub paper: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct LocalizedModule {
    pub meta: Meta,
    pub objectives: Vec<String>,
    /// Facilitator-only.
    pub safety: Vec<String>,
    pub activities: Vec<LocalizedActivity>,
    /// Facilitator-only: the energiser toolbox (not part of the agenda).
    pub energisers: Vec<LocalizedActivity>,
    /// Facilitator-only: the activity that opens this module when it
    /// follows another on the same day.
    pub reopening: Option<LocalizedActivity>,
    /// Facilitator-only: the preparation timeline, moments with no items
    /// left out.
    pub timeline: Vec<TimelineMoment>,
    /// Facilitator-only: notes on interpretation and language access.
    pub interpretation: Vec<String>,
    pub handouts: Vec<HandoutSummary>,
    pub sources: Vec<LocalizedSource>,
    /// Messages shown in another language because they are not translated.
    pub fallbacks: Vec<FallbackNote>,
    /// Template labels (`ui-*` messages without variables). An HTML engine
    /// made with the same labels gives them to its templates itself.
    #[serde(skip_serializing_if = "crate::render::html::Labels::skip")]
    pub labels: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct LocalizedActivity {
    pub id: String,
    pub number: usize,
    pub title: String,
    pub purpose: String,
    pub minutes: u32,
    pub minutes_label: String,
    /// Running time from the start of the module, `h:mm`.
    pub start: String,
    pub end: String,
    pub method: String,
    pub method_label: String,
    pub grouping_label: String,
    pub stage_label: Option<String>,
    pub optional: bool,
    pub materials: Vec<LocalizedMaterial>,
    pub preparation: Vec<String>,
    pub steps: Vec<String>,
    /// For each step, its minutes and clock within the activity
    /// ("3 min · 0:05–0:08"), when the steps are timed.
    pub step_times: Vec<Option<String>>,
    /// Left out when the module follows another on the same day.
    pub skip_when_continuing: bool,
    /// Facilitator-only.
    pub notes: Vec<String>,
    pub debrief: Vec<String>,
    pub adaptations: Vec<LocalizedAdaptation>,
    pub handouts: Vec<HandoutSummary>,
    /// 1-based numbers into the module's source list.
    pub source_refs: Vec<usize>,
}

#[derive(Debug, Clone, Serialize)]
pub struct TimelineMoment {
    /// `week-before`, `day-before`, `on-the-day` or `after`.
    pub moment: String,
    pub label: String,
    pub items: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct LocalizedMaterial {
    pub id: String,
    pub name: String,
    pub quantity: u32,
    pub per: String,
    pub kind: String,
    pub quantity_label: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct LocalizedAdaptation {
    pub kind: String,
    pub kind_label: String,
    pub text: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct HandoutSummary {
    pub id: String,
    pub kind: String,
    pub kind_label: String,
    pub title: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct LocalizedSource {
    pub id: String,
    pub number: usize,
    pub title: String,
    /// The language of the title when it is not the document's (an
    /// English title in a Spanish guide), for `lang` marking.
    pub title_lang: Option<String>,
    pub publisher: String,
    pub year: u32,
    pub url: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct FallbackNote {
    pub id: String,
    pub used: String,
}

/// Everything a participant handout shows, and nothing more.
#[derive(Debug, Clone, Serialize)]
pub struct HandoutDoc {
    pub meta: Meta,
    pub handout: LocalizedHandout,
    /// As [`LocalizedModule::labels`].
    #[serde(skip_serializing_if = "crate::render::html::Labels::skip")]
    pub labels: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct LocalizedHandout {
    pub id: String,
    pub kind: String,
    pub kind_label: String,
    pub title: String,
    pub intro: Vec<String>,
    pub sections: Vec<LocalizedSection>,
    pub sources: Vec<LocalizedSource>,
}

#[derive(Debug, Clone, Serialize)]
pub struct LocalizedSection {
    pub id: String,
    pub heading: String,
    pub body: Vec<String>,
    pub items: Vec<String>,
    pub prompts: Vec<LocalizedPrompt>,
}

#[derive(Debug, Clone, Serialize)]
pub struct LocalizedPrompt {
    pub text: String,
    pub lines: u32,
    /// The local contact that answers it, printed in place of the lines
    /// (see [`crate::packet::local::fill_prompts`]).
    pub filled: Option<String>,
}

/// Options that change the model but not the content.
#[derive(Debug, Clone)]
pub struct Options {
    pub paper: String,
    pub rtl: bool,
}

/// Splits a message into paragraphs: a blank line starts a new paragraph,
/// single line breaks are folded into spaces.
pub fn paragraphs(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    for line in text.split('\n') {
        let line = line.trim();
        if line.is_empty() {
            if !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
        } else {
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(line);
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

fn one_line(text: String) -> String {
    paragraphs(&text).join(" ")
}

/// `h:mm` for a number of minutes.
pub fn clock(minutes: u32) -> String {
    format!("{}:{:02}", minutes / 60, minutes % 60)
}

/// A localized duration ("2 h 50 min", "45 min").
pub fn duration(l10n: &Localizer, minutes: u32) -> String {
    let mut args = FluentArgs::new();
    args.set("hours", FluentValue::from(minutes / 60));
    args.set("minutes", FluentValue::from(minutes % 60));
    args.set("total", FluentValue::from(minutes));
    l10n.msg_args("ui-duration", &args)
}

/// A localized date from `YYYY-MM-DD`.
pub fn date(l10n: &Localizer, iso: &str) -> String {
    match crate::curriculum::parse_date(iso) {
        Some((y, m, d)) => {
            let mut args = FluentArgs::new();
            args.set("year", FluentValue::from(y));
            args.set("month", FluentValue::from(m));
            args.set("day", FluentValue::from(d));
            l10n.msg_args("ui-date", &args)
        }
        None => iso.to_string(),
    }
}

/// Resolves every `ui-*` message that takes no variables, for templates.
pub fn labels(l10n: &Localizer, store: &crate::l10n::LocaleStore) -> BTreeMap<String, String> {
    let source = crate::l10n::source_locale();
    let mut out = BTreeMap::new();
    for file in store.files_for(&source, None) {
        let with_variables = takes_variables(&file.resource);
        for site in &file.sites {
            if site.is_term || !site.id.starts_with("ui-") {
                continue;
            }
            if with_variables.contains(site.id.as_str()) {
                continue;
            }
            out.insert(site.id.clone(), l10n.msg(&site.id));
        }
    }
    out
}

/// The messages of `res` whose value uses a variable (any of them, when an
/// id is defined twice).
fn takes_variables(res: &fluent_bundle::FluentResource) -> std::collections::HashSet<&str> {
    use fluent_syntax::ast;
    fn pattern_has_vars(p: &ast::Pattern<&str>) -> bool {
        p.elements.iter().any(|e| match e {
            ast::PatternElement::Placeable { expression } => expr_has_vars(expression),
            _ => false,
        })
    }
    fn expr_has_vars(e: &ast::Expression<&str>) -> bool {
        match e {
            ast::Expression::Select { selector, variants } => {
                inline_has_vars(selector) || variants.iter().any(|v| pattern_has_vars(&v.value))
            }
            ast::Expression::Inline(i) => inline_has_vars(i),
        }
    }
    fn inline_has_vars(i: &ast::InlineExpression<&str>) -> bool {
        match i {
            ast::InlineExpression::VariableReference { .. } => true,
            ast::InlineExpression::Placeable { expression } => expr_has_vars(expression),
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                arguments.positional.iter().any(inline_has_vars)
            }
            _ => false,
        }
    }
    res.entries()
        .filter_map(|e| match e {
            ast::Entry::Message(m) if m.value.as_ref().is_some_and(pattern_has_vars) => {
                Some(m.id.name)
            }
            _ => None,
        })
        .collect()
}

/// Builds the localized model of a module.
pub fn localize(
    m: &Module,
    l10n: &Localizer,
    store: &crate::l10n::LocaleStore,
    opts: &Options,
) -> LocalizedModule {
    let meta = meta(m, l10n, opts);
    let handout_summary = |h: &Handout| HandoutSummary {
        id: h.id.clone(),
        kind: h.kind.as_str().to_string(),
        kind_label: l10n.msg(&h.kind.label_id()),
        title: one_line(l10n.msg(&ids::handout(&h.id, "title"))),
    };
    let source_number = |id: &str| m.sources.iter().position(|s| s.id == id).map(|i| i + 1);
    let mut elapsed = 0;
    let activities = m
        .agenda
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let start = elapsed;
            elapsed += a.minutes;
            activity(
                a,
                i + 1,
                start,
                l10n,
                &|h: &str| m.handouts.iter().find(|x| x.id == h).map(handout_summary),
                &source_number,
            )
        })
        .collect();
    let objectives = m
        .objectives
        .iter()
        .map(|o| one_line(l10n.msg(&ids::objective(o))))
        .collect();
    let safety = m
        .safety
        .iter()
        .map(|s| one_line(l10n.msg(&ids::safety(s))))
        .collect();
    let extra = |a: &Activity| {
        activity(
            a,
            0,
            0,
            l10n,
            &|h: &str| m.handouts.iter().find(|x| x.id == h).map(handout_summary),
            &source_number,
        )
    };
    let energisers = m.energisers.iter().map(extra).collect();
    let reopening = m.reopening.as_ref().map(extra);
    let timeline = m
        .preparation_timeline
        .moments()
        .into_iter()
        .filter(|(_, _, items)| !items.is_empty())
        .map(|(_, moment, items)| TimelineMoment {
            moment: moment.to_string(),
            label: l10n.msg(match moment {
                "week-before" => "ui-timeline-week-before",
                "day-before" => "ui-timeline-day-before",
                "on-the-day" => "ui-timeline-on-the-day",
                _ => "ui-timeline-after",
            }),
            items: items
                .iter()
                .map(|i| one_line(l10n.msg(&ids::timeline(moment, i))))
                .collect(),
        })
        .collect();
    let interpretation = m
        .interpretation
        .iter()
        .map(|i| one_line(l10n.msg(&ids::interpretation(i))))
        .collect();
    let handouts = m.handouts.iter().map(handout_summary).collect();
    let sources = sources(m, l10n);
    let labels = labels(l10n, store);
    // Fallbacks last: everything above has been looked up by now.
    let fallbacks = l10n
        .fallbacks()
        .into_iter()
        .map(|Fallback { id, used, .. }| FallbackNote { id, used })
        .collect();
    LocalizedModule {
        meta,
        objectives,
        safety,
        activities,
        energisers,
        reopening,
        timeline,
        interpretation,
        handouts,
        sources,
        fallbacks,
        labels,
    }
}

fn meta(m: &Module, l10n: &Localizer, opts: &Options) -> Meta {
    let date = date(l10n, &m.current_as_of);
    let mut args = FluentArgs::new();
    args.set("date", FluentValue::from(date.clone()));
    let legal_notice = one_line(l10n.msg_args("ui-legal-notice", &args));
    let mut gs = FluentArgs::new();
    gs.set("min", FluentValue::from(m.group_size.min));
    gs.set("max", FluentValue::from(m.group_size.max));
    let mut page = FluentArgs::new();
    page.set("page", FluentValue::from("{page}"));
    page.set("total", FluentValue::from("{total}"));
    let mut lic = FluentArgs::new();
    lic.set("licence", FluentValue::from(m.licence.clone()));
    lic.set("version", FluentValue::from(m.version.clone()));
    Meta {
        id: m.id.clone(),
        version: m.version.clone(),
        licence: m.licence.clone(),
        lang: l10n.requested().to_string(),
        dir: if opts.rtl { "rtl" } else { "ltr" }.into(),
        title: one_line(l10n.msg(&ids::module_title())),
        summary: paragraphs(&l10n.msg(&ids::module_summary())),
        current_as_of: date,
        legal_notice,
        total_minutes: m.total_minutes,
        total_label: duration(l10n, m.total_minutes),
        group_size_label: one_line(l10n.msg_args("ui-group-size-value", &gs)),
        licence_label: one_line(l10n.msg_args("ui-licence-version", &lic)),
        page_of: one_line(l10n.msg_args("ui-page-of", &page)),
        paper: opts.paper.clone(),
    }
}

fn activity(
    a: &Activity,
    number: usize,
    start: u32,
    l10n: &Localizer,
    handout: &dyn Fn(&str) -> Option<HandoutSummary>,
    source_number: &dyn Fn(&str) -> Option<usize>,
) -> LocalizedActivity {
    let list = |field: &str, items: &[String]| -> Vec<String> {
        items
            .iter()
            .map(|i| one_line(l10n.msg(&ids::activity_item(&a.id, field, i))))
            .collect()
    };
    let materials = a
        .materials
        .iter()
        .map(|mat| {
            let mut args = FluentArgs::new();
            args.set("quantity", FluentValue::from(mat.quantity));
            args.set("per", FluentValue::from(mat.per.as_str()));
            LocalizedMaterial {
                id: mat.id.clone(),
                name: one_line(l10n.msg(&ids::material(&mat.id))),
                quantity: mat.quantity,
                per: mat.per.as_str().into(),
                kind: mat.kind.as_str().into(),
                quantity_label: one_line(l10n.msg_args("ui-quantity", &args)),
            }
        })
        .collect();
    let mut margs = FluentArgs::new();
    margs.set("minutes", FluentValue::from(a.minutes));
    let timed = !a.steps.is_empty() && a.steps.iter().all(|s| s.minutes.is_some());
    let mut within = 0;
    let step_times = a
        .steps
        .iter()
        .map(|s| {
            let minutes = s.minutes.filter(|_| timed)?;
            let mut args = FluentArgs::new();
            args.set("minutes", FluentValue::from(minutes));
            args.set("start", FluentValue::from(clock(within)));
            args.set("end", FluentValue::from(clock(within + minutes)));
            within += minutes;
            Some(one_line(l10n.msg_args("ui-step-time", &args)))
        })
        .collect();
    LocalizedActivity {
        id: a.id.clone(),
        number,
        title: one_line(l10n.msg(&ids::activity(&a.id, "title"))),
        purpose: one_line(l10n.msg(&ids::activity(&a.id, "purpose"))),
        minutes: a.minutes,
        minutes_label: one_line(l10n.msg_args("ui-minutes", &margs)),
        start: clock(start),
        end: clock(start + a.minutes),
        method: a.method.as_str().into(),
        method_label: l10n.msg(&a.method.label_id()),
        grouping_label: l10n.msg(&a.grouping.label_id()),
        stage_label: a.stage.map(|s| l10n.msg(&s.label_id())),
        optional: a.optional,
        materials,
        preparation: list("prep", &a.preparation),
        steps: list("step", &a.step_ids()),
        step_times,
        skip_when_continuing: a.skip_when_continuing,
        notes: list("note", &a.notes),
        debrief: list("debrief", &a.debrief),
        adaptations: a
            .adaptations
            .iter()
            .map(|ad| LocalizedAdaptation {
                kind: ad.as_str().into(),
                kind_label: l10n.msg(&ad.label_id()),
                text: one_line(l10n.msg(&ids::activity_item(&a.id, "adapt", ad.as_str()))),
            })
            .collect(),
        handouts: a.handouts.iter().filter_map(|h| handout(h)).collect(),
        source_refs: a.sources.iter().filter_map(|s| source_number(s)).collect(),
    }
}

fn sources(m: &Module, l10n: &Localizer) -> Vec<LocalizedSource> {
    m.sources
        .iter()
        .enumerate()
        .map(|(i, s)| LocalizedSource {
            id: s.id.clone(),
            number: i + 1,
            title: one_line(l10n.msg(&ids::source(&s.id, "title"))),
            title_lang: l10n
                .text_lang(&ids::source(&s.id, "title"))
                .map(|l| l.to_string()),
            publisher: one_line(l10n.msg(&ids::source(&s.id, "publisher"))),
            year: s.year,
            url: s.url.clone(),
        })
        .collect()
}

/// Builds the model of one participant handout.
pub fn localize_handout(
    m: &Module,
    h: &Handout,
    l10n: &Localizer,
    labels: BTreeMap<String, String>,
    opts: &Options,
) -> HandoutDoc {
    let all_sources = sources(m, l10n);
    let handout = LocalizedHandout {
        id: h.id.clone(),
        kind: h.kind.as_str().into(),
        kind_label: l10n.msg(&h.kind.label_id()),
        title: one_line(l10n.msg(&ids::handout(&h.id, "title"))),
        intro: paragraphs(&l10n.msg(&ids::handout(&h.id, "intro"))),
        sections: h
            .sections
            .iter()
            .map(|s| LocalizedSection {
                id: s.id.clone(),
                heading: one_line(l10n.msg(&ids::section(&h.id, &s.id, "heading"))),
                body: if s.body {
                    paragraphs(&l10n.msg(&ids::section(&h.id, &s.id, "body")))
                } else {
                    Vec::new()
                },
                items: s
                    .items
                    .iter()
                    .map(|i| one_line(l10n.msg(&ids::section_item(&h.id, &s.id, "item", i))))
                    .collect(),
                prompts: s
                    .prompts
                    .iter()
                    .map(|p| LocalizedPrompt {
                        text: one_line(l10n.msg(&ids::section_item(&h.id, &s.id, "prompt", &p.id))),
                        lines: p.lines,
                        filled: None,
                    })
                    .collect(),
            })
            .collect(),
        sources: all_sources
            .into_iter()
            .filter(|s| h.sources.contains(&s.id))
            .collect(),
    };
    HandoutDoc {
        meta: meta(m, l10n, opts),
        handout,
        labels,
    }
}

/// Whether a handout kind is a pocket card (printed N-up, not as a page).
pub fn is_card(kind: HandoutKind) -> bool {
    kind == HandoutKind::PocketCard
}
