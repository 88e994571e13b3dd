### Diagnostics: the problems Puente finds in a project's files. Each one has
### a sentence (the message), labels pointing at places in a file, and notes.
### Their codes (`error[ftl-syntax]`) never change with the language.

## How diagnostics are printed

# Variables: $errors (number), $warnings (number): how many were found.
summary-counts = { $errors } { $errors ->
        [one] error
       *[other] errors
    }, { $warnings } { $warnings ->
        [one] warning
       *[other] warnings
    }
# Variables: $location (string): path:line:col; $label (string): what the label said; $bytes (number): the line's length; $excerpt (string): the text around the place.
diag-long-line = at { $location } ({ $label }, a line of { $bytes } bytes): …{ $excerpt }…

## Fluent syntax errors (what fluent-syntax, the parser, reports)

# Variables: $token (string): the character expected.
ftl-syntax-expected-token = Fluent syntax error: Expected a token starting with "{ $token }"
# Variables: $range (string): the characters expected.
ftl-syntax-expected-char-range = Fluent syntax error: Expected one of "{ $range }"
# Variables: $id (string): the message id.
ftl-syntax-expected-message-field = Fluent syntax error: Expected a message field for "{ $id }"
# Variables: $id (string): the term id.
ftl-syntax-expected-term-field = Fluent syntax error: Expected a term field for "{ $id }"
ftl-syntax-forbidden-callee = Fluent syntax error: Callee is not allowed here
ftl-syntax-missing-default-variant = Fluent syntax error: The select expression must have a default variant
ftl-syntax-missing-value = Fluent syntax error: Expected a value
ftl-syntax-multiple-default-variants = Fluent syntax error: A select expression can only have one default variant
ftl-syntax-message-reference-as-selector = Fluent syntax error: Message references can't be used as a selector
ftl-syntax-term-reference-as-selector = Fluent syntax error: Term references can't be used as a selector
ftl-syntax-message-attribute-as-selector = Fluent syntax error: Message attributes can't be used as a selector
ftl-syntax-term-attribute-as-placeable = Fluent syntax error: Term attributes can't be used as a selector
ftl-syntax-unterminated-string-literal = Fluent syntax error: Unterminated string literal
ftl-syntax-positional-argument-follows-named = Fluent syntax error: Positional arguments must come before named arguments
# Variables: $name (string): the argument's name.
ftl-syntax-duplicated-named-argument = Fluent syntax error: The "{ $name }" argument appears twice
ftl-syntax-unknown-escape-sequence = Fluent syntax error: Unknown escape sequence
# Variables: $sequence (string): the escape sequence.
ftl-syntax-invalid-unicode-escape-sequence = Fluent syntax error: Invalid unicode escape sequence, "{ $sequence }"
ftl-syntax-unbalanced-closing-brace = Fluent syntax error: Unbalanced closing brace
ftl-syntax-expected-inline-expression = Fluent syntax error: Expected an inline expression
ftl-syntax-expected-simple-expression-as-selector = Fluent syntax error: Expected a simple expression as selector
ftl-syntax-expected-literal = Fluent syntax error: Expected a string or number literal
ftl-syntax-here = here
ftl-syntax-entry-starts-here = in the entry starting here
ftl-syntax-tab-note = Fluent indents continuation lines with spaces, not tabs: replace the tab at the start of the line with spaces
# Variables: $attribute (string): the attribute, such as .title.
ftl-syntax-empty-attribute-note = the attribute `{ $attribute }` has no value; write one after `=`
ftl-syntax-hint-default-variant = mark one variant as the default with `*`, for example `*[other]`
ftl-syntax-hint-close-placeable = a `{"{"}` opens a placeable; close it with `{"}"}`
ftl-syntax-hint-equals = a message is written `id = value`
ftl-syntax-hint-value = give the message or attribute a value after `=`
ftl-syntax-hint-rest-read = the rest of the file was still read; only this entry is skipped
# Variables: $depth (number): the deepest nesting Puente reads.
ftl-too-deep = placeables are nested more than { $depth } deep; Puente did not read this file further
ftl-too-deep-label = too deep from here
ftl-too-deep-note = a `{"{"}` opens a placeable; check for braces that are never closed
# Variables: $path (string): the folder.
not-a-locale = { $path } is not named after a language tag (such as `es` or `pt-BR`), so Puente skipped it

## puente check: a translation against its source

# Variables: $id (string): a message id.
check-what-message = `{ $id }`
# Variables: $id (string): a term id, with its `-`.
check-what-term = the term `{ $id }`
# Variables: $id (string); $attribute (string).
check-what-attribute = `{ $id }.{ $attribute }`
check-kind-message = message
check-kind-term = term
# Variables: $keys (string): the variant keys, such as `[one]`, `[few]`; $count (number): how many.
check-variant-keys = { $count ->
        [one] variant { $keys }
       *[other] variants { $keys }
    }
