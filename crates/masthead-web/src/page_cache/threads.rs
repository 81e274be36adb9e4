//! Each article's approved discussion, read and threaded once per page
//! version: after a change, every comment page of the story is cut from the
//! one threaded list instead of each page reading and threading thousands of
//! comments again. The comments' HTML is the sanitised HTML stored when they
//! were written, so nothing is sanitised or rendered from source here.
use super::{Flights, Lru, Weigh};
use masthead_core::comment::{PublicComment, ThreadItem, thread};
use masthead_core::ids::ArticleId;
use masthead_core::store::{Store, StoreError};
use std::sync::Arc;

/// An article's discussion in display order.
pub struct Discussion {
    version: Option<i64>,
    depth: usize,
    pub items: Vec<ThreadItem>,
    /// Approved comments in it.
    pub approved: usize,
}

impl Discussion {
    /// `comments` threaded to `depth`; `approved` of them are approved (the
    /// rest are a visitor's own held ones).
    pub fn new(comments: Vec<PublicComment>, approved: usize, depth: usize) -> Self {
        Self {
            version: None,
            depth,
            items: thread(comments, depth),
            approved,
        }
    }
}

impl Weigh for Discussion {
    fn bytes(&self) -> usize {
        self.items
            .iter()
            .map(|t| {
                let c = &t.comment;
                c.content_html.as_str().len()
                    + c.author_name.len()
                    + c.author_url.as_ref().map_or(0, String::len)
                    + std::mem::size_of::<ThreadItem>()
            })
            .sum()
    }
}

pub struct Threads {
    entries: Lru<Discussion>,
    flights: Flights,
}

impl Threads {
    pub fn new(budget_bytes: usize) -> Self {
        Self {
            entries: Lru::new(budget_bytes),
            flights: Flights::default(),
        }
    }

    /// The approved discussion of `article` as of `version` (read before
    /// calling, so the list is never older than the version it is kept
    /// under). Concurrent callers for one article share one read.
    pub async fn approved(
        &self,
        store: &dyn Store,
        article: ArticleId,
        version: i64,
        depth: usize,
    ) -> Result<Arc<Discussion>, StoreError> {
        let key = article.0.to_string();
        let current = |d: &Arc<Discussion>| d.version == Some(version) && d.depth == depth;
        if let Some(d) = self.entries.get(&key).filter(current) {
            return Ok(d);
        }
        let _flight = self.flights.join(&key).await;
        if let Some(d) = self.entries.get(&key).filter(current) {
            return Ok(d);
        }
        let comments = store.approved_comments(article).await?;
        let approved = comments.len();
        let mut d = Discussion::new(comments, approved, depth);
        d.version = Some(version);
        Ok(self.entries.put(&key, d))
    }
}
