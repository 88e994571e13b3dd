### Puente's command-line help: what each command and flag does.
### `cli-<command>` is a command, `cli-<command>-<flag>` one of its flags,
### `cli-arg-<flag>` a flag several commands share, `…-long` the longer text
### that `--help` shows, `cli-value-<flag>-<value>` one value of a flag.

## Help layout

cli-heading-usage = Usage:
cli-heading-commands = Commands
cli-heading-arguments = Arguments
cli-heading-options = Options
cli-usage-options = [OPTIONS]
cli-usage-command = <COMMAND>
cli-usage-command-name = COMMAND
# Variables: $value (string): the default value of a flag.
cli-default = [default: { $value }]
# Variables: $values (string): the values a flag accepts, separated by commas.
cli-possible-values = [possible values: { $values }]
cli-possible-values-heading = Possible values:

## puente

cli-about = Puente turns workshop modules (YAML plus Fluent translations) into printable facilitator guides and participant handouts.
cli-after-help =
    Exit codes: 0 all fine, 1 a problem in the content (YAML, .ftl, templates), 2 a usage or file-system error.

    Example: puente build --lang es --out out/
cli-arg-root = The project folder (the one holding curricula/ and locales/).
cli-arg-ui-lang = The language of Puente's own messages and help (en, es). Without it, LC_ALL, LC_MESSAGES or LANG decide; English otherwise.
cli-arg-help = Print help (--help shows more)
cli-arg-version = Print the version
cli-help = Print this help, or the help of the given command
cli-help-command = The command to explain.

## Flags several commands share

cli-arg-locales = Check a Fluent project laid out as DIR/<lang>/**/*.ftl instead of this project's locales/ (no YAML or templates are read then).
cli-arg-source = The source locale of --locales (the one translations are made from), such as en or en-US.
cli-arg-large-print = Set PDF text at 14 pt instead of 11.5 pt.
cli-value-format-html = Self-contained HTML files, to open in a browser and print.
cli-value-format-pdf = Print-ready PDF: guides, handouts, and pocket cards 10 to a sheet.
cli-value-format-docx = Editable Word documents (guides, handouts, packet sheets), styled from templates/reference.docx when there is one.
cli-value-format-odt = Editable OpenDocument text (LibreOffice), styled from templates/reference.odt when there is one.
cli-value-paper-letter = US Letter, 8.5 × 11 in.
cli-value-paper-a4 = A4, 210 × 297 mm.

## puente list

cli-list = Show the modules, how long each one runs, and how complete each translation is.

## puente build

cli-build = Write facilitator guides, participant handouts and pocket cards.
cli-build-long = For each module and language this writes, under OUT/<module>/<lang>/: guide.html and guide.pdf (the facilitator guide), handout-<id>.html and .pdf (one per participant handout) and cards-<id>.pdf (pocket cards, 10 to a sheet, with cut marks). --format docx,odt adds editable guide.docx, handout-<id>.docx (and .odt), styled from templates/reference.docx and reference.odt when they exist. With --bilingual the PDFs, DOCX and ODT go to OUT/<module>/<lang1>+<lang2>/. Paper is US Letter unless you ask for A4. Nothing is written if any problem is found.
cli-build-modules = Modules to build (by id, as shown by `puente list`). All when none are given.
cli-build-langs = Language to build, as a language tag: en, es, es-MX... Repeat for more than one (`--lang en --lang es`). A missing translation falls back to a related language, then English, and is reported.
cli-build-format = Output format.
cli-build-out = Folder to write into. Existing files are replaced only when the whole build succeeds.
cli-build-paper = Paper size for printing.
cli-build-bilingual = Set two languages side by side (PDF): give exactly two --lang, the first is the primary language. Each block of one language stands beside the same block of the other; pocket cards get the second language on the back.

## puente packet

cli-packet = Make a complete workshop packet from a plan file.
cli-packet-long = Writes OUT/<plan-name>/ with a run sheet (clock time for every activity, break and meal), a materials checklist scaled to the group, a print list with copies and sheets, a facilitator guide per module, participant handouts and pocket cards, and a README saying what to print first. The previous packet folder is replaced only when the new one is complete.
cli-packet-plan = The plan file, for example plans/one-day-workshop.yaml.
cli-packet-out = Folder to write the packet folder into.
cli-packet-format = Output formats. PDF is what you print; HTML is for reading on a screen.
cli-packet-zip = Also write OUT/<plan-name>.zip with the whole packet.

## puente check

