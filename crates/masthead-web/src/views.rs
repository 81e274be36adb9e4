//! Page models for the askama templates in `templates/`. Each page struct holds
//! exactly what its template shows; the commenter's email is not among it.
use askama::Template;
use masthead_core::Timestamp;
use masthead_core::article::{Article, ArticleSummary};
use masthead_core::chrono::FixedOffset;
use masthead_core::comment::{CommentStatus, ThreadItem};
use masthead_core::i18n::Tr;
use masthead_core::settings::SiteSettings;

/// Site-wide parts of every page.
pub struct Chrome {
    pub site_title: String,
    pub site_description: String,
    pub asset_version: &'static str,
    /// The site's language: `<html lang dir>` and every word of the page.
    pub tr: Tr,
}

impl Chrome {
    pub fn new(s: &SiteSettings) -> Self {
        Self {
            site_title: s.title.clone(),
            site_description: s.shown_description(),
            asset_version: crate::assets::VERSION.as_str(),
            tr: Tr::new(s.language),
        }
    }

    /// Message `id` in the site's language (templates: `chrome.t("…")`).
    pub fn t(&self, id: &str) -> String {
        self.tr.t(id)
    }

    /// Message `id` with one text variable (templates: `chrome.s("byline", "byline", name)`).
    pub fn s(&self, id: &str, name: &str, value: &str) -> String {
        self.tr.s(id, name, value)
    }

    /// "You may use these HTML tags and attributes:", as HTML (the
    /// abbreviation's markup put in); the tag list follows, untranslated.
    pub fn allowed_tags_intro(&self) -> String {
        allowed_tags_intro(self.tr)
    }

    /// The error box's "Error:".
    pub fn refused_label(&self) -> String {
        self.tr.t("form-refused-label")
    }
}

/// See [`Chrome::allowed_tags_intro`]; shared with the discussion's form.
pub fn allowed_tags_intro(tr: Tr) -> String {
    let abbr = format!(
        r#"<abbr title="{}">HTML</abbr>"#,
        masthead_core::i18n::escape_html(&tr.t("html-abbr-title"))
    );
    tr.html("allowed-tags", &[("html", &abbr)], &[])
}

/// Names joined as the language lists them: "A", "A and B", "A, B and C".
pub fn list_of(tr: Tr, names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => (*one).to_string(),
        [first, last] => tr.args(
            "list-pair",
            &[("first", (*first).into()), ("last", (*last).into())],
        ),
        [first, rest @ ..] => {
            let rest = list_of(tr, rest);
            tr.args(
                "list-more",
                &[("first", (*first).into()), ("rest", rest.into())],
            )
        }
    }
}

/// "Tovah Lazaoff contributed to this report.", in the site's language.
pub fn contributor_line(tr: Tr, contributors: &[String]) -> Option<String> {
    let names: Vec<&str> = contributors
        .iter()
        .map(|n| n.trim())
        .filter(|n| !n.is_empty())
        .collect();
    (!names.is_empty()).then(|| tr.s("contributors-line", "names", &list_of(tr, &names)))
}

/// `<a href="…">text</a>`, both escaped: a link to put into a message with `Tr::html`.
pub fn link_html(href: &str, text: &str) -> String {
    format!(
        r#"<a href="{}">{}</a>"#,
        masthead_core::i18n::escape_html(href),
        masthead_core::i18n::escape_html(text)
    )
}

/// Formats dates in the site's offset and language.
#[derive(Clone, Copy)]
pub struct Dates(FixedOffset, Tr);

impl Dates {
    pub fn new(s: &SiteSettings) -> Self {
        let offset = FixedOffset::east_opt(s.utc_offset_minutes * 60)
            .unwrap_or_else(|| FixedOffset::east_opt(0).expect("zero offset is valid"));
        Self(offset, Tr::new(s.language))
    }

    pub fn offset(self) -> FixedOffset {
        self.0
    }

    /// The language the dates are written in (the site's).
    pub fn tr(self) -> Tr {
        self.1
    }

    /// ISO 8601 (`<time datetime>`, JSON): the same in every language.
    pub fn iso(self, t: Timestamp) -> String {
        t.with_timezone(&self.0).to_rfc3339()
    }

    /// "November 14, 2017", "14 novembre 2017"
    pub fn day(self, t: Timestamp) -> String {
        self.1.date(&t.with_timezone(&self.0))
    }

