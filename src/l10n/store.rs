//! The `locales/` folder: every `.ftl` file parsed once, with the position
//! of each message kept for diagnostics.

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::Path;

use fluent_bundle::FluentResource;
use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use rustc_hash::FxHashMap;
use unic_langid::LanguageIdentifier;

use crate::diag::{Diagnostic, Diagnostics};
use crate::source::{FileId, Sources};
use crate::ui::Msg;

/// Where a message or term is defined.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageSite {
    pub id: String,
    pub file: FileId,
    /// The byte range of the id.
    pub span: Range<usize>,
    pub is_term: bool,
    /// Still the English text, and not accepted as rightly the same (see
    /// [`super::state`]): the next locale in the chain stands in for it.
    /// Always `false` in the source locale.
    pub untranslated: bool,
}

/// One parsed `.ftl` file.
pub struct FtlFile {
    /// The file name without `.ftl` (`common`, or a module id).
    pub stem: String,
    pub file: FileId,
    pub resource: FluentResource,
    pub sites: Vec<MessageSite>,
    /// The first message (not term) of each id, as an index into `sites`.
    by_id: FxHashMap<String, usize>,
}

impl FtlFile {
    /// Where the message `id` is defined in this file (its first
    /// definition).
    pub fn site(&self, id: &str) -> Option<&MessageSite> {
        self.by_id.get(id).map(|&i| &self.sites[i])
    }
}

/// What the source locale prints for each message, by file stem and id:
/// `None` when it has no letter to translate.
type SourceText = FxHashMap<String, FxHashMap<String, Option<String>>>;

/// All locales of a project.
#[derive(Default)]
pub struct LocaleStore {
    locales: BTreeMap<String, (LanguageIdentifier, Vec<FtlFile>)>,
}

/// Placeables nested deeper than this are refused before parsing: the Fluent
/// parser recurses, and real messages never nest more than two or three.
pub const MAX_NESTING: usize = 32;

impl LocaleStore {
    /// Reads `dir/<lang>/*.ftl` for every folder whose name is a language tag.
    pub fn load(
        dir: &Path,
        root: &Path,
        sources: &mut Sources,
        diags: &mut Diagnostics,
    ) -> Result<LocaleStore, crate::Fatal> {
        let mut store = LocaleStore::default();
        let found = super::discover::discover(dir)?;
        for (_, path) in &found.not_tags {
            diags.push(Diagnostic::warning(
                "not-a-locale",
                crate::msg!("not-a-locale", path = crate::display_path(path, root)),
            ));
        }
        // The source locale first: a translation that still holds its text
        // is marked as it is read.
        let source = super::source_locale();
        let mut locales = found.locales;
        locales.sort_by_key(|l| l.lang != source);
        let mut english = SourceText::default();
        for super::discover::LocaleDir {
            name: _,
            lang,
            path: locale_dir,
        } in locales
        {
            let mut paths: Vec<_> = std::fs::read_dir(&locale_dir)
                .map_err(|e| crate::Fatal::io(&locale_dir, e))?
                .filter_map(Result::ok)
                .map(|e| e.path())
                // Dot files (such as the `.reviewed.ftl` review record) are
                // Puente's bookkeeping, not translations.
                .filter(|p| {
                    p.extension().is_some_and(|x| x == "ftl")
                        && p.is_file()
                        && !p
                            .file_name()
                            .is_some_and(|n| n.to_string_lossy().starts_with('.'))
                })
                .collect();
            paths.sort();
            let stems: Vec<String> = paths
                .iter()
                .map(|p| {
                    p.file_stem()
                        .map(|s| s.to_string_lossy().into_owned())
                        .unwrap_or_default()
                })
                .collect();
            let named = paths
                .into_iter()
                .map(|p| {
                    let display = crate::display_path(&p, root);
                    (p, display)
                })
                .collect();
            let read: Vec<(String, FileId)> = stems
                .into_iter()
                .zip(sources.read_all(named, diags)?)
                .filter_map(|(stem, file)| Some((stem, file?)))
                .collect();
            let is_source = lang == source;
            let against = (!is_source).then(|| Against {
                english: &english,
                recorded: recorded_ids(dir, &lang.to_string()),
            });
            let shared: &Sources = sources;
            let parsed = crate::par::on_every_core(&read, |(stem, file)| {
                let mut d = Diagnostics::new();
                let f = parse_ftl(stem.clone(), *file, shared, against.as_ref(), &mut d);
                (f, d)
            });
            let mut files = Vec::new();
            for (f, d) in parsed {
                for x in d.items() {
                    diags.push(x.clone());
                }
                if let Some((f, printed)) = f {
                    if is_source {
                        english.insert(f.stem.clone(), printed);
                    }
                    files.push(f);
                }
            }
            store.locales.insert(lang.to_string(), (lang, files));
        }
        Ok(store)
    }

