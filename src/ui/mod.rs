//! Puente's own interface language: every sentence Puente prints (help,
//! diagnostics, hints, progress, summaries, usage errors, the preview's bar)
//! comes from the Fluent catalogs under `i18n/<lang>/`, compiled into the
//! binary.
//!
//! The binary chooses the language once ([`choose`], from `--ui-lang` and
//! then `LC_ALL`, `LC_MESSAGES`, `LANG`) and sets it with [`set_lang`]; the
//! library never reads the environment. Only the chosen language's catalog
//! is parsed, the first time a sentence is needed.
//!
//! Text meant for the user is a [`Msg`], which only this module makes: a
//! diagnostic cannot be built from a bare English literal, so a new sentence
//! that skips the catalog does not compile.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

pub mod cli;

/// A language Puente's interface is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    Es,
}

impl Lang {
    /// Every interface language, English (the source) first.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Es];

    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }

    /// The language a tag or a locale name such as `es_MX.UTF-8`, `es-AR`
    /// or `en_US` asks for, if Puente speaks it. `C` and `POSIX` are
    /// English.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let tag = tag.trim();
        // `es_MX.UTF-8@euro`: the language is what comes before `_`, `-`,
        // `.` or `@`.
        let lang = tag
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match lang.as_str() {
            "en" | "c" | "posix" => Some(Lang::En),
            "es" => Some(Lang::Es),
            _ => None,
        }
    }

    /// The catalog's text: every file of `i18n/<lang>/`, in a fixed order.
    pub fn catalog(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Lang::En => &[
                ("cli.ftl", include_str!("../../i18n/en/cli.ftl")),
                (
                    "diagnostics.ftl",
                    include_str!("../../i18n/en/diagnostics.ftl"),
                ),
                ("commands.ftl", include_str!("../../i18n/en/commands.ftl")),
                ("serve.ftl", include_str!("../../i18n/en/serve.ftl")),
            ],
            Lang::Es => &[
                ("cli.ftl", include_str!("../../i18n/es/cli.ftl")),
                (
                    "diagnostics.ftl",
                    include_str!("../../i18n/es/diagnostics.ftl"),
                ),
                ("commands.ftl", include_str!("../../i18n/es/commands.ftl")),
                ("serve.ftl", include_str!("../../i18n/es/serve.ftl")),
            ],
        }
    }
}

/// The interface language from the command line and the environment, as
/// the binary read them: `--ui-lang` first, then the first of `LC_ALL`,
/// `LC_MESSAGES` and `LANG` that is set and not empty (POSIX order); English
/// when that names a language Puente does not speak.
///
/// Returns an error with the value when `--ui-lang` names a language Puente
/// has no catalog for.
pub fn choose(ui_lang: Option<&str>, env: [Option<&str>; 3]) -> Result<Lang, String> {
    if let Some(tag) = ui_lang {
        return Lang::from_tag(tag).ok_or_else(|| tag.to_string());
    }
    let first_set = env.into_iter().flatten().find(|v| !v.trim().is_empty());
    Ok(first_set.and_then(Lang::from_tag).unwrap_or(Lang::En))
}

static LANG: OnceLock<Lang> = OnceLock::new();

/// Sets the interface language for the whole process. Only the first call
/// counts; without one, the interface is English.
pub fn set_lang(lang: Lang) {
    let _ = LANG.set(lang);
}

/// The interface language in use.
pub fn lang() -> Lang {
    *LANG.get().unwrap_or(&Lang::En)
}

/// The bundle that holds `id`. Every run builds its command line from the
/// `cli-*` messages, so those have a small bundle of their own (`cli.ftl`
/// only); the rest of the catalog is parsed the first time another message
/// is needed, which most successful runs never do.
fn bundle_for(lang: Lang, id: &str) -> &'static FluentBundle<FluentResource> {
    static CLI: [OnceLock<FluentBundle<FluentResource>>; 2] = [OnceLock::new(), OnceLock::new()];
    static ALL: [OnceLock<FluentBundle<FluentResource>>; 2] = [OnceLock::new(), OnceLock::new()];
    let i = match lang {
        Lang::En => 0,
        Lang::Es => 1,
    };
    if id.starts_with("cli-") {
        CLI[i].get_or_init(|| make_bundle(lang, true))
    } else {
        ALL[i].get_or_init(|| make_bundle(lang, false))
    }
}

fn make_bundle(lang: Lang, cli_only: bool) -> FluentBundle<FluentResource> {
    {
        let tag: unic_langid::LanguageIdentifier =
            lang.tag().parse().expect("a valid language tag");
        let mut bundle = FluentBundle::new_concurrent(vec![tag]);
        // Terminals show the isolation marks as stray characters.
        bundle.set_use_isolating(false);
        for (name, text) in lang.catalog() {
            if cli_only && *name != "cli.ftl" {
                continue;
            }
            // The catalogs are checked by the test suite (`puente check
            // --locales i18n --strict`); a broken entry is skipped here.
            let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, _)| r);
            let _ = bundle.add_resource(resource);
        }
        bundle
    }
}

/// Whether `id` is a message of `lang`'s catalog.
pub fn has(lang: Lang, id: &str) -> bool {
    bundle_for(lang, id).has_message(id)
}

/// A sentence of the interface, in the interface language. Made only by
/// [`text`] (through [`msg!`](crate::msg)) and [`Msg::join`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Msg(String);

impl Msg {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }

    /// Text that is the same in every language: numbers and sums
    /// (`5 + 10 = 15`), ids, paths, and text quoted from the user's files.
    /// Never a sentence: sentences come from the catalog.
    pub fn verbatim(text: impl Into<String>) -> Msg {
        Msg(text.into())
    }

    /// Sentences joined with `sep`, such as a list of findings.
    pub fn join(parts: impl IntoIterator<Item = Msg>, sep: &str) -> Msg {
        Msg(parts.into_iter().map(|m| m.0).collect::<Vec<_>>().join(sep))
    }
}

