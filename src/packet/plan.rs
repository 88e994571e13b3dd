//! Workshop plans: `plans/<name>.yaml`, the facilitator's description of one
//! workshop (days, times, modules, breaks, group size, languages).
//!
//! A plan never holds participant names: there is no field for them, and
//! unknown fields are rejected.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::curriculum::yaml;
use crate::diag::{Diagnostic, Diagnostics};
use crate::project::Project;
use crate::source::{FileId, Sources};

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    /// A literal title, or `{ message: <id> }` for a Fluent message (in
    /// `locales/<lang>/plans.ftl`), so a bilingual packet has both.
    pub title: Title,
    /// One language, or two for a bilingual packet (the first is primary).
    pub languages: Vec<String>,
    pub participants: u32,
    /// How many people in each small group.
    pub group_size: u32,
    #[serde(default = "default_paper")]
    pub paper: String,
    /// Extra copies of each handout, for latecomers and mistakes.
    #[serde(default = "default_spares")]
    pub spares: u32,
    /// Printed on the cover only.
    #[serde(default)]
    pub venue: Option<String>,
    /// Printed on the cover only; one guide is printed for each.
    #[serde(default)]
    pub facilitators: Vec<String>,
    pub days: Vec<Day>,
    /// One organisation's checked contacts (never a participant's), to
    /// fill the modules' placeholders and print a support directory.
    #[serde(default)]
    pub local: Option<super::local::Local>,
    /// How the room is interpreted: `{ mode: consecutive, factor: 1.5 }`
    /// lengthens the activities the whole group talks through together
    /// (see [`Interpretation::lengthens`]).
    #[serde(default)]
    pub interpretation: Option<Interpretation>,
}

/// `interpretation:` in a plan.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Interpretation {
    pub mode: InterpretationMode,
    /// How much longer talk takes: 1.5 is half as long again. Only for
    /// consecutive interpretation.
    #[serde(default)]
    pub factor: Option<f64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum InterpretationMode {
    /// The interpreter speaks after each speaker: talk takes longer.
    Consecutive,
    /// Interpreted as people speak (headsets, whispering): no time added.
    Simultaneous,
}

/// The largest consecutive-interpretation factor: twice as long plus half.
pub const MAX_FACTOR: f64 = 3.0;

impl Interpretation {
    /// The factor in hundredths (150 for 1.5), when it lengthens anything.
    pub fn percent(&self) -> Option<u32> {
        match (self.mode, self.factor) {
            (InterpretationMode::Consecutive, Some(f)) if f > 1.0 && f <= MAX_FACTOR => {
                Some((f * 100.0).round() as u32)
            }
            _ => None,
        }
    }

    /// Whether an activity is talk-based: the whole group talks together,
    /// so every word goes through the interpreter. Pairs, small groups and
    /// individual work happen within one language, and breaks, energisers
    /// and gallery walks are movement rather than talk: none of these is
    /// lengthened.
    pub fn lengthens(activity: &crate::curriculum::schema::Activity) -> bool {
        use crate::curriculum::schema::{Grouping, Method};
        activity.grouping == Grouping::WholeGroup
            && !matches!(
                activity.method,
                Method::Break | Method::Energiser | Method::GalleryWalk
            )
    }

    /// The length of an activity of `minutes` under this interpretation,
    /// rounded up to a whole minute.
    pub fn minutes(&self, minutes: u32) -> u32 {
        match self.percent() {
            Some(p) => (minutes * p).div_ceil(100),
            None => minutes,
        }
    }
}

fn default_paper() -> String {
    "letter".into()
}
fn default_spares() -> u32 {
    3
}

#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum Title {
    Literal(String),
    Message { message: String },
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Day {
    /// `YYYY-MM-DD`.
    pub date: String,
    /// `HH:MM`, 24-hour clock.
    pub start: String,
    /// A hard end time, `HH:MM`: the run sheet warns when the day overruns it.
    #[serde(default)]
    pub end: Option<String>,
    pub items: Vec<Item>,
}

