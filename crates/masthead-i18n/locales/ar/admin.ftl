# لوحة إدارة غرفة الأخبار.

## الإطار
admin-nav-label = غرفة الأخبار
admin-nav-dashboard = لوحة التحكم
admin-nav-articles = المقالات
admin-nav-comments = التعليقات
admin-nav-settings = الإعدادات
admin-nav-privacy = الخصوصية
admin-nav-federation = الفدرالية
admin-sign-out = تسجيل الخروج
admin-error-label = خطأ:
admin-fix-fields = لم يُحفظ شيء. يُرجى تصحيح الحقول المشار إليها أدناه.
admin-view = عرض
admin-cancel = إلغاء
admin-newer = الأحدث
admin-older = الأقدم
admin-page-of = الصفحة { $page } من { $pages }

## تسجيل الدخول
admin-login-title = تسجيل الدخول
admin-login-heading = تسجيل الدخول إلى { $site }
admin-login-name = اسم المستخدم
admin-login-password = كلمة المرور
admin-login-submit = دخول
admin-login-too-many = محاولات دخول كثيرة جدًا. يُرجى الانتظار دقيقة ثم المحاولة مرة أخرى.
admin-login-expired = انتهت صلاحية نموذج الدخول هذا أو أنه لم يصدر عن هذا الموقع. يُرجى المحاولة مرة أخرى.
admin-login-wrong = اسم المستخدم أو كلمة المرور غير صحيحة.
admin-csrf-expired = انتهت صلاحية هذا النموذج أو أنه لم يصدر عن هذا الموقع. ارجع وأعد تحميل الصفحة ثم حاول مرة أخرى.
admin-role-refused = لا يسمح دورك ({ $role }) بهذا الإجراء.
admin-role-admin = مدير
admin-role-editor = محرر
admin-role-moderator = مشرف

## لوحة التحكم
admin-dashboard-title = لوحة التحكم
admin-dashboard-articles = { $count ->
    [zero] { $n } مقالات منشورة
    [one] { $n } مقالة منشورة
    [two] { $n } مقالتان منشورتان
    [few] { $n } مقالات منشورة
    [many] { $n } مقالة منشورة
   *[other] { $n } مقالة منشورة
}
admin-dashboard-pending = قيد الانتظار
admin-dashboard-approved = موافَق عليها
admin-dashboard-spam = مزعجة
admin-dashboard-trash = في سلة المهملات
admin-chart-heading = التعليقات يوميًا
admin-chart-title = { $days ->
    [zero] التعليقات يوميًا: { $total } في المجموع
    [one] التعليقات يوميًا، آخر يوم: { $total } في المجموع
    [two] التعليقات يوميًا، آخر يومين: { $total } في المجموع
    [few] التعليقات يوميًا، آخر { $days } أيام: { $total } في المجموع
    [many] التعليقات يوميًا، آخر { $days } يومًا: { $total } في المجموع
   *[other] التعليقات يوميًا، آخر { $days } يوم: { $total } في المجموع
}
admin-chart-bar = { $count ->
    [zero] لا تعليقات في { $date }
    [one] تعليق واحد في { $date }
    [two] تعليقان في { $date }
    [few] { $count } تعليقات في { $date }
    [many] { $count } تعليقًا في { $date }
   *[other] { $count } تعليق في { $date }
}
admin-chart-max = { $max } في اليوم كحد أقصى
admin-dashboard-latest = أحدث التعليقات قيد الانتظار
admin-dashboard-nothing-pending = لا شيء ينتظر الإشراف.
admin-comment-on = { $author } على { $article }:
admin-moderate = إشراف

## طابور الإشراف
admin-comments-title = التعليقات
admin-status-pending = قيد الانتظار
admin-status-approved = الموافَق عليها
admin-status-spam = المزعجة
admin-status-trash = سلة المهملات
admin-queue-by-status = التعليقات حسب الحالة
admin-queue-picks = مختارات المحررين
admin-queue-all = الكل
admin-queue-search = بحث
admin-queue-article-id = رقم المقالة
admin-queue-filter = تصفية
admin-queue-shortcuts = لوحة المفاتيح: { $a } للموافقة، { $s } مزعج، { $t } سلة المهملات، { $j }/{ $k } التالي/السابق، { $x } للتحديد، { $help } لعرض كل المفاتيح.
admin-queue-with-selected = مع المحدَّد:
admin-action-approve = موافقة
admin-action-unapprove = إلغاء الموافقة
admin-action-mark-spam = وسم كمزعج
admin-action-move-trash = نقل إلى سلة المهملات
admin-action-restore = استعادة
admin-action-pick = من مختارات المحررين
admin-action-unpick = إزالة من المختارات
admin-action-delete = حذف نهائي
admin-action-trust = موافقة والثقة بهذا الكاتب
admin-action-spam = مزعج
admin-action-trash = إلى سلة المهملات
admin-action-edit = تحرير
admin-queue-apply = تطبيق
admin-queue-empty = لا توجد تعليقات هنا.
admin-queue-select = تحديد التعليق { $id }
admin-row-pending = قيد الانتظار
admin-row-approved = موافَق عليه
admin-row-spam = مزعج
admin-row-trash = في سلة المهملات
admin-queue-on = على { $article }
admin-queue-held-because = حُجز للسبب التالي: { $reason }
admin-queue-reported = { $count ->
    [zero] لم يبلّغ عنه أي قارئ
    [one] أبلغ عنه قارئ واحد
    [two] أبلغ عنه قارئان
    [few] أبلغ عنه { $count } قرّاء
    [many] أبلغ عنه { $count } قارئًا
   *[other] أبلغ عنه { $count } قارئ
}
admin-queue-edited = { $count ->
    [zero] عدّله كاتبه (لا نسخ سابقة)
    [one] عدّله كاتبه (نسخة سابقة واحدة)
    [two] عدّله كاتبه (نسختان سابقتان)
    [few] عدّله كاتبه ({ $count } نسخ سابقة)
    [many] عدّله كاتبه ({ $count } نسخة سابقة)
   *[other] عدّله كاتبه ({ $count } نسخة سابقة)
}
admin-queue-replaced = استُبدل في { $date }:
admin-queue-reply = الرد باسم التحرير
admin-queue-reply-label = ردّك (يُنشر فورًا)
admin-queue-reply-label-approves = ردّك (يُنشر فورًا، ويوافق على هذا التعليق)
admin-queue-publish-reply = نشر الرد
admin-queue-bad-ids = يجب أن تكون أرقام التعليقات أعدادًا.
admin-queue-one-reply = يُرجى الرد على تعليق واحد في كل مرة.
admin-queue-bad-article = يجب أن يكون رقم المقالة عددًا