# Variables: $file (string); $count (number): its messages; $locale (string).
missing-file-complete = { $file } does not exist: its { $count } { $count ->
        [one] message is
       *[other] messages are
    } missing, and { $locale } is declared complete
# Variables: $file (string); $count (number): its messages.
missing-file-fallback = { $file } does not exist: its { $count } { $count ->
        [one] message is
       *[other] messages are
    } shown in the fallback language
missing-file-label = the source file
# Variables: $locale (string).
missing-file-note = `puente sync --lang { $locale }` creates it with the source text to translate
# Variables: $kind (string): check-kind-message or check-kind-term; $id (string); $file (string): the source file.
obsolete-message = the { $kind } `{ $id }` is not in the source file { $file }, so nothing uses it
check-label-not-in-source = not in the source
obsolete-message-note = delete it, or check whether its id was renamed in the source
# Variables: $kind (string): check-kind-message or check-kind-term; $id (string); $file (string); $tail (string): check-declared-complete or check-fallback-stands-in.
missing-message = the { $kind } `{ $id }` is missing from { $file }{ $tail }
# Variables: $file (string): the source file.
missing-message-label = defined here in { $file }
# Variables: $file (string); $locale (string).
missing-message-note = translate it in { $file }, or run `puente sync --lang { $locale }` to add it there with the source text
# Variables: $kind (string): check-kind-message or check-kind-term; $id (string); $tail (string): check-declared-complete or check-fallback-stands-in.
untranslated = the { $kind } `{ $id }` is not translated yet (it is the source text){ $tail }
untranslated-label = the same as the source
# Variables: $locale (string); $id (string).
untranslated-note = translate the text; if it is rightly the same as the source (a name, a word both languages share), accept it with `puente review --lang { $locale } { $id }`
# Variables: $id (string).
missing-value = `{ $id }` has no value, but the source has one
missing-value-label = only attributes here
missing-value-source = the source has a value
missing-value-note = translate the value after `=`
# Variables: $id (string).
obsolete-value = `{ $id }` has a value, but the source has only attributes
obsolete-value-note = nothing shows this value; move the text into the right attribute
# Variables: $id (string); $attribute (string).
missing-attribute = `{ $id }` is missing the attribute `.{ $attribute }`
missing-attribute-label = in this message
missing-attribute-source = the source has it
missing-attribute-note = attributes have no fallback of their own; add it with its translation
# Variables: $id (string); $attribute (string).
obsolete-attribute = `{ $id }` has the attribute `.{ $attribute }`, which the source does not have
obsolete-attribute-note = delete it, or check whether it was renamed in the source
# Variables: $id (string).
outdated = the source text of `{ $id }` changed after this translation was last reviewed
outdated-label = translated from the older text
outdated-source = the source now
# Variables: $text (string): the source text, indented.
outdated-then = source when reviewed:
    { $text }
# Variables: $text (string): the source text, indented.
outdated-now = source now:
    { $text }
# Variables: $locale (string); $id (string).
outdated-note = update the translation if needed, then run `puente review --lang { $locale } { $id }`
# Variables: $file (string); $source (string): the file it would translate.
obsolete-file = { $file } has no counterpart in the source locale ({ $source } does not exist), so nothing uses it
obsolete-file-label = this file
obsolete-file-note = delete it, or rename it to match a source file

## puente check: one file on its own

check-label-defined-again = defined again here
check-label-first-defined = first defined here
# Variables: $id (string); $attribute (string).
duplicate-attribute = `{ $id }` has the attribute `.{ $attribute }` twice
check-label-again-here = again here
duplicate-attribute-note = remove one of them
# Variables: $what (string): the message, term or attribute.
empty-value = { $what } is empty
empty-value-label = empty
empty-value-note = an empty text prints nothing; write the text, or remove the message so the fallback is used
# Variables: $what (string): the message, term or attribute.
replacement-character = { $what } contains U+FFFD ({"\uFFFD"}), a sign of text decoded with the wrong encoding
check-label-here = here
replacement-character-note = copy the text again from a source saved as UTF-8
# Variables: $what (string): the message, term or attribute; $kind (string): check-kind-message or check-kind-term; $id (string); $where (string): where Fluent looks.
unknown-reference = { $what } refers to the { $kind } `{ $id }`, which is not defined{ $where }
# Variables: $what (string); $id (string); $attribute (string); $kind (string): check-kind-message or check-kind-term.
unknown-reference-attribute = { $what } refers to `{ $id }.{ $attribute }`, but the { $kind } `{ $id }` has no attribute `.{ $attribute }`
unknown-reference-label = not found
unknown-reference-note = check the spelling, or define it; Fluent prints the id in braces instead of text
# Variables: $file (string); $locale (string).
check-where-file-or-common = { " " }in { $file } or common.ftl ({ $locale })
# Variables: $locale (string).
check-where-common = { " " }in common.ftl ({ $locale })
# Variables: $locale (string).
check-where-any-file = { " " }in any file of { $locale }
# Variables: $what (string); $key (string): the variant key.
duplicate-variant = { $what } has the variant `[{ $key }]` twice
duplicate-variant-note = only the first can ever be chosen; remove or rename the other
# Variables: $what (string); $keys (string): check-variant-keys; $locale (string).
missing-plural-category = { $what } chooses a variant by number but has no { $keys } for { $locale }
missing-plural-category-label = a number is chosen on here
# Variables: $locale (string); $categories (string): its plural categories; $default (string): the default variant's key.
missing-plural-category-note = { $locale } uses the plural categories { $categories }; a number in a missing category gets the default variant `[{ $default }]`

