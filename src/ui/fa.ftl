# رابط dragoman، فارسی.

## راهنما
cli-about = ترجمهٔ بیانیه‌های مارک‌داون با کاتالوگ‌های PO گِت‌تکست
help-usage = کاربرد:
help-commands = فرمان‌ها
help-options = گزینه‌ها
help-arguments = آرگومان‌ها
help-help = نمایش راهنما
help-version = نمایش نسخه
cmd-init = آغاز یک پروژه: یک dragoman.toml با توضیحات و پوشه‌های بیانیه‌ها و کاتالوگ‌ها
cmd-add-lang = افزودن یک زبان: آن را به dragoman.toml می‌افزاید (توضیحات و قالب حفظ می‌شود) و کاتالوگ‌هایش را می‌سازد
cmd-extract = بخش‌های بیانیه‌ها را در قالب‌ها (locales/templates/*.pot) استخراج می‌کند
cmd-sync = استخراج و سپس به‌روزرسانی کاتالوگ‌های هر زبان: بخش‌های تازه افزوده، بخش‌های تغییرکرده با متن پیشین‌شان قدیمی علامت‌گذاری و بخش‌های حذف‌شده منسوخ نگه داشته می‌شوند
cmd-diff = نشان می‌دهد در متن اصلی هر ترجمهٔ قدیمی چه تغییر کرده است: تفاوت واژه‌به‌واژه، نوع تغییر و ترجمه
cmd-fmt = پرونده‌های PO و FTL را در قالب استاندارد بازنویسی می‌کند؛ محتوا هرگز تغییر نمی‌کند
cmd-convert = کاتالوگ‌ها را میان PO و Fluent (FTL) تبدیل می‌کند و همهٔ وضعیت‌ها را نگه می‌دارد
cmd-check = بررسی ترجمه‌ها: مارک‌داون، پیوندها، کد، اعداد، نشانه‌گذاری، نویسه‌های کنترلی دوسویه و قواعد فارسی، عربی و اسپانیایی
cmd-impact = هزینهٔ ترجمهٔ یک تغییر در انتظار در متن اصلی، برای هر زبان. چیزی نمی‌نویسد
cmd-import = ترجمه‌های دستی بیانیه‌ها را به کاتالوگ‌های یک زبان وارد می‌کند
cmd-status = گزارش پوشش ترجمه برای هر زبان و بیانیه (بخش‌ها و واژه‌ها)
cmd-build = مارک‌داون و HTML ترجمه‌شده را در پوشهٔ خروجی می‌سازد
cmd-completions = اسکریپت تکمیل خودکار پوسته را چاپ می‌کند (bash، zsh، fish، powershell، elvish)
cmd-man = صفحهٔ راهنما را چاپ می‌کند، یا با --out همهٔ آن‌ها را (یکی برای هر فرمان) می‌نویسد

## خطاها
error = خطا
err-no-config = { $file } در { $dir } و پوشه‌های بالاتر پیدا نشد؛ با `dragoman init` یکی بسازید یا با --project DIR به یک پروژه اشاره کنید
err-unknown-lang = زبان `{ $lang }` در این پروژه نیست (زبان‌ها: { $known })
err-did-you-mean = منظورتان `{ $suggestion }` بود؟
err-add-it = با `dragoman add-lang { $lang }` آن را بیفزایید

## status
status-language = زبان
status-statement = بیانیه
status-translated = ترجمه‌شده
status-stale = قدیمی
status-untranslated = ترجمه‌نشده
status-obsolete = منسوخ
status-words = واژه‌ها
status-coverage = پوشش
status-total = جمع
status-below = پوشش کمتر از { $min }٪: { $langs }

## sync
sync-report = { $lang }: { $unchanged } بدون تغییر، { $new } تازه، { $stale } قدیمی، { $carried } خودکار به‌روزشده، { $obsolete } منسوخ
sync-revived = { $count } بازگردانده
sync-moved = { $count } جابه‌جاشده
sync-reused = { $count } دوباره‌به‌کاررفته
sync-written = { $count } کاتالوگ نوشته شد
sync-would-write = { $count } کاتالوگ نوشته می‌شد
