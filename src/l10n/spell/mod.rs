//! `puente check --spell`: spelling, with Hunspell dictionaries read by
//! `spellbook` (a Hunspell-compatible checker in Rust), and terminology.
//!
//! Only text is checked: every [`Node::Text`] of a message's or a term's
//! value and attributes, in every variant of every select. Placeables
//! (variables, message and term references, functions, string literals) are
//! not text, so `{ -org-placeholder }` is never a word; URLs, e-mail
//! addresses and numbers inside the text are skipped too (see [`words`]).
//! A translation that still prints the source text (untranslated, or
//! rightly the same) is not checked again in the translation's language.
//!
//! Dictionaries are never shipped with Puente (their licences are LGPL, GPL
//! and MPL): they are read from the folders given with `--dict` and
//! `PUENTE_DICT_PATH` (the binary reads the variable), then from where
//! Debian's `hunspell-*` packages put them ([`SYSTEM_DIRS`]). See
//! [`candidates`] for how a locale finds its dictionary.
//!
//! Each locale may keep a word list, `<locale folder>/words.txt`
//! ([`WORD_LIST`]): names, case titles, legal terms, accepted inclusive
//! forms. A word in it that looks like a typo of a dictionary word is
//! reported (see [`looks_like_typo`]).
//!
//! Terminology is in [`terms`]: a message that types out the text of a term
//! instead of referring to it.

mod terms;
pub mod words;

use std::collections::{HashMap, HashSet};
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use spellbook::Dictionary;

use super::check::Finding;
use super::syntax::{Entry, Node};
use super::tree::{Locale, Tree};
use crate::diag::{Diagnostic, Diagnostics, Severity};
use crate::source::{FileId, Sources};

/// Where Debian and Ubuntu (and most other systems) keep Hunspell
/// dictionaries, searched after `--dict` and `PUENTE_DICT_PATH`.
pub const SYSTEM_DIRS: [&str; 3] = [
    "/usr/share/hunspell",
    "/usr/share/myspell",
    "/usr/share/myspell/dicts",
];

/// The project's own words for a locale, in the locale's folder.
pub const WORD_LIST: &str = "words.txt";

/// At most this many suggestions per word.
pub const SUGGESTIONS: usize = 3;
/// Suggestions are computed for at most this many distinct wrong words per
/// locale…
pub const SUGGEST_WORDS: usize = 60;
/// …and for no longer than this per locale: spellbook's suggestions can
/// take over a second a word in some languages. Past it, a finding has no
/// suggestions (and says so).
pub const SUGGEST_BUDGET: Duration = Duration::from_millis(1500);
/// The slow kind of suggestion (n-gram similarity over the whole word
/// list) is tried for at most this many words per locale.
const NGRAM_WORDS: usize = 8;

/// Where dictionaries are looked for, in order.
pub fn search_dirs(dict_dirs: &[PathBuf]) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = dict_dirs.to_vec();
    out.extend(SYSTEM_DIRS.iter().map(PathBuf::from));
    out
}

/// The dictionary names a locale tries, in order: its own (`es_MX`), its
/// language alone (`es`), the language's main region (`es_ES`, `en_US`),
/// then any dictionary of the language (`es_AR`, … in name order, found by
/// [`find_dictionary`]). A `dictionary:` in the locale's `puente.yaml`
/// names the one to use, and nothing else is tried.
pub fn candidates(tag: &str, configured: Option<&str>) -> Vec<String> {
    if let Some(c) = configured {
        return vec![c.replace('-', "_")];
    }
    let mut parts = tag.split(['-', '_']);
    let lang = parts.next().unwrap_or(tag).to_ascii_lowercase();
    let region = parts
        .find(|p| p.len() == 2 || p.len() == 3 && p.chars().all(|c| c.is_ascii_digit()))
        .map(|r| r.to_ascii_uppercase());
    let mut out = Vec::new();
    if let Some(r) = &region {
        out.push(format!("{lang}_{r}"));
    }
    out.push(lang.clone());
    let main = main_region(&lang);
    let main = format!("{lang}_{main}");
    if !out.contains(&main) {
        out.push(main);
    }
    out
}

