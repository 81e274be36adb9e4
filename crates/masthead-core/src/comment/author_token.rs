//! Proof that a reader wrote a comment, for pages where masthead cannot set
//! a cookie (the embed on another site): a signed token the embedding page
//! keeps in its own storage and sends back to see its held comments (and,
//! within the edit window, to change them). `ID.ISSUED.SIGNATURE`.
use crate::Timestamp;
use crate::ids::CommentId;

/// Issues and reads author tokens with the site's secret.
pub struct AuthorTokens<'a> {
    secret: &'a [u8],
}

/// What a valid token says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Authored {
    pub comment: CommentId,
    pub issued: Timestamp,
}

impl<'a> AuthorTokens<'a> {
    pub fn new(secret: &'a [u8]) -> Self {
        Self { secret }
    }

    fn signature(&self, id: i64, issued: i64) -> String {
        let (id, issued) = (id.to_string(), issued.to_string());
        super::token::sign(
            self.secret,
            &[
                b"masthead-author-token:",
                id.as_bytes(),
                b":",
                issued.as_bytes(),
            ],
        )
    }

    pub fn issue(&self, comment: CommentId, now: Timestamp) -> String {
        let issued = now.timestamp();
        format!(
            "{}.{issued}.{}",
            comment.0,
            self.signature(comment.0, issued)
        )
    }

    /// The comment a token proves authorship of, if masthead issued it.
    pub fn verify(&self, token: &str) -> Option<Authored> {
        let mut parts = token.trim().splitn(3, '.');
        let id: i64 = parts.next()?.parse().ok().filter(|n| *n > 0)?;
        let issued: i64 = parts.next()?.parse().ok()?;
        let sig = parts.next()?;
        let expected = self.signature(id, issued);
        let same = super::token::same(&expected, sig);
        same.then(|| Authored {
            comment: CommentId(id),
            issued: Timestamp::from_timestamp(issued, 0).unwrap_or_default(),
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
        let (_, rest) = token.split_once('.').unwrap();
        assert_eq!(t.verify(&format!("43.{rest}")), None, "another comment");
        for junk in [
            "",
            "1",
            "1.2",
            "1.2.3",
            "-1.2.ab",
            "x.y.z",
            "42..",
            &"9".repeat(400),
        ] {
            assert_eq!(t.verify(junk), None, "{junk}");
        }
    }
}
