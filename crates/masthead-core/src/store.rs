//! The storage seam. Each backend (SQLite and PostgreSQL, in masthead-store)
//! implements these traits; the rest of masthead holds an `Arc<dyn Store>`
//! and never sees SQL.
use crate::Timestamp;
use crate::article::{Article, ArticleKind, ArticleListing, ArticleSummary, NewArticle, Photo};
use crate::comment::{
    Actor, Comment, CommentStatus, ModerationAction, Network, NewComment, PublicComment,
};
use crate::html::SanitizedHtml;
use crate::ids::{ArticleId, CommentId};
use crate::search::{SearchPage, SearchQuery, SearchTerms};
use crate::seo::SitemapEntry;
use crate::user::{Role, User};
use async_trait::async_trait;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// A uniqueness rule was broken; it names which one.
    #[error("{0} is already taken")]
    Conflict(Unique),
    /// Text the database refuses to store or compare, whatever the query:
    /// PostgreSQL takes no NUL character in text. The caller's input is bad.
    #[error("text may not contain NUL characters")]
    Unstorable,
    /// The database could not be reached or answered with an error.
    #[error("database error: {0}")]
    Backend(#[source] Box<dyn std::error::Error + Send + Sync>),
}

/// A person never reads a database's words: a conflict or bad text is
/// named, anything else is "try again".
impl crate::Localized for StoreError {
    fn message(&self, t: crate::i18n::Tr) -> String {
        match self {
            Self::Conflict(_) => t.t("error-conflict"),
            Self::Unstorable => t.t("error-unstorable"),
            Self::Backend(_) => t.t("error-server"),
        }
    }
}

pub type StoreResult<T> = Result<T, StoreError>;

/// The uniqueness rules a write can break.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unique {
    /// Two articles (or pages) cannot share a slug.
    ArticleSlug,
    /// Two users cannot share a name.
    UserName,
    /// Any other unique index (named by the database in the log).
    Other,
}

impl std::fmt::Display for Unique {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::ArticleSlug => "the article slug",
            Self::UserName => "the user name",
            Self::Other => "a unique value",
        })
    }
}

/// How a list of published articles is sorted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ArticleOrder {
    #[default]
    Date,
    Id,
    Title,
    Slug,
    Modified,
    /// Best match first; only with a search (otherwise by date).
    Relevance,
}

/// A page of published articles (the REST posts collection).
#[derive(Debug, Clone, Default)]
pub struct ArticleQuery {
    /// Full-text search (as the search page reads it), when given.
    pub search: Option<SearchTerms>,
    /// Only these slugs, when not empty.
    pub slugs: Vec<String>,
    pub order_by: ArticleOrder,
    pub ascending: bool,
    pub offset: u64,
    pub limit: u32,
}

/// A page of approved comments on published articles (the REST comments collection).
#[derive(Debug, Clone, Default)]
pub struct PublicCommentQuery {
    /// Only on these articles, when not empty.
    pub articles: Vec<ArticleId>,
    /// Only replies to these comments (0 = top level), when not empty.
    pub parents: Vec<i64>,
    /// Matched against author name, website and text — never the email.
    pub search: Option<String>,
    pub ascending: bool,
    pub offset: u64,
    pub limit: u32,
}