/// The region of a language's usual dictionary: the language's own letters
/// (`es_ES`, `fr_FR`), except where the country has other letters.
fn main_region(lang: &str) -> String {
    match lang {
        "en" => "US",
        "sv" => "SE",
        "da" => "DK",
        "el" => "GR",
        "nb" | "nn" => "NO",
        "cs" => "CZ",
        "uk" => "UA",
        "ko" => "KR",
        "ca" => "ES",
        "gl" => "ES",
        "eu" => "ES",
        "sq" => "AL",
        "he" => "IL",
        "fa" => "IR",
        "hy" => "AM",
        "ka" => "GE",
        "vi" => "VN",
        _ => return lang.to_ascii_uppercase(),
    }
    .to_string()
}

/// A dictionary found on disk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// `es_MX`
    pub name: String,
    pub aff: PathBuf,
    pub dic: PathBuf,
}

/// Finds the dictionary of a locale in `dirs` (see [`candidates`]).
pub fn find_dictionary(dirs: &[PathBuf], tag: &str, configured: Option<&str>) -> Option<Found> {
    let at = |dir: &Path, name: &str| {
        let aff = dir.join(format!("{name}.aff"));
        let dic = dir.join(format!("{name}.dic"));
        (aff.is_file() && dic.is_file()).then(|| Found {
            name: name.to_string(),
            aff,
            dic,
        })
    };
    for name in candidates(tag, configured) {
        if let Some(f) = dirs.iter().find_map(|d| at(d, &name)) {
            return Some(f);
        }
    }
    if configured.is_some() {
        return None;
    }
    // Any dictionary of the language, in name order.
    let lang = tag
        .split(['-', '_'])
        .next()
        .unwrap_or(tag)
        .to_ascii_lowercase();
    let prefix = format!("{lang}_");
    for dir in dirs {
        let Ok(read) = std::fs::read_dir(dir) else {
            continue;
        };
        let mut names: Vec<String> = read
            .filter_map(Result::ok)
            .filter_map(|e| {
                let n = e.file_name().to_string_lossy().into_owned();
                let stem = n.strip_suffix(".aff")?;
                stem.starts_with(&prefix).then(|| stem.to_string())
            })
            .collect();
        names.sort();
        if let Some(f) = names.iter().find_map(|n| at(dir, n)) {
            return Some(f);
        }
    }
    None
}

/// The Debian package that most likely holds the dictionary for `tag`.
pub fn debian_package(tag: &str, configured: Option<&str>) -> String {
    let name = candidates(tag, configured)
        .into_iter()
        .next()
        .unwrap_or_default();
    let mut parts = name.split('_');
    let lang = parts.next().unwrap_or_default().to_ascii_lowercase();
    let region = parts.next().map(str::to_ascii_lowercase);
    match (lang.as_str(), region) {
        ("en", Some(r)) if ["gb", "au", "ca", "za"].contains(&r.as_str()) => {
            format!("hunspell-en-{r}")
        }
        ("en", _) => "hunspell-en-us".to_string(),
        ("pt", Some(r)) if r == "br" => "hunspell-pt-br".to_string(),
        ("pt", _) => "hunspell-pt-pt".to_string(),
        ("de", Some(r)) if ["at", "ch"].contains(&r.as_str()) => format!("hunspell-de-{r}"),
        ("de", _) => "hunspell-de-de".to_string(),
        _ => format!("hunspell-{lang}"),
    }
}

/// Reads a dictionary: UTF-8, or the ISO 8859-1 and -15 many older
/// dictionaries use (their `SET` line says which).
pub fn load_dictionary(found: &Found) -> Result<Dictionary, String> {
    let read = |p: &Path| std::fs::read(p).map_err(|e| format!("{}: {e}", p.display()));
    let aff = read(&found.aff)?;
    let dic = read(&found.dic)?;
    let set = String::from_utf8_lossy(&aff)
        .lines()
        .find_map(|l| {
            l.trim()
                .strip_prefix("SET ")
                .map(|s| s.trim().to_uppercase())
        })
        .unwrap_or_else(|| "UTF-8".to_string());
    let decode = |bytes: Vec<u8>, p: &Path| -> Result<String, String> {
        let bytes = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
            Some(rest) => rest.to_vec(),
            None => bytes,
        };
        match set.as_str() {
            "ISO8859-1" | "ISO-8859-1" | "ISO8859-15" | "ISO-8859-15" => {
                Ok(bytes.iter().map(|&b| latin(b, &set)).collect())
            }
            _ => String::from_utf8(bytes).map_err(|_| {
                format!(
                    "{} is not UTF-8 (its .aff says `SET {set}`, which Puente cannot read)",
                    p.display()
                )
            }),
        }
    };
    let aff = decode(aff, &found.aff)?;
    let dic = decode(dic, &found.dic)?;
    Dictionary::new(&aff, &dic).map_err(|e| format!("{}: {e}", found.aff.display()))
}

