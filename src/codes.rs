//! The registry of diagnostic codes: every code Puente can give, with its
//! usual severity, the stage that finds it and one plain sentence.
//!
//! A code is a promise: scripts read it from `--json`, tests match it, and
//! the README's table of codes explains it. So the list lives in one place.
//! [`Diagnostic::new`](crate::diag::Diagnostic::new) refuses (in debug
//! builds) a code that is not here, and the test suite checks that every
//! code used in `src` is here, that every code here is still used, that the
//! README's table says the same, and that some test provokes each one.
//!
//! The severity is the usual one; a few codes are given at another (a
//! missing translation is an error in a locale declared complete; a Typst
//! warning keeps its severity), and the summary says when.

use crate::diag::{Diagnostic, Severity};

/// Which part of the work finds a problem. The README groups its table of
/// codes by stage, in this order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Stage {
    /// Reading a module's or a plan's YAML.
    Yaml,
    /// Validating a module.
    Module,
    /// Validating a workshop plan.
    Plan,
    /// Finding the project's folders and reading its files.
    Project,
    /// Loading and checking the `.ftl` files and the links to them.
    Translation,
    /// Localizing and rendering documents.
    Build,
}

impl Stage {
    pub const ALL: [Stage; 6] = [
        Stage::Yaml,
        Stage::Module,
        Stage::Plan,
        Stage::Project,
        Stage::Translation,
        Stage::Build,
    ];

    /// The heading of this stage's table in the README.
    pub fn title(self) -> &'static str {
        match self {
            Stage::Yaml => "Module and plan YAML",
            Stage::Module => "Modules",
            Stage::Plan => "Plans",
            Stage::Project => "Project and sources",
            Stage::Translation => "Translations",
            Stage::Build => "Build and render",
        }
    }
}

/// One diagnostic code, as the README documents it.
#[derive(Debug, Clone, Copy)]
pub struct CodeDoc {
    pub code: &'static str,
    pub severity: Severity,
    pub stage: Stage,
    /// One plain line: what the user wrote or forgot.
    pub summary: &'static str,
}

const fn doc(
    code: &'static str,
    severity: Severity,
    stage: Stage,
    summary: &'static str,
) -> CodeDoc {
    CodeDoc {
        code,
        severity,
        stage,
        summary,
    }
}

use Severity::{Error as E, Note as N, Warning as W};
use Stage::{Build, Module, Plan, Project, Translation, Yaml};