#[async_trait]
pub trait ArticleStore {
    async fn insert_article(
        &self,
        article: &NewArticle,
        body_html: &SanitizedHtml,
    ) -> StoreResult<ArticleId>;
    async fn article_by_id(&self, id: ArticleId) -> StoreResult<Option<Article>>;
    async fn article_by_slug(&self, slug: &str) -> StoreResult<Option<Article>>;
    /// Published articles, newest first, with their approved-comment counts.
    async fn published_articles(&self, offset: u64, limit: u32)
    -> StoreResult<Vec<ArticleSummary>>;
    async fn count_published_articles(&self) -> StoreResult<u64>;
    async fn count_articles(&self) -> StoreResult<u64>;
    /// Published articles matching `query`, and how many match in all.
    async fn query_articles(&self, query: &ArticleQuery) -> StoreResult<(Vec<Article>, u64)>;
    /// Every article whatever its status (the editor's list), newest first.
    async fn article_listing(&self, offset: u64, limit: u32) -> StoreResult<Vec<ArticleListing>>;
    /// Replaces an article's fields; `false` if there is no such article. When
    /// the slug changes, the old one is kept as a redirect to the article; a
    /// slug taken by another article is `StoreError::Conflict`.
    async fn update_article(
        &self,
        id: ArticleId,
        article: &NewArticle,
        body_html: &SanitizedHtml,
    ) -> StoreResult<bool>;
    /// The current slug of the article that once had `old_slug`.
    /// The thread of an outside page, by its normalised address.
    async fn thread_by_url(&self, url: &str) -> StoreResult<Option<Article>>;
    /// Makes the thread of an outside page, or returns the one another
    /// request made at the same moment.
    async fn create_thread(&self, thread: &NewThread) -> StoreResult<Article>;
    /// Titles proposed by these comments for threads whose title is not
    /// confirmed yet: (comment, thread, title) for each approved comment
    /// with a non-empty `page_title`, in comment order.
    async fn title_proposals(
        &self,
        ids: &[CommentId],
    ) -> StoreResult<Vec<(CommentId, ArticleId, String)>>;
    /// Gives a thread whose title is not confirmed `title`, confirmed;
    /// `false` when it was confirmed already (or is gone).
    async fn confirm_thread_title(&self, thread: ArticleId, title: &str) -> StoreResult<bool>;
    /// Approved comments of the threads of these page addresses (those
    /// with a thread), in one query.
    async fn thread_counts(&self, urls: &[String]) -> StoreResult<Vec<(String, u64)>>;
    async fn redirected_slug(&self, old_slug: &str) -> StoreResult<Option<String>>;
    /// When the next scheduled article goes live (the first publication time
    /// after `now`): cached lists are right only until then.
    async fn next_scheduled(&self, now: Timestamp) -> StoreResult<Option<Timestamp>>;
    /// Live articles and static pages (no drafts, nothing scheduled, no
    /// outside-page threads) in id order, a page of the sitemap at a time.
    async fn sitemap_entries(&self, offset: u64, limit: u32) -> StoreResult<Vec<SitemapEntry>>;
    /// How many [`ArticleStore::sitemap_entries`] there are.
    async fn count_sitemap_entries(&self) -> StoreResult<u64>;
    /// The newest change on each sitemap page of `per_page` addresses,
    /// first page first, counting positions as `seo::sitemap::page_slice`
    /// does (the home page is position 0, entry `i` position `i + 1`).
    async fn sitemap_lastmods(&self, per_page: u64) -> StoreResult<Vec<Timestamp>>;
    /// Live articles (not pages, not threads) published at or after
    /// `since`, newest first: the news sitemap.
    async fn articles_since(&self, since: Timestamp, limit: u32) -> StoreResult<Vec<SitemapEntry>>;
}

/// What the queue can be filtered by.
#[derive(Debug, Clone, Default)]
pub struct CommentFilter {
    pub status: Option<CommentStatus>,
    pub article: Option<ArticleId>,
    /// Staff search: author, email, website, IP and text.
    pub search: Option<String>,
    /// At most this many, newest first; `None` for all.
    pub limit: Option<u32>,
    /// Skip this many first (pages of the REST list).
    pub offset: u64,
    /// Only editors' picks.
    pub picked: bool,
}

/// What a reader's submission is checked against: its article, its parent
/// and the author's history, read together (one query) before the rules run.
#[derive(Debug, Clone)]
pub struct SubmissionProbe<'a> {
    pub article_id: ArticleId,
    pub parent_id: Option<CommentId>,
    /// The validated fields the duplicate rule compares (WordPress's
    /// `comment_duplicate`) and the author the history is keyed on; empty
    /// when the fields did not validate.
    pub author_name: &'a str,
    pub author_email: &'a str,
    pub content_source: &'a str,
    /// The client's address, for the flood rule ("" when unknown).
    pub ip: &'a str,
    /// How many approved comments of the author's are worth counting
    /// (`comments.trust_after`): the count stops there.
    pub approved_wanted: u32,
}

/// The answers to a [`SubmissionProbe`].
#[derive(Debug, Clone, Default)]
pub struct SubmissionFacts {
    pub article: Option<Article>,
    /// The parent's status, if it exists on the same article.
    pub parent_status: Option<CommentStatus>,
    /// An identical comment (not trashed) is already there.
    pub duplicate: bool,
    /// The newest comment from this address or this email (the flood rule
    /// keys on either, as WordPress's does).
    pub last_comment_at: Option<Timestamp>,
    /// Approved comments with the same name and email, at most the
    /// probe's `approved_wanted`.
    pub approved_comments: u32,
    /// Staff trusted this email.
    pub trusted: bool,
}