fn latin(b: u8, set: &str) -> char {
    if set.ends_with("15") {
        match b {
            0xA4 => return '€',
            0xA6 => return 'Š',
            0xA8 => return 'š',
            0xB4 => return 'Ž',
            0xB8 => return 'ž',
            0xBC => return 'Œ',
            0xBD => return 'œ',
            0xBE => return 'Ÿ',
            _ => {}
        }
    }
    char::from(b)
}

/// One word of a word list, where it is.
#[derive(Debug, Clone)]
struct ListWord {
    word: String,
    span: Range<usize>,
    /// The line says why the word is meant (after `#`): it is not
    /// reported as a possible typo.
    explained: bool,
}

/// Reads a word list: one word a line; `#` starts a comment (at the start
/// of a line, or after a blank); blank lines are ignored.
fn parse_word_list(text: &str) -> Vec<ListWord> {
    let mut out = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        let cut = body
            .char_indices()
            .find(|&(i, c)| c == '#' && (i == 0 || body[..i].ends_with(char::is_whitespace)))
            .map(|(i, _)| i);
        let (words, explained) = match cut {
            Some(i) => (&body[..i], !body[i + 1..].trim().is_empty()),
            None => (body, false),
        };
        let mut at = 0;
        for w in words.split_whitespace() {
            let i = words[at..].find(w).map(|i| i + at).unwrap_or(at);
            at = i + w.len();
            out.push(ListWord {
                word: w.to_string(),
                span: offset + i..offset + i + w.len(),
                explained,
            });
        }
        offset += line.len();
    }
    out
}

/// A word of the list that is one slip of the fingers away from a word the
/// dictionary knows: two neighbouring letters swapped, a letter doubled or
/// a double letter made single, or only an accent different. A different,
/// missing or extra letter is not taken for a slip: that is how inclusive
/// forms (`todes`, `niñes`), other languages' words and many names differ
/// from dictionary words, and flagging them would bury the real typos.
/// Short words and acronyms are left alone.
pub fn looks_like_typo(dict: &Dictionary, word: &str) -> Option<String> {
    let chars: Vec<char> = word.chars().collect();
    if chars.len() < 5
        || !chars.iter().all(|c| c.is_alphabetic())
        || chars.iter().all(|c| c.is_uppercase())
        || dict.check(word)
    {
        return None;
    }
    let ok = |c: &[char]| {
        let s: String = c.iter().collect();
        (s != word && dict.check(&s)).then_some(s)
    };
    // Two neighbours swapped.
    for i in 0..chars.len() - 1 {
        if chars[i] != chars[i + 1] {
            let mut c = chars.clone();
            c.swap(i, i + 1);
            if let Some(s) = ok(&c) {
                return Some(s);
            }
        }
    }
    // A letter doubled, or a double letter made single.
    for i in 1..chars.len() {
        if chars[i] == chars[i - 1] {
            let mut c = chars.clone();
            c.remove(i);
            if let Some(s) = ok(&c) {
                return Some(s);
            }
        }
    }
    for i in 0..chars.len() {
        let mut c = chars.clone();
        c.insert(i, chars[i]);
        if let Some(s) = ok(&c) {
            return Some(s);
        }
    }
    // Only an accent.
    const ACCENTS: [(char, char); 7] = [
        ('a', 'á'),
        ('e', 'é'),
        ('i', 'í'),
        ('o', 'ó'),
        ('u', 'ú'),
        ('u', 'ü'),
        ('n', 'ñ'),
    ];
    for i in 0..chars.len() {
        for (plain, marked) in ACCENTS {
            let lower = chars[i].to_lowercase().next().unwrap_or(chars[i]);
            let other = if lower == plain {
                marked
            } else if lower == marked {
                plain
            } else {
                continue;
            };
            let mut c = chars.clone();
            c[i] = if chars[i].is_uppercase() {
                other.to_uppercase().next().unwrap_or(other)
            } else {
                other
            };
            if let Some(s) = ok(&c) {
                return Some(s);
            }
        }
    }
    None
}

