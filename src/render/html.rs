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
pub struct Engine {
    tera: Tera,
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
        let labels = Arc::new(labels);
        tera.register_function("t", move |kw: Kwargs, _: &State| -> tera::TeraResult<String> {
            let id: &str = kw.must_get("id")?;
            labels.get(id).cloned().ok_or_else(|| {
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
        Some(Engine { tera })
    }

    pub fn guide(
        &self,
        model: &LocalizedModule,
        templates: &[Template],
        sources: &Sources,
        diags: &mut Diagnostics,
    ) -> Option<String> {
        self.render("guide.html", model, templates, sources, diags)
    }

    pub fn handout(
        &self,
        doc: &HandoutDoc,
        templates: &[Template],
        sources: &Sources,
        diags: &mut Diagnostics,
    ) -> Option<String> {
        self.render("handout.html", doc, templates, sources, diags)
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
        let context = match Context::from_serialize(data) {
            Ok(c) => c,
            Err(e) => {
                diags.push(Diagnostic::error(
                    "template-error",
                    crate::msg!("template-data", name = name, error = e.to_string()),
                ));
                return None;
            }
        };
        match self.tera.render(name, &context) {
            Ok(s) => Some(s),
            Err(e) => {
                diags.push(tera_diagnostic(&e, templates, sources));
                None
            }
        }
    }
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
