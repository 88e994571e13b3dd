//! Localization: the `locales/` folder, Fluent bundles per (module, locale)
//! with a fallback chain, and a record of every fallback.
//!
//! Layers, as in fluent-rs: syntax (parse every `.ftl`, keep the byte range
//! of every message for diagnostics) → bundles (one per locale in the chain,
//! holding `common.ftl` plus the module's file) → [`Localizer`] (looks a
//! message up along the chain and writes down each time a fallback stands in).

pub mod check;
pub mod config;
pub mod discover;
pub mod links;
pub mod plural;
pub mod spell;
pub mod state;
pub mod store;
pub mod sync;
pub mod syntax;
pub mod tree;

use std::cell::RefCell;
use std::collections::BTreeSet;

use rustc_hash::FxHashSet as HashSet;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use serde::Serialize;
use unic_langid::LanguageIdentifier;

use crate::diag::Diagnostics;
pub use store::{LocaleStore, MessageSite};

/// The source locale: the language modules are written in, and the last
/// resort of every fallback chain.
pub fn source_locale() -> LanguageIdentifier {
    "en".parse().expect("`en` is a valid language tag")
}

/// A message that was not in the requested locale and came from another one.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Fallback {
    pub id: String,
    pub requested: String,
    pub used: String,
}

/// A message that could not be formatted cleanly (for example, it uses a
/// variable Puente does not pass).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct FormatProblem {
    pub locale: LanguageIdentifier,
    pub id: String,
    pub problem: String,
}

#[derive(Debug, Default)]
struct Log {
    fallbacks: BTreeSet<Fallback>,
    missing: BTreeSet<String>,
    problems: BTreeSet<FormatProblem>,
}

struct Layer<'s> {
    lang: LanguageIdentifier,
    bundle: FluentBundle<&'s FluentResource>,
    /// Messages marked `# puente: untranslated`: still English, so the
    /// next locale in the chain stands in for them, and that is reported.
    untranslated: HashSet<&'s str>,
    /// The resources in the bundle, in the order they were added (later
    /// ones override earlier ones), to read terms from.
    resources: Vec<&'s FluentResource>,
}

/// Looks messages up for one module in one requested locale.
pub struct Localizer<'s> {
    requested: LanguageIdentifier,
    layers: Vec<Layer<'s>>,
    log: RefCell<Log>,
    /// When set (the preview server's in-context mode), every formatted
    /// message is wrapped in [`trace`] marks and recorded here.
    trace: Option<RefCell<Vec<Traced>>>,
}

/// One message as the preview server's in-context mode shows it: which
/// message made a piece of text, and from which locale it came.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Traced {
    pub id: String,
    /// The locale whose file the text came from.
    pub locale: LanguageIdentifier,
    /// A different language stood in for the requested one.
    pub fallback: bool,
}

/// The marks that wrap a traced message: `START n SEP text END`, with
/// characters from the Private Use Area that no translation contains (the
/// server removes any it finds in a file before formatting).
pub mod trace {
    pub const START: char = '\u{E000}';
    pub const SEP: char = '\u{E001}';
    pub const END: char = '\u{E002}';

    // Shared by the two rewriters of marked HTML: the preview's in-context
    // spans (`serve::context`) and the site's fallback `lang` spans
    // (`site::marks`), through [`rewrite`].