/// What `check --spell` needs besides the tree.
#[derive(Debug, Clone, Default)]
pub struct SpellOptions {
    /// Folders to look for dictionaries in, before the system's: `--dict`,
    /// then `PUENTE_DICT_PATH`.
    pub dict_dirs: Vec<PathBuf>,
}

/// One locale's share of the work.
struct Job<'a> {
    loc: &'a Locale,
    is_source: bool,
    found: Option<Found>,
    list: Option<(FileId, Vec<ListWord>)>,
}

/// Checks the spelling and the terminology of the chosen locales (all of
/// them when `only` is empty). Word lists are read into `sources`.
pub fn check(
    tree: &Tree,
    sources: &mut Sources,
    only: &[String],
    opts: &SpellOptions,
) -> Result<Vec<Finding>, crate::Fatal> {
    let dirs = search_dirs(&opts.dict_dirs);
    let mut out = Vec::new();
    let mut jobs = Vec::new();
    for (li, loc) in tree.locales.iter().enumerate() {
        if !(only.is_empty() || only.contains(&loc.tag)) {
            continue;
        }
        let path = loc.dir.join(WORD_LIST);
        let mut list = None;
        if path.is_file() {
            let name = crate::display_path(&path, &tree.display_root);
            let mut diags = Diagnostics::new();
            if let Some(id) = sources.read(&path, name.clone(), &mut diags)? {
                list = Some((id, parse_word_list(&sources.get(id).text)));
            }
            for d in diags.items() {
                out.push(Finding {
                    locale: Some(loc.tag.clone()),
                    group: name.clone(),
                    diag: d.clone(),
                });
            }
        }
        jobs.push(Job {
            loc,
            is_source: li == tree.source,
            found: find_dictionary(&dirs, &loc.tag, loc.config.dictionary.as_deref()),
            list,
        });
    }
    let sources: &Sources = sources;
    let run = |job: &Job| -> Vec<Finding> {
        // The dictionary loads while the terms are looked for.
        std::thread::scope(|scope| {
            let loading = job
                .found
                .as_ref()
                .map(|f| scope.spawn(move || load_dictionary(f)));
            let mut found = terms::typed_out(tree, job.loc, job.is_source, sources);
            let loaded = loading.map(|h| {
                h.join()
                    .unwrap_or_else(|_| Err("reading the dictionary failed".to_string()))
            });
            found.extend(spell_locale(tree, job, loaded, &dirs, sources));
            found
        })
    };
    // Loading a dictionary is most of the time: one thread per locale (a
    // project has few), at most one per core at a time.
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .max(1);
    for batch in jobs.chunks(threads) {
        let results: Vec<Vec<Finding>> = std::thread::scope(|scope| {
            let handles: Vec<_> = batch
                .iter()
                .map(|job| {
                    let run = &run;
                    scope.spawn(move || run(job))
                })
                .collect();
            handles
                .into_iter()
                .map(|h| h.join().unwrap_or_default())
                .collect()
        });
        out.extend(results.into_iter().flatten());
    }
    Ok(out)
}

/// A word the dictionary does not know, each place it is.
struct Wrong {
    word: String,
    places: Vec<(usize, FileId, Range<usize>)>,
}

