//! Curriculum modules: loading `module.yaml` and checking it.
//!
//! Loading turns YAML syntax and schema errors into located diagnostics.
//! serde_yaml (the specified YAML crate, archived upstream) reports missing
//! and duplicate keys at 1:1, so those two cases are located here again: a
//! missing key names the activity it belongs to, and a duplicate key points
//! at its second occurrence. Validation then checks what the schema cannot
//! express (ids, references, timings) and reports every problem it finds.

pub mod schema;
pub mod yaml;

use std::collections::HashSet;
use std::ops::Range;
use std::path::{Path, PathBuf};

use crate::diag::{Diagnostic, Diagnostics};
use crate::ids;
use crate::source::{FileId, Sources};
pub use schema::Module;

/// A module read from disk, with the file it came from.
#[derive(Debug, Clone)]
pub struct LoadedModule {
    pub module: Module,
    pub file: FileId,
    pub dir: PathBuf,
}

/// Reads and parses one `module.yaml`. Returns `None` (with diagnostics) when
/// the file cannot be parsed.
pub fn load_module(
    sources: &mut Sources,
    path: &Path,
    name: String,
    diags: &mut Diagnostics,
) -> Result<Option<LoadedModule>, crate::Fatal> {
    let Some(file) = sources.read(path, name, diags)? else {
        return Ok(None);
    };
    Ok(parse_module(sources, file, path, diags))
}

/// Parses a `module.yaml` already read into `sources` from `path`.
pub fn parse_module(
    sources: &Sources,
    file: FileId,
    path: &Path,
    diags: &mut Diagnostics,
) -> Option<LoadedModule> {
    let module = yaml::parse::<Module>(sources, file, diags, describe_path)?;
    Some(LoadedModule {
        module,
        file,
        dir: path.parent().map(Path::to_path_buf).unwrap_or_default(),
    })
}

/// Says in words which part of a module a serde path such as `agenda[2]`
/// points at, using the YAML value to find the activity's id.
fn describe_path(path: &str, value: &serde_yaml::Value) -> Option<(String, Option<String>)> {
    for (list, what) in [
        ("agenda", "activity"),
        ("handouts", "handout"),
        ("sources", "source"),
        ("energisers", "energiser"),
    ] {
        let Some(rest) = path.strip_prefix(list).and_then(|r| r.strip_prefix('[')) else {
            continue;
        };
        let index: usize = rest.split(']').next()?.parse().ok()?;
        let id = value
            .get(list)
            .and_then(|l| l.get(index))
            .and_then(|item| item.get("id"))
            .and_then(|id| id.as_str())
            .map(str::to_owned);
        let words = match &id {
            Some(id) => crate::msg!(
                "yaml-path-item-id",
                what = noun(what),
                id = id,
                index = index + 1,
                list = list
            ),
            None => crate::msg!("yaml-path-item", index = index + 1, list = list),
        }
        .into_string();
        return Some((words, id));
    }
    None
}

/// The name of a part of a module (`activity`, `safety note`…) in the
/// interface language.
fn noun(key: &str) -> crate::ui::Msg {
    use crate::msg;
    match key {
        "module" => msg!("noun-module"),
        "objective" => msg!("noun-objective"),
        "safety note" => msg!("noun-safety-note"),
        "interpretation note" => msg!("noun-interpretation-note"),
        "preparation item" => msg!("noun-preparation-item"),
        "local term" => msg!("noun-local-term"),
        "activity" => msg!("noun-activity"),
        "reopening" => msg!("noun-reopening"),
        "energiser" => msg!("noun-energiser"),
        "handout" => msg!("noun-handout"),
        "source" => msg!("noun-source"),
        "preparation" => msg!("noun-preparation"),
        "step" => msg!("noun-step"),
        "note" => msg!("noun-note"),
        "debrief question" => msg!("noun-debrief-question"),
        "material" => msg!("noun-material"),
        "section" => msg!("noun-section"),
        _ => msg!("noun-item"),
    }
}

/// Finds where a token stands in a YAML file: after the `id:` line of its
/// parent when one is given, as a whole word. Used to point diagnostics about
/// valid-but-wrong values at the right line.
pub fn locate(text: &str, parent: Option<&str>, token: &str) -> Range<usize> {
    let start = parent.and_then(|p| find_id_line(text, p)).unwrap_or(0);
    find_word(text, start, token)
        .or_else(|| find_word(text, 0, token))
        .map(|s| s..s + token.len())
        .unwrap_or(0..0)
}

