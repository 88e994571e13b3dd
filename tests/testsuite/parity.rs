//! Parity with Mozilla's compare-locales (9.0.5, from PyPI), on a fixture
//! holding every kind of problem compare-locales finds in Fluent files:
//! `tests/fixtures/check-compare-locales-parity/`.
//!
//! compare-locales was run by hand (the test suite needs no Python):
//!
//! ```sh
//! pip install compare-locales==9.0.5
//! cd tests/fixtures/check-compare-locales-parity
//! compare-locales l10n.toml . ru
//! ```
//!
//! What it reported, and the Puente finding for each:
//!
//! | compare-locales                                        | Puente                               |
//! |--------------------------------------------------------|--------------------------------------|
//! | `extra.ftl // add and localize this file`              | `missing-file` (extra.ftl)           |
//! | `ERROR: greeting occurs 2 times`                       | `duplicate-message` 6:1              |
//! | `WARNING: Missing term reference: -brand` (about)      | `missing-reference` 2:1              |
//! | `WARNING: Obsolete term reference: -brand` (see-help)  | `obsolete-reference` 4:29            |
//! | `+farewell`                                            | `missing-message` (farewell)         |
//! | `WARNING: Plural categories missing: few, many` 8:6    | `missing-plural-category` 7:11       |
//! | `WARNING: Variant key "admin" is duplicated` 12:6, 13:6| `duplicate-variant` 13:6             |
//! | `ERROR: Missing value` (login)                         | `missing-value` 16:1                 |
//! | `ERROR: Missing attribute: accesskey` (login)          | `missing-attribute` 16:1             |
//! | `WARNING: Attribute "title" is duplicated` 17:5, 18:5  | `duplicate-attribute` 18:6           |
//! | `ERROR: Obsolete value` 19:8 (menu)                    | `obsolete-value` 19:8                |
//! | `ERROR: Obsolete attribute: tooltip` 21:5              | `obsolete-attribute` 21:6            |
//! | `WARNING: units for width don't match (px != em)`      | `style-mismatch` 24:6                |
//! | `WARNING: � in: notes` 26:17                           | `replacement-character` 26:17        |
//! | `ERROR: Unparsed content "broken = { $x"` 27:1         | `ftl-syntax` 27:14                   |
//! | `-old-message`                                         | `obsolete-message` 28:1              |
//! | `old.ftl // remove this file`                          | `obsolete-file` (old.ftl)            |
//! | (nothing)                                              | `unknown-variable` 25:31 (`$nmae`, "did you mean `$name`?") |
//! | (nothing)                                              | `dropped-variable` 25:1 (`$name`)    |
//!
//! compare-locales counts the two duplicates of a pair twice (once at each);
//! Puente reports the second one, pointing back at the first. Beyond this
//! fixture, compare-locales has no check for variables, unresolved
//! references, select expressions without a default (its parser makes
//! them junk, as Puente's `select-no-default` does), empty values, text
//! identical to the source, or stale translations.

use crate::support::Project;

#[test]
fn puente_finds_everything_compare_locales_finds() {
    let p = Project::fixture("check-compare-locales-parity");
    let run = p.run(&["check", "--locales", "l10n", "--source", "en", "--json"]);
    run.expect_code(1);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let found: Vec<(String, String, u64, u64)> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["code"].as_str().unwrap().to_string(),
                f["file"].as_str().unwrap().to_string(),
                f["line"].as_u64().unwrap(),
                f["col"].as_u64().unwrap(),
            )
        })
        .collect();
    let expected = [
        ("missing-file", "l10n/en/app/extra.ftl", 1, 1),
        ("missing-reference", "l10n/ru/app/main.ftl", 2, 1),
        ("obsolete-reference", "l10n/ru/app/main.ftl", 4, 29),
        ("duplicate-message", "l10n/ru/app/main.ftl", 6, 1),
        ("missing-plural-category", "l10n/ru/app/main.ftl", 7, 11),
        ("duplicate-variant", "l10n/ru/app/main.ftl", 13, 6),
        ("missing-attribute", "l10n/ru/app/main.ftl", 16, 1),
        ("missing-value", "l10n/ru/app/main.ftl", 16, 1),
        ("duplicate-attribute", "l10n/ru/app/main.ftl", 18, 6),
        ("obsolete-value", "l10n/ru/app/main.ftl", 19, 8),
        ("obsolete-attribute", "l10n/ru/app/main.ftl", 21, 6),
        ("style-mismatch", "l10n/ru/app/main.ftl", 24, 6),
        ("dropped-variable", "l10n/ru/app/main.ftl", 25, 1),
        ("unknown-variable", "l10n/ru/app/main.ftl", 25, 31),
        ("replacement-character", "l10n/ru/app/main.ftl", 26, 17),
        ("ftl-syntax", "l10n/ru/app/main.ftl", 27, 14),
        ("obsolete-message", "l10n/ru/app/main.ftl", 28, 1),
        ("missing-message", "l10n/en/app/main.ftl", 6, 1),
        ("obsolete-file", "l10n/ru/app/old.ftl", 1, 1),
    ];
    let expected: Vec<(String, String, u64, u64)> = expected
        .iter()
        .map(|(c, f, l, col)| (c.to_string(), f.to_string(), *l, *col))
        .collect();
    assert_eq!(found, expected);
    // The missing message and file are named in the message itself.
    let text = run.stdout;
    assert!(text.contains("the message `farewell` is missing from l10n/ru/app/main.ftl"));
    assert!(text.contains("l10n/ru/app/extra.ftl does not exist"));
}
