## الصفحة الرئيسية

home-page-title = الصفحة { $page }
latest-articles = أحدث المقالات
no-articles = لم تُنشر أي مقالات بعد.
more-articles = مزيد من المقالات
# The arrows point outwards in a right-to-left page.
older-articles = → مقالات أقدم
newer-articles = مقالات أحدث ←

## المقالة

byline = بقلم { $byline }
contributors-line = شارك في إعداد هذا التقرير: { $names }.
list-pair = { $first } و{ $last }
list-more = { $first }، { $rest }
article-source = مصدر المقالة: { $source }
article-comments-feed = { $site } » خلاصة التعليقات على «{ $title }»
preview-banner = معاينة: هكذا ستبدو المقالة. لم تُحفظ ولم تُنشر؛ أغلق علامة التبويب هذه للعودة إلى المحرر.
thread-source = النقاش حول { $link }، المنشور في موقع آخر.

## النقاش

comments-title = { $count ->
    [zero] لا توجد تعليقات على «{ $title }»
    [one] تعليق واحد على «{ $title }»
    [two] تعليقان على «{ $title }»
    [few] { $count } تعليقات على «{ $title }»
    [many] { $count } تعليقًا على «{ $title }»
   *[other] { $count } تعليق على «{ $title }»
}
comments-navigation = التنقل بين التعليقات
older-comments = تعليقات أقدم
newer-comments = تعليقات أحدث
comment-orders = ترتيب التعليقات
comment-order-oldest = الأقدم
comment-order-newest = الأحدث
comment-order-best = الأكثر توصية
comment-order-picks = مختارات المحررين
comment-order-all = كل التعليقات حسب الصفحات
editors-picks = مختارات المحررين
editors-pick = من اختيار المحررين
staff-badge = هيئة التحرير
comment-edited = (معدَّل)
# رد منشور على موقع آخر (Webmention): { $site } هو اسم مضيف ذلك الموقع.
comment-replied-on = ردّ منشور على { $site }
# الإعجابات وإعادات النشر والإشارات من مواقع أخرى، أسفل المقالة.
reactions-title = من أنحاء الويب
reaction-like = إعجاب من { $name }
reaction-repost = إعادة نشر من { $name }
reaction-mention = إشارة من { $name }
comment-awaiting-moderation = تعليقك بانتظار المراجعة.
reply = رد
reply-to-label = رد على { $name }
recommend = أوصِ به
recommend-label = أوصِ بتعليق { $name } ({ $count } حتى الآن)
report = أبلغ عنه
report-label = أبلغ عن تعليق { $name }
edit = تعديل
edit-label = عدّل تعليقك
comments-closed = التعليقات مغلقة.

## نموذج التعليق

leave-a-reply = اترك تعليقًا
leave-a-reply-to = اترك ردًا على { $name }
cancel-reply = إلغاء الرد
form-refused-label = خطأ:
form-refused-fields = لم يُنشر تعليقك. يُرجى تصحيح الحقول المشار إليها أدناه.
email-notes = لن يُنشر عنوان بريدك الإلكتروني.
required-fields-note = الحقول الإلزامية مشار إليها بـ { $star }
form-comment = التعليق
form-name = الاسم
form-email = البريد الإلكتروني
form-website = الموقع الإلكتروني
form-remember = احفظ اسمي وبريدي الإلكتروني وموقعي في هذا المتصفح لاستخدامها في المرة القادمة التي أعلّق فيها.
form-subscribe = أعلمني بالتعليقات الجديدة عبر البريد الإلكتروني.
allowed-tags = يمكنك استخدام وسوم { $html } وخصائصها التالية:
html-abbr-title = لغة ترميز النص التشعبي
post-comment = نشر التعليق
honeypot-label = اترك هذا الحقل فارغًا

## تعليقك: التعديل والحذف والإبلاغ

