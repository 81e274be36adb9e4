# رسائل التنبيه بالبريد الإلكتروني والصفحات التي تفتحها روابطها.

## تعليق محجوز، إلى المشرفين

mail-held-subject = [{ $site }] بانتظار الإشراف: «{ $article }»، بقلم { $author }
mail-held-intro = التعليق { $id } الذي كتبه { $author } على «{ $article }» بانتظار الإشراف.
mail-held-written = كُتب في { $date }.
mail-held-reason = سبب الحجز: { $reason }
mail-held-approve = الموافقة: { $url }
mail-held-spam = وسمه كرسالة مزعجة: { $url }
mail-held-trash = نقله إلى المهملات: { $url }
mail-held-links-note = { $count ->
    [zero] يطلب كل رابط تأكيدًا منكم، وتنتهي صلاحيته فورًا.
    [one] يطلب كل رابط تأكيدًا منكم، ويبقى صالحًا ليوم واحد.
    [two] يطلب كل رابط تأكيدًا منكم، ويبقى صالحًا ليومين.
    [few] يطلب كل رابط تأكيدًا منكم، ويبقى صالحًا لمدة { $count } أيام.
    [many] يطلب كل رابط تأكيدًا منكم، ويبقى صالحًا لمدة { $count } يومًا.
   *[other] يطلب كل رابط تأكيدًا منكم، ويبقى صالحًا لمدة { $count } يوم.
}
mail-held-article = المقال: { $url }
mail-held-queue = قائمة الإشراف: { $url }
mail-digest-subject = { $count ->
    [zero] [{ $site }] لا توجد تعليقات بانتظار الإشراف
    [one] [{ $site }] تعليق واحد بانتظار الإشراف
    [two] [{ $site }] تعليقان بانتظار الإشراف
    [few] [{ $site }] { $count } تعليقات بانتظار الإشراف
    [many] [{ $site }] { $count } تعليقًا بانتظار الإشراف
   *[other] [{ $site }] { $count } تعليق بانتظار الإشراف
}

## أسباب الحجز

mail-reason-default = محجوز للمراجعة
mail-reason-hold-all = كل التعليقات تخضع للإشراف قبل نشرها
mail-reason-links = { $count ->
    [zero] لا يحتوي على روابط (الحد الأقصى { $limit })
    [one] يحتوي على رابط واحد (الحد الأقصى { $limit })
    [two] يحتوي على رابطين (الحد الأقصى { $limit })
    [few] يحتوي على { $count } روابط (الحد الأقصى { $limit })
    [many] يحتوي على { $count } رابطًا (الحد الأقصى { $limit })
   *[other] يحتوي على { $count } رابط (الحد الأقصى { $limit })
}
mail-reason-moderation-word = يحتوي على الكلمة الخاضعة للإشراف «{ $word }»
mail-reason-disallowed-word = يحتوي على الكلمة المحظورة «{ $word }»
mail-reason-first-comments = من أوائل التعليقات بهذا الاسم وعنوان البريد الإلكتروني هذا (المعتمد حتى الآن: { $approved } من { $needed })
mail-reason-honeypot = مُلئ الحقل المخفي المضاد للرسائل المزعجة
mail-reason-no-token = أُرسل دون رمز نموذج التعليق
mail-reason-edited-after-approval = عدّله كاتبه بعد أن وافق عليه مشرف
mail-reason-deleted-by-author = حذفه كاتبه
mail-reason-reported = { $count ->
    [zero] لم يبلّغ عنه أي قارئ ({ $kinds })
    [one] أبلغ عنه قارئ واحد ({ $kinds })
    [two] أبلغ عنه قارئان ({ $kinds })
    [few] أبلغ عنه { $count } قرّاء ({ $kinds })
    [many] أبلغ عنه { $count } قارئًا ({ $kinds })
   *[other] أبلغ عنه { $count } قارئ ({ $kinds })
}
mail-report-spam = رسائل مزعجة أو إعلانات
mail-report-abusive = مسيء
mail-report-off-topic = خارج الموضوع
mail-report-misinformation = معلومات مضللة
mail-report-other = سبب آخر

