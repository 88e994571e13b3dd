//! HTML output through Tera: one self-contained file per document (CSS
//! inlined, no external fetches), with print CSS for Letter or A4.

use std::collections::BTreeMap;
use std::sync::Arc;

use tera::{Context, Kwargs, State, Tera};

use super::templates::Template;
use crate::diag::{Diagnostic, Diagnostics};
use crate::localize::{HandoutDoc, LocalizedModule};
use crate::source::Sources;

/// A Tera instance for one locale, with `t(id=...)` reading that locale's
/// labels.
///
/// The labels are also in Tera's global context as `labels`, made once: a
/// guide or handout whose model holds the same labels is given to the
/// template without them (see [`Labels::given_by_engine`]), so that the
/// few hundred labels are not copied into every page's context. Templates
/// see the same `labels` either way.
pub struct Engine {
    tera: Tera,
    labels: Arc<BTreeMap<String, String>>,
}

impl Engine {
    /// Parses the templates. Syntax errors become diagnostics (with the
    /// template's file, line and column) and give `None`.
    pub fn new(
        templates: &[Template],
        labels: BTreeMap<String, String>,
        sources: &Sources,
        diags: &mut Diagnostics,
    ) -> Option<Engine> {
        let mut tera = Tera::new();
        tera.autoescape_on(vec![".html"]);
        tera.set_escape_fn(escape_html);
        tera.global_context().insert("labels", &labels);
        let labels = Arc::new(labels);
        let lookup = labels.clone();
        tera.register_function("t", move |kw: Kwargs, _: &State| -> tera::TeraResult<String> {
            let id: &str = kw.must_get("id")?;
            lookup.get(id).cloned().ok_or_else(|| {
                tera::Error::message(format!(
                    "t(): there is no label `{id}` in common.ftl (labels are `ui-*` messages without variables)"
                ))
            })
        });
        let raw: Vec<(&str, &str)> = templates
            .iter()
            .filter(|t| t.name.ends_with(".html"))
            .map(|t| (t.name, sources.get(t.file).text.as_str()))
            .collect();
        if let Err(e) = tera.add_raw_templates(raw) {
            diags.push(tera_diagnostic(&e, templates, sources));
            return None;
        }
        Some(Engine { tera, labels })
    }

    pub fn guide(
        &self,
        model: &LocalizedModule,
        templates: &[Template],
        sources: &Sources,
        diags: &mut Diagnostics,
    ) -> Option<String> {
        let bytes = self.guide_bytes(model, templates, sources, diags)?;
        utf8(bytes, templates, sources, diags)
    }

    /// [`Engine::guide`] as the bytes of the file.
    pub fn guide_bytes(
        &self,
        model: &LocalizedModule,
        templates: &[Template],
        sources: &Sources,
        diags: &mut Diagnostics,
    ) -> Option<Vec<u8>> {
        let given = self.gives(&model.labels);
        self.render_bytes("guide.html", model, given, templates, sources, diags)
    }

    pub fn handout(
        &self,
        doc: &HandoutDoc,
        templates: &[Template],
        sources: &Sources,
        diags: &mut Diagnostics,
    ) -> Option<String> {
        let bytes = self.handout_bytes(doc, templates, sources, diags)?;
        utf8(bytes, templates, sources, diags)
    }

    /// [`Engine::handout`] as the bytes of the file.
    pub fn handout_bytes(
        &self,
        doc: &HandoutDoc,
        templates: &[Template],
        sources: &Sources,
        diags: &mut Diagnostics,
    ) -> Option<Vec<u8>> {
        let given = self.gives(&doc.labels);
        self.render_bytes("handout.html", doc, given, templates, sources, diags)
    }

    /// Renders the template `name` with any serialisable data.
    pub fn render<T: serde::Serialize>(
        &self,
        name: &str,
        data: &T,
        templates: &[Template],
        sources: &Sources,
        diags: &mut Diagnostics,
    ) -> Option<String> {
        let bytes = self.render_bytes(name, data, false, templates, sources, diags)?;
        utf8(bytes, templates, sources, diags)
    }

    /// Whether a model's labels are this engine's own, so that the model
    /// can leave them to the global context.
    fn gives(&self, labels: &BTreeMap<String, String>) -> bool {
        *self.labels == *labels
    }

    /// Renders `name` into bytes; with `labels_given`, the model's `labels`
    /// are left out of its context (they are the engine's own).
    fn render_bytes<T: serde::Serialize>(
        &self,
        name: &str,
        data: &T,
        labels_given: bool,
        templates: &[Template],
        sources: &Sources,
        diags: &mut Diagnostics,
    ) -> Option<Vec<u8>> {
        let context = if labels_given {
            Labels::given_by_engine(|| Context::from_serialize(data))
        } else {
            Context::from_serialize(data)
        };
        let context = match context {
            Ok(c) => c,
            Err(e) => {
                diags.push(Diagnostic::error(
                    "template-error",
                    crate::msg!("template-data", name = name, error = e.to_string()),
                ));
                return None;
            }
        };
        let mut out = Vec::with_capacity(PAGE_CAPACITY);
        match self.tera.render_to(name, &context, &mut out) {
            Ok(()) => Some(out),
            Err(e) => {
                diags.push(tera_diagnostic(&e, templates, sources));
                None
            }
        }
    }
}