/// One entry of a day: a module, a break or a meal.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    #[serde(default)]
    pub module: Option<String>,
    /// A break of this many minutes.
    #[serde(default, rename = "break")]
    pub break_minutes: Option<u32>,
    /// A meal of this many minutes.
    #[serde(default)]
    pub meal: Option<u32>,
    /// Activities of the module to leave out.
    #[serde(default)]
    pub drop: Vec<String>,
    /// Activities to mark optional (they may be cut when running late).
    #[serde(default)]
    pub optional: Vec<String>,
    /// New lengths for some activities, in minutes.
    #[serde(default)]
    pub minutes: BTreeMap<String, u32>,
    /// Whether to open with one of the module's energisers: by default one
    /// runs when the module directly follows a meal.
    #[serde(default)]
    pub energiser: Option<EnergiserChoice>,
    /// Whether the module continues the day of another module (then its
    /// reopening replaces the activities marked `skip_when_continuing`). By
    /// default, when another module came earlier on the same day.
    #[serde(default)]
    pub continuing: Option<bool>,
}

/// `energiser: false` (none), `true` (the module's first one) or `<id>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EnergiserChoice {
    Flag(bool),
    Id(String),
}

impl<'de> Deserialize<'de> for EnergiserChoice {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = EnergiserChoice;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("`true`, `false` or the id of one of the module's energisers")
            }
            fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<EnergiserChoice, E> {
                Ok(EnergiserChoice::Flag(v))
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<EnergiserChoice, E> {
                Ok(EnergiserChoice::Id(v.to_string()))
            }
        }
        d.deserialize_any(V)
    }
}

/// `HH:MM` → minutes after midnight.
pub fn parse_time(s: &str) -> Option<u32> {
    let (h, m) = s.split_once(':')?;
    if h.is_empty() || h.len() > 2 || m.len() != 2 {
        return None;
    }
    let h: u32 = h.parse().ok()?;
    let m: u32 = m.parse().ok()?;
    (h < 24 && m < 60).then_some(h * 60 + m)
}

fn describe_path(path: &str, value: &serde_yaml::Value) -> Option<(String, Option<String>)> {
    if let Some(rest) = path.strip_prefix("local.") {
        let field = rest.split(['.', '[']).next().unwrap_or(rest);
        let words = match rest.strip_prefix("more[") {
            Some(r) => match r.split(']').next().and_then(|n| n.parse::<usize>().ok()) {
                Some(n) => crate::msg!("plan-path-contact", index = n + 1).into_string(),
                None => "`local`".to_string(),
            },
            None if field != "more" => {
                crate::msg!("plan-path-named-contact", field = field).into_string()
            }
            None => "`local`".to_string(),
        };
        return Some((words, None));
    }
    if path == "local" {
        return Some(("`local`".to_string(), None));
    }
    let rest = path.strip_prefix("days[")?;
    let index: usize = rest.split(']').next()?.parse().ok()?;
    let date = value
        .get("days")
        .and_then(|d| d.get(index))
        .and_then(|d| d.get("date"))
        .and_then(|d| d.as_str())
        .map(str::to_owned);
    Some((
        match &date {
            Some(d) => crate::msg!("plan-path-day-date", index = index + 1, date = d),
            None => crate::msg!("plan-path-day", index = index + 1),
        }
        .into_string(),
        None,
    ))
}

/// The plan files of the project at `root` (`plans/*.yaml`, `*.yml`), in
/// name order; none when it has no `plans/` folder.
pub fn files(root: &std::path::Path) -> Result<Vec<std::path::PathBuf>, crate::Fatal> {
    let dir = root.join("plans");
    if !dir.is_dir() {
        return Ok(Vec::new());
    }
    let mut paths: Vec<std::path::PathBuf> = std::fs::read_dir(&dir)
        .map_err(|e| crate::Fatal::io(&dir, e))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "yaml" || x == "yml"))
        .collect();
    paths.sort();
    Ok(paths)
}

