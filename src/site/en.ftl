### Words the build puts around statements (English). A project can override any
### message in locales/<lang>/site.ftl.

site-languages = Languages
site-translated-from = Translated from English.
site-source-link = Read the original
site-coverage =
    { $total ->
        [one] { $translated } of { $total } segment translated
       *[other] { $translated } of { $total } segments translated
    }
site-outdated =
    This translation may be outdated: { $changed ->
        [one] one passage of the original changed
       *[other] { $changed } passages of the original changed
    } after it was translated.
site-held-back = This statement is not translated yet ({ $percent }% done); the English original is shown.
site-index-title = Translated statements
site-dashboard = Translation status: charts and stale translations
site-statement = Statement
site-held-back-mark = held back
site-stale-mark = { $count } stale
site-stale-block = source changed since this was translated
site-newer = Newer
site-older = Older
site-page = Page { $page } of { $pages }
site-grid-search = Filter
site-grid-search-hint = title or path
site-grid-language = Language
site-grid-any-language = any language
site-grid-state = State
site-grid-any-state = any state
site-grid-state-complete = complete
site-grid-state-partial = in progress
site-grid-state-untranslated = not started
site-grid-state-stale = stale
site-grid-state-held = below the publish threshold
site-grid-state-off = not translated
site-grid-rows = { $first }–{ $last } of { $total }
site-grid-none = Nothing matches.
site-grid-pages = Pages
site-grid-previous = Previous
site-grid-next = Next
site-grid-sort = Sort by this column
site-grid-date = Date
site-contents = Contents

## status.html, the dashboard (in the source language)

site-status-title = { $project }: translation status
site-status-translated = translated
site-status-stale = stale (source changed since)
site-status-untranslated = untranslated
site-status-language = language
site-status-coverage = coverage
site-status-stale-count = stale
site-status-words = words translated
site-status-badge = badge
site-status-badge-alt = translated { $lang }: { $percent }%
site-status-bar = { $translated } translated, { $stale } stale, { $untranslated } untranslated
site-status-heat = Statements × languages
site-status-statement = statement
site-status-cell = { $name } in { $lang }: { $percent }% translated
site-status-cell-stale = , { $count } stale
site-status-cell-held = , below the publish threshold
site-status-off = { $name }: not translated into { $lang }
site-status-stale-note = * some translations are stale: the source changed since they were made.
site-status-stale-heading = Stale translations
site-status-stale-none = None: every translation matches its current source.
site-status-file = file