edit-comment-title = عدّل تعليقك
edit-comment-intro = على «{ $article }». يمكنك تغييره أو حذفه حتى { $until }.
save-changes = احفظ التغييرات
delete-comment = احذف هذا التعليق
report-comment-title = الإبلاغ عن تعليق
report-comment-intro = بقلم { $author }، على «{ $article }»:
report-why = لماذا ينبغي أن يطّلع عليه المشرفون؟
report-reason-spam = رسائل مزعجة أو إعلانات
report-reason-abusive = مسيء أو يحض على الكراهية أو يتضمن تحرشًا
report-reason-off-topic = خارج الموضوع
report-reason-misinformation = كاذب أو مضلل
report-reason-other = سبب آخر
report-details = ما ينبغي أن يعرفه المشرفون (اختياري)
send-report = أرسل البلاغ
report-sent-title = شكرًا لك
report-sent = أُرسل بلاغك إلى المشرفين.
comment-deleted-title = حُذف التعليق
comment-deleted = أُزيل تعليقك.
back-to-discussion = العودة إلى النقاش

## البحث

search-title = البحث
search-results-for = نتائج البحث عن «{ $query }»
search-results-for-page = نتائج البحث عن «{ $query }» – الصفحة { $page }
search-again = ابحث مجددًا
search-help = يجب أن تتطابق كل الكلمات. ضع العبارة بين «علامتي تنصيص»، واستخدم { $or } بين كلمتين لإحداهما، و{ $minus } قبل كلمة لاستبعادها.
search-no-match = لا توجد مقالات تطابق بحثك.
search-past-end = { $count ->
    [zero] لا مزيد من النتائج: لا توجد أي نتيجة.
    [one] لا مزيد من النتائج: توجد نتيجة واحدة إجمالًا.
    [two] لا مزيد من النتائج: توجد نتيجتان إجمالًا.
    [few] لا مزيد من النتائج: توجد { $count } نتائج إجمالًا.
    [many] لا مزيد من النتائج: توجد { $count } نتيجة إجمالًا.
   *[other] لا مزيد من النتائج: توجد { $count } نتيجة إجمالًا.
}
search-one-result = نتيجة واحدة
search-range = النتائج { $first }–{ $last } من { $total }
search-range-floor = النتائج { $first }–{ $last } من أكثر من { $total }
search-windowed = تُعرض أفضل النتائج من بين أحدث { $window } مقالة مطابقة: أضف كلمات لتضييق البحث.
more-results = مزيد من النتائج
older-results = مزيد من النتائج ←
newer-results = → النتائج السابقة
search-bad-page = يجب أن يكون رقم الصفحة ١ أو أكثر.


## الخصوصية

