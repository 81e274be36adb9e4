//! Each article's approved discussion, kept threaded per page version:
//! after a change, every comment page of the story is cut from the one
//! threaded list instead of each page reading and threading thousands of
//! comments again. And a change costs what it changed: the list of the
//! version before is brought up to date with only the comments the
//! database's change log names since it was read (`discussion_changes`),
//! one row for one new comment where a whole read of a 3,000-comment story
//! took tens of milliseconds. The comments' HTML is the sanitised HTML
//! stored when they were written, so nothing is sanitised or rendered from
//! source here.
use super::flight::Flights;
use super::lru::{Lru, Weigh};
use masthead_core::comment::{PublicComment, ThreadItem, thread};
use masthead_core::ids::{ArticleId, CommentId};
use masthead_core::store::{DiscussionChanges, Store, StoreError};
use std::collections::HashSet;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

/// An article's discussion in display order.
pub struct Discussion {
    version: Option<i64>,
    /// The database's change number the shared list was read at.
    read_at: Option<i64>,
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
            read_at: None,
            depth,
            items: thread(comments, depth),
            approved,
        }
    }

    /// The database's change number the list was read at, if known: a live
    /// stream opened from a page cut from it starts after that number.
    pub fn read_at(&self) -> Option<i64> {
        self.read_at
    }

    /// The shared list with `changes` applied: the touched comments taken
    /// out, those still approved put back as they are now.
    fn updated(&self, changes: DiscussionChanges, depth: usize) -> Self {
        let touched: HashSet<CommentId> = changes.touched.into_iter().collect();
        let mut comments: Vec<PublicComment> = self
            .items
            .iter()
            .filter(|t| !touched.contains(&t.comment.id))
            .map(|t| t.comment.clone())
            .collect();
        comments.extend(changes.approved);
        let approved = comments.len();
        let mut d = Self::new(comments, approved, depth);
        d.read_at = Some(changes.generation);
        d
    }
}

impl Weigh for Discussion {
    fn bytes(&self) -> usize {
        self.items
            .iter()
            .map(|t| {
                let c = &t.comment;
                // Each string's heap block carries the allocator's header.
                let strings = [
                    Some(c.content_html.as_str().len()),
                    Some(c.author_name.len()),
                    c.author_url.as_ref().map(String::len),
                    c.avatar.as_ref().map(String::len),
                ];
                strings.iter().flatten().map(|n| n + 16).sum::<usize>()
                    + std::mem::size_of::<ThreadItem>()
            })
            .sum()
    }
}

pub struct Threads {
    entries: Lru<Discussion>,
    flights: Flights,
    /// Discussions read whole, and brought up to date from the change log,
    /// by this process (metrics, tests).
    whole: AtomicU64,
    updated: AtomicU64,
}

impl Threads {
    pub fn new(budget_bytes: usize) -> Self {
        Self {
            entries: Lru::new(budget_bytes),
            flights: Flights::default(),
            whole: AtomicU64::new(0),
            updated: AtomicU64::new(0),
        }
    }

    /// Discussions kept, and their bytes.
    pub fn usage(&self) -> (usize, usize) {
        self.entries.usage()
    }

    /// (discussions read whole, discussions updated from the change log).
    pub fn reads(&self) -> (u64, u64) {
        (
            self.whole.load(Ordering::Relaxed),
            self.updated.load(Ordering::Relaxed),
        )
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
        let kept = self.entries.get(&key);
        if let Some(d) = kept.clone().filter(current) {
            return Ok(d);
        }
        // The list of an earlier version, brought up to date if the log
        // reaches back to when it was read; otherwise a whole read.
        let changes = match kept.as_ref().and_then(|d| d.read_at) {
            Some(since) => store.discussion_changes(article, since).await?,
            None => None,
        };
        let mut d = match (kept, changes) {
            (Some(old), Some(changes)) => {
                self.updated.fetch_add(1, Ordering::Relaxed);
                old.updated(changes, depth)
            }
            _ => {
                self.whole.fetch_add(1, Ordering::Relaxed);
                let read = store.approved_discussion(article).await?;
                let approved = read.comments.len();
                let mut d = Discussion::new(read.comments, approved, depth);
                d.read_at = Some(read.generation);
                d
            }
        };
        d.version = Some(version);
        Ok(self.entries.put(&key, d))
    }
}