## puente check: variables, references, styles

# Variables: $name (string): a variable, without `$`.
unknown-variable-did-you-mean = did you mean `${ $name }`?
unknown-variable-source-has-none = the source uses no variables here
# Variables: $names (string): the source's variables.
unknown-variable-source-uses = the source uses { $names }
# Variables: $what (string); $name (string): the variable, without `$`.
unknown-variable = { $what } uses `${ $name }`, which the source does not have
# Variables: $name (string): the variable, without `$`.
unknown-variable-note = nothing gives this variable a value, so Fluent prints `{"{"}${ $name }{"}"}`
# Variables: $what (string); $name (string): the variable, without `$`.
dropped-variable = { $what } does not use `${ $name }`, which the source uses
# Variables: $name (string): the variable, without `$`.
dropped-variable-label = no `${ $name }` here
# Variables: $name (string): the variable, without `$`.
dropped-variable-shown-note = the source prints `${ $name }`, so readers of this translation lose its value; keep every `{"{"} $variable {"}"}` of the source (the translation may move it), or have the source's `# Variables:` comment call it optional
dropped-variable-note = keep every `{"{"} $variable {"}"}` of the source; the translation may move it
# Variables: $key (string): the variant key; $what (string); $name (string): the variable, without `$`.
dropped-variable-variant = the `[{ $key }]` variant of { $what } does not show `${ $name }`, which every variant in the source shows
# Variables: $name (string): the variable, without `$`.
dropped-variable-variant-label = no `${ $name }` in this variant
dropped-variable-variant-note = a variant without it loses that information for the readers it is chosen for
# Variables: $what (string); $kind (string): check-kind-message or check-kind-term; $name (string).
missing-reference = { $what } does not refer to the { $kind } `{ $name }`, as the source does
# Variables: $name (string).
missing-reference-label = no `{"{"} { $name } {"}"}` here
missing-reference-note = a reference keeps shared wording (names, terms) the same everywhere; use it unless the language needs otherwise
# Variables: $what (string); $kind (string): check-kind-message or check-kind-term; $name (string).
obsolete-reference = { $what } refers to the { $kind } `{ $name }`, which the source does not
obsolete-reference-note = check that this is the text meant here
style-not-css = is not a CSS size list like the source (`width: 20em;`)
# Variables: $property (string).
style-not-in-source = `{ $property }` is not in the source
# Variables: $property (string); $unit (string); $source (string): the source's unit.
style-other-unit = `{ $property }` is in `{ $unit }`, the source in `{ $source }`
# Variables: $property (string).
style-missing = `{ $property }` is missing
# Variables: $what (string); $problems (string).
style-mismatch = { $what }: { $problems }
style-mismatch-label = this style
style-mismatch-note = a `.style` sets sizes for the interface; use the same properties and units as the source, changing only the numbers

## Reading a project's files

