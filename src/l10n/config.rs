//! A compare-locales project configuration (`l10n.toml`), so that `puente
//! check --config l10n.toml` can stand in for compare-locales in a CI job.
//!
//! What is read, as compare-locales reads it:
//!
//! - `basepath`: the folder every path is relative to (relative to the
//!   configuration file's folder);
//! - `locales`: the locales to check;
//! - `[env]`: `{name}` variables used in paths, and `{l10n_base}` (here the
//!   basepath: compare-locales takes it from its command line);
//! - `[[paths]]`: `reference` and `l10n` patterns with `{locale}`, `*` (part
//!   of one folder or file name) and `**` (any number of folders), and an
//!   optional `locales` list of their own. A reference file and a
//!   translation file belong together when the wildcards match the same text;
//! - `[[includes]]`: other configurations, read the same way.
//!
//! `[[filters]]` (which compare-locales uses to silence findings) are not
//! applied; `check` says so once. Files are separate bundles (see
//! [`super::tree`]): the configuration does not say which files an
//! application loads together.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

/// The configuration file as written.
#[derive(Debug, Deserialize)]
struct Raw {
    basepath: Option<String>,
    #[serde(default)]
    locales: Vec<String>,
    #[serde(default)]
    env: BTreeMap<String, String>,
    #[serde(default)]
    paths: Vec<RawPath>,
    #[serde(default)]
    includes: Vec<RawInclude>,
    #[serde(default)]
    filters: Vec<toml::Value>,
}

#[derive(Debug, Deserialize)]
struct RawPath {
    reference: Option<String>,
    l10n: String,
    locales: Option<Vec<String>>,
}

#[derive(Debug, Deserialize)]
struct RawInclude {
    path: String,
}

/// One `[[paths]]` entry, variables other than `{locale}` filled in.
#[derive(Debug, Clone)]
pub struct PathRule {
    pub reference: Option<Glob>,
    /// Still holding `{locale}`.
    pub l10n: String,
    pub locales: Option<Vec<String>>,
}

/// A read configuration.
#[derive(Debug)]
pub struct Config {
    /// The configuration file, for messages.
    pub file: PathBuf,
    /// Absolute or relative to the current folder, as given.
    pub basepath: PathBuf,
    pub locales: Vec<String>,
    pub rules: Vec<PathRule>,
    /// Whether some file had `[[filters]]`, which are not applied.
    pub has_filters: bool,
}

/// A configuration that cannot be used: a usage error (exit code 2).
pub fn load(file: &Path) -> Result<Config, crate::Fatal> {
    let mut config = Config {
        file: file.to_path_buf(),
        basepath: PathBuf::new(),
        locales: Vec::new(),
        rules: Vec::new(),
        has_filters: false,
    };
    read_into(file, &mut config, 0, true)?;
    Ok(config)
}

fn read_into(
    file: &Path,
    config: &mut Config,
    depth: usize,
    top: bool,
) -> Result<(), crate::Fatal> {
    if depth > 8 {
        return Err(crate::Fatal::Usage(
            crate::msg!("config-too-deep", file = file).into_string(),
        ));
    }
    let text = std::fs::read_to_string(file).map_err(|e| crate::Fatal::io(file, e))?;
    let raw: Raw = toml::from_str(&text).map_err(|e| {
        crate::Fatal::Usage(
            crate::msg!(
                "config-not-toml",
                file = file,
                reason = e.to_string().trim_end()
            )
            .into_string(),
        )
    })?;
    let dir = file.parent().unwrap_or(Path::new("."));
    let basepath = dir.join(raw.basepath.as_deref().unwrap_or("."));
    if top {
        config.basepath = basepath.clone();
        config.locales = raw.locales.clone();
    } else {
        for l in &raw.locales {
            if !config.locales.contains(l) {
                config.locales.push(l.clone());
            }
        }
    }
    config.has_filters |= !raw.filters.is_empty();
    let mut env = raw.env.clone();
    env.insert(
        "l10n_base".into(),
        config.basepath.to_string_lossy().into_owned(),
    );
    for p in &raw.paths {
        let expand = |s: &str| -> Result<String, crate::Fatal> {
            let s = expand_env(s, &env).map_err(|v| {
                crate::Fatal::Usage(
                    crate::msg!("config-path-env", file = file, path = s, variable = v)
                        .into_string(),
                )
            })?;
            Ok(relative_to(&basepath, &s))
        };
        let reference = match &p.reference {
            Some(r) => Some(Glob::parse(&expand(r)?)),
            None => None,
        };
        config.rules.push(PathRule {
            reference,
            l10n: expand(&p.l10n)?,
            locales: p.locales.clone(),
        });
    }
    for inc in &raw.includes {
        let path = expand_env(&inc.path, &env).map_err(|v| {
            crate::Fatal::Usage(
                crate::msg!(
                    "config-include-env",
                    file = file,
                    path = &inc.path,
                    variable = v
                )
                .into_string(),
            )
        })?;
        read_into(
            &basepath.join(relative_to(Path::new(""), &path)),
            config,
            depth + 1,
            false,
        )?;
    }
    Ok(())
}

