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
# Variables: $locales (string): the locales asked for.
usage-site-nothing-to-publish = there is no language to publish: none of those asked for ({ $locales }) has a translated message yet; translate some, or leave out --lang to publish every translated locale
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

## Modules (curricula/<module-id>/module.yaml)

noun-module = module
noun-objective = objective
noun-safety-note = safety note
noun-interpretation-note = interpretation note
noun-preparation-item = preparation item
noun-local-term = local term
noun-activity = activity
noun-reopening = reopening
noun-energiser = energiser
noun-handout = handout
noun-source = source
noun-preparation = preparation
noun-step = step
noun-note = note
noun-debrief-question = debrief question
noun-material = material
noun-section = section
noun-item = item
# Variables: $what (string): a noun-* message; $id (string); $index (number); $list (string): the YAML list.
yaml-path-item-id = { $what } `{ $id }` (item { $index } of `{ $list }`)
# Variables: $index (number); $list (string): the YAML list.
yaml-path-item = item { $index } of `{ $list }`
# Variables: $what (string): a noun-* message; $id (string).
invalid-id = the { $what } id `{ $id }` is not a valid id
invalid-id-label = invalid id
invalid-id-note = ids use lower-case letters a-z, digits and single hyphens, start with a letter, and are at most 64 characters long (for example `community-map`)
# Variables: $id (string).
reserved-module-id = `{ $id }` is a name that some systems reserve for devices; it cannot be used as a module id
reserved-name-label = reserved name
# Variables: $id (string); $folder (string).
module-id-mismatch = the module id `{ $id }` does not match its folder `{ $folder }`
module-id-mismatch-label = this id
# Variables: $id (string); $folder (string).
module-id-mismatch-note = rename the folder to `curricula/{ $id }/` or change the id to `{ $folder }`
# Variables: $value (string).
invalid-date = `current_as_of` must be a date written YYYY-MM-DD, not `{ $value }`
invalid-date-label = not a YYYY-MM-DD date
# Variables: $min (number); $max (number).
invalid-group-size = the group size must have 1 <= min <= max, but it is min { $min } and max { $max }
no-objectives = a module needs at least one learning objective
label-empty = empty
empty-agenda = the agenda has no activities
# Variables: $what (string): a noun-* message; $id (string).
duplicate-in-list = the { $what } `{ $id }` is listed twice
label-listed-again = listed again
# Variables: $parent (string); $kind (string): a noun-* message; $id (string).
unknown-module-reference = `{ $parent }` refers to the { $kind } `{ $id }`, but the module has no { $kind } with that id
# Variables: $kind (string): a noun-* message.
unknown-module-reference-label = unknown { $kind }
# Variables: $kind (string): a noun-* message; $ids (string).
unknown-module-reference-note = the module's { $kind }s are: { $ids }
label-none = none
# Variables: $id (string).
duplicate-activity = two activities have the id `{ $id }`
duplicate-activity-label = second activity with this id
# Variables: $what (string): a noun-* message; $id (string); $first (string): a noun-* message.
duplicate-activity-kind = the { $what } `{ $id }` has the same id as the { $first } `{ $id }`
duplicate-activity-kind-label = same id again
duplicate-activity-kind-note = activities, energisers and the reopening share message ids (`activity-<id>-...`), so each needs an id of its own
# Variables: $what (string): a noun-* message; $id (string).
skip-when-continuing = `skip_when_continuing` applies to agenda activities, not to the { $what } `{ $id }`
skip-when-continuing-label = only for agenda activities
# Variables: $id (string); $minutes (number).
invalid-minutes = activity `{ $id }` lasts { $minutes } minutes; minutes must be between 1 and 600
label-out-of-range = out of range
# Variables: $id (string).
no-steps = activity `{ $id }` has no steps
no-steps-label = this activity
# Variables: $id (string); $field (string): a noun-* message; $item (string).
duplicate-activity-item = activity `{ $id }` lists the { $field } `{ $item }` twice
label-listed-twice = listed twice
# Variables: $id (string); $material (string).
duplicate-material = activity `{ $id }` lists the material `{ $material }` twice; give one line with the total quantity
# Variables: $material (string); $id (string).
invalid-quantity = material `{ $material }` in activity `{ $id }` has quantity 0
invalid-quantity-label = quantity must be at least 1
# Variables: $total (number); $stated (number).
total-mismatch = the agenda adds up to { $total } minutes, but `total_minutes` says { $stated }
total-mismatch-label = stated total
# Variables: $id (string).
reserved-handout-id = `{ $id }` is reserved for devices on some systems; it cannot be a handout id
# Variables: $id (string).
duplicate-handout = two handouts have the id `{ $id }`
duplicate-handout-label = second handout with this id
# Variables: $id (string).
unused-handout = no activity uses the handout `{ $id }`
unused-handout-label = defined here
unused-handout-note = list it under `handouts:` of the activity that hands it out, so packets know when to print it
# Variables: $id (string).
empty-handout = handout `{ $id }` has no sections
empty-handout-label = no sections
# Variables: $id (string); $section (string).
duplicate-section = handout `{ $id }` has two sections with the id `{ $section }`
duplicate-section-label = second section
# Variables: $section (string); $id (string); $item (string).
duplicate-section-item = section `{ $section }` of handout `{ $id }` lists `{ $item }` twice
# Variables: $id (string); $lines (number).
invalid-lines = prompt `{ $id }` asks for { $lines } writing lines; use 1 to 40
# Variables: $id (string).
duplicate-source = two sources have the id `{ $id }`
duplicate-source-label = second source
# Variables: $id (string).
invalid-url = the URL of source `{ $id }` must start with https:// or http://
invalid-url-label = not a web address
# Variables: $id (string); $year (number).
invalid-year = source `{ $id }` has the year { $year }
invalid-year-label = check the year
# Variables: $step (string); $id (string); $minutes (number).
invalid-step-minutes = step `{ $step }` of activity `{ $id }` lasts { $minutes } minutes; minutes must be between 1 and 600
# Variables: $id (string); $timed (number); $steps (number).
step-minutes-mixed = activity `{ $id }` gives minutes for { $timed } of its { $steps } steps; give them for every step or for none
step-minutes-mixed-label = no minutes
# Variables: $steps (string).
step-minutes-mixed-note = without minutes: { $steps }
# Variables: $id (string); $sum (number); $minutes (number).
step-minutes = the steps of activity `{ $id }` add up to { $sum } minutes, but its `minutes` says { $minutes }
step-minutes-label = stated minutes
label-here = here

