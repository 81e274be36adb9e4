//! The live stream's events for what changed in a discussion: each approved
//! comment rendered as the article page lists it (`comment_body.html`, the
//! same include), each other one as removed. Rendered once per change and
//! shared by every stream (and the GRIP proxy).
use super::discussion_view::{CommentView, DiscussionView, FormView};
use crate::error::WebError;
use crate::live::{CommentData, EventKind, LiveEvent};
use crate::views::{Dates, url_of};
use askama::Template;
use chrono::Utc;
use masthead_core::article::Article;
use masthead_core::comment::ThreadItem;
use masthead_core::settings::SiteSettings;
use masthead_core::store::DiscussionChanges;

#[derive(Template)]
#[template(path = "live_comment.html")]
struct LiveComment<'a> {
    d: &'a DiscussionView,
    c: CommentView,
}

/// The discussion a fragment belongs to: what `comment_body.html` asks of
/// it (the article's address, whether replies are open, the words).
fn view_of(article: &Article, settings: &SiteSettings, dates: Dates) -> DiscussionView {
    DiscussionView {
        article_id: article.id.0,
        title: article.title.clone(),
        url: url_of(article),
        comment_nav: None,
        comments: Vec::new(),
        approved_count: 0,
        allowed_tags: String::new(),
        form: FormView::default(),
        reply_to: None,
        form_token: String::new(),
        proof_of_work: false,
        comments_open: article.accepts_comments(Utc::now(), settings.moderation.close_after_days),
        closed_on: None,
        // An embed's thread: its fragments go into another site's page,
        // with masthead's address in their links and the embed's ids.
        base: match article.external_url {
            Some(_) => settings.url.clone(),
            None => String::new(),
        },
        idp: if article.external_url.is_some() {
            "mh-"
        } else {
            ""
        },
        new_thread: None,
        orders: Vec::new(),
        picks: Vec::new(),
        ordered: false,
        tr: dates.tr(),
        live: None,
    }
}

/// The events of `changes` on `article`, oldest change first.
pub fn live_events(
    article: &Article,
    settings: &SiteSettings,
    changes: &DiscussionChanges,
) -> Result<Vec<LiveEvent>, WebError> {
    let dates = Dates::new(settings);
    let d = view_of(article, settings, dates);
    let mut events = Vec::with_capacity(changes.last_changes.len());
    for (id, number) in &changes.last_changes {
        let kind = match changes.approved.iter().find(|c| c.id == *id) {
            Some(c) => {
                let item = ThreadItem {
                    comment: c.clone(),
                    // The page sets the depth under the comment it joins.
                    depth: if c.parent_id.is_some() { 2 } else { 1 },
                    has_children: false,
                    close_levels: 0,
                    can_reply: true,
                };
                let mut view = CommentView::new(item, dates);
                if !settings.readers.avatars {
                    view.avatar = None;
                }
                let html = LiveComment { d: &d, c: view }.render()?;
                EventKind::Comment(CommentData {
                    id: id.0,
                    parent: c.parent_id.map(|p| p.0),
                    html,
                    text: masthead_core::html::to_text(c.content_html.as_str()),
                    author: c.author_name.clone(),
                })
            }
            None => EventKind::Removed { comment: id.0 },
        };
        events.push(LiveEvent { id: *number, kind });
    }
    Ok(events)
}
