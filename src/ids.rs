//! The one convention that turns YAML ids into Fluent message ids.
//!
//! The rule: **the kind of thing, then its ids, then the field**, joined
//! with `-`. An author types each id once, in YAML; a translator can tell from
//! a message id alone which module part it belongs to. Labels shared by every
//! module live in `common.ftl` and all start with `ui-`, so they can never
//! collide with a module's messages.
//!
//! Every place that needs a message id calls a function here; nothing else
//! builds ids by hand. The ids are joined with `concat` rather than
//! `format!`: a large build makes hundreds of thousands of them.

use crate::curriculum::schema::{Activity, Handout, Module, Section};

pub fn module_title() -> String {
    "module-title".into()
}
pub fn module_summary() -> String {
    "module-summary".into()
}
pub fn objective(id: &str) -> String {
    ["objective-", id].concat()
}
pub fn safety(id: &str) -> String {
    ["safety-", id].concat()
}
pub fn activity(a: &str, field: &str) -> String {
    ["activity-", a, "-", field].concat()
}
pub fn activity_item(a: &str, field: &str, item: &str) -> String {
    ["activity-", a, "-", field, "-", item].concat()
}
pub fn material(id: &str) -> String {
    ["material-", id].concat()
}
pub fn handout(h: &str, field: &str) -> String {
    ["handout-", h, "-", field].concat()
}
pub fn section(h: &str, s: &str, field: &str) -> String {
    ["handout-", h, "-", s, "-", field].concat()
}
pub fn section_item(h: &str, s: &str, field: &str, item: &str) -> String {
    ["handout-", h, "-", s, "-", field, "-", item].concat()
}
pub fn source(id: &str, field: &str) -> String {
    ["source-", id, "-", field].concat()
}
/// `moment` is `week-before`, `day-before`, `on-the-day` or `after`.
pub fn timeline(moment: &str, id: &str) -> String {
    ["timeline-", moment, "-", id].concat()
}
pub fn interpretation(id: &str) -> String {
    ["interpretation-", id].concat()
}

/// Where in the YAML a message comes from, so a problem with the message can
/// point at the id that asked for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    /// The YAML id of the enclosing activity, handout or source (the value
    /// of an `id:` key), if any.
    pub parent: Option<String>,
    /// The id token itself.
    pub token: String,
}

/// A message a module needs.
#[derive(Debug, Clone)]
pub struct Expected {
    pub id: String,
    pub origin: Origin,
}

/// Every message id a module needs, in the order a reader meets them.
pub fn expected_messages(m: &Module) -> Vec<Expected> {
    let mut out = Vec::new();
    let mut push = |id: String, parent: Option<&str>, token: &str| {
        out.push(Expected {
            id,
            origin: Origin {
                parent: parent.map(str::to_owned),
                token: token.to_owned(),
            },
        })
    };
    push(module_title(), None, &m.id);
    push(module_summary(), None, &m.id);
    for o in &m.objectives {
        push(objective(o), None, o);
    }
    for s in &m.safety {
        push(safety(s), None, s);
    }
    for (_, moment, items) in m.preparation_timeline.moments() {
        for i in items {
            push(timeline(moment, i), None, i);
        }
    }
    for i in &m.interpretation {
        push(interpretation(i), None, i);
    }
    let mut materials: Vec<&str> = Vec::new();
    for a in m.agenda.iter().chain(&m.reopening).chain(&m.energisers) {
        activity_messages(a, &mut push);
        for mat in &a.materials {
            if !materials.contains(&mat.id.as_str()) {
                materials.push(&mat.id);
                push(material(&mat.id), Some(&a.id), &mat.id);
            }
        }
    }
    for h in &m.handouts {
        handout_messages(h, &mut push);
    }
    for s in &m.sources {
        push(source(&s.id, "title"), None, &s.id);
        push(source(&s.id, "publisher"), None, &s.id);
    }
    out
}

fn activity_messages(a: &Activity, push: &mut impl FnMut(String, Option<&str>, &str)) {
    let p = Some(a.id.as_str());
    push(activity(&a.id, "title"), p, &a.id);
    push(activity(&a.id, "purpose"), p, &a.id);
    for (field, list) in [
        ("prep", &a.preparation),
        ("step", &a.step_ids()),
        ("note", &a.notes),
        ("debrief", &a.debrief),
    ] {
        for item in list {
            push(activity_item(&a.id, field, item), p, item);
        }
    }
    for ad in &a.adaptations {
        push(activity_item(&a.id, "adapt", ad.as_str()), p, ad.as_str());
    }
}

fn handout_messages(h: &Handout, push: &mut impl FnMut(String, Option<&str>, &str)) {
    let p = Some(h.id.as_str());
    push(handout(&h.id, "title"), p, &h.id);
    push(handout(&h.id, "intro"), p, &h.id);
    for s in &h.sections {
        section_messages(h, s, push);
    }
}

fn section_messages(h: &Handout, s: &Section, push: &mut impl FnMut(String, Option<&str>, &str)) {
    let p = Some(s.id.as_str());
    push(section(&h.id, &s.id, "heading"), p, &s.id);
    if s.body {
        push(section(&h.id, &s.id, "body"), p, &s.id);
    }
    for item in &s.items {
        push(section_item(&h.id, &s.id, "item", item), p, item);
    }
    for pr in &s.prompts {
        push(section_item(&h.id, &s.id, "prompt", &pr.id), p, &pr.id);
    }
}

/// Whether a YAML id is well formed: lower-case ASCII letters, digits and
/// single hyphens, starting with a letter, at most 64 characters. Such an id
/// is also safe as a file name.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id.starts_with(|c: char| c.is_ascii_lowercase())
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// Names that Windows reserves for devices; a module or handout named so
/// could not be written as a file there.
pub fn is_reserved_name(id: &str) -> bool {
    const RESERVED: &[&str] = &["con", "prn", "aux", "nul"];
    let lower = id.to_ascii_lowercase();
    RESERVED.contains(&lower.as_str())
        || ((lower.starts_with("com") || lower.starts_with("lpt"))
            && lower.len() == 4
            && lower.as_bytes()[3].is_ascii_digit())
}