/// What became of a reader's comment handed to the store.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Inserted {
    Stored(CommentId),
    /// An identical comment got there first (decided in the transaction
    /// that would have stored it, so two racing copies store one).
    Duplicate,
}

/// A change a commenter makes to their own comment within the edit window.
#[derive(Debug, Clone)]
pub struct AuthorChange<'a> {
    pub id: CommentId,
    /// The new text and its rendering; `None` for a deletion.
    pub text: Option<(&'a str, &'a SanitizedHtml)>,
    /// The status it ends in (held again when the rules say so; trash when deleted).
    pub status: CommentStatus,
    pub reason: Option<String>,
    pub ip: Option<&'a str>,
    pub at: Timestamp,
    /// An edit is refused, nothing changed, when the comment already has
    /// this many earlier texts (checked in the change's transaction).
    pub max_edits: u32,
    /// Queue the comment for the moderators' notice of a held comment (an
    /// approved comment the edit holds again), in the change's transaction.
    pub tell_moderators: bool,
}

/// What became of an [`AuthorChange`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuthorChanged {
    Done,
    NotFound,
    /// The comment has `max_edits` earlier texts already.
    EditLimit,
}

/// A comment's text before one of its author's edits (for staff).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PastText {
    pub content_source: String,
    pub content_html: SanitizedHtml,
    pub status: CommentStatus,
    /// When the edit that replaced it was made.
    pub edited_at: Timestamp,
    pub ip: Option<String>,
}

/// What a reader's recommend did. A comment's count is the number of
/// networks its recommends came from (rows from before networks were
/// recorded count one each).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Recommended {
    /// Taken, the first from its network: counted; the comment's count now.
    Counted(u64),
    /// Taken for this reader, but its network had recommended the comment
    /// already: the count as it is, and the comment left untouched.
    SameNetwork(u64),
    /// This reader had already recommended it; the count as it is.
    Already(u64),
    /// No approved comment has that id.
    NotFound,
}

/// A reader's recommend, before it is stored.
#[derive(Debug, Clone, Copy)]
pub struct NewRecommend<'a> {
    pub comment: CommentId,
    pub reader: &'a str,
    pub network: &'a Network,
    pub at: Timestamp,
}

/// A reader's report, before it is stored.
#[derive(Debug, Clone)]
pub struct NewReport<'a> {
    pub comment: CommentId,
    pub reader: &'a str,
    pub network: &'a Network,
    /// [`crate::comment::report_weight`], decided by the use case.
    pub weight: u8,
    pub reason: &'a str,
    pub ip: Option<&'a str>,
    pub at: Timestamp,
    /// The tally ([`crate::comment::hold_tally`]) whose crossing sends the
    /// comment back to the queue.
    pub hold_at: u32,
}

/// What a reader's report did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reported {
    /// Stored; `reports` readers have reported it. `held` when this report
    /// took the tally to `hold_at` and the comment went back to the queue.
    Counted { reports: u64, held: bool },
    /// This reader had already reported it.
    Already,
    /// No approved comment has that id.
    NotFound,
}

/// A report as staff see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub reason: String,
    pub ip: Option<String>,
    pub at: Timestamp,
}

/// The thread of a page outside masthead, before it is stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewThread {
    /// The page's normalised address (`PageUrl::as_str`).
    pub url: String,
    pub slug: String,
    pub title: String,
    /// `false` for a thread made by a reader's comment: its title is the
    /// page's address until a comment proposing one is approved.
    pub title_confirmed: bool,
    pub created_at: Timestamp,
}

/// An article's approved discussion as read at one change number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiscussionRead {
    /// Every change up to this number is in `comments`.
    pub generation: i64,
    pub comments: Vec<PublicComment>,
}

/// What changed in an article's approved discussion after a number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiscussionChanges {
    /// Every change up to this number is reflected here.
    pub generation: i64,
    /// Every comment that was added to, changed in or taken from the
    /// discussion (approved, edited, held, moved, deleted).
    pub touched: Vec<CommentId>,
    /// Those of them that are approved comments of the article now.
    pub approved: Vec<PublicComment>,
}

