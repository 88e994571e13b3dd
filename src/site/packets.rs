//! The example packets of the site: every plan of the project made into
//! its packet, for a facilitator to print as it is or adapt.
//!
//! Each packet is made by [`crate::pipeline::packet`] and zipped by
//! [`crate::output::zip`], as `puente packet <plan> --zip` makes it, so
//! `packets/<plan>.zip` holds the same bytes as that command's zip; the plan
//! it is made from is beside it (`packets/<plan>.yaml`). The page of every
//! module a plan uses links both.
//!
//! The packet's PDFs go through the site's [`pdf::Reuse`] like the site's
//! own: their record names them through the zip
//! (`packets/<plan>.zip/<plan>/1-run-sheet.pdf`), and an unchanged rebuild
//! takes them out of the last site's zip instead of rendering them; the
//! zip itself is kept when every file in it is the same.

use std::path::PathBuf;

use serde::Serialize;

use crate::diag::Diagnostics;
use crate::l10n::{Localizer, Traced};
use crate::output::{OutputFile, Sink};
use crate::packet::plan::LoadedPlan;
use crate::pipeline::packet::{outline, packet_reusing, PacketRequest};
use crate::pipeline::{pdf, Options, Progress};
use crate::workspace::Workspace;

/// The folder of the site that holds the packets.
const DIR: &str = "packets";

/// A packet the site carries.
pub struct Made<'a> {
    pub plan: &'a LoadedPlan,
    /// The ids of the modules its plan uses.
    pub modules: Vec<String>,
    /// `packets/<plan>.zip`, from the site's root.
    pub zip: String,
    /// `packets/<plan>.yaml`, from the site's root.
    pub yaml: String,
    /// The size of the zip, in bytes.
    pub bytes: usize,
}

/// A [`Progress`] that names each document by its place in the site.
struct InSite<'a> {
    inner: &'a dyn Progress,
    prefix: &'a str,
}

impl Progress for InSite<'_> {
    fn begin(&self, total: usize) {
        self.inner.begin(total)
    }
    fn done(&self, name: &str) {
        self.inner.done(&format!("{}{name}", self.prefix))
    }
    fn kept(&self, name: &str) {
        self.inner.kept(&format!("{}{name}", self.prefix))
    }
    fn end(&self) {
        self.inner.end()
    }
}

/// Makes the packet of every plan into `sink`. Returns `None` when a plan
/// failed: its problems are in `diags`, and the site must not be published.
pub fn make<'a>(
    ws: &Workspace,
    plans: &[&'a LoadedPlan],
    options: Options,
    reuse: &pdf::Reuse,
    progress: &dyn Progress,
    sink: &mut dyn Sink,
    diags: &mut Diagnostics,
) -> Result<Option<Vec<Made<'a>>>, crate::Fatal> {
    let mut made = Vec::new();
    // Every plan here is in published languages (see `site::build`), so
    // none is in a language nobody has started to translate.
    for &lp in plans {
        let name = &lp.name;
        let zip = format!("{DIR}/{name}.zip");
        // The packet's files, named as in its zip.
        let inside = format!("{zip}/{name}/");
        let req = PacketRequest {
            pdf: true,
            options,
            ..PacketRequest::default()
        };
        let mut files: Vec<OutputFile> = Vec::new();
        let done = packet_reusing(
            ws,
            lp,
            &req,
            &reuse.within(&inside),
            &InSite {
                inner: progress,
                prefix: &inside,
            },
            &mut files,
            diags,
        )?;
        if done.is_none() || diags.has_errors() {
            return Ok(None);
        }
        files.sort_by(|a, b| a.path.cmp(&b.path));
        // Deflating the PDFs again would cost an unchanged rebuild most of
        // its time: the zip is kept too when every file in it is the same.
        let paths: Vec<String> = files
            .iter()
            .map(|f| f.path.to_string_lossy().into_owned())
            .collect();
        let mut inputs: Vec<&[u8]> = vec![name.as_bytes()];
        for (f, path) in files.iter().zip(&paths) {
            inputs.push(path.as_bytes());
            inputs.push(&f.bytes);
        }
        let bytes = reuse.or_make(&zip, &inputs, || crate::output::zip(name, &files))?;
        drop(inputs);
        drop(files);
        let size = bytes.len();
        sink.put(OutputFile {
            path: PathBuf::from(&zip),
            bytes,
        })?;
        let yaml = format!("{DIR}/{name}.yaml");
        sink.put(OutputFile {
            path: PathBuf::from(&yaml),
            bytes: ws.sources.get(lp.file).text.clone().into_bytes(),
        })?;
        let mut modules: Vec<String> = lp
            .plan
            .days
            .iter()
            .flat_map(|d| d.items.iter())
            .filter_map(|i| i.module.clone())
            .collect();
        modules.sort();
        modules.dedup();
        made.push(Made {
            plan: lp,
            modules,
            zip,
            yaml,
            bytes: size,
        });
    }
    Ok(Some(made))
}

/// A module page's link to one packet, in the page's language.
#[derive(Serialize)]
pub struct PacketLink {
    pub href: String,
    pub plan_href: String,
    pub title: String,
    pub languages: Vec<String>,
    pub bilingual: bool,
    pub days: Vec<String>,
    pub participants: String,
    /// The zip's size in kilobytes (1000 bytes), rounded up.
    pub kilobytes: usize,
    /// Whether the plan fills in local contacts and adds a support
    /// directory.
    pub local: bool,
}

/// The links of the page `page` (from the site's root) of the module
/// `module`, in `lang`, to the packets whose plans use it. Their text is
/// marked as the page's own is (see [`super::marks`]): each mark is
/// numbered after those already in `trace`, and `trace` gets the new ones.
pub fn links(
    ws: &Workspace,
    made: &[Made],
    module: &str,
    page: &str,
    lang: &unic_langid::LanguageIdentifier,
    trace: &mut Vec<Traced>,
) -> Vec<PacketLink> {
    let mut out = Vec::new();
    for m in made
        .iter()
        .filter(|m| m.modules.iter().any(|id| id == module))
    {
        let l10n = Localizer::new(
            &ws.project.locales,
            lang,
            Some("plans"),
            None,
            &mut Diagnostics::new(),
        )
        .traced();
        let Some(o) = outline(ws, m.plan, &l10n) else {
            continue;
        };
        let offset = trace.len();
        let shift = |s: &str| super::marks::shift(s, offset);
        out.push(PacketLink {
            href: super::rel(page, &m.zip),
            plan_href: super::rel(page, &m.yaml),
            title: shift(&o.title),
            bilingual: o.languages.len() > 1,
            languages: o.languages.iter().map(|s| shift(s)).collect(),
            days: o.days.iter().map(|s| shift(s)).collect(),
            participants: shift(&o.participants),
            kilobytes: m.bytes.div_ceil(1000),
            local: m.plan.plan.local.is_some(),
        });
        trace.extend(l10n.take_trace());
    }
    out
}
