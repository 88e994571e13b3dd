//! PDF output through an embedded Typst.
//!
//! The localized model reaches Typst as JSON data in a virtual file
//! (`/data.json`) that the template reads with `json(...)`. No translated
//! text is ever spliced into Typst markup, so `#`, `*`, `_`, `$`, `@` and `<`
//! in a translation come out as themselves.
//!
//! Only the fonts embedded in the binary are used, and the PDF timestamp is
//! fixed (from `SOURCE_DATE_EPOCH`, else from the module's date), so the same
//! inputs give the same bytes on every machine.
//!
//! One [`Typst`] (fonts and standard library) serves a whole run. Typst
//! memoizes layout work in a process-wide cache; [`render`] evicts what has
//! not been used recently after each document, so a run of a thousand PDFs
//! uses about as much memory as a run of ten.

use std::collections::HashMap;

use typst::diag::{FileError, FileResult, Severity as TypstSeverity, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime, Smart};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World, WorldExt};
use typst_kit::fonts::FontStore;
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards, Timestamp};

use super::templates::Template;
use crate::diag::{Diagnostic, Diagnostics, Severity};
use crate::source::Sources;

/// What Typst needs that is the same for every document: fonts and the
/// standard library. Build it once per run.
pub struct Typst {
    fonts: FontStore,
    library: LazyHash<Library>,
}

impl Default for Typst {
    fn default() -> Self {
        Self::new()
    }
}

impl Typst {
    pub fn new() -> Typst {
        let mut fonts = FontStore::new();
        fonts.extend(typst_kit::fonts::embedded());
        Typst {
            fonts,
            // `a11y-extras` gives templates `pdf.header-cell`, for the row
            // headers of key–value tables.
            library: LazyHash::new(
                Library::builder()
                    .with_features([typst::Feature::A11yExtras].into_iter().collect())
                    .build(),
            ),
        }
    }
}

/// One PDF to make.
pub struct PdfJob<'a> {
    /// The main template (`guide.typ`, `handout.typ` or `cards.typ`).
    pub main: &'static str,
    /// The JSON data the template reads.
    pub data: Vec<u8>,
    /// Stable identifier of the document (for the PDF's document id).
    pub ident: String,
    pub timestamp: Datetime,
    /// Used in error messages ("rights-at-borders/es/guide.pdf").
    pub name: &'a str,
    /// Enforce PDF/UA-1 (tagged, every glyph in an embedded font). Off only
    /// for the pseudo-locales, whose invented letters no font has.
    pub accessible: bool,
}

/// How many documents a cached Typst result survives unused.
const CACHE_AGE: usize = 4;

fn file_id(path: &str) -> FileId {
    RootedPath::new(
        VirtualRoot::Project,
        VirtualPath::new(path).expect("template paths are valid virtual paths"),
    )
    .intern()
}

struct MemWorld<'a> {
    typst: &'a Typst,
    main: FileId,
    sources: HashMap<FileId, Source>,
    data_id: FileId,
    data: Bytes,
    today: Datetime,
}

impl World for MemWorld<'_> {
    fn library(&self) -> &LazyHash<Library> {
        &self.typst.library
    }
    fn book(&self) -> &LazyHash<FontBook> {
        self.typst.fonts.book()
    }
    fn main(&self) -> FileId {
        self.main
    }
    fn source(&self, id: FileId) -> FileResult<Source> {
        self.sources
            .get(&id)
            .cloned()
            .ok_or_else(|| FileError::NotFound(id.vpath().get_without_slash().into()))
    }
    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.data_id {
            return Ok(self.data.clone());
        }
        match self.sources.get(&id) {
            Some(s) => Ok(Bytes::from_string(s.text().to_string())),
            // No file outside the template set and the data can be read: no
            // system files, no packages, no network.
            None => Err(FileError::NotFound(id.vpath().get_without_slash().into())),
        }
    }
    fn font(&self, index: usize) -> Option<Font> {
        self.typst.fonts.font(index)
    }
    fn today(&self, _offset: Option<typst::foundations::Duration>) -> Option<Datetime> {
        Some(self.today)
    }
}