/// How a commenter's comments go when their data is erased.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Erasure {
    /// Kept, as "Anonymous", with no email, website, address or browser.
    Anonymize,
    /// Gone (replies stay, as top-level comments).
    Delete,
}

/// A queued comment (`notify_queue`) with what the notification rules read.
#[derive(Debug, Clone)]
pub struct NotifyWork {
    pub queue_id: i64,
    /// [`crate::notify::bits`].
    pub bits: i32,
    /// `None` when the comment is gone (deleted, erased) since.
    pub comment: Option<Comment>,
    pub article_title: String,
    /// Confirmed addresses following the comment's article, lower case.
    pub followers: Vec<String>,
    /// The comment author's address is confirmed (double opt-in done).
    pub author_confirmed: bool,
    /// The author's address asked for no mail at all ("never mail me
    /// again"): no confirmation request goes to it.
    pub author_suppressed: bool,
    /// Confirmation requests queued in the last day for comments from the
    /// author's IP address (bounds how many strangers one client can have
    /// masthead write to).
    pub ip_confirmations: u32,
}

/// What the notification worker decided for some queued comments, stored
/// in one transaction that also takes them off the queue.
#[derive(Debug, Clone)]
pub struct NotifyOutcome<'a> {
    /// `notify_queue` ids handled.
    pub done: &'a [i64],
    /// Follow-up requests: (article, lower-case address).
    pub subscribe: &'a [(ArticleId, String)],
    pub messages: &'a [crate::notify::NewMessage],
    pub at: Timestamp,
}

/// An outbox row claimed for sending.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxRow {
    pub id: i64,
    pub kind: crate::notify::OutboxKind,
    pub recipient: String,
    pub subject: String,
    pub body: String,
    pub unsubscribe: Option<String>,
    pub attempts: u32,
    /// Messages this recipient was sent in the hour before the claim.
    pub sent_last_hour: u64,
}

/// What is stored for an address's mail (the privacy export).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct MailData {
    pub confirmed_at: Option<Timestamp>,
    /// When it asked for no more mail at all.
    pub unsubscribed_at: Option<Timestamp>,
    /// Slugs of the articles it follows.
    pub following: Vec<String>,
    /// Subjects of messages to it not sent yet.
    pub queued: Vec<String>,
}