    /// Elements whose content is text that cannot hold markup: the closing tag
    /// to wait for.
    pub fn raw_element(lower_tag: &str) -> Option<&'static str> {
        [
            ("title", "</title"),
            ("style", "</style"),
            ("script", "</script"),
            ("textarea", "</textarea"),
        ]
        .iter()
        .find(|(name, _)| {
            lower_tag
                .strip_prefix('<')
                .and_then(|t| t.strip_prefix(name))
                .is_some_and(|rest| rest.starts_with(['>', ' ', '\t', '\n', '/']))
        })
        .map(|(_, close)| *close)
    }

    /// What a rewriter of marked HTML does with each mark: see [`rewrite`].
    pub trait Spans {
        /// Writes the opening tag of mark `n`'s span into `out`, or nothing
        /// for a mark that gets no span.
        fn open(&self, n: usize, out: &mut String);
        /// Whether mark `n` has a span (so a closing tag is due).
        fn has_span(&self, n: usize) -> bool;
        /// Mark `n` has ended; `text` is what it held outside tags and raw
        /// elements, when [`Spans::collects`] says so.
        fn ended(&mut self, _n: usize, _text: &str) {}
        /// Whether the text of every mark is wanted in [`Spans::ended`].
        fn collects(&self) -> bool {
            false
        }
    }

    /// Turns the marks of `html` into spans. Marks inside a tag (an
    /// attribute) or inside a raw element ([`raw_element`]) are removed,
    /// since markup cannot go there. A span is opened at the first text
    /// that is not white space, so no empty span is left between two tags;
    /// a message whose text crosses elements (paragraphs, list items)
    /// becomes one span per piece, each with the same attributes, so the
    /// HTML stays well nested.
    pub fn rewrite(html: &str, spans: &mut dyn Spans, extra: usize) -> String {
        let mut out = String::with_capacity(html.len() + extra);
        let collects = spans.collects();
        // Marks open here: (mark number, its text so far).
        let mut open: Vec<(usize, String)> = Vec::new();
        let mut emitted = false;
        let mut raw_until: Option<&'static str> = None;
        let mut chars = html.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            match c {
                START => {
                    let mut n = String::new();
                    for (_, d) in chars.by_ref() {
                        if d == SEP {
                            break;
                        }
                        n.push(d);
                    }
                    let n: usize = n.parse().unwrap_or(usize::MAX);
                    if emitted {
                        spans.open(n, &mut out);
                    }
                    open.push((n, String::new()));
                }
                END => {
                    if let Some((n, text)) = open.pop() {
                        if emitted && spans.has_span(n) {
                            out.push_str("</span>");
                        }
                        spans.ended(n, &text);
                    }
                    if open.is_empty() {
                        emitted = false;
                    }
                }
                '<' => {
                    // A whole tag, with any marks in its attributes removed.
                    let end = html[i..].find('>').map(|e| i + e + 1).unwrap_or(html.len());
                    let tag = strip(&html[i..end]);
                    while chars.peek().is_some_and(|(j, _)| *j < end) {
                        chars.next();
                    }
                    if emitted {
                        for (n, _) in open.iter().rev() {
                            if spans.has_span(*n) {
                                out.push_str("</span>");
                            }
                        }
                        emitted = false;
                    }
                    out.push_str(&tag);
                    let lower = tag.to_ascii_lowercase();
                    raw_until = match raw_until {
                        Some(close) if lower.starts_with(close) => None,
                        Some(close) => Some(close),
                        None => raw_element(&lower),
                    };
                }
                _ => {
                    if raw_until.is_none() && !open.is_empty() {
                        if !emitted && !c.is_whitespace() {
                            for (n, _) in &open {
                                spans.open(*n, &mut out);
                            }
                            emitted = true;
                        }
                        if collects {
                            for (_, text) in open.iter_mut() {
                                text.push(c);
                            }
                        }
                    }
                    out.push(c);
                }
            }
        }
        out
    }

    /// `raw` without its marks: the mark characters and the number after each
    /// START.
    pub fn strip(raw: &str) -> String {
        if !raw.contains([START, SEP, END]) {
            return raw.to_string();
        }
        let mut out = String::with_capacity(raw.len());
        let mut skipping = false;
        for c in raw.chars() {
            match c {
                START => skipping = true,
                SEP => skipping = false,
                END => {}
                _ if skipping => {}
                _ => out.push(c),
            }
        }
        out
    }
}

