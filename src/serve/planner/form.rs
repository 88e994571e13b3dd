//! The planner's form and the plan it stands for.
//!
//! A [`FormPlan`] is what the form holds, as text, field by field: it is
//! read from the form's fields ([`FormPlan::from_fields`]), written back
//! into them when the page is drawn, filled from an uploaded plan
//! ([`FormPlan::from_plan`]), and turned into a plan file
//! ([`FormPlan::to_yaml`]). The plan file is then read by the same code as
//! `puente packet` reads a file with, so a form and a plan give the same
//! diagnostics and the same packet; each line of the YAML remembers the
//! field it came from, so that a problem found in the YAML is shown beside
//! that field.
//!
//! Field names follow the plan's keys (README, "The planner"):
//!
//! | field | plan |
//! |---|---|
//! | `title`, `languages` (repeated), `participants`, `group_size`, `paper`, `spares`, `venue`, `facilitators` | the same keys (`facilitators` separated by commas) |
//! | `interpretation`, `interpretation.factor` | `interpretation: { mode, factor }` |
//! | `date`, `start`, `end`, `modules` (repeated, in order) | the first day |
//! | `drop.<module>`, `optional.<module>` (repeated activity ids), `minutes.<module>.<activity>` | the module's item |
//! | `break.<module>`, `meal.<module>` | a break or meal right after the module |
//! | `day2.date`, `day2.modules`, `day2.drop.<module>`... | the second day, and so on |
//! | `local.<kind>.<field>`, `local.more.<n>.<field>`, `local.checked` | the `local:` block |

use std::collections::BTreeMap;

use crate::packet::local::{Contact, Local, Text};
use crate::packet::plan::{EnergiserChoice, InterpretationMode, Plan, Title};
use crate::project::Project;

/// The contacts a plan names directly, by their key in `local:`.
pub const CONTACT_KEYS: &[&str] = &[
    "organisation",
    "legal_aid",
    "accredited_rep",
    "mental_health",
    "emergency",
];

/// The fields of a contact, in the order the form shows them.
pub const CONTACT_FIELDS: &[&str] = &[
    "name",
    "phone",
    "hours",
    "languages",
    "address",
    "url",
    "note",
];

/// The form's fields as sent: name and value, in order.
#[derive(Debug, Default, Clone)]
pub struct Fields(pub Vec<(String, String)>);

impl Fields {
    pub fn parse(body: &[u8]) -> Fields {
        Fields(
            form_urlencoded::parse(body)
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect(),
        )
    }

    /// The first value of `name`, trimmed.
    pub fn get(&self, name: &str) -> String {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.trim().to_string())
            .unwrap_or_default()
    }

    /// Every non-empty value of `name`, in order.
    pub fn all(&self, name: &str) -> Vec<String> {
        self.0
            .iter()
            .filter(|(k, v)| k == name && !v.trim().is_empty())
            .map(|(_, v)| v.trim().to_string())
            .collect()
    }

    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|(k, _)| k.as_str())
    }
}

/// One module of a day as the form shows it.
#[derive(Debug, Clone, Default)]
pub struct FormModule {
    pub id: String,
    pub drop: Vec<String>,
    pub optional: Vec<String>,
    /// New lengths, as typed (only those that differ from the module's).
    pub minutes: BTreeMap<String, String>,
    /// Minutes of a break right after the module; empty for none.
    pub break_after: String,
    pub meal_after: String,
    /// Kept from an uploaded plan: `true`, `false` or an energiser id.
    pub energiser: String,
    /// Kept from an uploaded plan: `true` or `false`.
    pub continuing: String,
}

#[derive(Debug, Clone, Default)]
pub struct FormDay {
    pub date: String,
    pub start: String,
    pub end: String,
    pub modules: Vec<FormModule>,
}