/// The outbox of notifications and what they need: the queue of comments
/// to notify about, subscriptions, confirmed addresses.
#[async_trait]
pub trait NotifyStore {
    /// The oldest queued comments, at most `limit`.
    async fn notify_work(&self, limit: u32) -> StoreResult<Vec<NotifyWork>>;
    /// Stores messages and subscriptions and unqueues `done`, in one
    /// transaction; a message whose `dedupe` key is stored already is skipped.
    async fn record_notifications(&self, outcome: &NotifyOutcome<'_>) -> StoreResult<()>;
    /// Leases up to `limit` due messages (not digest items; mail only
    /// `with_mail`) for `lease_secs`: a crashed sender's rows come back
    /// after that.
    async fn claim_outbox(
        &self,
        now: Timestamp,
        lease_secs: i64,
        limit: u32,
        with_mail: bool,
    ) -> StoreResult<Vec<OutboxRow>>;
    /// The message was accepted by the server: never send it again.
    async fn outbox_sent(&self, id: i64, at: Timestamp) -> StoreResult<()>;
    /// An attempt failed: counted, and tried again at `retry_at`.
    async fn outbox_failed(&self, id: i64, error: &str, retry_at: Timestamp) -> StoreResult<()>;
    /// Held back (rate limit) until `at`, without counting an attempt.
    async fn outbox_later(&self, id: i64, at: Timestamp) -> StoreResult<()>;
    /// Digest items not folded into a digest yet, oldest first.
    async fn digest_items(&self) -> StoreResult<Vec<OutboxRow>>;
    /// Stores `digest` and marks `items` folded, in one transaction;
    /// `false` (nothing stored) if another process folded one first.
    async fn fold_digest(
        &self,
        items: &[i64],
        digest: &crate::notify::NewMessage,
        at: Timestamp,
    ) -> StoreResult<bool>;
    /// Confirms an address that asked for mail (clearing an unsubscribe);
    /// `false` if it never asked (or was erased since).
    async fn confirm_address(&self, email: &str, at: Timestamp) -> StoreResult<bool>;
    /// Stops mail about one article, or (`None`) ends the address's
    /// subscriptions, confirmation and queued mail and records that it wants
    /// none; how many subscriptions ended.
    async fn unsubscribe(
        &self,
        email: &str,
        article: Option<ArticleId>,
        at: Timestamp,
    ) -> StoreResult<u64>;
    async fn mail_data(&self, email: &str) -> StoreResult<MailData>;
}

/// A commenter's personal data, found by email (staff's privacy tools).
#[async_trait]
pub trait PrivacyStore {
    /// Every comment with this email (any case), oldest first.
    async fn comments_by_email(&self, email: &str) -> StoreResult<Vec<Comment>>;
    /// Whether staff trusted this email.
    async fn is_trusted(&self, email: &str) -> StoreResult<bool>;
    /// Erases what is stored about this email in one transaction; how many
    /// comments it changed or deleted.
    async fn erase_by_email(&self, email: &str, how: Erasure, at: Timestamp) -> StoreResult<u64>;
    /// Clears the IP addresses of comments, edits and reports made before
    /// `before`, and the networks of reports and recommends (to one word,
    /// `expired`, that still counts as one network); how many comments lost
    /// their addresses.
    async fn clear_addresses_before(&self, before: Timestamp) -> StoreResult<u64>;
}

/// What readers do to comments besides writing them: their own edits,
/// recommends and reports; and the identicon seeds.
#[async_trait]
pub trait ReaderStore {
    /// Applies an author's change, keeping the text it replaces in the
    /// comment's history; `false` if there is no such comment.
    async fn author_change(&self, change: &AuthorChange<'_>) -> StoreResult<AuthorChanged>;
    /// The texts a comment had before its author's edits, oldest first.
    async fn past_texts(&self, id: CommentId) -> StoreResult<Vec<PastText>>;
    /// Stores one reader's recommend of an approved comment, once, and
    /// counts it if it is the first from its network. One that does not
    /// count leaves the comment's row alone (an update would retire the
    /// article's cached pages).
    async fn recommend(&self, recommend: &NewRecommend<'_>) -> StoreResult<Recommended>;
    /// Stores one reader's report of an approved comment, once. The tally
    /// is the sum, over the networks that reported it, of each network's
    /// largest weight (rows without a network count one per reader); the
    /// report that takes it from below `hold_at` to `hold_at` or more holds
    /// the comment again. Concurrent reports are serialised on the comment.
    async fn report(&self, report: &NewReport<'_>) -> StoreResult<Reported>;
    /// Whether this reader id wrote a comment that is approved: a reader
    /// with history.
    async fn reader_has_approved_comment(&self, reader: &str) -> StoreResult<bool>;
    /// The reports on a comment, oldest first.
    async fn reports(&self, id: CommentId) -> StoreResult<Vec<Report>>;
    /// The reports on each of `ids` (a page of the queue), in one query:
    /// (comment, report) pairs, each comment's oldest first.
    async fn reports_of(&self, ids: &[CommentId]) -> StoreResult<Vec<(CommentId, Report)>>;
    /// Comments whose identicon seed is not computed yet, with their emails.
    async fn comments_without_avatar(&self, limit: u32) -> StoreResult<Vec<(CommentId, String)>>;
    async fn set_avatars(&self, seeds: &[(CommentId, String)]) -> StoreResult<()>;
}

#[async_trait]
pub trait CommentStore {
    async fn insert_comment(&self, comment: &NewComment) -> StoreResult<CommentId>;
    /// Approved comments of one article, for its public page.
    async fn approved_comments(&self, article: ArticleId) -> StoreResult<Vec<PublicComment>>;
    /// The same, with the change number it was read at (one snapshot), so
    /// later reads can ask for [`CommentStore::discussion_changes`] only.
    async fn approved_discussion(&self, article: ArticleId) -> StoreResult<DiscussionRead>;
    /// The comments of `article` whose approved state changed after change
    /// number `since`; `None` when the database cannot say (the log no
    /// longer reaches back that far, or the database was restored or went
    /// back): the caller reads the whole discussion instead.
    async fn discussion_changes(
        &self,
        article: ArticleId,
        since: i64,
    ) -> StoreResult<Option<DiscussionChanges>>;
    /// The given comments of one article, whatever their status (the author's own view).
    async fn public_comments_by_ids(
        &self,
        article: ArticleId,
        ids: &[CommentId],
    ) -> StoreResult<Vec<PublicComment>>;
    async fn comment(&self, id: CommentId) -> StoreResult<Option<Comment>>;
    /// Approved comments on published articles matching `query`, and the total.
    async fn query_public_comments(
        &self,
        query: &PublicCommentQuery,
    ) -> StoreResult<(Vec<PublicComment>, u64)>;
    async fn comments(&self, filter: &CommentFilter) -> StoreResult<Vec<Comment>>;
    /// How many comments `filter` matches, ignoring its limit and offset.
    async fn count_comments(&self, filter: &CommentFilter) -> StoreResult<u64>;
    async fn count_comments_by_status(&self) -> StoreResult<Vec<(CommentStatus, u64)>>;
    /// Comments received per UTC day (`YYYY-MM-DD`) since `since`, days with none left out.
    async fn comments_per_day(&self, since: Timestamp) -> StoreResult<Vec<(String, u64)>>;
    /// Everything the submission rules read, in one round trip.
    async fn submission_facts(&self, probe: &SubmissionProbe<'_>) -> StoreResult<SubmissionFacts>;
    /// Stores a reader's comment unless it is a duplicate. Concurrent calls
    /// share one transaction and one durable commit (group commit); each is
    /// answered only after that commit, and one that the database refuses
    /// does not fail the others.
    async fn insert_reader_comment(&self, comment: &NewComment) -> StoreResult<Inserted>;
}

/// One moderation call, applied by [`ModerationStore::moderate_comments`].
#[derive(Debug, Clone)]
pub struct ModerationBatch<'a> {
    pub ids: &'a [CommentId],
    pub action: ModerationAction,
    pub actor: &'a Actor,
    pub at: Timestamp,
}

/// What a moderation call did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Moderated {
    /// Comments whose status changed (or that are gone, for a delete).
    pub changed: Vec<CommentId>,
    /// Comments that were already in the status asked for.
    pub unchanged: Vec<CommentId>,
}

/// A staff edit of one comment: new text and author fields, a new status, or
/// both, saved together.
#[derive(Debug, Clone)]
pub struct CommentEdit<'a> {
    pub id: CommentId,
    pub text: Option<EditedText<'a>>,
    pub status: Option<CommentStatus>,
    pub actor: &'a Actor,
    pub at: Timestamp,
}

#[derive(Debug, Clone)]
pub struct EditedText<'a> {
    pub author_name: &'a str,
    pub author_url: Option<&'a str>,
    pub content_source: &'a str,
    pub content_html: &'a SanitizedHtml,
}

/// A line of the moderation log: who did what to which comment, when.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ModerationEntry {
    pub comment_id: CommentId,
    /// A [`ModerationAction`] verb, or `edit`.
    pub action: String,
    pub actor: String,
    pub user_id: Option<i64>,
    /// `admin`, `rest` or `cli`.
    pub via: String,
    pub at: Timestamp,
}