impl<'s> Localizer<'s> {
    /// Builds the bundles for `module` (a module id, or `None` for the common
    /// labels only) along the fallback chain of `requested`.
    pub fn new(
        store: &'s LocaleStore,
        requested: &LanguageIdentifier,
        module: Option<&str>,
        pseudo: Option<Pseudo>,
        diags: &mut Diagnostics,
    ) -> Self {
        let chain = store.chain(requested);
        let mut layers = Vec::new();
        for lang in chain {
            let mut bundle = FluentBundle::new(vec![lang.clone()]);
            let untranslated = if lang == source_locale() {
                HashSet::default()
            } else {
                store
                    .files_for(&lang, module)
                    .into_iter()
                    .flat_map(|f| f.sites.iter())
                    .filter(|s| s.untranslated && !s.is_term)
                    .map(|s| s.id.as_str())
                    .collect()
            };
            // Print and HTML output is left-to-right Spanish and English;
            // isolation marks would show up as stray boxes or break search.
            bundle.set_use_isolating(false);
            let _ = bundle.add_builtins();
            if let Some(p) = pseudo {
                if lang == source_locale() {
                    bundle.set_transform(Some(p.transform()));
                }
            }
            let mut resources = Vec::new();
            for file in store.files_for(&lang, module) {
                resources.push(&file.resource);
                if let Err(errors) = bundle.add_resource(&file.resource) {
                    for e in errors {
                        if let fluent_bundle::FluentError::Overriding { id, .. } = e {
                            let site = file.sites.iter().rev().find(|s| s.id == id);
                            let first = store
                                .files_for(&lang, module)
                                .into_iter()
                                .flat_map(|f| f.sites.iter())
                                .find(|s| s.id == id);
                            let mut d = crate::codes::duplicate_definition(false, &id, None);
                            if let Some(site) = site {
                                d = d.at(
                                    site.file,
                                    site.span.clone(),
                                    crate::msg!("check-label-defined-again"),
                                );
                            }
                            if let Some(first) = first {
                                if Some(first) != site {
                                    d = d.at(
                                        first.file,
                                        first.span.clone(),
                                        crate::msg!("check-label-first-defined"),
                                    );
                                }
                            }
                            diags.push(d);
                        }
                    }
                }
            }
            layers.push(Layer {
                lang,
                bundle,
                untranslated,
                resources,
            });
        }
        Localizer {
            requested: requested.clone(),
            layers,
            log: RefCell::default(),
            trace: None,
        }
    }

    /// Turns on tracing (see [`Traced`]): for the preview server, and for
    /// the website and the editable documents, which turn the marks of text
    /// that fell back into language tags. No output carries the marks.
    pub fn traced(mut self) -> Self {
        self.trace = Some(RefCell::default());
        self
    }

    /// What tracing recorded: entry `n` is the message marked `n`.
    pub fn take_trace(&self) -> Vec<Traced> {
        self.trace
            .as_ref()
            .map(|t| std::mem::take(&mut *t.borrow_mut()))
            .unwrap_or_default()
    }

    /// Fills terms with a plan's local details: `terms` (term entries only)
    /// overrides the terms of the same name in every locale of the chain,
    /// so a fallback message shows the local value too.
    pub fn fill_terms(&mut self, terms: &'s FluentResource) {
        for layer in &mut self.layers {
            layer.bundle.add_resource_overriding(terms);
            layer.resources.push(terms);
        }
    }

    /// The text of the term `id` (without its `-`), from the first locale
    /// of the chain that has it, or `None`.
    pub fn term(&self, id: &str) -> Option<String> {
        use fluent_syntax::ast;
        for layer in &self.layers {
            for res in layer.resources.iter().rev() {
                for entry in res.entries() {
                    if let ast::Entry::Term(t) = entry {
                        if t.id.name == id {
                            let mut errors = Vec::new();
                            let text = layer.bundle.format_pattern(&t.value, None, &mut errors);
                            return Some(text.into_owned());
                        }
                    }
                }
            }
        }
        None
    }

    /// The locale asked for (for `lang=` attributes).
    pub fn requested(&self) -> &LanguageIdentifier {
        &self.requested
    }

    /// Whether the message exists in any locale of the chain.
    pub fn has(&self, id: &str) -> bool {
        self.layers.iter().any(|l| l.bundle.has_message(id))
    }

    /// Formats a message without arguments.
    pub fn msg(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// Formats a message with arguments.
    pub fn msg_args(&self, id: &str, args: &FluentArgs) -> String {
        self.format(id, Some(args))
    }

    fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        for (i, layer) in self.layers.iter().enumerate() {
            if layer.untranslated.contains(id) {
                continue;
            }
            let Some(message) = layer.bundle.get_message(id) else {
                continue;
            };
            let Some(pattern) = message.value() else {
                continue;
            };
            let mut errors = Vec::new();
            let text = layer.bundle.format_pattern(pattern, args, &mut errors);
            let mut log = self.log.borrow_mut();
            for e in errors {
                log.problems.insert(FormatProblem {
                    locale: layer.lang.clone(),
                    id: id.to_string(),
                    problem: e.to_string(),
                });
            }
            // es-MX served from `es` is the same language; a different
            // language standing in is a fallback someone must hear about.
            let fallback = i > 0 && layer.lang.language != self.requested.language;
            if fallback {
                log.fallbacks.insert(Fallback {
                    id: id.to_string(),
                    requested: self.requested.to_string(),
                    used: layer.lang.to_string(),
                });
            }
            if let Some(trace) = &self.trace {
                let mut t = trace.borrow_mut();
                let n = t.len();
                t.push(Traced {
                    id: id.to_string(),
                    locale: layer.lang.clone(),
                    fallback,
                });
                return format!("{}{n}{}{text}{}", trace::START, trace::SEP, trace::END);
            }
            return text.into_owned();
        }
        self.log.borrow_mut().missing.insert(id.to_string());
        format!("[{id}]")
    }

