//! The module schema: what `curricula/<id>/module.yaml` may contain.
//!
//! YAML carries structure only (ids, minutes, methods, quantities, URLs).
//! Every field that a person reads is a Fluent message whose id is derived
//! from these ids by [`crate::ids`]. Unknown fields are rejected so that a
//! typo is an error rather than a silently ignored line.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Module {
    pub id: String,
    pub version: String,
    pub licence: String,
    /// Facts and law are current as of this date (`YYYY-MM-DD`).
    pub current_as_of: String,
    /// The stated length; the agenda must add up to it.
    pub total_minutes: u32,
    pub group_size: GroupSize,
    pub objectives: Vec<String>,
    #[serde(default)]
    pub safety: Vec<String>,
    pub agenda: Vec<Activity>,
    #[serde(default)]
    pub handouts: Vec<Handout>,
    #[serde(default)]
    pub sources: Vec<SourceRef>,
    /// Short activities to run when the group needs energy (after a meal);
    /// not counted in `total_minutes`.
    #[serde(default)]
    pub energisers: Vec<Activity>,
    /// A short activity that replaces the opening when this module follows
    /// another one on the same day.
    #[serde(default)]
    pub reopening: Option<Activity>,
    /// Facilitator-only: what to do a week before, the day before, on the
    /// day and after.
    #[serde(default)]
    pub preparation_timeline: PreparationTimeline,
    /// Facilitator-only notes on interpretation and language access.
    #[serde(default)]
    pub interpretation: Vec<String>,
    /// Fluent terms (without the leading `-`) that a plan's local details
    /// fill: `{ org-placeholder: organisation.name, legal-aid-placeholder: legal-aid }`.
    /// Without local details for them, they stay as write-in blanks.
    #[serde(default)]
    pub local_terms: std::collections::BTreeMap<String, LocalRef>,
}

/// Which part of a local contact fills a placeholder.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum ContactPart {
    /// The name, and the phone number when there is one.
    Contact,
    Name,
    Phone,
}

/// A reference to a plan's local contact: `legal-aid` (name and phone),
/// `legal-aid.name` or `legal-aid.phone`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LocalRef {
    pub kind: ContactKind,
    pub part: ContactPart,
}

impl LocalRef {
    pub fn parse(s: &str) -> Option<LocalRef> {
        let (kind, part) = match s.split_once('.') {
            None => (s, ContactPart::Contact),
            Some((k, "name")) => (k, ContactPart::Name),
            Some((k, "phone")) => (k, ContactPart::Phone),
            Some(_) => return None,
        };
        let kind = *ContactKind::ALL.iter().find(|c| c.as_str() == kind)?;
        Some(LocalRef { kind, part })
    }
}

impl std::fmt::Display for LocalRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.kind.as_str())?;
        match self.part {
            ContactPart::Contact => Ok(()),
            ContactPart::Name => f.write_str(".name"),
            ContactPart::Phone => f.write_str(".phone"),
        }
    }
}

impl<'de> Deserialize<'de> for LocalRef {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        LocalRef::parse(&s).ok_or_else(|| {
            let kinds: Vec<&str> = ContactKind::ALL.iter().map(|k| k.as_str()).collect();
            serde::de::Error::custom(format!(
                "`{s}` is not a local contact; use one of {}, optionally followed by `.name` or `.phone`",
                kinds.join(", ")
            ))
        })
    }
}

impl Serialize for LocalRef {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_string())
    }
}

#[derive(Debug, Clone, Default, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PreparationTimeline {
    #[serde(default)]
    pub week_before: Vec<String>,
    #[serde(default)]
    pub day_before: Vec<String>,
    #[serde(default)]
    pub on_the_day: Vec<String>,
    #[serde(default)]
    pub after: Vec<String>,
}

impl PreparationTimeline {
    /// The four moments in order: (YAML key, id part of the message id, items).
    pub fn moments(&self) -> [(&'static str, &'static str, &Vec<String>); 4] {
        [
            ("week_before", "week-before", &self.week_before),
            ("day_before", "day-before", &self.day_before),
            ("on_the_day", "on-the-day", &self.on_the_day),
            ("after", "after", &self.after),
        ]
    }

    pub fn is_empty(&self) -> bool {
        self.moments().iter().all(|m| m.2.is_empty())
    }
}

#[derive(Debug, Clone, Copy, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct GroupSize {
    pub min: u32,
    pub max: u32,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Activity {
    pub id: String,
    pub minutes: u32,
    pub method: Method,
    pub grouping: Grouping,
    #[serde(default)]
    pub stage: Option<Stage>,
    #[serde(default)]
    pub optional: bool,
    #[serde(default)]
    pub materials: Vec<Material>,
    #[serde(default)]
    pub preparation: Vec<String>,
    pub steps: Vec<Step>,
    #[serde(default)]
    pub notes: Vec<String>,
    #[serde(default)]
    pub debrief: Vec<String>,
    #[serde(default)]
    pub adaptations: Vec<Adaptation>,
    #[serde(default)]
    pub handouts: Vec<String>,
    #[serde(default)]
    pub sources: Vec<String>,
    /// Left out of a packet's run of the module when it follows another
    /// module on the same day (the reopening stands in for it).
    #[serde(default)]
    pub skip_when_continuing: bool,
}