## طلب التأكيد (الاشتراك المزدوج)

mail-confirm-subject = [{ $site }] يُرجى تأكيد عنوان بريدكم الإلكتروني
mail-confirm-intro = طلب أحدهم (ونرجو أن تكونوا أنتم) إعلامه بالبريد الإلكتروني بالتعليقات الجديدة في نقاش على { $site }.
mail-confirm-action = للتأكيد، افتحوا هذا الرابط واضغطوا على الزر:
mail-confirm-ignore = إن لم تكونوا أنتم أصحاب الطلب، فتجاهلوا هذه الرسالة: لن يُرسل إليكم شيء آخر ما لم يُفتح الرابط.

## تعليق جديد، إلى متابعي النقاش

mail-reply-subject = [{ $site }] تعليق جديد من { $author } على «{ $article }»
mail-reply-intro = كتب { $author } على «{ $article }» في { $date }:
mail-reply-read = اقرؤوه وردّوا عليه: { $url }
mail-reply-stop = إيقاف هذه الرسائل عن هذا المقال: { $url }

## نُشر تعليق كان محجوزًا، إلى كاتبه

mail-approved-subject = [{ $site }] نُشر تعليقكم على «{ $article }»
mail-approved-intro = تمت الموافقة على تعليقكم على «{ $article }» وهو منشور الآن:

## تذييل الرسائل إلى المعلّقين

mail-never-again = لا تراسلوني مجددًا: { $url }

## خطاف الويب للمشرفين (الحقل "text")

mail-webhook-text = التعليق { $id } الذي كتبه { $author } على «{ $article }» محجوز بانتظار الإشراف ({ $reason }). الموافقة: { $url }

## صفحات الروابط

mail-page-moderate-title = الإشراف على تعليق
mail-page-approve-question = هل توافقون على التعليق { $id } الذي كتبه { $author }؟
mail-page-spam-question = هل تَسِمون التعليق { $id } الذي كتبه { $author } كرسالة مزعجة؟
mail-page-trash-question = هل تنقلون التعليق { $id } الذي كتبه { $author } إلى المهملات؟
mail-button-approve = موافقة
mail-button-spam = وسم كرسالة مزعجة
mail-button-trash = نقل إلى المهملات
mail-page-done-title = تم
mail-page-approved = تمت الموافقة على التعليق { $id }.
mail-page-spammed = وُسم التعليق { $id } كرسالة مزعجة.
mail-page-trashed = نُقل التعليق { $id } إلى المهملات.
mail-page-no-longer-held = التعليق { $id } لم يعد محجوزًا ({ $status }): هذا الرابط لم يعد يفعل شيئًا.
mail-status-pending = إنه بانتظار الإشراف
mail-status-approved = إنه منشور
mail-status-spam = إنه موسوم كرسالة مزعجة
mail-status-trash = إنه في المهملات
mail-page-comment-gone = التعليق { $id } لم يعد موجودًا.
mail-page-confirm-title = تأكيد العنوان
mail-page-confirm-question = هل تُرسل التعليقات الجديدة إلى { $email }؟
mail-button-confirm = تأكيد
mail-page-confirmed-title = تم تأكيد العنوان
mail-page-confirmed = ستُعلَمون بالتعليقات الجديدة في النقاشات التي تتابعونها.
mail-page-nothing-to-confirm = لا يوجد ما يُؤكَّد لهذا العنوان (أُلغي اشتراكه منذ ذلك الحين).
mail-page-unsubscribe-title = إلغاء الاشتراك
mail-page-unsubscribe-discussion = هل يُوقف إرسال رسائل هذا النقاش إلى { $email }؟
mail-page-unsubscribe-all = هل يُوقف إرسال كل رسائل هذا الموقع إلى { $email }؟
mail-button-unsubscribe = إلغاء الاشتراك
mail-page-unsubscribed-title = أُلغي الاشتراك
mail-page-unsubscribed = لن تُرسل رسائل كهذه بعد الآن إلى { $email }.
mail-link-invalid = هذا الرابط غير صالح. يُرجى استخدام الرابط كما ورد في الرسالة.
mail-link-expired = انتهت صلاحية هذا الرابط.