/// Fills in `{name}` from `env` (and the names env values use), leaving
/// `{locale}`. `Err` names a variable that is not defined.
fn expand_env(s: &str, env: &BTreeMap<String, String>) -> Result<String, String> {
    let mut out = s.to_string();
    for _ in 0..8 {
        let mut changed = false;
        let mut next = String::new();
        let mut rest = out.as_str();
        while let Some(i) = rest.find('{') {
            next.push_str(&rest[..i]);
            let Some(j) = rest[i..].find('}') else {
                next.push_str(&rest[i..]);
                rest = "";
                break;
            };
            let name = &rest[i + 1..i + j];
            match env.get(name) {
                Some(v) => {
                    next.push_str(v);
                    changed = true;
                }
                None if name == "locale" || name == "android_locale" => {
                    next.push_str(&rest[i..=i + j])
                }
                None => return Err(name.to_string()),
            }
            rest = &rest[i + j + 1..];
        }
        next.push_str(rest);
        out = next;
        if !changed {
            break;
        }
    }
    Ok(out)
}

/// `path` as a `/`-separated path relative to `base` when it lies inside it
/// (or is already relative), otherwise as it is.
fn relative_to(base: &Path, path: &str) -> String {
    let p = Path::new(path);
    let joined = if p.is_absolute() {
        p.to_path_buf()
    } else {
        base.join(p)
    };
    normalize(&joined)
}

/// A path as `/`-separated text without `.` and with `..` folded.
pub fn normalize_path(p: &Path) -> String {
    normalize(p)
}

fn normalize(p: &Path) -> String {
    let mut parts: Vec<String> = Vec::new();
    let absolute = p.is_absolute();
    for c in p.components() {
        match c {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                if parts.last().is_some_and(|l| l != "..") {
                    parts.pop();
                } else {
                    parts.push("..".into());
                }
            }
            std::path::Component::Normal(s) => parts.push(s.to_string_lossy().into_owned()),
            _ => {}
        }
    }
    let joined = parts.join("/");
    if absolute {
        format!("/{joined}")
    } else {
        joined
    }
}

/// A path pattern: literal text, `*` and `**`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Glob {
    toks: Vec<Tok>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Tok {
    Lit(String),
    /// Any text without `/`.
    Star,
    /// Any number of whole folders (`**/` in the middle, `**` at the end).
    Stars,
}