impl Activity {
    /// The step ids, in order.
    pub fn step_ids(&self) -> Vec<String> {
        self.steps.iter().map(|s| s.id.clone()).collect()
    }
}

/// One step of an activity: `welcome` or `{ id: welcome, minutes: 3 }`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    pub id: String,
    pub minutes: Option<u32>,
}

#[derive(Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct TimedStep {
    id: String,
    minutes: u32,
}

impl<'de> Deserialize<'de> for Step {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = Step;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a step id, or `{ id: <step>, minutes: <n> }`")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Step, E> {
                Ok(Step {
                    id: v.to_string(),
                    minutes: None,
                })
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<Step, A::Error> {
                let t = TimedStep::deserialize(serde::de::value::MapAccessDeserializer::new(map))?;
                Ok(Step {
                    id: t.id,
                    minutes: Some(t.minutes),
                })
            }
        }
        d.deserialize_any(V)
    }
}

impl Serialize for Step {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.minutes {
            None => s.serialize_str(&self.id),
            Some(minutes) => TimedStep {
                id: self.id.clone(),
                minutes,
            }
            .serialize(s),
        }
    }
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Material {
    pub id: String,
    pub quantity: u32,
    pub per: Per,
    pub kind: MaterialKind,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Handout {
    pub id: String,
    pub kind: HandoutKind,
    #[serde(default)]
    pub sources: Vec<String>,
    pub sections: Vec<Section>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub id: String,
    #[serde(default)]
    pub body: bool,
    #[serde(default)]
    pub items: Vec<String>,
    #[serde(default)]
    pub prompts: Vec<Prompt>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Prompt {
    pub id: String,
    pub lines: u32,
    /// A local contact that answers the prompt: printed in place of the
    /// ruled lines when the plan's local details give it.
    #[serde(default)]
    pub local: Option<LocalRef>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SourceRef {
    pub id: String,
    pub year: u32,
    pub url: String,
}

/// Declares a closed set of kebab-case names, with the list of names for
/// error messages and the Fluent label id for each.
macro_rules! names {
    ($(#[$m:meta])* $name:ident, $label:literal { $($variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, Serialize)]
        pub enum $name {
            $(#[serde(rename = $text)] $variant),+
        }
        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }
            /// The id of the message in `common.ftl` that names this value.
            pub fn label_id(self) -> String {
                format!(concat!("ui-", $label, "-{}"), self.as_str())
            }
        }
    };
}

names!(
    /// How an activity is run.
    Method, "method" {
    Circle = "circle",
    Pairs = "pairs",
    SmallGroups = "small-groups",
    Plenary = "plenary",
    Sociodrama = "sociodrama",
    Mapping = "mapping",
    GalleryWalk = "gallery-walk",
    SpectrumLine = "spectrum-line",
    Timeline = "timeline",
    ProblemTree = "problem-tree",
    Reflection = "reflection",
    Presentation = "presentation",
    Fishbowl = "fishbowl",
    RolePlay = "role-play",
    Evaluation = "evaluation",
    Energiser = "energiser",
    Break = "break",
});

names!(
    /// How people are grouped during an activity.
    Grouping, "grouping" {
    WholeGroup = "whole-group",
    Pairs = "pairs",
    SmallGroups = "small-groups",
    Individual = "individual",
});

names!(
    /// Where an activity sits in the popular-education spiral.
    Stage, "stage" {
    Opening = "opening",
    Experience = "experience",
    Patterns = "patterns",
    NewInformation = "new-information",
    Practice = "practice",
    Action = "action",
    Closing = "closing",
});

names!(
    /// What a material quantity is counted per.
    Per, "per" {
    Participant = "participant",
    Group = "group",
    Room = "room",
});

names!(
    /// How the materials checklist groups a material.
    MaterialKind, "material-kind" {
    Paper = "paper",
    Markers = "markers",
    Printed = "printed",
    RoomSetup = "room-setup",
    Other = "other",
});

names!(
    /// A way to adapt an activity.
    Adaptation, "adaptation" {
    LowLiteracy = "low-literacy",
    LargeGroup = "large-group",
    ShortTime = "short-time",
    Online = "online",
});

names!(
    /// What a local contact is: the five a plan names directly
    /// (`organisation`, `legal_aid`...) and the kinds of its `more` list.
    ContactKind, "contact-kind" {
    Organisation = "organisation",
    LegalAid = "legal-aid",
    AccreditedRep = "accredited-rep",
    MentalHealth = "mental-health",
    Emergency = "emergency",
    RapidResponse = "rapid-response",
    Shelter = "shelter",
    Medical = "medical",
    Food = "food",
    Housing = "housing",
    DomesticViolence = "domestic-violence",
    LabourRights = "labour-rights",
    Interpretation = "interpretation",
    Other = "other",
});

names!(
    /// What a participant handout is.
    HandoutKind, "handout-kind" {
    Reading = "reading",
    Worksheet = "worksheet",
    PocketCard = "pocket-card",
});
