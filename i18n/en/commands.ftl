### Summaries and progress lines of the commands.

## Errors that stop a command (exit code 2)

# Variables: $path (string): the file or folder; $error (string): what the system said.
fatal-io = { $path }: { $error }

## puente build and packet

# Variables: $name (string): the document just rendered.
progress-rendered = rendered { $name }
# Variables: $name (string): the document kept from the last run, unchanged.
progress-kept = unchanged { $name }
progress-bar-pdfs = PDFs
build-nothing-written = Nothing was written.
# Variables: $path (string): the file written.
build-wrote = wrote { $path }
build-bilingual-two-langs = --bilingual needs exactly two languages, the primary one first: --lang es --lang en --bilingual

## puente check

check-no-problems = no problems
check-total = total
check-other = other
# Variables: $count (number).
check-errors = { $count } { $count ->
        [one] error
       *[other] errors
    }
# Variables: $count (number).
check-warnings = { $count } { $count ->
        [one] warning
       *[other] warnings
    }
# Variables: $ids (string): the first ids; $more (number): how many more.
check-listed-more = { $ids } and { $more } more
# Variables: $locale (string).
check-declared-complete = ; { $locale } is declared complete
check-fallback-stands-in = : the fallback language stands in
# Variables: $count (number); $file (string); $tail (string): check-declared-complete or check-fallback-stands-in.
check-many-missing = { $count } messages are missing from { $file }{ $tail }
check-first-defined-here = the first one, defined here
# Variables: $file (string); $locale (string).
check-many-missing-todo = translate them in { $file }, or run `puente sync --lang { $locale }` to add them there with the source text
# Variables: $count (number); $tail (string): check-declared-complete or check-fallback-stands-in.
check-many-untranslated = { $count } messages are not translated yet (they are the source text){ $tail }
check-the-first-one = the first one
# Variables: $locale (string).
check-many-untranslated-todo = translate them; accept one that is rightly the same as the source with `puente review --lang { $locale } ID`
# Variables: $ids (string).
check-they-are = they are: { $ids }
check-verbose-lists = `puente check --verbose` lists each one with its place

## puente sync

# Variables: $file (string).
sync-unreadable = { $file }: could not be read, so it was not synced
# Variables: $file (string); $max (number): the largest size read.
sync-too-large = { $file }: is over { $max } bytes; not synced
# Variables: $file (string).
sync-up-to-date = { $file }: up to date
# Variables: $file (string); $count (number).
sync-added = { $file }: added { $count } { $count ->
        [one] message
       *[other] messages
    } to translate
# Variables: $file (string); $count (number).
sync-created = { $file }: created with { $count } { $count ->
        [one] message
       *[other] messages
    } to translate
# Variables: $file (string).
sync-not-utf8 = { $file }: is not valid UTF-8, so nothing was added; save it as UTF-8 and run sync again
# Variables: $file (string); $locale (string).
sync-too-deep = { $file }: has placeables nested too deeply to read, so nothing was added; run `puente check --lang { $locale }`
# Variables: $count (number); $locale (string).
sync-summary = { $count ->
        [one] { $count } message holds the source text: translate it. Until then it counts as untranslated; `puente check --lang { $locale }` lists what remains.
       *[other] { $count } messages hold the source text: translate each one. Until then they count as untranslated; `puente check --lang { $locale }` lists what remains.
    }
# Variables: $value (string).
sync-not-a-tag = `{ $value }` is not a language tag; use a BCP 47 tag such as ht, pt-BR or es-MX
# Variables: $value (string).
sync-is-source = `{ $value }` is the source locale; sync brings a translation up to date with it
# Variables: $value (string).
sync-is-pseudo = `{ $value }` is a pseudo-locale that Puente makes from the English when building; it has no files

## puente review

# Variables: $locale (string).
review-is-source = `{ $locale }` is the source locale; review records translations against it
# Variables: $locale (string).
review-no-locale = there is no locale `{ $locale }`
# Variables: $file (string).
review-no-source-file = the source locale has no file `{ $file }`
# Variables: $ids (string): the ids, in backquotes.
review-unknown-ids = the source has no message { $ids }
# Variables: $ids (string): the ids, in backquotes; $file (string).
review-unknown-ids-in = the source has no message { $ids } in { $file }
# Variables: $file (string); $count (number).
review-recorded = { $file }: recorded { $count } { $count ->
        [one] message
       *[other] messages
    } as reviewed against the current source text
# Variables: $id (string): the message and its file; $locale (string).
review-not-translated = { $id } is not translated in { $locale } yet, so it was not recorded as reviewed

## puente packet

packet-nothing-written = Nothing was written; the previous packet, if any, is unchanged.
# Variables: $path (string); $count (number): files in it.
packet-wrote = wrote { $path } ({ $count } files)

## puente site

# Variables: $url (string).
site-bad-base-url = --base-url `{ $url }` is not an address; give the whole address the site will have, such as https://example.org/puente/
# Variables: $path (string).
site-out-not-a-folder = --out { $path } does not name a folder; give one such as site/
# Variables: $path (string).
site-nothing-written = Nothing was written; { $path } is as it was.
# Variables: $count (number); $path (string); $index (string): the home page.
site-wrote = wrote { $count } files to { $path }; open { $index } in a browser

## puente status (the table's headings)

status-locale = locale
status-file = file
status-translated = translated
status-missing = missing
status-outdated = outdated
status-words = words to translate
status-complete = complete
status-all = all
status-all-complete = all (declared complete)
status-none = There are no translations yet; `puente sync --lang <lang>` starts one.
