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
    pub steps: Vec<String>,
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
    /// What a participant handout is.
    HandoutKind, "handout-kind" {
    Reading = "reading",
    Worksheet = "worksheet",
    PocketCard = "pocket-card",
});
