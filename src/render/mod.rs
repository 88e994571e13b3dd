//! Rendering the localized model into documents.

pub mod html;
pub mod pdf;
pub mod templates;