    /// "November 14, 2017 at 9:41 AM", "14 novembre 2017 à 09:41"
    pub fn day_time(self, t: Timestamp) -> String {
        self.1.date_time(&t.with_timezone(&self.0))
    }
}

/// An error page, in `tr`'s language (no site chrome: it must render when
/// the settings cannot be read).
#[derive(Template)]
#[template(path = "error.html")]
pub struct ErrorPage<'a> {
    pub tr: Tr,
    pub title: String,
    pub message: &'a str,
    /// "… for the latest articles" after the front page link (a 404).
    pub front_page_hint: bool,
}

impl ErrorPage<'_> {
    /// The link home, as HTML: alone, or in its sentence on a 404.
    pub fn front_page(&self) -> String {
        let link = format!(
            r#"<a href="/">{}</a>"#,
            escape(&self.tr.t("error-front-page"))
        );
        if self.front_page_hint {
            self.tr
                .html("error-front-page-latest", &[("link", link.as_str())], &[])
        } else {
            link
        }
    }
}

pub struct SummaryView {
    pub url: String,
    pub title: String,
    pub standfirst: String,
    pub byline: String,
    pub date_iso: String,
    pub date: String,
    /// "3 comments", in the site's language.
    pub comments: String,
}

impl SummaryView {
    pub fn new(a: &ArticleSummary, dates: Dates) -> Self {
        Self {
            url: article_url(&a.slug),
            title: a.title.clone(),
            standfirst: a.standfirst.clone(),
            byline: a.byline.clone(),
            date_iso: dates.iso(a.published_at),
            date: dates.day(a.published_at),
            comments: dates.tr().n("comments-count", a.comment_count),
        }
    }
}

#[derive(Template)]
#[template(path = "home.html")]
pub struct HomePage {
    pub chrome: Chrome,
    /// "Page 2", for the title of every page but the first.
    pub page_title: String,
    pub articles: Vec<SummaryView>,
    pub newer: Option<String>,
    pub older: Option<String>,
    pub page: u64,
}

#[derive(Template)]
#[template(path = "not_found.html")]
pub struct NotFoundPage {
    pub chrome: Chrome,
}

impl NotFoundPage {
    /// "Go to the front page for the latest articles", the link inside.
    pub fn front_page(&self) -> String {
        let t = self.chrome.tr;
        let link = format!(r#"<a href="/">{}</a>"#, escape(&t.t("error-front-page")));
        t.html("error-front-page-latest", &[("link", link.as_str())], &[])
    }
}

/// HTML-escapes text for JSON fields that WordPress returns as HTML.
pub fn escape(s: &str) -> String {
    masthead_core::html::escape_attr(s)
}

pub fn article_url(slug: &str) -> String {
    masthead_core::article::article_path(slug)
}

/// Where an article or a static page lives.
pub fn url_of(a: &masthead_core::article::Article) -> String {
    a.path()
}

pub struct CommentView {
    pub id: i64,
    pub author_name: String,
    pub author_url: Option<String>,
    pub html: masthead_core::html::SanitizedHtml,
    pub date_iso: String,
    pub date: String,
    pub pending: bool,
    pub depth: usize,
    pub has_children: bool,
    pub close_levels: usize,
    pub can_reply: bool,
    pub by_staff: bool,
    pub recommends: u64,
    pub picked: bool,
    pub edited: bool,
    /// Where the picture beside it is (relative to masthead's address):
    /// the identicon of an approved comment, the placeholder of a held
    /// one; `None` when avatars are off.
    pub avatar: Option<String>,
    /// The visitor wrote it and may still edit it.
    pub editable: bool,
    /// Its source text, for the visitor's own editable comment (the embed's editor).
    pub source: Option<String>,
}

impl CommentView {
    pub fn new(t: ThreadItem, dates: Dates) -> Self {
        let c = t.comment;
        Self {
            recommends: c.recommends,
            picked: c.picked,
            edited: c.edited_at.is_some(),
            avatar: c.shown_avatar().map(crate::embed::dto::avatar_path),
            editable: false,
            source: None,
            id: c.id.0,
            pending: c.status != CommentStatus::Approved,
            date_iso: dates.iso(c.created_at),
            date: dates.day_time(c.created_at),
            author_name: c.author_name,
            author_url: c.author_url,
            html: c.content_html,
            depth: t.depth,
            has_children: t.has_children,
            close_levels: t.close_levels,
            can_reply: t.can_reply && c.status == CommentStatus::Approved,
            by_staff: c.by_staff,
        }
    }
}

/// The comment form's state: empty, or a refused submission being shown again.
#[derive(Default)]
pub struct FormView {
    pub author: String,
    pub email: String,
    pub url: String,
    pub comment: String,
    pub parent: Option<i64>,
    /// The refusal that is not about one field (closed, duplicate, bad parent).
    pub notice: Option<String>,
    pub error_comment: Option<String>,
    pub error_author: Option<String>,
    pub error_email: Option<String>,
    pub error_url: Option<String>,
    /// The language the refusal above is written in (its "Error:" box).
    pub refusal: Tr,
    /// "Save my name, email, and website in this browser" is ticked.
    pub remember: bool,
    /// The title an outside page proposes for the thread its first
    /// comment makes (a hidden field of that form).
    pub page_title: String,
}

impl FormView {
    /// "Error:", before the refusal.
    pub fn error_label(&self) -> String {
        self.refusal.t("error-label")
    }