/// What the form holds.
#[derive(Debug, Clone, Default)]
pub struct FormPlan {
    /// The packet's (and the plan file's) name.
    pub name: String,
    pub title: String,
    /// The Fluent message an uploaded plan's title came from; kept while
    /// the title shown is that message's text.
    pub title_message: String,
    pub languages: Vec<String>,
    pub participants: String,
    pub group_size: String,
    pub paper: String,
    pub spares: String,
    pub venue: String,
    pub facilitators: String,
    /// ``, `consecutive` or `simultaneous`.
    pub interpretation: String,
    pub factor: String,
    pub days: Vec<FormDay>,
    /// `local.` fields without the prefix (`legal_aid.phone`,
    /// `more.0.kind`, `hours.es` for one language's hours), as typed.
    pub local: BTreeMap<String, String>,
}

/// The prefix of day `index`'s fields: none for the first day.
pub fn day_prefix(index: usize) -> String {
    if index == 0 {
        String::new()
    } else {
        format!("day{}.", index + 1)
    }
}

impl FormPlan {
    /// A new plan: one language, one day, no modules yet.
    pub fn blank(source_lang: &str) -> FormPlan {
        FormPlan {
            languages: vec![source_lang.to_string()],
            participants: "20".into(),
            group_size: "5".into(),
            paper: "letter".into(),
            spares: "3".into(),
            days: vec![FormDay {
                start: "09:00".into(),
                end: "17:00".into(),
                ..FormDay::default()
            }],
            ..FormPlan::default()
        }
    }

    pub fn from_fields(f: &Fields, project: &Project) -> FormPlan {
        let mut days = Vec::new();
        for index in 0.. {
            let p = day_prefix(index);
            let present = f.names().any(|n| {
                n.strip_prefix(p.as_str())
                    .is_some_and(|rest| rest == "date" || rest == "modules")
            });
            if !present && index > 0 {
                break;
            }
            let mut modules = Vec::new();
            for id in f.all(&format!("{p}modules")) {
                let mut m = FormModule {
                    drop: f.all(&format!("{p}drop.{id}")),
                    optional: f.all(&format!("{p}optional.{id}")),
                    break_after: f.get(&format!("{p}break.{id}")),
                    meal_after: f.get(&format!("{p}meal.{id}")),
                    energiser: f.get(&format!("{p}energiser.{id}")),
                    continuing: f.get(&format!("{p}continuing.{id}")),
                    ..FormModule::default()
                };
                let key = format!("{p}minutes.{id}.");
                for (k, v) in &f.0 {
                    let Some(activity) = k.strip_prefix(key.as_str()) else {
                        continue;
                    };
                    let v = v.trim();
                    let default = project
                        .module(&id)
                        .and_then(|lm| lm.module.agenda.iter().find(|a| a.id == activity))
                        .map(|a| a.minutes.to_string());
                    if !v.is_empty() && Some(v.to_string()) != default {
                        m.minutes.insert(activity.to_string(), v.to_string());
                    }
                }
                m.id = id;
                modules.push(m);
            }
            days.push(FormDay {
                date: f.get(&format!("{p}date")),
                start: f.get(&format!("{p}start")),
                end: f.get(&format!("{p}end")),
                modules,
            });
            if index > 50 {
                break;
            }
        }
        let mut local = BTreeMap::new();
        for (k, v) in &f.0 {
            if let Some(rest) = k.strip_prefix("local.") {
                if !v.trim().is_empty() {
                    local.insert(rest.to_string(), v.trim().to_string());
                }
            }
        }
        FormPlan {
            name: f.get("name"),
            title: f.get("title"),
            title_message: f.get("title.message"),
            languages: f.all("languages"),
            participants: f.get("participants"),
            group_size: f.get("group_size"),
            paper: f.get("paper"),
            spares: f.get("spares"),
            venue: f.get("venue"),
            facilitators: f.get("facilitators"),
            interpretation: f.get("interpretation"),
            factor: f.get("interpretation.factor"),
            days,
            local,
        }
    }

