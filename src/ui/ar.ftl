# واجهة dragoman، العربية.

## المساعدة
cli-about = ترجمة بيانات ماركداون عبر كتالوجات PO من gettext
help-usage = الاستخدام:
help-commands = الأوامر
help-options = الخيارات
help-arguments = الوسائط
help-default = الافتراضي
help-values = القيم الممكنة
help-help = عرض المساعدة
help-version = عرض الإصدار
cmd-init = بدء مشروع: ملف dragoman.toml مع تعليقات، ومجلدا البيانات والكتالوجات
cmd-add-lang = إضافة لغة: تُدرج في dragoman.toml (مع الإبقاء على التعليقات والتنسيق) وتُنشأ كتالوجاتها
cmd-extract = استخراج مقاطع البيانات إلى قوالب (locales/templates/*.pot)
cmd-sync = الاستخراج ثم تحديث كتالوجات كل لغة: تُضاف المقاطع الجديدة، وتُعلَّم المقاطع المعدَّلة بأنها قديمة مع نصها السابق، وتُحفظ المقاطع المحذوفة مهملةً
cmd-diff = عرض ما تغيّر في النص الأصلي لكل ترجمة قديمة: الفرق كلمةً كلمة، ونوع التغيير، والترجمة
cmd-fmt = إعادة كتابة ملفات PO وFTL بتنسيقها القياسي؛ المحتوى لا يتغير أبدًا
cmd-convert = تحويل الكتالوجات بين PO وFluent (FTL) مع الحفاظ على كل الحالات
cmd-migrate = نقل الكتالوجات إلى التخطيط و/أو التنسيق الآخر دون فقد أي ترجمة؛ ويُضبط dragoman.toml وفقًا لذلك
cmd-check = فحص الترجمات: ماركداون، الروابط، الشيفرة، الأرقام، علامات الترقيم، محارف التحكم ثنائية الاتجاه، وقواعد الفارسية والعربية والإسبانية
cmd-impact = كلفة الترجمة لتغيير معلّق في النص الأصلي، لكل لغة. لا يكتب شيئًا
cmd-import = استيراد ترجمات يدوية للبيانات إلى كتالوجات لغة ما
cmd-status = تقرير تغطية الترجمة لكل لغة وبيان (المقاطع والكلمات)
cmd-suggest = ترجمات نصوص مشابهة من بقية المشروع للمدخلات غير المترجمة (ذاكرة الترجمة). لا يكتب شيئًا
cmd-build = بناء ماركداون وHTML المترجَمين في مجلد المخرجات
cmd-bundle = يكتب بيانات كل لغة في ملف HTML واحد يعمل دون اتصال وكتاب EPUB ‏(build/bundles/<lang>.html و‎.epub) للقرّاء بلا شبكة
cmd-serve = منضدة عمل المترجم في المتصفح: مدخلات مع الفروق والفحوص والاقتراحات، تُحفظ بأمان؛ ومعاينة للصفحة
cmd-completions = طباعة سكربت الإكمال التلقائي للصدفة (bash، zsh، fish، powershell، elvish)
cmd-man = طباعة صفحة الدليل، أو كتابتها كلها (صفحة لكل أمر) مع --out

## الأخطاء
error = خطأ
prefixed = { $prefix }: { $text }
sep-list = {"، "}
sep-clause = {"؛ "}
err-no-config = لم يُعثر على { $file } في { $dir } ولا في المجلدات التي فوقه؛ أنشئ واحدًا بالأمر `dragoman init`، أو أشر إلى مشروع بالخيار --project DIR
err-unknown-lang-typo = اللغة `{ $lang }` ليست في هذا المشروع (اللغات: { $known })؛ هل تقصد `{ $suggestion }`؟
err-unknown-lang-add = اللغة `{ $lang }` ليست في هذا المشروع (اللغات: { $known })؛ أضفها بالأمر `dragoman add-lang { $tag }`

## status
status-language = اللغة
status-statement = البيان
status-translated = مترجَمة
status-stale = قديمة
status-untranslated = غير مترجَمة
status-obsolete = مهملة
status-words = الكلمات
status-coverage = التغطية
status-total = المجموع
status-complete = مكتملة
status-more = بيانات أخرى (يسردها `dragoman status` كلها)
status-below = تغطية أقل من { $min }٪: { $langs }

## sync
sync-report = { $lang }: بلا تغيير { $unchanged }، جديدة { $new }، قديمة { $stale }، محدَّثة تلقائيًا { $carried }، مهملة { $obsolete }
sync-revived = مستعادة { $count }
sync-moved = منقولة { $count }
sync-reused = معاد استخدامها { $count }
sync-split = { $count } في فقرات مقسّمة
sync-merged = فقرات مدمجة { $count }
sync-written = الكتالوجات المكتوبة: { $count }
sync-would-write = الكتالوجات التي ستُكتب: { $count }

severity-error = خطأ
severity-warning = تحذير
severity-info = ملاحظة
check-summary = الأخطاء: { $errors }، التحذيرات: { $warnings }، الملاحظات: { $infos }
check-stale-heading = ── { $count } ملاحظة على مدخلات قديمة (تغيّر نصها الأصلي وتنتظر مترجمًا؛ `--state translated` يستبعدها) ──
check-fixed = الترجمات المصحَّحة: { $count }
check-source-label = الأصل

## رسائل `dragoman check`
check-nfc = الترجمة ليست بصيغة يونيكود NFC (محارف مركّبة)؛ الأمر `check --fix` يوحّدها
check-bidi-override = محرف التحكم ثنائي الاتجاه U+{ $code } قد يعيد ترتيب النص خفيةً (Trojan Source)؛ احذفه (`check --fix`)
check-bidi-unbalanced = محارف التضمين أو العزل ثنائية الاتجاه غير متوازنة: قد يظهر النص بعدها بترتيب خاطئ
check-bidi-control = لا حاجة إلى محارف تحكم صريحة ثنائية الاتجاه: الصفحات المبنية تعزل المقاطع من اليسار إلى اليمين بنفسها
check-md-emphasis = التوكيد مختلف: في الأصل { $strong } **عريض** و{ $emphasis } _مائل_ و{ $strike } ~~مشطوب~~؛ وفي الترجمة { $tr_strong } و{ $tr_emphasis } و{ $tr_strike }
check-md-link = وجهات الروابط مختلفة: ناقصة { $missing }، زائدة { $extra }؛ أبقِ كل [نص](عنوان) من الأصل بالعنوان نفسه
check-link-target = الرابط النسبي { $target } لا يشير إلى أي ملف بجانب البيانات؛ استخدم وجهة النص الأصلي أو أضف الملف
check-plural-forms = مدخل جمع بـ { $forms } صيغ بينما تقول الترويسة nplurals={ $nplurals } (يرفض msgfmt -c الملف)
check-stray-backslash = يبدو { $text } في النص بقايا هروب (\n مكتوبة، شرطة مائلة مضاعفة)؛ النص الأصلي لا يحويه: احذفه
check-rtl-mirrored = { $mirrored } هو { $name } مكتوبًا معكوسًا: اكتب { $name } بالترتيب المنطقي (تعرضه الصفحة بالاتجاه الصحيح)
check-source-link-target = يربط البيان إلى { $target } وهو غير موجود؛ أضف الملف أو صحّح الرابط
check-md-image = الصور تختلف عن الأصل: أبقِ ![alt](src) بالـ src نفسه وترجم النص البديل فقط
check-md-code = يجب أن تبقى الشيفرة المضمّنة كما في الأصل تمامًا؛ ناقصة أو معدَّلة: { $missing }
check-md-footnote = إحالات الحواشي مختلفة: في الأصل { $source }، وفي الترجمة { $translation }
check-md-hard-break = في الأصل { $source } من فواصل الأسطر الإجبارية، وفي الترجمة { $translation }
check-md-html = وسم HTML `{ $html }` ليس في الأصل؛ ستعرضه الصفحة نصًّا لا ترميزًا
check-md-html-direction = لا حاجة إلى HTML `{ $html }`: يحذفه البناء ويعزل بنفسه النص من اليسار إلى اليمين (C++، العناوين، الشيفرة)
check-md-broken-delimiter = `{ $delimiter }` لا يصنع توكيدًا وسيظهر كما هو (لا تضع مسافة داخل العلامات مباشرة: `**كلمة**`، لا `** كلمة **`)
check-md-broken-delimiter-zwnj = `{ $delimiter }` لا يصنع توكيدًا وسيظهر كما هو (`__` لا يُغلق بجوار فاصل غير واصل: استخدم `**`)
check-md-unmatched-backtick = علامة ` منفردة ستظهر كما هي: الشيفرة المضمّنة تحتاج إلى ` ختامية
check-md-list-marker = تبدأ الترجمة بعلامة قائمة أو عنوان ليست في الأصل؛ علامات ماركداون تأتي خارج المقطع (ويجب أن تكون ASCII: `1.`، لا `١.`)
check-md-rlm-marker = محرف RLM قبل `-` أو `#` يمنع ماركداون من رؤية القائمة أو العنوان
check-url = العنوان { $url } ناقص أو معدَّل
check-email = عنوان البريد { $email } ناقص أو معدَّل
check-bidi-mark-in-token = علامة اتجاه داخل عنوان أو وجهة رابط أو شيفرة تغيّرها (فيتعطل الرابط)؛ ضع العلامات خارجها
check-number = في الترجمة { $extra } وليس في الأصل (أرقام الأصل: { $source })؛ تُقارن الأرقام بقيمتها في أي نظام أرقام
check-number-repeated = في الترجمة { $extra } أكثر مما في الأصل (أرقام الأصل: { $source })
check-whitespace-edges = المسافات في البداية أو النهاية تختلف عن الأصل
check-double-space = مسافتان متتاليتان
check-untranslated = الترجمة مطابقة للأصل؛ ترجمها، أو أضف المصطلحات إلى `[check] glossary` في dragoman.toml
check-repeated-word = «{ $word }» مرتين متتاليتين
check-brackets = { $open }…{ $close } غير متوازنة
check-end-punctuation = ينتهي الأصل { $source ->
        [none] بلا علامة ترقيم
       *[other] بـ«{ $source }»
    } وتنتهي الترجمة { $translation ->
        [none] بلا علامة ترقيم
       *[other] بـ«{ $translation }»
    }
check-fa-arabic-letters = في «{ $word }» ي/ك/ى العربية؛ الفارسية تكتب ی وک (`check --fix` يستبدلها)
check-fa-tatweel = التطويل (ـ) يمدّ الحروف؛ احذفه
check-fa-zwnj-verb = «می { $word }»: صِل سابقة الفعل بفاصل غير واصل (می‌{ $word })
check-fa-zwnj-plural = «{ $word } { $suffix }»: صِل علامة الجمع بفاصل غير واصل ({ $word }‌{ $suffix })
check-fa-zwnj-consistency = «{ $words }» بمسافة: يكتبها هذا المشروع { $want } في مواضع أخرى
check-fa-zwnj-suffix = «{ $word } { $suffix }»: صِل اللاحقة بفاصل غير واصل ({ $word }‌{ $suffix })
check-fa-zwnj-fused = «{ $word }»: اكتب السابقة أو اللاحقة بفاصل غير واصل ({ $want })
check-fa-zwnj-underscore = شرطة سفلية بين حروف فارسية تظهر «_»: مكانها فاصل غير واصل
check-fa-zwnj-stray = فاصل غير واصل لا يفصل شيئًا (في طرف النص أو بجوار مسافة)
check-fa-guillemets = علامتا التنصيص لا تشكّلان «…» (معكوستان، أو » بلا «)
check-fa-quotes = علامات تنصيص لاتينية حول نص فارسي: يكتب مجمع اللغة الفارسية «…»
check-rtl-code-spacing = { $code } ملتصق بـ«{ $letter }»: يتداخلان في النص من اليمين إلى اليسار؛ ضع مسافة بينهما (أو فاصلًا غير واصل قبل اللاحقة)
check-fa-arabic-digits = أرقام عربية (٠–٩) في نص فارسي: استخدم الأرقام الفارسية ۰–۹
check-fa-mixed-digits = أرقام ASCII وفارسية مختلطة في مقطع واحد: اختر نظامًا واحدًا
check-ar-persian-digits = أرقام فارسية (۰–۹) في نص عربي: استخدم ٠–٩ أو أرقام ASCII
check-ar-mixed-digits = أرقام ASCII وعربية مختلطة في مقطع واحد: اختر نظامًا واحدًا
check-ar-persian-letters = في «{ $word }» ی/ک الفارسية؛ العربية تكتب ي وك
check-latin-punctuation = «{ $mark }» اللاتينية في نص { $script ->
        [fa] فارسي
       *[ar] عربي
    }: استخدم «{ $want }»
check-es-pair = { $kind ->
        [question] الجمل الاستفهامية
       *[exclamation] جمل التعجب
    } الإسبانية تُفتح بـ{ $open } وتُغلق بـ{ $close }: إحداهما ناقصة
check-es-quote-period = في الإسبانية تأتي النقطة بعد علامة الاقتباس الختامية: «…».
check-es-number-format = «{ $number }»: الفاصلة العشرية في { $lang } هي «{ $want }»
check-number-reading = «{ $number }» يُقرأ { $reads } في { $lang } (النص الأصلي { $value }): اكتبه بفواصل { $lang }
check-number-separator = «{ $number }»: فاصلة لاتينية بين هذه الأرقام؛ تكتب هذه اللغة { $decimal } للكسور العشرية و{ $group } بين الآلاف
check-glossary = «{ $term }» في المسرد (يبقى بلغة الأصل) لكنه غائب عن الترجمة
check-length = في الترجمة { $percent }٪ من حروف الأصل: هل هي كاملة، وهل هي النص الصحيح؟

## وصف الخيارات (arg-الأمر-المعرّف، أو arg-المعرّف لكل الأوامر)
arg-project = مجلد المشروع (الافتراضي: أقرب مجلد فيه dragoman.toml، من هنا صعودًا)
arg-quiet = طباعة أقل
arg-verbose = طباعة المزيد على stderr: المشروع المستخدَم، وهل جاء الجواب من الذاكرة المؤقتة، ومدة الأمر
arg-ui_lang = لغة رسائل dragoman: en، es، fa، ar (الافتراضي: DRAGOMAN_UI_LANG أو LC_ALL أو LC_MESSAGES أو LANG)
arg-langs = هذه اللغة فقط (قابل للتكرار)
arg-format = تنسيق المخرجات
arg-color = الألوان: auto (في الطرفية، ما لم يُضبط NO_COLOR)، always، never
arg-init-dir = مجلد المشروع الجديد
arg-init-source = لغة البيانات
arg-init-langs = لغة للترجمة إليها (قابل للتكرار؛ لغات أخرى لاحقًا بالأمر add-lang)
arg-init-statements = مجلد بيانات ماركداون (الافتراضي: المجلد المكتشَف، وإلا `statements`)
arg-init-force = استبدال ملف dragoman.toml الموجود
arg-add-lang-lang = وسم BCP 47 للغة (`fa`، `pt-BR`)
arg-sync-threshold = أدنى تشابه (٠ إلى ١) ليحتفظ المقطع المعدَّل بترجمته السابقة (الافتراضي: `fuzzy_threshold` في dragoman.toml، 0.6)
arg-sync-dry_run = عرض ما سيتغير دون كتابة شيء
arg-diff-statements = هذه البيانات فقط (مسارات مثل `statements/x.md` أو `x.md`)
arg-fmt-check = لا يغيّر شيئًا؛ يسرد الملفات التي ستتغير ويخرج بالرمز 1 إن وُجدت
arg-fmt-paths = ملفات أو مجلدات (الافتراضي: مجلد كتالوجات المشروع)
arg-convert-to = التنسيق الهدف
arg-check-format = تنسيق المخرجات (github: تعليقات سير العمل)
arg-check-deny = الفشل (الخروج بالرمز 1) عند التحذيرات أيضًا
arg-check-fix = تطبيق الإصلاحات الآمنة أولًا (حروف عربية ← فارسية، محارف تحكم ثنائية الاتجاه شاردة، NFC)
arg-impact-base = مقارنة البيانات في هذه النسخة من git بشجرة العمل
arg-import-lang = لغة الترجمات
arg-import-from = مجلد بيانات مترجمة بترتيب مجلد البيانات نفسه (`DIR/x.md` يترجم `statements/x.md`)
arg-import-overwrite = استبدال الترجمات الموجودة
arg-import-files = البيان وترجمته: SOURCE.md TRANSLATED.md
arg-status-min = الخروج بالرمز 1 إذا كانت تغطية أي لغة مختارة دون هذه النسبة المئوية
arg-status-summary = مجاميع كل لغة فقط
arg-build-out = مجلد المخرجات (الافتراضي: `output` في dragoman.toml، وعادةً build/)
arg-build-target = ما الذي يُبنى: html (صفحات وفهرس ولوحة)، أو markdown أو hugo أو zola أو mdbook (الافتراضي: `target` في dragoman.toml)
arg-man-out = مجلد الصفحات (لقراءة إحداها: `man -l DIR/dragoman.1`)

## أخطاء الإدخال والإخراج
io-not-found = غير موجود
io-permission-denied = الإذن مرفوض
io-already-exists = موجود مسبقًا
io-is-a-directory = مجلد
io-not-a-directory = ليس مجلدًا
io-directory-not-empty = المجلد ليس فارغًا
io-storage-full = لم تبقَ مساحة على القرص
io-read-only = نظام الملفات للقراءة فقط
io-invalid-data = بيانات غير صالحة ({ $detail })
io-other = خطأ إدخال/إخراج: { $detail }

## أخطاء صياغة PO
po-duplicate = رسالة مكررة (عُرِّفت أولًا في السطر { $first })
po-no-msgid = المدخل بلا msgid
po-no-msgstr = msgid بلا msgstr
po-plural-no-msgstr0 = مدخل جمع بلا msgstr[0]
po-duplicate-header = ترويسة مكررة (msgid فارغ)
po-string-without-keyword = سلسلة نصية بلا كلمة مفتاحية قبلها
po-string-continues-other = السلسلة النصية تُكمل سطرًا من نوع آخر
po-bad-plural-index = رقم جمع غير صالح في `{ $keyword }`
po-plural-index-too-large = رقم الجمع كبير جدًا
po-unknown-keyword = كلمة مفتاحية مجهولة `{ $keyword }`
po-keyword-needs-string = يجب أن تتبع `{ $keyword }` سلسلةٌ نصية بين علامتي اقتباس
po-mixed-obsolete = يخلط المدخل بين أسطر مهملة (#~) وأسطر فعّالة
po-duplicate-msgctxt = msgctxt مكرر
po-plural-after-msgid = يجب أن يأتي msgid_plural بعد msgid
po-msgstr-without-msgid = msgstr بلا msgid
po-plural-needs-index = مدخل الجمع يحتاج إلى msgstr[N]
po-index-without-plural = msgstr[N] بلا msgid_plural
po-expected-index = كان المتوقع msgstr[{ $index }] فجاء { $found }
po-unterminated = سلسلة نصية غير مغلقة
po-text-after-quote = نص غير متوقع بعد علامة الاقتباس الختامية
po-hex-without-digits = \x بلا أرقام ست عشرية
po-invalid-escape = تسلسل هروب غير صالح `\{ $escape }`
po-non-ascii-escape = هروب لبايت خارج ASCII (اكتب النص بترميز UTF-8)

## أخطاء البيانات
source-front-matter-open = المقدمة (front matter) المفتوحة بـ`{ $fence }` لا تُغلق أبدًا (ينقص سطر `{ $fence }`)
source-front-matter-yaml = المقدمة (front matter): { $detail }
source-front-matter-toml = المقدمة (front matter، TOML): { $detail }
source-front-matter-json = المقدمة (front matter، JSON): { $detail }
theme-template = قالب: { $detail }
yaml-unclosed-bracket = { $bracket } غير مغلق
yaml-tab = محرف جدولة: المسافة البادئة في YAML بالمسافات
yaml-mapping-values = لا مكان هنا لـ`مفتاح: قيمة` (ضع القيمة التي فيها `: ` بين علامتي اقتباس)
yaml-not-mapping = كان المتوقع أسطر `مفتاح: قيمة`
yaml-unknown-anchor = اسم مستعار (*اسم) لمرساة (&اسم) غير موجودة
yaml-other = YAML غير صالح ({ $detail })
yaml-duplicate-key = `{ $key }` مذكور مرتين

## أخطاء كتالوجات Fluent
ftl-unreadable = خطأ صياغة FTL: لم يستطع محلل Fluent قراءة هذا الملف
ftl-syntax = خطأ صياغة FTL: { $detail }
ftl-junk = خطأ صياغة FTL (نص غير مفهوم)
ftl-no-source = الرسالة `{ $id }` بلا تعليق `# dragoman-source:`: لا يعرف dragoman ما الذي تترجمه
site-syntax = نصوص الموقع: { $detail }

## أخطاء الإعداد
config-toml = TOML غير صالح: { $detail }
config-unknown-field = مفتاح مجهول { $name }{ $expected ->
        [none] {""}
       *[other] ؛ المتوقع أحد هذه: { $expected }
    }
config-unknown-value = قيمة مجهولة { $name }{ $expected ->
        [none] {""}
       *[other] ؛ المتوقع أحد هذه: { $expected }
    }
config-missing-field = المفتاح { $name } ناقص
config-duplicate-key = مفتاح مكرر { $name }
config-duplicate-key-here = مفتاح مكرر
config-invalid-type = نوع خاطئ ({ $detail })
config-unknown-check = فحص مجهول `{ $id }` (القائمة في `docs/checks.md`)
config-relative-dir = يجب أن يكون `{ $key }` مجلدًا نسبيًا داخل المشروع، لا `{ $value }`
config-catalog-path = `catalog_path = "{ $template }"`: { $why ->
        [prefix] يجب أن يبدأ بـ { $prefix } (مجلد الكتالوجات ثم اللغة)
        [extension] يجب أن ينتهي بـ { $ext } أو ‎.po أو ‎.ftl
        [placeholder] عنصر نائب غير معروف أو غير مغلق؛ العناصر النائبة هي { $placeholders }
        [character] لا يمكن أن يحتوي اسم الكتالوج على \ أو : أو محارف التحكم
        [component] لا يجوز أن يكون أي مجلد فيه فارغًا أو . أو ..
       *[unique] يحتاج إلى عنصر نائب ({ $placeholders })، وإلا تشاركت كل البيانات كتالوجًا واحدًا
    }
config-catalog-path-format = ينتهي `catalog_path` بـ ‎.{ $ext }، لكن كتالوجات { $lang } بصيغة { $format }: اجعله ينتهي بـ { $any }
config-output-path = `output_path = "{ $template }"`: { $why ->
        [placeholder] عنصر نائب غير معروف أو غير مغلق؛ العناصر النائبة هي { $placeholders }
        [character] لا يمكن أن يحتوي مسار الملف على \ أو : أو محارف التحكم
        [inside] يجب أن يبقى داخل مجلد الإخراج (بلا / في البداية وبلا مجلد . أو ..)
        [lang] يحتاج إلى { $lang }، وإلا كتبت اللغات بعضها فوق بعض
       *[statement] يحتاج إلى { $file }، وإلا كتبت البيانات بعضها فوق بعض
    }
build-output-collision = سيُكتب { $first } و{ $second } كلاهما في { $path } (output_path = "{ $template }")؛ غيّر output_path
build-book-toml = تعذّرت قراءة book.toml بصيغة TOML، فلا يمكن اشتقاق book.toml لكل لغة منه
build-target-no-threshold = أغفل below_threshold = "skip" { $count } من بيانات { $lang } (دون { $threshold }٪)
project-catalog-collision = سيتشارك { $first } و{ $second } الكتالوج { $path } (catalog_path = "{ $template }")؛ غيّر catalog_path أو أعد تسمية أحدهما
project-catalog-unusable = لا يحصل { $statement } على اسم كتالوج صالح من catalog_path = "{ $template }" ("{ $name }")؛ يمكن لـ { $placeholders } تمييزه
config-percentage = يجب أن يكون { $key } نسبة مئوية (0–100)
config-fraction = يجب أن يكون { $key } بين 0 و1
config-po-wrap = يجب أن يكون po_wrap عرض صفحة (20–10000) أو false (بلا تقسيم للأسطر، مثل msgcat --no-wrap)
config-glob = { $key }: { $pattern } ليس نمطًا صالحًا ({ $error })؛ استخدم * داخل مجلد واحد و** عبر المجلدات
config-source-language = `{ $tag }` هي لغة الأصل
config-listed-twice = `{ $tag }` مذكورة مرتين
config-language-not-listed = { $section } يضبط لغة ليست في `languages`
lang-invalid = `{ $tag }` ليس وسم لغة صالحًا (BCP 47، مثل `es`، `fa`، `pt-BR`)
lang-no-language = `{ $tag }` بلا وسم فرعي للغة

## أخطاء المشروع
utf8-invalid = { $what ->
        [file] الملف ليس UTF-8 صالحًا
        [catalog] الكتالوج ليس UTF-8 صالحًا
       *[text] ليس UTF-8 صالحًا
    }
project-outside = مجلد `{ $key }` أي { $path } يقود خارج المشروع (إلى { $target })؛ dragoman يقرأ ويكتب داخل المشروع فقط
project-locked = نسخة أخرى من dragoman (pid { $pid }) تكتب في هذا المشروع؛ انتظر حتى تنتهي، أو احذف { $lock } إن لم تكن تعمل
project-no-statements = مجلد البيانات `{ $dir }` غير موجود (اضبط `statements` في { $file })
project-site-md = { $dir }/site.md سيتشارك locales/<اللغة>/site.ftl مع نصوص الموقع؛ غيّر اسمه
project-catalog-link = رابط رمزي؛ dragoman لا يتبع الروابط في الكتالوجات
project-both-exist = { $old } و{ $new } موجودان معًا؛ احذف أحدهما أولًا
project-layout-mismatch = يقول dragoman.toml إن layout = "{ $layout }"، لكن { $count } كتالوج بتخطيط { $other } موجودة ({ $files }): لن تُرى ترجماتها. شغّل `dragoman migrate --layout { $layout }` لنقلها، أو أعد layout = "{ $other }"
project-git-missing = تعذّر تشغيل git: { $detail }
project-git-failed = git { $command }: { $detail }
project-not-a-statement = `{ $name }` ليس بيانًا من هذا المشروع

## import
segment-kind = { $kind ->
        [front-matter] المقدمة (front matter): { $detail }
        [heading] عنوان من المستوى { $detail }
        [paragraph] فقرة
        [list-item] عنصر قائمة
        [table-header] ترويسة جدول
        [table-cell] خلية جدول
        [block-quote] اقتباس
        [footnote] حاشية
        [html] نص في HTML: { $detail }
       *[other] { $kind }
    }
import-missing = { $kind }: بلا ترجمة في الملف المترجَم
import-extra = { $kind } في الملف المترجَم بلا أصل؛ لم يُستورد
import-merged = كتلتان من الأصل (السطران { $first } و{ $second }) كتلة واحدة في الترجمة؛ استُوردت في الأولى للمراجعة
import-split = تقسم الترجمة هذا الـ{ $kind } إلى قسمين (السطران { $first } و{ $second })؛ ضُمّا للمراجعة
import-uncertain = زوج غير مؤكد ({ $source } ↔ { $translation }، الدرجة { $score })؛ استُورد للمراجعة
import-not-a-folder = { $path } ليس مجلدًا
import-pseudo = `{ $tag }` لغة زائفة: ترجماتها تُولَّد، فلا شيء لاستيراده
import-outside-statements = { $path } ليس في مجلد بيانات هذا المشروع ({ $dir })
import-not-a-statement = { $path } ليس بيانًا (.md)

## init وadd-lang
internal-error = خطأ داخلي: { $detail }
init-exists = { $path } موجود مسبقًا؛ عدّله، أو استخدم --force لاستبداله
lang-name-not-tag = `{ $input }` اسم لغة لا وسمها: هل تقصد `{ $tag }`؟
lang-not-a-code = `{ $input }` ليس رمز لغة (حرفان أو ثلاثة، مثل `es`، `fa`، `pt-BR`){ $suggestion ->
        [none] {""}
       *[other] ؛ هل تقصد `{ $suggestion }`؟
    }
lang-already-added = `{ $tag }` موجودة مسبقًا في هذا المشروع (اللغات: { $known })
lang-no-list = لا توجد قائمة `languages` للإضافة إليها
lang-not-added = لم تُضف اللغة `{ $tag }`
err-no-config-in = لا يحتوي { $dir } على { $file }
man-failed = صفحات الدليل: { $detail }

## تقارير الأوامر
fmt-done = الملفات المعاد تنسيقها: { $count }
fmt-would = الملفات التي سيُعاد تنسيقها: { $count }
init-wrote = كُتب { $path }
init-found = البيانات الموجودة في { $dir }/: { $count }
init-created = أُنشئ { $dir }/: ضع فيه بيانات ماركداون
init-mdbook = يبدو هذا مشروع mdbook: راجع docs/migrating.md
init-single = وُجدت كتالوجات { $dir }/<اللغة>.po لـ{ $langs }: يُستخدم layout = "single"
init-no-languages = لا لغات بعد: dragoman add-lang es
init-languages = اللغات: { $langs }
init-next = الخطوة التالية: dragoman sync   # يستخرج المقاطع وينشئ الكتالوجات أو يحدّثها
impact-title = الأثر على الترجمة
impact-title-since = الأثر على الترجمة منذ `{ $base }`
impact-new = جديدة
impact-stale = قديمة
impact-carried = منقولة تلقائيًا
impact-obsolete = مهملة
impact-cell = { $segments } (الكلمات: { $words })
man-wrote = كُتبت صفحات الدليل في { $dir }
verbose-project = المشروع: { $root } (مجلد البيانات { $statements }، مجلد الكتالوجات { $locales }، اللغات: { $langs })
verbose-cache = الجواب من الذاكرة المؤقتة ({ $dir }/cache؛ لم يتغير شيء منذ آخر تشغيل)
verbose-done = انتهى في { $ms } ملّي ثانية
extract-done = البيانات المستخرَجة: { $statements }؛ القوالب المكتوبة: { $written }
diff-none = لا توجد ترجمات قديمة
convert-done = الكتالوجات المحوَّلة إلى { $format }: { $count }
convert-note = ملاحظة: ما زال dragoman.toml يذكر تنسيقًا آخر لـ{ $langs }: اضبط `catalog_format = "{ $format }"` (للمشروع كله، أو تحت [language.X]) وإلا أعادها sync التالي
migrate-conflict = { $lang }: «{ $source }» مترجم ترجمتين مختلفتين في { $first } و{ $second }، والكتالوج الواحد يحفظ ترجمة واحدة لكل نص: وحّدهما ثم أعد الترحيل (لم يُكتب شيء)
migrate-done = الكتالوجات بتخطيط { $layout }: كُتب { $written } وحُذف { $removed }
migrate-format = الكتالوجات بتنسيق { $format }: حُوِّل { $count }
migrate-nothing = لا شيء للترحيل: حدّد --layout أو --format
add-lang-done = أُضيفت { $tag } ({ $name }، { $direction })؛ الكتالوجات المكتوبة في { $dir }: { $count }
add-lang-next = الخطوات التالية:
add-lang-translate = ترجم كتالوجات { $dir } (Poedit، Weblate، محرر نصوص): docs/translators.md
add-lang-status = التغطية
add-lang-check = مشكلات الترجمات
add-lang-build = الصفحات المترجَمة
import-summary = { $statement } <- { $translation }: مستوردة { $imported } (للمراجعة { $review })، محفوظة { $kept }، ناقصة { $missing }{ $untranslated ->
        [0] {""}
       *[other] ، غير مترجمة في الملف { $untranslated }
    }
import-left-untranslated = { $kind }: بقي بلغة الأصل؛ لم يُستورد
import-orphan = { $path }: لا بيان في هذا المسار؛ لم يُستورد
import-none = لم يُعثر على بيانات مترجَمة
build-done = اللغات المبنية في { $dir }: { $count }؛ الملفات المكتوبة: { $written }
build-held-back = { $lang }: بيانات دون عتبة النشر ({ $threshold }٪): { $count }؛ يُنشر الأصل بدلًا منها
build-outdated = { $lang }: صفحات عليها تنبيه ترجمة قديمة: { $count }
progress-read = قراءة
progress-sync = sync { $lang }
progress-build = build { $lang }
diff-class = { $class ->
        [whitespace] مسافات
        [link] رابط
        [code] شيفرة
        [number] رقم
        [markup] تنسيق
        [punctuation] ترقيم
        [typo] خطأ مطبعي
        [wording] صياغة
        [review] مراجعة
       *[other] { $class }
    }

## أخطاء استخدام سطر الأوامر
usage-unknown-argument = وسيط غير متوقع '{ $arg }'
usage-unknown-command = أمر مجهول '{ $command }'
usage-invalid-value = قيمة غير صالحة '{ $value }' لـ'{ $arg }'
usage-value-required = '{ $arg }' يحتاج إلى قيمة ولم تُعطَ أي قيمة
usage-possible-values = [القيم الممكنة: { $values }]
usage-missing = هذه الوسائط المطلوبة لم تُعطَ:
    { $args }
usage-conflict = لا يمكن استخدام الوسيط '{ $arg }' مع '{ $other }'
usage-did-you-mean = تلميح: هل تقصد '{ $suggestion }'؟
usage-more = لمزيد من المعلومات، جرّب '--help'.
guard-construct = { $construct ->
        [fence] كتلة شيفرة مسيّجة
        [indented-code] كتلة شيفرة مُزاحة
        [html-block] كتلة HTML
        [link-definition] تعريف مرجع رابط
        [footnote-definition] تعريف حاشية
        [heading] عنوانًا
        [block-quote] اقتباسًا
        [list] قائمة
        [table] جدولًا
        [rule] خطًا أفقيًا
        [math] كتلة رياضيات
        [front-matter] كتلة بيانات وصفية
        [definition-list] قائمة تعريفات
        [line-break] فاصل سطر في مقطع من سطر واحد
        [blocks] أكثر من كتلة
        [empty] لا نص
        [footnote-reference] مرجع حاشية مضاف أو محذوف (تُرقَّم الحواشي في الصفحة كلها)
        [page] تغييرًا في كتل الصفحة
       *[other] { $construct }
    }
guard-structure = الترجمة تخرج عن مقطعها ({ $construct }): لا يجوز لها أن تغيّر إلا نصها
guard-attributes = الترجمة تضع سمات عنوان `{ $attributes }` ليست في الأصل
guard-destination = الترجمة ترتبط بـ `{ $url }` والأصل لا يرتبط به
guard-bidi = محرف التضمين أو التجاوز ثنائي الاتجاه U+{ $code } يغيّر ترتيب ما يراه القارئ
guard-isolates = عوازل ثنائية الاتجاه غير مغلقة (أو مغلقة دون فتح)
guard-control = محرف تحكم U+{ $code } (قد يحرّك المؤشر أو يغيّر عنوان الطرفية، ويفسد الملفات)
guard-invisible = محرف الوسم غير المرئي U+{ $code } يخفي نصًا عن القرّاء
build-refused = { $lang }: { $file }:{ $line }: لم تُنشر الترجمة وظهر النص الأصلي مكانها: { $reason }
check-zero-width = محرف عديم العرض U+{ $code } (غير مرئي؛ لا يليق بالنص إلا ZWNJ وZWJ)
ftl-too-deep = عناصر نائبة متداخلة بعمق يتجاوز { $max } مستوى: لا يقرأ dragoman ملفًا كهذا
walk-not-utf8 = تُرك `{ $path }`: اسمه ليس UTF-8 (غيّر اسمه)
walk-symlink = تُرك `{ $path }`: رابط رمزي (لا يتبع dragoman الروابط أبدًا فلا يقرأ شيئًا خارج المشروع)
walk-special = تُرك `{ $path }`: ليس ملفًا عاديًا (لا يُفتح FIFO أو مقبس أو جهاز أبدًا)
walk-control-name = اسم ملف فيه محرف تحكم: { $name } (غيّر اسمه: سيفسد كل مراجع الفهارس)
path-outside = هذا المسار خارج `{ $root }`: لا يقرأ dragoman ولا يكتب شيئًا خارج المشروع
path-symlink = `{ $link }` رابط رمزي: لا يقرأ dragoman ولا يكتب شيئًا عبر الروابط داخل المشروع
path-not-regular = ليس ملفًا عاديًا (لا يُفتح FIFO أو مقبس أو جهاز أبدًا)
project-output-overlaps = مجلد الإخراج `{ $out }` يتداخل مع مجلد { $key } `{ $dir }`: سيكتب البناء فوقه؛ اختر `output` آخر
write-conflict = تغيّر على القرص أثناء عمل dragoman (حفظه أحدهم): لم يُستبدل شيء؛ أعد تشغيل الأمر
write-read-only = للقراءة فقط: لا يستبدله dragoman (اجعله قابلًا للكتابة ليحدّثه dragoman)
lock-taken-over = أُخذ القفل `{ $lock }` الذي تركته العملية { $pid } التي لم تعد تعمل
po-charset-unknown = مجموعة محارف غير معروفة `{ $charset }` في الترويسة
po-charset-invalid = الملف ليس { $charset } صالحًا، وهي مجموعة المحارف التي تعلنها ترويسته
po-charset-unmappable = مجموعة محارف الفهرس { $charset } لا تستوعب «{ $char }»: غيّر الترويسة إلى `charset=UTF-8`
locales-unknown-language = `{ $path }` يضم فهارس `{ $tag }` وهي ليست من لغات المشروع: لا تُقرأ (أضفها بـ `dragoman add-lang { $tag }`)

## serve: the workbench
arg-migrate-layout = انقل الكتالوجات إلى هذا التخطيط
arg-migrate-catalog_format = حوّل الكتالوجات إلى هذا التنسيق
arg-bundle-langs = هذه اللغة فقط (قابل للتكرار؛ ولغة المصدر أيضًا)؛ الافتراضي: كل اللغات
arg-bundle-formats = هذا التنسيق فقط (قابل للتكرار)؛ الافتراضي: html وepub
arg-serve-port = المنفذ الذي يُستمع إليه (0: أي منفذ متاح)
arg-serve-bind = العنوان الذي يُستمع إليه؛ أي عنوان غير loopback يحتاج إلى --token
arg-serve-token = رمز يجب أن يحمله كل طلب (Authorization: Bearer، أو ملف تعريف الارتباط الذي يضعه رابط الدخول لمرة واحدة)
arg-serve-open = افتح منضدة العمل في المتصفح الافتراضي
serve-title = منضدة عمل المترجم
serve-home-heading = البيانات
serve-search = ابحث في العناوين والمسارات
serve-statement = البيان
serve-stale-count = قديمة
serve-filter-all = الكل
serve-filter-untranslated = غير مترجمة
serve-filter-stale = قديمة
serve-filter-findings = فيها ملاحظات
serve-save = احفظ
serve-reviewed = رُوجعت: ما زالت صحيحة
serve-source = النص الأصلي
serve-raw = ماركداون
serve-translation = الترجمة
serve-notes = ملاحظات
serve-previous = ما تغيّر في النص الأصلي منذ هذه الترجمة
serve-suggestions = اقتراحات
serve-insert = أدرج
serve-glossary = يبقى كما هو
serve-preview = معاينة
serve-saved = حُفظ.
serve-conflict = تغيّر هذا المدخل على القرص منذ أن فتحته (مترجم آخر أو sync أو pull). لم يُكتب فوق شيء: اختر ما يبقى.
serve-keep-mine = أبقِ نسختي
serve-take-theirs = خذ نسخة القرص
serve-mine = نسختك
serve-theirs = على القرص الآن
serve-changed-on-disk = تغيّرت ملفات على القرص: أُعيد تحميل المدخلات (نصك غير المحفوظ باقٍ).
serve-state-translated = مترجمة
serve-state-stale = قديمة
serve-state-untranslated = غير مترجمة
serve-keys = Ctrl+Enter: احفظ وانتقل إلى المدخل التالي غير المترجم أو القديم · Alt+↑/↓: المدخل السابق/التالي · Shift+Space أو Ctrl+Shift+2: فاصل غير واصل
serve-back = كل البيانات
serve-no-findings = لا ملاحظات.
serve-error = لم يُحفظ:
serve-unknown-statement = لا يوجد بيان `{ $name }` في هذا المشروع (المسارات كما في `status --format json`، مثل statements/x.md)
serve-unknown-language = `{ $lang }` ليست لغة يُترجم إليها هذا المشروع
serve-unknown-entry = لا يوجد مدخل `{ $id }` في هذا البيان
serve-bad-request = الطلب ليس ما تتوقعه الواجهة البرمجية (انظر docs/serve.md)
serve-token-required = الخدمة على { $addr } تحتاج إلى --token: كل من يصل إليها يستطيع تغيير الفهارس
serve-bind = لا يمكن الاستماع على { $addr }: { $detail }
serve-login = رابط دخول لمرة واحدة (يضع الرمز في ملف تعريف ارتباط): { $url }
suggest-none = لا اقتراحات: لا يشبه أي مدخل غير مترجم مدخلًا مترجمًا.
arg-suggest-statements = هذه البيانات فقط (المسارات مثل `statements/x.md`)
arg-check-state = المدخلات في هذه الحالة فقط: translated (يمكن لـ CI تجاهل القديمة التي تنتظر مترجمًا) أو stale أو all

## bundle
bundle-file = { $path }: { $size } ({ $count } بيان)
bundle-left-out = أُغفل: { $skipped } بيان دون عتبة النشر، و{ $images } صورة أكبر من { $max } ك.ب أو غير موجودة أو غير صالحة
