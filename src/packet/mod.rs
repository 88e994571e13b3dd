//! Workshop packets: one plan file in, a complete printable packet out.
//!
//! [`plan`] reads and checks the plan, [`schedule`] gives every item a
//! clock time, and [`model`] builds the localized run sheet, materials
//! checklist and print list. `commands::packet` renders and writes them,
//! with the module guides and handouts, into one folder that replaces the
//! previous one only when complete.

pub mod local;
pub mod model;
pub mod plan;
pub mod schedule;