/// A plan read from disk.
#[derive(Debug, Clone)]
pub struct LoadedPlan {
    pub plan: Plan,
    pub file: FileId,
    /// The file name without `.yaml`: the packet folder's name.
    pub name: String,
}

/// Reads, parses and checks a plan against the project.
pub fn load(
    path: &std::path::Path,
    project: &Project,
    sources: &mut Sources,
    diags: &mut Diagnostics,
) -> Result<Option<LoadedPlan>, crate::Fatal> {
    let name = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    if !crate::ids::is_valid_id(&name) || crate::ids::is_reserved_name(&name) {
        return Err(crate::Fatal::Usage(
            crate::msg!("plan-bad-name", name = &name).into_string(),
        ));
    }
    if !path.is_file() {
        return Err(crate::Fatal::Usage(
            crate::msg!("plan-no-file", path = path).into_string(),
        ));
    }
    let display = crate::display_path(path, &project.root);
    let Some(file) = sources.read(path, display, diags)? else {
        return Ok(None);
    };
    let Some(plan) = yaml::parse::<Plan>(sources, file, diags, describe_path) else {
        return Ok(None);
    };
    validate(&plan, file, project, sources, diags);
    Ok(Some(LoadedPlan { plan, file, name }))
}

/// Parses and checks a plan that did not come from a file (the planner's
/// form, or a plan posted to the server): `display` is the name its
/// diagnostics give (`plan.yaml`), `name` the packet folder's name.
pub fn load_text(
    name: &str,
    display: &str,
    text: String,
    project: &Project,
    sources: &mut Sources,
    diags: &mut Diagnostics,
) -> Option<LoadedPlan> {
    let file = sources.add(display, std::path::PathBuf::from(display), text);
    let plan = yaml::parse::<Plan>(sources, file, diags, describe_path)?;
    validate(&plan, file, project, sources, diags);
    Some(LoadedPlan {
        plan,
        file,
        name: name.to_string(),
    })
}