## YAML files (what serde_yaml, the YAML reader, reports)

# Variables: $file (string).
yaml-empty = { $file } is empty
yaml-empty-label = nothing here
yaml-the-file = the file
# Variables: $owner (string): the item or the path; $field (string).
yaml-missing-field = { $owner } is missing the field `{ $field }`
yaml-duplicate-key-note = a key may appear only once in each mapping; remove or merge one of them
# Variables: $field (string).
yaml-duplicate-key = the key `{ $field }` appears twice
# Variables: $expected (string): the accepted names or values.
yaml-expected = expected { $expected }
# Variables: $what (string): the item.
yaml-in = { " " }in { $what }
# Variables: $field (string); $in (string): yaml-in, or nothing.
yaml-unknown-field = unknown field `{ $field }`{ $in }; check the spelling
yaml-this-field = this field
yaml-this-value = this value
# Variables: $value (string); $field (string).
yaml-unknown-value = `{ $value }` is not a known value for `{ $field }`
# Variables: $value (string).
yaml-not-a-local-contact = `{ $value }` is not a local contact
yaml-negative-number = must be a whole number of zero or more, not a negative number
# Variables: $text (string).
yaml-number-not-text = must be a whole number, not the text "{ $text }"
# Variables: $reason (string): what the YAML reader said, in English.
yaml-whole-number = must be a whole number ({ $reason })
# Variables: $field (string); $in (string): yaml-in, or nothing; $problem (string).
yaml-wrong-type = `{ $field }`{ $in } { $problem }
yaml-tab-note = YAML indentation must use spaces; replace the tab with spaces
yaml-tab = a tab is used for indentation
yaml-too-deep = the YAML is nested too deeply to be a module or plan
yaml-alias-bomb-note = the file uses YAML aliases (*name) to repeat content so often that it would grow enormously; Puente stopped reading it
yaml-alias-bomb = the YAML expands to too much data
# Variables: $reason (string): what the YAML reader said, in English.
yaml-syntax = the YAML could not be read: { $reason }
yaml-label-in-this-item = in this item
yaml-label-second-occurrence = second occurrence
yaml-label-unknown-field = unknown field
yaml-label-unknown-value = unknown value
yaml-label-wrong-type = wrong type
yaml-label-tab = tab here

## compare-locales configurations (l10n.toml)

