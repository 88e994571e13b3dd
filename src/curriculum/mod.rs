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
    let Some(module) = yaml::parse::<Module>(sources, file, diags, describe_path) else {
        return Ok(None);
    };
    Ok(Some(LoadedModule {
        module,
        file,
        dir: path.parent().map(Path::to_path_buf).unwrap_or_default(),
    }))
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
            Some(id) => format!("{what} `{id}` (item {} of `{list}`)", index + 1),
            None => format!("item {} of `{list}`", index + 1),
        };
        return Some((words, id));
    }
    None
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
    let err = |code: &'static str, msg: String, span: Range<usize>, label: &str| {
        Diagnostic::error(code, msg).at(file, span, label.to_string())
    };
    let key_span = |key: &str| locate_key(text, 0, key).unwrap_or(0..0);

    // Every id in the file.
    let check_id = |id: &str, parent: Option<&str>, what: &str, diags: &mut Diagnostics| {
        if !ids::is_valid_id(id) {
            diags.push(
                err(
                    "invalid-id",
                    format!("the {what} id `{id}` is not a valid id"),
                    locate(text, parent, id),
                    "invalid id",
                )
                .with_note("ids use lower-case letters a-z, digits and single hyphens, start with a letter, and are at most 64 characters long (for example `community-map`)"),
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
                format!("`{}` is a name that some systems reserve for devices; it cannot be used as a module id", m.id),
                locate(text, None, &m.id),
                "reserved name",
            ));
        }
        if m.id != folder_name {
            diags.push(
                err(
                    "module-id-mismatch",
                    format!(
                        "the module id `{}` does not match its folder `{folder_name}`",
                        m.id
                    ),
                    locate(text, None, &m.id),
                    "this id",
                )
                .with_note(format!(
                    "rename the folder to `curricula/{}/` or change the id to `{folder_name}`",
                    m.id
                )),
            );
        }
    }

    if !is_valid_date(&m.current_as_of) {
        diags.push(err(
            "invalid-date",
            format!(
                "`current_as_of` must be a date written YYYY-MM-DD, not `{}`",
                m.current_as_of
            ),
            key_span("current_as_of"),
            "not a YYYY-MM-DD date",
        ));
    }
    if m.group_size.min == 0 || m.group_size.min > m.group_size.max {
        diags.push(err(
            "invalid-group-size",
            format!(
                "the group size must have 1 <= min <= max, but it is min {} and max {}",
                m.group_size.min, m.group_size.max
            ),
            key_span("group_size"),
            "here",
        ));
    }
    if m.objectives.is_empty() {
        diags.push(err(
            "no-objectives",
            "a module needs at least one learning objective".into(),
            key_span("objectives"),
            "empty",
        ));
    }
    if m.agenda.is_empty() {
        diags.push(err(
            "empty-agenda",
            "the agenda has no activities".into(),
            key_span("agenda"),
            "empty",
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
                    format!("the {what} `{id}` is listed twice"),
                    locate(text, None, id),
                    "listed again",
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
    let unknown_ref = |kind: &str,
                       id: &str,
                       parent: &str,
                       known: &HashSet<&str>,
                       diags: &mut Diagnostics| {
        if !known.contains(id) {
            let mut known: Vec<&&str> = known.iter().collect();
            known.sort();
            diags.push(
                err(
                    "unknown-reference",
                    format!("`{parent}` refers to the {kind} `{id}`, but the module has no {kind} with that id"),
                    locate(text, Some(parent), id),
                    format!("unknown {kind}").as_str(),
                )
                .with_note(format!(
                    "the module's {kind}s are: {}",
                    if known.is_empty() { "none".to_string() } else { known.iter().map(|s| format!("`{s}`")).collect::<Vec<_>>().join(", ") }
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
                format!("two activities have the id `{}`", a.id),
                locate_nth_id(text, &a.id, 1).unwrap_or_else(|| locate(text, Some(&a.id), &a.id)),
                "second activity with this id",
            )),
            Some((_, first)) => diags.push(
                err(
                    "duplicate-id",
                    format!("the {what} `{}` has the same id as the {first} `{}`", a.id, a.id),
                    locate_nth_id(text, &a.id, 1)
                        .unwrap_or_else(|| locate(text, Some(&a.id), &a.id)),
                    "same id again",
                )
                .with_note("activities, energisers and the reopening share message ids (`activity-<id>-...`), so each needs an id of its own"),
            ),
            None => activity_ids.push((&a.id, what)),
        }
        if what == "activity" {
            total += u64::from(a.minutes);
        } else if a.skip_when_continuing {
            diags.push(err(
                "skip-when-continuing",
                format!(
                    "`skip_when_continuing` applies to agenda activities, not to the {what} `{}`",
                    a.id
                ),
                locate_key(
                    text,
                    locate(text, Some(&a.id), &a.id).start,
                    "skip_when_continuing",
                )
                .unwrap_or(0..0),
                "only for agenda activities",
            ));
        }
        if a.minutes == 0 || a.minutes > 600 {
            let from = locate(text, Some(&a.id), &a.id).start;
            diags.push(err(
                "invalid-minutes",
                format!(
                    "activity `{}` lasts {} minutes; minutes must be between 1 and 600",
                    a.id, a.minutes
                ),
                locate_key(text, from, "minutes").unwrap_or(0..0),
                "out of range",
            ));
        }
        if a.steps.is_empty() {
            diags.push(err(
                "no-steps",
                format!("activity `{}` has no steps", a.id),
                locate(text, Some(&a.id), &a.id),
                "this activity",
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
                        format!("activity `{}` lists the {field} `{id}` twice", a.id),
                        locate(text, Some(&a.id), id),
                        "listed twice",
                    ));
                }
            }
        }
        let mut seen = HashSet::new();
        for mat in &a.materials {
            check_id(&mat.id, Some(&a.id), "material", diags);
            if !seen.insert(&mat.id) {
                diags.push(err("duplicate-id", format!("activity `{}` lists the material `{}` twice; give one line with the total quantity", a.id, mat.id), locate(text, Some(&a.id), &mat.id), "listed twice"));
            }
            if mat.quantity == 0 {
                diags.push(err(
                    "invalid-quantity",
                    format!(
                        "material `{}` in activity `{}` has quantity 0",
                        mat.id, a.id
                    ),
                    locate(text, Some(&a.id), &mat.id),
                    "quantity must be at least 1",
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
                format!(
                    "the agenda adds up to {total} minutes, but `total_minutes` says {}",
                    m.total_minutes
                ),
                key_span("total_minutes"),
                "stated total",
            )
            .with_note(format!("{} = {total}", parts.join(" + "))),
        );
    }

    let mut seen_handouts = HashSet::new();
    for h in &m.handouts {
        if check_id(&h.id, None, "handout", diags) && ids::is_reserved_name(&h.id) {
            diags.push(err(
                "reserved-name",
                format!(
                    "`{}` is reserved for devices on some systems; it cannot be a handout id",
                    h.id
                ),
                locate(text, Some(&h.id), &h.id),
                "reserved name",
            ));
        }
        if !seen_handouts.insert(&h.id) {
            diags.push(err(
                "duplicate-id",
                format!("two handouts have the id `{}`", h.id),
                locate(text, Some(&h.id), &h.id),
                "second handout with this id",
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
                Diagnostic::warning("unused-handout", format!("no activity uses the handout `{}`", h.id))
                    .at(file, locate(text, Some(&h.id), &h.id), "defined here")
                    .with_note("list it under `handouts:` of the activity that hands it out, so packets know when to print it"),
            );
        }
        if h.sections.is_empty() {
            diags.push(err(
                "empty-handout",
                format!("handout `{}` has no sections", h.id),
                locate(text, Some(&h.id), &h.id),
                "no sections",
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
                    format!("handout `{}` has two sections with the id `{}`", h.id, s.id),
                    locate(text, Some(&h.id), &s.id),
                    "second section",
                ));
            }
            let mut seen = HashSet::new();
            for item in s.items.iter().chain(s.prompts.iter().map(|p| &p.id)) {
                check_id(item, Some(&s.id), "item", diags);
                if !seen.insert(item) {
                    diags.push(err(
                        "duplicate-id",
                        format!(
                            "section `{}` of handout `{}` lists `{item}` twice",
                            s.id, h.id
                        ),
                        locate(text, Some(&s.id), item),
                        "listed twice",
                    ));
                }
            }
            for p in &s.prompts {
                if p.lines == 0 || p.lines > 40 {
                    diags.push(err(
                        "invalid-lines",
                        format!(
                            "prompt `{}` asks for {} writing lines; use 1 to 40",
                            p.id, p.lines
                        ),
                        locate(text, Some(&s.id), &p.id),
                        "out of range",
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
                format!("two sources have the id `{}`", s.id),
                locate(text, Some(&s.id), &s.id),
                "second source",
            ));
        }
        if !(s.url.starts_with("https://") || s.url.starts_with("http://")) {
            diags.push(err(
                "invalid-url",
                format!(
                    "the URL of source `{}` must start with https:// or http://",
                    s.id
                ),
                locate(text, Some(&s.id), &s.url),
                "not a web address",
            ));
        }
        if !(1800..=2100).contains(&s.year) {
            diags.push(err(
                "invalid-year",
                format!("source `{}` has the year {}", s.id, s.year),
                locate(text, Some(&s.id), &s.year.to_string()),
                "check the year",
            ));
        }
    }
}

/// Step minutes: each between 1 and 600; all of an activity's steps timed
/// or none; and timed steps add up to the activity's minutes.
fn check_step_minutes(a: &schema::Activity, text: &str, file: FileId, diags: &mut Diagnostics) {
    let from = locate(text, Some(&a.id), &a.id).start;
    let timed: Vec<&schema::Step> = a.steps.iter().filter(|s| s.minutes.is_some()).collect();
    for s in &timed {
        let m = s.minutes.unwrap_or(0);
        if m == 0 || m > 600 {
            diags.push(
                Diagnostic::error(
                    "invalid-minutes",
                    format!(
                        "step `{}` of activity `{}` lasts {m} minutes; minutes must be between 1 and 600",
                        s.id, a.id
                    ),
                )
                .at(file, locate(text, Some(&a.id), &s.id), "out of range"),
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
                format!(
                    "activity `{}` gives minutes for {} of its {} steps; give them for every step or for none",
                    a.id,
                    timed.len(),
                    a.steps.len()
                ),
            )
            .at(
                file,
                first
                    .map(|s| locate(text, Some(&a.id), &s.id))
                    .unwrap_or(0..0),
                "no minutes",
            )
            .with_note(format!("without minutes: {}", untimed.join(", "))),
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
                format!(
                    "the steps of activity `{}` add up to {sum} minutes, but its `minutes` says {}",
                    a.id, a.minutes
                ),
            )
            .at(
                file,
                locate_key(text, from, "minutes").unwrap_or(0..0),
                "stated minutes",
            )
            .with_note(format!("{} = {sum}", parts.join(" + "))),
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
