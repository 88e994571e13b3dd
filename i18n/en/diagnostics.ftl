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
