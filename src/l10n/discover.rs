//! The one way Puente finds locale folders, for the build (`store`) and
//! for the translator tools (`tree`) alike: the folders of `dir`, sorted,
//! without dot folders (version control, the review records), each either a
//! language tag or reported as skipped.

use std::path::{Path, PathBuf};

use unic_langid::LanguageIdentifier;

/// A folder named after a language tag.
pub struct LocaleDir {
    pub name: String,
    pub lang: LanguageIdentifier,
    pub path: PathBuf,
}

/// What [`discover`] found: the locale folders, and the folders whose names
/// are not language tags.
pub struct Found {
    pub locales: Vec<LocaleDir>,
    pub not_tags: Vec<(String, PathBuf)>,
}

pub fn discover(dir: &Path) -> Result<Found, crate::Fatal> {
    let entries = std::fs::read_dir(dir).map_err(|e| crate::Fatal::io(dir, e))?;
    let mut dirs: Vec<(String, PathBuf)> = entries
        .filter_map(Result::ok)
        .filter(|e| e.file_type().map(|t| t.is_dir()).unwrap_or(false))
        .map(|e| (e.file_name().to_string_lossy().into_owned(), e.path()))
        .filter(|(n, _)| !n.starts_with('.'))
        .collect();
    dirs.sort();
    let mut found = Found {
        locales: Vec::new(),
        not_tags: Vec::new(),
    };
    for (name, path) in dirs {
        match name.parse::<LanguageIdentifier>() {
            Ok(lang) => found.locales.push(LocaleDir { name, lang, path }),
            Err(_) => found.not_tags.push((name, path)),
        }
    }
    Ok(found)
}
