# ما يقوله سطر الأوامر للناس.

## المقالات
cli-article-added = أُضيفت المقالة { $id }: { $path }
cli-article-slug-taken = توجد مقالة بالاسم اللطيف «{ $slug }» مسبقًا
cli-demo-loaded = حُمّلت المقالة التجريبية: { $path }
cli-demo-skipped = في قاعدة البيانات مقالات مسبقًا؛ لم يُحمَّل المحتوى التجريبي

## التعليقات
cli-comments-approve = { $count ->
    [zero] لم تتم الموافقة على أي تعليق: { $ids }
    [one] تمت الموافقة على تعليق واحد: { $ids }
    [two] تمت الموافقة على تعليقين: { $ids }
    [few] تمت الموافقة على { $count } تعليقات: { $ids }
    [many] تمت الموافقة على { $count } تعليقًا: { $ids }
   *[other] تمت الموافقة على { $count } تعليق: { $ids }
}
cli-comments-unapprove = { $count ->
    [zero] لم تُلغَ الموافقة على أي تعليق: { $ids }
    [one] أُلغيت الموافقة على تعليق واحد: { $ids }
    [two] أُلغيت الموافقة على تعليقين: { $ids }
    [few] أُلغيت الموافقة على { $count } تعليقات: { $ids }
    [many] أُلغيت الموافقة على { $count } تعليقًا: { $ids }
   *[other] أُلغيت الموافقة على { $count } تعليق: { $ids }
}
cli-comments-spam = { $count ->
    [zero] لم يُوسم أي تعليق كمزعج: { $ids }
    [one] وُسم تعليق واحد كمزعج: { $ids }
    [two] وُسم تعليقان كمزعجين: { $ids }
    [few] وُسمت { $count } تعليقات كمزعجة: { $ids }
    [many] وُسم { $count } تعليقًا كمزعج: { $ids }
   *[other] وُسم { $count } تعليق كمزعج: { $ids }
}
cli-comments-not-spam = { $count ->
    [zero] لم يُوسم أي تعليق كغير مزعج: { $ids }
    [one] وُسم تعليق واحد كغير مزعج: { $ids }
    [two] وُسم تعليقان كغير مزعجين: { $ids }
    [few] وُسمت { $count } تعليقات كغير مزعجة: { $ids }
    [many] وُسم { $count } تعليقًا كغير مزعج: { $ids }
   *[other] وُسم { $count } تعليق كغير مزعج: { $ids }
}
cli-comments-trash = { $count ->
    [zero] لم يُنقل أي تعليق إلى سلة المهملات: { $ids }
    [one] نُقل تعليق واحد إلى سلة المهملات: { $ids }
    [two] نُقل تعليقان إلى سلة المهملات: { $ids }
    [few] نُقلت { $count } تعليقات إلى سلة المهملات: { $ids }
    [many] نُقل { $count } تعليقًا إلى سلة المهملات: { $ids }
   *[other] نُقل { $count } تعليق إلى سلة المهملات: { $ids }
}
cli-comments-restore = { $count ->
    [zero] لم يُستعد أي تعليق: { $ids }
    [one] استُعيد تعليق واحد: { $ids }
    [two] استُعيد تعليقان: { $ids }
    [few] استُعيدت { $count } تعليقات: { $ids }
    [many] استُعيد { $count } تعليقًا: { $ids }
   *[other] استُعيد { $count } تعليق: { $ids }
}
cli-comments-delete = { $count ->
    [zero] لم يُحذف أي تعليق: { $ids }
    [one] حُذف تعليق واحد: { $ids }
    [two] حُذف تعليقان: { $ids }
    [few] حُذفت { $count } تعليقات: { $ids }
    [many] حُذف { $count } تعليقًا: { $ids }
   *[other] حُذف { $count } تعليق: { $ids }
}
cli-comments-trust = { $count ->
    [zero] لم تتم الموافقة على أي تعليق: { $ids }
    [one] تمت الموافقة على تعليق واحد والثقة بكاتبه: { $ids }
    [two] تمت الموافقة على تعليقين والثقة بكاتبيهما: { $ids }
    [few] تمت الموافقة على { $count } تعليقات والثقة بكتّابها: { $ids }
    [many] تمت الموافقة على { $count } تعليقًا والثقة بكتّابها: { $ids }
   *[other] تمت الموافقة على { $count } تعليق والثقة بكتّابها: { $ids }
}
cli-comments-pick = { $count ->
    [zero] لم يُضف أي تعليق إلى مختارات المحررين: { $ids }
    [one] أُضيف تعليق واحد إلى مختارات المحررين: { $ids }
    [two] أُضيف تعليقان إلى مختارات المحررين: { $ids }
    [few] أُضيفت { $count } تعليقات إلى مختارات المحررين: { $ids }
    [many] أُضيف { $count } تعليقًا إلى مختارات المحررين: { $ids }
   *[other] أُضيف { $count } تعليق إلى مختارات المحررين: { $ids }
}
cli-comments-unpick = { $count ->
    [zero] لم يُزل أي تعليق من مختارات المحررين: { $ids }
    [one] أُزيل تعليق واحد من مختارات المحررين: { $ids }
    [two] أُزيل تعليقان من مختارات المحررين: { $ids }
    [few] أُزيلت { $count } تعليقات من مختارات المحررين: { $ids }
    [many] أُزيل { $count } تعليقًا من مختارات المحررين: { $ids }
   *[other] أُزيل { $count } تعليق من مختارات المحررين: { $ids }
}
cli-comments-none = لا توجد تعليقات
cli-comments-nothing-moderated = لم يخضع شيء للإشراف بعد
cli-column-status = الحالة
cli-column-date = التاريخ
cli-column-author = الكاتب
cli-column-email = البريد الإلكتروني
cli-column-why-held = سبب الحجز
cli-column-text = النص
cli-status-pending = قيد الانتظار
cli-status-approved = موافَق عليه
cli-status-spam = مزعج
cli-status-trash = في سلة المهملات