# Variables: $file (string).
config-too-deep = { $file }: configurations include each other more than 8 deep
# Variables: $file (string); $reason (string): what the TOML reader said, in English.
config-not-toml = { $file } is not a compare-locales configuration: { $reason }
# Variables: $file (string); $path (string); $variable (string).
config-path-env = { $file }: the path `{ $path }` uses `{"{"}{ $variable }{"}"}`, which [env] does not define
# Variables: $file (string); $path (string); $variable (string).
config-include-env = { $file }: the include `{ $path }` uses `{"{"}{ $variable }{"}"}`, which [env] does not define
config-read-note = Pontoon and compare-locales read the project through this file
config-fix = update l10n.toml so that Pontoon and compare-locales see every locale and file
# Variables: $locale (string); $folder (string).
config-unlisted-locale = l10n.toml does not list the locale `{ $locale }`, so Pontoon and compare-locales do not see { $folder }
config-locales-label = the locales are listed here
# Variables: $locale (string).
config-unlisted-locale-note = add "{ $locale }" to `locales`
# Variables: $locale (string).
config-unknown-locale = l10n.toml lists the locale `{ $locale }`, which has no folder in locales/
config-listed-here = listed here
# Variables: $locale (string).
config-unknown-locale-note = remove it, or run `puente sync --lang { $locale }`
# Variables: $file (string).
config-no-path = no [[paths]] entry of l10n.toml matches { $file }, so Pontoon and compare-locales do not offer it to translate
config-paths-label = the paths are here
# Variables: $locale (string); $file (string); $target (string); $want (string).
config-wrong-path = l10n.toml puts the { $locale } translation of { $file } at { $target }, not at { $want }
config-no-path-at-all = no path

## Workshop plans (plans/*.yaml)

# Variables: $index (number).
plan-path-contact = contact { $index } of `more` in `local`
# Variables: $field (string).
plan-path-named-contact = the `{ $field }` contact of `local`
# Variables: $index (number); $date (string).
plan-path-day-date = day { $index } ({ $date })
# Variables: $index (number).
plan-path-day = day { $index }
# Variables: $name (string).
plan-bad-name = the plan file name `{ $name }` cannot name a packet folder; use lower-case letters, digits and hyphens (for example plans/saturday-workshop.yaml)
# Variables: $path (string).
plan-no-file = there is no plan file { $path }
plan-languages = a plan has one language, or two for a bilingual packet
# Variables: $value (string).
plan-language = `{ $value }` is not a language tag (such as es, en or es-MX)
plan-language-label = not a language tag
# Variables: $value (number).
plan-participants = the number of participants must be between 1 and 10000, not { $value }
# Variables: $value (number).
plan-group-size = the small-group size must be between 1 and 10000, not { $value }
# Variables: $value (number).
plan-spares = { $value } spare copies is too many; use at most 1000
# Variables: $value (string).
plan-paper = paper must be `letter` or `a4`, not `{ $value }`
# Variables: $value (string).
plan-title = `{ $value }` is not a Fluent message id
plan-no-days = the plan has no days
plan-interpretation-no-factor = consecutive interpretation needs a `factor`: how much longer talk takes, such as 1.5
plan-interpretation-no-factor-label = no factor
# Variables: $value (string): the factor as written.
plan-interpretation-factor = an interpretation factor of { $value }; use a number above 1 and at most 3, such as 1.5 (half as long again)
plan-interpretation-simultaneous = simultaneous interpretation adds no time, so it takes no `factor`; remove it, or use `mode: consecutive`
# Variables: $value (string).
plan-date = `{ $value }` is not a date; write it YYYY-MM-DD, for example 2026-11-14
plan-date-label = bad date
# Variables: $value (string).
plan-start-time = `{ $value }` is not a time; write it HH:MM on a 24-hour clock, for example 09:30 or 14:00
# Variables: $value (string).
plan-end-time = `{ $value }` is not a time; write it HH:MM on a 24-hour clock, for example 17:00
plan-time-label = bad time
# Variables: $end (string); $start (string).
plan-end-before-start = the day ends at { $end }, which is not after its start at { $start }
plan-end-before-start-label = end before start
# Variables: $date (string).
plan-empty-day = the day { $date } has no items
plan-empty-day-label = this day
plan-item-kinds = each item of a day is exactly one of `module: <id>`, `break: <minutes>` or `meal: <minutes>`
plan-in-this-day = in this day
# Variables: $minutes (number).
plan-break-minutes = a break or meal of { $minutes } minutes; use 1 to 600
plan-item-module-only = `drop`, `optional`, `minutes`, `energiser` and `continuing` apply to a module, not to a break or meal
# Variables: $module (string).
plan-unknown-module = there is no module `{ $module }`
plan-unknown-module-label = unknown module
# Variables: $modules (string).
plan-unknown-module-note = the modules are: { $modules }
# Variables: $field (string); $id (string); $module (string).
plan-unknown-activity = `{ $field }` names the activity `{ $id }`, but module `{ $module }` has no such activity
plan-unknown-activity-label = unknown activity
# Variables: $module (string); $activities (string).
plan-unknown-activity-note = the activities of `{ $module }` are: { $activities }
# Variables: $module (string).
plan-energiser-none = `energiser: true` asks for an energiser, but module `{ $module }` has none
# Variables: $module (string); $id (string).
plan-unknown-energiser = module `{ $module }` has no energiser `{ $id }`
plan-unknown-energiser-label = unknown energiser
# Variables: $module (string).
plan-energiser-none-note = `{ $module }` defines no `energisers:`; remove this line
# Variables: $module (string); $energisers (string).
plan-unknown-energiser-note = the energisers of `{ $module }` are: { $energisers }
# Variables: $id (string); $minutes (number).
plan-activity-minutes = activity `{ $id }` set to { $minutes } minutes; use 1 to 600