    /// The form for a plan read from a file; `title_text` is the text of a
    /// `{ message: id }` title.
    pub fn from_plan(name: &str, plan: &Plan, title_text: &str) -> FormPlan {
        let (title, title_message) = match &plan.title {
            Title::Literal(s) => (s.clone(), String::new()),
            Title::Message { message } => (title_text.to_string(), message.clone()),
        };
        let days = plan
            .days
            .iter()
            .map(|d| {
                let mut modules: Vec<FormModule> = Vec::new();
                for item in &d.items {
                    if let Some(id) = &item.module {
                        modules.push(FormModule {
                            id: id.clone(),
                            drop: item.drop.clone(),
                            optional: item.optional.clone(),
                            minutes: item
                                .minutes
                                .iter()
                                .map(|(k, v)| (k.clone(), v.to_string()))
                                .collect(),
                            energiser: match &item.energiser {
                                None => String::new(),
                                Some(EnergiserChoice::Flag(b)) => b.to_string(),
                                Some(EnergiserChoice::Id(id)) => id.clone(),
                            },
                            continuing: item.continuing.map(|b| b.to_string()).unwrap_or_default(),
                            ..FormModule::default()
                        });
                    } else if let Some(last) = modules.last_mut() {
                        let add = |slot: &mut String, n: u32| {
                            let before: u32 = slot.parse().unwrap_or(0);
                            *slot = (before + n).to_string();
                        };
                        if let Some(n) = item.break_minutes {
                            add(&mut last.break_after, n);
                        }
                        if let Some(n) = item.meal {
                            add(&mut last.meal_after, n);
                        }
                    }
                }
                FormDay {
                    date: d.date.clone(),
                    start: d.start.clone(),
                    end: d.end.clone().unwrap_or_default(),
                    modules,
                }
            })
            .collect();
        let mut local = BTreeMap::new();
        if let Some(l) = &plan.local {
            local_fields(l, &mut local);
        }
        let (interpretation, factor) = match &plan.interpretation {
            None => (String::new(), String::new()),
            Some(i) => (
                match i.mode {
                    InterpretationMode::Consecutive => "consecutive".to_string(),
                    InterpretationMode::Simultaneous => "simultaneous".to_string(),
                },
                i.factor.map(|f| f.to_string()).unwrap_or_default(),
            ),
        };
        FormPlan {
            name: name.to_string(),
            title,
            title_message,
            languages: plan.languages.clone(),
            participants: plan.participants.to_string(),
            group_size: plan.group_size.to_string(),
            paper: plan.paper.clone(),
            spares: plan.spares.to_string(),
            venue: plan.venue.clone().unwrap_or_default(),
            facilitators: plan.facilitators.join(", "),
            interpretation,
            factor,
            days,
            local,
        }
    }

    /// The packet's name: the one given, else made from the title.
    pub fn packet_name(&self) -> String {
        if !self.name.is_empty() {
            return self.name.clone();
        }
        let slug = slug(&self.title);
        if slug.is_empty() || crate::ids::is_reserved_name(&slug) {
            "workshop".to_string()
        } else {
            slug
        }
    }

