//! The storage seam. Each backend (SQLite and PostgreSQL, in masthead-store)
//! implements these traits; the rest of masthead holds an `Arc<dyn Store>`
//! and never sees SQL. One file per aggregate, as `masthead-store/src/sql/`
//! has one file of queries per aggregate; every name is re-exported here, so
//! `masthead_core::store::CommentStore` is the path whatever file holds it.
mod activitypub;
mod articles;
mod comments;
mod discussion;
mod error;
mod filter;
mod imports;
mod leases;
mod live;
mod media;
mod moderation;
mod notices;
mod notify;
mod privacy;
mod readers;
mod revisions;
mod sanctions;
mod search;
mod sections;
mod sessions;
mod settings;
mod submissions;
mod users;
mod webmentions;
mod wire;

pub use activitypub::{
    ActivityPubStore, Delivery, DeliveryOutcome, DeliveryRow, FederatedNote, FederationReport,
    ProblemRow, RemoteKey,
};
pub use articles::{ArticleOrder, ArticleQuery, ArticleStore, NewThread};
pub use comments::{CommentFilter, CommentStore, PublicCommentQuery, QueueOrder};
pub use discussion::{DiscussionChanges, DiscussionRead};
pub use error::{StoreError, StoreResult, Unique};
pub use filter::{FilterInput, FilterMark, FilterStore, StoredLesson};
pub use imports::{ImportStore, ImportTx, Term};
pub use leases::{Held, LeaseStore};
pub use live::{Coverage, GRIP_LEASE, GripChain, GripItem, LiveEntry, LiveStore};
pub use media::{Media, MediaStore};
pub use moderation::{
    AuthorText, EditedText, GivenStatement, LogCount, Moderated, ModerationBatch, ModerationEntry,
    ModerationStore, NewText, Refused, TransparencyCounts,
};
pub use notices::{NewNotice, Notice, NoticeStore, Statement};
pub use notify::{MailData, NotifyOutcome, NotifyStore, NotifyWork, OutboxRow};
pub use privacy::{Erasure, PrivacyStore};
pub use readers::{NewRecommend, NewReport, PastText, ReaderStore, Recommended, Report, Reported};
pub use revisions::{ArticleVersion, RevisionStore};
pub use sanctions::{CommenterHistory, CommenterRow, SanctionStore};
pub use search::SearchStore;
pub use sections::SectionStore;
pub use sessions::{Session, SessionStore};
pub use settings::{ChangeSet, SettingsStore};
pub use submissions::{Inserted, SubmissionFacts, SubmissionProbe};
pub use users::UserStore;
pub use webmentions::{
    Checked, MentionState, OutgoingMention, Reaction, SendOutcome, SendState, StoredMention,
    WebmentionStore,
};
pub use wire::{
    DeskItem, DeskQuery, ItemState, NewWireSource, PollRecord, PublishMode, StoredItem, WireSource,
    WireStore,
};

/// Everything a backend is: one value that answers every trait.
pub trait Store:
    ArticleStore
    + SearchStore
    + CommentStore
    + ReaderStore
    + PrivacyStore
    + ModerationStore
    + SettingsStore
    + MediaStore
    + UserStore
    + SessionStore
    + ImportStore
    + NotifyStore
    + FilterStore
    + SanctionStore
    + SectionStore
    + NoticeStore
    + LiveStore
    + LeaseStore
    + GripChain
    + WireStore
    + RevisionStore
    + WebmentionStore
    + ActivityPubStore
    + Send
    + Sync
{
}

impl<
    T: ArticleStore
        + SearchStore
        + CommentStore
        + ReaderStore
        + PrivacyStore
        + ModerationStore
        + SettingsStore
        + MediaStore
        + UserStore
        + SessionStore
        + ImportStore
        + NotifyStore
        + FilterStore
        + SanctionStore
        + SectionStore
        + NoticeStore
        + LiveStore
        + LeaseStore
        + GripChain
        + WireStore
        + RevisionStore
        + WebmentionStore
        + ActivityPubStore
        + Send
        + Sync,
> Store for T
{
}
