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
cmd-check = Check translations: Markdown parity, links, code, numbers, punctuation, bidi controls, Persian, Arabic and Spanish rules
cmd-impact = The translation cost of a pending source change, per language. Writes nothing
cmd-import = Import hand-made translations of statements into a language's catalogs
cmd-status = Report coverage per language and statement (segments and words)
cmd-build = Build localized Markdown and HTML into the output folder
cmd-completions = Print a shell completion script (bash, zsh, fish, powershell, elvish)
cmd-man = Print the manual page, or write all of them (one per command) with --out

## Errors
error = error
err-no-config = no { $file } found in { $dir } or any folder above it; create one with `dragoman init`, or point to a project with --project DIR
err-unknown-lang = language `{ $lang }` is not in this project (languages: { $known })
err-did-you-mean = did you mean `{ $suggestion }`?
err-add-it = add it with `dragoman add-lang { $lang }`

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
status-below = coverage below { $min }%: { $langs }

## sync
sync-report = { $lang }: { $unchanged } unchanged, { $new } new, { $stale } stale, { $carried } carried over, { $obsolete } obsolete
sync-revived = { $count } revived
sync-moved = { $count } moved
sync-reused = { $count } reused
sync-written = { $count } catalog(s) written
sync-would-write = { $count } catalog(s) would be written

severity-error = error
severity-warning = warning
severity-info = info
check-summary = { $errors } error(s), { $warnings } warning(s), { $infos } info
check-fixed = fixed { $count } translation(s)

## check messages (`dragoman check`); the English text is also the JSON `message`
check-nfc = the translation is not in Unicode NFC (composed characters); `check --fix` normalizes it
check-bidi-override = bidi override U+{ $code } can reorder text invisibly (Trojan Source); remove it (`check --fix`)
check-bidi-unbalanced = bidi embedding or isolate controls are not balanced: text after them may display in the wrong order
check-bidi-control = explicit bidi controls are not needed: the built pages isolate left-to-right runs themselves
check-md-emphasis = emphasis differs: source has { $strong } **strong**, { $emphasis } _emphasis_, { $strike } ~~strike~~; translation has { $tr_strong }, { $tr_emphasis }, { $tr_strike }
check-md-link = link destinations differ: missing { $missing }, unexpected { $extra }; keep every [text](url) of the source with the same URL
check-md-image = images differ from the source: keep ![alt](src) with the same src, translate only the alt text
check-md-code = inline code must stay exactly as in the source; missing or changed: { $missing }
check-md-footnote = footnote references differ: source { $source }, translation { $translation }
check-md-hard-break = the source has { $source } hard line break(s), the translation { $translation }
check-md-html = raw HTML `{ $html }` is not in the source; the build shows it as text, never as markup
check-md-html-direction = raw HTML `{ $html }` is not needed: the build isolates left-to-right text (C++, URLs, code) itself
check-md-broken-delimiter = `{ $delimiter }` does not form emphasis and will show literally (no space just inside the markers: `**word**`, not `** word **`)
check-md-broken-delimiter-zwnj = `{ $delimiter }` does not form emphasis and will show literally (`__` next to a ZWNJ cannot close: use `**`)
check-md-unmatched-backtick = an unmatched ` will show literally: code spans need a closing backtick
check-md-list-marker = the translation starts with a list or heading marker that the source does not have; Markdown markers belong outside the segment (and must be ASCII: `1.`, not `۱.`)
check-md-rlm-marker = an RLM before `-` or `#` stops Markdown from seeing a list or heading
check-url = the URL { $url } is missing or changed
check-email = the e-mail address { $email } is missing or changed
check-bidi-mark-in-token = a bidi mark inside a URL, link destination or code changes it (the link breaks); put marks outside
check-number = the translation has { $extra }, which the source does not (source numbers: { $source }); numbers are compared by value across digit systems
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