    /// The plan file, and the form field each of its lines came from.
    /// `title_text` is the current text of `title_message`, if any: the
    /// title stays a message while the form shows that text unchanged.
    pub fn to_yaml(&self, title_text: Option<&str>) -> (String, Vec<String>) {
        let mut y = Yaml::default();
        if !self.title_message.is_empty() && title_text == Some(self.title.as_str()) {
            y.line(
                "title",
                format!("title: {{ message: {} }}", scalar(&self.title_message)),
            );
        } else {
            y.line("title", format!("title: {}", quoted(&self.title)));
        }
        let langs: Vec<String> = self.languages.iter().map(|l| scalar(l)).collect();
        y.line("languages", format!("languages: [{}]", langs.join(", ")));
        y.line(
            "participants",
            format!("participants: {}", number(&self.participants)),
        );
        y.line(
            "group_size",
            format!("group_size: {}", number(&self.group_size)),
        );
        y.line(
            "paper",
            format!(
                "paper: {}",
                scalar(if self.paper.is_empty() {
                    "letter"
                } else {
                    &self.paper
                })
            ),
        );
        y.line(
            "spares",
            format!(
                "spares: {}",
                number(if self.spares.is_empty() {
                    "0"
                } else {
                    &self.spares
                })
            ),
        );
        if !self.venue.is_empty() {
            y.line("venue", format!("venue: {}", quoted(&self.venue)));
        }
        let facilitators: Vec<String> = self
            .facilitators
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(quoted)
            .collect();
        if !facilitators.is_empty() {
            y.line(
                "facilitators",
                format!("facilitators: [{}]", facilitators.join(", ")),
            );
        }
        if !self.interpretation.is_empty() {
            y.line("interpretation", "interpretation:".to_string());
            y.line(
                "interpretation",
                format!("  mode: {}", scalar(&self.interpretation)),
            );
            if !self.factor.is_empty() {
                y.line(
                    "interpretation.factor",
                    format!("  factor: {}", decimal(&self.factor)),
                );
            }
        }
        y.line("date", "days:".to_string());
        for (i, day) in self.days.iter().enumerate() {
            let p = day_prefix(i);
            y.line(
                &format!("{p}date"),
                format!("  - date: {}", quoted(&day.date)),
            );
            y.line(
                &format!("{p}start"),
                format!("    start: {}", quoted(&day.start)),
            );
            if !day.end.is_empty() {
                y.line(&format!("{p}end"), format!("    end: {}", quoted(&day.end)));
            }
            if day.modules.is_empty() {
                y.line(&format!("{p}modules"), "    items: []".to_string());
                continue;
            }
            y.line(&format!("{p}modules"), "    items:".to_string());
            for m in &day.modules {
                let id = &m.id;
                y.line(
                    &format!("{p}modules"),
                    format!("      - module: {}", scalar(id)),
                );
                if !m.drop.is_empty() {
                    let list: Vec<String> = m.drop.iter().map(|a| scalar(a)).collect();
                    y.line(
                        &format!("{p}drop.{id}"),
                        format!("        drop: [{}]", list.join(", ")),
                    );
                }
                if !m.optional.is_empty() {
                    let list: Vec<String> = m.optional.iter().map(|a| scalar(a)).collect();
                    y.line(
                        &format!("{p}optional.{id}"),
                        format!("        optional: [{}]", list.join(", ")),
                    );
                }
                if !m.minutes.is_empty() {
                    y.line(&format!("{p}modules"), "        minutes:".to_string());
                    for (a, v) in &m.minutes {
                        y.line(
                            &format!("{p}minutes.{id}.{a}"),
                            format!("          {}: {}", scalar(a), number(v)),
                        );
                    }
                }
                if !m.energiser.is_empty() {
                    let v = match m.energiser.as_str() {
                        "true" | "false" => m.energiser.clone(),
                        other => scalar(other),
                    };
                    y.line(
                        &format!("{p}energiser.{id}"),
                        format!("        energiser: {v}"),
                    );
                }
                if m.continuing == "true" || m.continuing == "false" {
                    y.line(
                        &format!("{p}continuing.{id}"),
                        format!("        continuing: {}", m.continuing),
                    );
                }
                if !m.break_after.is_empty() {
                    y.line(
                        &format!("{p}break.{id}"),
                        format!("      - break: {}", number(&m.break_after)),
                    );
                }
                if !m.meal_after.is_empty() {
                    y.line(
                        &format!("{p}meal.{id}"),
                        format!("      - meal: {}", number(&m.meal_after)),
                    );
                }
            }
        }
        self.local_yaml(&mut y);
        (y.text, y.fields)
    }

