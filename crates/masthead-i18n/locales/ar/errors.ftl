# الرفض وصفحات الخطأ: نموذج التعليق، ورسائل (`message`) واجهة REST،
# والتضمين (كلماته ورسائل واجهته).

## حقول نموذج التعليق (بصياغة ووردبريس)

error-required-fields = الرجاء ملء الحقول المطلوبة.
error-invalid-email = الرجاء إدخال عنوان بريد إلكتروني صالح.
error-comment-required = الرجاء كتابة نص تعليقك.
error-name-too-long = اسمك طويل جدًا.
error-email-too-long = عنوان بريدك الإلكتروني طويل جدًا.
error-url-too-long = عنوان موقعك طويل جدًا.
error-comment-too-long = تعليقك طويل جدًا.
error-bad-url = الرجاء إدخال عنوان موقع يبدأ بـ http:// أو https://.

## رفض التعليق

error-article-not-found = عذرًا، لم يُعثر على هذه المقالة.
error-comments-closed = عذرًا، التعليقات مغلقة على هذا العنصر.
error-parent-not-approved = عذرًا، لا يُسمح بالرد على تعليقات لم تتم الموافقة عليها.
error-comment-not-found = لا يوجد تعليق بالرقم { $id }.
error-check-form = الرجاء مراجعة النموذج.
error-duplicate = تم اكتشاف تعليق مكرر؛ يبدو أنك قلت ذلك من قبل!
error-invalid-token = تعذّر التحقق من النموذج. الرجاء إعادة تحميل الصفحة ونشر تعليقك مرة أخرى.
error-expired-token = انتهت صلاحية هذا النموذج. الرجاء مراجعة تعليقك ونشره مرة أخرى.
error-too-fast = كان ذلك أسرع مما يستغرقه أي شخص لكتابة تعليق. الرجاء الانتظار لحظة ثم النشر مرة أخرى.
error-flood = أنت تنشر التعليقات بسرعة كبيرة. تمهّل قليلًا.
error-label = خطأ:
error-fix-fields = لم يُنشر تعليقك. الرجاء تصحيح الحقول المشار إليها أدناه.
error-not-posted = لم يُنشر تعليقك.

## تعديل تعليق أو التوصية به أو الإبلاغ عنه

error-no-such-comment = لا يوجد تعليق كهذا.
error-not-yours = لا يمكنك تغيير إلا تعليقاتك.
error-edit-window-closed = { $count ->
    [zero] لا يمكن تعديل التعليقات بعد نشرها؛ ولم يعد من الممكن تغيير هذا التعليق.
    [one] يمكن تعديل التعليقات خلال دقيقة واحدة من نشرها؛ ولم يعد من الممكن تغيير هذا التعليق.
    [two] يمكن تعديل التعليقات خلال دقيقتين من نشرها؛ ولم يعد من الممكن تغيير هذا التعليق.
    [few] يمكن تعديل التعليقات خلال { $count } دقائق من نشرها؛ ولم يعد من الممكن تغيير هذا التعليق.
    [many] يمكن تعديل التعليقات خلال { $count } دقيقة من نشرها؛ ولم يعد من الممكن تغيير هذا التعليق.
   *[other] يمكن تعديل التعليقات خلال { $count } دقيقة من نشرها؛ ولم يعد من الممكن تغيير هذا التعليق.
}
error-too-many-edits = { $count ->
    [zero] لا يمكن تعديل التعليقات؛ ولم يعد من الممكن تغيير هذا التعليق.
    [one] يمكن تعديل التعليق مرة واحدة؛ ولم يعد من الممكن تغيير هذا التعليق.
    [two] يمكن تعديل التعليق مرتين؛ ولم يعد من الممكن تغيير هذا التعليق.
    [few] يمكن تعديل التعليق { $count } مرات؛ ولم يعد من الممكن تغيير هذا التعليق.
    [many] يمكن تعديل التعليق { $count } مرة؛ ولم يعد من الممكن تغيير هذا التعليق.
   *[other] يمكن تعديل التعليق { $count } مرة؛ ولم يعد من الممكن تغيير هذا التعليق.
}
error-check-comment = الرجاء مراجعة التعليق.
error-not-approved = لا يمكن التوصية أو الإبلاغ إلا عن التعليقات الموافق عليها.
error-unknown-reason = الرجاء اختيار سبب الإبلاغ عن هذا التعليق من القائمة.
error-report-too-long = { $count ->
    [zero] لا يمكن أن يحتوي التوضيح على أي حرف.
    [one] يجب ألا يتجاوز التوضيح حرفًا واحدًا.
    [two] يجب ألا يتجاوز التوضيح حرفين.
    [few] يجب ألا يتجاوز التوضيح { $count } أحرف.
    [many] يجب ألا يتجاوز التوضيح { $count } حرفًا.
   *[other] يجب ألا يتجاوز التوضيح { $count } حرف.
}

