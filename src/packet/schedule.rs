//! Turning a plan into clock times: every activity, break and meal of every
//! day gets a start and an end, and a day that runs past its hard end time
//! says by how much and which optional activities would recover it.

use crate::curriculum::schema::Module;
use crate::project::Project;

use super::plan::{parse_time, Day, EnergiserChoice, Item, Plan};

/// Why an activity is in a module's run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Role {
    /// One of the module's agenda.
    Agenda,
    /// An energiser run at the start (after a meal, or asked for).
    Energiser,
    /// The reopening, standing in for these skipped agenda activities.
    Reopening { replaces: Vec<String> },
}

/// What one entry of the run sheet is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EntryKind {
    Activity {
        module: String,
        activity: String,
        optional: bool,
        role: Role,
        /// The minutes before consecutive interpretation lengthened it.
        interpreted_from: Option<u32>,
    },
    Break,
    Meal,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Minutes after midnight.
    pub start: u32,
    pub minutes: u32,
    pub kind: EntryKind,
}

impl Entry {
    pub fn end(&self) -> u32 {
        self.start + self.minutes
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Overrun {
    /// How many minutes past the hard end the day runs.
    pub minutes: u32,
    /// Optional activities that, cut, would recover the time (longest
    /// first, stopping once enough is recovered): (module, activity, minutes).
    pub fixes: Vec<(String, String, u32)>,
    /// Whether cutting `fixes` recovers all of it.
    pub enough: bool,
}

#[derive(Debug, Clone)]
pub struct ScheduledDay {
    pub date: String,
    pub start: u32,
    pub hard_end: Option<u32>,
    pub entries: Vec<Entry>,
    pub overrun: Option<Overrun>,
}

impl ScheduledDay {
    pub fn end(&self) -> u32 {
        self.entries.last().map(Entry::end).unwrap_or(self.start)
    }
}

/// A module as the plan runs it: dropped activities removed, minutes
/// overridden, activities marked optional, and the total recomputed. This
/// is the run on its own; [`apply_in_day`] adds what its place in the day
/// asks for (an energiser, the reopening).
pub fn apply(item: &Item, module: &Module) -> Module {
    let mut m = module.clone();
    m.agenda.retain(|a| !item.drop.contains(&a.id));
    for a in &mut m.agenda {
        if let Some(min) = item.minutes.get(&a.id) {
            a.minutes = *min;
            rescale_steps(a);
        }
        if item.optional.contains(&a.id) {
            a.optional = true;
        }
    }
    finish(&mut m);
    m
}

fn finish(m: &mut Module) {
    m.total_minutes = m.agenda.iter().map(|a| a.minutes).sum();
    // Handouts no remaining activity uses are not printed.
    let used: Vec<String> = m.agenda.iter().flat_map(|a| a.handouts.clone()).collect();
    m.handouts.retain(|h| used.contains(&h.id));
}

/// When a plan gives an activity a new length, its timed steps are scaled
/// to add up to it (largest remainders first); when there are fewer minutes
/// than steps, the steps lose their times.
fn rescale_steps(a: &mut crate::curriculum::schema::Activity) {
    let old: u32 = a.steps.iter().filter_map(|s| s.minutes).sum();
    if old == 0 || a.steps.iter().any(|s| s.minutes.is_none()) || old == a.minutes {
        return;
    }
    if (a.minutes as usize) < a.steps.len() {
        for s in &mut a.steps {
            s.minutes = None;
        }
        return;
    }
    let target = u64::from(a.minutes);
    let mut shares: Vec<(usize, u64, u64)> = a
        .steps
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let exact = u64::from(s.minutes.unwrap_or(0)) * target;
            (i, (exact / u64::from(old)).max(1), exact % u64::from(old))
        })
        .collect();
    let mut given: u64 = shares.iter().map(|s| s.1).sum();
    // Hand out what is left to the largest remainders; take back from the
    // longest steps if the minimum of one minute gave too much.
    let mut order: Vec<usize> = (0..shares.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse((shares[i].2, shares[i].1)));
    let mut k = 0;
    while given < target {
        shares[order[k % order.len()]].1 += 1;
        given += 1;
        k += 1;
    }
    while given > target {
        if let Some(longest) = shares.iter_mut().filter(|s| s.1 > 1).max_by_key(|s| s.1) {
            longest.1 -= 1;
            given -= 1;
        } else {
            break;
        }
    }
    for (i, minutes, _) in shares {
        a.steps[i].minutes = Some(minutes as u32);
    }
}

/// Whether the item at `index` of `day` continues the day of another
/// module, and which energiser (if any) opens it.
fn place_in_day<'m>(
    day: &Day,
    index: usize,
    module: &'m Module,
) -> (bool, Option<&'m crate::curriculum::schema::Activity>) {
    let item = &day.items[index];
    let after_meal = index > 0 && day.items[index - 1].meal.is_some();
    let follows_module = day.items[..index].iter().any(|i| i.module.is_some());
    let continuing = item.continuing.unwrap_or(follows_module);
    let energiser = match &item.energiser {
        None => module.energisers.first().filter(|_| after_meal),
        Some(EnergiserChoice::Flag(false)) => None,
        Some(EnergiserChoice::Flag(true)) => module.energisers.first(),
        Some(EnergiserChoice::Id(id)) => module.energisers.iter().find(|e| &e.id == id),
    };
    (continuing, energiser)
}