/// The fixed timestamp for a document: `epoch` (seconds since 1970, which
/// the binary takes from `SOURCE_DATE_EPOCH`, as the reproducible-builds
/// convention asks) when given, else the given date at noon UTC.
pub fn timestamp(epoch: Option<i64>, fallback_ymd: Option<(i32, u32, u32)>) -> Datetime {
    if let Some(secs) = epoch {
        let days = secs.div_euclid(86_400);
        let rem = secs.rem_euclid(86_400);
        let (y, m, d) = civil_from_days(days);
        if let Some(dt) = Datetime::from_ymd_hms(
            y,
            m as u8,
            d as u8,
            (rem / 3600) as u8,
            ((rem % 3600) / 60) as u8,
            (rem % 60) as u8,
        ) {
            return dt;
        }
    }
    let (y, m, d) = fallback_ymd.unwrap_or((2026, 1, 1));
    Datetime::from_ymd_hms(y, m as u8, d as u8, 12, 0, 0)
        .or_else(|| Datetime::from_ymd_hms(2026, 1, 1, 12, 0, 0))
        .expect("a valid fixed date")
}

/// Days since 1970-01-01 to (year, month, day), from Howard Hinnant's
/// `civil_from_days`.
fn civil_from_days(z: i64) -> (i32, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    ((y + i64::from(m <= 2)) as i32, m, d)
}

/// A rendered PDF and its number of pages.
pub struct Rendered {
    pub bytes: Vec<u8>,
    pub pages: usize,
}

/// Compiles one document to PDF bytes. Typst errors (in a user's template
/// override, usually) become located diagnostics.
pub fn render(
    typst: &Typst,
    templates: &[Template],
    job: &PdfJob,
    sources: &Sources,
    diags: &mut Diagnostics,
) -> Option<Rendered> {
    let mut typst_sources = HashMap::new();
    let mut by_id = HashMap::new();
    for t in templates.iter().filter(|t| t.name.ends_with(".typ")) {
        let id = file_id(&format!("/{}", t.name));
        typst_sources.insert(id, Source::new(id, sources.get(t.file).text.clone()));
        by_id.insert(id, t);
    }
    let main = file_id(&format!("/{}", job.main));
    let world = MemWorld {
        typst,
        main,
        sources: typst_sources,
        data_id: file_id("/data.json"),
        data: Bytes::new(job.data.clone()),
        today: job.timestamp,
    };
    let warned = typst::compile::<PagedDocument>(&world);
    // Keep the memo cache from growing with every document: entries unused
    // for a few documents are dropped (typst-cli does the same in watch
    // mode).
    typst::comemo::evict(CACHE_AGE);
    let to_diags = |list: &[SourceDiagnostic], diags: &mut Diagnostics| {
        for d in list {
            diags.push(convert(d, &world, &by_id, job.name));
        }
    };
    let doc = match warned.output {
        Ok(doc) => doc,
        Err(errors) => {
            to_diags(&errors, diags);
            return None;
        }
    };
    to_diags(&warned.warnings, diags);
    let options = PdfOptions {
        ident: Smart::Custom(job.ident.clone()),
        creator: Smart::Custom(Some("Puente".into())),
        timestamp: Some(Timestamp::new_utc(job.timestamp)),
        standards: if job.accessible {
            PdfStandards::new(&[PdfStandard::Ua_1]).unwrap_or_default()
        } else {
            PdfStandards::default()
        },
        ..PdfOptions::default()
    };
    match typst_pdf::pdf(&doc, &options) {
        Ok(bytes) => Some(Rendered {
            bytes,
            pages: doc.pages().len(),
        }),
        Err(errors) => {
            to_diags(&errors, diags);
            None
        }
    }
}

fn convert(
    d: &SourceDiagnostic,
    world: &MemWorld,
    templates: &HashMap<FileId, &Template>,
    doc: &str,
) -> Diagnostic {
    let severity = match d.severity {
        TypstSeverity::Error => Severity::Error,
        TypstSeverity::Warning => Severity::Warning,
    };
    let mut message = d.message.to_string();
    // The card template stops with this prefix when a card's text cannot fit.
    let code = if let Some(rest) = message.strip_prefix("panicked with: ") {
        message = rest.trim_matches('"').to_string();
        "pdf-layout"
    } else {
        "typst-error"
    };
    let mut out = Diagnostic::new(
        severity,
        code,
        crate::msg!("typst-error", document = doc, error = message),
    );
    if let Some(id) = d.span.id() {
        if let (Some(t), Some(range)) = (templates.get(&id), world.range(d.span)) {
            out = out.at(t.file, range, crate::msg!("label-here"));
            if t.overridden {
                out = out.with_note(crate::msg!("template-override-note"));
            }
        }
    }
    for hint in &d.hints {
        out = out.with_note(crate::msg!("typst-hint", hint = hint.v.to_string()));
    }
    out
}
