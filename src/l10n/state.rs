//! Translation state, kept where the translation platforms cannot lose it.
//!
//! Pontoon rebuilds each locale file from the *English* file's entries and
//! comments, filled in with the translations (its sync writes through
//! moz.l10n); Weblate re-serializes the whole file through translate-toolkit.
//! A comment in a translation file is therefore not a safe place for state:
//! after Pontoon's first commit to a file, every comment of the translator's
//! is gone. So the state is read from the text itself and from a record
//! outside the translation files:
//!
//! - **untranslated**: the translation's text is the source text (with
//!   whitespace runs made single, and only when the text has a letter in
//!   it: `{ $page } / { $total }` needs no translating), and the message is
//!   not accepted. `sync` writes the source text, so what it adds counts as
//!   untranslated until someone changes it, whichever tool writes the file
//!   afterwards.
//! - **accepted as the same as the source** (a name, a word both languages
//!   share): the review record holds the message. `puente review --lang L
//!   ID` puts it there. The older `# puente: same-as-source` comment is still
//!   read, for files that only editors and Weblate touch.
//! - **outdated**: the review record's copy of the source text differs from
//!   the source text now.
//!
//! The review record of locale `L` is `<locales>/.reviewed/L.ftl`: beside the
//! locale folders, not inside one, so compare-locales does not ask to remove
//! it and no platform takes it for a translation. A record at the older
//! place, `<locales>/L/.reviewed.ftl`, is still read, and `review` moves it.

use std::path::{Path, PathBuf};

use super::syntax::{Entry, Node};

/// The folder, inside the locales folder, that holds the review records.
pub const RECORD_DIR: &str = ".reviewed";

/// The name of the review record inside a locale folder, before it moved.
pub const LEGACY_RECORD_FILE: &str = ".reviewed.ftl";

/// Where the review record of `tag` is written.
pub fn record_path(locales_dir: &Path, tag: &str) -> PathBuf {
    locales_dir.join(RECORD_DIR).join(format!("{tag}.ftl"))
}

/// Where the review record of `tag` is read: the new place, or the old one
/// when only that exists.
pub fn existing_record_path(locales_dir: &Path, tag: &str) -> Option<PathBuf> {
    let new = record_path(locales_dir, tag);
    if new.is_file() {
        return Some(new);
    }
    let old = locales_dir.join(tag).join(LEGACY_RECORD_FILE);
    old.is_file().then_some(old)
}

/// Whether an entry's text has a letter, so that there is something to
/// translate: `{ $page } / { $total }` has none, and is never untranslated.
pub fn has_letters(e: &Entry) -> bool {
    fn letters(nodes: &[Node]) -> bool {
        nodes.iter().any(|n| match n {
            Node::Text { text, .. } => text.chars().any(char::is_alphabetic),
            Node::Literal {
                value,
                string: true,
                ..
            } => value.chars().any(char::is_alphabetic),
            Node::Select { variants, .. } => variants.iter().any(|v| letters(&v.value)),
            _ => false,
        })
    }
    e.value.as_deref().is_some_and(letters) || e.attributes.iter().any(|a| letters(&a.value))
}

/// Whether a translation still holds the source text word for word (and
/// that text has something to translate: a letter).
pub fn holds_source_text(source: &Entry, translation: &Entry) -> bool {
    // The comparison usually fails at the first word; the scan for a
    // letter reads the whole text.
    translation.prints(source.printed()) && has_letters(source)
}

/// Whether a translation counts as untranslated: it holds the source text
/// and is not accepted (`recorded`: the review record holds it).
pub fn is_untranslated(source: &Entry, translation: &Entry, recorded: bool) -> bool {
    holds_source_text(source, translation) && is_unaccepted(translation, || recorded)
}

/// Whether a translation that holds the source text is *not* accepted as
/// rightly the same: the review record does not hold it (`recorded`, asked
/// only when the old comment marker does not already accept it).
pub fn is_unaccepted(translation: &Entry, recorded: impl FnOnce() -> bool) -> bool {
    !translation.same_as_source_ok() && !recorded()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::l10n::syntax::parse;

    fn entry(text: &str) -> Entry {
        parse(text).entries.remove(0)
    }

    #[test]
    fn the_source_text_is_untranslated_unless_recorded() {
        let en = entry("a = Hello   there\n");
        let copy = entry("a =\n    Hello there\n");
        let done = entry("a = Bonjou\n");
        assert!(is_untranslated(&en, &copy, false));
        assert!(!is_untranslated(&en, &copy, true));
        assert!(!is_untranslated(&en, &done, false));
    }

    #[test]
    fn text_without_letters_needs_no_translation() {
        let en = entry("a = { $page } / { $total }\n");
        assert!(!is_untranslated(&en, &en.clone(), false));
    }

    #[test]
    fn the_old_comment_still_accepts() {
        let en = entry("a = Agenda\n");
        let es = entry("# puente: same-as-source\na = Agenda\n");
        assert!(!is_untranslated(&en, &es, false));
    }

    #[test]
    fn the_record_lives_beside_the_locales() {
        assert_eq!(
            record_path(Path::new("locales"), "es"),
            Path::new("locales/.reviewed/es.ftl")
        );
    }
}