    fn local_yaml(&self, y: &mut Yaml) {
        let has_contact = self.local.keys().any(|k| k != "checked");
        if !has_contact && !self.local.contains_key("checked") {
            return;
        }
        y.line("local.checked", "local:".to_string());
        for kind in CONTACT_KEYS {
            self.contact_yaml(y, kind, &format!("  {kind}:"), "    ");
        }
        let mut more: Vec<usize> = self
            .local
            .keys()
            .filter_map(|k| k.strip_prefix("more.")?.split('.').next()?.parse().ok())
            .collect();
        more.sort_unstable();
        more.dedup();
        let more: Vec<usize> = more
            .into_iter()
            .filter(|n| {
                CONTACT_FIELDS.iter().any(|f| {
                    self.local
                        .keys()
                        .any(|k| k.starts_with(&format!("more.{n}.{f}")))
                })
            })
            .collect();
        if !more.is_empty() {
            y.line("local.more", "  more:".to_string());
            for n in more {
                let kind = self
                    .local
                    .get(&format!("more.{n}.kind"))
                    .cloned()
                    .unwrap_or_default();
                y.line(
                    &format!("local.more.{n}.kind"),
                    format!("    - kind: {}", scalar(&kind)),
                );
                self.contact_fields_yaml(y, &format!("more.{n}"), "      ");
            }
        }
        y.line(
            "local.checked",
            format!(
                "  checked: {}",
                quoted(self.local.get("checked").map(String::as_str).unwrap_or(""))
            ),
        );
    }

    fn contact_yaml(&self, y: &mut Yaml, key: &str, head: &str, indent: &str) {
        let prefix = format!("{key}.");
        if !self.local.keys().any(|k| k.starts_with(&prefix)) {
            return;
        }
        y.line(&format!("local.{key}.name"), head.to_string());
        self.contact_fields_yaml(y, key, indent);
    }

    fn contact_fields_yaml(&self, y: &mut Yaml, key: &str, indent: &str) {
        for field in CONTACT_FIELDS {
            let name = format!("{key}.{field}");
            let field_name = format!("local.{name}");
            if *field == "languages" {
                if let Some(v) = self.local.get(&name) {
                    let list: Vec<String> = v
                        .split([',', ' '])
                        .filter(|s| !s.is_empty())
                        .map(scalar)
                        .collect();
                    y.line(
                        &field_name,
                        format!("{indent}languages: [{}]", list.join(", ")),
                    );
                }
                continue;
            }
            if let Some(v) = self.local.get(&name) {
                y.line(&field_name, format!("{indent}{field}: {}", quoted(v)));
                continue;
            }
            // One text per language (`hours.es`, `hours.en`).
            let per_lang: Vec<(&str, &String)> = self
                .local
                .iter()
                .filter_map(|(k, v)| Some((k.strip_prefix(&format!("{name}."))?, v)))
                .collect();
            if !per_lang.is_empty() {
                y.line(&field_name, format!("{indent}{field}:"));
                for (lang, v) in per_lang {
                    y.line(
                        &format!("{field_name}.{lang}"),
                        format!("{indent}  {}: {}", scalar(lang), quoted(v)),
                    );
                }
            }
        }
    }
}

fn local_fields(l: &Local, out: &mut BTreeMap<String, String>) {
    let named: [(&str, &Option<Contact>); 5] = [
        ("organisation", &l.organisation),
        ("legal_aid", &l.legal_aid),
        ("accredited_rep", &l.accredited_rep),
        ("mental_health", &l.mental_health),
        ("emergency", &l.emergency),
    ];
    for (key, c) in named {
        if let Some(c) = c {
            contact_fields(key, c, out);
        }
    }
    for (n, c) in l.more.iter().enumerate() {
        let key = format!("more.{n}");
        if let Some(kind) = c.kind {
            out.insert(format!("{key}.kind"), kind.as_str().to_string());
        }
        contact_fields(&key, c, out);
    }
    out.insert("checked".into(), l.checked.clone());
}

fn contact_fields(key: &str, c: &Contact, out: &mut BTreeMap<String, String>) {
    out.insert(format!("{key}.name"), c.name.clone());
    let mut text = |field: &str, t: &Option<Text>| match t {
        None => {}
        Some(Text::One(s)) => {
            out.insert(format!("{key}.{field}"), s.clone());
        }
        Some(Text::PerLang(map)) => {
            for (lang, s) in map {
                out.insert(format!("{key}.{field}.{lang}"), s.clone());
            }
        }
    };
    text("hours", &c.hours);
    text("note", &c.note);
    for (field, v) in [
        ("phone", &c.phone),
        ("address", &c.address),
        ("url", &c.url),
    ] {
        if let Some(v) = v {
            out.insert(format!("{key}.{field}"), v.clone());
        }
    }
    if !c.languages.is_empty() {
        out.insert(format!("{key}.languages"), c.languages.join(", "));
    }
}