cli-check = Check the translations: syntax, missing and outdated messages, variables, references, and the links between YAML, templates and the English text.
cli-check-long = Findings are grouped by the file to fix, each with path:line:col. Exit code 1 when there is an error (or, with --strict, a warning).
cli-check-langs = Check only this locale (repeat for more). All of them when none is given.
cli-check-json = Print the findings as JSON, with stable codes.
cli-check-strict = Fail (exit code 1) on warnings too.
cli-check-verbose = List every missing or untranslated message on its own, even when a file lacks many (they are summed up in one finding otherwise). `--json` always lists every one.
cli-check-config = Read the files to check from a compare-locales project configuration (l10n.toml): its paths, locales and basepath.
cli-arg-spell = Check spelling too, with Hunspell dictionaries, and report text that types out a term instead of referring to it.
cli-arg-dicts = Look for Hunspell dictionaries (NAME.aff and NAME.dic) in this folder first (repeat for more). Then PUENTE_DICT_PATH, then /usr/share/hunspell and /usr/share/myspell.

## puente status

cli-status = Show how complete each translation is, per locale and file.
cli-status-langs = Show only this locale (repeat for more).
cli-status-json = Print the table as JSON.

## puente sync

cli-sync = Create a locale, or bring one up to date: every message it lacks is appended, in source order, with the English text to translate.
cli-sync-long = Existing text is never changed or moved; running it twice changes nothing the second time. An appended message holds the English text, and counts as missing until a translator changes it.
cli-sync-lang = The locale to create or update, such as ht or pt-BR.

## puente review

cli-review = Record that translations were reviewed against the current English, so `check` can say when the English changes after that.
cli-review-long = Naming a message whose text is the same as the English accepts it (a name, a word both languages share). The record is locales/.reviewed/<lang>.ftl; commit it with the translations.
cli-review-lang = The locale whose translations were reviewed.
cli-review-ids = The message ids reviewed.
cli-review-all = Mark every translated message of the locale as reviewed.
cli-review-file = Only in this file (a path inside the locale folder, such as common.ftl), for ids that several files share.

## puente serve

cli-serve = Preview the project in a browser, updated live as files are saved.
cli-serve-long = Serves every guide, handout and card sheet, in HTML and PDF, at the same paths as `build` writes them, on http://127.0.0.1:4000/ unless told otherwise. A page reloads by itself once the new build is complete; a broken file shows its problems in the page over the last good version. "Show message ids" in a page shows which message and line each string comes from. Nothing is written into the project.
cli-serve-port = The port to listen on.
cli-serve-bind = The address to listen on. Anything but a loopback address exposes the preview to the network.
cli-serve-open = Open the preview in the default browser.
cli-serve-editor = "Open in editor" links, with {"{"}path{"}"}, {"{"}line{"}"} and {"{"}col{"}"} filled in, such as vscode://file/{"{"}path{"}"}:{"{"}line{"}"}:{"{"}col{"}"}.

## puente site

cli-site = Write the multilingual website: a page per module, the guides and handouts as pages, every PDF in Letter and A4, search, translation status.
cli-site-long = Every link is relative, so DIR works from any static host or CDN and from a USB stick opened with file://, search included. DIR is replaced only when the new site is complete. A language with nothing translated yet is left out; one with gaps is marked as such.
cli-site-out = The folder to write the site into (replaced as a whole).
cli-site-base-url = The address the site will be published at, such as https://example.org/puente/, for sitemap.xml and the 404 page.
cli-site-langs = A language to publish (repeat for more). Every locale when none is given.

## Usage errors (what clap, the command-line parser, finds)

usage-error = error
usage-more-info = For more information, try '--help'.
# Variables: $arg (string): the flag, such as --lang <LANG>.
usage-missing-value = { $arg } needs a value, and none was given
# Variables: $value (string): what was given; $arg (string): the flag; $valid (string): the values it accepts.
usage-invalid-value = '{ $value }' is not a value of { $arg }; it accepts: { $valid }
# Variables: $value (string): what was given; $arg (string): the flag.
usage-value-validation = '{ $value }' is not a valid value of { $arg }
# Variables: $arg (string): the argument given.
usage-unknown-argument = '{ $arg }' is not an option of this command
# Variables: $name (string): the command given.
usage-unknown-command = '{ $name }' is not a command of puente
# Variables: $arg (string): the flag.
usage-argument-twice = { $arg } can be given only once
# Variables: $arg (string), $other (string): two flags.
usage-conflict = { $arg } cannot be used together with { $other }
# Variables: $arg (string): the flags or arguments missing.
usage-missing-argument = this command needs { $arg }
usage-missing-command = name a command, such as build or check
# Variables: $value (string): the extra value; $arg (string): the flag.
usage-too-many-values = '{ $value }' is one value too many for { $arg }
# Variables: $arg (string): the flag.
usage-wrong-number-of-values = { $arg } was given the wrong number of values
# Variables: $arg (string): the flag.
usage-no-equals = { $arg } needs its value after `=`
usage-invalid-utf8 = an argument is not valid UTF-8
# Variables: $detail (string): clap's own description, in English.
usage-other = { $detail }
# Variables: $suggestion (string): a similar option, command or value.
usage-tip-similar = tip: did you mean '{ $suggestion }'?
# Variables: $value (string): what was given; $langs (string): the languages Puente speaks.
usage-unknown-ui-lang = Puente has no messages in '{ $value }'; --ui-lang accepts: { $langs }