privacy-title = الخصوصية
privacy-kept-heading = ما نحتفظ به عندما تعلّق
privacy-kept = اسمك وعنوان بريدك الإلكتروني وموقعك الإلكتروني (إن ذكرته)، وتعليقك ووقت كتابته، وعنوان الحاسوب الذي كتبته منه (عنوان IP) واسم متصفحك (وكيل المستخدم). نستخدمها لعرض تعليقك، وللتعرف عليك عندما تعلّق مجددًا، ولمكافحة الرسائل المزعجة والإساءة.
privacy-email = { $never }: لا على الصفحة، ولا في الخلاصات، ولا في واجهات بيانات الموقع. الصورة الصغيرة بجانب التعليق مرسومة من رمز يُحسب من بريدك الإلكتروني بسرٍّ لا يعرفه إلا هذا الموقع؛ ولا يمكن استخراج عنوانك منه، ولا تُسأل عنه أي خدمة أخرى.
privacy-email-never = لا يُنشر عنوان بريدك الإلكتروني أبدًا
privacy-ip-days = { $days ->
    [zero] تُحفظ عناوين IP مدة { $days } يوم ثم تُحذف تلقائيًا.
    [one] تُحفظ عناوين IP يومًا واحدًا ثم تُحذف تلقائيًا.
    [two] تُحفظ عناوين IP يومين ثم تُحذف تلقائيًا.
    [few] تُحفظ عناوين IP مدة { $days } أيام ثم تُحذف تلقائيًا.
    [many] تُحفظ عناوين IP مدة { $days } يومًا ثم تُحذف تلقائيًا.
   *[other] تُحفظ عناوين IP مدة { $days } يوم ثم تُحذف تلقائيًا.
}
privacy-ip-kept = تُحفظ عناوين IP ما دام تعليقك محفوظًا.
privacy-cookies-heading = ملفات تعريف الارتباط وتخزين المتصفح
privacy-cookie-pending = { $cookie }: أي تعليقاتك بانتظار المراجعة، كي تراها أنت (وأنت وحدك). ٣٠ يومًا.
privacy-cookie-authored = { $minutes ->
    [zero] { $cookie }: التعليقات التي كتبتها للتو، كي تتمكن من تعديلها أو حذفها خلال { $minutes } دقيقة.
    [one] { $cookie }: التعليقات التي كتبتها للتو، كي تتمكن من تعديلها أو حذفها خلال دقيقة واحدة.
    [two] { $cookie }: التعليقات التي كتبتها للتو، كي تتمكن من تعديلها أو حذفها خلال دقيقتين.
    [few] { $cookie }: التعليقات التي كتبتها للتو، كي تتمكن من تعديلها أو حذفها خلال { $minutes } دقائق.
    [many] { $cookie }: التعليقات التي كتبتها للتو، كي تتمكن من تعديلها أو حذفها خلال { $minutes } دقيقة.
   *[other] { $cookie }: التعليقات التي كتبتها للتو، كي تتمكن من تعديلها أو حذفها خلال { $minutes } دقيقة.
}
privacy-cookie-reader = { $cookie }: رقم عشوائي يتيح لك التوصية بكل تعليق أو الإبلاغ عنه مرة واحدة. ويُحفظ أيضًا، دون أن يُعرض أبدًا، مع التعليقات التي تكتبها، كي تُحسب بلاغاتك أكثر بمجرد الموافقة على أحدها. سنة واحدة.
privacy-cookie-commenter = { $cookie }: اسمك وبريدك الإلكتروني وموقعك، فقط إذا اخترت «احفظ اسمي وبريدي الإلكتروني وموقعي في هذا المتصفح». سنة واحدة؛ ألغِ تحديد المربع في تعليقك القادم لإزالته.
privacy-embed-storage = في المواقع الأخرى التي تعرض تعليقات هذا الموقع، تُحفظ المعلومات نفسها في مساحة تخزين ذلك الموقع في متصفحك بدلًا من ملفات تعريف الارتباط.
privacy-rights-heading = حقوقك
privacy-rights = يمكنك طلب نسخة من كل ما يحتفظ به هذا الموقع عن عنوان بريدك الإلكتروني، أو طلب محوه (تُعرض تعليقاتك عندئذ باسم «مجهول»، أو تُحذف). راسل محرري الموقع؛ فبإمكانهم فعل أي من الأمرين ببضع نقرات.

## الخلاصات (RSS وAtom)