impl Glob {
    pub fn parse(pattern: &str) -> Glob {
        let mut toks = Vec::new();
        let mut lit = String::new();
        let mut rest = pattern;
        while !rest.is_empty() {
            if let Some(r) = rest.strip_prefix("**") {
                if !lit.is_empty() {
                    toks.push(Tok::Lit(std::mem::take(&mut lit)));
                }
                toks.push(Tok::Stars);
                rest = r.strip_prefix('/').unwrap_or(r);
            } else if let Some(r) = rest.strip_prefix('*') {
                if !lit.is_empty() {
                    toks.push(Tok::Lit(std::mem::take(&mut lit)));
                }
                toks.push(Tok::Star);
                rest = r;
            } else {
                let c = rest.chars().next().unwrap_or_default();
                lit.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
        if !lit.is_empty() {
            toks.push(Tok::Lit(lit));
        }
        Glob { toks }
    }

    /// The folder before the first wildcard: where to look for files.
    pub fn prefix_dir(&self) -> String {
        match self.toks.first() {
            Some(Tok::Lit(l)) if self.toks.len() == 1 => l
                .rsplit_once('/')
                .map(|(d, _)| d.to_string())
                .unwrap_or_default(),
            Some(Tok::Lit(l)) => match l.rfind('/') {
                Some(i) => l[..i].to_string(),
                None => String::new(),
            },
            _ => String::new(),
        }
    }

    /// The texts the wildcards matched, in order, when `path` matches.
    pub fn matches(&self, path: &str) -> Option<Vec<String>> {
        let mut caps = Vec::new();
        if match_from(&self.toks, path, &mut caps) {
            Some(caps)
        } else {
            None
        }
    }

    /// The path with the wildcards replaced by `caps`, in order. `None` when
    /// the pattern has more wildcards than `caps`.
    pub fn expand(&self, caps: &[String]) -> Option<String> {
        let mut out = String::new();
        let mut i = 0;
        for (ti, t) in self.toks.iter().enumerate() {
            let last = ti + 1 == self.toks.len();
            match t {
                Tok::Lit(l) => out.push_str(l),
                Tok::Star => {
                    out.push_str(caps.get(i)?);
                    i += 1;
                }
                Tok::Stars => {
                    let c = caps.get(i)?;
                    out.push_str(c);
                    if !last && !c.is_empty() && !c.ends_with('/') {
                        out.push('/');
                    }
                    i += 1;
                }
            }
        }
        Some(out.replace("//", "/"))
    }
}

fn match_from(toks: &[Tok], path: &str, caps: &mut Vec<String>) -> bool {
    let Some((first, rest)) = toks.split_first() else {
        return path.is_empty();
    };
    match first {
        Tok::Lit(l) => path
            .strip_prefix(l.as_str())
            .is_some_and(|p| match_from(rest, p, caps)),
        Tok::Star => {
            let limit = path.find('/').unwrap_or(path.len());
            for end in (0..=limit).rev() {
                if !path.is_char_boundary(end) {
                    continue;
                }
                caps.push(path[..end].to_string());
                if match_from(rest, &path[end..], caps) {
                    return true;
                }
                caps.pop();
            }
            false
        }
        Tok::Stars => {
            // Whole folders: empty, or up to and including a `/`. At the
            // end of a pattern, everything that is left.
            if rest.is_empty() {
                caps.push(path.to_string());
                return true;
            }
            let mut ends: Vec<usize> = vec![0];
            ends.extend(path.match_indices('/').map(|(i, _)| i + 1));
            for &end in ends.iter().rev() {
                caps.push(path[..end].to_string());
                if match_from(rest, &path[end..], caps) {
                    return true;
                }
                caps.pop();
            }
            false
        }
    }
}

/// Every file under `dir` (a `/`-separated path), as `/`-separated paths
/// starting with `dir`. Dot files and folders are skipped, symbolic links
/// to folders are not followed.
pub fn files_under(dir: &str) -> Vec<String> {
    let mut out = Vec::new();
    let start = if dir.is_empty() { "." } else { dir };
    walk(Path::new(start), dir, 0, &mut out);
    out.sort();
    out
}

fn walk(path: &Path, shown: &str, depth: usize, out: &mut Vec<String>) {
    if depth > 32 {
        return;
    }
    let Ok(entries) = std::fs::read_dir(path) else {
        return;
    };
    for e in entries.filter_map(Result::ok) {
        let name = e.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        let Ok(kind) = e.file_type() else { continue };
        let sub = if shown.is_empty() {
            name.clone()
        } else {
            format!("{shown}/{name}")
        };
        if kind.is_dir() {
            walk(&e.path(), &sub, depth + 1, out);
        } else if kind.is_file() {
            out.push(sub);
        }
    }
}

impl Config {
    /// The locales of a rule.
    pub fn rule_locales<'a>(&'a self, rule: &'a PathRule) -> &'a [String] {
        rule.locales.as_deref().unwrap_or(&self.locales)
    }
}

/// The name of a Puente project's compare-locales configuration, at its
/// root. Pontoon and compare-locales read the project through it.
pub const PROJECT_CONFIG: &str = "l10n.toml";

/// Problems with a Puente project's `l10n.toml`: a locale folder it does not
/// list (Pontoon and compare-locales would not see it), a locale it lists
/// that has no folder, or a source file none of its paths matches, or
/// matches to another place than `locales/<lang>/<file>`.
pub fn check_project_config(
    root: &Path,
    tree: &super::tree::Tree,
    sources: &mut crate::source::Sources,
) -> Result<Vec<crate::diag::Diagnostic>, crate::Fatal> {
    use crate::diag::Diagnostic;
    let path = root.join(PROJECT_CONFIG);
    let mut out = Vec::new();
    if !path.is_file() {
        return Ok(out);
    }
    let mut diags = crate::diag::Diagnostics::new();
    let Some(fid) = sources.read(&path, PROJECT_CONFIG.to_string(), &mut diags)? else {
        return Ok(diags.items().to_vec());
    };
    let text = sources.get(fid).text.clone();
    // The first place `needle` starts a line (after indentation), or is
    // quoted in a list: not in a comment.
    let at = |needle: &str| -> std::ops::Range<usize> {
        let mut offset = 0;
        for line in text.split_inclusive('\n') {
            let body = line.trim_start();
            if !body.starts_with('#') {
                if let Some(i) = body.find(needle) {
                    let start = offset + (line.len() - body.len()) + i;
                    return start..start + needle.len();
                }
            }
            offset += line.len();
        }
        0..0
    };
    let config = match load(&path) {
        Ok(c) => c,
        Err(crate::Fatal::Usage(msg)) => {
            out.push(
                // `load` said it in the interface language already.
                Diagnostic::error("config-mismatch", crate::ui::Msg::verbatim(msg))
                    .at(fid, 0..0, crate::msg!("label-here"))
                    .with_note(crate::msg!("config-read-note")),
            );
            return Ok(out);
        }
        Err(e) => return Err(e),
    };
    let fix = crate::msg!("config-fix");
    let src = tree.source();
    for loc in &tree.locales {
        if loc.tag == src.tag || config.locales.contains(&loc.tag) {
            continue;
        }
        out.push(
            Diagnostic::error(
                "config-mismatch",
                crate::msg!(
                    "config-unlisted-locale",
                    locale = &loc.tag,
                    folder = tree.shown_path(loc, "")
                ),
            )
            .at(fid, at("locales"), crate::msg!("config-locales-label"))
            .with_note(crate::msg!(
                "config-unlisted-locale-note",
                locale = &loc.tag
            )),
        );
    }
    for tag in &config.locales {
        if tree.locale(tag).is_none() {
            out.push(
                Diagnostic::error(
                    "config-mismatch",
                    crate::msg!("config-unknown-locale", locale = tag),
                )
                .at(
                    fid,
                    at(&format!("\"{tag}\"")),
                    crate::msg!("config-listed-here"),
                )
                .with_note(crate::msg!("config-unknown-locale-note", locale = tag)),
            );
        }
    }
    let base = normalize(&config.basepath);
    let under_root = |p: &str| -> String {
        p.strip_prefix(&base)
            .unwrap_or(p)
            .trim_start_matches('/')
            .to_string()
    };
    for sf in &src.files {
        let want_ref = format!("locales/{}/{}", src.tag, sf.rel);
        let matched = config.rules.iter().find_map(|r| {
            let g = r.reference.as_ref()?;
            let full = if base.is_empty() {
                want_ref.clone()
            } else {
                format!("{base}/{want_ref}")
            };
            let caps = g.matches(&full)?;
            Some((r, caps))
        });
        let Some((rule, caps)) = matched else {
            out.push(
                Diagnostic::error(
                    "config-mismatch",
                    crate::msg!("config-no-path", file = &want_ref),
                )
                .at(fid, at("[[paths]]"), crate::msg!("config-paths-label"))
                .with_note(fix.clone()),
            );
            continue;
        };
        for tag in config.rule_locales(rule) {
            let target = Glob::parse(&rule.l10n.replace("{locale}", tag))
                .expand(&caps)
                .map(|p| under_root(&p));
            let want = format!("locales/{tag}/{}", sf.rel);
            if target.as_deref() != Some(want.as_str()) {
                out.push(
                    Diagnostic::error(
                        "config-mismatch",
                        crate::msg!(
                            "config-wrong-path",
                            locale = tag,
                            file = &want_ref,
                            target = target
                                .clone()
                                .unwrap_or_else(
                                    || crate::msg!("config-no-path-at-all").into_string()
                                ),
                            want = &want
                        ),
                    )
                    .at(fid, at("l10n ="), crate::msg!("label-here"))
                    .with_note(fix.clone()),
                );
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stars_match_and_expand_across_patterns() {
        let en = Glob::parse("browser/locales/en-US/**/*.ftl");
        let caps = en
            .matches("browser/locales/en-US/browser/menu/app.ftl")
            .unwrap();
        assert_eq!(caps, ["browser/menu/", "app"]);
        let l10n = Glob::parse("l10n/es/browser/**/*.ftl");
        assert_eq!(
            l10n.expand(&caps).unwrap(),
            "l10n/es/browser/browser/menu/app.ftl"
        );
        assert_eq!(en.prefix_dir(), "browser/locales/en-US");
        assert!(Glob::parse("locales/en/*.ftl")
            .matches("locales/en/a/b.ftl")
            .is_none());
        assert_eq!(
            Glob::parse("locales/en/**").matches("locales/en/a/b.ftl"),
            Some(vec!["a/b.ftl".to_string()])
        );
    }

    #[test]
    fn env_variables_are_filled_in_and_locale_kept() {
        let mut env = BTreeMap::new();
        env.insert("l".to_string(), "{l10n_base}/{locale}/".to_string());
        env.insert("l10n_base".to_string(), "base".to_string());
        assert_eq!(
            expand_env("{l}mail/**", &env).unwrap(),
            "base/{locale}/mail/**"
        );
        assert_eq!(expand_env("{nope}/x", &env), Err("nope".to_string()));
    }
}