fn validate(
    plan: &Plan,
    file: FileId,
    project: &Project,
    sources: &Sources,
    diags: &mut Diagnostics,
) {
    let text = &sources.get(file).text;
    let at = |token: &str, from: usize| -> std::ops::Range<usize> {
        text[from.min(text.len())..]
            .find(token)
            .map(|i| from + i..from + i + token.len())
            .or_else(|| text.find(token).map(|i| i..i + token.len()))
            .unwrap_or(0..0)
    };
    let key = |k: &str| crate::curriculum::locate_key(text, 0, k).unwrap_or(0..0);
    let err = |diags: &mut Diagnostics,
               code: &'static str,
               msg: crate::ui::Msg,
               span: std::ops::Range<usize>,
               label: crate::ui::Msg| {
        diags.push(Diagnostic::error(code, msg).at(file, span, label));
    };
    use crate::msg;
    let here = || msg!("label-here");

    if plan.languages.is_empty() || plan.languages.len() > 2 {
        err(
            diags,
            "plan-languages",
            msg!("plan-languages"),
            key("languages"),
            here(),
        );
    }
    for l in &plan.languages {
        if l.parse::<unic_langid::LanguageIdentifier>().is_err() {
            err(
                diags,
                "plan-language",
                msg!("plan-language", value = l),
                at(l, 0),
                msg!("plan-language-label"),
            );
        }
    }
    if plan.participants == 0 || plan.participants > 10_000 {
        err(
            diags,
            "plan-participants",
            msg!("plan-participants", value = plan.participants),
            key("participants"),
            here(),
        );
    }
    if plan.group_size == 0 || plan.group_size > 10_000 {
        err(
            diags,
            "plan-group-size",
            msg!("plan-group-size", value = plan.group_size),
            key("group_size"),
            here(),
        );
    }
    if plan.spares > 1000 {
        err(
            diags,
            "plan-spares",
            msg!("plan-spares", value = plan.spares),
            key("spares"),
            here(),
        );
    }
    if plan.paper != "letter" && plan.paper != "a4" {
        err(
            diags,
            "plan-paper",
            msg!("plan-paper", value = &plan.paper),
            key("paper"),
            here(),
        );
    }
    if let Title::Message { message } = &plan.title {
        if !message.starts_with(|c: char| c.is_ascii_alphabetic())
            || !message
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        {
            err(
                diags,
                "plan-title",
                msg!("plan-title", value = message),
                at(message, 0),
                here(),
            );
        }
    }
    if let Some(local) = &plan.local {
        super::local::validate(
            local,
            text,
            file,
            plan.days.first().map(|d| d.date.as_str()),
            diags,
        );
    }
    if let Some(i) = &plan.interpretation {
        let span = crate::curriculum::locate_key(text, 0, "interpretation")
            .and_then(|k| {
                crate::curriculum::locate_key(text, k.end, "factor")
                    .filter(|_| i.factor.is_some())
                    .or(Some(k))
            })
            .unwrap_or(0..0);
        match (i.mode, i.factor) {
            (InterpretationMode::Consecutive, None) => err(
                diags,
                "plan-interpretation",
                msg!("plan-interpretation-no-factor"),
                span,
                msg!("plan-interpretation-no-factor-label"),
            ),
            (InterpretationMode::Consecutive, Some(f)) if !(f > 1.0 && f <= MAX_FACTOR) => err(
                diags,
                "plan-interpretation",
                msg!("plan-interpretation-factor", value = f.to_string()),
                span,
                here(),
            ),
            (InterpretationMode::Simultaneous, Some(_)) => err(
                diags,
                "plan-interpretation",
                msg!("plan-interpretation-simultaneous"),
                span,
                here(),
            ),
            _ => {}
        }
    }
    if plan.days.is_empty() {
        err(
            diags,
            "plan-no-days",
            msg!("plan-no-days"),
            key("days"),
            here(),
        );
    }
    let mut pos = 0;
    for day in &plan.days {
        let day_at = at(&day.date, pos);
        pos = day_at.end;
        if crate::curriculum::parse_date(&day.date).is_none() {
            err(
                diags,
                "plan-date",
                msg!("plan-date", value = &day.date),
                day_at.clone(),
                msg!("plan-date-label"),
            );
        }
        if parse_time(&day.start).is_none() {
            err(
                diags,
                "plan-time",
                msg!("plan-start-time", value = &day.start),
                at(&day.start, pos),
                msg!("plan-time-label"),
            );
        }
        if let Some(end) = &day.end {
            match (parse_time(&day.start), parse_time(end)) {
                (_, None) => err(
                    diags,
                    "plan-time",
                    msg!("plan-end-time", value = end),
                    at(end, pos),
                    msg!("plan-time-label"),
                ),
                (Some(s), Some(e)) if e <= s => err(
                    diags,
                    "plan-time",
                    msg!("plan-end-before-start", end = end, start = &day.start),
                    at(end, pos),
                    msg!("plan-end-before-start-label"),
                ),
                _ => {}
            }
        }
        if day.items.is_empty() {
            err(
                diags,
                "plan-empty-day",
                msg!("plan-empty-day", date = &day.date),
                day_at.clone(),
                msg!("plan-empty-day-label"),
            );
        }
        for item in &day.items {
            let kinds = [
                item.module.is_some(),
                item.break_minutes.is_some(),
                item.meal.is_some(),
            ]
            .iter()
            .filter(|b| **b)
            .count();
            if kinds != 1 {
                err(
                    diags,
                    "plan-item",
                    msg!("plan-item-kinds"),
                    day_at.clone(),
                    msg!("plan-in-this-day"),
                );
                continue;
            }
            if let Some(m) = item.break_minutes.or(item.meal) {
                if m == 0 || m > 600 {
                    err(
                        diags,
                        "plan-minutes",
                        msg!("plan-break-minutes", minutes = m),
                        day_at.clone(),
                        msg!("plan-in-this-day"),
                    );
                }
            }
            let Some(mid) = &item.module else {
                if !(item.drop.is_empty()
                    && item.optional.is_empty()
                    && item.minutes.is_empty()
                    && item.energiser.is_none()
                    && item.continuing.is_none())
                {
                    err(
                        diags,
                        "plan-item",
                        msg!("plan-item-module-only"),
                        day_at.clone(),
                        msg!("plan-in-this-day"),
                    );
                }
                continue;
            };
            let mod_at = at(mid, pos);
            pos = mod_at.end;
            let Some(lm) = project.module(mid) else {
                let known: Vec<&str> = project
                    .modules
                    .iter()
                    .map(|m| m.module.id.as_str())
                    .collect();
                diags.push(
                    Diagnostic::error(
                        "plan-unknown-module",
                        msg!("plan-unknown-module", module = mid),
                    )
                    .at(file, mod_at, msg!("plan-unknown-module-label"))
                    .with_note(msg!("plan-unknown-module-note", modules = known.join(", "))),
                );
                continue;
            };
            let activities: Vec<&str> = lm.module.agenda.iter().map(|a| a.id.as_str()).collect();
            let check_activity = |id: &str, what: &str, diags: &mut Diagnostics| {
                if !activities.contains(&id) {
                    diags.push(
                        Diagnostic::error(
                            "plan-unknown-activity",
                            msg!("plan-unknown-activity", field = what, id = id, module = mid),
                        )
                        .at(
                            file,
                            at(id, mod_at.end),
                            msg!("plan-unknown-activity-label"),
                        )
                        .with_note(msg!(
                            "plan-unknown-activity-note",
                            module = mid,
                            activities = activities.join(", ")
                        )),
                    );
                }
            };
            for a in &item.drop {
                check_activity(a, "drop", diags);
            }
            for a in &item.optional {
                check_activity(a, "optional", diags);
            }
            let energisers: Vec<&str> =
                lm.module.energisers.iter().map(|a| a.id.as_str()).collect();
            let wanted = match &item.energiser {
                Some(EnergiserChoice::Id(id)) => Some(id.as_str()),
                Some(EnergiserChoice::Flag(true)) if energisers.is_empty() => Some("true"),
                _ => None,
            };
            if let Some(id) = wanted.filter(|id| !energisers.contains(id)) {
                let span = crate::curriculum::locate_key(text, mod_at.end, "energiser")
                    .map(|k| at(id, k.end))
                    .unwrap_or_else(|| at(id, mod_at.end));
                diags.push(
                    Diagnostic::error(
                        "plan-unknown-energiser",
                        if id == "true" {
                            msg!("plan-energiser-none", module = mid)
                        } else {
                            msg!("plan-unknown-energiser", module = mid, id = id)
                        },
                    )
                    .at(file, span, msg!("plan-unknown-energiser-label"))
                    .with_note(if energisers.is_empty() {
                        msg!("plan-energiser-none-note", module = mid)
                    } else {
                        msg!(
                            "plan-unknown-energiser-note",
                            module = mid,
                            energisers = energisers.join(", ")
                        )
                    }),
                );
            }
            for (a, m) in &item.minutes {
                check_activity(a, "minutes", diags);
                if *m == 0 || *m > 600 {
                    diags.push(
                        Diagnostic::error(
                            "plan-minutes",
                            msg!("plan-activity-minutes", id = a, minutes = *m),
                        )
                        .at(file, at(a, mod_at.end), here()),
                    );
                }
            }
        }
    }
}