/// Byte offset of a `key:` at the start of a line (after indentation or a
/// `- `), searching from `from`.
pub fn locate_key(text: &str, from: usize, key: &str) -> Option<Range<usize>> {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if offset >= from {
            let trimmed = line.trim_start_matches([' ', '-']);
            if let Some(rest) = trimmed.strip_prefix(key) {
                if rest.starts_with(':') {
                    let s = offset + (line.len() - trimmed.len());
                    return Some(s..s + key.len());
                }
            }
        }
        offset += line.len();
    }
    None
}

/// The value of the `n`-th (from 0) `id: <id>` line.
fn locate_nth_id(text: &str, id: &str, n: usize) -> Option<Range<usize>> {
    let mut from = 0;
    let mut seen = 0;
    while let Some(r) = locate_key(text, from, "id") {
        let after = &text[r.end + 1..];
        let value_start = r.end + 1 + (after.len() - after.trim_start_matches(' ').len());
        let value = text[value_start..]
            .split(['\n', ',', '}', '#'])
            .next()
            .unwrap_or("")
            .trim()
            .trim_matches(['"', '\'']);
        if value == id {
            if seen == n {
                let s = value_start + text[value_start..].find(id).unwrap_or(0);
                return Some(s..s + id.len());
            }
            seen += 1;
        }
        from = r.end;
    }
    None
}

fn find_id_line(text: &str, id: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(r) = locate_key(text, from, "id") {
        let after = text[r.end + 1..].trim_start_matches(' ');
        let value = after
            .split(['\n', ',', '}', '#'])
            .next()
            .unwrap_or("")
            .trim()
            .trim_matches(['"', '\'']);
        if value == id {
            return Some(r.start);
        }
        from = r.end;
    }
    None
}

fn find_word(text: &str, from: usize, word: &str) -> Option<usize> {
    if word.is_empty() {
        return None;
    }
    let is_id_char = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
    let mut search = from;
    while let Some(pos) = text.get(search..)?.find(word) {
        let s = search + pos;
        let e = s + word.len();
        let before = text[..s].chars().next_back();
        let after = text[e..].chars().next();
        if !before.is_some_and(is_id_char) && !after.is_some_and(is_id_char) {
            return Some(s);
        }
        search = e;
    }
    None
}