## الإشراف

error-select-comments = اختر تعليقًا واحدًا على الأقل.
error-moderation-not-found = لا يوجد تعليق بالرقم { $ids }؛ ولم يُغيَّر أي شيء.

## صفحات خارج masthead (التضمين)

error-origin-not-allowed = لا يُسمح لصفحات { $origin } بتضمين تعليقات هذا الموقع.
error-foreign-form = أُرسل هذا النموذج من موقع آخر، لذا لم يتغيّر شيء. للتعليق أو التوصية أو الإبلاغ، استخدم النموذج في صفحة هذا الموقع نفسها.
error-page-url-invalid = عنوان الصفحة ليس عنوان http(s) صالحًا.
error-page-url-too-long = { $count ->
    [zero] عنوان الصفحة طويل جدًا.
    [one] عنوان الصفحة أطول من حرف واحد.
    [two] عنوان الصفحة أطول من حرفين.
    [few] عنوان الصفحة أطول من { $count } أحرف.
    [many] عنوان الصفحة أطول من { $count } حرفًا.
   *[other] عنوان الصفحة أطول من { $count } حرف.
}
error-page-url-credentials = لا يجوز أن يحتوي عنوان الصفحة على اسم مستخدم أو كلمة مرور.
error-thread-url-missing = حدّد الصفحة المراد مناقشتها: /thread?url=العنوان

## التخزين كما يراه الناس

error-conflict = هذا الاسم مستخدم بالفعل.
error-unstorable = لا يجوز أن يحتوي النص على محارف NUL.
error-server = تعذّر على الخادم إتمام هذا الطلب. الرجاء المحاولة مرة أخرى بعد لحظات.

## صفحات الخطأ

error-title-page-not-found = الصفحة غير موجودة
error-no-page = لا توجد صفحة على هذا العنوان.
error-no-page-hint = لا توجد صفحة على هذا العنوان. ربما نُقلت، أو ربما كُتب الرابط خطأً.
error-front-page = الانتقال إلى الصفحة الرئيسية
error-front-page-latest = { $link } لقراءة أحدث المقالات.
error-title-not-found = غير موجود
error-title-refused = تعذّرت معالجة هذا الطلب
error-title-server = حدث خطأ ما
error-title-too-many = طلبات كثيرة جدًا
error-too-many-wait = { $count ->
    [zero] الرجاء المحاولة مرة أخرى.
    [one] الرجاء الانتظار ثانية واحدة ثم المحاولة مرة أخرى.
    [two] الرجاء الانتظار ثانيتين ثم المحاولة مرة أخرى.
    [few] الرجاء الانتظار { $count } ثوانٍ ثم المحاولة مرة أخرى.
    [many] الرجاء الانتظار { $count } ثانية ثم المحاولة مرة أخرى.
   *[other] الرجاء الانتظار { $count } ثانية ثم المحاولة مرة أخرى.
}
error-bad-request = تعذّر فهم الطلب.
error-too-large = الطلب أكبر مما يقبله هذا العنوان.
error-form-too-large = النموذج أكبر مما تقبله هذه الصفحة ({ $count } ميغابايت إجمالًا).
error-form-type = يجب إرسال النماذج بصيغة application/x-www-form-urlencoded.
error-form-field-repeated = أُرسل حقل النموذج «{ $name }» أكثر من مرة.
error-form-not-number = يجب أن يكون حقل النموذج «{ $name }» عددًا صحيحًا موجبًا.
error-form-field-not-utf8 = حقل النموذج «{ $name }» ليس نصًا صالحًا بترميز UTF-8.
error-form-not-utf8 = يحتوي النموذج على نص ليس صالحًا بترميز UTF-8.
error-form-nul = يحتوي النموذج على محرف NUL.
error-form-part-unnamed = أحد أجزاء النموذج بلا اسم.
error-form-unreadable = تعذّرت قراءة النموذج.
error-bad-order = لا يمكن عرض التعليقات بهذا الترتيب.
error-bad-comment-page = يجب أن تكون صفحة التعليقات رقم صفحة.

## واجهة التضمين