## Local contacts of a plan (`local:`)

# Variables: $index (number).
local-contact-in-more = contact { $index } of `more`
local-empty = the `local:` block lists no contacts
local-empty-label = no contacts
local-empty-note = give at least one of organisation, legal_aid, accredited_rep, mental_health, emergency or more, or leave the block out
# Variables: $count (number); $max (number).
local-too-many = `more` lists { $count } contacts; at most { $max } fit on the one-page support directory
local-too-many-label = too many
# Variables: $what (string): the contact.
local-needs-kind = { $what } needs a `kind`
local-needs-kind-label = no kind
# Variables: $kinds (string).
local-needs-kind-note = the kinds are: { $kinds }
# Variables: $what (string): the contact.
local-kind-only-in-more = `kind` is only for contacts in `more`; { $what } is already a contact of its own kind
local-kind-label = not here
# Variables: $what (string): the contact.
local-empty-name = the name of { $what } is empty
local-empty-name-label = empty name
local-empty-name-note = give the name of the organisation or service (never of a person attending)
local-field-name = the name
local-field-phone = the phone
local-field-hours = the hours
local-field-address = the address
local-field-url = the web address
local-field-note = the note
# Variables: $field (string): a local-field-* message; $what (string): the contact; $count (number); $max (number).
local-too-long = { $field } of { $what } is { $count } characters long; at most { $max } fit where it prints
local-too-long-label = too long
local-too-long-card-note = names and phone numbers print on the pocket card; use a shorter form (an abbreviation, say)
local-too-long-directory-note = the support directory gives each contact a few lines; shorten it
# Variables: $field (string): a local-field-* message; $what (string): the contact.
local-one-line = { $field } of { $what } must be on one line
local-one-line-label = more than one line
# Variables: $what (string): the contact; $phone (string).
local-phone = the phone of { $what } has no digits: `{ $phone }` is not a phone number
local-phone-label = not a phone number
local-phone-note = write the number with digits, for example 915-555-0100
# Variables: $what (string): the contact.
local-url = the web address of { $what } must start with https:// or http://
# Variables: $value (string); $what (string): the contact.
local-language = `{ $value }` in the languages of { $what } is not a language tag (such as es, en or mam)
# Variables: $value (string).
local-checked-date = `{ $value }` is not a date; write when the contacts were checked as YYYY-MM-DD, for example 2026-11-28
# Variables: $date (string); $days (number).
local-stale = the local contacts were checked on { $date }, { $days } days before the workshop
local-stale-label = checked
local-stale-note = call each one again before the workshop: hours, services and numbers change; then update `checked`
# Variables: $pages (number).
local-directory-too-long = the support directory takes { $pages } pages; it must fit on one
local-directory-too-long-label = these contacts
local-directory-too-long-note = shorten the notes, addresses or hours, or list fewer contacts under `more`

## Building documents

# Variables: $locale (string); $id (string); $problem (string): what Fluent said, in English.
message-format = the { $locale } message `{ $id }` could not be formatted: { $problem }
message-format-not-defined = not defined
message-format-in-message = in this message
message-format-this-message = this message
message-format-term-note = define the term in this file or in common.ftl (`-name = ...`), or correct its name
message-format-message-note = define the message it refers to, or correct its name
message-format-variable-note = module messages get no variables; labels in common.ftl get only the variables named in the comment above them
# Variables: $module (string); $locale (string); $count (number); $used (string): the language used instead.
fallback = { $module } in { $locale }: { $count } { $count ->
        [one] message is
       *[other] messages are
    } not translated yet, so { $used } stands in