/// Checks everything the schema cannot: ids, duplicates, references,
/// timings, ranges. Reports every problem found.
pub fn validate(lm: &LoadedModule, folder_name: &str, sources: &Sources, diags: &mut Diagnostics) {
    let m = &lm.module;
    let text = &sources.get(lm.file).text;
    let file = lm.file;
    let err =
        |code: &'static str, msg: crate::ui::Msg, span: Range<usize>, label: crate::ui::Msg| {
            Diagnostic::error(code, msg).at(file, span, label)
        };
    use crate::msg;
    let key_span = |key: &str| locate_key(text, 0, key).unwrap_or(0..0);

    // Every id in the file.
    let check_id = |id: &str, parent: Option<&str>, what: &str, diags: &mut Diagnostics| {
        if !ids::is_valid_id(id) {
            diags.push(
                err(
                    "invalid-id",
                    msg!("invalid-id", what = noun(what), id = id),
                    locate(text, parent, id),
                    msg!("invalid-id-label"),
                )
                .with_note(msg!("invalid-id-note")),
            );
            false
        } else {
            true
        }
    };

    if check_id(&m.id, None, "module", diags) {
        if ids::is_reserved_name(&m.id) {
            diags.push(err(
                "reserved-name",
                msg!("reserved-module-id", id = &m.id),
                locate(text, None, &m.id),
                msg!("reserved-name-label"),
            ));
        }
        if m.id != folder_name {
            diags.push(
                err(
                    "module-id-mismatch",
                    msg!("module-id-mismatch", id = &m.id, folder = folder_name),
                    locate(text, None, &m.id),
                    msg!("module-id-mismatch-label"),
                )
                .with_note(msg!(
                    "module-id-mismatch-note",
                    id = &m.id,
                    folder = folder_name
                )),
            );
        }
    }

    if !is_valid_date(&m.current_as_of) {
        diags.push(err(
            "invalid-date",
            msg!("invalid-date", value = &m.current_as_of),
            key_span("current_as_of"),
            msg!("invalid-date-label"),
        ));
    }
    if m.group_size.min == 0 || m.group_size.min > m.group_size.max {
        diags.push(err(
            "invalid-group-size",
            msg!(
                "invalid-group-size",
                min = m.group_size.min,
                max = m.group_size.max
            ),
            key_span("group_size"),
            msg!("label-here"),
        ));
    }
    if m.objectives.is_empty() {
        diags.push(err(
            "no-objectives",
            msg!("no-objectives"),
            key_span("objectives"),
            msg!("label-empty"),
        ));
    }
    if m.agenda.is_empty() {
        diags.push(err(
            "empty-agenda",
            msg!("empty-agenda"),
            key_span("agenda"),
            msg!("label-empty"),
        ));
    }

    for (list, what) in [
        (&m.objectives, "objective"),
        (&m.safety, "safety note"),
        (&m.interpretation, "interpretation note"),
        (&m.preparation_timeline.week_before, "preparation item"),
        (&m.preparation_timeline.day_before, "preparation item"),
        (&m.preparation_timeline.on_the_day, "preparation item"),
        (&m.preparation_timeline.after, "preparation item"),
    ] {
        let mut seen = HashSet::new();
        for id in list {
            check_id(id, None, what, diags);
            if !seen.insert(id) {
                diags.push(err(
                    "duplicate-id",
                    msg!("duplicate-in-list", what = noun(what), id = id),
                    locate(text, None, id),
                    msg!("label-listed-again"),
                ));
            }
        }
    }

    // Local terms are Fluent term ids, written without their `-`.
    for term in m.local_terms.keys() {
        check_id(term, None, "local term", diags);
    }

    let source_ids: HashSet<&str> = m.sources.iter().map(|s| s.id.as_str()).collect();
    let handout_ids: HashSet<&str> = m.handouts.iter().map(|h| h.id.as_str()).collect();
    let unknown_ref =
        |kind: &str, id: &str, parent: &str, known: &HashSet<&str>, diags: &mut Diagnostics| {
            if !known.contains(id) {
                let mut known: Vec<&&str> = known.iter().collect();
                known.sort();
                diags.push(
                    err(
                        "unknown-reference",
                        msg!(
                            "unknown-module-reference",
                            parent = parent,
                            kind = noun(kind),
                            id = id
                        ),
                        locate(text, Some(parent), id),
                        msg!("unknown-module-reference-label", kind = noun(kind)),
                    )
                    .with_note(msg!(
                        "unknown-module-reference-note",
                        kind = noun(kind),
                        ids = if known.is_empty() {
                            msg!("label-none").into_string()
                        } else {
                            known
                                .iter()
                                .map(|s| format!("`{s}`"))
                                .collect::<Vec<_>>()
                                .join(", ")
                        }
                    )),
                );
            }
        };

    let mut activity_ids: Vec<(&str, &str)> = Vec::new();
    let mut total: u64 = 0;
    let all_activities = m
        .agenda
        .iter()
        .map(|a| (a, "activity"))
        .chain(m.reopening.iter().map(|a| (a, "reopening")))
        .chain(m.energisers.iter().map(|a| (a, "energiser")));
    for (a, what) in all_activities {
        check_id(&a.id, None, what, diags);
        match activity_ids.iter().find(|(id, _)| *id == a.id) {
            Some((_, "activity")) if what == "activity" => diags.push(err(
                "duplicate-id",
                msg!("duplicate-activity", id = &a.id),
                locate_nth_id(text, &a.id, 1).unwrap_or_else(|| locate(text, Some(&a.id), &a.id)),
                msg!("duplicate-activity-label"),
            )),
            Some((_, first)) => diags.push(
                err(
                    "duplicate-id",
                    msg!(
                        "duplicate-activity-kind",
                        what = noun(what),
                        id = &a.id,
                        first = noun(first)
                    ),
                    locate_nth_id(text, &a.id, 1)
                        .unwrap_or_else(|| locate(text, Some(&a.id), &a.id)),
                    msg!("duplicate-activity-kind-label"),
                )
                .with_note(msg!("duplicate-activity-kind-note")),
            ),
            None => activity_ids.push((&a.id, what)),
        }
        if what == "activity" {
            total += u64::from(a.minutes);
        } else if a.skip_when_continuing {
            diags.push(err(
                "skip-when-continuing",
                msg!("skip-when-continuing", what = noun(what), id = &a.id),
                locate_key(
                    text,
                    locate(text, Some(&a.id), &a.id).start,
                    "skip_when_continuing",
                )
                .unwrap_or(0..0),
                msg!("skip-when-continuing-label"),
            ));
        }
        if a.minutes == 0 || a.minutes > 600 {
            let from = locate(text, Some(&a.id), &a.id).start;
            diags.push(err(
                "invalid-minutes",
                msg!("invalid-minutes", id = &a.id, minutes = a.minutes),
                locate_key(text, from, "minutes").unwrap_or(0..0),
                msg!("label-out-of-range"),
            ));
        }
        if a.steps.is_empty() {
            diags.push(err(
                "no-steps",
                msg!("no-steps", id = &a.id),
                locate(text, Some(&a.id), &a.id),
                msg!("no-steps-label"),
            ));
        }
        check_step_minutes(a, text, file, diags);
        for (field, list) in [
            ("preparation", &a.preparation),
            ("step", &a.step_ids()),
            ("note", &a.notes),
            ("debrief question", &a.debrief),
        ] {
            let mut seen = HashSet::new();
            for id in list {
                check_id(id, Some(&a.id), field, diags);
                if !seen.insert(id) {
                    diags.push(err(
                        "duplicate-id",
                        msg!(
                            "duplicate-activity-item",
                            id = &a.id,
                            field = noun(field),
                            item = id
                        ),
                        locate(text, Some(&a.id), id),
                        msg!("label-listed-twice"),
                    ));
                }
            }
        }
        let mut seen = HashSet::new();
        for mat in &a.materials {
            check_id(&mat.id, Some(&a.id), "material", diags);
            if !seen.insert(&mat.id) {
                diags.push(err(
                    "duplicate-id",
                    msg!("duplicate-material", id = &a.id, material = &mat.id),
                    locate(text, Some(&a.id), &mat.id),
                    msg!("label-listed-twice"),
                ));
            }
            if mat.quantity == 0 {
                diags.push(err(
                    "invalid-quantity",
                    msg!("invalid-quantity", material = &mat.id, id = &a.id),
                    locate(text, Some(&a.id), &mat.id),
                    msg!("invalid-quantity-label"),
                ));
            }
        }
        for h in &a.handouts {
            unknown_ref("handout", h, &a.id, &handout_ids, diags);
        }
        for s in &a.sources {
            unknown_ref("source", s, &a.id, &source_ids, diags);
        }
    }
    if !m.agenda.is_empty() && total != u64::from(m.total_minutes) {
        let parts: Vec<String> = m.agenda.iter().map(|a| a.minutes.to_string()).collect();
        diags.push(
            err(
                "total-mismatch",
                msg!("total-mismatch", total = total, stated = m.total_minutes),
                key_span("total_minutes"),
                msg!("total-mismatch-label"),
            )
            .with_note(crate::ui::Msg::verbatim(format!(
                "{} = {total}",
                parts.join(" + ")
            ))),
        );
    }

    let mut seen_handouts = HashSet::new();
    for h in &m.handouts {
        if check_id(&h.id, None, "handout", diags) && ids::is_reserved_name(&h.id) {
            diags.push(err(
                "reserved-name",
                msg!("reserved-handout-id", id = &h.id),
                locate(text, Some(&h.id), &h.id),
                msg!("reserved-name-label"),
            ));
        }
        if !seen_handouts.insert(&h.id) {
            diags.push(err(
                "duplicate-id",
                msg!("duplicate-handout", id = &h.id),
                locate(text, Some(&h.id), &h.id),
                msg!("duplicate-handout-label"),
            ));
        }
        if !m
            .agenda
            .iter()
            .chain(&m.reopening)
            .chain(&m.energisers)
            .any(|a| a.handouts.contains(&h.id))
        {
            diags.push(
                Diagnostic::warning("unused-handout", msg!("unused-handout", id = &h.id))
                    .at(
                        file,
                        locate(text, Some(&h.id), &h.id),
                        msg!("unused-handout-label"),
                    )
                    .with_note(msg!("unused-handout-note")),
            );
        }
        if h.sections.is_empty() {
            diags.push(err(
                "empty-handout",
                msg!("empty-handout", id = &h.id),
                locate(text, Some(&h.id), &h.id),
                msg!("empty-handout-label"),
            ));
        }
        for s in &h.sources {
            unknown_ref("source", s, &h.id, &source_ids, diags);
        }
        let mut seen_sections = HashSet::new();
        for s in &h.sections {
            check_id(&s.id, Some(&h.id), "section", diags);
            if !seen_sections.insert(&s.id) {
                diags.push(err(
                    "duplicate-id",
                    msg!("duplicate-section", id = &h.id, section = &s.id),
                    locate(text, Some(&h.id), &s.id),
                    msg!("duplicate-section-label"),
                ));
            }
            let mut seen = HashSet::new();
            for item in s.items.iter().chain(s.prompts.iter().map(|p| &p.id)) {
                check_id(item, Some(&s.id), "item", diags);
                if !seen.insert(item) {
                    diags.push(err(
                        "duplicate-id",
                        msg!(
                            "duplicate-section-item",
                            section = &s.id,
                            id = &h.id,
                            item = item
                        ),
                        locate(text, Some(&s.id), item),
                        msg!("label-listed-twice"),
                    ));
                }
            }
            for p in &s.prompts {
                if p.lines == 0 || p.lines > 40 {
                    diags.push(err(
                        "invalid-lines",
                        msg!("invalid-lines", id = &p.id, lines = p.lines),
                        locate(text, Some(&s.id), &p.id),
                        msg!("label-out-of-range"),
                    ));
                }
            }
        }
    }

    let mut seen_sources = HashSet::new();
    for s in &m.sources {
        check_id(&s.id, None, "source", diags);
        if !seen_sources.insert(&s.id) {
            diags.push(err(
                "duplicate-id",
                msg!("duplicate-source", id = &s.id),
                locate(text, Some(&s.id), &s.id),
                msg!("duplicate-source-label"),
            ));
        }
        if !(s.url.starts_with("https://") || s.url.starts_with("http://")) {
            diags.push(err(
                "invalid-url",
                msg!("invalid-url", id = &s.id),
                locate(text, Some(&s.id), &s.url),
                msg!("invalid-url-label"),
            ));
        }
        if !(1800..=2100).contains(&s.year) {
            diags.push(err(
                "invalid-year",
                msg!("invalid-year", id = &s.id, year = s.year),
                locate(text, Some(&s.id), &s.year.to_string()),
                msg!("invalid-year-label"),
            ));
        }
    }
}