## تحرير تعليق
admin-edit-title = تحرير التعليق { $id }
admin-edit-name = الاسم
admin-edit-website = الموقع الإلكتروني
admin-edit-comment = التعليق
admin-edit-save = حفظ التعليق

## المقالات
admin-articles-title = المقالات
admin-articles-new = كتابة مقالة
admin-articles-empty = لا توجد مقالات بعد.
admin-articles-headline = العنوان
admin-articles-state = الحالة
admin-articles-date = التاريخ
admin-articles-comments = التعليقات
admin-articles-page = (صفحة)
admin-articles-thread-of = (نقاش { $page })
admin-articles-thread-of-closed = (نقاش { $page }، مغلق)
admin-articles-pending = { $count ->
    [zero] (لا شيء قيد الانتظار)
    [one] (واحد قيد الانتظار)
    [two] (اثنان قيد الانتظار)
    [few] ({ $count } قيد الانتظار)
    [many] ({ $count } قيد الانتظار)
   *[other] ({ $count } قيد الانتظار)
}
admin-state-draft = مسودة
admin-state-scheduled = مجدولة
admin-state-published = منشورة

## محرر المقالات
admin-editor-edit = تحرير المقالة
admin-editor-new = كتابة مقالة
admin-editor-view = عرض المقالة
admin-editor-headline = العنوان
admin-editor-standfirst = المقدمة
admin-editor-byline = سطر الكاتب
admin-editor-body = النص (Markdown)
admin-editor-photo = الصورة
admin-editor-remove-photo = إزالة هذه الصورة
admin-editor-photo-replace = استبدالها بـ (JPEG أو PNG أو WebP، حتى 20 ميغابايت)
admin-editor-photo-upload = رفع صورة (JPEG أو PNG أو WebP، حتى 20 ميغابايت)
admin-editor-photo-alt = وصف لقارئات الشاشة
admin-editor-photo-caption = التعليق على الصورة
admin-editor-photo-credit = حقوق الصورة (الوكالة)
admin-editor-contributors = المساهمون، واحد في كل سطر
admin-editor-source-name = مصدر المقالة
admin-editor-source-url = رابط المصدر
admin-editor-slug = الاسم اللطيف (العنوان: /articles/الاسم)
admin-editor-slug-placeholder = يُشتق من العنوان
admin-editor-slug-note = يبقى العنوان القديم صالحًا بعد تغييره.
admin-editor-publish-at = وقت النشر ({ $timezone }؛ فارغ للنشر الآن، ووقت لاحق للجدولة)
admin-editor-comments-open = يمكن للقراء التعليق
admin-editor-update = تحديث
admin-editor-save-draft = حفظ المسودة
admin-editor-preview = معاينة
admin-editor-publish-changes = نشر التغييرات
admin-editor-publish = نشر
admin-editor-unpublish = إلغاء النشر
admin-editor-saved = حُفظت.
admin-editor-published = نُشرت: المقالة على الموقع.
admin-editor-scheduled = جُدولت: تظهر المقالة في وقت نشرها.
admin-editor-unpublished = أُلغي النشر: عادت المقالة مسودة وأُزيلت من الموقع.
admin-editor-slug-taken = توجد مقالة أخرى بالاسم اللطيف «{ $slug }». اختر اسمًا آخر.
admin-editor-unknown-action = إجراء محرر غير معروف.
admin-editor-bad-photo-token = مرجع الصورة المحتفظ بها غير صالح.