error-param-url-required = عنوان الصفحة مطلوب.
error-param-page = يجب أن تكون الصفحة رقمًا من 1 فصاعدًا.
error-param-per-page = يجب أن يكون عدد التعليقات في الصفحة بين 1 و100.
error-param-comment-id = هذا ليس رقم تعليق.
error-param-counts-none = حدّد عنوان صفحة واحدًا على الأقل.
error-param-counts-many = { $count ->
    [zero] لا تحدّد أي عنوان صفحة.
    [one] حدّد عنوان صفحة واحدًا على الأكثر.
    [two] حدّد عنواني صفحتين على الأكثر.
    [few] حدّد { $count } عناوين صفحات على الأكثر.
    [many] حدّد { $count } عنوان صفحة على الأكثر.
   *[other] حدّد { $count } عنوان صفحة على الأكثر.
}
error-no-thread = لا يوجد نقاش حول هذه الصفحة بعد.
error-no-discussion-page = لا توجد صفحة كهذه في النقاش.
error-embed-server = حدث خطأ من جهتنا. الرجاء المحاولة مرة أخرى.
error-not-json = أرسل محتوى الطلب بصيغة application/json.
error-bad-json = محتوى الطلب ليس ما يتوقعه هذا العنوان.
error-invalid-reader = رمز القارئ هذا لم يصدر عن هذا الموقع.
error-rate-limited = طلبات كثيرة جدًا من عنوانك. الرجاء الانتظار لحظة.

## كلمات التضمين

error-embed-load-failed = تعذّر تحميل التعليقات.
error-embed-send-failed = تعذّر إرسال التعليق. الرجاء المحاولة مرة أخرى.
error-embed-recommended = موصى به
error-embed-retry = لم ينجح ذلك. الرجاء المحاولة مرة أخرى.
error-embed-failed = لم ينجح ذلك.
error-embed-report-question = لماذا ينبغي أن يطّلع عليه المشرفون؟
error-embed-reason-spam = رسائل مزعجة أو إعلان
error-embed-reason-abusive = مسيء أو يحض على الكراهية أو التحرش
error-embed-reason-off-topic = خارج الموضوع
error-embed-reason-misinformation = كاذب أو مضلِّل
error-embed-reason-other = سبب آخر
error-embed-send-report = إرسال البلاغ
error-embed-report-thanks = شكرًا لك: سيطّلع عليه المشرفون.
error-embed-report-failed = لم يُرسل البلاغ.
error-embed-edit-label = تعديل تعليقك
error-embed-save = حفظ التغييرات
error-embed-delete = حذف
error-embed-delete-confirm = هل تريد حذف تعليقك؟
error-embed-more = تحميل مزيد من التعليقات

## رسائل واجهة REST (بصياغة ووردبريس)

error-rest-internal = تعذّر على الخادم إتمام هذا الطلب.
error-rest-invalid-comment-id = معرّف التعليق غير صالح.
error-rest-invalid-post-id = معرّف المقالة غير صالح.
error-rest-no-post = عذرًا، غير مسموح لك بإنشاء هذا التعليق دون مقالة.
error-rest-no-route = لم يتم العثور على مسار يطابق الرابط وطريقة الطلب.
error-rest-invalid-param = معامل (معاملات) غير صالحة: { $params }
error-rest-forbidden-param = معامل الاستعلام غير مسموح به: { $params }
error-rest-content-invalid = محتوى التعليق غير صالح.
error-rest-author-required = يتطلب إنشاء تعليق اسم كاتب وبريدًا إلكترونيًا صالحين.
error-rest-invalid-email = عنوان البريد الإلكتروني غير صالح.
error-rest-too-long = أحد حقول التعليق يتجاوز الطول الأقصى المسموح به.
error-rest-no-search-term = يجب تحديد عبارة بحث للترتيب حسب الصلة.
error-rest-page-too-large = رقم الصفحة المطلوب أكبر من عدد الصفحات المتاحة.
error-rest-bad-password = كلمة المرور المقدمة ليست كلمة مرور تطبيق صالحة.
error-rest-invalid-json = تم تمرير محتوى JSON غير صالح.
error-rest-already-trashed = تم نقل التعليق إلى سلة المهملات بالفعل.
error-rest-forbidden-context = عذرًا، غير مسموح لك بتحرير المقالات من هذا النوع.
error-rest-cannot-read = عذرًا، غير مسموح لك بقراءة هذا التعليق.
error-rest-cannot-create = عذرًا، غير مسموح لك بإنشاء مقالات بصفتك هذا المستخدم.
error-rest-cannot-edit = عذرًا، غير مسموح لك بتحرير هذه المقالة.
error-rest-cannot-edit-comment = عذرًا، غير مسموح لك بتحرير هذا التعليق.
error-rest-cannot-delete-comment = عذرًا، غير مسموح لك بحذف هذا التعليق.
error-rest-content-type = أرسل التعليق بصيغة application/json أو application/x-www-form-urlencoded.
error-rest-login-required = عذرًا، يجب تسجيل الدخول للتعليق.
error-rest-comment-exists = لا يمكن إنشاء تعليق موجود.
error-rest-forbidden = عذرًا، غير مسموح لك بفعل ذلك.
error-rest-comment-type = لا يمكن إنشاء تعليق من هذا النوع.
error-rest-create-failed = فشل إنشاء التعليق.
error-banned = لم يعد بإمكانك التعليق على هذا الموقع.
error-suspended = لا يمكنك التعليق على هذا الموقع حتى { $date }.
error-sanction-target = «{ $target }» ليس عنوان بريد إلكتروني ولا عنوان IP ولا نطاق CIDR ولا @نطاق.
error-sanction-kind = عقوبة غير معروفة «{ $kind }» (المتوقع: ban أو suspend أو shadow أو premoderate).
error-sanction-reason = { $max ->
    [zero] لا يمكن أن يحتوي السبب على أي حرف.
    [one] يجب ألا يتجاوز السبب حرفًا واحدًا.
    [two] يجب ألا يتجاوز السبب حرفين.
    [few] يجب ألا يتجاوز السبب { $max } أحرف.
    [many] يجب ألا يتجاوز السبب { $max } حرفًا.
   *[other] يجب ألا يتجاوز السبب { $max } حرف.
}
error-sanction-days = { $max ->
    [zero] لا يمكن الإيقاف المؤقت لأي مدة.
    [one] يدوم الإيقاف المؤقت يومًا واحدًا.
    [two] يدوم الإيقاف المؤقت من يوم واحد إلى يومين.
    [few] يدوم الإيقاف المؤقت من يوم واحد إلى { $max } أيام.
    [many] يدوم الإيقاف المؤقت من يوم واحد إلى { $max } يومًا.
   *[other] يدوم الإيقاف المؤقت من يوم واحد إلى { $max } يوم.
}
error-outside-desk = التعليق { $ids } خارج أقسامك؛ ولم يُغيَّر أي شيء.
error-hook-refused = لم يُقبل هذا التعليق: { $reason }
error-live-since = يجب أن يكون موضع البث المباشر رقم تغيير.
error-live-full = يستقبل هذا الخادم أكبر عدد يمكنه من قرّاء البث المباشر؛ وستعيد الصفحة المحاولة بعد قليل.
live-error-not-found = لا توجد مقالة كهذه.
live-error-empty = يجب أن يحتوي التحديث على بعض الكلمات.
live-error-too-long = يجب ألا يتجاوز التحديث 64 كيلوبايت.