feed-site-comments = التعليقات على { $site }
feed-article-comments = التعليقات على: { $title }
feed-comment-on = تعليق على { $title } بقلم { $author }
feed-comment-by = بقلم: { $author }
comments-closed-on = أُغلقت التعليقات في { $date }.
notice-link = الإبلاغ عن محتوى غير قانوني (قانون الخدمات الرقمية للاتحاد الأوروبي)
notice-title = الإبلاغ عن محتوى غير قانوني
notice-intro = بموجب قانون الخدمات الرقمية للاتحاد الأوروبي، يمكنك إخطارنا بمحتوى تعتقد أنه غير قانوني. يُرجى توضيح السبب بأكبر قدر ممكن من الدقة؛ وسنفحصه ونتخذ قرارًا بشأنه.
notice-category = ما نوع هذا المحتوى غير القانوني؟
notice-category-illegal-or-harmful-speech = خطاب كراهية غير قانوني أو تحريض على الكراهية أو العنف
notice-category-violence = عنف أو تهديدات
notice-category-protection-of-minors = إلحاق الأذى بالقاصرين
notice-category-data-protection-and-privacy-violations = انتهاك الخصوصية أو البيانات الشخصية
notice-category-intellectual-property-infringements = تعدٍّ على الملكية الفكرية
notice-category-scams-and-fraud = احتيال أو نصب
notice-category-non-consensual-behaviour = محتوى نُشر دون موافقة
notice-category-risk-for-public-security = خطر على الأمن العام
notice-category-other = محتوى آخر غير قانوني
notice-ground-terms = شروط استخدام الموقع
notice-explanation = لماذا هو غير قانوني؟ (من 20 إلى 5000 حرف)
notice-name = اسمك (اختياري)
notice-email = عنوان بريدك الإلكتروني (اختياري: لتأكيد الاستلام ولإعلامك بقرارنا)
notice-good-faith = أؤكد بحسن نية أن المعلومات الواردة في هذا الإشعار دقيقة وكاملة.
notice-send = أرسل الإشعار
notice-sent-title = استُلم الإشعار
notice-sent = شكرًا لك. رقم إشعارك هو { $id }؛ وسنفحصه ونتخذ قرارًا بشأنه.
notice-error-category = يُرجى اختيار نوع المحتوى غير القانوني.
notice-error-explanation = يُرجى توضيح السبب في نص من 20 إلى 5000 حرف.
notice-error-name = يُرجى ذكر اسم لا يتجاوز 200 حرف.
notice-error-email = يُرجى إدخال عنوان بريد إلكتروني صالح، أو ترك الحقل فارغًا.
notice-error-good-faith = يُرجى تأكيد أنك تقدّم هذا الإشعار بحسن نية.
notice-error-decided = سبق أن اتُّخذ قرار في هذا الشأن.
notice-error-same-staff = يراجع التظلّم عضو آخر في هيئة التحرير غير الذي اتخذ القرار.
notice-error-link = هذا الرابط غير صالح.
notice-error-appeal = يُرجى توضيح أسباب تظلّمك في نص من 10 إلى 5000 حرف.
notice-facts = أبلغ الإشعار { $id } عن التعليق ضمن فئة «{ $category }»؛ ورأى أحد المشرفين أنه غير قانوني.
statement-title = بيان الأسباب
statement-decision = القرار
statement-decision-removed = أُزيل التعليق.
statement-decision-restricted = أُخفي التعليق عن القراء.
statement-facts-staff = رأى أحد المشرفين أن التعليق يخالف قواعد الموقع الخاصة بالتعليقات.
statement-facts-reports = أبلغ القراء عن التعليق؛ فأُخفي تلقائيًا إلى أن يراجعه أحد المشرفين.
statement-facts = الوقائع والملابسات
statement-ground = أساس القرار
statement-ground-law = محتوى غير قانوني بموجب القانون: { $category }
statement-automated = الوسائل الآلية
statement-automated-yes = استُخدمت وسائل آلية في اتخاذ هذا القرار.
statement-automated-no = لم تُستخدم أي وسائل آلية: اتخذ القرار شخص بشري.
statement-redress = كيفية التظلّم
statement-redress-text = يمكنك التظلّم أدناه في غضون ستة أشهر، وسيراجع القرار عضو آخر في هيئة التحرير. ويمكنك أيضًا اللجوء إلى هيئة لتسوية المنازعات خارج القضاء أو إلى المحاكم.
appeal-label = لماذا ينبغي مراجعة القرار؟
appeal-send = أرسل التظلّم
appeal-sent = استُلم تظلّمك، وسيراجعه عضو آخر في هيئة التحرير.
appeal-waiting = تظلّمك بانتظار المراجعة.
appeal-outcome-upheld = رُوجع تظلّمك: أُيّد القرار.
appeal-outcome-reversed = رُوجع تظلّمك: أُلغي القرار وأُعيد نشر تعليقك.
live-new-comments = { $count ->
    [zero] { $count } تعليق جديد — اعرضها
    [one] { $count } تعليق جديد — اعرضه
    [two] { $count } تعليقان جديدان — اعرضهما
    [few] { $count } تعليقات جديدة — اعرضها
    [many] { $count } تعليقًا جديدًا — اعرضها
   *[other] { $count } تعليق جديد — اعرضها
}
live-reload = تطوّر النقاش — أعد تحميل الصفحة لرؤيته
live-badge = مباشر
live-updates = تحديثات مباشرة
live-new-updates = { $count ->
    [zero] { $count } تحديث جديد — اعرضها
    [one] { $count } تحديث جديد — اعرضه
    [two] { $count } تحديثان جديدان — اعرضهما
    [few] { $count } تحديثات جديدة — اعرضها
    [many] { $count } تحديثًا جديدًا — اعرضها
   *[other] { $count } تحديث جديد — اعرضها
}
feed-live-update = تحديث بشأن «{ $title }»

## سجلّ خبر أُعيد نشره (مكتب الوكالات)
article-updated = آخر تحديث
article-correction = تصحيح:
article-withdrawn-title = سُحب هذا الخبر
article-withdrawn-body = سحبه مورّده في { $date }، ولم يعد منشورًا هنا.
