//! `puente check --spell`: spelling with Hunspell dictionaries (the small
//! ones made for the tests in `tests/fixtures/check-spelling/dict/`, and
//! Debian's, which `tests/setup.sh` installs, for the shipped project),
//! project word lists and terms typed out.

use crate::support::{Project, Run};

/// A Haitian Creole locale, for which no dictionary is installed. It is
/// written by the tests that need it, not kept in the fixture: a third
/// locale folder there would make Pontoon's discovery take the fixture for
/// the repository's locales (see `interop.rs`).
const HT: &str = r#"-org = Rezo Sipò pou Refijye

greeting = Byenveni nan atelye a, { $name }!
intro = Ekri nan help@example.org.
typo = Atelye a kòmanse a 9è.
choice = { $n ->
    [one] Yon patisipan
   *[other] { $n } patisipan
}
named = Mande { -org } sou Tapachula.
"#;

/// The fixture, with the `ht` locale.
fn with_ht() -> Project {
    let p = Project::fixture("check-spelling");
    p.write("l10n/ht/main.ftl", HT);
    p
}

/// `check --spell` on the fixture, with its own dictionaries first and no
/// PUENTE_DICT_PATH from the caller's environment.
fn spell(p: &Project, extra: &[&str]) -> Run {
    let mut args = vec!["check", "--locales", "l10n", "--source", "en", "--spell"];
    args.extend_from_slice(extra);
    p.run_env(&args, &[("PUENTE_DICT_PATH", "")])
}

/// A misspelt English and a misspelt Spanish word are found where they are,
/// in the value and in a variant of a select, each with the right
/// suggestion; URLs, e-mail addresses, numbers, `{ $variables }` and
/// `{ -terms }` are not words (the dictionaries know none of `help`,
/// `example`, `org`, `https`, `name`); the word list's names are accepted
/// and a slip in it is reported; typing a term's text out is reported; a
/// locale without a dictionary gets one note naming what to install. Only
/// warnings: the exit code stays 0.
#[test]
fn misspellings_terms_and_a_missing_dictionary() {
    let p = with_ht();
    let run = spell(&p, &["--dict", "dict"]);
    run.expect_code(0);
    assert_eq!(
        run.stdout,
        r###"── l10n/en/main.ftl ──

warning[term-typed-out]: `intro` types out “Refugee Support Network” instead of referring to the term `-org` (“Refugee Support Network”)
  ┌─ l10n/en/main.ftl:5:13
  │
5 │     for the Refugee Support Network.
  │             ^^^^^^^^^^^^^^^^^^^^^^^ write `{ -org }` here
  │
  = a term keeps this wording the same in every module, and changes everywhere at once; refer to it (in the source and in each translation) unless this place needs other words

warning[spelling]: “worskhop” is not in the en_US dictionary
  ┌─ l10n/en/main.ftl:6:12
  │
6 │ typo = The worskhop starts at 9.
  │            ^^^^^^^^ unknown word
  │
  = did you mean “workshop”?
  = if it is right (a name, a term the project uses), add it to l10n/en/words.txt, one word a line

warning[spelling]: “partcipants” is not in the en_US dictionary
  ┌─ l10n/en/main.ftl:9:20
  │
9 │    *[other] { $n } partcipants
  │                    ^^^^^^^^^^^ unknown word
  │
  = did you mean “participants”?
  = if it is right (a name, a term the project uses), add it to l10n/en/words.txt, one word a line

── l10n/en/words.txt ──

warning[word-list-typo]: “partiicipant” in the word list looks like a typo of “participant”, which the en_US dictionary knows
  ┌─ l10n/en/words.txt:4:1
  │
4 │ partiicipant
  │ ^^^^^^^^^^^^ did you mean “participant”?
  │
  = fix it; if the word is meant, say why after a `#` on its line (`todes  # inclusive form`)

── l10n/es/main.ftl ──

warning[term-typed-out]: `intro` types out “Red de Apoyo a Refugiados” instead of referring to the term `-org` (“Red de Apoyo a Refugiados”)
  ┌─ l10n/es/main.ftl:5:13
  │
5 │     para la Red de Apoyo a Refugiados.
  │             ^^^^^^^^^^^^^^^^^^^^^^^^^ write `{ -org }` here
  │
  = a term keeps this wording the same in every module, and changes everywhere at once; refer to it (in the source and in each translation) unless this place needs other words

warning[spelling]: “orgnización” is not in the es_ES dictionary
  ┌─ l10n/es/main.ftl:6:40
  │
6 │ typo = El taller empieza a las 9 en la orgnización.
  │                                        ^^^^^^^^^^^ unknown word
  │
  = did you mean “organización”?
  = if it is right (a name, a term the project uses), add it to l10n/es/words.txt, one word a line

warning[spelling]: “particiapntes” is not in the es_ES dictionary
  ┌─ l10n/es/main.ftl:9:29
  │
9 │    *[other] { $n } personas particiapntes
  │                             ^^^^^^^^^^^^^ unknown word
  │
  = did you mean “participantes”?
  = if it is right (a name, a term the project uses), add it to l10n/es/words.txt, one word a line

── l10n/ht ──

note[no-dictionary]: no Hunspell dictionary for ht, so its spelling was not checked
 = install one: on Debian or Ubuntu the package is usually `hunspell-ht` (`apt-cache search hunspell` lists them)
 = or point `--dict DIR` (or PUENTE_DICT_PATH) at a folder with ht.aff and ht.dic
 = looked for ht, ht_HT in: dict, /usr/share/hunspell, /usr/share/myspell, /usr/share/myspell/dicts

en     0 errors, 4 warnings
es     0 errors, 3 warnings
ht     0 errors, 0 warnings
total: 0 errors, 7 warnings
"###
    );
}

