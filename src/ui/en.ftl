# dragoman's own interface, English (the reference: every message is here).

## Help
cli-about = Translate Markdown statements through gettext PO catalogs
help-usage = Usage:
help-commands = Commands
help-options = Options
help-arguments = Arguments
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
