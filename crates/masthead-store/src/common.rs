//! Helpers shared by every backend.
use masthead_core::Timestamp;
use masthead_core::chrono::{DateTime, Utc};
use masthead_core::store::{StoreError, Unique};

pub(crate) fn db_err(e: sqlx::Error) -> StoreError {
    if let sqlx::Error::Database(d) = &e {
        if d.is_unique_violation() {
            return StoreError::Conflict(unique_rule(d.constraint(), d.message()));
        }
        // PostgreSQL's character_not_in_repertoire: a NUL in a text value.
        if d.code().as_deref() == Some("22021") {
            return StoreError::Unstorable;
        }
    }
    StoreError::Backend(Box::new(e))
}

/// Which rule a unique violation broke: PostgreSQL names the constraint
/// (`articles_slug_key`), SQLite the columns (`UNIQUE constraint failed:
/// articles.slug`).
fn unique_rule(constraint: Option<&str>, message: &str) -> Unique {
    let what = constraint.unwrap_or(message);
    if what.contains("articles_slug") || what.contains("articles.slug") {
        Unique::ArticleSlug
    } else if what.contains("users_name") || what.contains("users.name") {
        Unique::UserName
    } else if what.contains("wire_sources_name") || what.contains("wire_sources.name") {
        Unique::WireSourceName
    } else {
        tracing::debug!(what, "unique violation");
        Unique::Other
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_unique_violation_names_its_rule_on_both_backends() {
        let sqlite = |m: &str| unique_rule(None, m);
        let pg = |c: &str| unique_rule(Some(c), "duplicate key value violates unique constraint");
        assert_eq!(
            sqlite("UNIQUE constraint failed: articles.slug"),
            Unique::ArticleSlug
        );
        assert_eq!(pg("articles_slug_key"), Unique::ArticleSlug);
        assert_eq!(
            sqlite("UNIQUE constraint failed: users.name"),
            Unique::UserName
        );
        assert_eq!(pg("users_name_key"), Unique::UserName);
        assert_eq!(pg("sessions_pkey"), Unique::Other);
    }
}