## الإعدادات
cli-settings-unknown = إعداد غير معروف «{ $key }» (الإعدادات المعروفة: { $known })
cli-settings-unknown-language = لغة غير معروفة «{ $value }» (المتاحة: { $list })

## المستخدمون
cli-password-prompt = كلمة المرور:
cli-password-repeat = أعد كتابة كلمة المرور:
cli-password-unreadable = تعذّرت قراءة كلمة المرور
cli-password-differ = كلمتا المرور مختلفتان؛ لم يتغير شيء
cli-user-exists = يوجد مستخدم باسم «{ $name }» مسبقًا
cli-user-missing = لا يوجد مستخدم باسم «{ $name }»
cli-user-added = { $role ->
    [admin] أُضيف المدير { $name }
    [editor] أُضيف المحرر { $name }
   *[moderator] أُضيف المشرف { $name }
}
cli-password-changed = غُيّرت كلمة مرور { $name }
cli-app-password-note = كلمة مرور التطبيق «{ $label }» للمستخدم { $name }: استخدمها مع مصادقة HTTP Basic ‏({ $name }:كلمة المرور)؛ لن تُعرض مرة أخرى
cli-no-random = لم يقدّم النظام أي أعداد عشوائية
cli-users-none = لا يوجد مستخدمون
cli-role-admin = مدير
cli-role-editor = محرر
cli-role-moderator = مشرف

## الخصوصية
cli-privacy-not-email = «{ $email }» ليس عنوان بريد إلكتروني
cli-privacy-deleted = { $count ->
    [zero] لم يُحذف أي تعليق لـ { $email }
    [one] حُذف تعليق واحد لـ { $email }
    [two] حُذف تعليقان لـ { $email }
    [few] حُذفت { $count } تعليقات لـ { $email }
    [many] حُذف { $count } تعليقًا لـ { $email }
   *[other] حُذف { $count } تعليق لـ { $email }
}
cli-privacy-anonymised = { $count ->
    [zero] لم يُجهَّل أي تعليق لـ { $email }
    [one] جُهِّل تعليق واحد لـ { $email }
    [two] جُهِّل تعليقان لـ { $email }
    [few] جُهِّلت { $count } تعليقات لـ { $email }
    [many] جُهِّل { $count } تعليقًا لـ { $email }
   *[other] جُهِّل { $count } تعليق لـ { $email }
}

