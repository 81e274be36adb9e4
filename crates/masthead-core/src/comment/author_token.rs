//! Proof that a reader wrote a comment, for pages where masthead cannot set
//! a cookie (the embed on another site): a signed token the embedding page
//! keeps in its own storage and sends back to see its held comments (and,
//! within the edit window, to change them). `a2.ID.ISSUED.SIGNATURE`.
use crate::Timestamp;
use crate::ids::CommentId;
use crate::signed::{Fields, Purpose, Signer};

/// How far the moment a proof was issued may be from its comment's
/// `created_at` for the proof to be that comment's: the proof is issued as
/// the comment is accepted, so a proof naming an id from another moment is
/// not for the comment that has that id now.
pub const PROOF_SKEW_SECONDS: i64 = 120;

/// Issues and reads author tokens with the site's secret.
pub struct AuthorTokens<'a> {
    signer: Signer<'a>,
}

/// What a valid token (or an entry of the authored cookie) says: this
/// browser wrote comment `comment`, accepted at `issued`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Authored {
    pub comment: CommentId,
    pub issued: Timestamp,
}

impl Authored {
    /// Whether this proof is for `comment` as it exists now: the same id,
    /// issued when that comment was written (not for an earlier comment that
    /// had the id, nor dated into the future to outlive the window).
    pub fn proves(&self, comment: CommentId, created_at: Timestamp) -> bool {
        self.comment == comment
            && (self.issued.timestamp() - created_at.timestamp()).abs() <= PROOF_SKEW_SECONDS
    }
}

impl<'a> AuthorTokens<'a> {
    pub fn new(secret: &'a [u8]) -> Self {
        Self {
            signer: Signer::new(secret),
        }
    }

    pub fn issue(&self, comment: CommentId, now: Timestamp) -> String {
        let (id, issued) = (comment.0.to_string(), now.timestamp().to_string());
        self.signer.seal(Purpose::Author, &[&id, &issued], &[])
    }

    /// The comment a token proves authorship of, if masthead issued it.
    pub fn verify(&self, token: &str) -> Option<Authored> {
        let [id, issued] = self.signer.open(Purpose::Author, token, &[])?;
        Some(Authored {
            comment: CommentId(Fields::id(id)?),
            issued: Timestamp::from_timestamp(Fields::number(issued)?, 0)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Utc;

    #[test]
    fn tokens_prove_one_comment_and_nothing_else() {
        let t = AuthorTokens::new(b"secret");
        let now = Utc::now();
        let token = t.issue(CommentId(42), now);
        let got = t.verify(&token).unwrap();
        assert_eq!(got.comment, CommentId(42));
        assert_eq!(got.issued.timestamp(), now.timestamp());
        assert_eq!(AuthorTokens::new(b"other").verify(&token), None);
        let other = token.replacen("a2.42.", "a2.43.", 1);
        assert_eq!(t.verify(&other), None, "another comment");
        for junk in [
            "",
            "1",
            "1.2",
            "1.2.3",
            "-1.2.ab",
            "x.y.z",
            "42..",
            &"9".repeat(400),
            &format!(" {token}"),
            &token.replacen("a2.42.", "a2.+42.", 1),
        ] {
            assert_eq!(t.verify(junk), None, "{junk}");
        }
    }

    #[test]
    fn a_proof_is_for_the_comment_written_when_it_was_issued() {
        let t0 = Timestamp::from_timestamp(1_700_000_000, 0).unwrap_or_default();
        let proof = Authored {
            comment: CommentId(7),
            issued: t0,
        };
        assert!(proof.proves(CommentId(7), t0));
        assert!(proof.proves(CommentId(7), t0 + chrono::Duration::seconds(30)));
        assert!(!proof.proves(CommentId(8), t0));
        // Id 7 given again to a comment written a day later.
        assert!(!proof.proves(CommentId(7), t0 + chrono::Duration::days(1)));
        // A proof dated into the future (a forged far-future timestamp).
        let future = Authored {
            comment: CommentId(7),
            issued: t0 + chrono::Duration::days(3650),
        };
        assert!(!future.proves(CommentId(7), t0));
    }
}