/// Every code, sorted by code. One row per line, like the README's table.
#[rustfmt::skip]
pub const CODES: &[CodeDoc] = &[
    doc("byte-order-mark", W, Project, "a file starts with a byte-order mark, which Puente ignores"),
    doc("config-filters", N, Translation, "`l10n.toml` has `[[filters]]`, which Puente does not apply: every finding is shown"),
    doc("config-mismatch", E, Translation, "`l10n.toml` does not list a locale folder, lists one that does not exist, or does not map an English file to `locales/<lang>/<file>`"),
    doc("dropped-variable", E, Translation, "a `$variable` the English prints is missing from the whole translation (unless its comment calls it optional); a warning when the English only selects on it, or when one variant of a select leaves it out"),
    doc("duplicate-attribute", E, Translation, "an attribute given twice"),
    doc("duplicate-id", E, Module, "an id used twice where it must be unique: two activities, handouts, sections or sources, or an item listed twice"),
    doc("duplicate-message", E, Translation, "a message defined twice in one file, or in two files of one bundle (`common.ftl` + a module's file)"),
    doc("duplicate-term", E, Translation, "a term defined twice in one file, or in two files of one bundle"),
    doc("duplicate-variant", W, Translation, "a variant key given twice"),
    doc("empty-agenda", E, Module, "a module whose agenda has no activities"),
    doc("empty-handout", E, Module, "a handout with no sections"),
    doc("empty-project", E, Project, "`curricula/` holds no module"),
    doc("empty-value", W, Translation, "an empty text"),
    doc("fallback", W, Build, "a module built in a language that lacks some of its messages: another language stands in, and the guide lists them"),
    doc("file-too-large", E, Project, "a file too large to be a module, plan, template or translation"),
    doc("ftl-syntax", E, Translation, "a Fluent syntax error (the rest of the file is still checked)"),
    doc("ftl-too-deep", E, Translation, "placeables nested too deeply to read safely"),
    doc("invalid-date", E, Module, "`current_as_of` is not a YYYY-MM-DD date"),
    doc("invalid-group-size", E, Module, "a `group_size` whose `min` is 0 or larger than its `max`"),
    doc("invalid-id", E, Module, "an id that is not lower-case letters, digits and single hyphens"),
    doc("invalid-lines", E, Module, "a handout prompt with fewer than 1 or more than 40 writing lines"),
    doc("invalid-minutes", E, Module, "an activity or step lasting fewer than 1 or more than 600 minutes"),
    doc("invalid-quantity", E, Module, "a material with quantity 0"),
    doc("invalid-url", E, Module, "a source URL that does not start with https:// or http://"),
    doc("invalid-utf8", E, Project, "a file that is not valid UTF-8"),
    doc("invalid-year", E, Module, "a source year outside 1800 to 2100"),
    doc("message-format", E, Build, "a message that cannot be formatted: it refers to an unknown message, term or variable"),
    doc("missing-attribute", E, Translation, "an attribute of the English the translation lacks"),
    doc("missing-file", W, Translation, "a file of the English the translation lacks (an error in a locale declared complete)"),
    doc("missing-message", W, Translation, "a message (or term) of the English the translation lacks, so English stands in (an error in a locale declared complete)"),
    doc("missing-plural-category", W, Translation, "a select on a number lacking a plural category the language needs (CLDR: Russian needs `few` and `many`)"),
    doc("missing-reference", W, Translation, "a translation that does not refer to a message or term the English refers to"),
    doc("missing-value", E, Translation, "a message with no value where the English has one"),
    doc("module-id-mismatch", E, Module, "a module id that differs from its folder's name"),
    doc("no-curricula", E, Project, "the project has no `curricula/` folder"),
    doc("no-dictionary", N, Translation, "`check --spell`: no Hunspell dictionary found for a locale (the note names the package to install), so its spelling was not checked"),
    doc("no-locales", E, Project, "the project has no `locales/` folder"),
    doc("no-module-file", W, Project, "a folder in `curricula/` without a `module.yaml`, so it is not a module"),
    doc("no-objectives", E, Module, "a module with no learning objective"),
    doc("no-source-locale", E, Project, "`locales/en/` is missing: English is the source every language falls back to"),
    doc("no-steps", E, Module, "an activity with no steps"),
    doc("not-a-locale", N, Project, "folders skipped because they hold no `.ftl` file or are not named after a language tag (a warning in `build`)"),
    doc("obsolete-attribute", E, Translation, "an attribute the English does not have"),
    doc("obsolete-file", W, Translation, "a translation file the English no longer has"),
    doc("obsolete-message", W, Translation, "a message the English no longer has"),
    doc("obsolete-reference", W, Translation, "a translation that refers to a message or term the English does not refer to"),
    doc("obsolete-value", E, Translation, "a message with a value where the English has none"),
    doc("outdated", W, Translation, "the English changed since the translation was last reviewed; old and new English are shown"),
    doc("pdf-layout", E, Build, "text that cannot fit its place on a printed page, such as a card too long for its card"),
    doc("plan-date", E, Plan, "a day's `date` that is not a YYYY-MM-DD date"),
    doc("plan-empty-day", E, Plan, "a day with no items"),
    doc("plan-group-size", E, Plan, "a small-group size outside 1 to 10000"),
    doc("plan-interpretation", E, Plan, "an `interpretation` that is not `consecutive` with a factor above 1 and at most 3, or `simultaneous` without one"),
    doc("plan-item", E, Plan, "an item of a day that is not exactly one of `module`, `break` or `meal`, or a break or meal with module settings"),
    doc("plan-language", E, Plan, "a plan language that is not a language tag"),
    doc("plan-languages", E, Plan, "a plan with no language or more than two"),
    doc("plan-local-empty", E, Plan, "a `local:` block that lists no contacts"),
    doc("plan-local-empty-name", E, Plan, "a local contact with an empty name"),
    doc("plan-local-kind", E, Plan, "a contact in `local.more` without a `kind`, or a `kind` outside `more`"),
    doc("plan-local-phone", E, Plan, "a local contact's phone number with no digits"),
    doc("plan-local-stale", W, Plan, "local contacts checked more than 30 days before the first day of the workshop"),
    doc("plan-local-too-long", E, Plan, "a local contact's value too long for where it prints (names 40 characters and phones 20, for the pocket card; a directory longer than one page)"),
    doc("plan-local-too-many", E, Plan, "more than 6 contacts in `local.more`, too many for the one-page directory"),
    doc("plan-local-url", E, Plan, "a local contact's web address that does not start with https:// or http://"),
    doc("plan-minutes", E, Plan, "a break, meal or activity length outside 1 to 600 minutes"),
    doc("plan-name", E, Plan, "a plan file name that cannot name a packet folder"),
    doc("plan-no-days", E, Plan, "a plan with no days"),
    doc("plan-overrun", W, Plan, "a day of a plan runs past its hard end (the same warning `packet` gives, with the optional activities that would recover it)"),
    doc("plan-paper", E, Plan, "a paper size other than `letter` or `a4`"),
    doc("plan-participants", E, Plan, "a number of participants outside 1 to 10000"),
    doc("plan-spares", E, Plan, "more than 1000 spare copies"),
    doc("plan-time", E, Plan, "a start or end that is not an HH:MM time, or an end not after the start"),
    doc("plan-title", E, Plan, "a title `{ message: id }` whose id is not a Fluent message id"),
    doc("plan-unknown-activity", E, Plan, "`drop`, `optional` or `minutes` naming an activity the module does not have"),
    doc("plan-unknown-energiser", E, Plan, "an `energiser` the module does not have"),
    doc("plan-unknown-module", E, Plan, "a plan item naming a module that does not exist"),
    doc("replacement-character", W, Translation, "U+FFFD, the sign of an encoding accident"),
    doc("reserved-name", E, Module, "a module or handout id that some systems reserve for devices (`con`, `nul`, ...)"),
    doc("select-no-default", E, Translation, "a select expression without a `*[default]` variant"),
    doc("site-locale-left-out", W, Build, "a locale with nothing translated yet, which the website leaves out rather than pass off English as that language"),
    doc("site-packet-left-out", W, Build, "a plan in a language the website does not publish (`site --lang` leaves it out, or the locale is only started): its example packet is left out"),
    doc("skip-when-continuing", E, Module, "`skip_when_continuing` on an energiser or the reopening, where it means nothing"),
    doc("spelling", W, Translation, "`check --spell`: a word the locale's Hunspell dictionary and word list do not know, with up to three suggestions"),
    doc("step-minutes", E, Module, "timed steps that do not add up to their activity's `minutes`"),
    doc("step-minutes-mixed", E, Module, "an activity that gives minutes for some of its steps but not all"),
    doc("style-mismatch", W, Translation, "a `.style` attribute with other properties or units than the English"),
    doc("template-error", E, Build, "an HTML template that cannot be rendered"),
    doc("term-typed-out", W, Translation, "`check --spell`: text that types out a Fluent term (`Refugee Convention`) instead of referring to it (`{ -refugee-convention }`)"),
    doc("total-mismatch", E, Module, "an agenda whose minutes do not add up to `total_minutes`"),
    doc("typst-error", E, Build, "a PDF template that Typst cannot compile (a Typst warning is shown as a warning)"),
    doc("undefined-message", E, Translation, "an id that a module's YAML, a plan, a template or Puente itself needs, not defined in English (`build` gives it when no language defines the id)"),
    doc("unknown-reference", E, Translation, "a `{ message }`, `{ -term }` or `.attribute` that is not defined, or a module referring to a handout or source it does not have"),
    doc("unknown-variable", E, Translation, "a `$variable` the English does not have, and its `# Variables:` comment does not name (with \"did you mean\")"),
    doc("untranslated", W, Translation, "a message that still prints the English, and that the review record does not accept (an error in a locale declared complete)"),
    doc("unused-file", W, Translation, "an English file nothing uses"),
    doc("unused-handout", W, Module, "a handout no activity hands out, so packets do not know when to print it"),
    doc("unused-message", W, Translation, "an English message nothing uses"),
    doc("word-list-typo", W, Translation, "`check --spell`: a word in a locale's `words.txt` that looks like a typo of a dictionary word"),
    doc("yaml-alias-bomb", E, Yaml, "YAML aliases that expand to too much data"),
    doc("yaml-duplicate-key", E, Yaml, "a key given twice in one mapping"),
    doc("yaml-empty", E, Yaml, "an empty module or plan file"),
    doc("yaml-missing-field", E, Yaml, "a required field left out"),
    doc("yaml-syntax", E, Yaml, "YAML that cannot be read"),
    doc("yaml-tab", E, Yaml, "a tab used for indentation"),
    doc("yaml-too-deep", E, Yaml, "YAML nested too deeply to be a module or plan"),
    doc("yaml-unknown-field", E, Yaml, "a field the schema does not have (often a typo)"),
    doc("yaml-unknown-value", E, Yaml, "a value that is not one of a field's allowed values"),
    doc("yaml-wrong-type", E, Yaml, "a value of the wrong type, such as text where a number belongs"),
];

