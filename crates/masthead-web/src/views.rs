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
            site_description: s.description.clone(),
            asset_version: crate::assets::VERSION.as_str(),
            tr: Tr::new(s.language),
        }
    }

    /// Message `id` in the site's language (templates: `chrome.t("…")`).
    pub fn t(&self, id: &str) -> String {
        self.tr.t(id)
    }
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

#[derive(Template)]
#[template(path = "error.html")]
pub struct ErrorPage<'a> {
    pub title: &'a str,
    pub message: &'a str,
}

pub struct SummaryView {
    pub url: String,
    pub title: String,
    pub standfirst: String,
    pub byline: String,
    pub date_iso: String,
    pub date: String,
    pub comment_count: i64,
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
            comment_count: a.comment_count,
        }
    }
}

#[derive(Template)]
#[template(path = "home.html")]
pub struct HomePage {
    pub chrome: Chrome,
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
    /// The identicon's seed, when avatars are on.
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
            avatar: c.avatar,
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
    pub error_comment: Option<&'static str>,
    pub error_author: Option<&'static str>,
    pub error_email: Option<&'static str>,
    pub error_url: Option<&'static str>,
    /// "Save my name, email, and website in this browser" is ticked.
    pub remember: bool,
}

impl FormView {
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
    pub label: &'static str,
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
}

#[derive(Template)]
#[template(path = "article.html")]
pub struct ArticlePage {
    pub chrome: Chrome,
    pub article: Article,
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
    pub article_title: String,
    /// The comment's place in the discussion.
    pub back: String,
    /// When the window closes, in the site's words.
    pub until: String,
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
    pub author: String,
    pub article_title: String,
    pub back: String,
    pub html: masthead_core::html::SanitizedHtml,
    pub reasons: Vec<(&'static str, &'static str)>,
    pub error: Option<String>,
}

/// A short message after a reader's action, with the way back.
#[derive(Template)]
#[template(path = "notice.html")]
pub struct NoticePage {
    pub chrome: Chrome,
    pub title: &'static str,
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
    pub retention: String,
    pub has_retention: bool,
    pub edit_minutes: u32,
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