## تصحيح يكتبه محرر
correction-error-note = { $max ->
    [zero] يحتاج التصحيح إلى ملاحظة من حرف واحد إلى { $max } حرف.
    [one] يحتاج التصحيح إلى ملاحظة من حرف واحد.
    [two] يحتاج التصحيح إلى ملاحظة من حرف واحد إلى حرفين.
    [few] يحتاج التصحيح إلى ملاحظة من حرف واحد إلى { $max } أحرف.
    [many] يحتاج التصحيح إلى ملاحظة من حرف واحد إلى { $max } حرفًا.
   *[other] يحتاج التصحيح إلى ملاحظة من حرف واحد إلى { $max } حرف.
}

## Webmention (أخطاء JSON التي تعيدها نقطة النهاية)

error-webmention-disabled = لا يستقبل هذا الموقع إشارات Webmention.
error-webmention-missing = المعاملان source وtarget مطلوبان كلاهما.
error-webmention-not-http = يجب أن يكون { $name } عنوانًا يبدأ بـ http:// أو https://.
error-webmention-too-long = طول { $name } يتجاوز 2048 حرفًا.
error-webmention-same = المصدر والهدف هما الصفحة نفسها.
error-webmention-not-ours = الهدف ليس مقالة على هذا الموقع.
error-webmention-blocked = لا يستقبل هذا الموقع إشارات Webmention من نطاق المصدر.
error-webmention-federated = المصدر منشور وارد من Fediverse؛ ويغيّره كاتبه هناك.

## ActivityPub (صندوق الوارد وWebFinger وNodeInfo)؛ تقرأ الخوادم الأخرى هذه الرسائل
error-activitypub-disabled = ActivityPub غير مفعّل على هذا الموقع.
error-activitypub-unknown = لا يوجد هنا حساب أو مقالة كهذه.
error-activitypub-blocked = لا يستقبل هذا الموقع أنشطة من ذلك المثيل.
error-activitypub-signature = لم يُقبل توقيع HTTP الخاص بالطلب: { $why }
error-activitypub-key = تعذّر جلب المفتاح الذي وُقّع به الطلب: { $why }
error-activitypub-actor = لم يوقّع فاعلُ النشاط عليه، أو أنه لا يملك ما يغيّره.
error-activitypub-malformed = هذا ليس نشاط ActivityPub يستطيع masthead قراءته: { $why }
error-activitypub-refused = لم يُقبل الرد: { $why }
error-activitypub-type = يجب إرسال الأنشطة بصيغة application/activity+json.
error-webfinger-resource = حدّد الحساب المراد البحث عنه: ?resource=acct:NAME@HOST.