/// The registry's entry for `code`.
pub fn lookup(code: &str) -> Option<&'static CodeDoc> {
    CODES
        .binary_search_by(|d| d.code.cmp(code))
        .ok()
        .map(|i| &CODES[i])
}

/// Whether `code` is in the registry.
pub fn is_registered(code: &str) -> bool {
    lookup(code).is_some()
}

/// `duplicate-message` or `duplicate-term`: an id defined twice in one
/// bundle. The build's loader and `check` both give it, in these words;
/// the caller adds the two places. `also_in` names the file of the first
/// definition when it is another file of the bundle.
pub fn duplicate_definition(is_term: bool, id: &str, also_in: Option<&str>) -> Diagnostic {
    let (code, kind) = if is_term {
        ("duplicate-term", crate::msg!("check-kind-term"))
    } else {
        ("duplicate-message", crate::msg!("check-kind-message"))
    };
    let message = match also_in {
        Some(f) => crate::msg!(
            "duplicate-definition-also-in",
            kind = kind,
            id = id,
            file = f
        ),
        None => crate::msg!("duplicate-definition", kind = kind, id = id),
    };
    Diagnostic::error(code, message).with_note(crate::msg!("duplicate-definition-note"))
}

/// `undefined-message`: a module needs a message that `file` (its English
/// file) does not define. `check` gives it for the English, and `build`
/// when no language defines the message; the caller adds the place in the
/// YAML that asks for it.
pub fn undefined_module_message(module: &str, id: &str, file: &str) -> Diagnostic {
    Diagnostic::error(
        "undefined-message",
        crate::msg!(
            "undefined-module-message",
            module = module,
            id = id,
            file = file
        ),
    )
    .with_note(crate::msg!("undefined-message-note", id = id, file = file))
}

/// `undefined-message`: `who` (a template, Puente's code) needs a label
/// that `file` (the English `common.ftl`) does not define.
pub fn undefined_label(who: &str, id: &str, file: &str) -> Diagnostic {
    Diagnostic::error(
        "undefined-message",
        crate::msg!("undefined-label", who = who, id = id, file = file),
    )
    .with_note(crate::msg!("undefined-message-note", id = id, file = file))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_sorted_and_unique() {
        for w in CODES.windows(2) {
            assert!(w[0].code < w[1].code, "{} before {}", w[0].code, w[1].code);
        }
    }

    #[test]
    fn summaries_fit_in_a_table_row() {
        for d in CODES {
            assert!(
                !d.summary.contains('|') && !d.summary.contains('\n'),
                "{}",
                d.code
            );
        }
    }
}
