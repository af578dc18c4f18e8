### الكلمات التي يضيفها البناء حول البيانات (العربية).

site-languages = اللغات
site-translated-from = مترجم من الإنجليزية.
site-source-link = قراءة النص الأصلي
site-coverage =
    { $total ->
        [zero] لا توجد مقاطع
        [one] { $translated } من مقطع واحد مترجم
        [two] { $translated } من مقطعين مترجمة
        [few] { $translated } من { $total } مقاطع مترجمة
        [many] { $translated } من { $total } مقطعًا مترجمة
       *[other] { $translated } من { $total } مقطع مترجمة
    }
site-outdated =
    قد تكون هذه الترجمة قديمة: { $changed ->
        [zero] لم يتغيّر أي مقطع
        [one] تغيّر مقطع واحد
        [two] تغيّر مقطعان
        [few] تغيّرت { $changed } مقاطع
        [many] تغيّر { $changed } مقطعًا
       *[other] تغيّر { $changed } مقطع
    } من النص الأصلي بعد ترجمته.
site-held-back = لم يُترجَم هذا البيان بعد (المترجَم: { $percent }٪)؛ يُعرض النص الإنجليزي الأصلي.
site-index-title = البيانات المترجمة
site-dashboard = حالة الترجمة: رسوم بيانية وترجمات قديمة
site-statement = البيان
site-held-back-mark = غير منشور
site-stale-mark = { $count } قديمة
site-stale-block = تغيّر النص الأصلي بعد هذه الترجمة
site-newer = الأحدث
site-older = الأقدم
site-page = الصفحة { $page } من { $pages }
site-grid-search = تصفية
site-grid-search-hint = العنوان أو المسار
site-grid-language = اللغة
site-grid-any-language = كل اللغات
site-grid-state = الحالة
site-grid-any-state = كل الحالات
site-grid-state-complete = مكتملة
site-grid-state-partial = قيد الترجمة
site-grid-state-untranslated = لم تبدأ
site-grid-state-stale = قديمة
site-grid-state-held = دون عتبة النشر
site-grid-state-off = لا تُترجَم
site-grid-rows = { $first }–{ $last } من { $total }
site-grid-none = لا توجد نتائج مطابقة.
site-grid-pages = الصفحات
site-grid-previous = السابق
site-grid-next = التالي
site-grid-sort = رتّب حسب هذا العمود
site-grid-date = التاريخ
site-contents = المحتويات