/// Every change moderators make to comments goes through here, one
/// transaction per call, each recorded in the moderation log. Only
/// `masthead_core::service::moderate` and `edit_comment` call it.
#[async_trait]
pub trait ModerationStore {
    /// Applies `batch.action` to every comment in `batch.ids`, or — if any of
    /// them does not exist — to none, returning the missing ids as `Err`.
    /// `Trust` also trusts each author's email; `Delete` removes the rows
    /// (replies keep their text and become top-level).
    async fn moderate_comments(
        &self,
        batch: &ModerationBatch<'_>,
    ) -> StoreResult<Result<Moderated, Vec<CommentId>>>;
    /// Saves a staff edit; `false` if there is no such comment.
    async fn edit_comment(&self, edit: &CommentEdit<'_>) -> StoreResult<bool>;
    /// Whether staff ever approved this comment (an approve, trust or pick
    /// in the moderation log).
    async fn staff_approved(&self, comment: CommentId) -> StoreResult<bool>;
    /// The log, newest first: of one comment, or of all.
    async fn moderation_log(
        &self,
        comment: Option<CommentId>,
        limit: u32,
    ) -> StoreResult<Vec<ModerationEntry>>;
}

/// What [`SettingsStore::changed_since`] found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ChangeSet {
    /// The counter now: ask with it next time.
    pub generation: i64,
    /// Something site-wide changed (an article, a setting), or the database
    /// went back: every page may differ.
    pub site: bool,
    /// Articles whose approved comments changed.
    pub articles: Vec<ArticleId>,
}

