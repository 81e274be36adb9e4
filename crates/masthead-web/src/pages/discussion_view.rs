//! What `discussion.html` (and `comment_tools.html`) shows: the comments
//! of one page of a discussion, its navigation and the comment form, the
//! same on an article page and in the embed.
use crate::views::{Dates, allowed_tags_intro, avatar_path};
use masthead_core::comment::{CommentStatus, ThreadItem};
use masthead_core::html::Markup;
use masthead_core::i18n::Tr;

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
    /// A reply from another site: where it was posted, and that site's name
    /// (its host), for "replied on HOST".
    pub origin: Option<(String, String)>,
}

impl CommentView {
    pub fn new(t: ThreadItem, dates: Dates) -> Self {
        let c = t.comment;
        Self {
            recommends: c.recommends,
            picked: c.picked,
            edited: c.edited_at.is_some(),
            avatar: c.shown_avatar().map(avatar_path),
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
            origin: c.origin_url.and_then(|u| {
                let host = url::Url::parse(&u).ok()?.host_str()?.to_string();
                Some((u, host))
            }),
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
    /// The form asks the browser for a proof of work
    /// (`moderation.proof_of_work`; masthead's own pages, not the embed).
    pub proof_of_work: bool,
    /// The article takes comments now (its own switch and the site's age limit).
    pub comments_open: bool,
    /// For a closed discussion, the day it closed, as readers read dates
    /// (`None`: open, or the day is not known).
    pub closed_on: Option<String>,
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
    /// The live stream this page follows (an article's default comment
    /// page on masthead's own site; `None` elsewhere).
    pub live: Option<LiveAttrs>,
}

/// What `live.js` reads from the comments section.
pub struct LiveAttrs {
    /// The stream's address, with the change the page was cut at.
    pub url: String,
    /// "N new comments — show them" for a sample number of each plural
    /// form the language has, as JSON (`{"counts": {"1": "1 new comment —
    /// show it", …}, "reload": …}`): the script picks the sample of the
    /// count's form and puts the count in.
    pub words: String,
}

impl LiveAttrs {
    /// `stream` is the stream's address; `since`, the change the page was
    /// cut at.
    pub fn new(stream: &str, since: Option<i64>, tr: Tr) -> Self {
        let url = match since {
            Some(n) if stream.contains('?') => format!("{stream}&last_event_id={n}"),
            Some(n) => format!("{stream}?last_event_id={n}"),
            None => stream.to_string(),
        };
        let samples = |id: &str| -> serde_json::Map<String, serde_json::Value> {
            [0i64, 1, 2, 3, 5, 11, 100]
                .into_iter()
                .map(|n| (n.to_string(), tr.n(id, n).into()))
                .collect()
        };
        let words = serde_json::json!({
            "counts": samples("live-new-comments"),
            "updates": samples("live-new-updates"),
            "reload": tr.t("live-reload"),
        });
        Self {
            url,
            words: words.to_string(),
        }
    }
}

/// The words of `discussion.html` and `comment_tools.html`.
impl DiscussionView {
    pub fn t(&self, id: &str) -> String {
        self.tr.t(id)
    }

    pub fn s(&self, id: &str, name: &str, value: &str) -> String {
        self.tr.s(id, name, value)
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
    pub fn leave_reply_to(&self, r: &ReplyTo) -> Markup {
        let name = Markup::element("span")
            .attr("id", &format!("{}reply-to-name", self.idp))
            .text(&r.author);
        self.tr.html("leave-a-reply-to", &[("name", &name)], &[])
    }

    /// "Required fields are marked *", as HTML with the star's markup.
    pub fn required_note(&self) -> Markup {
        let star = Markup::element("span").attr("class", "required").text("*");
        self.tr
            .html("required-fields-note", &[("star", &star)], &[])
    }

    pub fn allowed_tags_intro(&self) -> Markup {
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
