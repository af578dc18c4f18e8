# رابط dragoman، فارسی.

## راهنما
cli-about = ترجمهٔ بیانیه‌های مارک‌داون با کاتالوگ‌های PO گِت‌تکست
help-usage = کاربرد:
help-commands = فرمان‌ها
help-options = گزینه‌ها
help-arguments = آرگومان‌ها
help-default = پیش‌فرض
help-values = مقدارهای ممکن
help-help = نمایش راهنما
help-version = نمایش نسخه
cmd-init = آغاز یک پروژه: یک dragoman.toml با توضیحات و پوشه‌های بیانیه‌ها و کاتالوگ‌ها
cmd-add-lang = افزودن یک زبان: آن را به dragoman.toml می‌افزاید (توضیحات و قالب حفظ می‌شود) و کاتالوگ‌هایش را می‌سازد
cmd-extract = بخش‌های بیانیه‌ها را در قالب‌ها (locales/templates/*.pot) استخراج می‌کند
cmd-sync = استخراج و سپس به‌روزرسانی کاتالوگ‌های هر زبان: بخش‌های تازه افزوده، بخش‌های تغییرکرده با متن پیشین‌شان قدیمی علامت‌گذاری و بخش‌های حذف‌شده منسوخ نگه داشته می‌شوند
cmd-diff = نشان می‌دهد در متن اصلی هر ترجمهٔ قدیمی چه تغییر کرده است: تفاوت واژه‌به‌واژه، نوع تغییر و ترجمه
cmd-fmt = پرونده‌های PO و FTL را در قالب استاندارد بازنویسی می‌کند؛ محتوا هرگز تغییر نمی‌کند
cmd-convert = کاتالوگ‌ها را میان PO و Fluent (FTL) تبدیل می‌کند و همهٔ وضعیت‌ها را نگه می‌دارد
cmd-migrate = جابه‌جایی کاتالوگ‌ها به چینش و/یا قالب دیگر، بی‌آنکه ترجمه‌ای گم شود؛ dragoman.toml هم به‌روز می‌شود
cmd-check = بررسی ترجمه‌ها: مارک‌داون، پیوندها، کد، اعداد، نشانه‌گذاری، نویسه‌های کنترلی دوسویه و قواعد فارسی، عربی و اسپانیایی
cmd-impact = هزینهٔ ترجمهٔ یک تغییر در انتظار در متن اصلی، برای هر زبان. چیزی نمی‌نویسد
cmd-import = ترجمه‌های دستی بیانیه‌ها را به کاتالوگ‌های یک زبان وارد می‌کند
cmd-status = گزارش پوشش ترجمه برای هر زبان و بیانیه (بخش‌ها و واژه‌ها)
cmd-suggest = ترجمهٔ متن‌های مشابه از بقیهٔ پروژه برای مدخل‌های ترجمه‌نشده (حافظهٔ ترجمه). چیزی نمی‌نویسد
cmd-build = مارک‌داون و HTML ترجمه‌شده را در پوشهٔ خروجی می‌سازد
cmd-bundle = بیانیه‌های هر زبان را در یک پروندهٔ HTML آفلاین و یک کتاب EPUB می‌نویسد (build/bundles/<lang>.html و ‎.epub) برای خوانندگان بی‌اینترنت
cmd-serve = میز کار مترجم در مرورگر: مدخل‌ها با تفاوت‌ها، بررسی‌ها و پیشنهادها، با ذخیرهٔ امن؛ پیش‌نمایش صفحه
cmd-completions = اسکریپت تکمیل خودکار پوسته را چاپ می‌کند (bash، zsh، fish، powershell، elvish)
cmd-man = صفحهٔ راهنما را چاپ می‌کند، یا با --out همهٔ آن‌ها را (یکی برای هر فرمان) می‌نویسد

## خطاها
error = خطا
prefixed = { $prefix }: { $text }
sep-list = {"، "}
sep-clause = {"؛ "}
err-no-config = { $file } در { $dir } و پوشه‌های بالاتر پیدا نشد؛ با `dragoman init` یکی بسازید یا با --project DIR به یک پروژه اشاره کنید
err-unknown-lang-typo = زبان `{ $lang }` در این پروژه نیست (زبان‌ها: { $known })؛ منظورتان `{ $suggestion }` بود؟
err-unknown-lang-add = زبان `{ $lang }` در این پروژه نیست (زبان‌ها: { $known })؛ با `dragoman add-lang { $tag }` آن را بیفزایید

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
status-complete = کامل
status-more = بیانیهٔ دیگر (`dragoman status` همه را فهرست می‌کند)
status-below = پوشش کمتر از { $min }٪: { $langs }

## sync
sync-report = { $lang }: { $unchanged } بدون تغییر، { $new } تازه، { $stale } قدیمی، { $carried } خودکار به‌روزشده، { $obsolete } منسوخ
sync-revived = { $count } بازگردانده
sync-moved = { $count } جابه‌جاشده
sync-reused = { $count } دوباره‌به‌کاررفته
sync-split = { $count } در بندهای شکسته‌شده
sync-merged = { $count } بند ادغام‌شده
sync-written = { $count } کاتالوگ نوشته شد
sync-would-write = { $count } کاتالوگ نوشته می‌شد

severity-error = خطا
severity-warning = هشدار
severity-info = نکته
check-summary = { $errors } خطا، { $warnings } هشدار، { $infos } نکته
check-stale-heading = ── { $count } یافته در مدخل‌های کهنه (متن اصلی‌شان تغییر کرده و منتظر مترجم‌اند؛ `--state translated` آن‌ها را کنار می‌گذارد) ──
check-fixed = { $count } ترجمه اصلاح شد
check-source-label = مبدأ

## پیام‌های `dragoman check`
check-nfc = ترجمه به صورت یونیکد NFC (نویسه‌های ترکیبی) نیست؛ `check --fix` آن را یکدست می‌کند
check-bidi-override = نویسهٔ کنترلی دوسویهٔ U+{ $code } می‌تواند ترتیب متن را پنهانی عوض کند (Trojan Source)؛ آن را حذف کنید (`check --fix`)
check-bidi-unbalanced = نویسه‌های کنترلی جاسازی یا جداسازی دوسویه متوازن نیستند: متن پس از آن‌ها ممکن است با ترتیب نادرست نمایش داده شود
check-bidi-control = نویسه‌های کنترلی دوسویهٔ صریح لازم نیستند: صفحه‌های ساخته‌شده خودشان بخش‌های چپ‌به‌راست را جدا می‌کنند
check-md-emphasis = تأکیدها یکسان نیستند: متن اصلی { $strong } **پررنگ**، { $emphasis } _کج_ و { $strike } ~~خط‌خورده~~ دارد؛ ترجمه { $tr_strong }، { $tr_emphasis } و { $tr_strike }
check-md-link = مقصد پیوندها یکسان نیست: کم‌شده { $missing }، اضافه { $extra }؛ هر [متن](نشانی) متن اصلی را با همان نشانی نگه دارید
check-link-target = پیوند نسبی { $target } به هیچ پرونده‌ای در کنار بیانیه‌ها اشاره نمی‌کند؛ مقصد متن اصلی را به کار ببرید یا پرونده را بیفزایید
check-plural-forms = مدخلی جمع با { $forms } صورت، در حالی که سرآیند می‌گوید nplurals={ $nplurals } (msgfmt -c پرونده را نمی‌پذیرد)
check-stray-backslash = { $text } در متن به‌جامانده از یک گریز به نظر می‌رسد (یک \n تایپ‌شده، بک‌اسلش دوتایی)؛ متن اصلی آن را ندارد: حذفش کنید
check-rtl-mirrored = { $mirrored } همان { $name } است که وارونه تایپ شده: { $name } را به ترتیب منطقی بنویسید (صفحه آن را درست نشان می‌دهد)
check-source-link-target = بیانیه به { $target } پیوند داده که وجود ندارد؛ پرونده را بیفزایید یا پیوند را درست کنید
check-md-image = تصویرها با متن اصلی یکسان نیستند: ![alt](src) را با همان src نگه دارید و فقط متن جایگزین را ترجمه کنید
check-md-code = کد درون‌خطی باید دقیقاً مانند متن اصلی بماند؛ کم‌شده یا تغییرکرده: { $missing }
check-md-footnote = ارجاع‌های پانویس یکسان نیستند: متن اصلی { $source }، ترجمه { $translation }
check-md-hard-break = متن اصلی { $source } شکست خط اجباری دارد و ترجمه { $translation }
check-md-html = HTML `{ $html }` در متن اصلی نیست؛ صفحه آن را به صورت متن نشان می‌دهد، نه نشانه‌گذاری
check-md-html-direction = HTML `{ $html }` لازم نیست: ساخت آن را حذف می‌کند و خودش متن چپ‌به‌راست (C++، نشانی‌ها، کد) را جدا می‌کند
check-md-broken-delimiter = `{ $delimiter }` تأکید نمی‌سازد و همان‌طور نمایش داده می‌شود (درست داخل نشانه‌ها فاصله نگذارید: `**واژه**`، نه `** واژه **`)
check-md-broken-delimiter-zwnj = `{ $delimiter }` تأکید نمی‌سازد و همان‌طور نمایش داده می‌شود (`__` کنار نیم‌فاصله بسته نمی‌شود: از `**` استفاده کنید)
check-md-unmatched-backtick = یک ` بی‌جفت همان‌طور نمایش داده می‌شود: کد درون‌خطی به یک ` پایانی نیاز دارد
check-md-list-marker = ترجمه با نشانهٔ فهرست یا سرتیتری آغاز می‌شود که متن اصلی ندارد؛ نشانه‌های مارک‌داون بیرون از بخش می‌آیند (و باید ASCII باشند: `1.`، نه `۱.`)
check-md-rlm-marker = یک RLM پیش از `-` یا `#` نمی‌گذارد مارک‌داون فهرست یا سرتیتر را ببیند
check-url = نشانی { $url } نیست یا تغییر کرده است
check-email = نشانی رایانامهٔ { $email } نیست یا تغییر کرده است
check-bidi-mark-in-token = نشانهٔ دوسویه درون نشانی، مقصد پیوند یا کد آن را تغییر می‌دهد (پیوند خراب می‌شود)؛ نشانه‌ها را بیرون بگذارید
check-number = ترجمه { $extra } دارد که در متن اصلی نیست (عددهای متن اصلی: { $source })؛ عددها بر پایهٔ مقدارشان در هر دستگاه رقمی مقایسه می‌شوند
check-number-repeated = ترجمه { $extra } را بیشتر از متن اصلی دارد (عددهای متن اصلی: { $source })
check-whitespace-edges = فاصلهٔ آغاز یا پایان با متن اصلی یکسان نیست
check-double-space = دو فاصلهٔ پشت سر هم
check-untranslated = ترجمه همان متن اصلی است؛ آن را ترجمه کنید یا اصطلاح‌ها را به `[check] glossary` در dragoman.toml بیفزایید
check-repeated-word = «{ $word }» دو بار پشت سر هم
check-brackets = { $open }…{ $close } نامتوازن
check-end-punctuation = متن اصلی با { $source ->
        [none] هیچ نشانه‌ای
       *[other] «{ $source }»
    } پایان می‌یابد و ترجمه با { $translation ->
        [none] هیچ نشانه‌ای
       *[other] «{ $translation }»
    }
check-fa-arabic-letters = «{ $word }» ي/ك/ى عربی دارد؛ در فارسی ی و ک نوشته می‌شود (`check --fix` آن‌ها را جایگزین می‌کند)
check-fa-tatweel = کشیده (ـ) حرف‌ها را می‌کشد؛ آن را حذف کنید
check-fa-zwnj-verb = «می { $word }»: پیشوند فعل را با نیم‌فاصله بچسبانید (می‌{ $word })
check-fa-zwnj-plural = «{ $word } { $suffix }»: نشانهٔ جمع را با نیم‌فاصله بچسبانید ({ $word }‌{ $suffix })
check-fa-zwnj-consistency = «{ $words }» با فاصله: این پروژه در جاهای دیگر آن را { $want } می‌نویسد
check-fa-zwnj-suffix = «{ $word } { $suffix }»: پسوند را با نیم‌فاصله بچسبانید ({ $word }‌{ $suffix })
check-fa-zwnj-fused = «{ $word }»: پیشوند یا پسوند را با نیم‌فاصله بنویسید ({ $want })
check-fa-zwnj-underscore = زیرخط میان حروف فارسی به صورت «_» دیده می‌شود: جای آن نیم‌فاصله است
check-fa-zwnj-stray = نیم‌فاصله‌ای که چیزی را به هم نمی‌چسباند (در لبهٔ متن یا کنار فاصله)
check-fa-guillemets = گیومه‌ها به صورت «…» جفت نشده‌اند (وارونه، یا » بدون «)
check-fa-quotes = نقل‌قول فارسی در گیومهٔ لاتین "…": فرهنگستان «…» می‌نویسد
check-rtl-code-spacing = { $code } به «{ $letter }» چسبیده است: در متن راست‌به‌چپ درهم می‌روند؛ یک فاصله (یا پیش از پسوند نیم‌فاصله) بگذارید
check-fa-arabic-digits = رقم‌های عربی (٠–٩) در متن فارسی: از رقم‌های فارسی ۰–۹ استفاده کنید
check-fa-mixed-digits = رقم‌های ASCII و فارسی در یک بخش آمیخته‌اند: یک دستگاه را برگزینید
check-ar-persian-digits = رقم‌های فارسی (۰–۹) در متن عربی: از ٠–٩ یا رقم‌های ASCII استفاده کنید
check-ar-mixed-digits = رقم‌های ASCII و عربی در یک بخش آمیخته‌اند: یک دستگاه را برگزینید
check-ar-persian-letters = «{ $word }» ی/ک فارسی دارد؛ در عربی ي و ك نوشته می‌شود
check-latin-punctuation = «{ $mark }» لاتین در متن { $script ->
        [fa] فارسی
       *[ar] عربی
    }: از «{ $want }» استفاده کنید
check-es-pair = { $kind ->
        [question] جمله‌های پرسشی
       *[exclamation] جمله‌های تعجبی
    } اسپانیایی با { $open } باز و با { $close } بسته می‌شوند: یکی از آن دو نیست
check-es-quote-period = در اسپانیایی نقطه پس از گیومهٔ بسته می‌آید: «…».
check-es-number-format = «{ $number }»: جداکنندهٔ اعشار در { $lang } «{ $want }» است
check-number-reading = «{ $number }» در { $lang } { $reads } خوانده می‌شود (متن اصلی { $value } است): با جداکننده‌های { $lang } بنویسید
check-number-separator = «{ $number }»: ویرگول لاتین میان این رقم‌ها؛ این زبان اعشار را با { $decimal } و هزارگان را با { $group } جدا می‌کند

## توضیح گزینه‌ها (arg-فرمان-شناسه، یا arg-شناسه برای همهٔ فرمان‌ها)
arg-project = پوشهٔ پروژه (پیش‌فرض: نزدیک‌ترین پوشهٔ دارای dragoman.toml، از این‌جا به بالا)
arg-quiet = چاپ کمتر
arg-verbose = چاپ بیشتر در stderr: پروژهٔ به‌کاررفته، این‌که پاسخ از حافظهٔ نهان آمد یا نه، و مدت اجرای فرمان
arg-ui_lang = زبان پیام‌های dragoman: en، es، fa، ar (پیش‌فرض: DRAGOMAN_UI_LANG، LC_ALL، LC_MESSAGES یا LANG)
arg-langs = فقط این زبان (تکرارپذیر)
arg-format = قالب خروجی
arg-color = رنگ: auto (در پایانه، مگر آن‌که NO_COLOR تنظیم شده باشد)، always، never
arg-init-dir = پوشهٔ پروژهٔ تازه
arg-init-source = زبان بیانیه‌ها
arg-init-langs = زبانی برای ترجمه (تکرارپذیر؛ بعدها با add-lang زبان‌های بیشتر)
arg-init-statements = پوشهٔ بیانیه‌های مارک‌داون (پیش‌فرض: پوشهٔ یافته‌شده، وگرنه `statements`)
arg-init-force = جایگزینی dragoman.toml موجود
arg-add-lang-lang = برچسب BCP 47 زبان (`fa`، `pt-BR`)
arg-sync-threshold = کمترین شباهت (۰ تا ۱) تا بخش تغییرکرده ترجمهٔ پیشینش را نگه دارد (پیش‌فرض: `fuzzy_threshold` در dragoman.toml، ۰٫۶)
arg-sync-dry_run = گزارش تغییرها بدون نوشتن چیزی
arg-diff-statements = فقط این بیانیه‌ها (مسیرهایی مانند `statements/x.md` یا `x.md`)
arg-fmt-check = چیزی را تغییر نمی‌دهد؛ پرونده‌هایی را که تغییر می‌کنند فهرست می‌کند و اگر باشند با ۱ خارج می‌شود
arg-fmt-paths = پرونده‌ها یا پوشه‌ها (پیش‌فرض: پوشهٔ کاتالوگ‌های پروژه)
arg-convert-to = قالب مقصد
arg-check-format = قالب خروجی (github: یادداشت‌های گردش کار)
arg-check-deny = با هشدارها هم شکست (خروج با ۱)
arg-check-fix = نخست اصلاح‌های بی‌خطر را اعمال کن (حرف‌های عربی ← فارسی، نویسه‌های کنترلی دوسویهٔ سرگردان، NFC)
arg-impact-base = بیانیه‌ها را در این نسخهٔ گیت با درخت کاری مقایسه کن
arg-import-lang = زبان ترجمه‌ها
arg-import-from = پوشهٔ بیانیه‌های ترجمه‌شده هم‌ساختار با پوشهٔ بیانیه‌ها (`DIR/x.md` ترجمهٔ `statements/x.md` است)
arg-import-overwrite = جایگزینی ترجمه‌های موجود
arg-import-files = بیانیه و ترجمه‌اش: SOURCE.md TRANSLATED.md
arg-status-min = اگر پوشش یکی از زبان‌های برگزیده کمتر از این درصد باشد با ۱ خارج شو
arg-status-summary = فقط جمع هر زبان
arg-build-out = پوشهٔ خروجی (پیش‌فرض: `output` در dragoman.toml، معمولاً build/)
arg-build-target = چه ساخته شود: html (صفحه‌ها، فهرست، داشبورد)، markdown، hugo، zola یا mdbook (پیش‌فرض: `target` در dragoman.toml)
arg-man-out = پوشهٔ صفحه‌ها (برای خواندن: `man -l DIR/dragoman.1`)

## خطاهای ورودی و خروجی
io-not-found = وجود ندارد
io-permission-denied = اجازهٔ دسترسی نیست
io-already-exists = از پیش وجود دارد
io-is-a-directory = یک پوشه است
io-not-a-directory = پوشه نیست
io-directory-not-empty = پوشه خالی نیست
io-storage-full = جایی روی دیسک نمانده است
io-read-only = سامانهٔ پرونده فقط‌خواندنی است
io-invalid-data = داده نامعتبر است ({ $detail })
io-other = خطای ورودی/خروجی: { $detail }

## خطاهای نحوی PO
po-duplicate = پیام تکراری (پیش‌تر در سطر { $first } تعریف شده)
po-no-msgid = مدخل msgid ندارد
po-no-msgstr = msgid بدون msgstr
po-plural-no-msgstr0 = مدخل جمع بدون msgstr[0]
po-duplicate-header = سرآیند تکراری (msgid خالی)
po-string-without-keyword = رشته‌ای بدون کلیدواژه پیش از آن
po-string-continues-other = رشته ادامهٔ سطری از نوع دیگر است
po-bad-plural-index = شمارهٔ جمع نادرست در `{ $keyword }`
po-plural-index-too-large = شمارهٔ جمع بیش از اندازه بزرگ است
po-unknown-keyword = کلیدواژهٔ ناشناخته `{ $keyword }`
po-keyword-needs-string = پس از `{ $keyword }` باید رشته‌ای در گیومه بیاید
po-mixed-obsolete = سطرهای منسوخ (#~) و فعال در یک مدخل آمیخته‌اند
po-duplicate-msgctxt = msgctxt تکراری
po-plural-after-msgid = msgid_plural باید پس از msgid بیاید
po-msgstr-without-msgid = msgstr بدون msgid
po-plural-needs-index = مدخل جمع به msgstr[N] نیاز دارد
po-index-without-plural = msgstr[N] بدون msgid_plural
po-expected-index = msgstr[{ $index }] انتظار می‌رفت اما { $found } آمد
po-unterminated = رشتهٔ بسته‌نشده
po-text-after-quote = متن ناخواسته پس از گیومهٔ پایانی
po-hex-without-digits = \x بدون رقم شانزده‌شانزدهی
po-invalid-escape = دنبالهٔ گریز نامعتبر `\{ $escape }`
po-non-ascii-escape = گریز یک بایت غیر ASCII (متن را به UTF-8 بنویسید)

## خطاهای بیانیه‌ها
source-front-matter-open = front matter با `{ $fence }` باز شده و هرگز بسته نشده است (سطر `{ $fence }` لازم است)
source-front-matter-yaml = front matter: { $detail }
source-front-matter-toml = front matter (TOML): { $detail }
source-front-matter-json = front matter (JSON): { $detail }
theme-template = قالب: { $detail }
yaml-unclosed-bracket = { $bracket } بسته نشده است
yaml-tab = نویسهٔ tab: در YAML تورفتگی با فاصله است
yaml-mapping-values = این‌جا جای `کلید: مقدار` نیست (مقداری را که `: ` دارد در گیومه بگذارید)
yaml-not-mapping = سطرهای `کلید: مقدار` انتظار می‌رفت
yaml-unknown-anchor = نام مستعار (*نام) به لنگری (&نام) که وجود ندارد
yaml-other = YAML نامعتبر ({ $detail })
yaml-duplicate-key = `{ $key }` دو بار آمده است

## خطاهای کاتالوگ‌های Fluent
ftl-unreadable = خطای نحوی FTL: تجزیه‌گر Fluent نتوانست این پرونده را بخواند
ftl-syntax = خطای نحوی FTL: { $detail }
ftl-junk = خطای نحوی FTL (متن ناشناخته)
ftl-no-source = پیام `{ $id }` توضیح `# dragoman-source:` ندارد: dragoman نمی‌داند چه چیزی را ترجمه می‌کند
site-syntax = متن‌های سایت: { $detail }

## خطاهای پیکربندی
config-toml = TOML نامعتبر: { $detail }
config-unknown-field = کلید ناشناخته { $name }{ $expected ->
        [none] {""}
       *[other] ؛ یکی از این‌ها انتظار می‌رفت: { $expected }
    }
config-unknown-value = مقدار ناشناخته { $name }{ $expected ->
        [none] {""}
       *[other] ؛ یکی از این‌ها انتظار می‌رفت: { $expected }
    }
config-missing-field = کلید { $name } نیست
config-duplicate-key = کلید تکراری { $name }
config-duplicate-key-here = کلید تکراری
config-invalid-type = نوع نادرست ({ $detail })
config-unknown-check = بررسی ناشناخته `{ $id }` (فهرست در `docs/checks.md` است)
config-relative-dir = `{ $key }` باید پوشه‌ای نسبی درون پروژه باشد، نه `{ $value }`
config-catalog-path = `catalog_path = "{ $template }"`: { $why ->
        [prefix] باید با { $prefix } شروع شود (پوشهٔ کاتالوگ‌ها و سپس زبان)
        [extension] باید با { $ext }، ‎.po یا ‎.ftl تمام شود
        [placeholder] جانگهدار ناشناخته یا بسته‌نشده؛ جانگهدارها: { $placeholders }
        [character] \ و : و نویسه‌های کنترلی نمی‌توانند در نام کاتالوگ باشند
        [component] هیچ پوشه‌ای در آن نباید خالی، . یا .. باشد
       *[unique] به یک جانگهدار ({ $placeholders }) نیاز دارد، وگرنه همهٔ بیانیه‌ها یک کاتالوگ مشترک خواهند داشت
    }
config-catalog-path-format = `catalog_path` با ‎.{ $ext } تمام می‌شود، ولی کاتالوگ‌های { $lang } از نوع { $format } هستند: آن را با { $any } تمام کنید
config-output-path = `output_path = "{ $template }"`: { $why ->
        [placeholder] جانگهدار ناشناخته یا بسته‌نشده؛ جانگهدارها: { $placeholders }
        [character] \ و : و نویسه‌های کنترلی نمی‌توانند در مسیر پرونده باشند
        [inside] باید درون پوشهٔ خروجی بماند (بدون / در آغاز و بدون پوشهٔ . یا ..)
        [lang] به { $lang } نیاز دارد، وگرنه زبان‌ها روی هم نوشته می‌شوند
       *[statement] به { $file } نیاز دارد، وگرنه بیانیه‌ها روی هم نوشته می‌شوند
    }
build-output-collision = { $first } و { $second } هر دو در { $path } نوشته می‌شوند (output_path = "{ $template }")؛ output_path را تغییر دهید
build-book-toml = book.toml به‌عنوان TOML خوانده نمی‌شود، پس book.toml هر زبان از آن ساخته نمی‌شود
build-target-no-threshold = below_threshold = "skip" { $count } بیانیهٔ { $lang } را کنار گذاشت (زیر { $threshold }٪)
project-catalog-collision = { $first } و { $second } کاتالوگ { $path } را مشترک خواهند داشت (catalog_path = "{ $template }")؛ catalog_path را تغییر دهید یا نام یکی را عوض کنید
project-catalog-unusable = { $statement } از catalog_path = "{ $template }" نام کاتالوگ معتبری نمی‌گیرد ("{ $name }")؛ { $placeholders } می‌توانند آن را متمایز کنند
config-percentage = { $key } باید درصد باشد (۰ تا ۱۰۰)
config-fraction = { $key } باید میان ۰ و ۱ باشد
config-po-wrap = po_wrap باید پهنای صفحه (۲۰ تا ۱۰۰۰۰) یا false باشد (بدون شکستن سطرها، مانند msgcat --no-wrap)
config-glob = { $key }: { $pattern } الگوی معتبری نیست ({ $error })؛ * درون یک پوشه و ** در میان پوشه‌ها
config-source-language = `{ $tag }` زبان مبدأ است
config-listed-twice = `{ $tag }` دو بار آمده است
config-language-not-listed = { $section } زبانی را پیکربندی می‌کند که در `languages` نیست
lang-invalid = `{ $tag }` برچسب زبان معتبری نیست (BCP 47، مثلاً `es`، `fa`، `pt-BR`)
lang-no-language = `{ $tag }` زیربرچسب زبان ندارد

## خطاهای پروژه
utf8-invalid = { $what ->
        [file] پرونده UTF-8 معتبر نیست
        [catalog] کاتالوگ UTF-8 معتبر نیست
       *[text] UTF-8 معتبر نیست
    }
project-outside = پوشهٔ `{ $key }` یعنی { $path } به بیرون پروژه می‌رود (به { $target })؛ dragoman فقط درون پروژه می‌خواند و می‌نویسد
project-locked = dragoman دیگری (pid { $pid }) در حال نوشتن در این پروژه است؛ صبر کنید تا تمام شود، یا اگر در حال اجرا نیست { $lock } را پاک کنید
project-no-statements = پوشهٔ بیانیه‌ها `{ $dir }` وجود ندارد (`statements` را در { $file } تنظیم کنید)
project-site-md = { $dir }/site.md با متن‌های سایت در locales/<زبان>/site.ftl شریک می‌شود؛ نامش را عوض کنید
project-catalog-link = پیوند نمادین است؛ dragoman پیوندها را در کاتالوگ‌ها دنبال نمی‌کند
project-both-exist = هم { $old } هست و هم { $new }؛ نخست یکی را پاک کنید
project-layout-mismatch = dragoman.toml می‌گوید layout = "{ $layout }"، اما { $count } کاتالوگ با چینش { $other } هست ({ $files }): ترجمه‌هایشان دیده نمی‌شود. برای جابه‌جایی‌شان `dragoman migrate --layout { $layout }` را اجرا کنید، یا دوباره layout = "{ $other }" بگذارید
project-git-missing = اجرای git ممکن نشد: { $detail }
project-git-failed = git { $command }: { $detail }
project-not-a-statement = `{ $name }` بیانیه‌ای از این پروژه نیست

## import
segment-kind = { $kind ->
        [front-matter] front matter: { $detail }
        [heading] سرفصل سطح { $detail }
        [paragraph] بند
        [list-item] مورد فهرست
        [table-header] سرستون جدول
        [table-cell] خانهٔ جدول
        [block-quote] نقل‌قول
        [footnote] پانویس
        [html] متن در HTML: { $detail }
       *[other] { $kind }
    }
import-missing = { $kind }: در پروندهٔ ترجمه‌شده ترجمه‌ای ندارد
import-extra = { $kind } در پروندهٔ ترجمه‌شده متن مبدأ ندارد؛ وارد نشد
import-merged = دو بلوک مبدأ (سطرهای { $first } و { $second }) در ترجمه یک بلوک‌اند؛ برای بازبینی در نخستین وارد شد
import-split = ترجمه این { $kind } را دو بخش کرده است (سطرهای { $first } و { $second })؛ برای بازبینی به هم پیوستند
import-uncertain = جفت نامطمئن ({ $source } ↔ { $translation }، امتیاز { $score })؛ برای بازبینی وارد شد
import-not-a-folder = { $path } پوشه نیست
import-pseudo = `{ $tag }` شبه‌زبان است: ترجمه‌هایش ساخته می‌شوند و چیزی برای وارد کردن نیست
import-outside-statements = { $path } در پوشهٔ بیانیه‌های این پروژه ({ $dir }) نیست
import-not-a-statement = { $path } بیانیه (.md) نیست

## init و add-lang
internal-error = خطای درونی: { $detail }
init-exists = { $path } از پیش وجود دارد؛ ویرایشش کنید یا برای جایگزینی --force را به کار ببرید
lang-name-not-tag = `{ $input }` نام یک زبان است، نه برچسب آن: منظورتان `{ $tag }` بود؟
lang-not-a-code = `{ $input }` کد زبان نیست (دو یا سه حرف، مثلاً `es`، `fa`، `pt-BR`){ $suggestion ->
        [none] {""}
       *[other] ؛ منظورتان `{ $suggestion }` بود؟
    }
lang-already-added = `{ $tag }` از پیش در این پروژه است (زبان‌ها: { $known })
lang-no-list = فهرست `languages` برای افزودن نیست
lang-not-added = زبان `{ $tag }` افزوده نشد
err-no-config-in = { $dir } پرونده‌ای به نام { $file } ندارد
man-failed = صفحه‌های راهنما: { $detail }

## گزارش فرمان‌ها
fmt-done = { $count } پرونده بازآرایی شد
fmt-would = { $count } پرونده بازآرایی می‌شود
init-wrote = { $path } نوشته شد
init-found = { $count } بیانیه در { $dir }/ پیدا شد
init-created = { $dir }/ ساخته شد: بیانیه‌های Markdown را در آن بگذارید
init-mdbook = این پروژه‌ای از mdbook به نظر می‌رسد: docs/migrating.md را ببینید
init-single = کاتالوگ‌های { $dir }/<زبان>.po برای { $langs } پیدا شد: layout = "single" به کار می‌رود
init-no-languages = هنوز زبانی نیست: dragoman add-lang es
init-languages = زبان‌ها: { $langs }
init-next = گام بعد: dragoman sync   # بخش‌ها را استخراج می‌کند و کاتالوگ‌ها را می‌سازد یا به‌روز می‌کند
impact-title = اثر بر ترجمه
impact-title-since = اثر بر ترجمه از `{ $base }`
impact-new = تازه
impact-stale = قدیمی
impact-carried = منتقل‌شده
impact-obsolete = منسوخ
impact-cell = { $segments } ({ $words } واژه)
man-wrote = صفحه‌های راهنما در { $dir } نوشته شد
verbose-project = پروژه: { $root } (پوشهٔ بیانیه‌ها { $statements }، پوشهٔ کاتالوگ‌ها { $locales }، زبان‌ها: { $langs })
verbose-cache = پاسخ از حافظهٔ نهان ({ $dir }/cache؛ از اجرای پیش چیزی تغییر نکرده است)
verbose-done = در { $ms } میلی‌ثانیه انجام شد
extract-done = { $statements } بیانیه استخراج شد؛ { $written } الگو نوشته شد
diff-none = ترجمهٔ قدیمی‌ای نیست
convert-done = { $count } کاتالوگ به { $format } تبدیل شد
convert-note = نکته: dragoman.toml هنوز قالب دیگری برای { $langs } می‌گوید: `catalog_format = "{ $format }"` را تنظیم کنید (برای همهٔ پروژه یا زیر [language.X]) وگرنه sync بعدی آن‌ها را برمی‌گرداند
migrate-conflict = { $lang }: «{ $source }» در { $first } و { $second } دو ترجمهٔ متفاوت دارد و یک کاتالوگ برای هر متن یک ترجمه نگه می‌دارد: آن‌ها را یکی کنید و دوباره migrate کنید (چیزی نوشته نشد)
migrate-done = کاتالوگ‌ها با چینش { $layout }: { $written } نوشته شد، { $removed } پاک شد
migrate-format = کاتالوگ‌ها در قالب { $format }: { $count } تبدیل شد
migrate-nothing = چیزی برای migrate نیست: --layout یا --format را بدهید
add-lang-done = { $tag } افزوده شد ({ $name }، { $direction })؛ { $count } کاتالوگ در { $dir } نوشته شد
add-lang-next = گام‌های بعد:
add-lang-translate = کاتالوگ‌های { $dir } را ترجمه کنید (Poedit، Weblate، یک ویرایشگر متن): docs/translators.md
add-lang-status = پوشش
add-lang-check = مشکلات ترجمه‌ها
add-lang-build = صفحه‌های ترجمه‌شده
import-summary = { $statement } <- { $translation }: { $imported } وارد شد ({ $review } برای بازبینی)، { $kept } نگه داشته شد، { $missing } بی‌ترجمه{ $untranslated ->
        [0] {""}
       *[other] ، { $untranslated } ترجمه‌نشده در پرونده
    }
import-left-untranslated = { $kind }: به زبان مبدأ مانده است؛ وارد نشد
import-orphan = { $path }: در این مسیر بیانیه‌ای نیست؛ وارد نشد
import-none = بیانیهٔ ترجمه‌شده‌ای پیدا نشد
build-done = { $count } زبان در { $dir } ساخته شد؛ { $written } پرونده نوشته شد
progress-read = خواندن
progress-sync = sync { $lang }
progress-build = build { $lang }

## خطاهای کاربرد خط فرمان
usage-unknown-argument = آرگومان ناخواستهٔ '{ $arg }'
usage-unknown-command = فرمان ناشناختهٔ '{ $command }'
usage-invalid-value = مقدار نامعتبر '{ $value }' برای '{ $arg }'
usage-value-required = '{ $arg }' به مقدار نیاز دارد اما مقداری داده نشد
usage-possible-values = [مقدارهای ممکن: { $values }]
usage-missing = این آرگومان‌های لازم داده نشده‌اند:
    { $args }
usage-conflict = آرگومان '{ $arg }' را نمی‌توان با '{ $other }' به کار برد
usage-did-you-mean = راهنمایی: منظورتان '{ $suggestion }' بود؟
usage-more = برای آگاهی بیشتر '--help' را بیازمایید.
build-held-back = { $lang }: { $count } بیانیه زیر آستانهٔ انتشار ({ $threshold }٪) است: به جای آن متن مبدأ منتشر می‌شود
build-outdated = { $lang }: { $count } صفحه با هشدار ترجمهٔ قدیمی
check-glossary = «{ $term }» در واژه‌نامه است (به زبان مبدأ می‌ماند) اما در ترجمه نیامده است
check-length = ترجمه { $percent }٪ حروف متن مبدأ را دارد: آیا کامل است و متن درستی است؟
diff-class = { $class ->
        [whitespace] فاصله
        [link] پیوند
        [code] کد
        [number] عدد
        [markup] قالب‌بندی
        [punctuation] نشانه‌گذاری
        [typo] غلط تایپی
        [wording] عبارت‌بندی
        [review] بازبینی
       *[other] { $class }
    }
guard-construct = { $construct ->
        [fence] یک بلوک کد حصاردار
        [indented-code] یک بلوک کد تورفته
        [html-block] یک بلوک HTML
        [link-definition] یک تعریف ارجاع پیوند
        [footnote-definition] یک تعریف پانویس
        [heading] یک سرعنوان
        [block-quote] یک نقل‌قول
        [list] یک فهرست
        [table] یک جدول
        [rule] یک خط افقی
        [math] یک بلوک ریاضی
        [front-matter] یک بلوک پیش‌متن
        [definition-list] یک فهرست تعریف‌ها
        [line-break] شکست خط در بخشی یک‌خطی
        [blocks] بیش از یک بلوک
        [empty] بدون متن
        [footnote-reference] ارجاع پانویسی افزوده یا حذف‌شده (پانویس‌ها در سراسر صفحه شماره می‌خورند)
        [page] تغییری در بلوک‌های صفحه
       *[other] { $construct }
    }
guard-structure = ترجمه از بخش خود بیرون می‌زند ({ $construct })؛ فقط متن خودش را می‌تواند تغییر دهد
guard-attributes = ترجمه ویژگی‌های سرعنوان `{ $attributes }` را می‌گذارد که در متن اصلی نیست
guard-destination = ترجمه به `{ $url }` پیوند می‌دهد که متن اصلی به آن پیوند نمی‌دهد
guard-bidi = نویسهٔ کنترل جاسازی یا لغو دوسویه U+{ $code } ترتیب آنچه خواننده می‌بیند را به هم می‌زند
guard-isolates = جداسازهای دوسویه‌ای که بسته نشده‌اند (یا بی‌آنکه باز شوند بسته شده‌اند)
guard-control = نویسهٔ کنترلی U+{ $code } (می‌تواند مکان‌نما یا عنوان پایانه را تغییر دهد و پرونده‌ها را خراب می‌کند)
guard-invisible = نویسهٔ برچسب نامرئی U+{ $code } متن را از خواننده پنهان می‌کند
build-refused = { $lang }: { $file }:{ $line }: ترجمه منتشر نشد و متن اصلی به جای آن آمد: { $reason }
check-zero-width = نویسهٔ بی‌پهنای U+{ $code } (نامرئی؛ فقط ZWNJ و ZWJ جایشان در متن است)
ftl-too-deep = جاگیرهای تودرتو بیش از { $max } سطح: dragoman چنین پرونده‌ای را نمی‌خواند
walk-not-utf8 = `{ $path }` نادیده گرفته شد: نامش UTF-8 نیست (نامش را عوض کنید)
walk-symlink = `{ $path }` نادیده گرفته شد: پیوند نمادین است (dragoman هرگز پیوندها را دنبال نمی‌کند تا چیزی بیرون از پروژه خوانده نشود)
walk-special = `{ $path }` نادیده گرفته شد: پروندهٔ معمولی نیست (FIFO، سوکت یا دستگاه هرگز باز نمی‌شود)
walk-control-name = نام پرونده‌ای با نویسهٔ کنترلی: { $name } (نامش را عوض کنید: همهٔ ارجاع‌های کاتالوگ را خراب می‌کند)
path-outside = این مسیر بیرون از `{ $root }` است: dragoman چیزی بیرون از پروژه نمی‌خواند و نمی‌نویسد
path-symlink = `{ $link }` پیوند نمادین است: dragoman درون پروژه از راه پیوندها چیزی نمی‌خواند و نمی‌نویسد
path-not-regular = پروندهٔ معمولی نیست (FIFO، سوکت یا دستگاه هرگز باز نمی‌شود)
project-output-overlaps = پوشهٔ خروجی `{ $out }` با پوشهٔ { $key } `{ $dir }` هم‌پوشانی دارد: ساختن روی آن می‌نویسد؛ `output` دیگری برگزینید
write-conflict = در حین کار dragoman روی دیسک تغییر کرد (کسی آن را ذخیره کرد): چیزی بازنویسی نشد؛ فرمان را دوباره اجرا کنید
write-read-only = فقط‌خواندنی است: dragoman آن را جایگزین نمی‌کند (برای به‌روزرسانی، آن را نوشتنی کنید)
lock-taken-over = قفل `{ $lock }` که فرایند { $pid } به‌جا گذاشته بود و دیگر اجرا نمی‌شود، گرفته شد
po-charset-unknown = مجموعه‌نویسهٔ ناشناختهٔ `{ $charset }` در سرآیند
po-charset-invalid = پرونده { $charset } معتبر نیست، همان مجموعه‌نویسه‌ای که سرآیندش اعلام می‌کند
po-charset-unmappable = مجموعه‌نویسهٔ کاتالوگ، { $charset }، نمی‌تواند «{ $char }» را نگه دارد: سرآیند را به `charset=UTF-8` تغییر دهید
locales-unknown-language = `{ $path }` کاتالوگ‌های `{ $tag }` را دارد که از زبان‌های پروژه نیست: خوانده نمی‌شوند (با `dragoman add-lang { $tag }` اضافه‌اش کنید)

## serve: the workbench
arg-migrate-layout = کاتالوگ‌ها به این چینش برده شوند
arg-migrate-catalog_format = کاتالوگ‌ها به این قالب تبدیل شوند
arg-bundle-langs = فقط این زبان (تکرارپذیر؛ زبان مبدأ هم)؛ پیش‌فرض: همهٔ زبان‌ها
arg-bundle-formats = فقط این قالب (تکرارپذیر)؛ پیش‌فرض: html و epub
arg-serve-port = درگاهی که به آن گوش داده می‌شود (۰: هر درگاه آزاد)
arg-serve-bind = نشانی‌ای که به آن گوش داده می‌شود؛ هر نشانی جز loopback به --token نیاز دارد
arg-serve-token = توکنی که هر درخواست باید داشته باشد (Authorization: Bearer، یا کوکی‌ای که پیوند ورود یک‌بارمصرف می‌گذارد)
arg-serve-open = میز کار را در مرورگر پیش‌فرض باز کن
serve-title = میز کار مترجم
serve-home-heading = بیانیه‌ها
serve-search = جست‌وجو در عنوان‌ها و مسیرها
serve-statement = بیانیه
serve-stale-count = قدیمی
serve-filter-all = همه
serve-filter-untranslated = ترجمه‌نشده
serve-filter-stale = قدیمی
serve-filter-findings = دارای یافته
serve-save = ذخیره
serve-reviewed = بازبینی شد: هنوز درست است
serve-source = متن اصلی
serve-raw = مارک‌داون
serve-translation = ترجمه
serve-notes = یادداشت‌ها
serve-previous = آنچه از زمان این ترجمه در متن اصلی تغییر کرده است
serve-suggestions = پیشنهادها
serve-insert = درج
serve-glossary = همان‌طور بماند
serve-preview = پیش‌نمایش
serve-saved = ذخیره شد.
serve-conflict = این مدخل از زمانی که بازش کردید روی دیسک تغییر کرده است (مترجمی دیگر، یک sync یا یک pull). چیزی بازنویسی نشد: انتخاب کنید کدام بماند.
serve-keep-mine = نسخهٔ من بماند
serve-take-theirs = نسخهٔ روی دیسک را بگیر
serve-mine = نسخهٔ شما
serve-theirs = اکنون روی دیسک
serve-changed-on-disk = پرونده‌ها روی دیسک تغییر کردند: مدخل‌ها دوباره بارگذاری شدند (متن ذخیره‌نشدهٔ شما حفظ شد).
serve-state-translated = ترجمه‌شده
serve-state-stale = قدیمی
serve-state-untranslated = ترجمه‌نشده
serve-keys = Ctrl+Enter: ذخیره و رفتن به مدخل ترجمه‌نشده یا قدیمی بعدی · Alt+↑/↓: مدخل قبلی/بعدی · Shift+Space یا Ctrl+Shift+2: نیم‌فاصله
serve-back = همهٔ بیانیه‌ها
serve-no-findings = یافته‌ای نیست.
serve-error = ذخیره نشد:
serve-unknown-statement = بیانیه‌ای به نام `{ $name }` در این پروژه نیست (مسیرها مانند `status --format json`، مثلاً statements/x.md)
serve-unknown-language = `{ $lang }` زبانی نیست که این پروژه به آن ترجمه می‌شود
serve-unknown-entry = مدخلی با شناسهٔ `{ $id }` در این بیانیه نیست
serve-bad-request = درخواست آن چیزی نیست که API انتظار دارد (docs/serve.md را ببینید)
serve-token-required = ارائه روی { $addr } به --token نیاز دارد: هر کسی که به آن برسد می‌تواند کاتالوگ‌ها را تغییر دهد
serve-bind = نمی‌توان روی { $addr } گوش داد: { $detail }
serve-login = پیوند ورود یک‌بارمصرف (توکن را به‌صورت کوکی می‌گذارد): { $url }
suggest-none = پیشنهادی نیست: هیچ مدخل ترجمه‌نشده‌ای شبیه مدخلی ترجمه‌شده نیست.
arg-suggest-statements = فقط این بیانیه‌ها (مسیرها مانند `statements/x.md`)
arg-check-state = فقط مدخل‌هایی با این وضعیت: translated (CI می‌تواند مدخل‌های قدیمیِ منتظر مترجم را نادیده بگیرد)، stale یا all

## bundle
bundle-file = { $path }: { $size } ({ $count } بیانیه)
bundle-left-out = کنار گذاشته شد: { $skipped } بیانیهٔ زیر آستانهٔ انتشار، { $images } تصویر بزرگ‌تر از { $max } کیلوبایت، ناموجود یا نامعتبر