    /// The language `id`'s text is really in, when that is not the
    /// requested one: the source language where a translation keeps the
    /// source text as it is (an English title of an English document,
    /// marked same-as-source) or falls back to it. Nothing is recorded.
    pub fn text_lang(&self, id: &str) -> Option<LanguageIdentifier> {
        let plain = |layer: &Layer| -> Option<String> {
            if layer.untranslated.contains(id) {
                return None;
            }
            let pattern = layer.bundle.get_message(id)?.value()?;
            let mut errors = Vec::new();
            Some(
                layer
                    .bundle
                    .format_pattern(pattern, None, &mut errors)
                    .into_owned(),
            )
        };
        let source = self.layers.last()?;
        if source.lang.language == self.requested.language {
            return None;
        }
        let own = self
            .layers
            .iter()
            .take_while(|l| l.lang.language == self.requested.language)
            .find_map(plain);
        match own {
            Some(text) if Some(&text) != plain(source).as_ref() => None,
            _ => Some(source.lang.clone()),
        }
    }

    /// Every fallback recorded so far, in id order.
    pub fn fallbacks(&self) -> Vec<Fallback> {
        self.log.borrow().fallbacks.iter().cloned().collect()
    }

    /// Messages found in no locale.
    pub fn missing(&self) -> Vec<String> {
        self.log.borrow().missing.iter().cloned().collect()
    }

    /// Formatting problems found so far.
    pub fn problems(&self) -> Vec<FormatProblem> {
        self.log.borrow().problems.iter().cloned().collect()
    }
}

/// The pseudo-locales, for testing layouts without a translator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pseudo {
    /// `en-XA`: accented and about 30% longer.
    Accented,
    /// `en-XB`: mirrored, as a stand-in for right-to-left text.
    Mirrored,
}

impl Pseudo {
    pub fn from_lang(lang: &LanguageIdentifier) -> Option<Pseudo> {
        match lang.to_string().as_str() {
            "en-XA" => Some(Pseudo::Accented),
            "en-XB" => Some(Pseudo::Mirrored),
            _ => None,
        }
    }

    fn transform(self) -> fn(&str) -> std::borrow::Cow<'_, str> {
        match self {
            Pseudo::Accented => |s| fluent_pseudo::transform(s, false, true),
            Pseudo::Mirrored => |s| fluent_pseudo::transform(s, true, false),
        }
    }

    pub fn is_rtl(self) -> bool {
        self == Pseudo::Mirrored
    }
}

/// A language asked for that has no translation: building it would print
/// English under `lang="fr"`, so the build stops (exit code 2) instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoTranslation {
    pub requested: String,
    /// The locales there are, sorted.
    pub available: Vec<String>,
}

impl std::fmt::Display for NoTranslation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}",
            crate::msg!(
                "usage-no-translation",
                locale = self.requested.to_string(),
                locales = self.available.join(", ")
            )
        )
    }
}

impl std::error::Error for NoTranslation {}

/// Whether documents can be made in `lang`: it is the source language (or
/// a variant of it, such as `en-GB`), a pseudo-locale made from it, or a
/// locale folder matches it (`es-MX` is served by `es/`). `build` and
/// `packet` call this for every language before rendering anything.
pub fn locale_has_translation(
    store: &LocaleStore,
    lang: &LanguageIdentifier,
) -> Result<(), NoTranslation> {
    let source = source_locale();
    if lang.language == source.language || Pseudo::from_lang(lang).is_some() {
        return Ok(());
    }
    if store.chain(lang).iter().any(|l| *l != source) {
        return Ok(());
    }
    let mut available: Vec<String> = store.locales().iter().map(|l| l.to_string()).collect();
    if available.is_empty() {
        // No locale at all: loading the project reports that.
        return Ok(());
    }
    available.sort();
    Err(NoTranslation {
        requested: lang.to_string(),
        available,
    })
}
