//! Reasons stored as English sentences, before they were codes (migration
//! 0023), turned into codes (both backends). The store does it on opening,
//! as it fills `body_text`: a few short writes, found through the partial
//! index of 0023, which is empty from then on. A sentence no code matches is
//! kept word for word (`ModerationReason::Text`). This file is the only
//! place that reads those sentences.
use super::Db;
use masthead_core::comment::{ModerationReason, Reasons, ReportReason};

/// Rows per read: one short write at a time, so a server already running
/// on the database waits for no long transaction.
const BATCH: i64 = 200;

/// Converts every reason still stored as words; how many rows it wrote.
pub(crate) async fn convert(pool: &sqlx::Pool<Db>) -> Result<u64, sqlx::Error> {
    let mut converted = 0u64;
    let mut after = 0i64;
    loop {
        // The predicate of the partial index `comments_reason_words`.
        let rows: Vec<(i64, String)> = sqlx::query_as(
            "SELECT id, moderation_reason FROM comments \
             WHERE moderation_reason NOT LIKE '[%' AND id > $1 ORDER BY id LIMIT $2",
        )
        .bind(after)
        .bind(BATCH)
        .fetch_all(pool)
        .await?;
        let Some((last, _)) = rows.last() else {
            return Ok(converted);
        };
        after = *last;
        for (id, words) in rows {
            let codes = from_words(&words).map(|r| r.to_stored());
            // Unless a change in between wrote a newer reason.
            sqlx::query(
                "UPDATE comments SET moderation_reason = $1 \
                 WHERE id = $2 AND moderation_reason = $3",
            )
            .bind(codes)
            .bind(id)
            .bind(&words)
            .execute(pool)
            .await?;
            converted += 1;
        }
    }
}

/// The reasons an English line of the old `Display` (and the store's
/// report line, and the reader's deletion) said, "; " between them.
fn from_words(words: &str) -> Option<Reasons> {
    Reasons::new(
        words
            .split("; ")
            .map(str::trim)
            .filter(|part| !part.is_empty())
            .map(|part| one(part).unwrap_or_else(|| ModerationReason::Text(part.to_string())))
            .collect(),
    )
}

fn one(part: &str) -> Option<ModerationReason> {
    use ModerationReason as R;
    let fixed = match part {
        "every comment is held for moderation" => Some(R::HoldAll),
        "the hidden honeypot field was filled in" => Some(R::Honeypot),
        "posted without the form's token" => Some(R::NoFormToken),
        "edited after a moderator approved it" => Some(R::EditedAfterApproval),
        "Deleted by its author" => Some(R::DeletedByAuthor),
        // Before the count was told.
        "first comment from this name and email" => Some(R::FirstComment {
            approved: 0,
            needed: 1,
        }),
        _ => None,
    };
    if fixed.is_some() {
        return fixed;
    }
    let quoted = |prefix: &str| {
        part.strip_prefix(prefix)?
            .strip_prefix('“')?
            .strip_suffix('”')
            .map(str::to_string)
    };
    if let Some(w) = quoted("contains moderation word ") {
        return Some(R::ModerationWord(w));
    }
    if let Some(w) = quoted("contains disallowed word ") {
        return Some(R::DisallowedWord(w));
    }
    if let Some(rest) =
        part.strip_prefix("first comments from this name and email (approved so far: ")
    {
        let (approved, needed) = rest.strip_suffix(')')?.split_once(" of ")?;
        return Some(R::FirstComment {
            approved: approved.parse().ok()?,
            needed: needed.parse().ok()?,
        });
    }
    if let Some(rest) = part.strip_prefix("contains ") {
        let (links, limit) = rest.strip_suffix(')')?.split_once(" links (limit ")?;
        return Some(R::TooManyLinks {
            links: links.parse().ok()?,
            limit: limit.parse().ok()?,
        });
    }
    let rest = part.strip_prefix("Reported by ")?;
    let (readers, kinds) = rest.strip_suffix(')')?.split_once(" readers (")?;
    let kinds: Option<Vec<ReportReason>> = kinds.split(", ").map(|k| k.parse().ok()).collect();
    Some(R::Reported {
        readers: readers.parse().ok()?,
        kinds: kinds?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use ModerationReason as R;

    #[test]
    fn every_sentence_ever_stored_becomes_its_code() {
        let words = "contains 3 links (limit 2); contains moderation word “casino”; \
            first comments from this name and email (approved so far: 1 of 2)";
        let r = from_words(words).unwrap();
        assert_eq!(
            r.as_slice(),
            [
                R::TooManyLinks { links: 3, limit: 2 },
                R::ModerationWord("casino".into()),
                R::FirstComment {
                    approved: 1,
                    needed: 2
                }
            ]
        );
        // Said again in English, it is what was stored.
        assert_eq!(r.to_string(), words);
        for (old, code) in [
            ("every comment is held for moderation", R::HoldAll),
            ("the hidden honeypot field was filled in", R::Honeypot),
            ("posted without the form's token", R::NoFormToken),
            (
                "edited after a moderator approved it",
                R::EditedAfterApproval,
            ),
            ("Deleted by its author", R::DeletedByAuthor),
            (
                "contains disallowed word “x; y”",
                R::Text("contains disallowed word “x".into()),
            ),
            (
                "first comment from this name and email",
                R::FirstComment {
                    approved: 0,
                    needed: 1,
                },
            ),
            (
                "Reported by 2 readers (abusive, spam)",
                R::Reported {
                    readers: 2,
                    kinds: vec![ReportReason::Abusive, ReportReason::Spam],
                },
            ),
        ] {
            assert_eq!(from_words(old).unwrap().as_slice()[0], code, "{old}");
        }
    }

    #[test]
    fn unknown_words_are_kept_as_they_are() {
        for old in ["a rule of long ago", "Reported by 2 readers (abuse, spam)"] {
            let r = from_words(old).unwrap();
            assert_eq!(r.as_slice(), [R::Text(old.into())]);
            assert_eq!(r.to_string(), old);
        }
        assert_eq!(from_words("  "), None);
    }
}