    /// The locales that have a folder.
    pub fn locales(&self) -> Vec<LanguageIdentifier> {
        self.locales.values().map(|(l, _)| l.clone()).collect()
    }

    /// The fallback chain for a requested locale: the best matches among the
    /// available locales, most specific first, always ending with the source
    /// locale (`es-MX` → `es-MX`, `es` → `en`).
    pub fn chain(&self, requested: &LanguageIdentifier) -> Vec<LanguageIdentifier> {
        let available = self.locales();
        let source = super::source_locale();
        let requested = if super::Pseudo::from_lang(requested).is_some() {
            source.clone()
        } else {
            requested.clone()
        };
        let mut chain: Vec<LanguageIdentifier> = negotiate_languages(
            &[requested],
            &available,
            None,
            NegotiationStrategy::Filtering,
        )
        .into_iter()
        .cloned()
        .collect();
        // Most specific first: `es-MX` before `es`.
        chain.sort_by_key(|l| std::cmp::Reverse(l.to_string().len()));
        if !chain.contains(&source) {
            chain.push(source);
        }
        chain
    }

    /// The files making up the bundle for `module` in `lang`: `common.ftl`
    /// first, then `<module>.ftl`.
    pub fn files_for(&self, lang: &LanguageIdentifier, module: Option<&str>) -> Vec<&FtlFile> {
        let Some((_, files)) = self.locales.get(&lang.to_string()) else {
            return Vec::new();
        };
        let mut out: Vec<&FtlFile> = files.iter().filter(|f| f.stem == "common").collect();
        if let Some(m) = module {
            out.extend(files.iter().filter(|f| f.stem == m));
        }
        out
    }

    /// Every file of a locale.
    pub fn files(&self, lang: &LanguageIdentifier) -> &[FtlFile] {
        self.locales
            .get(&lang.to_string())
            .map(|(_, f)| f.as_slice())
            .unwrap_or(&[])
    }

    /// Where a message is defined in a locale's bundle for `module`.
    pub fn site(
        &self,
        lang: &LanguageIdentifier,
        module: Option<&str>,
        id: &str,
    ) -> Option<&MessageSite> {
        self.files_for(lang, module)
            .into_iter()
            .find_map(|f| f.site(id))
    }
}

/// What a translation is compared with while it is read: the source
/// locale's text, and the messages the locale's review record accepts.
struct Against<'a> {
    english: &'a SourceText,
    recorded: std::collections::HashSet<(String, String)>,
}

/// Parses one `.ftl` file, reporting syntax errors, and records where each
/// entry is. Returns the resource even when some entries were junk, so the
/// rest of the file is still usable and checked.
///
/// A translation (`against` given) has each message that still holds the
/// English text, and is not accepted as rightly the same, marked
/// untranslated (see [`super::state`]). For the source locale it also
/// returns what each message prints, which translations are compared with.
fn parse_ftl(
    stem: String,
    file: FileId,
    sources: &Sources,
    against: Option<&Against>,
    diags: &mut Diagnostics,
) -> Option<(FtlFile, FxHashMap<String, Option<String>>)> {
    let text = &sources.get(file).text;
    if let Some(offset) = too_deep(text) {
        diags.push(
            Diagnostic::error(
                "ftl-too-deep",
                crate::msg!("ftl-too-deep", depth = MAX_NESTING),
            )
            .at(file, offset..offset + 1, crate::msg!("ftl-too-deep-label"))
            .with_note(crate::msg!("ftl-too-deep-note")),
        );
        return None;
    }
    let english = against.and_then(|a| a.english.get(&stem));
    let file_name = format!("{stem}.ftl");
    let mut printed = FxHashMap::default();
    let mut by_id = FxHashMap::default();
    let resource = match FluentResource::try_new(text.clone()) {
        Ok(r) => r,
        Err((r, errors)) => {
            for e in errors {
                diags.push(syntax_diagnostic(file, sources, &e));
            }
            r
        }
    };
    // The entries are read from the runtime parse the bundles need anyway;
    // of their comments only the same-as-source marker matters here, and
    // it is looked for where it is written.
    let entries = super::syntax::entries_without_comments(&resource);
    let same_as_source = if against.is_some() {
        super::syntax::marked_entries(text, super::syntax::SAME_AS_SOURCE)
    } else {
        Vec::new()
    };
    let sites: Vec<MessageSite> = entries
        .into_iter()
        .enumerate()
        .map(|(i, e)| {
            // A term's site is its name, without the `-`.
            let span = if e.is_term {
                e.id_span.start + 1..e.id_span.end
            } else {
                e.id_span.clone()
            };
            if !e.is_term {
                by_id.entry(e.id.clone()).or_insert(i);
            }
            let untranslated = match against {
                None => {
                    printed.entry(e.id.clone()).or_insert_with(|| {
                        super::state::has_letters(&e).then(|| e.printed().to_string())
                    });
                    false
                }
                Some(a) => {
                    english
                        .and_then(|m| m.get(&e.id))
                        .is_some_and(|en| en.as_deref().is_some_and(|en| e.prints(en)))
                        && !same_as_source.contains(&e.id_span.start)
                        && !a.recorded.contains(&(file_name.clone(), e.id.clone()))
                }
            };
            MessageSite {
                id: e.id,
                file,
                span,
                is_term: e.is_term,
                untranslated,
            }
        })
        .collect();
    Some((
        FtlFile {
            stem,
            file,
            resource,
            sites,
            by_id,
        },
        printed,
    ))
}