# Variables: $ids (string).
fallback-note = untranslated: { $ids }
# Variables: $date (string); $minutes (number); $end (string); $ends (string).
plan-overrun = the day { $date } runs { $minutes } minutes past its end time { $end } (it ends at { $ends })
plan-overrun-label = hard end
plan-overrun-no-fix = no activity is marked optional; shorten or drop activities, or move one to another day
# Variables: $activity (string); $module (string); $minutes (number).
plan-overrun-fix = `{ $activity }` of `{ $module }` ({ $minutes } min)
# Variables: $list (string).
plan-overrun-enough = cutting these optional activities would recover the time: { $list }
# Variables: $list (string).
plan-overrun-part = cutting these optional activities would recover part of it: { $list }

## Templates (Tera for HTML, Typst for PDF)

# Variables: $name (string): the template; $error (string): what Tera said, in English.
template-data = could not prepare data for { $name }: { $error }
# Variables: $error (string): what Tera said, in English.
template-error = template error: { $error }
template-override-note = this template is the project's own override; Puente does not fall back to the built-in one
# Variables: $document (string); $error (string): what Typst said, in English.
typst-error = { $document }: { $error }
# Variables: $hint (string): Typst's hint, in English.
typst-hint = hint: { $hint }

## The website

# Variables: $locale (string); $count (number).
site-locale-left-out = { $locale } is not published: none of its { $count } messages is translated yet
# Variables: $locale (string).
site-locale-left-out-note = translate some of locales/{ $locale }/ (and delete the `# puente: untranslated` lines) to publish it
# Variables: $plan (string): the plan file; $locales (string): its languages the site leaves out.
site-packet-left-out = the packet of { $plan } is not published: the site does not publish `{ $locales }`

## A message and a term of the same name

# Variables: $id (string): the message; $term (string): the term, with its `-`.
message-term-clash = the message `{ $id }` has the name of the term `{ $term }`, so one of them cannot load
# Variables: $id (string): the message; $term (string): the term, with its `-`; $file (string): the term's file.
message-term-clash-in = the message `{ $id }` has the name of the term `{ $term }` (in { $file }), so one of them cannot load
message-term-clash-note = Fluent keeps messages and terms under one name without the `-`; rename the message or the term
message-term-clash-label = the term of the same name
# Variables: $module (string); $modules (string).
usage-no-module = there is no module `{ $module }`; the modules are: { $modules }
# Variables: $locale (string); $locales (string).
usage-no-translation = there is no { $locale } translation: the locales are { $locales }. Building it would print English labelled as { $locale }; `puente sync --lang { $locale }` starts the translation

## puente check --spell: spelling and terminology

# Variables: $locale (string): the locale tag.
no-dictionary = no Hunspell dictionary for { $locale }, so its spelling was not checked
# Variables: $package (string): a Debian package name.
no-dictionary-install = install one: on Debian or Ubuntu the package is usually `{ $package }` (`apt-cache search hunspell` lists them)
# Variables: $name (string): a dictionary name, such as es_MX.
no-dictionary-dict = or point `--dict DIR` (or PUENTE_DICT_PATH) at a folder with { $name }.aff and { $name }.dic
# Variables: $names (string): dictionary names; $dirs (string): the folders searched.
no-dictionary-looked = looked for { $names } in: { $dirs }
# Variables: $name (string): the dictionary; $locale (string): the locale tag.
no-dictionary-unreadable = the { $name } dictionary could not be read, so the spelling of { $locale } was not checked
# Variables: $word (string); $real (string): the dictionary word; $name (string): the dictionary.
word-list-typo = “{ $word }” in the word list looks like a typo of “{ $real }”, which the { $name } dictionary knows
# Variables: $real (string): the dictionary word.
word-list-typo-label = did you mean “{ $real }”?
word-list-typo-note = fix it; if the word is meant, say why after a `#` on its line (`todes  # inclusive form`)
# Variables: $word (string); $name (string): the dictionary.
spelling = “{ $word }” is not in the { $name } dictionary
spelling-label = unknown word
# Variables: $words (string): the suggestions, each in quotes.
spelling-suggest = did you mean { $words }?
spelling-no-time = no suggestions: too many unknown words to look for them all in time
# Variables: $list (string): the path of the word list.
spelling-word-list = if it is right (a name, a term the project uses), add it to { $list }, one word a line
# Variables: $what (string): the message or term; $written (string): the text typed out; $term (string): the term id, with its `-`; $shown (string): what the term prints.
term-typed-out = { $what } types out “{ $written }” instead of referring to the term `{ $term }` (“{ $shown }”)
# Variables: $term (string): the term id, with its `-`.
term-typed-out-label = write `{"{"} { $term } {"}"}` here
term-typed-out-note = a term keeps this wording the same in every module, and changes everywhere at once; refer to it (in the source and in each translation) unless this place needs other words