    /// The refusal at the top of the form: the one not about a field, or
    /// "correct the fields marked below".
    pub fn error_summary(&self) -> String {
        match &self.notice {
            Some(n) => n.clone(),
            None => self.refusal.t("error-fix-fields"),
        }
    }

    pub fn has_errors(&self) -> bool {
        self.notice.is_some()
            || self.error_comment.is_some()
            || self.error_author.is_some()
            || self.error_email.is_some()
            || self.error_url.is_some()
    }
}

/// Hidden field carrying the signed form token.
pub const TOKEN_FIELD: &str = "mh_token";
/// Field people never see and bots fill in.
pub const HONEYPOT_FIELD: &str = "mh_hp";

pub struct ReplyTo {
    pub id: i64,
    pub author: String,
}

/// One of the discussion's orders ("Oldest", "Most recommended", …).
pub struct OrderLink {
    pub label: String,
    pub href: String,
    pub current: bool,
}

/// "Older comments" and "Newer comments", where there are such pages.
pub struct CommentNav {
    pub older: Option<String>,
    pub newer: Option<String>,
}

/// What `discussion.html` shows: the comments of one page of a discussion,
/// its navigation and the form; the same for an article page and the embed.
pub struct DiscussionView {
    pub article_id: i64,
    /// The article's (or thread's) title.
    pub title: String,
    /// This page's own address (a comment page has its own), site-relative.
    pub url: String,
    /// Links to the other pages of a long discussion; `None` on a one-page one.
    pub comment_nav: Option<CommentNav>,
    pub comments: Vec<CommentView>,
    pub approved_count: usize,
    pub allowed_tags: String,
    pub form: FormView,
    pub reply_to: Option<ReplyTo>,
    pub form_token: String,
    /// The article takes comments now (its own switch and the site's age limit).
    pub comments_open: bool,
    /// Prefix of the discussion's links: empty on masthead's own pages,
    /// masthead's address in the embed.
    pub base: String,
    /// Prefix of the discussion's element ids: empty on masthead's own
    /// pages, `mh-` in the embed (ids of the embedding page stay its own).
    pub idp: &'static str,
    /// The page address of a thread its first comment is yet to make: the
    /// form names the page instead of an article id.
    pub new_thread: Option<(String, String)>,
    /// The orders a reader may choose, when there is more than one comment.
    pub orders: Vec<OrderLink>,
    /// The editors' picks, shown above the discussion's default view.
    pub picks: Vec<CommentView>,
    /// The view shows one order (not the date-ordered pages).
    pub ordered: bool,
    /// The language the discussion is written in.
    pub tr: Tr,
}

/// The words of `discussion.html` and `comment_tools.html`.
impl DiscussionView {
    pub fn t(&self, id: &str) -> String {
        self.tr.t(id)
    }

    /// "3 comments on “Title”".
    pub fn comments_title(&self) -> String {
        let count = i64::try_from(self.approved_count).unwrap_or(i64::MAX);
        self.tr.args(
            "comments-title",
            &[
                ("count", count.into()),
                ("title", self.title.as_str().into()),
            ],
        )
    }

    /// "Leave a Reply to NAME", as HTML: the name keeps its element (the
    /// reply script and tests find it by id).
    pub fn leave_reply_to(&self, r: &ReplyTo) -> String {
        let name = format!(
            r#"<span id="{}reply-to-name">{}</span>"#,
            self.idp,
            masthead_core::i18n::escape_html(&r.author)
        );
        self.tr.html("leave-a-reply-to", &[("name", &name)], &[])
    }

