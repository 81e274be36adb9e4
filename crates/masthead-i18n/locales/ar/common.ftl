comments-count = { $count ->
    [0] لا توجد تعليقات
    [zero] لا توجد تعليقات
    [one] تعليق واحد
    [two] تعليقان
    [few] { $count } تعليقات
    [many] { $count } تعليقًا
   *[other] { $count } تعليق
}

feed-posts = الخلاصة
feed-comments = خلاصة التعليقات
skip-to-content = انتقل إلى المحتوى
search-landmark = الموقع
search-label = البحث في المقالات
search-placeholder = بحث
search-button = بحث
footer-published-with = نُشر باستخدام masthead
footer-privacy = الخصوصية

site-default-description = أخبار وتعليقات
