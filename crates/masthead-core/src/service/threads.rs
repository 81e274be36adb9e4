//! Threads for pages outside masthead (the embed): found by the page's
//! normalised address, and made by the page's first comment when the page's
//! site is allowed to embed (`embed.allowed_origins`). A thread's title is
//! the page's address until a comment that proposed a title is approved.
use crate::article::Article;
use crate::article::thread::PageUrl;
use crate::comment::{CommentForm, FormTokens, TokenError, TokenSubject};
use crate::i18n::Tr;
use crate::ids::{ArticleId, CommentId};
use crate::settings::SiteSettings;
use crate::store::{NewThread, Store, StoreError, StoreResult};
use crate::{Localized, Timestamp};

use super::SubmitError;

/// Why a page's thread is not there to comment on.
#[derive(Debug, thiserror::Error)]
pub enum ThreadError {
    #[error("Pages of {0} may not embed comments from this site.")]
    OriginNotAllowed(String),
    #[error(transparent)]
    Refused(#[from] SubmitError),
}

impl Localized for ThreadError {
    fn message(&self, t: Tr) -> String {
        match self {
            Self::OriginNotAllowed(origin) => t.s("error-origin-not-allowed", "origin", origin),
            Self::Refused(e) => e.message(t),
        }
    }
}

impl From<StoreError> for ThreadError {
    fn from(e: StoreError) -> Self {
        Self::Refused(SubmitError::Store(e))
    }
}

/// The first comment on a page, as far as it decides whether to make the
/// page's thread: a comment the form token or the fields would refuse
/// makes none.
pub struct FirstComment<'a> {
    pub form: &'a CommentForm,
    pub token: Option<&'a str>,
    pub now: Timestamp,
}

/// Whether the page's site may embed: checked for every use of a thread
/// by address, made or not.
pub fn check_origin(settings: &SiteSettings, url: &PageUrl) -> Result<(), ThreadError> {
    if settings.embed_origins.allows(url.origin()) {
        Ok(())
    } else {
        Err(ThreadError::OriginNotAllowed(url.origin().to_string()))
    }
}

/// The thread of `url`, made now if `first` is its first comment. Its
/// title is the page's address: the title the comment proposes (kept with
/// the comment) is the thread's only once staff approve that comment.
pub async fn page_thread(
    store: &dyn Store,
    settings: &SiteSettings,
    secret: &[u8],
    url: &PageUrl,
    first: FirstComment<'_>,
) -> Result<Article, ThreadError> {
    check_origin(settings, url)?;
    if let Some(thread) = store.thread_by_url(url.as_str()).await? {
        return Ok(thread);
    }
    // Checked here as `submit_comment` will check them, so that a refused
    // comment leaves no empty thread behind.
    let rules = &settings.moderation;
    let token = first.token.ok_or(SubmitError::InvalidToken)?;
    FormTokens::new(secret)
        .verify(
            token,
            TokenSubject::Page(url.as_str().to_string()),
            first.now,
            u64::from(rules.min_fill_seconds),
            u64::from(rules.form_max_age_hours) * 3600,
        )
        .map_err(|e| match e {
            TokenError::Invalid => SubmitError::InvalidToken,
            TokenError::Expired => SubmitError::ExpiredToken,
            TokenError::TooFast { retry_after } => SubmitError::TooFast { retry_after },
        })?;
    first.form.validate().map_err(SubmitError::Invalid)?;
    let thread = NewThread {
        url: url.as_str().to_string(),
        slug: url.thread_slug(),
        title: url.readable(),
        title_confirmed: false,
        created_at: first.now,
    };
    Ok(store.create_thread(&thread).await?)
}

/// Called for comments just approved (by staff, or at once on submission):
/// a thread whose title is unconfirmed takes the title its earliest such
/// comment proposed, and keeps it (staff may still edit it). Whoever's
/// comment is spam or held never names the thread.
pub async fn adopt_page_titles(store: &dyn Store, ids: &[CommentId]) -> StoreResult<()> {
    if ids.is_empty() {
        return Ok(());
    }
    let mut done: Vec<ArticleId> = Vec::new();
    for (_, thread, title) in store.title_proposals(ids).await? {
        if done.contains(&thread) {
            continue;
        }
        done.push(thread);
        store.confirm_thread_title(thread, &title).await?;
    }
    Ok(())
}
