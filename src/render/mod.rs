//! Rendering the localized model into documents.

pub mod doc_build;
pub mod doc_lang;
pub mod doc_model;
pub mod docx;
pub mod html;
pub mod odt;
pub mod pdf;
pub mod templates;