mail-reason-filter = يقدّر مرشّح الرسائل المزعجة أنه مزعج بنسبة { $score }.
mail-reason-no-proof = لم يصل معه إثبات عمل (ربما JavaScript معطّل في متصفح القارئ).
mail-reason-sanction-ban = كاتبه محظور.
mail-reason-sanction-suspend = كاتبه موقوف مؤقتًا.
mail-reason-sanction-shadow = كاتبه محظور حظرًا خفيًا: لا يراه غيره.
mail-reason-sanction-premoderate = كاتبه يخضع دائمًا للإشراف المسبق.
mail-reason-recent-rejections = { $count ->
    [zero] رُفض { $rejected } من تعليقات كاتبه الأخيرة التي خضعت للإشراف.
    [one] رُفض { $rejected } من آخر تعليق لكاتبه خضع للإشراف.
    [two] رُفض { $rejected } من آخر تعليقين لكاتبه خضعا للإشراف.
    [few] رُفض { $rejected } من آخر { $count } تعليقات لكاتبه خضعت للإشراف.
    [many] رُفض { $rejected } من آخر { $count } تعليقًا لكاتبه خضعت للإشراف.
   *[other] رُفض { $rejected } من آخر { $count } تعليق لكاتبه خضعت للإشراف.
}
mail-reason-hook = ردّ مصنّف غرفة الأخبار بـ { $verdict }: { $reason }.
mail-reason-hook-unanswered = لم يُجب مصنّف غرفة الأخبار في الوقت المحدد.
mail-chat-text = التعليق { $id } الذي كتبه { $author } على «{ $article }» بانتظار مشرف: { $reason }
mail-chat-approve = الموافقة
mail-chat-spam = مزعج
notice-ack-subject = [{ $site }] استلمنا إشعاركم { $id }
notice-ack-body = تلقّينا إشعاركم { $id } بشأن التعليق { $comment } ({ $category }). سنفحصه ونُعلمكم بقرارنا.
notice-decided-subject = [{ $site }] القرار بشأن إشعاركم { $id }
notice-decided-removed = فحصنا إشعاركم { $id } بشأن التعليق { $comment }: أزلنا التعليق.
notice-decided-kept = فحصنا إشعاركم { $id } بشأن التعليق { $comment }: لم نجد سببًا لإزالته، وسيبقى منشورًا.
statement-subject = [{ $site }] أُزيل تعليقكم { $comment }
statement-body = أُزيل تعليقكم { $comment }. بيان الأسباب { $id }: { $facts } الأساس: محتوى غير قانوني بموجب القانون ({ $category }). اتخذ القرار شخص بشري؛ ولم تُستخدم أي وسائل آلية. يمكنكم التظلّم في غضون ستة أشهر: { $url }
statement-subject-restricted = [{ $site }] أُخفي تعليقكم { $comment }
statement-body-terms = { $decision } بيان الأسباب { $id }: { $facts } الأساس: شروط استخدام الموقع الخاصة بالتعليقات. { $automated } يمكنكم التظلّم في غضون ستة أشهر: { $url }
appeal-decided-subject = [{ $site }] رُوجع تظلّمكم { $id }
appeal-decided-upheld = راجع عضو آخر في هيئة التحرير تظلّمكم { $id } بشأن التعليق { $comment }: أُيّد القرار.
appeal-decided-reversed = راجع عضو آخر في هيئة التحرير تظلّمكم { $id } بشأن التعليق { $comment }: أُلغي القرار وأُعيد نشر تعليقكم.
notice-chat = الإشعار { $id }: أُبلغ عن التعليق { $comment } بوصفه محتوى غير قانوني ({ $category }).
notice-chat-review = اتخذ القرار

## مكتب الوكالات يُعلم هيئة التحرير بخبر مسحوب
wire-withdrawn-subject = خبر سحبه { $source }: { $headline }
wire-withdrawn-line = سحب المصدر { $source } الخبر «{ $headline }»، فأزاله masthead من الموقع.
wire-withdrawn-review = افتح مكتب الوكالات
