//! Group commit for readers' comments: submissions that arrive while one
//! commit is under way wait for the next, and all of them share its
//! transaction and its single fsync (SQLite) or WAL flush and round trips
//! (PostgreSQL).
//!
//! One writer task per store does the committing, so a reader who hangs up
//! mid-commit (its request future dropped) cannot abort the others' writes.
//! The task is started on first use, on the runtime of that caller, and
//! started again if that runtime has gone.
use masthead_core::comment::NewComment;
use masthead_core::store::{Inserted, StoreError, StoreResult};
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use tokio::sync::{mpsc, oneshot};

/// Comments committed together at most: a group of this size commits in
/// well under a millisecond, and the queue behind it forms the next group.
const MAX_GROUP: usize = 64;
/// Submissions waiting for a writer before new ones wait to be queued.
const QUEUE: usize = 1024;

type Reply = oneshot::Sender<StoreResult<Inserted>>;
type Job = (NewComment, Reply);
type Results = Vec<StoreResult<Inserted>>;
/// Commits one group: one result per comment, in order.
pub(crate) type Commit =
    Arc<dyn Fn(Vec<NewComment>) -> Pin<Box<dyn Future<Output = Results> + Send>> + Send + Sync>;

pub(crate) struct GroupCommit {
    queue: Mutex<Option<mpsc::Sender<Job>>>,
    commit: Commit,
    stats: Arc<Stats>,
}

/// Groups committed and the comments in them, for metrics and tests.
#[derive(Default)]
struct Stats {
    groups: AtomicU64,
    comments: AtomicU64,
}

impl std::fmt::Debug for GroupCommit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GroupCommit").finish_non_exhaustive()
    }
}

pub(crate) fn stopped() -> StoreError {
    StoreError::Backend("the comment writer stopped before committing".into())
}

impl GroupCommit {
    pub(crate) fn new(commit: Commit) -> Self {
        Self {
            queue: Mutex::new(None),
            commit,
            stats: Arc::default(),
        }
    }

    /// (groups committed, comments in them).
    pub(crate) fn stats(&self) -> (u64, u64) {
        (
            self.stats.groups.load(Ordering::Relaxed),
            self.stats.comments.load(Ordering::Relaxed),
        )
    }

    /// Queues `comment` for the next group and waits for its commit.
    pub(crate) async fn insert(&self, comment: NewComment) -> StoreResult<Inserted> {
        let (reply, answer) = oneshot::channel();
        let mut job = (comment, reply);
        // Twice at most: a writer whose runtime has shut down is replaced.
        for _ in 0..2 {
            let sender = self.sender(false);
            match sender.send(job).await {
                Ok(()) => return answer.await.unwrap_or_else(|_| Err(stopped())),
                Err(mpsc::error::SendError(back)) => {
                    job = back;
                    self.sender(true);
                }
            }
        }
        Err(stopped())
    }

    fn sender(&self, replace: bool) -> mpsc::Sender<Job> {
        let mut queue = self.queue.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(sender) = queue.as_ref().filter(|s| !replace && !s.is_closed()) {
            return sender.clone();
        }
        let (sender, receiver) = mpsc::channel(QUEUE);
        tokio::spawn(writer(receiver, self.commit.clone(), self.stats.clone()));
        *queue = Some(sender.clone());
        sender
    }
}

async fn writer(mut queue: mpsc::Receiver<Job>, commit: Commit, stats: Arc<Stats>) {
    let mut jobs = Vec::with_capacity(MAX_GROUP);
    // Waits for one submission, then takes whatever else is queued.
    while queue.recv_many(&mut jobs, MAX_GROUP).await > 0 {
        let (comments, replies): (Vec<NewComment>, Vec<Reply>) = jobs.drain(..).unzip();
        let n = comments.len() as u64;
        let results = commit(comments).await;
        stats.groups.fetch_add(1, Ordering::Relaxed);
        stats.comments.fetch_add(n, Ordering::Relaxed);
        for (reply, result) in replies.into_iter().zip(results) {
            // A reader who left gets no answer; the comment is stored all the same.
            let _ = reply.send(result);
        }
    }
}