/// Room made for a page before rendering it: most guides and handouts fit,
/// so the buffer seldom grows.
const PAGE_CAPACITY: usize = 32 * 1024;

/// The page as text, checked as `Tera::render` checks it.
fn utf8(
    bytes: Vec<u8>,
    templates: &[Template],
    sources: &Sources,
    diags: &mut Diagnostics,
) -> Option<String> {
    match String::from_utf8(bytes) {
        Ok(s) => Some(s),
        Err(e) => {
            diags.push(tera_diagnostic(&tera::Error::from(e), templates, sources));
            None
        }
    }
}

/// Leaving a model's labels to the engine's global context while it is
/// turned into a template context.
pub struct Labels;

thread_local! {
    static GIVEN: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

impl Labels {
    /// Runs `f` (which serialises one model) with the model's labels
    /// skipped: they are the engine's own, which the template finds in the
    /// global context under the same name.
    fn given_by_engine<R>(f: impl FnOnce() -> R) -> R {
        struct Reset(bool);
        impl Drop for Reset {
            fn drop(&mut self) {
                GIVEN.with(|g| g.set(self.0));
            }
        }
        let _reset = Reset(GIVEN.with(|g| g.replace(true)));
        f()
    }

    /// For `#[serde(skip_serializing_if)]` on a model's `labels`: true only
    /// while an [`Engine`] that holds the same labels serialises it for a
    /// template. Everywhere else (the JSON for Typst, tests) they are kept.
    pub fn skip(_: &BTreeMap<String, String>) -> bool {
        GIVEN.with(|g| g.get())
    }
}

/// HTML escaping with Tera's own rules (`&`, `<`, `>`, `"` and `'`, the
/// last as `&#39;`), the same bytes as `tera::escape_html`, written a run
/// of plain text at a time instead of a byte at a time.
pub fn escape_html(input: &str, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let bytes = input.as_bytes();
    let mut start = 0;
    for (i, b) in bytes.iter().enumerate() {
        let entity: &[u8] = match b {
            b'&' => b"&amp;",
            b'<' => b"&lt;",
            b'>' => b"&gt;",
            b'"' => b"&quot;",
            b'\'' => b"&#39;",
            _ => continue,
        };
        if start < i {
            out.write_all(&bytes[start..i])?;
        }
        out.write_all(entity)?;
        start = i + 1;
    }
    if start < bytes.len() {
        out.write_all(&bytes[start..])?;
    }
    Ok(())
}

/// Turns a Tera error into a located diagnostic when it points into a
/// template we know.
fn tera_diagnostic(e: &tera::Error, templates: &[Template], sources: &Sources) -> Diagnostic {
    let report = match e.kind() {
        tera::ErrorKind::SyntaxError(r) | tera::ErrorKind::RenderingError(r) => Some(r),
        _ => None,
    };
    match report {
        Some(r) => {
            let mut d = Diagnostic::error(
                "template-error",
                crate::msg!("template-error", error = r.message()),
            );
            if let Some(t) = templates.iter().find(|t| t.name == r.filename()) {
                let len = sources.get(t.file).text.len();
                let span = r.span().range.start.min(len)..r.span().range.end.min(len);
                d = d.at(t.file, span, crate::msg!("label-here"));
                if t.overridden {
                    d = d.with_note(crate::msg!("template-override-note"));
                }
            }
            d
        }
        None => {
            let mut msg = e.to_string();
            let mut src = std::error::Error::source(e);
            while let Some(s) = src {
                msg.push_str(": ");
                msg.push_str(&s.to_string());
                src = s.source();
            }
            Diagnostic::error("template-error", crate::msg!("template-error", error = msg))
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    fn ours(s: &str) -> Vec<u8> {
        let mut out = Vec::new();
        super::escape_html(s, &mut out).unwrap();
        out
    }

    fn tera(s: &str) -> Vec<u8> {
        let mut out = Vec::new();
        tera::escape_html(s, &mut out).unwrap();
        out
    }

    #[test]
    fn escapes_what_tera_escapes() {
        for s in [
            "",
            "plain",
            "&",
            "<b>\"Rock & roll\"</b> isn't 'it'",
            "ends with <",
            "«¿Qué?» — 5 > 3 & 2 < 4",
        ] {
            assert_eq!(ours(s), tera(s), "{s:?}");
        }
    }

    proptest! {
        #[test]
        fn gives_the_same_bytes_as_tera(s in "[a-z&<>\"' é«\n]{0,40}") {
            prop_assert_eq!(ours(&s), tera(&s));
        }
    }
}
