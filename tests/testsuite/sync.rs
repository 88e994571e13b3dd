//! `puente sync`, `review` and `status`, and the story the translator
//! toolkit was built for: starting Haitian Creole.

use proptest::prelude::*;
use puente::l10n::sync::append_missing;
use puente::l10n::syntax;

use crate::support::Project;

/// What a translator does: changes the text of every message (each still
/// holds the English `sync` copied) except those in `keep`.
fn translate_except(text: &str, keep: &[&str]) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let entry =
            line.starts_with(|c: char| c.is_ascii_lowercase() || c == '-') && line.contains(" =");
        match line.split_once(" =") {
            Some((id, value)) if entry && !keep.contains(&id) => {
                out.push_str(&format!("{id} = Kreyòl{value}\n"))
            }
            _ => {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    out
}

#[test]
fn sync_creates_a_new_locale_and_a_second_run_changes_nothing() {
    let p = Project::fixture("basic");
    let run = p.run(&["sync", "--lang", "pt-BR"]);
    run.expect_code(0);
    assert_eq!(
        run.stdout.lines().nth(1).unwrap(),
        "locales/pt-BR/sample.ftl: created with 29 messages to translate"
    );
    let sample = p.read("locales/pt-BR/sample.ftl");
    assert!(sample.starts_with(
        "# sample.ftl in pt-BR. Each message below still holds the source text: translate it.\n# A message left as the source text counts as untranslated.\n\nmodule-title = Sample Workshop\n\nmodule-summary = A short sample workshop.\n"
    ), "{sample}");
    let common = p.read("locales/pt-BR/common.ftl");
    assert!(
        common.contains("# Variables: $min (number), $max (number): the suggested number of participants.\nui-group-size-value = { $min }–{ $max } participants\n"),
        "{common}"
    );

    let again = p.run(&["sync", "--lang", "pt-BR"]);
    again.expect_code(0);
    assert_eq!(
        again.stdout,
        "locales/pt-BR/common.ftl: up to date\nlocales/pt-BR/sample.ftl: up to date\n"
    );
    assert_eq!(p.read("locales/pt-BR/sample.ftl"), sample);
}

#[test]
fn sync_names_variables_the_source_comment_does_not() {
    let p = Project::fixture("basic");
    p.write(
        "locales/en/sample.ftl",
        &(p.read("locales/en/sample.ftl") + "greet-name = Hello, { $name }!\n"),
    );
    p.run(&["sync", "--lang", "ht"]).expect_code(0);
    assert!(p.read("locales/ht/sample.ftl").ends_with(
        "# Variables: $name (keep them; the translation may move them)\ngreet-name = Hello, { $name }!\n"
    ));
}

/// Byte for byte: an existing translation with a BOM, CRLF line ends, odd
/// spacing, comments, a broken entry and no final line break keeps every
/// byte, and only what is missing is appended (with CRLF, like the file).
#[test]
fn sync_preserves_existing_files_byte_for_byte() {
    let p = Project::fixture("basic");
    let es = p.read("locales/es/sample.ftl");
    // Drop two messages, mangle the rest's formatting, break one entry.
    let mut kept: Vec<&str> = es
        .lines()
        .filter(|l| !l.starts_with("activity-stories-title") && !l.starts_with("material-pens"))
        .collect();
    kept.insert(3, "   # a translator's note, oddly indented");
    kept.insert(5, "safety-opt-out =    { $broken");
    let old = format!("\u{FEFF}{}", kept.join("\r\n"));
    p.write_bytes("locales/es/sample.ftl", old.as_bytes());
    let common = std::fs::read(p.path("locales/es/common.ftl")).unwrap();

    let run = p.run(&["sync", "--lang", "es"]);
    run.expect_code(0);
    assert_eq!(
        run.stdout,
        "locales/es/common.ftl: up to date\nlocales/es/sample.ftl: added 2 messages to translate\n2 messages hold the source text: translate each one. Until then they count as untranslated; `puente check --lang es` lists what remains.\n"
    );
    let new = std::fs::read(p.path("locales/es/sample.ftl")).unwrap();
    assert!(new.starts_with(old.as_bytes()), "existing bytes changed");
    assert_eq!(
        String::from_utf8(new[old.len()..].to_vec()).unwrap(),
        "\r\n\r\nactivity-stories-title = Stories\r\n\r\nmaterial-pens = Pens\r\n"
    );
    assert_eq!(
        std::fs::read(p.path("locales/es/common.ftl")).unwrap(),
        common
    );

    // The broken entry is not added a second time, and a second run
    // changes nothing.
    let again = p.run(&["sync", "--lang", "es"]);
    again.expect_code(0);
    assert_eq!(std::fs::read(p.path("locales/es/sample.ftl")).unwrap(), new);
}

#[test]
fn sync_refuses_the_source_and_pseudo_locales() {
    let p = Project::fixture("basic");
    let run = p.run(&["sync", "--lang", "en"]);
    run.expect_code(2);
    assert_eq!(
        run.stderr,
        "error: `en` is the source locale; sync brings a translation up to date with it\n"
    );
    let run = p.run(&["sync", "--lang", "en-XA"]);
    run.expect_code(2);
    assert!(run.stderr.contains("pseudo-locale"), "{}", run.stderr);
    let run = p.run(&["sync", "--lang", "not a tag"]);
    run.expect_code(2);
}

#[test]
fn sync_leaves_a_file_that_is_not_utf8_alone() {
    let p = Project::fixture("basic");
    let bad = b"module-title = Taller de muestra \xff\n".to_vec();
    p.write_bytes("locales/es/sample.ftl", &bad);
    let run = p.run(&["sync", "--lang", "es"]);
    run.expect_code(1);
    assert_eq!(
        run.stderr,
        "locales/es/sample.ftl: is not valid UTF-8, so nothing was added; save it as UTF-8 and run sync again\n"
    );
    assert_eq!(std::fs::read(p.path("locales/es/sample.ftl")).unwrap(), bad);
}

/// The story from the issue: a translator starts Haitian Creole with one
/// command, translates part of it, and `check` and `status` show exactly
/// what remains, with line numbers, while English stands in when building.
#[test]
fn haitian_creole_from_skeleton_to_partial_translation() {
    let p = Project::fixture("basic");
    p.run(&["sync", "--lang", "ht"]).expect_code(0);

    // Nothing is translated yet: everything is reported, English stands in.
    let status = p.run(&["status", "--lang", "ht"]);
    status.expect_code(0);
    assert!(
        status.stdout.contains(
            "ht      sample           0       29         0                  86        0%\n"
        ),
        "{}",
        status.stdout
    );

    // Translate everything but three messages.
    let keep = [
        "activity-stories-title",
        "handout-notes-sheet-title",
        "source-ohchr-publisher",
    ];
    for file in ["locales/ht/common.ftl", "locales/ht/sample.ftl"] {
        let text = p.read(file);
        p.write(file, &translate_except(&text, &keep));
    }

    let check = p.run(&["check", "--lang", "ht"]);
    check.expect_code(0);
    assert_eq!(
        check.stdout,
        r###"── locales/ht/sample.ftl ──

warning[untranslated]: the message `activity-stories-title` is not translated yet (it is the source text): the fallback language stands in
   ┌─ locales/ht/sample.ftl:28:1
   │
28 │ activity-stories-title = Stories
   │ ^^^^^^^^^^^^^^^^^^^^^^ the same as the source
   │
   = translate the text; if it is rightly the same as the source (a name, a word both languages share), accept it with `puente review --lang ht activity-stories-title`

warning[untranslated]: the message `handout-notes-sheet-title` is not translated yet (it is the source text): the fallback language stands in
   ┌─ locales/ht/sample.ftl:46:1
   │
46 │ handout-notes-sheet-title = My notes
   │ ^^^^^^^^^^^^^^^^^^^^^^^^^ the same as the source
   │
   = translate the text; if it is rightly the same as the source (a name, a word both languages share), accept it with `puente review --lang ht handout-notes-sheet-title`

warning[untranslated]: the message `source-ohchr-publisher` is not translated yet (it is the source text): the fallback language stands in
   ┌─ locales/ht/sample.ftl:60:1
   │
60 │ source-ohchr-publisher = OHCHR
   │ ^^^^^^^^^^^^^^^^^^^^^^ the same as the source
   │
   = translate the text; if it is rightly the same as the source (a name, a word both languages share), accept it with `puente review --lang ht source-ohchr-publisher`

ht     0 errors, 3 warnings
total: 0 errors, 3 warnings
"###
    );
    // --strict makes what remains fail a CI job.
    p.run(&["check", "--lang", "ht", "--strict"]).expect_code(1);

    let status = p.run(&["status", "--lang", "ht", "--json"]);
    status.expect_code(0);
    let json: serde_json::Value = serde_json::from_str(&status.stdout).unwrap();
    let sample = &json[0]["files"][1];
    assert_eq!(sample["file"], "sample");
    assert_eq!(sample["translated"], 26);
    assert_eq!(sample["missing"], 3);
    assert_eq!(sample["words_to_translate"], 4);
    assert_eq!(sample["percent_complete"], 89);
    assert_eq!(json[0]["files"][0]["missing"], 0);

    // Building works, with English where the work is unfinished, and says so.
    let build = p.run(&["build", "--lang", "ht", "--out", "out"]);
    build.expect_code(0);
    for id in keep {
        assert!(build.stderr.contains(id), "{}", build.stderr);
    }
    let guide = p.read("out/sample/ht/guide.html");
    assert!(guide.contains("Kreyòl Welcome"), "{guide}");
    assert!(guide.contains(">Stories<"), "{guide}");
}

#[test]
fn review_records_and_outdated_clears() {
    let p = Project::fixture("basic");
    // Nothing reviewed yet: nothing can be outdated.
    p.edit(
        "locales/en/sample.ftl",
        "activity-welcome-title = Welcome",
        "activity-welcome-title = Welcome, everyone",
    );
    let run = p.run(&["check", "--lang", "es"]);
    run.expect_code(0);
    assert!(!run.stdout.contains("outdated"), "{}", run.stdout);

    let run = p.run(&["review", "--lang", "es", "--all"]);
    run.expect_code(0);
    // Every message of es/common.ftl and es/sample.ftl.
    let messages: usize = ["locales/es/common.ftl", "locales/es/sample.ftl"]
        .iter()
        .map(|f| {
            p.read(f)
                .lines()
                .filter(|l| {
                    l.starts_with(|c: char| c.is_ascii_lowercase() || c == '-') && l.contains(" =")
                })
                .count()
        })
        .sum();
    assert_eq!(
        run.stdout,
        format!("locales/.reviewed/es.ftl: recorded {messages} messages as reviewed against the current source text\n")
    );
    let record = p.read("locales/.reviewed/es.ftl");
    assert!(
        record.contains("## sample.ftl\n\nmodule-title = Sample Workshop\n\nmodule-summary = A short sample workshop.\n"),
        "{record}"
    );

    // The English changes: the translation is outdated, old and new shown.
    p.edit(
        "locales/en/sample.ftl",
        "activity-welcome-title = Welcome, everyone",
        "activity-welcome-title = Welcome, all",
    );
    let run = p.run(&["check", "--lang", "es"]);
    run.expect_code(0);
    assert!(
        run.stdout.contains("  = source when reviewed:\n        activity-welcome-title = Welcome, everyone\n  = source now:\n        activity-welcome-title = Welcome, all\n"),
        "{}",
        run.stdout
    );
    let status = p.run(&["status", "--lang", "es"]);
    assert!(
        status.stdout.contains(
            "es      sample          29        0         1                   2       96%\n"
        ),
        "{}",
        status.stdout
    );

    // Reviewing that one message clears it, and changes only its record.
    let run = p.run(&["review", "--lang", "es", "activity-welcome-title"]);
    run.expect_code(0);
    let after = p.read("locales/.reviewed/es.ftl");
    assert_eq!(
        after,
        record.replace(
            "activity-welcome-title = Welcome, everyone\n",
            "activity-welcome-title = Welcome, all\n"
        )
    );
    let run = p.run(&["check", "--lang", "es"]);
    assert!(!run.stdout.contains("outdated"), "{}", run.stdout);
}

#[test]
fn review_rejects_unknown_ids_and_skips_untranslated_ones() {
    let p = Project::fixture("basic");
    let run = p.run(&["review", "--lang", "es", "no-such-id"]);
    run.expect_code(2);
    assert_eq!(
        run.stderr,
        "error: the source has no message `no-such-id`\n"
    );

    // A message that is missing cannot be reviewed.
    p.edit(
        "locales/es/sample.ftl",
        "module-title = ",
        "# module-title = ",
    );
    let run = p.run(&["review", "--lang", "es", "module-title"]);
    run.expect_code(1);
    assert_eq!(
        run.stderr,
        "module-title (sample.ftl) is not translated in es yet, so it was not recorded as reviewed\n"
    );

    // `--all` leaves out what still holds the English (all but the two
    // labels made only of placeables, `ui-local-contact = { $name } ({ $phone })`
    // and `ui-local-answer = { $phone } ({ $name })`, which have no English
    // to translate); naming one accepts it.
    p.run(&["sync", "--lang", "ht"]).expect_code(0);
    let run = p.run(&["review", "--lang", "ht", "--all"]);
    run.expect_code(0);
    assert_eq!(
        run.stdout,
        "locales/.reviewed/ht.ftl: recorded 2 messages as reviewed against the current source text\n"
    );
    let run = p.run(&["review", "--lang", "ht", "module-title"]);
    run.expect_code(0);
    let run = p.run(&["check", "--lang", "ht", "--json"]);
    assert!(
        !run.stdout.contains("the message `module-title`"),
        "{}",
        run.stdout
    );
}

/// The review record used to live inside the locale folder, where
/// compare-locales asks to remove it. It is still read there, and the next
/// `review` moves it beside the locale folders.
#[test]
fn review_moves_the_record_out_of_the_locale_folder() {
    let p = Project::fixture("basic");
    p.run(&["review", "--lang", "es", "--all"]).expect_code(0);
    let record = p.read("locales/.reviewed/es.ftl");
    std::fs::create_dir_all(p.path("locales/es")).unwrap();
    std::fs::rename(
        p.path("locales/.reviewed/es.ftl"),
        p.path("locales/es/.reviewed.ftl"),
    )
    .unwrap();
    p.edit(
        "locales/en/sample.ftl",
        "activity-welcome-title = Welcome",
        "activity-welcome-title = Welcome, all",
    );
    p.run(&["check", "--lang", "es"])
        .stdout_has(&["warning[outdated]"]);
    p.run(&["review", "--lang", "es", "module-title"])
        .expect_code(0);
    assert!(!p.exists("locales/es/.reviewed.ftl"));
    assert_eq!(p.read("locales/.reviewed/es.ftl"), record);
}

#[test]
fn the_localizer_and_list_treat_untranslated_messages_as_missing() {
    let p = Project::fixture("basic");
    // Still the English text: untranslated, with no marker needed.
    let es = p.read("locales/es/sample.ftl");
    let line = es
        .lines()
        .find(|l| l.starts_with("activity-welcome-title = "))
        .unwrap()
        .to_string();
    p.edit(
        "locales/es/sample.ftl",
        &line,
        "activity-welcome-title = Welcome",
    );
    let run = p.run(&["list"]);
    run.expect_code(0);
    assert!(
        run.stdout.contains("es        96%  28/29 messages"),
        "{}",
        run.stdout
    );
    let run = p.run(&["build", "--lang", "es", "--out", "out"]);
    run.expect_code(0);
    assert!(
        run.stderr.contains("activity-welcome-title"),
        "{}",
        run.stderr
    );
    assert!(p.read("out/sample/es/guide.html").contains(">Welcome<"));
}

// ----- property: sync never loses or changes an existing message -----

const SOURCE: &str = "## Cover\n\nalpha = Alpha { $x }\nbeta = Beta\n    continued\n-gamma = Gamma\ndelta = { $n ->\n    [one] one\n   *[other] { $n } many\n}\n    .title = Delta\n# Variables: $who\nepsilon = Hi { $who }\n";

fn chunk() -> impl Strategy<Value = String> {
    let id = prop::sample::select(vec![
        "alpha", "beta", "-gamma", "delta", "epsilon", "zeta", "eta", "-theta",
    ]);
    let text = "[a-zA-Zéñ ]{0,12}";
    prop_oneof![
        (id.clone(), text).prop_map(|(i, t)| format!("{i} = {t}x\n")),
        (id.clone(), text).prop_map(|(i, t)| format!("{i} =\n    {t}y\n    .attr = z\n")),
        text.prop_map(|t| format!("# {t}\n")),
        Just("\n".to_string()),
        Just("## Group\n".to_string()),
        (id, "[{}$=\\[\\]*a-z -]{0,10}").prop_map(|(i, junk)| format!("{i} = {junk}\n")),
        "[ a-z{}=#.*-]{0,15}".prop_map(|junk| format!("{junk}\n")),
    ]
}

fn entries(text: &str) -> Vec<(String, String, Vec<String>, String)> {
    syntax::parse(text)
        .entries
        .iter()
        .map(|e| {
            (
                e.id.clone(),
                text[e.text_span.clone()].to_string(),
                e.comment.clone(),
                e.canonical(),
            )
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn sync_never_loses_or_changes_an_existing_message(
        chunks in prop::collection::vec(chunk(), 0..14),
        crlf in any::<bool>(),
        bom in any::<bool>(),
        final_newline in any::<bool>(),
    ) {
        let mut text: String = chunks.concat();
        if !final_newline {
            while text.ends_with('\n') {
                text.pop();
            }
        }
        let shown = if crlf { text.replace('\n', "\r\n") } else { text.clone() };
        let mut bytes = Vec::new();
        if bom {
            bytes.extend_from_slice(b"\xEF\xBB\xBF");
        }
        bytes.extend_from_slice(shown.as_bytes());

        let source = syntax::parse(SOURCE);
        let result = append_missing("main.ftl", "ht", SOURCE, &source, Some(&bytes)).unwrap();
        let Some(appended) = result else {
            return Ok(());
        };
        // Every old byte is still there, in place.
        prop_assert!(appended.bytes.starts_with(&bytes));
        let new_text = String::from_utf8(appended.bytes[if bom { 3 } else { 0 }..].to_vec())
            .unwrap()
            .replace("\r\n", "\n");
        let old_entries = entries(&text);
        let new_entries = entries(&new_text);
        // Every old message is still there, with the same id, text,
        // comment and meaning, in the same order, before the new ones.
        prop_assert!(new_entries.len() >= old_entries.len());
        prop_assert_eq!(&new_entries[..old_entries.len()], &old_entries[..]);
        // Every source message is now defined (or written but broken).
        let parsed = syntax::parse(&new_text);
        let junk = parsed.junk_ids(&new_text);
        for e in &source.entries {
            prop_assert!(
                parsed.entries.iter().any(|x| x.id == e.id) || junk.contains(&e.id.as_str()),
                "{} missing after sync", e.id
            );
        }
        // A second run changes nothing.
        let again = append_missing("main.ftl", "ht", SOURCE, &source, Some(&appended.bytes)).unwrap();
        prop_assert_eq!(again, None);
    }
}