    /// "Required fields are marked *", as HTML with the star's markup.
    pub fn required_note(&self) -> String {
        self.tr.html(
            "required-fields-note",
            &[("star", r#"<span class="required">*</span>"#)],
            &[],
        )
    }

    pub fn allowed_tags_intro(&self) -> String {
        allowed_tags_intro(self.tr)
    }

    pub fn reply_label(&self, c: &CommentView) -> String {
        self.tr.s("reply-to-label", "name", &c.author_name)
    }

    pub fn recommend_label(&self, c: &CommentView) -> String {
        let count = i64::try_from(c.recommends).unwrap_or(i64::MAX);
        self.tr.args(
            "recommend-label",
            &[
                ("name", c.author_name.as_str().into()),
                ("count", count.into()),
            ],
        )
    }

    pub fn report_label(&self, c: &CommentView) -> String {
        self.tr.s("report-label", "name", &c.author_name)
    }
}

#[derive(Template)]
#[template(path = "article.html")]
pub struct ArticlePage {
    pub chrome: Chrome,
    pub article: Article,
    /// "By NAME", when the article has a byline.
    pub byline: String,
    /// The `<link rel="alternate">` title of the article's comments feed.
    pub feed_title: String,
    pub date_iso: String,
    pub date: String,
    pub contributor_line: Option<String>,
    pub noindex: bool,
    /// The editor's preview: a banner says so.
    pub preview: bool,
    pub d: DiscussionView,
    /// The site's absolute address, for the canonical link.
    pub base: String,
    /// Open Graph, Twitter card and JSON-LD (none for outside-page threads).
    pub seo: Option<crate::pages::seo_head::SeoHead>,
}

/// The discussion alone, for the embed.
#[derive(Template)]
#[template(path = "embed_thread.html")]
pub struct EmbedThread {
    pub d: DiscussionView,
}

/// A commenter's own comment, to edit or delete within the window.
#[derive(Template)]
#[template(path = "comment_edit.html")]
pub struct CommentEditPage {
    pub chrome: Chrome,
    pub id: i64,
    /// "On “TITLE”. You can change or delete it until …", as HTML.
    pub intro: String,
    pub text: String,
    pub error: Option<String>,
    pub allowed_tags: String,
}

/// A reader's report of a comment: the reasons to pick from.
#[derive(Template)]
#[template(path = "comment_report.html")]
pub struct CommentReportPage {
    pub chrome: Chrome,
    pub id: i64,
    /// "By NAME, on “TITLE”:", as HTML.
    pub intro: String,
    pub html: masthead_core::html::SanitizedHtml,
    pub reasons: Vec<(&'static str, String)>,
    pub error: Option<String>,
}

/// A short message after a reader's action, with the way back.
#[derive(Template)]
#[template(path = "notice.html")]
pub struct NoticePage {
    pub chrome: Chrome,
    pub title: String,
    pub message: String,
    pub back: String,
}

/// The page a link in a notification opens: what it will do and a button
/// that does it (a GET never changes anything), or what it did.
#[derive(Template)]
#[template(path = "mail_link.html")]
pub struct MailLinkPage {
    pub chrome: Chrome,
    pub title: String,
    pub message: String,
    /// The comment's text, for a moderator's decision.
    pub quote: String,
    /// Empty once done: no form then.
    pub button: String,
    pub action: String,
    pub token: String,
}

/// What the site keeps about commenters, and for how long.
#[derive(Template)]
#[template(path = "privacy.html")]
pub struct PrivacyNotice {
    pub chrome: Chrome,
    /// How long IP addresses are kept, as a sentence.
    pub ip_line: String,
    pub edit_minutes: u32,
}

impl PrivacyNotice {
    /// "**Your email address is never published** — not on the page, …", as HTML.
    pub fn email_line(&self) -> String {
        let never = format!(
            "<strong>{}</strong>",
            masthead_core::i18n::escape_html(&self.chrome.t("privacy-email-never"))
        );
        self.chrome
            .tr
            .html("privacy-email", &[("never", &never)], &[])
    }

    /// One cookie's line: its name as code, then what it holds and for how long.
    pub fn cookie_line(&self, id: &str, cookie: &str) -> String {
        let code = format!("<code>{cookie}</code>");
        let minutes = i64::from(self.edit_minutes);
        self.chrome
            .tr
            .html(id, &[("cookie", &code)], &[("minutes", minutes.into())])
    }
}

/// One hit on the search page.
pub struct SearchHitView {
    pub url: String,
    pub title: String,
    pub byline: String,
    pub date_iso: String,
    pub date: String,
    /// Safe HTML from `masthead_core::search::highlight`.
    pub snippet: String,
}

impl SearchHitView {
    pub fn new(h: &masthead_core::search::SearchHit, dates: Dates) -> Self {
        Self {
            url: h.path(),
            title: h.title.clone(),
            byline: h.byline.clone(),
            date_iso: dates.iso(h.published_at),
            date: dates.day(h.published_at),
            snippet: h.snippet.clone(),
        }
    }
}

#[derive(Template)]
#[template(path = "search.html")]
pub struct SearchPageView {
    pub chrome: Chrome,
    /// What was typed, shown back in the box.
    pub query: String,
    /// Whether anything was typed (the empty form shows no count).
    pub searched: bool,
    pub error: Option<String>,
    pub total: u64,
    /// The backend stopped counting at `total`: "more than".
    pub total_is_floor: bool,
    /// More matched than are ranked: only the newest `window` are listed.
    pub windowed: bool,
    pub window: u32,
    /// Positions of this page's first and last hit among all.
    pub first: u64,
    pub last: u64,
    pub hits: Vec<SearchHitView>,
    pub newer: Option<String>,
    pub older: Option<String>,
    pub page: u64,
}

/// The words of `search.html`, from the counts.
impl SearchPageView {
    /// The page's `<h1>`: "Search", or "Search results for “…”".
    pub fn heading(&self) -> String {
        if self.searched {
            self.chrome.s("search-results-for", "query", &self.query)
        } else {
            self.chrome.t("search-title")
        }
    }

    /// The `<title>`'s own part: the heading, with the page past the first.
    pub fn title(&self) -> String {
        if self.searched && self.page > 1 {
            self.chrome.tr.args(
                "search-results-for-page",
                &[
                    ("query", self.query.as_str().into()),
                    ("page", self.page.into()),
                ],
            )
        } else {
            self.heading()
        }
    }

    /// How to search, as HTML: the operators stay as typed.
    pub fn help(&self) -> String {
        self.chrome.tr.html(
            "search-help",
            &[("or", "<code>or</code>"), ("minus", "<code>-</code>")],
            &[],
        )
    }

    /// "Results 1–10 of 25", "1 result", or past the last hit "No more results…".
    pub fn count_line(&self) -> String {
        let t = self.chrome.tr;
        if self.hits.is_empty() {
            t.n(
                "search-past-end",
                i64::try_from(self.total).unwrap_or(i64::MAX),
            )
        } else if self.total == 1 {
            t.t("search-one-result")
        } else {
            let id = if self.total_is_floor {
                "search-range-floor"
            } else {
                "search-range"
            };
            t.args(
                id,
                &[
                    ("first", self.first.into()),
                    ("last", self.last.into()),
                    ("total", self.total.into()),
                ],
            )
        }
    }

    /// Only the newest matches are ranked: "The best of the 500 newest…".
    pub fn windowed_line(&self) -> String {
        self.chrome
            .tr
            .args("search-windowed", &[("window", self.window.into())])
    }
}

/// The article page's sentences around links.
impl ArticlePage {
    /// "The discussion of ADDRESS, published elsewhere.", the address linked.
    pub fn thread_source(&self, page: &str) -> String {
        let link = format!(
            r#"<a href="{0}" rel="noopener">{0}</a>"#,
            masthead_core::i18n::escape_html(page)
        );
        self.chrome
            .tr
            .html("thread-source", &[("link", &link)], &[])
    }

    /// "Article source: NAME", linked when the source has an address.
    pub fn article_source(&self, name: &str) -> String {
        let name = masthead_core::i18n::escape_html(name);
        let source = match &self.article.source_url {
            Some(href) => format!(
                r#"<a href="{}" rel="noopener">{name}</a>"#,
                masthead_core::i18n::escape_html(href)
            ),
            None => name,
        };
        self.chrome
            .tr
            .html("article-source", &[("source", &source)], &[])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use masthead_core::i18n::Lang;

    #[test]
    fn contributor_lines_read_naturally() {
        let en = Tr::new(Lang::En);
        assert_eq!(contributor_line(en, &[]), None);
        assert_eq!(
            contributor_line(en, &["Tovah Lazaoff".into()]).as_deref(),
            Some("Tovah Lazaoff contributed to this report.")
        );
        assert_eq!(
            contributor_line(en, &["A".into(), "B".into(), "C".into()]).as_deref(),
            Some("A, B and C contributed to this report.")
        );
    }
}
