//! `puente check`: one fixture project per diagnostic code
//! (`tests/fixtures/check-<code>/`), each snapshotting the exact human output
//! with its line and column. Fixtures under `l10n/` are plain Fluent projects
//! checked with `--locales l10n --source en`; those under `locales/` are
//! Puente projects (with their own minimal templates and labels, so that
//! changes to the shipped ones do not move these snapshots).

use crate::support::{Project, Run};

/// Runs `check` on a fixture: as a plain Fluent project when it has `l10n/`.
fn check(fixture: &str) -> Run {
    let p = Project::fixture(fixture);
    if p.exists("l10n") {
        p.run(&["check", "--locales", "l10n", "--source", "en"])
    } else {
        p.run(&["check"])
    }
}

/// A broken placeable is located where the `}` is missing; the parser recovers, so the next message is still read (no `thanks` is reported missing) and the broken one is not reported missing twice.
#[test]
fn ftl_syntax() {
    let run = check("check-ftl-syntax");
    run.expect_code(1);
    assert_eq!(
        run.stdout,
        r###"── l10n/es/main.ftl ──

error[ftl-syntax]: Fluent syntax error: Expected a token starting with "}"
  ┌─ l10n/es/main.ftl:2:26
  │
2 │ farewell = Adiós, { $name
  │                          ^ here
  │
  = a `{` opens a placeable; close it with `}`

en     0 errors, 0 warnings
es     1 error, 0 warnings
total: 1 error, 0 warnings
"###
    );
}

/// A select expression without a `*[default]` variant.
#[test]
fn select_no_default() {
    let run = check("check-select-no-default");
    run.expect_code(1);
    assert_eq!(
        run.stdout,
        r###"── l10n/es/main.ftl ──

error[select-no-default]: Fluent syntax error: The select expression must have a default variant
  ┌─ l10n/es/main.ftl:3:33
  │
1 │ items = { $count ->
  │ - in the entry starting here
2 │     [one] Un elemento
3 │     [other] { $count } elementos
  │                                 ^ here
  │
  = mark one variant as the default with `*`, for example `*[other]`

en     0 errors, 0 warnings
es     1 error, 0 warnings
total: 1 error, 0 warnings
"###
    );
}

/// Placeables nested past the limit are refused before parsing, so a hostile file cannot overflow the stack.
#[test]
fn ftl_too_deep() {
    let run = check("check-ftl-too-deep");
    run.expect_code(1);
    assert_eq!(
        run.stdout,
        r###"── l10n/es/main.ftl ──

error[ftl-too-deep]: placeables are nested more than 32 deep; Puente did not read this file further
  ┌─ l10n/es/main.ftl:1:76
  │
1 │ greeting = { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { { "x" } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } } }
  │                                                                            ^ too deep from here
  │
  = a `{` opens a placeable; check for braces that are never closed

warning[missing-message]: the message `greeting` is missing from l10n/es/main.ftl: the fallback language stands in
  ┌─ l10n/en/main.ftl:1:1
  │
1 │ greeting = Hello
  │ ^^^^^^^^ defined here in l10n/en/main.ftl
  │
  = translate it in l10n/es/main.ftl, or run `puente sync --lang es` to add it there with the source text

en     0 errors, 0 warnings
es     1 error, 1 warning
total: 1 error, 1 warning
"###
    );
}

/// Within one file. With `--locales`, each file is its own bundle, so `save` in two files is no duplicate (it is obsolete in dialog.ftl, where the source lacks it).
#[test]
fn duplicate_message() {
    let run = check("check-duplicate-message");
    run.expect_code(1);
    assert_eq!(
        run.stdout,
        r###"── l10n/es/dialog.ftl ──

warning[obsolete-message]: the message `save` is not in the source file l10n/en/dialog.ftl, so nothing uses it
  ┌─ l10n/es/dialog.ftl:2:1
  │
2 │ save = Guardar
  │ ^^^^ not in the source
  │
  = delete it, or check whether its id was renamed in the source

── l10n/es/menu.ftl ──

error[duplicate-message]: the message `open` is defined more than once
  ┌─ l10n/es/menu.ftl:3:1
  │
1 │ open = Abrir
  │ ---- first defined here
2 │ save = Guardar
3 │ open = Abrir archivo
  │ ^^^^ defined again here
  │
  = Fluent uses only the first definition; remove or rename the other one

en     0 errors, 0 warnings
es     1 error, 1 warning
total: 1 error, 1 warning
"###
    );
}

/// A term defined twice.
#[test]
fn duplicate_term() {
    let run = check("check-duplicate-term");
    run.expect_code(1);
    assert_eq!(
        run.stdout,
        r###"── l10n/es/main.ftl ──

error[duplicate-term]: the term `-brand` is defined more than once
  ┌─ l10n/es/main.ftl:3:1
  │
2 │ -brand = Puente
  │ ------ first defined here
3 │ -brand = Puente Popular
  │ ^^^^^^ defined again here
  │
  = Fluent uses only the first definition; remove or rename the other one

en     0 errors, 0 warnings
es     1 error, 0 warnings
total: 1 error, 0 warnings
"###
    );
}

/// An attribute given twice in one message.
#[test]
fn duplicate_attribute() {
    let run = check("check-duplicate-attribute");
    run.expect_code(1);
    assert_eq!(
        run.stdout,
        r###"── l10n/es/main.ftl ──

error[duplicate-attribute]: `login` has the attribute `.label` twice
  ┌─ l10n/es/main.ftl:4:6
  │
4 │     .label = Iniciar sesión
  │      ^^^^^ again here
  │
  = remove one of them

en     0 errors, 0 warnings
es     1 error, 0 warnings
total: 1 error, 0 warnings
"###
    );
}

/// A variant key given twice in one select expression.
#[test]
fn duplicate_variant() {
    let run = check("check-duplicate-variant");
    run.expect_code(0);
    assert_eq!(
        run.stdout,
        r###"── l10n/es/main.ftl ──

warning[duplicate-variant]: `role` has the variant `[admin]` twice
  ┌─ l10n/es/main.ftl:3:6
  │
3 │     [admin] Administrador
  │      ^^^^^ again here
  │
  = only the first can ever be chosen; remove or rename the other

en     0 errors, 0 warnings
es     0 errors, 1 warning
total: 0 errors, 1 warning
"###
    );
}

/// Missing messages and terms point at the source text, grouped under the file to fix.
#[test]
fn missing_message() {
    let run = check("check-missing-message");
    run.expect_code(0);
    assert_eq!(
        run.stdout,
        r###"── l10n/es/main.ftl ──

warning[missing-message]: the message `farewell` is missing from l10n/es/main.ftl: the fallback language stands in
  ┌─ l10n/en/main.ftl:2:1
  │
2 │ farewell = Goodbye
  │ ^^^^^^^^ defined here in l10n/en/main.ftl
  │
  = translate it in l10n/es/main.ftl, or run `puente sync --lang es` to add it there with the source text

warning[missing-message]: the term `-brand` is missing from l10n/es/main.ftl: the fallback language stands in
  ┌─ l10n/en/main.ftl:3:1
  │
3 │ -brand = Puente
  │ ^^^^^^ defined here in l10n/en/main.ftl
  │
  = translate it in l10n/es/main.ftl, or run `puente sync --lang es` to add it there with the source text

en     0 errors, 0 warnings
es     0 errors, 2 warnings
total: 0 errors, 2 warnings
"###
    );
}

/// A message `sync` copied from English and nobody translated yet.
#[test]
fn untranslated() {
    let run = check("check-untranslated");
    run.expect_code(0);
    assert_eq!(
        run.stdout,
        r###"── l10n/ht/main.ftl ──

warning[untranslated]: the message `farewell` is not translated yet (it is the source text): the fallback language stands in
  ┌─ l10n/ht/main.ftl:4:1
  │
4 │ farewell = Goodbye
  │ ^^^^^^^^ the same as the source
  │
  = translate the text; if it is rightly the same as the source (a name, a word both languages share), accept it with `puente review --lang ht farewell`

en     0 errors, 0 warnings
ht     0 errors, 1 warning
total: 0 errors, 1 warning
"###
    );
}

/// A message the source no longer has.
#[test]
fn obsolete_message() {
    let run = check("check-obsolete-message");
    run.expect_code(0);
    assert_eq!(
        run.stdout,
        r###"── l10n/es/main.ftl ──

warning[obsolete-message]: the message `old-greeting` is not in the source file l10n/en/main.ftl, so nothing uses it
  ┌─ l10n/es/main.ftl:2:1
  │
2 │ old-greeting = Buenas
  │ ^^^^^^^^^^^^ not in the source
  │
  = delete it, or check whether its id was renamed in the source

en     0 errors, 0 warnings
es     0 errors, 1 warning
total: 0 errors, 1 warning
"###
    );
}

/// A whole file missing, in a nested folder.
#[test]
fn missing_file() {
    let run = check("check-missing-file");
    run.expect_code(0);
    assert_eq!(
        run.stdout,
        r###"── l10n/es/settings/privacy.ftl ──

warning[missing-file]: l10n/es/settings/privacy.ftl does not exist: its 2 messages are shown in the fallback language
  ┌─ l10n/en/settings/privacy.ftl:1:1
  │
1 │ privacy-title = Privacy
  │ ^ the source file
  │
  = `puente sync --lang es` creates it with the source text to translate

en     0 errors, 0 warnings
es     0 errors, 1 warning
total: 0 errors, 1 warning
"###
    );
}

/// A file the source does not have.
#[test]
fn obsolete_file() {
    let run = check("check-obsolete-file");
    run.expect_code(0);
    assert_eq!(
        run.stdout,
        r###"── l10n/es/old.ftl ──

warning[obsolete-file]: l10n/es/old.ftl has no counterpart in the source locale (l10n/en/old.ftl does not exist), so nothing uses it
  ┌─ l10n/es/old.ftl:1:1
  │
1 │ old-title = Viejo
  │ ^ this file
  │
  = delete it, or rename it to match a source file

en     0 errors, 0 warnings
es     0 errors, 1 warning
total: 0 errors, 1 warning
"###
    );
}

/// An attribute of the source missing in the translation.
#[test]
fn missing_attribute() {
    let run = check("check-missing-attribute");
    run.expect_code(1);
    assert_eq!(
        run.stdout,
        r###"── l10n/es/main.ftl ──

error[missing-attribute]: `login` is missing the attribute `.accesskey`
  ┌─ l10n/es/main.ftl:1:1
  │
1 │ login = Entrar
  │ ^^^^^ in this message
  │
  ┌─ l10n/en/main.ftl:3:6
  │
3 │     .accesskey = L
  │      --------- the source has it
  │
  = attributes have no fallback of their own; add it with its translation

en     0 errors, 0 warnings
es     1 error, 0 warnings
total: 1 error, 0 warnings
"###
    );
}

/// An attribute the source does not have.
#[test]
fn obsolete_attribute() {
    let run = check("check-obsolete-attribute");
    run.expect_code(1);
    assert_eq!(
        run.stdout,
        r###"── l10n/es/main.ftl ──

error[obsolete-attribute]: `login` has the attribute `.tooltip`, which the source does not have
  ┌─ l10n/es/main.ftl:3:6
  │
3 │     .tooltip = Entrar
  │      ^^^^^^^ not in the source
  │
  = delete it, or check whether it was renamed in the source

en     0 errors, 0 warnings
es     1 error, 0 warnings
total: 1 error, 0 warnings
"###
    );
}

/// A message with attributes only, where the source has a value.
#[test]
fn missing_value() {
    let run = check("check-missing-value");
    run.expect_code(1);
    assert_eq!(
        run.stdout,
        r###"── l10n/es/main.ftl ──

error[missing-value]: `login` has no value, but the source has one
  ┌─ l10n/es/main.ftl:1:1
  │
1 │ login =
  │ ^^^^^ only attributes here
  │
  ┌─ l10n/en/main.ftl:1:1
  │
1 │ login = Log in
  │ ----- the source has a value
  │
  = translate the value after `=`

en     0 errors, 0 warnings
es     1 error, 0 warnings
total: 1 error, 0 warnings
"###
    );
}

/// A value where the source has attributes only.
#[test]
fn obsolete_value() {
    let run = check("check-obsolete-value");
    run.expect_code(1);
    assert_eq!(
        run.stdout,
        r###"── l10n/es/main.ftl ──

error[obsolete-value]: `login` has a value, but the source has only attributes
  ┌─ l10n/es/main.ftl:1:9
  │
1 │ login = Entrar
  │         ^^^^^^ not in the source
  │
  = nothing shows this value; move the text into the right attribute

en     0 errors, 0 warnings
es     1 error, 0 warnings
total: 1 error, 0 warnings
"###
    );
}

/// A variable the source prints, dropped from the whole message, changes what is printed: an error. Dropped from one variant of a select it is a warning; `[one]` may spell out the number it is chosen by, so it is not reported.
#[test]
fn dropped_variable() {
    let run = check("check-dropped-variable");
    run.expect_code(1);
    assert_eq!(
        run.stdout,
        r###"── l10n/es/main.ftl ──

error[dropped-variable]: `welcome` does not use `$name`, which the source uses
  ┌─ l10n/es/main.ftl:1:1
  │
1 │ welcome = ¡Bienvenida a { $place }!
  │ ^^^^^^^ no `$name` here
  │
  = the source prints `$name`, so readers of this translation lose its value; keep every `{ $variable }` of the source (the translation may move it), or have the source's `# Variables:` comment call it optional

warning[dropped-variable]: the `[other]` variant of `items` does not show `$name`, which every variant in the source shows
  ┌─ l10n/es/main.ftl:4:6
  │
4 │    *[other] { $count } elementos
  │      ^^^^^ no `$name` in this variant
  │
  = a variant without it loses that information for the readers it is chosen for

en     0 errors, 0 warnings
es     1 error, 1 warning
total: 1 error, 1 warning
"###
    );
}

/// A misspelt variable: an error, with a suggestion (and the source variable it replaced, dropped).
#[test]
fn unknown_variable() {
    let run = check("check-unknown-variable");
    run.expect_code(1);
    assert_eq!(
        run.stdout,
        r###"── l10n/es/main.ftl ──

error[dropped-variable]: `welcome` does not use `$name`, which the source uses
  ┌─ l10n/es/main.ftl:1:1
  │
1 │ welcome = ¡Bienvenida, { $nmae }!
  │ ^^^^^^^ no `$name` here
  │
  = the source prints `$name`, so readers of this translation lose its value; keep every `{ $variable }` of the source (the translation may move it), or have the source's `# Variables:` comment call it optional

error[unknown-variable]: `welcome` uses `$nmae`, which the source does not have
  ┌─ l10n/es/main.ftl:1:26
  │
1 │ welcome = ¡Bienvenida, { $nmae }!
  │                          ^^^^^ not in the source
  │
  = did you mean `$name`?
  = nothing gives this variable a value, so Fluent prints `{$nmae}`

en     0 errors, 0 warnings
es     2 errors, 0 warnings
total: 2 errors, 0 warnings
"###
    );
}

/// References to a term and to an attribute that do not exist.
#[test]
fn unknown_reference() {
    let run = check("check-unknown-reference");
    run.expect_code(1);
    assert_eq!(
        run.stdout,
        r###"── l10n/es/main.ftl ──

warning[missing-reference]: `about` does not refer to the term `-brand`, as the source does
  ┌─ l10n/es/main.ftl:3:1
  │
3 │ about = Acerca de { -marca }
  │ ^^^^^ no `{ -brand }` here
  │
  = a reference keeps shared wording (names, terms) the same everywhere; use it unless the language needs otherwise

error[unknown-reference]: `about` refers to the term `-marca`, which is not defined in any file of es
  ┌─ l10n/es/main.ftl:3:21
  │
3 │ about = Acerca de { -marca }
  │                     ^^^^^^ not found
  │
  = check the spelling, or define it; Fluent prints the id in braces instead of text

warning[missing-reference]: `help` does not refer to the message `about`, as the source does
  ┌─ l10n/es/main.ftl:4:1
  │
4 │ help = Vea { about.title }
  │ ^^^^ no `{ about }` here
  │
  = a reference keeps shared wording (names, terms) the same everywhere; use it unless the language needs otherwise

warning[obsolete-reference]: `help` refers to the message `about.title`, which the source does not
  ┌─ l10n/es/main.ftl:4:14
  │
4 │ help = Vea { about.title }
  │              ^^^^^^^^^^^ not in the source
  │
  = check that this is the text meant here

error[unknown-reference]: `help` refers to `about.title`, but the message `about` has no attribute `.title`
  ┌─ l10n/es/main.ftl:4:14
  │
4 │ help = Vea { about.title }
  │              ^^^^^^^^^^^ not found
  │
  = check the spelling, or define it; Fluent prints the id in braces instead of text

en     0 errors, 0 warnings
es     2 errors, 3 warnings
total: 2 errors, 3 warnings
"###
    );
}

/// A term reference the source has and the translation lacks.
#[test]
fn missing_reference() {
    let run = check("check-missing-reference");
    run.expect_code(0);
    assert_eq!(
        run.stdout,
        r###"── l10n/es/main.ftl ──

warning[missing-reference]: `about` does not refer to the term `-brand`, as the source does
  ┌─ l10n/es/main.ftl:3:1
  │
3 │ about = Acerca de Puente
  │ ^^^^^ no `{ -brand }` here
  │
  = a reference keeps shared wording (names, terms) the same everywhere; use it unless the language needs otherwise

en     0 errors, 0 warnings
es     0 errors, 1 warning
total: 0 errors, 1 warning
"###
    );
}

/// A term reference the source does not have.
#[test]
fn obsolete_reference() {
    let run = check("check-obsolete-reference");
    run.expect_code(0);
    assert_eq!(
        run.stdout,
        r###"── l10n/es/main.ftl ──

warning[obsolete-reference]: `about` refers to the term `-brand`, which the source does not
  ┌─ l10n/es/main.ftl:4:21
  │
4 │ about = Acerca de { -brand }
  │                     ^^^^^^ not in the source
  │
  = check that this is the text meant here

en     0 errors, 0 warnings
es     0 errors, 1 warning
total: 0 errors, 1 warning
"###
    );
}

/// Russian needs `few` and `many` where English has only `one` and `other`.
#[test]
fn missing_plural_category() {
    let run = check("check-missing-plural-category");
    run.expect_code(0);
    assert_eq!(
        run.stdout,
        r###"── l10n/ru/main.ftl ──

warning[missing-plural-category]: `files` chooses a variant by number but has no variants `[few]`, `[many]` for ru
  ┌─ l10n/ru/main.ftl:1:11
  │
1 │ files = { $count ->
  │           ^^^^^^ a number is chosen on here
  │
  = ru uses the plural categories one, few, many, other; a number in a missing category gets the default variant `[other]`

en     0 errors, 0 warnings
ru     0 errors, 1 warning
total: 0 errors, 1 warning
"###
    );
}

/// An empty translation of a non-empty source.
#[test]
fn empty_value() {
    let run = check("check-empty-value");
    run.expect_code(0);
    assert_eq!(
        run.stdout,
        r###"── l10n/es/main.ftl ──

warning[empty-value]: `greeting` is empty
  ┌─ l10n/es/main.ftl:1:1
  │
1 │ greeting = { "" }
  │ ^^^^^^^^ empty
  │
  = an empty text prints nothing; write the text, or remove the message so the fallback is used

en     0 errors, 0 warnings
es     0 errors, 1 warning
total: 0 errors, 1 warning
"###
    );
}

/// Text identical to the source counts as untranslated, unless the review
/// record (outside the translation files, so Pontoon cannot drop it) or the
/// older marker comment accepts it.
#[test]
fn same_as_source() {
    let run = check("check-same-as-source");
    run.expect_code(0);
    assert_eq!(
        run.stdout,
        r###"── l10n/es/main.ftl ──

warning[untranslated]: the message `agenda` is not translated yet (it is the source text): the fallback language stands in
  ┌─ l10n/es/main.ftl:1:1
  │
1 │ agenda = Agenda
  │ ^^^^^^ the same as the source
  │
  = translate the text; if it is rightly the same as the source (a name, a word both languages share), accept it with `puente review --lang es agenda`

en     0 errors, 0 warnings
es     0 errors, 1 warning
total: 0 errors, 1 warning
"###
    );
}

/// The English changed after the translation was reviewed; both texts are shown.
#[test]
fn outdated() {
    let run = check("check-outdated");
    run.expect_code(0);
    assert_eq!(
        run.stdout,
        r###"── l10n/es/main.ftl ──

warning[outdated]: the source text of `agreements` changed after this translation was last reviewed
  ┌─ l10n/es/main.ftl:2:1
  │
2 │ agreements = Nuestros acuerdos
  │ ^^^^^^^^^^ translated from the older text
  │
  ┌─ l10n/en/main.ftl:2:1
  │
2 │ agreements = Our group agreements
  │ ---------- the source now
  │
  = source when reviewed:
        agreements = Our agreements
  = source now:
        agreements = Our group agreements
  = update the translation if needed, then run `puente review --lang es agreements`

en     0 errors, 0 warnings
es     0 errors, 1 warning
total: 0 errors, 1 warning
"###
    );
}

/// A `.style` attribute whose units differ from the source, as compare-locales checks.
#[test]
fn style_mismatch() {
    let run = check("check-style-mismatch");
    run.expect_code(0);
    assert_eq!(
        run.stdout,
        r###"── l10n/es/main.ftl ──

warning[style-mismatch]: `dialog.style`: `width` is in `px`, the source in `em`
  ┌─ l10n/es/main.ftl:3:6
  │
3 │     .style = width: 450px; min-height: 20em;
  │      ^^^^^ this style
  │
  = a `.style` sets sizes for the interface; use the same properties and units as the source, changing only the numbers

en     0 errors, 0 warnings
es     0 errors, 1 warning
total: 0 errors, 1 warning
"###
    );
}

/// U+FFFD in a translation, a sign of an encoding accident.
#[test]
fn replacement_character() {
    let run = check("check-replacement-character");
    run.expect_code(0);
    assert_eq!(
        run.stdout,
        r###"── l10n/es/main.ftl ──

warning[replacement-character]: `greeting` contains U+FFFD (�), a sign of text decoded with the wrong encoding
  ┌─ l10n/es/main.ftl:1:20
  │
1 │ greeting = Buenos d�as
  │                    ^ here
  │
  = copy the text again from a source saved as UTF-8

en     0 errors, 0 warnings
es     0 errors, 1 warning
total: 0 errors, 1 warning
"###
    );
}

/// Folders that are not named after a language, or hold no `.ftl` file (Thunderbird's `configs/`), are skipped with one note, not a warning each.
#[test]
fn not_a_locale() {
    let run = check("check-not-a-locale");
    run.expect_code(0);
    assert_eq!(
        run.stdout,
        r###"── l10n ──

note[not-a-locale]: 2 folders in l10n are not a locale, so Puente skipped them: configs/ (no .ftl file), drafts.old/ (not a language tag)
 = a locale is a folder named after a language tag (such as `es` or `pt-BR`) holding .ftl files

en     0 errors, 0 warnings
no problems: 0 errors, 0 warnings
"###
    );
}

/// Ids that YAML and templates ask for but the source locale does not define.
#[test]
fn undefined_message() {
    let run = check("check-undefined-message");
    run.expect_code(1);
    assert_eq!(
        run.stdout,
        r###"── locales/en/common.ftl ──

error[undefined-message]: a template needs the label `ui-welcome-banner`, but locales/en/common.ftl does not define it
  ┌─ templates/guide.html:1:87
  │
1 │ {% extends "base.html" %}{% block body %}<h2>{{ t(id="ui-agenda") }}</h2><h1>{{ t(id="ui-welcome-banner") }}</h1>{% endblock %}
  │                                                                                       ^^^^^^^^^^^^^^^^^ needed here
  │
  = add `ui-welcome-banner = ...` to locales/en/common.ftl

── locales/en/sample.ftl ──

error[undefined-message]: the module `sample` needs the message `activity-welcome-step-greet`, but locales/en/sample.ftl does not define it
   ┌─ curricula/sample/module.yaml:14:13
   │
14 │     steps: [greet]
   │             ^^^^^ needs `activity-welcome-step-greet`
   │
   = add `activity-welcome-step-greet = ...` to locales/en/sample.ftl

en     2 errors, 0 warnings
total: 2 errors, 0 warnings
"###
    );
}

/// Source messages and terms nothing uses.
#[test]
fn unused_message() {
    let run = check("check-unused-message");
    run.expect_code(0);
    assert_eq!(
        run.stdout,
        r###"── locales/en/sample.ftl ──

warning[unused-message]: the message `activity-welcome-step-hug` is used by nothing: the module `sample` does not use it and no message refers to it
  ┌─ locales/en/sample.ftl:7:1
  │
7 │ activity-welcome-step-hug = Hug everyone.
  │ ^^^^^^^^^^^^^^^^^^^^^^^^^ unused
  │
  = delete it, or check whether the YAML id it was written for was renamed

warning[unused-message]: the term `-unused-term` is used by nothing: the module `sample` does not use it and no message refers to it
  ┌─ locales/en/sample.ftl:8:1
  │
8 │ -unused-term = Nobody
  │ ^^^^^^^^^^^^ unused
  │
  = delete it, or check whether the YAML id it was written for was renamed

en     0 errors, 2 warnings
total: 0 errors, 2 warnings
"###
    );
}

/// A source file that is neither `common.ftl` nor a module's text.
#[test]
fn unused_file() {
    let run = check("check-unused-file");
    run.expect_code(0);
    assert_eq!(
        run.stdout,
        r###"── locales/en/old-module.ftl ──

warning[unused-file]: locales/en/old-module.ftl is neither common.ftl nor the text of a module, so nothing uses it
  ┌─ locales/en/old-module.ftl:1:1
  │
1 │ module-title = Old
  │ ^ this file
  │
  = a module's text lives in locales/en/<module-id>.ftl, for curricula/<module-id>/module.yaml

en     0 errors, 1 warning
total: 0 errors, 1 warning
"###
    );
}

/// With `complete: true` in `locales/es/puente.yaml`, a missing message is an error.
#[test]
fn complete_locale() {
    let run = check("check-complete-locale");
    run.expect_code(1);
    assert_eq!(
        run.stdout,
        r###"── locales/es/sample.ftl ──

error[missing-message]: the message `activity-welcome-step-greet` is missing from locales/es/sample.ftl; es is declared complete
  ┌─ locales/en/sample.ftl:6:1
  │
6 │ activity-welcome-step-greet = Greet everyone.
  │ ^^^^^^^^^^^^^^^^^^^^^^^^^^^ defined here in locales/en/sample.ftl
  │
  = translate it in locales/es/sample.ftl, or run `puente sync --lang es` to add it there with the source text

en     0 errors, 0 warnings
es     1 error, 0 warnings
total: 1 error, 0 warnings
"###
    );
}

// ----- output forms, options and exit codes -----

#[test]
fn json_gives_stable_codes_and_positions() {
    let p = Project::fixture("check-unknown-variable");
    let run = p.run(&["check", "--locales", "l10n", "--source", "en", "--json"]);
    run.expect_code(1);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let findings = json["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 2);
    let unknown = &findings[1];
    assert_eq!(unknown["code"], "unknown-variable");
    assert_eq!(unknown["severity"], "error");
    assert_eq!(unknown["locale"], "es");
    assert_eq!(unknown["file"], "l10n/es/main.ftl");
    assert_eq!(unknown["line"], 1);
    assert_eq!(unknown["col"], 26);
    assert_eq!(unknown["labels"][0]["end_col"], 31);
    assert_eq!(unknown["notes"][0], "did you mean `$name`?");
    assert_eq!(json["locales"]["es"]["errors"], 2);
    assert_eq!(json["locales"]["es"]["warnings"], 0);
    assert_eq!(json["locales"]["en"]["errors"], 0);
    assert_eq!(json["errors"], 2);
}

#[test]
fn strict_fails_on_warnings() {
    let p = Project::fixture("check-obsolete-message");
    let args = ["check", "--locales", "l10n", "--source", "en"];
    p.run(&args).expect_code(0);
    let mut strict = args.to_vec();
    strict.push("--strict");
    p.run(&strict).expect_code(1);
}

#[test]
fn lang_limits_the_check_to_some_locales() {
    let p = Project::fixture("check-obsolete-message");
    p.write(
        "l10n/fr/main.ftl",
        "greeting = Bonjour\nfarewell = Au revoir\n",
    );
    let run = p.run(&[
        "check",
        "--locales",
        "l10n",
        "--source",
        "en",
        "--lang",
        "fr",
    ]);
    run.expect_code(0);
    assert!(!run.stdout.contains("l10n/es/"), "{}", run.stdout);
    assert!(
        run.stdout
            .ends_with("fr     0 errors, 1 warning\ntotal: 0 errors, 1 warning\n"),
        "{}",
        run.stdout
    );
}

#[test]
fn a_source_locale_named_en_us_in_nested_folders() {
    let p = Project::fixture("check-missing-file");
    std::fs::rename(p.path("l10n/en"), p.path("l10n/en-US")).unwrap();
    let run = p.run(&["check", "--locales", "l10n", "--source", "en-US"]);
    run.expect_code(0);
    assert!(
        run.stdout.contains("l10n/es/settings/privacy.ftl does not exist: its 2 messages are shown in the fallback language\n  ┌─ l10n/en-US/settings/privacy.ftl:1:1"),
        "{}",
        run.stdout
    );
}

#[test]
fn usage_errors_exit_with_code_2() {
    let p = Project::fixture("check-obsolete-message");
    let run = p.run(&["check", "--locales", "l10n", "--source", "de"]);
    run.expect_code(2);
    assert_eq!(
        run.stderr,
        "error: l10n has no folder for the source locale `de`; the locale folders are: en, es\n"
    );
    let run = p.run(&[
        "check",
        "--locales",
        "l10n",
        "--source",
        "en",
        "--lang",
        "ht",
    ]);
    run.expect_code(2);
    assert_eq!(
        run.stderr,
        "error: there is no locale `ht` in l10n (the locales are: en, es); `puente sync --lang ht` creates it\n"
    );
    let run = p.run(&["check", "--locales", "nowhere", "--source", "en"]);
    run.expect_code(2);
    let run = p.run(&["check"]);
    run.expect_code(2);
    assert!(
        run.stderr.contains("there is no locales/ folder"),
        "{}",
        run.stderr
    );
}

/// Nothing a file can hold makes the checker panic: every byte value,
/// unbalanced braces, stray attributes and variants.
#[test]
fn hostile_files_never_panic() {
    let p = Project::fixture("check-obsolete-message");
    let mut bytes: Vec<u8> = (0u8..=255).collect();
    bytes.extend_from_slice(b"\n}}}{{{ = \n.attr = x\n*[other] y\n-= \n$x = {\n");
    p.write_bytes("l10n/es/binary.ftl", &bytes);
    p.write(
        "l10n/es/weird.ftl",
        "greeting = { $a -> *[x] { $b -> *[y] { -t(a: 1) } } }\n  .a = { NUMBER($n, minimumFractionDigits: 2) }\n",
    );
    let run = p.run(&["check", "--locales", "l10n", "--source", "en", "--json"]);
    run.expect_code(1);
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert!(json["errors"].as_u64().unwrap() >= 1);
}

#[test]
fn the_shipped_project_passes_check() {
    let p = Project::shipped();
    let run = p.run(&["check"]);
    run.expect_code(0);
    assert!(!run.stdout.contains("error["), "{}", run.stdout);
    // Spanish is declared complete, reviewed, and has nothing to fix.
    p.run(&["check", "--lang", "es", "--strict"]).expect_code(0);
    let status = p.run(&["status"]);
    status.expect_code(0);
    assert!(status.stdout.contains(" 100%\n"), "{}", status.stdout);
    assert!(!status.stdout.contains(" 0%\n"), "{}", status.stdout);
}

// ----- layouts other than Puente's -----

/// Thunderbird loads `menubar.ftl` and `compose.ftl` separately, and both
/// define `menu-file`: with `--locales`, each file is its own bundle, so
/// that is no duplicate; `{ -brand }` still resolves from another file. A
/// folder with no `.ftl` file (`configs/`) is skipped with one note. The
/// review record accepts `-brand` as rightly the same as the English.
#[test]
fn separate_bundles() {
    let p = Project::fixture("check-separate-bundles");
    let run = p.run(&["check", "--locales", "l10n", "--source", "en"]);
    run.expect_code(0);
    assert_eq!(
        run.stdout,
        r###"── l10n ──

note[not-a-locale]: 1 folder in l10n is not a locale, so Puente skipped it: configs/ (no .ftl file)
 = a locale is a folder named after a language tag (such as `es` or `pt-BR`) holding .ftl files

de     0 errors, 0 warnings
en     0 errors, 0 warnings
no problems: 0 errors, 0 warnings
"###
    );
}

/// `check --config l10n.toml` reads a compare-locales configuration
/// (`[env]`, `{locale}`, `**`, files in other folders than the reference)
/// and finds what compare-locales finds there, counted the same way, plus
/// what it misses (the dropped `$version`, text still in English).
#[test]
fn config_reads_a_compare_locales_configuration() {
    let p = Project::fixture("check-mozilla-like");
    let run = p.run(&["check", "--config", "l10n.toml", "--json"]);
    run.expect_code(1);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let found: Vec<(String, String, String)> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["locale"].as_str().unwrap_or("").to_string(),
                f["code"].as_str().unwrap().to_string(),
                f["group"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let expected = [
        (
            "de",
            "missing-attribute",
            "l10n/de/mail/messenger/menubar.ftl",
        ),
        (
            "de",
            "obsolete-message",
            "l10n/de/mail/messenger/menubar.ftl",
        ),
        (
            "de",
            "missing-message",
            "l10n/de/mail/messenger/menubar.ftl",
        ),
        ("de", "untranslated", "l10n/de/toolkit/branding/brand.ftl"),
        (
            "de",
            "dropped-variable",
            "l10n/de/toolkit/toolkit/about.ftl",
        ),
        ("de", "missing-file", "l10n/de/toolkit/toolkit/extra.ftl"),
        ("de", "obsolete-file", "l10n/de/toolkit/toolkit/old.ftl"),
    ];
    let expected: Vec<(String, String, String)> = expected
        .iter()
        .map(|(l, c, g)| (l.to_string(), c.to_string(), g.to_string()))
        .collect();
    assert_eq!(found, expected);
    // compare-locales 9.0.5 on the same files (`compare-locales l10n.toml .
    // de`, run by tests/testsuite/interop.rs too): de has missing 3
    // (`menu-quit` and the two messages of extra.ftl), obsolete 1, errors
    // 1 (the missing attribute).
    assert!(run
        .stdout
        .contains("l10n/de/toolkit/toolkit/extra.ftl does not exist: its 2 messages"));
}

/// A Puente project's `l10n.toml` (what Pontoon and compare-locales read)
/// must list every locale folder.
#[test]
fn config_mismatch() {
    let p = Project::shipped();
    std::fs::copy(
        crate::support::repo().join("l10n.toml"),
        p.path("l10n.toml"),
    )
    .unwrap();
    p.run(&["check"]).expect_code(0);
    p.run(&["sync", "--lang", "ht"]).expect_code(0);
    let run = p.run(&["check", "--lang", "en"]);
    run.expect_code(1);
    assert_eq!(
        run.stdout,
        r###"── l10n.toml ──

error[config-mismatch]: l10n.toml does not list the locale `ht`, so Pontoon and compare-locales do not see locales/ht
  ┌─ l10n.toml:7:1
  │
7 │ locales = [
  │ ^^^^^^^ the locales are listed here
  │
  = add "ht" to `locales`

en     0 errors, 0 warnings
other  1 error, 0 warnings
total: 1 error, 0 warnings
"###
    );
}

// ----- reports a person can read -----

/// A module's Spanish file replaced by a 5-line broken file: the report
/// stays short, one finding says how many messages are missing, and the
/// syntax error is shown at its line. `--verbose` and `--json` list each.
#[test]
fn a_truncated_file_does_not_bury_its_syntax_error() {
    let p = Project::shipped();
    p.write(
        "locales/es/rights-at-borders.ftl",
        "module-title = Derechos en la frontera\nmodule-summary = Un taller { $broken\nobjective-rights = Conocer\n\nsafety-\n",
    );
    let run = p.run(&["check", "--lang", "es"]);
    run.expect_code(1);
    assert!(run.stdout.len() < 20_000, "{} bytes", run.stdout.len());
    run.stdout_has(&[
        "error[ftl-syntax]",
        "┌─ locales/es/rights-at-borders.ftl:2:",
        "error[missing-message]: ",
        "messages are missing from locales/es/rights-at-borders.ftl; es is declared complete",
        "`puente check --verbose` lists each one",
    ]);
    let missing = |text: &str| text.matches("error[missing-message]").count();
    assert_eq!(missing(&run.stdout), 1);
    let verbose = p.run(&["check", "--lang", "es", "--verbose"]);
    assert!(
        missing(&verbose.stdout) > 300,
        "{}",
        missing(&verbose.stdout)
    );
    let json = p.run(&["check", "--lang", "es", "--json"]);
    let json: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    let n = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "missing-message")
        .count();
    assert_eq!(n, missing(&verbose.stdout));
    // The summary counts each one, summed up or not (and the two syntax
    // errors).
    assert!(
        run.stdout.contains(&format!("es     {} errors", n + 2)),
        "{}",
        run.stdout
    );
}

/// A file that is a single 3 MB line is not echoed: `check` shortens long
/// lines as `build` does.
#[test]
fn check_does_not_echo_a_megabyte_line() {
    let p = Project::fixture("check-missing-message");
    let long = format!("greeting = {}\n", "Hola ".repeat(600_000).trim_end());
    let long = long.replacen("greeting = ", "greeting = { $x ", 1);
    p.write("l10n/es/main.ftl", &long);
    let run = p.run(&["check", "--locales", "l10n", "--source", "en"]);
    run.expect_code(1);
    assert!(run.stdout.len() < 10_000, "{} bytes", run.stdout.len());
    run.stdout_has(&["error[ftl-syntax]", "a line of 3000"]);
}

/// Fluent keeps a message `material-pens` and a term `-material-pens` under
/// one name: the build cannot load the second, so `check` says so before a
/// build fails.
#[test]
fn a_message_with_the_name_of_a_term_is_a_duplicate() {
    let p = crate::support::Project::fixture("basic");
    let en = p.read("locales/en/sample.ftl");
    p.write(
        "locales/en/sample.ftl",
        &en.replace(
            "material-pens = Pens",
            "-material-pens = Pens\nmaterial-pens = { -material-pens }",
        ),
    );
    p.run(&["check"]).expect_code(1).stdout_has(&[
        "error[duplicate-message]: the message `material-pens` has the name of the term `-material-pens`, so one of them cannot load",
        "locales/en/sample.ftl:24:1",
        "the term of the same name",
    ]);
    // The build says the same, and writes nothing.
    p.run(&["build", "--lang", "en", "--format", "html", "--out", "out"])
        .expect_code(1);
    assert!(!p.exists("out/sample"));
}