impl std::fmt::Display for Msg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<Msg> for String {
    fn from(m: Msg) -> String {
        m.0
    }
}

/// What a diagnostic's message, label or note accepts: a [`Msg`] from the
/// catalog.
pub trait IntoMsg {
    fn into_msg(self) -> Msg;
}

impl IntoMsg for Msg {
    fn into_msg(self) -> Msg {
        self
    }
}

/// An argument of a catalog message.
pub enum Arg {
    Str(String),
    Num(f64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Str(s.to_string())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Str(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Str(s.clone())
    }
}
impl From<Msg> for Arg {
    fn from(s: Msg) -> Arg {
        Arg::Str(s.0)
    }
}
impl From<&Msg> for Arg {
    fn from(s: &Msg) -> Arg {
        Arg::Str(s.0.clone())
    }
}
impl From<char> for Arg {
    fn from(c: char) -> Arg {
        Arg::Str(c.to_string())
    }
}
impl From<&unic_langid::LanguageIdentifier> for Arg {
    fn from(l: &unic_langid::LanguageIdentifier) -> Arg {
        Arg::Str(l.to_string())
    }
}
impl From<&std::path::Path> for Arg {
    fn from(p: &std::path::Path) -> Arg {
        Arg::Str(p.display().to_string())
    }
}
impl From<&std::path::PathBuf> for Arg {
    fn from(p: &std::path::PathBuf) -> Arg {
        Arg::Str(p.display().to_string())
    }
}
macro_rules! num_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Num(n as f64)
            }
        }
        impl From<&$t> for Arg {
            fn from(n: &$t) -> Arg {
                Arg::Num(*n as f64)
            }
        }
    )*};
}
num_arg!(usize, u8, u16, u32, u64, i32, i64, f32, f64);

/// The message `id` of the interface catalog, with `args`. A message the
/// chosen language lacks comes from English; one English lacks too (a test
/// makes sure none does) is shown as its id.
pub fn text(id: &str, args: &[(&str, Arg)]) -> Msg {
    Msg(format_in(lang(), id, args))
}

/// [`text`] in a given language.
pub fn format_in(lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    let mut fargs = FluentArgs::new();
    for (k, v) in args {
        match v {
            Arg::Str(s) => fargs.set(*k, FluentValue::from(s.as_str())),
            // Integers print without a decimal part.
            Arg::Num(n) => fargs.set(*k, FluentValue::from(*n)),
        }
    }
    for l in [lang, Lang::En] {
        let b = bundle_for(l, id);
        if let Some(pattern) = b.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            let out = b.format_pattern(pattern, Some(&fargs), &mut errors);
            return out.into_owned();
        }
    }
    id.to_string()
}

/// An attribute of a catalog message (`id.attr`), used for the parts of
/// one piece of help.
pub fn attr(id: &str, attr: &str) -> Option<String> {
    for l in [lang(), Lang::En] {
        let b = bundle_for(l, id);
        if let Some(pattern) = b.get_message(id).and_then(|m| m.get_attribute(attr)) {
            let mut errors = Vec::new();
            return Some(
                b.format_pattern(pattern.value(), None, &mut errors)
                    .into_owned(),
            );
        }
    }
    None
}

/// `msg!("id", name = value, …)`: the catalog message `id` in the interface
/// language, as a [`Msg`].
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $k:ident = $v:expr)* $(,)?) => {
        $crate::ui::text($id, &[$((stringify!($k), $crate::ui::Arg::from($v))),*])
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_names_give_the_language() {
        assert_eq!(Lang::from_tag("es_MX.UTF-8"), Some(Lang::Es));
        assert_eq!(Lang::from_tag("es"), Some(Lang::Es));
        assert_eq!(Lang::from_tag("es-419"), Some(Lang::Es));
        assert_eq!(Lang::from_tag("C"), Some(Lang::En));
        assert_eq!(Lang::from_tag("C.UTF-8"), Some(Lang::En));
        assert_eq!(Lang::from_tag("POSIX"), Some(Lang::En));
        assert_eq!(Lang::from_tag("fr_FR.UTF-8"), None);
    }

    #[test]
    fn the_flag_comes_first_then_lc_all_lc_messages_lang() {
        let es = Some("es_MX.UTF-8");
        assert_eq!(choose(Some("en"), [es, es, es]), Ok(Lang::En));
        assert_eq!(choose(None, [Some("C"), es, es]), Ok(Lang::En));
        assert_eq!(choose(None, [Some(""), es, Some("C")]), Ok(Lang::Es));
        assert_eq!(choose(None, [None, None, es]), Ok(Lang::Es));
        assert_eq!(choose(None, [None, None, Some("fr_FR")]), Ok(Lang::En));
        assert_eq!(choose(None, [None, None, None]), Ok(Lang::En));
        assert_eq!(choose(Some("fr"), [None, None, None]), Err("fr".into()));
    }

    #[test]
    fn variables_are_filled_in_without_isolation_marks() {
        let s = format_in(
            Lang::Es,
            "summary-counts",
            &[("errors", Arg::Num(2.0)), ("warnings", Arg::Num(1.0))],
        );
        assert_eq!(s, "2 errores, 1 advertencia");
        let s = format_in(
            Lang::En,
            "summary-counts",
            &[("errors", Arg::Num(1.0)), ("warnings", Arg::Num(0.0))],
        );
        assert_eq!(s, "1 error, 0 warnings");
    }
}