/// `--json` carries each finding with its code, place and suggestions.
#[test]
fn spelling_findings_are_in_json_with_suggestions() {
    let p = with_ht();
    let run = spell(&p, &["--dict", "dict", "--json"]);
    run.expect_code(0);
    let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let found: Vec<(String, String, u64, u64, Vec<String>)> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "spelling")
        .map(|f| {
            (
                f["severity"].as_str().unwrap().to_string(),
                f["file"].as_str().unwrap().to_string(),
                f["line"].as_u64().unwrap(),
                f["col"].as_u64().unwrap(),
                f["suggestions"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|s| s.as_str().unwrap().to_string())
                    .collect(),
            )
        })
        .collect();
    let w = |file: &str, line, col, s: &str| {
        (
            "warning".to_string(),
            file.to_string(),
            line,
            col,
            vec![s.to_string()],
        )
    };
    assert_eq!(
        found,
        [
            w("l10n/en/main.ftl", 6, 12, "workshop"),
            w("l10n/en/main.ftl", 9, 20, "participants"),
            w("l10n/es/main.ftl", 6, 40, "organización"),
            w("l10n/es/main.ftl", 9, 29, "participantes"),
        ]
    );
    let notes: Vec<&serde_json::Value> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "no-dictionary")
        .collect();
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0]["locale"], "ht");
    assert_eq!(notes[0]["severity"], "note");
    assert_eq!(v["warnings"], 7);
}

/// PUENTE_DICT_PATH (a `:`-separated list) is read like `--dict`, and a
/// regional locale falls back to its language's dictionary: `es-419` uses
/// `es_ES` when there is no `es_419`.
#[test]
fn dictionaries_come_from_puente_dict_path_and_regions_fall_back() {
    let p = Project::fixture("check-spelling");
    std::fs::rename(p.path("l10n/es"), p.path("l10n/es-419")).unwrap();
    let dict = p.path("dict");
    let list = format!("/nonexistent:{}", dict.display());
    let run = p.run_env(
        &[
            "check",
            "--locales",
            "l10n",
            "--source",
            "en",
            "--spell",
            "--json",
        ],
        &[("PUENTE_DICT_PATH", list.as_str())],
    );
    run.expect_code(0);
    let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let es: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "spelling" && f["locale"] == "es-419")
        .map(|f| f["message"].as_str().unwrap())
        .collect();
    assert_eq!(
        es,
        [
            "“orgnización” is not in the es_ES dictionary",
            "“particiapntes” is not in the es_ES dictionary"
        ]
    );
}

/// `--strict` makes spelling warnings fail the run; without `--spell`,
/// nothing of this is checked.
#[test]
fn spelling_is_only_checked_when_asked() {
    let p = Project::fixture("check-spelling");
    spell(&p, &["--dict", "dict", "--strict"]).expect_code(1);
    let plain = p.run(&["check", "--locales", "l10n", "--source", "en"]);
    plain.expect_code(0);
    assert!(!plain.stdout.contains("spelling"), "{}", plain.stdout);
    assert!(!plain.stdout.contains("term-typed-out"), "{}", plain.stdout);
}

/// A word list fixes what it lists: with the misspelt words added (and the
/// slip in it corrected), the English is clean.
#[test]
fn the_word_list_accepts_its_words() {
    let p = Project::fixture("check-spelling");
    p.write(
        "l10n/en/words.txt",
        "Tapachula\nworskhop  # the workshop's own spelling\npartcipants\n",
    );
    let run = spell(&p, &["--dict", "dict", "--lang", "en"]);
    assert!(!run.stdout.contains("[spelling]"), "{}", run.stdout);
    assert!(!run.stdout.contains("[word-list-typo]"), "{}", run.stdout);
}

/// The shipped project passes `check --spell` with Debian's en_GB and es
/// dictionaries and its word lists: no unknown word, no slip in a word
/// list. Without the dictionaries the test says so, and fails under
/// `CI=true` (`tests/setup.sh` installs them).
#[test]
fn the_shipped_project_is_spelt_right() {
    let have = ["en_GB", "es_ES"]
        .iter()
        .all(|d| std::path::Path::new(&format!("/usr/share/hunspell/{d}.dic")).is_file());
    if !have {
        let msg = "hunspell-en-gb and hunspell-es are needed: `bash tests/setup.sh` installs them";
        if std::env::var("CI").as_deref() == Ok("true") {
            panic!("{msg}");
        }
        eprintln!("SKIPPED: {msg}");
        return;
    }
    let p = Project::shipped();
    let run = p.run_env(&["check", "--spell", "--json"], &[("PUENTE_DICT_PATH", "")]);
    run.expect_code(0);
    let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let bad: Vec<String> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| {
            ["spelling", "word-list-typo", "no-dictionary"].contains(&f["code"].as_str().unwrap())
        })
        .map(|f| format!("{}:{}:{} {}", f["file"], f["line"], f["col"], f["message"]))
        .collect();
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}