/// A Fluent syntax error as a located diagnostic. A select expression
/// without a default variant gets its own code, `select-no-default`.
pub fn syntax_diagnostic(
    file: FileId,
    sources: &Sources,
    e: &fluent_syntax::parser::ParserError,
) -> Diagnostic {
    let text = &sources.get(file).text;
    // The parser reports where it gave up, often the start of the next
    // line; point at the end of the text it was reading instead (where a
    // `}` was forgotten, say).
    let entry_start = e.slice.as_ref().map(|s| s.start).unwrap_or(0);
    let mut at = e.pos.start.min(text.len());
    while at > entry_start && text.as_bytes()[at - 1].is_ascii_whitespace() {
        at -= 1;
    }
    let line_end = text[at..].find('\n').map(|i| at + i).unwrap_or(text.len());
    let end = if at < e.pos.start {
        at
    } else {
        e.pos.end.clamp(at, line_end)
    };
    let code = match e.kind {
        fluent_syntax::parser::ErrorKind::MissingDefaultVariant => "select-no-default",
        _ => "ftl-syntax",
    };
    let mut d = Diagnostic::error(code, syntax_message(&e.kind)).at(
        file,
        at..end,
        crate::msg!("ftl-syntax-here"),
    );
    if let Some(slice) = &e.slice {
        if slice.start < at
            && sources.get(file).line_col(slice.start).0 != sources.get(file).line_col(at).0
        {
            d = d.at(
                file,
                slice.start..slice.start,
                crate::msg!("ftl-syntax-entry-starts-here"),
            );
        }
    }
    let entry = e
        .slice
        .as_ref()
        .and_then(|r| text.get(r.clone()))
        .unwrap_or("");
    if entry.contains("\n\t") || entry.starts_with('\t') {
        d = d.with_note(crate::msg!("ftl-syntax-tab-note"));
    }
    if let Some(attr) = entry
        .lines()
        .map(str::trim)
        .find(|l| l.starts_with('.') && l.ends_with('='))
    {
        d = d.with_note(crate::msg!(
            "ftl-syntax-empty-attribute-note",
            attribute = attr.trim_end_matches('=').trim()
        ));
    }
    d.with_note(hint_for(&e.kind))
}