fn spell_locale(
    tree: &Tree,
    job: &Job,
    loaded: Option<Result<Dictionary, String>>,
    dirs: &[PathBuf],
    sources: &Sources,
) -> Vec<Finding> {
    let loc = job.loc;
    let mut out = Vec::new();
    let locale_dir = crate::display_path(&loc.dir, &tree.display_root);
    let configured = loc.config.dictionary.as_deref();
    let list_name = crate::display_path(&loc.dir.join(WORD_LIST), &tree.display_root);
    let push = |out: &mut Vec<Finding>, group: &str, d: Diagnostic| {
        out.push(Finding {
            locale: Some(loc.tag.clone()),
            group: group.to_string(),
            diag: d,
        })
    };
    let (Some(found), Some(loaded)) = (&job.found, loaded) else {
        let names = candidates(&loc.tag, configured);
        let looked: Vec<String> = dirs.iter().map(|d| d.display().to_string()).collect();
        let d = Diagnostic::new(
            Severity::Note,
            "no-dictionary",
            crate::msg!("no-dictionary", locale = loc.tag.as_str()),
        )
        .with_note(crate::msg!(
            "no-dictionary-install",
            package = debian_package(&loc.tag, configured)
        ))
        .with_note(crate::msg!("no-dictionary-dict", name = names[0].as_str()))
        .with_note(crate::msg!(
            "no-dictionary-looked",
            names = names.join(", "),
            dirs = looked.join(", ")
        ));
        push(&mut out, &locale_dir, d);
        return out;
    };
    let mut dict = match loaded {
        Ok(d) => d,
        Err(e) => {
            let d = Diagnostic::new(
                Severity::Note,
                "no-dictionary",
                crate::msg!(
                    "no-dictionary-unreadable",
                    name = found.name.as_str(),
                    locale = loc.tag.as_str()
                ),
            )
            .with_note(crate::ui::Msg::verbatim(e));
            push(&mut out, &locale_dir, d);
            return out;
        }
    };
    // The word list: first what looks like a typo in it, then its words
    // join the dictionary.
    if let Some((fid, words)) = &job.list {
        for w in words {
            if w.explained {
                continue;
            }
            if let Some(real) = looks_like_typo(&dict, &w.word) {
                let d = Diagnostic::warning(
                    "word-list-typo",
                    crate::msg!(
                        "word-list-typo",
                        word = w.word.as_str(),
                        real = real.as_str(),
                        name = found.name.as_str()
                    ),
                )
                .at(
                    *fid,
                    w.span.clone(),
                    crate::msg!("word-list-typo-label", real = real.as_str()),
                )
                .with_note(crate::msg!("word-list-typo-note"));
                push(&mut out, &list_name, d);
            }
        }
        for w in words {
            let word = w.word.replace(['’', 'ʼ'], "'");
            if dict.add(&word).is_err() {
                // A `/` the dictionary cannot read as affix flags: the
                // word itself still counts.
                let plain = word.split('/').next().unwrap_or(&word);
                let _ = dict.add(plain);
            }
        }
    }
    // Every word of every text, checked once each.
    let src = tree.source();
    let mut known: HashMap<String, bool> = HashMap::new();
    let mut wrong: Vec<Wrong> = Vec::new();
    let mut wrong_at: HashMap<String, usize> = HashMap::new();
    for (fi, f) in loc.files.iter().enumerate() {
        let Some(fid) = f.file else { continue };
        let text = &sources.get(fid).text;
        let src_file = if job.is_source {
            None
        } else {
            src.file(&f.rel)
                .and_then(|sf| Some((sf, sources.get(sf.file?))))
        };
        for e in &f.parsed.entries {
            if !job.is_source && same_as_source(loc, src, &f.rel, e) {
                continue;
            }
            // A word a translation keeps from its source text (a name, an
            // acronym, a title cited in the original) is the source's to
            // spell, and is checked there.
            // Made only when the translation has an unknown word.
            let mut kept: Option<HashSet<&str>> = None;
            let make_kept = || -> HashSet<&str> {
                match src_file {
                    Some((sf, st)) => sf
                        .get(&e.id)
                        .map(|se| {
                            let mut spans = Vec::new();
                            entry_texts(se, &mut spans);
                            spans
                                .into_iter()
                                .filter_map(|r| st.text.get(r))
                                .flat_map(|piece| {
                                    words::tokens(piece)
                                        .into_iter()
                                        .flat_map(|t| t.parts)
                                        .map(move |p| &piece[p])
                                })
                                .collect()
                        })
                        .unwrap_or_default(),
                    None => HashSet::new(),
                }
            };
            let mut texts = Vec::new();
            entry_texts(e, &mut texts);
            for span in texts {
                let Some(piece) = text.get(span.clone()) else {
                    continue;
                };
                for tok in words::tokens(piece) {
                    let whole = &piece[tok.span.clone()];
                    if tok.parts.len() > 1 && is_known(&dict, &mut known, whole) {
                        continue;
                    }
                    for p in &tok.parts {
                        let w = &piece[p.clone()];
                        if is_known(&dict, &mut known, w)
                            || kept.get_or_insert_with(make_kept).contains(w)
                        {
                            continue;
                        }
                        // `U.S.`, `a.m.`: an abbreviation keeps its dot.
                        if piece[p.end..].starts_with('.') {
                            let dotted = &piece[p.start..p.end + 1];
                            if is_known(&dict, &mut known, dotted) {
                                continue;
                            }
                        }
                        let at = span.start + p.start..span.start + p.end;
                        let i = *wrong_at.entry(w.to_string()).or_insert_with(|| {
                            wrong.push(Wrong {
                                word: w.to_string(),
                                places: Vec::new(),
                            });
                            wrong.len() - 1
                        });
                        wrong[i].places.push((fi, fid, at));
                    }
                }
            }
        }
    }
    // Suggestions, bounded.
    let started = Instant::now();
    let mut ngram_left = NGRAM_WORDS;
    let mut out_of_budget = false;
    let fast = dict.suggester().with_ngram_suggestions(false);
    let slow = dict.suggester();
    let mut buf = Vec::new();
    for (n, w) in wrong.iter().enumerate() {
        let mut suggestions = Vec::new();
        if n < SUGGEST_WORDS && started.elapsed() < SUGGEST_BUDGET {
            fast.suggest(&w.word, &mut buf);
            if buf.is_empty() && ngram_left > 0 && started.elapsed() < SUGGEST_BUDGET {
                ngram_left -= 1;
                slow.suggest(&w.word, &mut buf);
            }
            suggestions = buf
                .iter()
                .filter(|s| **s != w.word)
                .take(SUGGESTIONS)
                .cloned()
                .collect();
        } else {
            out_of_budget = true;
        }
        for (fi, fid, at) in &w.places {
            let mut d = Diagnostic::warning(
                "spelling",
                crate::msg!(
                    "spelling",
                    word = w.word.as_str(),
                    name = found.name.as_str()
                ),
            )
            .at(*fid, at.clone(), crate::msg!("spelling-label"));
            if !suggestions.is_empty() {
                let listed: Vec<String> = suggestions.iter().map(|s| format!("“{s}”")).collect();
                d = d.with_note(crate::msg!("spelling-suggest", words = listed.join(", ")));
            } else if out_of_budget {
                d = d.with_note(crate::msg!("spelling-no-time"));
            }
            d = d
                .with_note(crate::msg!("spelling-word-list", list = list_name.as_str()))
                .with_suggestions(suggestions.clone());
            push(&mut out, &loc.files[*fi].name, d);
        }
    }
    out
}

