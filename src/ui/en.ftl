# dragoman's own interface, English (the reference: every message is here).

## Help
cli-about = Translate Markdown statements through gettext PO catalogs
help-usage = Usage:
help-commands = Commands
help-options = Options
help-arguments = Arguments
help-default = default
help-values = possible values
help-help = Print help
help-version = Print version
cmd-init = Start a project: a commented dragoman.toml, statements and locales folders
cmd-add-lang = Add a language: list it in dragoman.toml (comments and layout kept) and create its catalogs
cmd-extract = Extract segments from the statements into templates (locales/templates/*.pot)
cmd-sync = Extract, then update every language's catalogs: new segments added, changed ones marked stale with their previous source, removed ones kept as obsolete
cmd-diff = Show what changed in the source of every stale translation: a word diff of the previous and current source, the change class and the translation
cmd-fmt = Rewrite PO and FTL files in their canonical layout; content never changes
cmd-convert = Convert catalogs between PO and Fluent (FTL), keeping every state
cmd-migrate = Move the catalogs to the other layout and/or format, every translation kept; dragoman.toml set to match
cmd-check = Check translations: Markdown parity, links, code, numbers, punctuation, bidi controls, Persian, Arabic and Spanish rules
cmd-impact = The translation cost of a pending source change, per language. Writes nothing
cmd-import = Import hand-made translations of statements into a language's catalogs
cmd-status = Report coverage per language and statement (segments and words)
cmd-suggest = Translations of similar text from the rest of the project for untranslated entries (the translation memory). Writes nothing
cmd-build = Build localized Markdown and HTML into the output folder
cmd-bundle = Write each language's statements as one offline HTML file and one EPUB book (build/bundles/<lang>.html, .epub) for readers with no network
cmd-serve = The translator's workbench in the browser: entries with diffs, checks and suggestions, saved safely; a preview of the page
cmd-completions = Print a shell completion script (bash, zsh, fish, powershell, elvish)
cmd-man = Print the manual page, or write all of them (one per command) with --out

## Errors
error = error
prefixed = { $prefix }: { $text }
sep-list = {", "}
sep-clause = {"; "}
err-no-config = no { $file } found in { $dir } or any folder above it; create one with `dragoman init`, or point to a project with --project DIR
err-unknown-lang-typo = language `{ $lang }` is not in this project (languages: { $known }); did you mean `{ $suggestion }`?
err-unknown-lang-add = language `{ $lang }` is not in this project (languages: { $known }); add it with `dragoman add-lang { $tag }`

## status
status-language = Language
status-statement = Statement
status-translated = Translated
status-stale = Stale
status-untranslated = Untranslated
status-obsolete = Obsolete
status-words = Words
status-coverage = Coverage
status-total = total
status-complete = complete
status-more = more statements (`dragoman status` lists them all)
status-below = coverage below { $min }%: { $langs }

## sync
sync-report = { $lang }: { $unchanged } unchanged, { $new } new, { $stale } stale, { $carried } carried over, { $obsolete } obsolete
sync-revived = { $count } revived
sync-moved = { $count } moved
sync-reused = { $count } reused
sync-split = { $count } in split paragraphs
sync-merged = { $count } merged paragraphs
sync-written = { $count } catalog(s) written
sync-would-write = { $count } catalog(s) would be written

severity-error = error
severity-warning = warning
severity-info = info
check-summary = { $errors } error(s), { $warnings } warning(s), { $infos } info
check-stale-heading = ── { $count } finding(s) on stale entries (their source changed; awaiting a translator: `--state translated` leaves them out) ──
check-fixed = fixed { $count } translation(s)
check-source-label = source

## check messages (`dragoman check`); the English text is also the JSON `message`
check-nfc = the translation is not in Unicode NFC (composed characters); `check --fix` normalizes it
check-bidi-override = bidi embedding or override U+{ $code } can reorder text invisibly (Trojan Source); remove it (`check --fix`)
check-bidi-unbalanced = bidi embedding or isolate controls are not balanced: text after them may display in the wrong order
check-bidi-control = explicit bidi controls are not needed: the built pages isolate left-to-right runs themselves
check-md-emphasis = emphasis differs: source has { $strong } **strong**, { $emphasis } _emphasis_, { $strike } ~~strike~~; translation has { $tr_strong }, { $tr_emphasis }, { $tr_strike }
check-md-link = link destinations differ: missing { $missing }, unexpected { $extra }; keep every [text](url) of the source with the same URL
check-link-target = the relative link { $target } points at no file beside the statements; use the source's target or add the file
check-plural-forms = a plural entry with { $forms } forms where the header says nplurals={ $nplurals } (msgfmt -c refuses the file)
check-stray-backslash = { $text } in the text looks left from an escape (a typed \n, a doubled backslash); the source has none: remove it
check-rtl-mirrored = { $mirrored } is { $name } typed mirrored: write { $name } in logical order (the page shows it the right way round)
check-source-link-target = the statement links to { $target }, which is not there; add the file or fix the link
check-md-image = images differ from the source: keep ![alt](src) with the same src, translate only the alt text
check-md-code = inline code must stay exactly as in the source; missing or changed: { $missing }
check-md-footnote = footnote references differ: source { $source }, translation { $translation }
check-md-hard-break = the source has { $source } hard line break(s), the translation { $translation }
check-md-html = raw HTML `{ $html }` is not in the source; the build shows it as text, never as markup
check-md-html-direction = raw HTML `{ $html }` is not needed: the build drops it and isolates left-to-right text (C++, URLs, code) itself
check-md-broken-delimiter = `{ $delimiter }` does not form emphasis and will show literally (no space just inside the markers: `**word**`, not `** word **`)
check-md-broken-delimiter-zwnj = `{ $delimiter }` does not form emphasis and will show literally (`__` next to a ZWNJ cannot close: use `**`)
check-md-unmatched-backtick = an unmatched ` will show literally: code spans need a closing backtick
check-md-list-marker = the translation starts with a list or heading marker that the source does not have; Markdown markers belong outside the segment (and must be ASCII: `1.`, not `۱.`)
check-md-rlm-marker = an RLM before `-` or `#` stops Markdown from seeing a list or heading
check-url = the URL { $url } is missing or changed
check-email = the e-mail address { $email } is missing or changed
check-bidi-mark-in-token = a bidi mark inside a URL, link destination or code changes it (the link breaks); put marks outside
check-number = the translation has { $extra }, which the source does not (source numbers: { $source }); numbers are compared by value across digit systems
check-number-repeated = the translation has { $extra } more often than the source (source numbers: { $source })
check-whitespace-edges = leading or trailing whitespace differs from the source
check-double-space = two spaces in a row
check-untranslated = the translation is the same as the source; translate it, or add the terms to `[check] glossary` in dragoman.toml
check-repeated-word = “{ $word }” twice in a row
check-brackets = unbalanced { $open }…{ $close }
check-end-punctuation = the source ends with { $source ->
        [none] no punctuation
       *[other] “{ $source }”
    }, the translation with { $translation ->
        [none] no punctuation
       *[other] “{ $translation }”
    }
check-fa-arabic-letters = “{ $word }” uses Arabic ي/ك/ى; Persian writes ی and ک (`check --fix` replaces them)
check-fa-tatweel = tatweel (ـ) stretches letters; remove it
check-fa-zwnj-verb = “می { $word }”: join the verb prefix with a ZWNJ (می‌{ $word })
check-fa-zwnj-plural = “{ $word } { $suffix }”: join the plural with a ZWNJ ({ $word }‌{ $suffix })
check-fa-zwnj-consistency = “{ $words }” with a space: this project writes it { $want } elsewhere
check-fa-zwnj-suffix = “{ $word } { $suffix }”: join the suffix with a ZWNJ ({ $word }‌{ $suffix })
check-fa-zwnj-fused = “{ $word }”: write the prefix or suffix with a ZWNJ ({ $want })
check-fa-zwnj-underscore = an underscore between Persian letters shows as “_”: a ZWNJ belongs there
check-fa-zwnj-stray = a ZWNJ that joins nothing (at the edge of the text or next to a space)
check-fa-guillemets = guillemets not paired as «…» (the wrong way round, or a » without its «)
check-fa-quotes = straight quotes around Persian text: the Persian Academy writes «…»
check-rtl-code-spacing = { $code } is glued to “{ $letter }”: in right-to-left text they run together; put a space between (or a ZWNJ before a suffix)
check-fa-arabic-digits = Arabic-Indic digits (٠–٩) in Persian text: use Persian digits ۰–۹
check-fa-mixed-digits = ASCII and Persian digits are mixed in one segment: pick one system
check-ar-persian-digits = Persian digits (۰–۹) in Arabic text: use ٠–٩ or ASCII digits
check-ar-mixed-digits = ASCII and Arabic-Indic digits are mixed in one segment: pick one system
check-ar-persian-letters = “{ $word }” uses Persian ی/ک; Arabic writes ي and ك
check-latin-punctuation = Latin “{ $mark }” in { $script ->
        [fa] Persian
       *[ar] Arabic
    } text: use “{ $want }”
check-es-pair = Spanish { $kind ->
        [question] questions
       *[exclamation] exclamations
    } open with { $open } and close with { $close }: one of them is missing
check-es-quote-period = in Spanish the period goes after the closing quote: «…».
check-es-number-format = “{ $number }”: the decimal separator in { $lang } is “{ $want }”
check-number-reading = “{ $number }” reads as { $reads } in { $lang } (the source says { $value }): write it with { $lang }'s separators
check-number-separator = “{ $number }”: a Latin comma among these digits; this language writes { $decimal } for decimals and { $group } between thousands

## I/O errors: English shows the operating system's text ($detail); other
## languages say what happened by the error's kind.
io-not-found = { $detail }
io-permission-denied = { $detail }
io-already-exists = { $detail }
io-is-a-directory = { $detail }
io-not-a-directory = { $detail }
io-directory-not-empty = { $detail }
io-storage-full = { $detail }
io-read-only = { $detail }
io-invalid-data = { $detail }
io-other = { $detail }

## PO syntax errors
po-duplicate = duplicate message definition (first defined at line { $first })
po-no-msgid = entry has no msgid
po-no-msgstr = msgid without msgstr
po-plural-no-msgstr0 = plural entry without msgstr[0]
po-duplicate-header = duplicate header entry (empty msgid)
po-string-without-keyword = string without a keyword before it
po-string-continues-other = string continues a different kind of line
po-bad-plural-index = bad plural index in `{ $keyword }`
po-plural-index-too-large = plural index too large
po-unknown-keyword = unknown keyword `{ $keyword }`
po-keyword-needs-string = `{ $keyword }` must be followed by a quoted string
po-mixed-obsolete = mixes obsolete (#~) and active lines in one entry
po-duplicate-msgctxt = duplicate msgctxt
po-plural-after-msgid = msgid_plural must follow msgid
po-msgstr-without-msgid = msgstr without msgid
po-plural-needs-index = plural entry needs msgstr[N]
po-index-without-plural = msgstr[N] without msgid_plural
po-expected-index = expected msgstr[{ $index }], found { $found }
po-unterminated = unterminated string
po-text-after-quote = unexpected text after the closing quote
po-hex-without-digits = \x without hex digits
po-invalid-escape = invalid escape sequence `\{ $escape }`
po-non-ascii-escape = non-ASCII byte escape (use UTF-8 text instead)

## Statement errors
source-front-matter-open = front matter opened with `{ $fence }` is never closed (expected a `{ $fence }` line)
source-front-matter-yaml = front matter: { $detail }
source-front-matter-toml = front matter (TOML): { $detail }
source-front-matter-json = front matter (JSON): { $detail }
theme-template = template: { $detail }
# $bracket
yaml-unclosed-bracket = { $detail }
yaml-tab = { $detail }
yaml-mapping-values = { $detail }
yaml-not-mapping = { $detail } (front matter is `key: value` lines)
yaml-unknown-anchor = { $detail }
yaml-other = { $detail }
yaml-duplicate-key = `{ $key }` is given twice

## Fluent catalog errors
ftl-unreadable = FTL syntax error: the Fluent parser could not read this file
ftl-syntax = FTL syntax error: { $detail }
ftl-junk = FTL syntax error (junk)
ftl-no-source = message `{ $id }` has no `# dragoman-source:` comment: dragoman cannot tell what it translates
site-syntax = site strings: { $detail }

## Configuration errors. English keeps the TOML parser's text ($detail);
## other languages can use the key or value ($name, with backticks) and what
## was expected ($expected: a list such as `a`, `b`; "none" when nothing).
config-toml = { $detail }
# $name, $expected
config-unknown-field = { $detail }
# $name, $expected
config-unknown-value = { $detail }
# $name, $expected
config-missing-field = { $detail }
# $name, $expected
config-duplicate-key = { $detail }
config-duplicate-key-here = { $detail }
# $name, $expected
config-invalid-type = { $detail }
config-unknown-check = unknown check `{ $id }` (see `docs/checks.md` for the list)
config-relative-dir = `{ $key }` must be a relative folder inside the project, not `{ $value }`
config-catalog-path = `catalog_path = "{ $template }"`: { $why ->
        [prefix] it must start with { $prefix } (the locales folder, then the language)
        [extension] it must end with { $ext }, .po or .ftl
        [placeholder] unknown or unclosed placeholder; the placeholders are { $placeholders }
        [character] \, : and control characters cannot be part of a catalog's name
        [component] no folder in it may be empty, . or ..
       *[unique] it needs a placeholder ({ $placeholders }), or every statement would share one catalog
    }
config-catalog-path-format = `catalog_path` ends with .{ $ext }, but the catalogs of { $lang } are { $format }: end it with { $any }
config-output-path = `output_path = "{ $template }"`: { $why ->
        [placeholder] unknown or unclosed placeholder; the placeholders are { $placeholders }
        [character] \, : and control characters cannot be part of a file's path here
        [inside] it must stay inside the output folder (no leading /, no . or .. folder)
        [lang] it needs { $lang }, or the languages would write over each other
       *[statement] it needs { $file }, or the statements would write over each other
    }
build-output-collision = { $first } and { $second } would both be written to { $path } (output_path = "{ $template }"): change output_path
build-book-toml = book.toml cannot be read as TOML, so no book.toml can be made from it for each language
build-target-no-threshold = below_threshold = "skip" left out { $count } { $lang } statement(s) (below { $threshold }%)
project-catalog-collision = { $first } and { $second } would share the catalog { $path } (catalog_path = "{ $template }"): change catalog_path or rename one of them
project-catalog-unusable = { $statement } gets no usable catalog name from catalog_path = "{ $template }" ("{ $name }"); { $placeholders } can tell it apart
config-percentage = { $key } must be a percentage (0–100)
config-fraction = { $key } must be between 0 and 1
config-po-wrap = po_wrap must be a page width (20–10000) or false (do not wrap, as msgcat --no-wrap)
config-glob = { $key }: { $pattern } is not a valid pattern ({ $error }); use * within a folder, ** across folders
config-source-language = `{ $tag }` is the source language
config-listed-twice = `{ $tag }` is listed twice
config-language-not-listed = { $section } configures a language that is not in `languages`
lang-invalid = `{ $tag }` is not a valid language tag (BCP 47, e.g. `es`, `fa`, `pt-BR`)
lang-no-language = `{ $tag }` has no language subtag

## Project errors
utf8-invalid = { $what ->
        [file] file is not valid UTF-8
        [catalog] catalog is not valid UTF-8
       *[text] not valid UTF-8
    }
project-outside = `{ $key }` folder { $path } leads outside the project (to { $target }); dragoman reads and writes only inside it
project-locked = another dragoman (pid { $pid }) is writing this project; wait for it to finish, or remove { $lock } if it is not running
project-no-statements = statements folder `{ $dir }` does not exist (set `statements` in { $file })
project-site-md = { $dir }/site.md would share locales/<lang>/site.ftl with the site strings; rename it
project-catalog-link = is a symbolic link; dragoman does not follow links in catalogs
project-both-exist = both { $old } and { $new } exist; remove one first
project-layout-mismatch = dragoman.toml says layout = "{ $layout }", but { $count } catalog(s) of the { $other } layout exist ({ $files }): their translations would not be seen. Run `dragoman migrate --layout { $layout }` to move them, or set layout = "{ $other }" again
project-git-missing = cannot run git: { $detail }
project-git-failed = git { $command }: { $detail }
project-not-a-statement = `{ $name }` is not a statement of this project

## import
segment-kind = { $kind ->
        [front-matter] front matter: { $detail }
        [heading] heading { $detail }
        [paragraph] paragraph
        [list-item] list item
        [table-header] table header
        [table-cell] table cell
        [block-quote] block quote
        [footnote] footnote
        [html] text in HTML: { $detail }
       *[other] { $kind }
    }
import-missing = { $kind } has no translation in the translated file
import-extra = { $kind } in the translated file has no source; not imported
import-merged = two source blocks (lines { $first } and { $second }) are one block in the translation; imported into the first for review
import-split = the translation splits this { $kind } in two (lines { $first } and { $second }); joined for review
import-uncertain = uncertain pair ({ $source } ↔ { $translation }, score { $score }); imported for review
import-not-a-folder = { $path } is not a folder
import-pseudo = `{ $tag }` is a pseudo-locale: its translations are generated, there is nothing to import
import-outside-statements = { $path } is not in this project's statements folder ({ $dir })
import-not-a-statement = { $path } is not a statement (.md)

## init and add-lang
internal-error = internal error: { $detail }
init-exists = { $path } already exists; edit it, or use --force to replace it
lang-name-not-tag = `{ $input }` is a language name, not a tag: did you mean `{ $tag }`?
lang-not-a-code = `{ $input }` is not a language code (two or three letters, e.g. `es`, `fa`, `pt-BR`){ $suggestion ->
        [none] {""}
       *[other] ; did you mean `{ $suggestion }`?
    }
lang-already-added = `{ $tag }` is already in this project (languages: { $known })
lang-no-list = no `languages` list to add to
lang-not-added = language `{ $tag }` not added
err-no-config-in = { $dir } has no { $file }
man-failed = man pages: { $detail }

## Command reports
fmt-done = { $count } file(s) reformatted
fmt-would = { $count } file(s) would be reformatted
init-wrote = wrote { $path }
init-found = found { $count } statement(s) in { $dir }/
init-created = created { $dir }/: put the Markdown statements there
init-mdbook = this looks like an mdbook project: see docs/migrating.md
init-single = found catalogs { $dir }/<lang>.po for { $langs }: using layout = "single"
init-no-languages = no languages yet: dragoman add-lang es
init-languages = languages: { $langs }
init-next = next: dragoman sync   # extract segments and create or update the catalogs
impact-title = Translation impact
impact-title-since = Translation impact since `{ $base }`
impact-new = New
impact-stale = Stale
impact-carried = Carried over
impact-obsolete = Obsolete
impact-cell = { $segments } ({ $words } words)
man-wrote = wrote the manual pages into { $dir }
verbose-project = project: { $root } ({ $statements } statements folder, { $locales } locales folder, languages: { $langs })
verbose-cache = answered from the cache ({ $dir }/cache; nothing changed since the last run)
verbose-done = done in { $ms } ms
extract-done = extracted { $statements } statement(s); { $written } template(s) written
diff-none = no stale translations
convert-done = converted { $count } catalog(s) to { $format }
convert-note = note: dragoman.toml still says another format for { $langs }: set `catalog_format = "{ $format }"` (project-wide, or under [language.X]) or the next sync converts them back
migrate-conflict = { $lang }: “{ $source }” is translated differently in { $first } and { $second }, and one catalog holds one translation per text: make them agree, then migrate again (nothing was written)
migrate-done = catalogs in the { $layout } layout: { $written } written, { $removed } removed
migrate-format = catalogs in { $format }: { $count } converted
migrate-nothing = nothing to migrate: say --layout or --format
add-lang-done = added { $tag } ({ $name }, { $direction }); { $count } catalog(s) written in { $dir }
add-lang-next = next:
add-lang-translate = translate the catalogs in { $dir } (Poedit, Weblate, a text editor): docs/translators.md
add-lang-status = coverage
add-lang-check = problems in the translations
add-lang-build = the translated pages
import-summary = { $statement } <- { $translation }: { $imported } imported ({ $review } for review), { $kept } kept, { $missing } missing{ $untranslated ->
        [0] {""}
       *[other] , { $untranslated } left untranslated
    }
import-left-untranslated = { $kind } is left in the source language; not imported
import-orphan = { $path }: no statement at this path; not imported
import-none = no translated statements found
build-done = built { $count } language(s) into { $dir }; { $written } file(s) written
progress-read = read
progress-sync = sync { $lang }
progress-build = build { $lang }

## Command-line usage errors (English comes from clap itself)
usage-unknown-argument = unexpected argument '{ $arg }' found
usage-unknown-command = unrecognized subcommand '{ $command }'
usage-invalid-value = invalid value '{ $value }' for '{ $arg }'
usage-value-required = a value is required for '{ $arg }' but none was supplied
usage-possible-values = [possible values: { $values }]
usage-missing = the following required arguments were not provided:
    { $args }
usage-conflict = the argument '{ $arg }' cannot be used with '{ $other }'
usage-did-you-mean = tip: did you mean '{ $suggestion }'?
usage-more = For more information, try '--help'.
build-held-back = { $lang }: { $count } statement(s) below the publish threshold ({ $threshold }%): the source is published instead
build-outdated = { $lang }: { $count } page(s) with an outdated notice (stale translations)
check-glossary = “{ $term }” is in the glossary (kept in the source language) but missing from the translation
check-length = the translation has { $percent }% of the source's letters: is it complete, and the right text?
# The change class of a stale translation in `dragoman diff` (docs/translators.md).
diff-class = { $class }
# Translations the build does not publish (src/guard.rs); $construct is one of the selector keys.
guard-construct = { $construct ->
        [fence] a fenced code block
        [indented-code] an indented code block
        [html-block] an HTML block
        [link-definition] a link reference definition
        [footnote-definition] a footnote definition
        [heading] a heading
        [block-quote] a block quote
        [list] a list
        [table] a table
        [rule] a thematic break
        [math] a math block
        [front-matter] a front matter block
        [definition-list] a definition list
        [line-break] a line break in a one-line segment
        [blocks] more than one block
        [empty] no text
        [footnote-reference] a footnote reference added or dropped (footnotes are numbered across the page)
        [page] a change to the blocks of the page
       *[other] { $construct }
    }
guard-structure = the translation reaches outside its segment ({ $construct }): it may change only its own text
guard-attributes = the translation sets heading attributes `{ $attributes }` that the source does not have
guard-destination = the translation links to `{ $url }`, which the source does not link to
guard-bidi = bidi embedding or override U+{ $code } reorders what readers see
guard-isolates = bidi isolates that are not closed (or closed without being opened)
guard-control = control character U+{ $code } (it can move the cursor or retitle a terminal, and breaks files)
guard-invisible = invisible tag character U+{ $code } hides text from readers
build-refused = { $lang }: { $file }:{ $line }: translation not published, the source text stands instead: { $reason }
check-zero-width = zero-width character U+{ $code } (invisible; only ZWNJ and ZWJ belong in text)
ftl-too-deep = placeables nested more than { $max } deep: dragoman does not read such a file
walk-not-utf8 = skipped `{ $path }`: its name is not UTF-8 (rename it)
walk-symlink = skipped `{ $path }`: a symbolic link (dragoman never follows links, so nothing outside the project is read)
walk-special = skipped `{ $path }`: not a regular file (a FIFO, socket or device is never opened)
walk-control-name = a file name with a control character: { $name } (rename it: it would break every catalog reference)
path-outside = this path is outside `{ $root }`: dragoman reads and writes nothing outside the project
path-symlink = `{ $link }` is a symbolic link: dragoman reads and writes nothing through links inside the project
path-not-regular = not a regular file (a FIFO, socket or device is never opened)
project-output-overlaps = the output folder `{ $out }` overlaps the { $key } folder `{ $dir }`: a build would write over it; choose another `output`
write-conflict = changed on disk while dragoman was working (someone saved it): nothing was overwritten; run the command again
write-read-only = is read-only: dragoman does not replace it (make it writable to let dragoman update it)
lock-taken-over = took over the lock `{ $lock }` left by process { $pid }, which no longer runs
po-charset-unknown = unknown charset `{ $charset }` in the header
po-charset-invalid = the file is not valid { $charset }, the charset its header declares
po-charset-unmappable = the catalog's charset { $charset } cannot hold “{ $char }”: change the header to `charset=UTF-8`
locales-unknown-language = `{ $path }` holds catalogs for `{ $tag }`, which is not one of the project's languages: they are not read (add it with `dragoman add-lang { $tag }`)

## serve: the workbench
arg-migrate-layout = Move the catalogs to this layout
arg-migrate-catalog_format = Convert the catalogs to this format
arg-bundle-langs = Only this language (repeatable; the source language too); default: every language
arg-bundle-formats = Only this format (repeatable); default: html and epub
arg-serve-port = Port to listen on (0: any free port)
arg-serve-bind = Address to listen on; anything but loopback needs --token
arg-serve-token = Token every request must carry (Authorization: Bearer, or the cookie the printed one-time login link sets)
arg-serve-open = Open the workbench in the default browser
serve-title = Translator's workbench
serve-home-heading = Statements
serve-search = Search titles and paths
serve-statement = Statement
serve-stale-count = stale
serve-filter-all = All
serve-filter-untranslated = Untranslated
serve-filter-stale = Stale
serve-filter-findings = With findings
serve-save = Save
serve-reviewed = Reviewed: still right
serve-source = Source
serve-raw = Markdown
serve-translation = Translation
serve-notes = Notes
serve-previous = What changed in the source since this translation
serve-suggestions = Suggestions
serve-insert = Insert
serve-glossary = keep as is
serve-preview = Preview
serve-saved = Saved.
serve-conflict = This entry changed on disk since you opened it (another translator, a sync or a pull). Nothing was overwritten: choose what stays.
serve-keep-mine = Keep mine
serve-take-theirs = Take theirs
serve-mine = Yours
serve-theirs = On disk now
serve-changed-on-disk = Files changed on disk: the entries were reloaded (your unsaved text is kept).
serve-state-translated = translated
serve-state-stale = stale
serve-state-untranslated = untranslated
serve-keys = Ctrl+Enter: save and go to the next untranslated or stale entry · Alt+↑/↓: previous/next entry · Shift+Space or Ctrl+Shift+2: zero-width non-joiner (right-to-left languages)
serve-back = All statements
serve-no-findings = No findings.
serve-error = Not saved:
serve-unknown-statement = no statement `{ $name }` in this project (paths as in `status --format json`, e.g. statements/x.md)
serve-unknown-language = `{ $lang }` is not a language translated in this project
serve-unknown-entry = no entry `{ $id }` in this statement
serve-bad-request = the request is not what the API expects (see docs/serve.md)
serve-token-required = serving on { $addr } needs --token: anyone who can reach it could change the catalogs
serve-bind = cannot listen on { $addr }: { $detail }
serve-login = one-time login link (sets the token as a cookie): { $url }
suggest-none = No suggestions: no untranslated entry is like a translated one.
arg-suggest-statements = Only these statements (paths as in `statements/x.md`)
arg-check-state = Only entries in this state: translated (CI can ignore stale entries awaiting a translator), stale, or all

## bundle
bundle-file = { $path }: { $size } ({ $count } statement(s))
bundle-left-out = left out: { $skipped } statement(s) below the publish threshold, { $images } image(s) over { $max } KB, missing or not an image