/// Step minutes: each between 1 and 600; all of an activity's steps timed
/// or none; and timed steps add up to the activity's minutes.
fn check_step_minutes(a: &schema::Activity, text: &str, file: FileId, diags: &mut Diagnostics) {
    let timed: Vec<&schema::Step> = a.steps.iter().filter(|s| s.minutes.is_some()).collect();
    for s in &timed {
        let m = s.minutes.unwrap_or(0);
        if m == 0 || m > 600 {
            diags.push(
                Diagnostic::error(
                    "invalid-minutes",
                    crate::msg!(
                        "invalid-step-minutes",
                        step = &s.id,
                        id = &a.id,
                        minutes = m
                    ),
                )
                .at(
                    file,
                    locate(text, Some(&a.id), &s.id),
                    crate::msg!("label-out-of-range"),
                ),
            );
        }
    }
    if timed.is_empty() {
        return;
    }
    if timed.len() < a.steps.len() {
        let untimed: Vec<String> = a
            .steps
            .iter()
            .filter(|s| s.minutes.is_none())
            .map(|s| format!("`{}`", s.id))
            .collect();
        let first = a.steps.iter().find(|s| s.minutes.is_none());
        diags.push(
            Diagnostic::error(
                "step-minutes-mixed",
                crate::msg!(
                    "step-minutes-mixed",
                    id = &a.id,
                    timed = timed.len(),
                    steps = a.steps.len()
                ),
            )
            .at(
                file,
                first
                    .map(|s| locate(text, Some(&a.id), &s.id))
                    .unwrap_or(0..0),
                crate::msg!("step-minutes-mixed-label"),
            )
            .with_note(crate::msg!(
                "step-minutes-mixed-note",
                steps = untimed.join(", ")
            )),
        );
        return;
    }
    let sum: u64 = timed
        .iter()
        .map(|s| u64::from(s.minutes.unwrap_or(0)))
        .sum();
    if sum != u64::from(a.minutes) {
        let parts: Vec<String> = timed
            .iter()
            .map(|s| s.minutes.unwrap_or(0).to_string())
            .collect();
        diags.push(
            Diagnostic::error(
                "step-minutes",
                crate::msg!("step-minutes", id = &a.id, sum = sum, minutes = a.minutes),
            )
            .at(
                file,
                locate_key(text, locate(text, Some(&a.id), &a.id).start, "minutes").unwrap_or(0..0),
                crate::msg!("step-minutes-label"),
            )
            .with_note(crate::ui::Msg::verbatim(format!(
                "{} = {sum}",
                parts.join(" + ")
            ))),
        );
    }
}

/// `YYYY-MM-DD` with a real month and day.
pub fn is_valid_date(s: &str) -> bool {
    parse_date(s).is_some()
}

/// Parses `YYYY-MM-DD` into (year, month, day).
pub fn parse_date(s: &str) -> Option<(i32, u32, u32)> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let y: i32 = s[0..4].parse().ok()?;
    let m: u32 = s[5..7].parse().ok()?;
    let d: u32 = s[8..10].parse().ok()?;
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    (1..=days).contains(&d).then_some((y, m, d))
}
