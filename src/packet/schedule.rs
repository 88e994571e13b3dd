//! Turning a plan into clock times: every activity, break and meal of every
//! day gets a start and an end, and a day that runs past its hard end time
//! says by how much and which optional activities would recover it.

use crate::curriculum::schema::Module;
use crate::project::Project;

use super::plan::{parse_time, Item, Plan};

/// What one entry of the run sheet is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EntryKind {
    Activity {
        module: String,
        activity: String,
        optional: bool,
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
/// overridden, activities marked optional, and the total recomputed.
pub fn apply(item: &Item, module: &Module) -> Module {
    let mut m = module.clone();
    m.agenda.retain(|a| !item.drop.contains(&a.id));
    for a in &mut m.agenda {
        if let Some(min) = item.minutes.get(&a.id) {
            a.minutes = *min;
        }
        if item.optional.contains(&a.id) {
            a.optional = true;
        }
    }
    m.total_minutes = m.agenda.iter().map(|a| a.minutes).sum();
    // Handouts no remaining activity uses are not printed.
    let used: Vec<String> = m.agenda.iter().flat_map(|a| a.handouts.clone()).collect();
    m.handouts.retain(|h| used.contains(&h.id));
    m
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
            for item in &day.items {
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
                    let m = apply(item, &lm.module);
                    for a in &m.agenda {
                        entries.push(Entry {
                            start: clock,
                            minutes: a.minutes,
                            kind: EntryKind::Activity {
                                module: m.id.clone(),
                                activity: a.id.clone(),
                                optional: a.optional,
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