## الإعدادات
admin-settings-title = الإعدادات
admin-settings-saved = حُفظت الإعدادات.
admin-settings-allowed-html = وسوم HTML المسموح بها في التعليقات
admin-settings-allowed-html-change = (تُغيَّر بالأمر { $command })
admin-settings-save = حفظ الإعدادات
admin-settings-unknown-language = لغة غير معروفة «{ $value }». اختر واحدة من: { $list }.
admin-setting-site-title = عنوان الموقع
admin-setting-site-description = وصف الموقع
admin-setting-site-language = لغة الموقع
admin-setting-site-url = العنوان العام (https://news.example.com)
admin-setting-articles-per-page = عدد المقالات في الصفحة
admin-setting-comments-thread-depth = عمق الردود
admin-setting-comments-page-comments = التعليقات الرئيسية في الصفحة (0: كلها في صفحة واحدة)
admin-setting-comments-default-page = الصفحة المعروضة أولًا: newest (الأحدث) أو oldest (الأقدم)
admin-setting-comments-trust-after = عدد التعليقات المعتمدة (بالاسم والبريد الإلكتروني نفسيهما) التي يحتاجها المعلّق قبل أن تُنشر تعليقاته دون مراجعة (0: لا يُحجز أي معلّق جديد)
admin-setting-comments-hold-all = حجز كل تعليق للإشراف
admin-setting-comments-max-links = حجز التعليقات التي فيها هذا العدد من الروابط (0: أبدًا)
admin-setting-comments-moderation-words = كلمات الإشراف (حجز)، واحدة في كل سطر
admin-setting-comments-disallowed-words = الكلمات الممنوعة (مزعج)، واحدة في كل سطر
admin-setting-comments-flood-seconds = الثواني بين تعليقين من العنوان نفسه
admin-setting-comments-min-fill-seconds = أقل عدد من الثواني بين تحميل النموذج وإرساله
admin-setting-comments-close-after-days = إغلاق التعليقات على المقالات الأقدم من هذا العدد من الأيام (0: أبدًا)
admin-setting-comments-rest-anonymous = السماح بالتعليقات المجهولة عبر واجهة REST البرمجية
admin-setting-federation-enabled = المشاركة في الويب المفتوح: إشارات Webmention من المواقع الأخرى، وجعل الموقع حسابًا على ActivityPub يتابعه مستخدمو Mastodon وغيره ويردّون عليه
admin-setting-federation-username = اسم حساب الموقع على Fediverse (acct:NAME@host)
admin-setting-federation-staff-authors = كل كاتب من فريق التحرير حساب في الفيديفيرس أيضًا (اسم المستخدم الخاص به على مضيف الموقع): تصدر مقالاته عنه، ويعيد حساب الموقع نشرها
admin-setting-federation-blocked-domains = النطاقات التي تُرفض صفحاتها وخوادمها، بما فيها النطاقات الفرعية
admin-setting-comments-edit-minutes = الدقائق التي يمكن فيها للمعلّق تعديل تعليقه (0: أبدًا)
admin-setting-comments-report-threshold = عدد البلاغات التي تعيد التعليق إلى الطابور (تُحسب كل شبكة مرة واحدة؛ ويُحسب بلاغ القارئ الجديد نصفًا)
admin-setting-comments-avatars = عرض صور رمزية مولّدة بجانب التعليقات
admin-setting-privacy-ip-retention-days = أيام الاحتفاظ بعناوين IP للمعلّقين (0: إلى الأبد)
admin-setting-site-logo-url = شعار الناشر لمحركات البحث (عنوان أو /مسار؛ فارغ: شعار masthead)
admin-setting-site-robots = robots.txt (يمثّل { "{base}" } العنوان العام)
admin-setting-mail-from = مرسل الإشعارات (الاسم <العنوان>)
admin-setting-notify-moderator-emails = عناوين البريد الإلكتروني للمشرفين، تفصل بينها مسافات
admin-setting-notify-moderator-mode = بريد المشرفين: each (رسالة لكل تعليق محجوز) أو digest (ملخص كل ساعة)
admin-setting-notify-webhooks = عناوين خطافات الويب للتعليقات المحجوزة، تفصل بينها مسافات
admin-setting-notify-max-per-hour = أقصى عدد من الرسائل إلى عنوان واحد في الساعة
admin-setting-site-utc-offset-minutes = عدد الدقائق شرق التوقيت العالمي (UTC) للتواريخ والأوقات المعروضة (بالسالب: غربًا)
admin-setting-comments-require-previously-approved = حجز تعليقات المعلّق الجديد حتى يُعتمد أحد تعليقاته (المفتاح القديم لعدد التعليقات المعتمدة)
admin-setting-comments-form-max-age-hours = عدد الساعات التي يبقى فيها نموذج التعليق صالحًا بعد عرضه
admin-setting-embed-allowed-origins = المواقع التي يجوز لصفحاتها تضمين النقاشات (أصول مثل https://blog.example.org، تفصل بينها مسافات)
admin-setting-notify-webhook-secret = المفتاح الذي تُوقَّع به خطافات الويب (فارغ: مفتاح مشتق من سرّ الموقع)

## الخصوصية
admin-privacy-title = الخصوصية
admin-privacy-heading = البيانات الشخصية
admin-privacy-intro = كل ما يحفظه masthead عن المعلّق يُعثر عليه بعنوان بريده الإلكتروني: صدّره له أو امحه.
admin-privacy-email = عنوان البريد الإلكتروني
admin-privacy-export = تصدير البيانات الشخصية (JSON)
admin-privacy-erase = محو البيانات الشخصية
admin-privacy-anonymize = الإبقاء على التعليقات باسم «مجهول»، دون بريد إلكتروني أو موقع أو عنوان IP أو متصفح
admin-privacy-delete = حذف التعليقات (تبقى الردود عليها)
admin-privacy-confirm = أدرك أنه لا يمكن التراجع عن هذا
admin-privacy-retention = { $count ->
    [0] تُحفظ عناوين IP إلى الأبد (الإعداد { $key }).
    [zero] تُحفظ عناوين IP إلى الأبد (الإعداد { $key }).
    [one] تُحفظ عناوين IP يومًا واحدًا ثم تُمحى تلقائيًا (الإعداد { $key }).
    [two] تُحفظ عناوين IP يومين ثم تُمحى تلقائيًا (الإعداد { $key }).
    [few] تُحفظ عناوين IP مدة { $count } أيام ثم تُمحى تلقائيًا (الإعداد { $key }).
    [many] تُحفظ عناوين IP مدة { $count } يومًا ثم تُمحى تلقائيًا (الإعداد { $key }).
   *[other] تُحفظ عناوين IP مدة { $count } يوم ثم تُمحى تلقائيًا (الإعداد { $key }).
}
admin-privacy-need-email = يُرجى إدخال عنوان البريد الإلكتروني للمعلّق.
admin-privacy-need-confirm = حدّد «أدرك أنه لا يمكن التراجع عن هذا» للمحو.
admin-privacy-unknown-erasure = طريقة محو غير معروفة.
admin-privacy-unknown-action = إجراء غير معروف.
admin-privacy-deleted = { $count ->
    [zero] لم يُحذف أي تعليق لـ { $email }.
    [one] حُذف تعليق واحد لـ { $email }.
    [two] حُذف تعليقان لـ { $email }.
    [few] حُذفت { $count } تعليقات لـ { $email }.
    [many] حُذف { $count } تعليقًا لـ { $email }.
   *[other] حُذف { $count } تعليق لـ { $email }.
}
admin-privacy-anonymised = { $count ->
    [zero] لم يُجهَّل أي تعليق لـ { $email }.
    [one] جُهِّل تعليق واحد لـ { $email }.
    [two] جُهِّل تعليقان لـ { $email }.
    [few] جُهِّلت { $count } تعليقات لـ { $email }.
    [many] جُهِّل { $count } تعليقًا لـ { $email }.
   *[other] جُهِّل { $count } تعليق لـ { $email }.
}

## أسباب الحجز
admin-reason-hold-all = كل تعليق يُحجز للإشراف
admin-reason-first-comments = من أوائل التعليقات بهذا الاسم وهذا البريد الإلكتروني (المعتمد حتى الآن: { $approved } من { $needed })
admin-reason-honeypot = مُلئ حقل المصيدة المخفي
admin-reason-no-token = أُرسل دون رمز النموذج
admin-reason-edited-after-approval = عُدِّل بعد أن وافق عليه مشرف
admin-reason-deleted-by-author = حذفه كاتبه
admin-reason-moderation-word = يحتوي على كلمة الإشراف «{ $word }»
admin-reason-disallowed-word = يحتوي على الكلمة الممنوعة «{ $word }»
admin-reason-links = يحتوي على { $count } روابط (الحد { $limit })
admin-reason-reported = { $count ->
    [zero] لم يبلّغ عنه أي قارئ ({ $kinds })
    [one] أبلغ عنه قارئ واحد ({ $kinds })
    [two] أبلغ عنه قارئان ({ $kinds })
    [few] أبلغ عنه { $count } قرّاء ({ $kinds })
    [many] أبلغ عنه { $count } قارئًا ({ $kinds })
   *[other] أبلغ عنه { $count } قارئ ({ $kinds })
}

## Article editor: refused fields and photos
admin-editor-headline-missing = يُرجى كتابة عنوان للمقالة.
admin-editor-headline-too-long = العنوان أطول من الحد المسموح به ({ $limit } حرف).
admin-editor-slug-invalid = استخدم من 1 إلى 200 من الحروف اللاتينية الصغيرة والأرقام والشرطات المفردة، على ألا تكون الشرطة في البداية أو النهاية.
admin-editor-field-too-long = الحقل «{ $field }» أطول من الحد المسموح به ({ $limit } حرف).
admin-editor-body-too-large = النص أكبر من الحد المسموح به ({ $limit } كيلوبايت).
admin-editor-contributors-invalid = اذكر { $count } مساهمًا على الأكثر، ولا يتجاوز اسم كل منهم { $limit } حرف.
admin-editor-source-url-invalid = يجب أن يبدأ عنوان المصدر بـ http:// أو https://.
admin-editor-source-name-missing = اذكر اسم المصدر الذي يشير إليه الرابط.
admin-editor-publish-at-invalid = اكتب التاريخ والوقت بالصيغة YYYY-MM-DD HH:MM، أو اترك الحقل فارغًا للنشر الآن.
admin-photo-too-large = الصورة أكبر من الحد المسموح به ({ $limit } ميغابايت).
admin-photo-not-an-image = الملف ليس صورة بصيغة JPEG أو PNG أو WebP.
admin-photo-too-many-pixels = عدد بكسلات الصورة كبير جدًا: الحد الأقصى { $side } بكسل للضلع و{ $megapixels } ميغابكسل.
admin-photo-unreadable = تعذّرت قراءة الصورة: { $reason }

## Settings: refused values
admin-settings-bad-value = يجب أن تكون قيمة { $key } { $expected }، لا «{ $value }».
admin-settings-unknown-key = إعداد غير معروف «{ $key }» (الإعدادات الموجودة: { $known }).
admin-expected-number = عددًا من { $min } إلى { $max }
admin-expected-bool = «true» أو «false»
admin-expected-username = من 1 إلى 30 محرفًا من بين a-z و0-9 و_
admin-expected-domains = أسماء نطاقات تفصل بينها مسافات، مثل spam.example
admin-expected-minutes-between = عددًا من الدقائق بين { $min } و{ $max }
admin-expected-seconds = عددًا من الثواني من { $min } إلى { $max }
admin-expected-hours = عددًا من الساعات من { $min } إلى { $max }
admin-expected-days-never = عددًا من الأيام من { $min } (أبدًا) إلى { $max }
admin-expected-days-forever = عددًا من الأيام من { $min } (إلى الأبد) إلى { $max }
admin-expected-trust-after = عددًا من { $min } (لا يُحجز أي معلّق جديد) إلى { $max }
admin-expected-comments-per-page = عددًا من { $min } (الكل في صفحة واحدة) إلى { $max }
admin-expected-edit-minutes = عددًا من الدقائق من { $min } (دون تعديل) إلى { $max }
admin-expected-http-address = عنوانًا يبدأ بـ http:// أو https://
admin-expected-address-or-path = عنوانًا يبدأ بـ http:// أو https:// أو مسارًا مثل /media/logo.png
admin-expected-newest-oldest = «newest» (الأحدث) أو «oldest» (الأقدم)
admin-expected-each-digest = «each» (كل رسالة على حدة) أو «digest» (ملخص)
admin-expected-origins = أصولًا تفصل بينها مسافات، مثل https://blog.example.org
admin-expected-sender = عنوان بريد إلكتروني مثل news@example.org أو التحرير <news@example.org>
admin-expected-emails = عناوين بريد إلكتروني تفصل بينها مسافات
admin-expected-urls = عناوين تبدأ بـ http:// أو https:// تفصل بينها مسافات
admin-expected-language = أحد الرموز { $list }
admin-allowlist-unsafe-tag = «{ $tag }» ليس وسمًا يمكن السماح به في التعليقات (المسموح: { $list }).
admin-allowlist-unsafe-attribute = لا يمكن السماح بالخاصية «{ $attribute }» في <{ $tag }> في التعليقات (المسموح: { $list }).
admin-allowlist-syntax = تعذّرت قراءة الوسوم المسموح بها قرب «{ $near }»: اكتبها هكذا: a[href,title] b i.

## Comment queue: refused requests
admin-queue-unknown-status = حالة تعليق غير معروفة «{ $status }».
admin-queue-unknown-action = إجراء إشراف غير معروف «{ $action }».

## The spam filter: its score and what weighed most, in the queue
admin-reason-filter = مرشّح الرسائل المزعجة: مزعج على الأرجح بنسبة { $score }
filter-towards-spam = { $clue } ← مزعج
filter-towards-ham = { $clue } ← غير مزعج
filter-clue-word = الكلمة «{ $value }»
filter-clue-phrase = الكلمات «{ $value }»
filter-clue-domain = رابط إلى { $value }
# $count: 3 stands for 3 or more.
filter-clue-links = الروابط: { $count }
filter-clue-shouting = أحرف كبيرة
filter-clue-punctuation = «!!» أو «??»
filter-clue-website = ذُكر موقع ويب
filter-clue-name-digits = أرقام في الاسم
filter-clue-approved = تعليقات سابقة معتمدة: { $count }
filter-clue-spammed = تعليقات سابقة عُلّمت مزعجة: { $count }
filter-clue-trashed = تعليقات سابقة في المهملات: { $count }
admin-queue-sort-filter = درجة المرشّح
admin-setting-moderation-filter = مرشّح الرسائل المزعجة (off أو advise أو auto)
admin-setting-moderation-filter-ham-to-spam = أعلى نسبة من التعليقات السليمة قد يرسلها المرشّح إلى المزعج
admin-setting-moderation-filter-spam-shown = أعلى نسبة من الرسائل المزعجة قد ينشرها المرشّح
admin-expected-filter = off أو advise أو auto
admin-expected-rate = نسبة مئوية من 0.0001% إلى 50%، مثل 0.1%
admin-queue-sort = الترتيب حسب
admin-queue-sort-newest = الأحدث
admin-setting-moderation-proof-of-work = طلب إثبات عمل عندما يتردد المرشّح (off أو when_unsure)
admin-expected-proof-of-work = off أو when_unsure
admin-reason-no-proof = مال المرشّح إلى النشر لكن لم يصل إثبات عمل (هل JavaScript معطّل؟)
admin-setting-moderation-flood-per-minute = عدد التعليقات في الدقيقة الذي يُعدّ سيلاً: عندها يحتاج كل تعليق من قادم جديد إلى إثبات عمل (0: أبدًا)
admin-reason-sanction-ban = كاتبه محظور
admin-reason-sanction-suspend = كاتبه موقوف مؤقتًا
admin-reason-sanction-shadow = كاتبه محظور حظرًا خفيًا: لا يراه غيره
admin-reason-sanction-premoderate = كاتبه يخضع دائمًا للإشراف المسبق
admin-reason-recent-rejections = { $count ->
    [zero] رُفض { $rejected } من تعليقات كاتبه الأخيرة التي خضعت للإشراف
    [one] رُفض { $rejected } من آخر تعليق لكاتبه خضع للإشراف
    [two] رُفض { $rejected } من آخر تعليقين لكاتبه خضعا للإشراف
    [few] رُفض { $rejected } من آخر { $count } تعليقات لكاتبه خضعت للإشراف
    [many] رُفض { $rejected } من آخر { $count } تعليقًا لكاتبه خضعت للإشراف
   *[other] رُفض { $rejected } من آخر { $count } تعليق لكاتبه خضعت للإشراف
}
admin-setting-comments-recent-history = عدد التعليقات الأخيرة للكاتب التي تُحسب عليها نسبة الرفض (0: معطّل)
admin-setting-comments-recent-rejection-rate = نسبة الرفض (%) بين تلك التعليقات التي تعيد الكاتب إلى الإشراف المسبق
admin-nav-commenters = المعلّقون
admin-action-ban = حظر الكاتب
admin-commenters-title = المعلّقون
admin-commenters-heading = المعلّقون
admin-commenters-show = عرض
admin-commenters-names = الأسماء المستخدمة
admin-commenters-reports = بلاغات القراء
admin-commenters-first-seen = أول ظهور
admin-commenters-last-seen = آخر ظهور
admin-commenters-trusted = موثوق لدى فريق التحرير
admin-commenters-in-force = العقوبة السارية
admin-commenters-comments = تعليقاته في الطابور
admin-commenters-sanction = العقوبة
admin-commenters-target = بريد إلكتروني أو عنوان IP أو نطاق CIDR أو @نطاق
admin-commenters-reason = السبب
admin-commenters-days = عدد الأيام (مطلوب للإيقاف المؤقت؛ وإلا تسري العقوبة حتى رفعها)
admin-commenters-history = العقوبات على هذا المعلّق
admin-commenters-active = العقوبات السارية
admin-commenters-none = لا توجد عقوبات.
admin-commenters-kind = العقوبة
admin-commenters-set = فُرضت
admin-commenters-until = حتى
admin-commenters-state = الحالة
admin-commenters-lifted-by = رفعها { $name }
admin-commenters-ended = انتهت
admin-sanction-ban = حظر
admin-sanction-suspend = إيقاف مؤقت
admin-sanction-premoderate = إشراف مسبق دائمًا
admin-sanction-shadow = حظر خفي
admin-sanction-clear = رفع العقوبة
admin-yes = نعم
admin-no = لا
admin-editor-sections = الأقسام (المعرّفات النصية للتصنيفات، مفصولة بفواصل)
admin-editor-sections-invalid = اكتب الأقسام بحروف وأرقام وشرطات وشرطات سفلية، وافصل بينها بفواصل.
admin-keys-heading = اختصارات لوحة المفاتيح
admin-keys-next = التعليق التالي
admin-keys-previous = التعليق السابق
admin-keys-approve = موافقة
admin-keys-spam = وسم كمزعج
admin-keys-trash = نقل إلى سلة المهملات
admin-keys-unapprove = إلغاء الموافقة (إعادة إلى الطابور)
admin-keys-pick = من مختارات المحررين (مع الموافقة عليه)
admin-keys-reply = الرد
admin-keys-ban = حظر الكاتب (اضغط مرتين)
admin-keys-select = تحديد لإجراء جماعي
admin-keys-help = إظهار هذه القائمة أو إخفاؤها
admin-keys-failed = لم يتم الإجراء: أعد تحميل الصفحة ثم حاول مرة أخرى.
admin-keys-ban-again = اضغط B مرة أخرى لحظر كاتب هذا التعليق.
admin-keys-done-approve = تمت الموافقة على التعليق { $ids }.
admin-keys-done-unapprove = عاد التعليق { $ids } إلى الطابور.
admin-keys-done-spam = وُسم التعليق { $ids } كمزعج.
admin-keys-done-trash = نُقل التعليق { $ids } إلى سلة المهملات.
admin-keys-done-pick = أُضيف التعليق { $ids } إلى مختارات المحررين.
admin-keys-done-ban = حُظر كاتب التعليق { $ids }، ووُسم التعليق كمزعج.
admin-reason-hook = ردّ مصنّف غرفة الأخبار بـ { $verdict }: { $reason }
admin-reason-hook-unanswered = لم يُجب مصنّف غرفة الأخبار في الوقت المحدد
admin-setting-moderation-hook-url = المصنّف الخاص بغرفة الأخبار، يُستشار في كل تعليق قبل حفظه (عنوان؛ فارغ: لا شيء)
admin-setting-moderation-hook-timeout-ms = المهلة بالملّي ثانية الممنوحة للمصنّف قبل أن يُحجز التعليق
admin-expected-hook-url = عنوانًا واحدًا يبدأ بـ http:// أو https://، أو لا شيء
admin-queue-sort-oldest = الأقدم
admin-queue-sort-reported = الأكثر إبلاغًا
admin-queue-sort-article = المقالة
admin-queue-reason = سبب الحجز
admin-queue-reason-any = أي سبب
admin-queue-reason-first-comments = التعليقات الأولى
admin-queue-reason-links = الروابط
admin-queue-reason-moderation-word = كلمة إشراف
admin-queue-reason-no-form-token = غياب رمز النموذج
admin-queue-reason-hold-all = حجز كل التعليقات
admin-queue-reason-reported = بلاغات القراء
admin-queue-reason-filter = مرشّح الرسائل المزعجة
admin-queue-reason-no-proof = غياب إثبات العمل
admin-queue-reason-recent-rejections = حالات رفض حديثة
admin-queue-reason-sanctioned = كاتب خاضع لعقوبة
admin-queue-reason-hook = مصنّف غرفة الأخبار
admin-queue-section = القسم
admin-setting-notify-chat-webhooks = خطافات ويب للدردشة (Slack وMattermost وMatrix) تُبلَّغ بكل تعليق محجوز، مع روابط للموافقة أو الوسم كمزعج (عناوين تفصل بينها مسافات)
admin-queue-reason-hook-unanswered = لم يُجب المصنّف
admin-nav-notices = الإشعارات
admin-notices-title = الإشعارات والتظلّمات
admin-notices-intro = إشعارات القراء بمحتوى غير قانوني (قانون الخدمات الرقمية للاتحاد الأوروبي) والتظلّمات من قرارات الإزالة. عند الإزالة يُرسل بيان الأسباب إلى كاتب التعليق؛ ويراجع التظلّم شخص غير الذي اتخذ القرار.
admin-notices-open = الإشعارات المفتوحة
admin-notices-none = لا توجد إشعارات مفتوحة.
admin-notices-number = الإشعار { $id }
admin-notices-by = من { $name }
admin-notices-anonymous = قارئ مجهول
admin-notices-comment = التعليق { $id }
admin-notices-remove = الإزالة لأنه غير قانوني
admin-notices-keep = الإبقاء عليه
admin-notices-appeals = التظلّمات
admin-notices-no-appeals = لا توجد تظلّمات بانتظار المراجعة.
admin-notices-statement = بيان الأسباب { $id }
admin-notices-decided-by = صاحب القرار: { $name }
admin-notices-uphold = تأييد القرار
admin-notices-reverse = إلغاء القرار ونشر التعليق

# The editor's live desk (issue 29).
admin-live-title = التغطية المباشرة
admin-live-never = لم تحظَ هذه المقالة بتغطية مباشرة بعد.
admin-live-since = تغطية مباشرة منذ { $time }: تتلقى الصفحات المفتوحة كل تحديث فور نشره.
admin-live-ended = انتهت التغطية المباشرة في { $time }.
admin-live-start = بدء التغطية المباشرة
admin-live-end = إنهاء التغطية المباشرة
admin-live-entry = تحديث جديد (HTML أو Markdown)
admin-live-post = نشر التحديث
admin-live-recent = أحدث التحديثات
admin-live-switched-on = التغطية المباشرة مفعّلة: تعرض المقالة شارة «مباشر» وتحديثاتها.
admin-live-switched-off = انتهت التغطية المباشرة.
admin-live-posted = نُشر التحديث: وصل الآن إلى الصفحات المفتوحة.
admin-live-bad-switch = لا يمكن إلا تفعيل التغطية المباشرة أو تعطيلها.

## The wire desk's sources (checked alike from the CLI and the admin)
wire-source-bad-name = { $max ->
    [zero] يحتاج المصدر إلى اسم من حرف واحد إلى { $max } حرف، في سطر واحد.
    [one] يحتاج المصدر إلى اسم من حرف واحد، في سطر واحد.
    [two] يحتاج المصدر إلى اسم من حرف واحد إلى حرفين، في سطر واحد.
    [few] يحتاج المصدر إلى اسم من حرف واحد إلى { $max } أحرف، في سطر واحد.
    [many] يحتاج المصدر إلى اسم من حرف واحد إلى { $max } حرفًا، في سطر واحد.
   *[other] يحتاج المصدر إلى اسم من حرف واحد إلى { $max } حرف، في سطر واحد.
}
wire-source-bad-url = «{ $url }» ليس عنوان http أو https.
wire-source-bad-credit = { $max ->
    [zero] لا يمكن أن يحتوي نص الإسناد على أي حرف.
    [one] يجب ألا يتجاوز نص الإسناد حرفًا واحدًا، في سطر واحد.
    [two] يجب ألا يتجاوز نص الإسناد حرفين، في سطر واحد.
    [few] يجب ألا يتجاوز نص الإسناد { $max } أحرف، في سطر واحد.
    [many] يجب ألا يتجاوز نص الإسناد { $max } حرفًا، في سطر واحد.
   *[other] يجب ألا يتجاوز نص الإسناد { $max } حرف، في سطر واحد.
}
wire-source-bad-every = { $max ->
    [zero] تتراوح الفترة بين دقيقة واحدة و{ $max } دقيقة.
    [one] الفترة دقيقة واحدة.
    [two] تتراوح الفترة بين دقيقة واحدة ودقيقتين.
    [few] تتراوح الفترة بين دقيقة واحدة و{ $max } دقائق.
    [many] تتراوح الفترة بين دقيقة واحدة و{ $max } دقيقة.
   *[other] تتراوح الفترة بين دقيقة واحدة و{ $max } دقيقة.
}
## The wire desk page
admin-nav-wire = مكتب الوكالات
admin-wire-title = مكتب الوكالات
admin-wire-stories = الأخبار
admin-wire-intro = أخبار الوكالات، الأحدث تغييرًا أولًا. الخبر الذي أرسلته عدة مصادر يُدرج مرة واحدة، تحت أول مصدر وصل منه.
admin-wire-filter-source = المصدر
admin-wire-filter-any-source = كل المصادر
admin-wire-filter-state = الحالة
admin-wire-filter-any-state = أي حالة
admin-wire-filter = تصفية
admin-wire-empty = لا توجد أخبار في المكتب.
admin-wire-state-new = جديد
admin-wire-state-published = منشور
admin-wire-state-dismissed = مستبعد
admin-wire-state-withdrawn = مسحوب
admin-wire-from = من { $source }
admin-wire-also-from = ومن { $source } أيضًا
admin-wire-received = ورد في { $time }
admin-wire-updated = حُدّث في { $time }
admin-wire-version = النسخة { $version }
admin-wire-publish = نشر
admin-wire-edit = تحرير
admin-wire-preview = معاينة
admin-wire-dismiss = استبعاد
admin-wire-sources = مصادر الوكالات
admin-wire-no-sources = لا توجد مصادر بعد: أضف مصدرًا أدناه.
admin-wire-source-name = الاسم
admin-wire-source-url = العنوان
admin-wire-source-publish = الأخبار الجديدة
admin-wire-source-every = يُجلب كل
admin-wire-source-polled = آخر جلب
admin-wire-source-error = آخر خطأ
admin-wire-source-actions = الإجراءات
admin-wire-publish-draft = تنتظر في المكتب
admin-wire-publish-now = تُنشر فورًا
admin-wire-every = { $minutes ->
    [zero] { $minutes } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}
admin-wire-never-polled = لم يُجلب بعد
admin-wire-poll-now = اجلب الآن
admin-wire-remove = إزالة
admin-wire-add = إضافة مصدر وكالة
admin-wire-add-name = الاسم
admin-wire-add-url = عنوان الخلاصة
admin-wire-add-credit = الإسناد (إن تُرك فارغًا: اسم المصدر)
admin-wire-add-every = الجلب كل (بالدقائق)
admin-wire-add-publish = الأخبار الجديدة
admin-wire-add-submit = إضافة المصدر
admin-wire-done-published = نُشر الخبر.
admin-wire-done-scheduled = سيُنشر الخبر عند رفع الحظر عنه.
admin-wire-done-dismissed = استُبعد الخبر: لن تُنشر نسخه اللاحقة.
admin-wire-done-polled = سيُجلب المصدر خلال 15 ثانية.
admin-wire-done-added = أُضيف المصدر: سيُجلب خلال 15 ثانية.
admin-wire-done-removed = أُزيل المصدر. تبقى مقالاته.
admin-wire-name-taken = يوجد مصدر باسم «{ $name }» مسبقًا.
admin-wire-bad-publish = الأخبار الجديدة إما تنتظر في المكتب وإما تُنشر فورًا.
admin-wire-not-new = لا يمكن النشر من المكتب إلا لخبر جديد.
admin-wire-cannot-publish = لا يمكن نشر هذا الخبر: مقالته حُذفت أو سُحبت.
admin-wire-cannot-dismiss = لا يمكن استبعاد إلا خبر جديد أو مسحوب.
admin-editor-versions = النسخ السابقة
admin-editor-version-wire-update = حلّت محلها نسخة الوكالة المحدّثة
admin-editor-version-edited = حلّ محلها تعديل من المحرر

## The federation page (/admin/federation)
admin-federation-title = الفدرالية
admin-federation-account = حساب الموقع على Fediverse: { $account }
admin-federation-off = الفدرالية معطّلة (federation.enabled): لا تُستقبل إشارات Webmention ولا يمكن لأحد متابعة الموقع.
admin-federation-followers = { $count ->
    [zero] لا متابعين
    [one] متابع واحد
    [two] متابعان
    [few] { $count } متابعين
    [many] { $count } متابعًا
   *[other] { $count } متابع
}
admin-federation-none = لا شيء بعد.
admin-federation-handle = الحساب
admin-federation-since = يتابع منذ
admin-federation-deliveries = أحدث عمليات التسليم
admin-federation-activity = النشاط
admin-federation-inbox = صندوق الوارد
admin-federation-state = الحالة
admin-federation-answer = الرد
admin-federation-tries = المحاولات
admin-federation-when = متى
admin-federation-problems = إشارات ومنشورات لم تُقبل
admin-federation-source = المصدر
admin-federation-target = الهدف
admin-federation-via = عبر
