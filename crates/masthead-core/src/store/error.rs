//! What a store call can fail with.

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
    /// Two wire sources cannot share a name.
    WireSourceName,
    /// Any other unique index (named by the database in the log).
    Other,
}

impl std::fmt::Display for Unique {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::ArticleSlug => "the article slug",
            Self::UserName => "the user name",
            Self::WireSourceName => "the wire source name",
            Self::Other => "a unique value",
        })
    }
}
