//! A live story's updates on its page (newest first, each with its own
//! anchor), in its JSON-LD (`LiveBlogPosting`), and as the live stream's
//! `entry` events — one fragment, `live_entry.html`, for the page and the
//! stream.
use crate::error::WebError;
use crate::live::{EventKind, LiveEvent};
use crate::views::Dates;
use askama::Template;
use masthead_core::article::Article;
use masthead_core::html::{SanitizedHtml, to_text};
use masthead_core::seo::json_ld::{LiveBlog, LiveUpdate};
use masthead_core::seo::{absolute, w3c};
use masthead_core::store::{LiveEntry, Store};

/// One update as the page shows it.
pub struct EntryView {
    pub id: i64,
    pub html: SanitizedHtml,
    pub date_iso: String,
    pub date: String,
}

impl EntryView {
    fn new(e: &LiveEntry, dates: Dates) -> Self {
        Self {
            id: e.id,
            html: e.html.clone(),
            date_iso: dates.iso(e.created_at),
            date: dates.day_time(e.created_at),
        }
    }
}

#[derive(Template)]
#[template(path = "live_entry.html")]
struct EntryFragment {
    e: EntryView,
}

/// The live coverage section of an article page.
pub struct LiveView {
    /// Coverage is on now ("Live").
    pub on: bool,
    pub entries: Vec<EntryView>,
    /// For the JSON-LD.
    pub blog: LiveBlog,
}

/// `article`'s live coverage, if it ever had any.
pub async fn live_view(
    store: &dyn Store,
    article: &Article,
    dates: Dates,
    base: &str,
) -> Result<Option<LiveView>, WebError> {
    let Some(coverage) = store.coverage(article.id).await? else {
        return Ok(None);
    };
    let entries = store.entries(article.id).await?;
    let page = absolute(base, &crate::views::url_of(article));
    let blog = LiveBlog {
        start: w3c(coverage.started_at),
        end: coverage.ended_at.map(w3c),
        updates: entries
            .iter()
            .map(|e| {
                let body = to_text(e.html.as_str());
                LiveUpdate {
                    url: format!("{page}#entry-{}", e.id),
                    headline: body.chars().take(110).collect(),
                    published: w3c(e.created_at),
                    body,
                }
            })
            .collect(),
    };
    Ok(Some(LiveView {
        on: coverage.is_on(),
        entries: entries.iter().map(|e| EntryView::new(e, dates)).collect(),
        blog,
    }))
}

/// The stream's events for updates.
pub fn entry_events(entries: &[LiveEntry], dates: Dates) -> Result<Vec<LiveEvent>, WebError> {
    entries
        .iter()
        .map(|e| {
            let html = EntryFragment {
                e: EntryView::new(e, dates),
            }
            .render()?;
            Ok(LiveEvent {
                id: e.generation,
                kind: EventKind::Entry {
                    id: e.id,
                    html,
                    text: to_text(e.html.as_str()),
                },
            })
        })
        .collect()
}