fn is_known(dict: &Dictionary, known: &mut HashMap<String, bool>, word: &str) -> bool {
    if let Some(&k) = known.get(word) {
        return k;
    }
    // Typographic apostrophes are the dictionary's straight ones.
    let plain = word.replace(['’', 'ʼ'], "'");
    let ok = dict.check(&plain)
        || (plain != word && dict.check(word))
        // `group's` when the dictionary has only `group`.
        || plain
            .strip_suffix("'s")
            .is_some_and(|base| !base.is_empty() && dict.check(base));
    known.insert(word.to_string(), ok);
    ok
}

/// A translation whose text is the source's (not translated yet, or rightly
/// the same): its words are the source's and are checked there.
fn same_as_source(loc: &Locale, src: &Locale, rel: &str, e: &Entry) -> bool {
    if e.untranslated() {
        return true;
    }
    let Some(se) = src.file(rel).and_then(|f| f.get(&e.id)) else {
        return false;
    };
    let _ = loc;
    let has_select = |x: &Entry| {
        x.value
            .iter()
            .flatten()
            .chain(x.attributes.iter().flat_map(|a| a.value.iter()))
            .any(|n| matches!(n, Node::Select { .. }))
    };
    if !has_select(se) && !has_select(e) {
        return se.canonical() == e.canonical();
    }
    se.printed() == e.printed()
}

