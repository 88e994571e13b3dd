//! Rendering the localized model into documents.

pub mod html;
pub mod templates;
