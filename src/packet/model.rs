//! The localized model of the packet's own documents (run sheet, materials
//! checklist, print list, README), one per language, in the same shape as
//! the other documents' models so the same page setup applies.

use std::collections::BTreeMap;

use fluent_bundle::{FluentArgs, FluentValue};
use serde::Serialize;

use super::plan::{Plan, Title};
use super::schedule::{EntryKind, Role, ScheduledDay};
use crate::curriculum::schema::{MaterialKind, Module, Per};
use crate::l10n::Localizer;

#[derive(Debug, Clone, Serialize)]
pub struct PacketMeta {
    pub lang: String,
    pub dir: String,
    pub title: String,
    pub page_of: String,
    /// Shown at the foot of each page (the venue, if any).
    pub licence_label: String,
    pub venue: Option<String>,
    pub facilitators: Vec<String>,
    pub participants_label: String,
    pub paper: String,
    /// "Local contacts checked on ...", when the plan has local details.
    pub local_checked: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Row {
    pub time: String,
    pub what: String,
    pub module: Option<String>,
    pub minutes: u32,
    pub kind: String,
    pub optional: bool,
    /// Why the activity is there when it is not the module's own agenda:
    /// an energiser, or the reopening (and what it stands in for).
    pub note: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct DayView {
    pub heading: String,
    pub rows: Vec<Row>,
    pub end: String,
    pub hard_end: Option<String>,
    pub overrun: Option<OverrunView>,
}

#[derive(Debug, Clone, Serialize)]
pub struct OverrunView {
    pub text: String,
    pub fixes_intro: String,
    pub fixes: Vec<String>,
    pub not_enough: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CheckGroup {
    pub kind: String,
    pub label: String,
    pub items: Vec<CheckItem>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CheckItem {
    /// The material's YAML id (or `handout:<module>:<handout>` for printed
    /// handouts). Items are merged by id, never by name, so every language
    /// of a packet has the same rows in the same order.
    pub id: String,
    pub name: String,
    pub quantity: u32,
}

#[derive(Debug, Clone, Serialize)]
pub struct PrintRow {
    pub document: String,
    pub file: String,
    pub pages: u32,
    pub copies: u32,
    pub double_sided: bool,
    pub sides: String,
    pub sheets: u32,
}

#[derive(Debug, Clone, Serialize)]
pub struct PacketDoc {
    pub meta: PacketMeta,
    pub labels: BTreeMap<String, String>,
    pub days: Vec<DayView>,
    pub checklist_intro: String,
    pub checklist: Vec<CheckGroup>,
    pub print: Vec<PrintRow>,
    pub print_total: u32,
    /// The support directory, when the plan has local details.
    pub directory: Option<super::local::DirectoryDoc>,
    /// What the plan's local details leave to fill in by hand.
    pub write_ins: Vec<super::local::WriteIn>,
}

/// A document in the print list, before localization.
#[derive(Debug, Clone)]
pub struct Printable {
    /// Message id of its name, or a module/handout title to look up.
    pub name: PrintName,
    pub file: String,
    pub pages: u32,
    pub copies: u32,
    pub double_sided: bool,
}

#[derive(Debug, Clone)]
pub enum PrintName {
    Label(&'static str),
    Guide { module: String },
    Handout { module: String, handout: String },
}

impl Printable {
    pub fn sheets(&self) -> u32 {
        let per_copy = if self.double_sided {
            self.pages.div_ceil(2)
        } else {
            self.pages
        };
        per_copy * self.copies
    }
}

/// How many small groups the participants make.
pub fn groups(plan: &Plan) -> u32 {
    plan.participants.div_ceil(plan.group_size.max(1))
}

/// One material's total over the packet, before its name is looked up.
#[derive(Debug, Clone)]
pub struct MaterialTotal {
    pub module: String,
    pub id: String,
    pub kind: MaterialKind,
    pub quantity: u32,
}

/// Markers and room setup are used again and again: count the largest need.
/// Paper, printed matter and other supplies are used up: add them up.
fn reusable(kind: MaterialKind) -> bool {
    matches!(kind, MaterialKind::Markers | MaterialKind::RoomSetup)
}

/// Adds up the materials of the modules as the plan runs them.
pub fn material_totals(plan: &Plan, modules: &[Module]) -> Vec<MaterialTotal> {
    let groups = groups(plan);
    let mut out: Vec<MaterialTotal> = Vec::new();
    for m in modules {
        for a in &m.agenda {
            for mat in &a.materials {
                let q = match mat.per {
                    Per::Participant => mat.quantity * plan.participants,
                    Per::Group => mat.quantity * groups,
                    Per::Room => mat.quantity,
                };
                match out.iter_mut().find(|t| t.module == m.id && t.id == mat.id) {
                    Some(t) if reusable(t.kind) => t.quantity = t.quantity.max(q),
                    Some(t) => t.quantity += q,
                    None => out.push(MaterialTotal {
                        module: m.id.clone(),
                        id: mat.id.clone(),
                        kind: mat.kind,
                        quantity: q,
                    }),
                }
            }
        }
    }
    out
}

pub fn clock(l10n: &Localizer, minutes_after_midnight: u32) -> String {
    let t = minutes_after_midnight % (24 * 60);
    let h = t / 60;
    let mut args = FluentArgs::new();
    args.set("hour24", FluentValue::from(h));
    args.set(
        "hour12",
        FluentValue::from(if h.is_multiple_of(12) { 12 } else { h % 12 }),
    );
    args.set("minute", FluentValue::from(format!("{:02}", t % 60)));
    args.set("ampm", FluentValue::from(if h < 12 { "am" } else { "pm" }));
    l10n.msg_args("ui-clock", &args)
}

/// ISO weekday (1 = Monday) of a date.
fn weekday(y: i32, m: u32, d: u32) -> u32 {
    // Days since 1970-01-01 (a Thursday), Howard Hinnant's days_from_civil.
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (i64::from(m) + 9) % 12;
    let doy = (153 * mp + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    ((days + 3).rem_euclid(7) + 1) as u32
}

pub struct Inputs<'a> {
    pub plan: &'a Plan,
    pub days: &'a [ScheduledDay],
    /// The modules as the plan runs them.
    pub modules: &'a [Module],
    pub materials: &'a [MaterialTotal],
    pub printables: &'a [Printable],
    /// One localizer per module id, for module titles and material names.
    pub module_l10n: &'a BTreeMap<String, Localizer<'a>>,
    pub labels: BTreeMap<String, String>,
    /// What is left to fill in by hand, in this language.
    pub write_ins: &'a [super::local::WriteIn],
}

/// Builds the packet model in the language of `l10n` (a localizer for the
/// common labels and `plans.ftl`).
pub fn localize(l10n: &Localizer, inputs: &Inputs) -> PacketDoc {
    let plan = inputs.plan;
    let module_msg = |module: &str, id: &str| -> String {
        inputs
            .module_l10n
            .get(module)
            .map(|l| crate::localize::paragraphs(&l.msg(id)).join(" "))
            .unwrap_or_default()
    };
    let title = match &plan.title {
        Title::Literal(s) => s.clone(),
        Title::Message { message } => l10n.msg(message),
    };
    let mut page = FluentArgs::new();
    page.set("page", FluentValue::from("{page}"));
    page.set("total", FluentValue::from("{total}"));
    let mut pv = FluentArgs::new();
    pv.set("participants", FluentValue::from(plan.participants));
    pv.set("size", FluentValue::from(plan.group_size));
    pv.set("groups", FluentValue::from(groups(plan)));

    let days = inputs
        .days
        .iter()
        .enumerate()
        .map(|(i, day)| {
            let date = crate::localize::date(l10n, &day.date);
            let mut wd = FluentArgs::new();
            if let Some((y, m, d)) = crate::curriculum::parse_date(&day.date) {
                wd.set("weekday", FluentValue::from(weekday(y, m, d)));
            }
            wd.set("date", FluentValue::from(date));
            let mut dn = FluentArgs::new();
            dn.set("number", FluentValue::from(i + 1));
            let heading = format!(
                "{} · {}",
                l10n.msg_args("ui-day", &dn),
                l10n.msg_args("ui-weekday-date", &wd)
            );
            let rows = day
                .entries
                .iter()
                .map(|e| {
                    let time = format!("{}–{}", clock(l10n, e.start), clock(l10n, e.end()));
                    match &e.kind {
                        EntryKind::Break => Row {
                            time,
                            what: l10n.msg("ui-break"),
                            module: None,
                            minutes: e.minutes,
                            kind: "break".into(),
                            optional: false,
                            note: None,
                        },
                        EntryKind::Meal => Row {
                            time,
                            what: l10n.msg("ui-meal"),
                            module: None,
                            minutes: e.minutes,
                            kind: "meal".into(),
                            optional: false,
                            note: None,
                        },
                        EntryKind::Activity {
                            module,
                            activity,
                            optional,
                            role,
                        } => Row {
                            time,
                            what: module_msg(module, &crate::ids::activity(activity, "title")),
                            module: Some(module_msg(module, &crate::ids::module_title())),
                            minutes: e.minutes,
                            kind: "activity".into(),
                            optional: *optional,
                            note: match role {
                                Role::Agenda => None,
                                Role::Energiser => Some(l10n.msg("ui-run-energiser")),
                                Role::Reopening { replaces } if replaces.is_empty() => {
                                    Some(l10n.msg("ui-run-reopening"))
                                }
                                Role::Reopening { replaces } => {
                                    let names: Vec<String> = replaces
                                        .iter()
                                        .map(|a| {
                                            module_msg(module, &crate::ids::activity(a, "title"))
                                        })
                                        .collect();
                                    let mut args = FluentArgs::new();
                                    args.set("activities", FluentValue::from(names.join(", ")));
                                    Some(l10n.msg_args("ui-run-reopening-replaces", &args))
                                }
                            },
                        },
                    }
                })
                .collect();
            let overrun = day.overrun.as_ref().map(|o| {
                let mut a = FluentArgs::new();
                a.set("minutes", FluentValue::from(o.minutes));
                a.set(
                    "time",
                    FluentValue::from(day.hard_end.map(|t| clock(l10n, t)).unwrap_or_default()),
                );
                let mut rest = FluentArgs::new();
                let recovered: u32 = o.fixes.iter().map(|f| f.2).sum();
                rest.set(
                    "minutes",
                    FluentValue::from(o.minutes.saturating_sub(recovered)),
                );
                let mut mins = FluentArgs::new();
                OverrunView {
                    text: l10n.msg_args("ui-overrun", &a),
                    fixes_intro: l10n.msg("ui-overrun-fix"),
                    fixes: o
                        .fixes
                        .iter()
                        .map(|(m, act, min)| {
                            mins.set("minutes", FluentValue::from(*min));
                            format!(
                                "{} ({}) — {}",
                                module_msg(m, &crate::ids::activity(act, "title")),
                                module_msg(m, &crate::ids::module_title()),
                                l10n.msg_args("ui-minutes", &mins)
                            )
                        })
                        .collect(),
                    not_enough: (!o.enough).then(|| l10n.msg_args("ui-overrun-not-enough", &rest)),
                }
            });
            DayView {
                heading,
                rows,
                end: clock(l10n, day.end()),
                hard_end: day.hard_end.map(|t| {
                    let mut a = FluentArgs::new();
                    a.set("time", FluentValue::from(clock(l10n, t)));
                    l10n.msg_args("ui-hard-end", &a)
                }),
                overrun,
            }
        })
        .collect();

    // Materials, grouped by kind, merged by id within a kind: modules that
    // share a material id share one row, named as the first module names it.
    // Merging by name would give a bilingual packet different rows in each
    // language whenever two modules name a material alike in one language
    // and not in the other.
    let mut checklist: Vec<CheckGroup> = Vec::new();
    for kind in MaterialKind::ALL {
        let mut items: Vec<CheckItem> = Vec::new();
        for t in inputs.materials.iter().filter(|t| t.kind == *kind) {
            match items.iter_mut().find(|i| i.id == t.id) {
                Some(i) if reusable(*kind) => i.quantity = i.quantity.max(t.quantity),
                Some(i) => i.quantity += t.quantity,
                None => items.push(CheckItem {
                    id: t.id.clone(),
                    name: module_msg(&t.module, &crate::ids::material(&t.id)),
                    quantity: t.quantity,
                }),
            }
        }
        if *kind == MaterialKind::Printed {
            for p in inputs.printables {
                if let PrintName::Handout { module, handout } = &p.name {
                    items.push(CheckItem {
                        id: format!("handout:{module}:{handout}"),
                        name: module_msg(module, &crate::ids::handout(handout, "title")),
                        quantity: p.copies,
                    });
                }
            }
        }
        if !items.is_empty() {
            checklist.push(CheckGroup {
                kind: kind.as_str().into(),
                label: l10n.msg(&kind.label_id()),
                items,
            });
        }
    }
    let mut ci = FluentArgs::new();
    ci.set("participants", FluentValue::from(plan.participants));
    ci.set("groups", FluentValue::from(groups(plan)));

    let print: Vec<PrintRow> = inputs
        .printables
        .iter()
        .map(|p| PrintRow {
            document: match &p.name {
                PrintName::Label(id) => l10n.msg(id),
                PrintName::Guide { module } => format!(
                    "{}: {}",
                    l10n.msg("ui-facilitator-guide"),
                    module_msg(module, &crate::ids::module_title())
                ),
                PrintName::Handout { module, handout } => {
                    module_msg(module, &crate::ids::handout(handout, "title"))
                }
            },
            file: p.file.clone(),
            pages: p.pages,
            copies: p.copies,
            double_sided: p.double_sided,
            sides: l10n.msg(if p.double_sided {
                "ui-double-sided"
            } else {
                "ui-single-sided"
            }),
            sheets: p.sheets(),
        })
        .collect();
    let print_total = print.iter().map(|r| r.sheets).sum();

    PacketDoc {
        meta: PacketMeta {
            lang: l10n.requested().to_string(),
            dir: "ltr".into(),
            title: title.clone(),
            page_of: l10n.msg_args("ui-page-of", &page),
            licence_label: plan.venue.clone().unwrap_or_default(),
            venue: plan.venue.clone(),
            facilitators: plan.facilitators.clone(),
            participants_label: l10n.msg_args("ui-participants-value", &pv),
            paper: plan.paper.clone(),
            local_checked: plan
                .local
                .as_ref()
                .map(|local| super::local::checked_label(l10n, local)),
        },
        labels: inputs.labels.clone(),
        days,
        checklist_intro: l10n.msg_args("ui-checklist-intro", &ci),
        checklist,
        directory: plan
            .local
            .as_ref()
            .map(|local| super::local::directory(l10n, local, &title, inputs.labels.clone())),
        print,
        print_total,
        write_ins: inputs.write_ins.to_vec(),
    }
}

/// The facilitator's README: what is in the folder and in what order to
/// print it, in each language of the packet.
pub fn readme(l10n: &Localizer, doc: &PacketDoc) -> String {
    let mut s = String::new();
    s.push_str(&doc.meta.title);
    s.push('\n');
    s.push_str(&"=".repeat(doc.meta.title.chars().count().max(3)));
    s.push_str("\n\n");
    s.push_str(&l10n.msg("ui-readme-intro"));
    s.push_str("\n\n");
    s.push_str(&l10n.msg("ui-readme-order"));
    s.push('\n');
    let mut order = vec![
        "ui-readme-run-sheet",
        "ui-readme-checklist",
        "ui-readme-print-list",
        "ui-readme-guides",
        "ui-readme-handouts",
    ];
    if doc.directory.is_some() {
        order.push("ui-readme-directory");
    }
    for (n, id) in order.iter().enumerate() {
        s.push_str(&format!("  {}. {}\n", n + 1, l10n.msg(id)));
    }
    s.push('\n');
    if let Some(checked) = &doc.meta.local_checked {
        s.push_str(checked);
        s.push_str("\n\n");
    }
    if !doc.write_ins.is_empty() {
        s.push_str(&l10n.msg("ui-readme-fill-in"));
        s.push('\n');
        for w in &doc.write_ins {
            s.push_str(&format!("  - {}  ({})\n", w.text, w.files.join(", ")));
        }
        s.push('\n');
    }
    s.push_str(&l10n.msg("ui-readme-files"));
    s.push_str(":\n");
    for r in &doc.print {
        s.push_str(&format!("  {}  ({})\n", r.file, r.document));
    }
    s
}