## الاستيراد والتصدير
cli-import-dry-run = تجربة استيراد { $file }: لم يُحفظ شيء. كان سيُستورد:
cli-imported = استُورد { $file }:
cli-import-failed = { $file }: { $error }؛ لم يُستورد شيء
cli-import-failed-at = { $file }، { $place }: { $error }؛ لم يُستورد شيء
cli-import-failed-plain = فشل الاستيراد؛ لم يُستورد شيء
cli-import-commit-failed = تعذّر إتمام الاستيراد
cli-place = السطر { $line }، العمود { $column }
cli-place-byte = البايت { $offset }
cli-import-no-version = تحذير: لا يحتوي { $file } على <wp:wxr_version>؛ قُرئ كتصدير من ووردبريس لأنه يستخدم مجال أسماء تصدير ووردبريس
cli-import-unmatched = نقاشات لا تطابق أي مقالة (استخدم ‎--map-prefix FROM=TO):
cli-import-unmatched-thread = { $count ->
    [zero] { $link } (لا تعليقات)
    [one] { $link } (تعليق واحد)
    [two] { $link } (تعليقان)
    [few] { $link } ({ $count } تعليقات)
    [many] { $link } ({ $count } تعليقًا)
   *[other] { $link } ({ $count } تعليق)
}
cli-summary-articles = المقالات: { $articles } جديدة، الصفحات: { $pages } جديدة، مستوردة سابقًا: { $already }
cli-summary-comments = التعليقات: { $total } جديدة ({ $by_status })، منها { $pingbacks } إشعارات تتبّع؛ مستوردة سابقًا: { $already }
cli-summary-none = لا شيء
cli-summary-status = { $status ->
    [approved] { $count } موافَق عليها
    [pending] { $count } قيد الانتظار
    [spam] { $count } مزعجة
   *[trash] { $count } في سلة المهملات
}
cli-summary-more = الكتّاب: { $authors }، التصنيفات والوسوم: { $terms }، المرفقات: { $attachments } (منها { $photos } صور للمقالات)، العناوين القديمة المُعاد توجيهها: { $redirects }
cli-summary-threads = نقاشات لصفحات خارجية: { $threads } جديدة
cli-summary-skipped-nothing = المتجاوَز: لا شيء
cli-summary-skipped = المتجاوَز:
cli-exported = { $count ->
    [zero] لم تُصدَّر أي مقالة إلى { $file }
    [one] صُدّرت مقالة أو صفحة واحدة إلى { $file }
    [two] صُدّرت مقالتان أو صفحتان إلى { $file }
    [few] صُدّرت { $count } مقالات وصفحات إلى { $file }
    [many] صُدّرت { $count } مقالة وصفحة إلى { $file }
   *[other] صُدّرت { $count } مقالة وصفحة إلى { $file }
}
cli-site-flag = يأخذ ‎--site عنوان الموقع، مثل https://blog.example.org، وليس «{ $value }»
cli-map-prefix-flag = يأخذ ‎--map-prefix الصيغة FROM=TO، وليس «{ $value }»
cli-article-not-found = لا توجد مقالة بالمعرّف «{ $slug }»
cli-article-closed = التعليقات على «{ $slug }» مغلقة
cli-article-opened = التعليقات على «{ $slug }» مفتوحة
cli-sanction-ban = حُظر { $target }
cli-sanction-suspend = أُوقف { $target } مؤقتًا
cli-sanction-premoderate = كل تعليق جديد من { $target } يُحجز حتى يراجعه مشرف
cli-sanction-shadow = التعليقات الجديدة من { $target } تذهب إلى الرسائل المزعجة، ولا يراها إلا كاتبها
cli-sanction-until = (حتى { $date })
cli-sanction-lifted = رُفعت في { $date }
cli-sanction-cleared = رُفعت العقوبة عن { $target }
cli-sanction-none = لا توجد عقوبة سارية على { $target }
cli-sanctions-none = لا توجد عقوبات
cli-column-kind = العقوبة
cli-column-target = على
cli-column-until = حتى
cli-column-set-by = فرضها
cli-column-reason = السبب
cli-commenter-names = الأسماء
cli-commenter-reports = البلاغات
cli-commenter-first-seen = أول ظهور
cli-commenter-last-seen = آخر ظهور
cli-commenter-trusted = موثوق
cli-commenter-sanction = العقوبة السارية
cli-yes = نعم
cli-no = لا
cli-user-may-not-moderate = لا يحق للحساب «{ $name }» الإشراف على التعليقات
cli-live-on = التغطية المباشرة للمقالة «{ $slug }» مفعّلة
cli-live-off = التغطية المباشرة للمقالة «{ $slug }» معطّلة
cli-live-entry-added = أُضيف التحديث { $id }: { $path }

## masthead wire
cli-wire-added = أُضيف مصدر الوكالة «{ $name }»: { $url }
cli-wire-name-taken = يوجد مصدر وكالة باسم «{ $name }» مسبقًا
cli-wire-none = لا توجد مصادر وكالات بعد: أضف مصدرًا بالأمر masthead wire add URL --name NAME
cli-wire-never-polled = لم يُجلب بعد
cli-wire-last-error = فشل آخر جلب: { $error }
cli-wire-last-polled = آخر جلب في { $at }
cli-wire-every = { $minutes ->
    [zero] كل { $minutes } دقيقة
    [one] كل دقيقة
    [two] كل دقيقتين
    [few] كل { $minutes } دقائق
    [many] كل { $minutes } دقيقة
   *[other] كل { $minutes } دقيقة
}
cli-wire-missing = لا يوجد مصدر وكالة باسم «{ $name }»
cli-wire-removed = أُزيل مصدر الوكالة «{ $name }» (تبقى مقالاته)
cli-wire-busy = عملية أخرى تجلب الأخبار من مصادر الوكالات ولم تنتهِ خلال 10 دقائق
cli-wire-some-failed = تعذّر الجلب من بعض المصادر
cli-wire-poll-failed = { $name }: لم يُجلب: { $error }
cli-wire-not-modified = { $name }: لا جديد (304 Not Modified)
cli-wire-polled = { $name }: المنشورة: { $published }، المسودات الجديدة: { $drafts }، المحدَّثة: { $updated }، المسحوبة: { $withdrawn }، دون تغيير: { $unchanged }
cli-wire-refused = لم يُقبل: { $why }
cli-article-corrected = أصبح التصحيح تحت عنوان «{ $slug }»