# Variables: $file (string); $size (number): its size in bytes; $max (number): the largest size read.
file-too-large = { $file } is { $size } bytes, over the limit of { $max } bytes, so Puente did not read it
file-too-large-note = modules and translation files are normally a few dozen kilobytes; check that this is the file you meant
# Variables: $file (string); $offset (number): where the bad byte is.
invalid-utf8 = { $file } is not valid UTF-8 (the bad byte is at byte offset { $offset })
invalid-utf8-label = this byte is not UTF-8
invalid-utf8-note = save the file as UTF-8 in your editor (in most editors: File, Save with encoding, UTF-8)
# Variables: $file (string).
byte-order-mark = { $file } starts with a byte-order mark (BOM); Puente ignored it
byte-order-mark-label = a BOM was here
byte-order-mark-note = save the file as UTF-8 without BOM to silence this warning
# Variables: $path (string): the folder.
no-locales = there is no locales/ folder in { $path }
no-locales-note = create locales/en/common.ftl and locales/en/<module-id>.ftl with the module's text
no-source-locale = locales/en/ is missing: English is the source language every other language falls back to
# Variables: $path (string): the folder.
no-module-file = { $path } has no module.yaml, so it is not a module
# Variables: $path (string): the folder.
empty-project = { $path } holds no modules; add curricula/<module-id>/module.yaml
# Variables: $path (string): the folder.
no-curricula = there is no curricula/ folder in { $path }
no-curricula-note = a Puente project has curricula/<module-id>/module.yaml and locales/<lang>/*.ftl; use --root to point at one
# Variables: $path (string).
usage-root-not-a-folder = { $path } is not a folder; point --root at a Puente project (a folder with curricula/ and locales/)
usage-locales-needs-source = --locales needs --source LANG, the locale translations are made from (such as en or en-US)
# Variables: $path (string).
usage-locales-not-a-folder = { $path } is not a folder; --locales takes a folder holding one folder per locale
# Variables: $path (string).
usage-no-locales-folder = there is no locales/ folder in { $path }; point --root at a Puente project, or use --locales DIR --source LANG for another Fluent project
# Variables: $value (string).
usage-not-a-lang-tag = `{ $value }` is not a language tag; use a BCP 47 tag such as en, es, es-MX or pt-BR
# Variables: $value (string); $path (string): the locales folder; $locales (string): its locales.
usage-no-such-locale = there is no locale `{ $value }` in { $path } (the locales are: { $locales }); `puente sync --lang { $value }` creates it
# Variables: $path (string); $source (string): the source locale; $locales (string): the locale folders.
usage-no-source-folder = { $path } has no folder for the source locale `{ $source }`; the locale folders are: { $locales }
usage-none = (none)
# Variables: $file (string); $value (string).
usage-config-not-a-tag = { $file }: `{ $value }` is not a language tag
# Variables: $folder (string).
skipped-not-a-tag = { $folder }/ (not a language tag)
# Variables: $folder (string).
skipped-no-ftl = { $folder }/ (no .ftl file)
# Variables: $count (number); $path (string); $folders (string).
not-a-locale-skipped = { $count ->
        [one] { $count } folder in { $path } is not a locale, so Puente skipped it: { $folders }
       *[other] { $count } folders in { $path } are not a locale, so Puente skipped them: { $folders }
    }
not-a-locale-skipped-note = a locale is a folder named after a language tag (such as `es` or `pt-BR`) holding .ftl files
# Variables: $file (string).
config-filters = { $file } has [[filters]], which Puente does not apply: every finding is shown

## Definitions and the links between YAML, templates and the English text

# Variables: $kind (string): check-kind-message or check-kind-term; $id (string).
duplicate-definition = the { $kind } `{ $id }` is defined more than once
# Variables: $kind (string): check-kind-message or check-kind-term; $id (string); $file (string): where it was first defined.
duplicate-definition-also-in = the { $kind } `{ $id }` is defined more than once (also in { $file })
duplicate-definition-note = Fluent uses only the first definition; remove or rename the other one
# Variables: $module (string); $id (string); $file (string).
undefined-module-message = the module `{ $module }` needs the message `{ $id }`, but { $file } does not define it
# Variables: $id (string); $file (string).
undefined-message-note = add `{ $id } = ...` to { $file }
# Variables: $who (string): a template, or Puente's code; $id (string); $file (string).
undefined-label = { $who } needs the label `{ $id }`, but { $file } does not define it
links-needed-here = needed here
links-expected-in-file = expected in this file
# Variables: $module (string); $file (string).
undefined-module-file = the module `{ $module }` has no source text: { $file } does not exist
undefined-module-file-label = this module
# Variables: $file (string).
undefined-module-file-note = create { $file } with a message for each id the module uses (`puente check` lists them once the file exists)
# Variables: $id (string).
links-needs = needs `{ $id }`
# Variables: $id (string); $file (string).
undefined-plan-message = a plan needs the message `{ $id }`, but { $file } does not define it
# Variables: $file (string).
unused-file = { $file } is neither common.ftl nor the text of a module, so nothing uses it
unused-file-label = this file
# Variables: $folder (string): the source locale's folder.
unused-file-note = a module's text lives in { $folder }/<module-id>.ftl, for curricula/<module-id>/module.yaml
unused-by-common = no template, module or message uses it
unused-by-plans = no plan in plans/ uses it as its title
# Variables: $module (string).
unused-by-module = the module `{ $module }` does not use it and no message refers to it
# Variables: $kind (string): check-kind-message or check-kind-term; $id (string); $who (string): why nothing uses it.
unused-message = the { $kind } `{ $id }` is used by nothing: { $who }
unused-message-label = unused
unused-message-note = delete it, or check whether the YAML id it was written for was renamed
links-who-template = a template
links-who-code = Puente's code
links-who-schema = the module schema
links-who-build = this build