/// The parser's error in the interface language (fluent-syntax says it in
/// English only).
fn syntax_message(kind: &fluent_syntax::parser::ErrorKind) -> Msg {
    use crate::msg;
    use fluent_syntax::parser::ErrorKind as K;
    match kind {
        K::ExpectedToken(c) => msg!("ftl-syntax-expected-token", token = *c),
        K::ExpectedCharRange { range } => msg!("ftl-syntax-expected-char-range", range = range),
        K::ExpectedMessageField { entry_id } => {
            msg!("ftl-syntax-expected-message-field", id = entry_id)
        }
        K::ExpectedTermField { entry_id } => msg!("ftl-syntax-expected-term-field", id = entry_id),
        K::ForbiddenCallee => msg!("ftl-syntax-forbidden-callee"),
        K::MissingDefaultVariant => msg!("ftl-syntax-missing-default-variant"),
        K::MissingValue => msg!("ftl-syntax-missing-value"),
        K::MultipleDefaultVariants => msg!("ftl-syntax-multiple-default-variants"),
        K::MessageReferenceAsSelector => msg!("ftl-syntax-message-reference-as-selector"),
        K::TermReferenceAsSelector => msg!("ftl-syntax-term-reference-as-selector"),
        K::MessageAttributeAsSelector => msg!("ftl-syntax-message-attribute-as-selector"),
        K::TermAttributeAsPlaceable => msg!("ftl-syntax-term-attribute-as-placeable"),
        K::UnterminatedStringLiteral => msg!("ftl-syntax-unterminated-string-literal"),
        K::PositionalArgumentFollowsNamed => msg!("ftl-syntax-positional-argument-follows-named"),
        K::DuplicatedNamedArgument(name) => {
            msg!("ftl-syntax-duplicated-named-argument", name = name)
        }
        K::UnknownEscapeSequence(_) => msg!("ftl-syntax-unknown-escape-sequence"),
        K::InvalidUnicodeEscapeSequence(seq) => {
            msg!("ftl-syntax-invalid-unicode-escape-sequence", sequence = seq)
        }
        K::UnbalancedClosingBrace => msg!("ftl-syntax-unbalanced-closing-brace"),
        K::ExpectedInlineExpression => msg!("ftl-syntax-expected-inline-expression"),
        K::ExpectedSimpleExpressionAsSelector => {
            msg!("ftl-syntax-expected-simple-expression-as-selector")
        }
        K::ExpectedLiteral => msg!("ftl-syntax-expected-literal"),
    }
}

fn hint_for(kind: &fluent_syntax::parser::ErrorKind) -> Msg {
    use crate::msg;
    use fluent_syntax::parser::ErrorKind as K;
    match kind {
        K::MissingDefaultVariant => msg!("ftl-syntax-hint-default-variant"),
        K::ExpectedToken(c) if *c == '}' => msg!("ftl-syntax-hint-close-placeable"),
        K::ExpectedToken(c) if *c == '=' => msg!("ftl-syntax-hint-equals"),
        K::MissingValue => msg!("ftl-syntax-hint-value"),
        _ => msg!("ftl-syntax-hint-rest-read"),
    }
}

/// The offset where brace nesting first passes [`MAX_NESTING`], if it does.
pub(crate) fn too_deep(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    // Only braces and line ends matter: jump from one to the next.
    for i in memchr::memchr3_iter(b'{', b'}', b'\n', bytes) {
        match bytes[i] {
            b'{' => {
                depth += 1;
                if depth > MAX_NESTING {
                    return Some(i);
                }
            }
            b'}' => depth = depth.saturating_sub(1),
            // A new entry starts at the beginning of a line; an unclosed
            // brace in one message must not count against the next.
            _ => {
                if bytes
                    .get(i + 1)
                    .is_some_and(|&b| b.is_ascii_alphabetic() || b == b'-' || b == b'#')
                {
                    depth = 0;
                }
            }
        }
    }
    None
}

/// The `(file, id)` pairs the review record of `tag` holds.
fn recorded_ids(dir: &Path, tag: &str) -> std::collections::HashSet<(String, String)> {
    let Some(path) = super::state::existing_record_path(dir, tag) else {
        return Default::default();
    };
    // An unreadable record is reported by `check`; here it accepts nothing.
    let Ok(text) = std::fs::read_to_string(&path) else {
        return Default::default();
    };
    if too_deep(&text).is_some() {
        return Default::default();
    }
    let parsed = super::syntax::parse(&text);
    parsed
        .entries
        .iter()
        .filter_map(|e| Some((parsed.groups.get(e.group?)?.clone(), e.id.clone())))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{too_deep, MAX_NESTING};

    #[test]
    fn nesting_is_counted_within_an_entry_and_reset_by_the_next() {
        let deep = "{ ".repeat(MAX_NESTING + 1);
        assert_eq!(
            too_deep(&format!("a = {deep}\n")),
            Some(4 + 2 * MAX_NESTING)
        );
        // Spread over continuation lines it is still one entry.
        let lines = "\n    { ".repeat(MAX_NESTING + 1);
        assert!(too_deep(&format!("a = x{lines}\n")).is_some());
        // Unclosed braces in many messages do not add up.
        let many = "a = { {\n".repeat(MAX_NESTING);
        assert_eq!(too_deep(&many), None);
        // Closing braces bring the depth down again.
        let balanced = format!("a = {}\n", "{ x }".repeat(10 * MAX_NESTING));
        assert_eq!(too_deep(&balanced), None);
    }
}