/// A YAML text that remembers, line by line, which field wrote it.
#[derive(Default)]
struct Yaml {
    text: String,
    fields: Vec<String>,
}

impl Yaml {
    fn line(&mut self, field: &str, line: String) {
        self.text.push_str(&line);
        self.text.push('\n');
        self.fields.push(field.to_string());
    }
}

/// A string as a YAML double-quoted scalar (JSON's escaping is valid YAML).
fn quoted(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into())
}

/// An id-like value plain, anything else quoted.
fn scalar(s: &str) -> String {
    let plain = !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        && s.starts_with(|c: char| c.is_ascii_alphabetic())
        && !matches!(
            s.to_ascii_lowercase().as_str(),
            "true" | "false" | "yes" | "no" | "on" | "off" | "null" | "y" | "n"
        );
    if plain {
        s.to_string()
    } else {
        quoted(s)
    }
}

/// Digits as a number; anything else quoted, so that the plan reports it
/// as text where a number belongs.
fn number(s: &str) -> String {
    if !s.is_empty() && s.len() <= 9 && s.chars().all(|c| c.is_ascii_digit()) {
        let t = s.trim_start_matches('0');
        if t.is_empty() {
            "0".to_string()
        } else {
            t.to_string()
        }
    } else {
        quoted(s)
    }
}

/// A decimal number (a comma taken as the decimal mark); else quoted.
fn decimal(s: &str) -> String {
    let s = s.replace(',', ".");
    if s.parse::<f64>().is_ok_and(f64::is_finite)
        && s.chars().all(|c| c.is_ascii_digit() || c == '.')
    {
        s
    } else {
        quoted(&s)
    }
}

/// A packet name from a title: lower-case ASCII letters, digits and
/// hyphens, accents dropped.
pub fn slug(title: &str) -> String {
    let mut out = String::new();
    for c in title.chars().flat_map(char::to_lowercase) {
        let c = match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ñ' => 'n',
            'ç' => 'c',
            c => c,
        };
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
        if out.len() >= 60 {
            break;
        }
    }
    let out = out.trim_matches('-').to_string();
    if out.is_empty() || out.starts_with(|c: char| c.is_ascii_alphabetic()) {
        out
    } else {
        format!("workshop-{out}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_cannot_break_out_of_their_yaml_line() {
        let f = Fields::parse(b"title=a%0Aparticipants%3A+9&languages=en&participants=12x&group_size=5&date=2026-12-05&start=09%3A00");
        let project_less = FormPlan {
            title: f.get("title"),
            languages: f.all("languages"),
            participants: f.get("participants"),
            ..FormPlan::blank("en")
        };
        let (yaml, fields) = project_less.to_yaml(None);
        assert!(
            yaml.starts_with("title: \"a\\nparticipants: 9\"\n"),
            "{yaml}"
        );
        assert!(yaml.contains("participants: \"12x\"\n"), "{yaml}");
        assert_eq!(yaml.lines().count(), fields.len());
        let line = yaml
            .lines()
            .position(|l| l.starts_with("participants"))
            .unwrap();
        assert_eq!(fields[line], "participants");
    }

    #[test]
    fn slugs_are_packet_names() {
        assert_eq!(
            slug("Taller del sábado: Derechos"),
            "taller-del-sabado-derechos"
        );
        assert_eq!(slug("  "), "");
        assert_eq!(slug("2026 workshop"), "workshop-2026-workshop");
    }

    #[test]
    fn numbers_stay_numbers_and_text_is_quoted() {
        assert_eq!(number("25"), "25");
        assert_eq!(number("007"), "7");
        assert_eq!(number("0"), "0");
        assert_eq!(number("twenty"), "\"twenty\"");
        assert_eq!(decimal("1,5"), "1.5");
        assert_eq!(scalar("true"), "\"true\"");
        assert_eq!(scalar("rights-at-borders"), "rights-at-borders");
    }
}