/// A module as the plan runs it at its place in a day: [`apply`], then,
/// when it continues the day of another module, without its
/// `skip_when_continuing` activities and opening with its reopening; and,
/// directly after a meal (or when the plan asks), opening with an energiser.
pub fn apply_in_day(day: &Day, index: usize, module: &Module) -> Module {
    let mut m = apply(&day.items[index], module);
    let (continuing, energiser) = place_in_day(day, index, module);
    if continuing {
        m.agenda.retain(|a| !a.skip_when_continuing);
        if let Some(r) = &module.reopening {
            m.agenda.insert(0, r.clone());
        }
    }
    if let Some(e) = energiser {
        m.agenda.insert(0, e.clone());
    }
    finish(&mut m);
    m
}

/// Lengthens the talk-based activities of a run when the plan's room uses
/// consecutive interpretation (see [`super::plan::Interpretation`]), their
/// timed steps scaled to match. Returns each lengthened activity with its
/// minutes before.
pub fn interpret(m: &mut Module, plan: &Plan) -> Vec<(String, u32)> {
    let Some(i) = plan
        .interpretation
        .as_ref()
        .filter(|i| i.percent().is_some())
    else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for a in &mut m.agenda {
        if super::plan::Interpretation::lengthens(a) {
            let before = a.minutes;
            a.minutes = i.minutes(before);
            if a.minutes != before {
                rescale_steps(a);
                out.push((a.id.clone(), before));
            }
        }
    }
    finish(m);
    out
}

/// Every module run of the plan, in order: the plan item and the module as
/// that item runs it. Items naming no known module are left out.
pub fn runs<'p>(plan: &'p Plan, project: &Project) -> Vec<(&'p Item, Module)> {
    let mut out = Vec::new();
    for day in &plan.days {
        for (i, item) in day.items.iter().enumerate() {
            if let Some(lm) = item.module.as_deref().and_then(|id| project.module(id)) {
                let mut m = apply_in_day(day, i, &lm.module);
                interpret(&mut m, plan);
                out.push((item, m));
            }
        }
    }
    out
}

/// Why `activity` is in `run`, a run of `original`.
fn role(original: &Module, run: &Module, activity: &str) -> Role {
    if original.energisers.iter().any(|e| e.id == activity) {
        Role::Energiser
    } else if original
        .reopening
        .as_ref()
        .is_some_and(|r| r.id == activity)
    {
        Role::Reopening {
            replaces: original
                .agenda
                .iter()
                .filter(|a| a.skip_when_continuing && run.agenda.iter().all(|b| b.id != a.id))
                .map(|a| a.id.clone())
                .collect(),
        }
    } else {
        Role::Agenda
    }
}

/// Lays out every day. Expects a validated plan whose modules exist.
pub fn schedule(plan: &Plan, project: &Project) -> Vec<ScheduledDay> {
    plan.days
        .iter()
        .map(|day| {
            let start = parse_time(&day.start).unwrap_or(0);
            let hard_end = day.end.as_deref().and_then(parse_time);
            let mut clock = start;
            let mut entries = Vec::new();
            for (index, item) in day.items.iter().enumerate() {
                if let Some(min) = item.break_minutes {
                    entries.push(Entry {
                        start: clock,
                        minutes: min,
                        kind: EntryKind::Break,
                    });
                    clock += min;
                } else if let Some(min) = item.meal {
                    entries.push(Entry {
                        start: clock,
                        minutes: min,
                        kind: EntryKind::Meal,
                    });
                    clock += min;
                } else if let Some(lm) = item.module.as_deref().and_then(|id| project.module(id)) {
                    let mut m = apply_in_day(day, index, &lm.module);
                    let lengthened = interpret(&mut m, plan);
                    for a in &m.agenda {
                        entries.push(Entry {
                            start: clock,
                            minutes: a.minutes,
                            kind: EntryKind::Activity {
                                module: m.id.clone(),
                                activity: a.id.clone(),
                                optional: a.optional,
                                role: role(&lm.module, &m, &a.id),
                                interpreted_from: lengthened
                                    .iter()
                                    .find(|l| l.0 == a.id)
                                    .map(|l| l.1),
                            },
                        });
                        clock += a.minutes;
                    }
                }
            }
            let overrun = hard_end.and_then(|end| {
                let over = clock.checked_sub(end).filter(|o| *o > 0)?;
                let mut optional: Vec<(String, String, u32)> = entries
                    .iter()
                    .filter_map(|e| match &e.kind {
                        EntryKind::Activity {
                            module,
                            activity,
                            optional: true,
                            ..
                        } => Some((module.clone(), activity.clone(), e.minutes)),
                        _ => None,
                    })
                    .collect();
                // Longest first: the fewest cuts that recover the time.
                optional.sort_by_key(|o| std::cmp::Reverse(o.2));
                let mut fixes = Vec::new();
                let mut recovered = 0;
                for o in optional {
                    if recovered >= over {
                        break;
                    }
                    recovered += o.2;
                    fixes.push(o);
                }
                Some(Overrun {
                    minutes: over,
                    fixes,
                    enough: recovered >= over,
                })
            });
            ScheduledDay {
                date: day.date.clone(),
                start,
                hard_end,
                entries,
                overrun,
            }
        })
        .collect()
}