#[async_trait]
pub trait SettingsStore {
    async fn settings(&self) -> StoreResult<Vec<(String, String)>>;
    async fn put_setting(&self, key: &str, value: &str) -> StoreResult<()>;
    /// The secret for signing cookies: `candidate` (fresh random bytes) is stored
    /// if there is none yet, so every process on this database shares one secret.
    async fn site_secret(&self, candidate: &[u8]) -> StoreResult<Vec<u8>>;
    /// A number that changes whenever anything a public page shows changes
    /// (articles, settings, approved comments), in any process.
    async fn generation(&self) -> StoreResult<i64>;
    /// A number that changes whenever anything article `article`'s pages show
    /// changes: a site-wide change (articles, settings) or one of its
    /// approved comments, in any process. Changes elsewhere leave it alone.
    async fn page_version(&self, article: ArticleId) -> StoreResult<i64>;
    /// A number that changes whenever something every page shares changes
    /// (settings, articles), in any process; comments leave it alone.
    async fn site_version(&self) -> StoreResult<i64>;
    /// What changed after `since` (a `generation` of an earlier answer; the
    /// database's own counter, not the numbers above); `None` asks only for
    /// the counter now. For telling reverse-proxy caches what to purge.
    async fn changed_since(&self, since: Option<i64>) -> StoreResult<ChangeSet>;
    /// Ready to serve: the database answers and every migration this build
    /// knows is applied (`Err` names what is missing).
    async fn readiness(&self) -> StoreResult<Result<(), String>>;
    /// Connections open and idle in the pool, for metrics.
    fn pool_stats(&self) -> (u32, usize);
    /// How many generation reads had to ask the database (the rest were
    /// answered from what the store already knew), for metrics.
    fn generation_queries(&self) -> u64;
    /// Group commits of readers' comments so far: (groups, comments in them).
    fn comment_groups(&self) -> (u64, u64);
}

/// A stored file (article photos).
#[derive(Debug, Clone)]
pub struct Media {
    pub name: String,
    pub content_type: String,
    pub bytes: Vec<u8>,
}

#[async_trait]
pub trait MediaStore {
    /// Stores a file under a content-derived name; storing the same bytes twice is a no-op.
    async fn put_media(&self, media: &Media) -> StoreResult<()>;
    async fn media(&self, name: &str) -> StoreResult<Option<Media>>;
    /// A stored file's content type and size in bytes, without its bytes
    /// (a feed's enclosure names both).
    async fn media_info(&self, name: &str) -> StoreResult<Option<(String, u64)>>;
}

#[async_trait]
pub trait UserStore {
    /// Adds a user; a taken name is `StoreError::Conflict`.
    async fn insert_user(&self, name: &str, role: Role, password_hash: &str) -> StoreResult<i64>;
    async fn user_by_name(&self, name: &str) -> StoreResult<Option<User>>;
    /// Replaces a user's password hash; `false` if there is no such user.
    async fn set_password(&self, name: &str, password_hash: &str) -> StoreResult<bool>;
    async fn users(&self) -> StoreResult<Vec<User>>;
    /// Stores an application password's hash for a user; `false` if no such user.
    async fn add_app_password(&self, name: &str, label: &str, hash: &str) -> StoreResult<bool>;
    /// The user an application password belongs to (and notes its use).
    async fn user_by_app_password(&self, name: &str, hash: &str) -> StoreResult<Option<User>>;
}

/// A staff session as stored (the cookie holds the token, the store its hash).
#[derive(Debug, Clone)]
pub struct Session {
    pub user: User,
    pub csrf: String,
    pub created_at: Timestamp,
    pub last_seen_at: Timestamp,
}

#[async_trait]
pub trait SessionStore {
    async fn create_session(
        &self,
        token_hash: &str,
        user_id: i64,
        csrf: &str,
        now: Timestamp,
    ) -> StoreResult<()>;
    async fn session(&self, token_hash: &str) -> StoreResult<Option<Session>>;
    async fn touch_session(&self, token_hash: &str, now: Timestamp) -> StoreResult<()>;
    async fn delete_session(&self, token_hash: &str) -> StoreResult<()>;
}

