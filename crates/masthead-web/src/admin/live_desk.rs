//! What the editor shows of an article's live coverage, under its form.
use crate::error::WebError;
use crate::views::Dates;
use masthead_core::article::Article;
use masthead_core::html::SanitizedHtml;
use masthead_core::store::Store;

/// How many of the latest updates the desk lists.
const RECENT: usize = 5;

/// What the editor shows under the article form.
pub struct LiveDesk {
    pub on: bool,
    /// "Live since …" or "Coverage ended …", once it ever began.
    pub state: Option<String>,
    /// The latest updates: when, and what.
    pub recent: Vec<(String, SanitizedHtml)>,
    /// An update refused, carried back with its refusal.
    pub entry: String,
    pub error: Option<String>,
}

impl LiveDesk {
    pub async fn of(
        store: &dyn Store,
        article: &Article,
        dates: Dates,
        refused: Option<(String, String)>,
    ) -> Result<Self, WebError> {
        let tr = dates.tr();
        let coverage = store.coverage(article.id).await?;
        let state = coverage.as_ref().map(|c| match c.ended_at {
            None => tr.s("admin-live-since", "time", &dates.day_time(c.started_at)),
            Some(end) => tr.s("admin-live-ended", "time", &dates.day_time(end)),
        });
        let recent = store
            .entries(article.id)
            .await?
            .into_iter()
            .take(RECENT)
            .map(|e| (dates.day_time(e.created_at), e.html))
            .collect();
        let (entry, error) = match refused {
            Some((entry, error)) => (entry, Some(error)),
            None => (String::new(), None),
        };
        Ok(Self {
            on: coverage.is_some_and(|c| c.is_on()),
            state,
            recent,
            entry,
            error,
        })
    }
}
