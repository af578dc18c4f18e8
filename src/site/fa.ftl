### واژه‌هایی که ساخت در کنار بیانیه‌ها می‌گذارد (فارسی).

site-languages = زبان‌ها
site-translated-from = ترجمه از انگلیسی.
site-source-link = خواندن متن اصلی
site-coverage = { $translated } از { $total } بخش ترجمه شده است
site-outdated =
    این ترجمه ممکن است قدیمی باشد: { $changed ->
        [one] یک بخش
       *[other] { $changed } بخش
    } از متن اصلی پس از ترجمه تغییر کرده است.
site-held-back = این بیانیه هنوز ترجمه نشده است ({ $percent }٪ ترجمه شده)؛ متن اصلی انگلیسی نمایش داده می‌شود.
site-index-title = بیانیه‌های ترجمه‌شده
site-dashboard = وضعیت ترجمه: نمودارها و ترجمه‌های قدیمی
site-statement = بیانیه
site-held-back-mark = منتشر نشده
site-stale-mark = { $count } قدیمی
site-stale-block = متن اصلی پس از این ترجمه تغییر کرده است
site-newer = جدیدتر
site-older = قدیمی‌تر
site-page = صفحهٔ { $page } از { $pages }
site-grid-search = پالایش
site-grid-search-hint = عنوان یا مسیر
site-grid-language = زبان
site-grid-any-language = همهٔ زبان‌ها
site-grid-state = وضعیت
site-grid-any-state = همهٔ وضعیت‌ها
site-grid-state-complete = کامل
site-grid-state-partial = در حال ترجمه
site-grid-state-untranslated = شروع‌نشده
site-grid-state-stale = قدیمی
site-grid-state-held = زیر آستانهٔ انتشار
site-grid-state-off = ترجمه نمی‌شود
site-grid-rows = { $first }–{ $last } از { $total }
site-grid-none = موردی یافت نشد.
site-grid-pages = صفحه‌ها
site-grid-previous = قبلی
site-grid-next = بعدی
site-grid-sort = مرتب‌سازی با این ستون
site-grid-date = تاریخ
site-contents = فهرست

## status.html، داشبورد (به زبان مبدأ)

site-status-title = { $project }: وضعیت ترجمه
site-status-translated = ترجمه‌شده
site-status-stale = قدیمی (متن اصلی پس از ترجمه تغییر کرده)
site-status-untranslated = ترجمه‌نشده
site-status-language = زبان
site-status-coverage = پوشش
site-status-stale-count = قدیمی
site-status-words = واژه‌های ترجمه‌شده
site-status-badge = نشان
site-status-badge-alt = ترجمهٔ { $lang }: { $percent }٪
site-status-bar = { $translated } ترجمه‌شده، { $stale } قدیمی، { $untranslated } ترجمه‌نشده
site-status-heat = بیانیه‌ها × زبان‌ها
site-status-statement = بیانیه
site-status-cell = { $name } به { $lang }: { $percent }٪ ترجمه شده
site-status-cell-stale = ، { $count } قدیمی
site-status-cell-held = ، زیر آستانهٔ انتشار
site-status-off = { $name }: به { $lang } ترجمه نمی‌شود
site-status-stale-note = * برخی ترجمه‌ها قدیمی‌اند: متن اصلی پس از ترجمه تغییر کرده است.
site-status-stale-heading = ترجمه‌های قدیمی
site-status-stale-none = هیچ: همهٔ ترجمه‌ها با متن اصلی کنونی می‌خوانند.
site-status-file = پرونده