/// The spans of every piece of text of an entry, in every variant.
fn entry_texts(e: &Entry, out: &mut Vec<Range<usize>>) {
    if let Some(v) = &e.value {
        node_texts(v, out);
    }
    for a in &e.attributes {
        node_texts(&a.value, out);
    }
}

fn node_texts(nodes: &[Node], out: &mut Vec<Range<usize>>) {
    for n in nodes {
        match n {
            Node::Text { span, .. } => out.push(span.clone()),
            Node::Select { variants, .. } => {
                for v in variants {
                    node_texts(&v.value, out);
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regional_variants_fall_back_in_order() {
        assert_eq!(candidates("es-MX", None), ["es_MX", "es", "es_ES"]);
        assert_eq!(candidates("es", None), ["es", "es_ES"]);
        assert_eq!(candidates("en", None), ["en", "en_US"]);
        assert_eq!(candidates("pt-BR", None), ["pt_BR", "pt", "pt_PT"]);
        assert_eq!(candidates("en", Some("en-GB")), ["en_GB"]);
    }

    #[test]
    fn any_dictionary_of_the_language_comes_last() {
        let dir = tempfile::tempdir().unwrap();
        for n in ["es_AR", "es_CL", "en_US"] {
            std::fs::write(dir.path().join(format!("{n}.aff")), "").unwrap();
            std::fs::write(dir.path().join(format!("{n}.dic")), "0\n").unwrap();
        }
        let dirs = vec![dir.path().to_path_buf()];
        assert_eq!(find_dictionary(&dirs, "es-MX", None).unwrap().name, "es_AR");
        std::fs::write(dir.path().join("es_ES.aff"), "").unwrap();
        std::fs::write(dir.path().join("es_ES.dic"), "0\n").unwrap();
        assert_eq!(find_dictionary(&dirs, "es-MX", None).unwrap().name, "es_ES");
        std::fs::write(dir.path().join("es_MX.aff"), "").unwrap();
        std::fs::write(dir.path().join("es_MX.dic"), "0\n").unwrap();
        assert_eq!(find_dictionary(&dirs, "es-MX", None).unwrap().name, "es_MX");
        assert_eq!(find_dictionary(&dirs, "fr", None), None);
        assert_eq!(find_dictionary(&dirs, "en", Some("en_GB")), None);
    }

    #[test]
    fn debian_packages_are_named() {
        assert_eq!(debian_package("es-MX", None), "hunspell-es");
        assert_eq!(debian_package("en", None), "hunspell-en-us");
        assert_eq!(debian_package("en", Some("en_GB")), "hunspell-en-gb");
        assert_eq!(debian_package("ht", None), "hunspell-ht");
    }

    #[test]
    fn word_lists_have_comments_and_explanations() {
        let w = parse_word_list("# names\nTapachula\ntodes  # inclusive form\n\nACNUR\n");
        let got: Vec<(&str, bool)> = w.iter().map(|w| (w.word.as_str(), w.explained)).collect();
        assert_eq!(
            got,
            [("Tapachula", false), ("todes", true), ("ACNUR", false)]
        );
        assert_eq!(w[1].span, 18..23);
    }

    #[test]
    fn slips_are_typos_and_other_letters_are_not() {
        let dict = Dictionary::new(
            "SET UTF-8\n",
            "4\nrefugiado\nrefugiada\norganización\nwhatever\n",
        )
        .unwrap();
        assert_eq!(
            looks_like_typo(&dict, "refugaido").as_deref(),
            Some("refugiado")
        );
        assert_eq!(
            looks_like_typo(&dict, "organizacion").as_deref(),
            Some("organización")
        );
        assert_eq!(
            looks_like_typo(&dict, "whateverr").as_deref(),
            Some("whatever")
        );
        assert_eq!(looks_like_typo(&dict, "refugiade"), None);
        assert_eq!(looks_like_typo(&dict, "refugiados"), None);
        assert_eq!(looks_like_typo(&dict, "ACNUR"), None);
    }
}
