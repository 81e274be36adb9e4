//! Helpers shared by every backend.
use masthead_core::Timestamp;
use masthead_core::chrono::{DateTime, Utc};
use masthead_core::store::StoreError;

pub(crate) fn db_err(e: sqlx::Error) -> StoreError {
    if let sqlx::Error::Database(d) = &e {
        if d.is_unique_violation() {
            return StoreError::Conflict(d.message().to_string());
        }
        // PostgreSQL's character_not_in_repertoire: a NUL in a text value.
        if d.code().as_deref() == Some("22021") {
            return StoreError::Unstorable;
        }
    }
    StoreError::Backend(Box::new(e))
}

pub(crate) fn ts(secs: i64) -> Timestamp {
    DateTime::<Utc>::from_timestamp(secs, 0).unwrap_or_default()
}

/// `$first, $first+1, …` for an IN list of `n` values.
pub(crate) fn placeholders(first: usize, n: usize) -> String {
    (first..first + n)
        .map(|i| format!("${i}"))
        .collect::<Vec<_>>()
        .join(", ")
}
