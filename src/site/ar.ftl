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