/// One import, in one transaction: nothing is visible until `commit`, and
/// dropping it without committing leaves the database as it was.
#[async_trait]
pub trait ImportTx: Send {
    /// The masthead id of something imported before from `source`.
    async fn imported(
        &mut self,
        source: &str,
        kind: &str,
        source_id: &str,
    ) -> StoreResult<Option<i64>>;
    async fn record_import(
        &mut self,
        source: &str,
        kind: &str,
        source_id: &str,
        target_id: i64,
    ) -> StoreResult<()>;
    /// Many `record_import`s in one statement.
    async fn record_imports(
        &mut self,
        source: &str,
        kind: &str,
        pairs: &[(String, i64)],
    ) -> StoreResult<()>;
    async fn slug_taken(&mut self, slug: &str) -> StoreResult<bool>;
    async fn insert_article(
        &mut self,
        article: &NewArticle,
        kind: ArticleKind,
        body_html: &SanitizedHtml,
    ) -> StoreResult<ArticleId>;
    async fn set_article_photo(&mut self, id: ArticleId, photo: &Photo) -> StoreResult<()>;
    async fn insert_comment(
        &mut self,
        comment: &NewComment,
        comment_type: &str,
    ) -> StoreResult<CommentId>;
    async fn set_comment_parent(&mut self, id: CommentId, parent: CommentId) -> StoreResult<()>;
    /// Inserts many comments (each with its type) and returns their new ids,
    /// in the same order: a bulk import's fast path.
    async fn insert_comments(
        &mut self,
        comments: &[(NewComment, String)],
    ) -> StoreResult<Vec<CommentId>>;
    /// Sets many (comment, parent) links at once.
    async fn set_comment_parents(&mut self, links: &[(CommentId, CommentId)]) -> StoreResult<()>;
    /// An old address of the article (kept if the path is already taken).
    async fn add_legacy_path(&mut self, path: &str, article: ArticleId) -> StoreResult<()>;
    /// Declares a term (kept if it exists) and, with an article, tags it.
    async fn add_term(&mut self, term: &Term, article: Option<ArticleId>) -> StoreResult<()>;
    /// Articles whose slug or legacy path is `path` (Disqus threads name URLs).
    async fn article_for_path(&mut self, path: &str) -> StoreResult<Option<ArticleId>>;
    /// The thread of an outside page (by `thread.url`), made if there is
    /// none; `true` when it was made now. Importers of other comment servers
    /// bring threads of pages masthead does not publish.
    async fn outside_thread(&mut self, thread: &NewThread) -> StoreResult<(ArticleId, bool)>;
    /// The reader counts an imported comment had where it came from: its
    /// recommends (likes, upvotes) and when its author last edited it.
    async fn set_comment_counts(
        &mut self,
        id: CommentId,
        recommends: u32,
        edited_at: Option<Timestamp>,
    ) -> StoreResult<()>;
    async fn commit(self: Box<Self>) -> StoreResult<()>;
}

/// A category, tag or other WordPress term.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Term {
    pub taxonomy: String,
    pub slug: String,
    pub name: String,
    pub parent: String,
}

#[async_trait]
pub trait ImportStore {
    async fn begin_import(&self) -> StoreResult<Box<dyn ImportTx>>;
    /// The article an old address (`/?p=7`, `/2017/11/14/slug/`) belongs to.
    async fn legacy_path(&self, path: &str) -> StoreResult<Option<Article>>;
    /// Every term, parents before children, for export.
    async fn terms(&self) -> StoreResult<Vec<Term>>;
    async fn article_terms(&self, id: ArticleId) -> StoreResult<Vec<Term>>;
    /// Article ids after `after`, ascending, at most `limit` (export walks them).
    async fn article_ids(&self, after: i64, limit: u32) -> StoreResult<Vec<ArticleId>>;
}

/// Full-text search of live articles and pages. Each backend keeps its
/// index in step with the articles table inside the same transactions
/// (SQLite FTS5 by triggers, PostgreSQL by a generated `tsvector`).
#[async_trait]
pub trait SearchStore {
    /// A page of hits, best first, and how many matched in all.
    async fn search_articles(&self, query: &SearchQuery) -> StoreResult<SearchPage>;
}

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
        + Send
        + Sync,
> Store for T
{
}
