//! The signed form token: proves a submission came from a form masthead served
//! for this article, and how long ago. Bots that post straight to the endpoint
//! have none; bots that fetch the page and post at once are too fast.
use crate::Timestamp;
use crate::ids::ArticleId;
use hmac::{Hmac, Mac};
use sha2::Sha256;

type HmacSha256 = Hmac<Sha256>;

/// Why a token was not accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenError {
    /// Not a token masthead issued for this article (forged, altered, truncated).
    Invalid,
    /// Posted sooner than a person can fill in the form; retry after this many seconds.
    TooFast { retry_after: u64 },
    /// Issued too long ago.
    Expired,
}

/// HMAC-SHA256 of `parts` in turn under `secret`, its first 16 bytes in
/// hex: the signature of masthead's tokens.
pub(crate) fn sign(secret: &[u8], parts: &[&[u8]]) -> String {
    // new_from_slice accepts keys of any length for HMAC.
    let Ok(mut mac) = HmacSha256::new_from_slice(secret) else {
        return String::new();
    };
    for p in parts {
        mac.update(p);
    }
    mac.finalize()
        .into_bytes()
        .iter()
        .take(16)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Whether two signatures are equal, in time that does not depend on where
/// they differ (they are secret-derived).
pub(crate) fn same(expected: &str, given: &str) -> bool {
    expected.len() == given.len()
        && expected
            .bytes()
            .zip(given.bytes())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0
}

/// What a form is for: an article's discussion, or the thread of a page
/// outside masthead named by its normalised address (which may not exist
/// yet: the embed's first comment creates it).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum TokenSubject {
    Article(ArticleId),
    Page(String),
}

impl From<ArticleId> for TokenSubject {
    fn from(id: ArticleId) -> Self {
        Self::Article(id)
    }
}

impl TokenSubject {
    /// The subject of a form for `article`: its page address for a thread,
    /// so the embed's token and the thread page's token are one kind.
    pub fn of(article: &crate::article::Article) -> Self {
        match &article.external_url {
            Some(url) => Self::Page(url.clone()),
            None => Self::Article(article.id),
        }
    }
}

/// Issues and checks tokens of the form `ISSUED.SIGNATURE`, where the signature
/// covers the subject (article id or page address) and the issue time.
pub struct FormTokens<'a> {
    secret: &'a [u8],
}

impl<'a> FormTokens<'a> {
    pub fn new(secret: &'a [u8]) -> Self {
        Self { secret }
    }

    fn signature(&self, subject: &TokenSubject, issued: i64) -> String {
        let issued = issued.to_string();
        match subject {
            TokenSubject::Article(article) => sign(
                self.secret,
                &[
                    b"masthead-form-token:",
                    article.0.to_string().as_bytes(),
                    b":",
                    issued.as_bytes(),
                ],
            ),
            // A digit never starts "page:", so no page signs like an article.
            TokenSubject::Page(url) => sign(
                self.secret,
                &[
                    b"masthead-form-token:",
                    b"page:",
                    url.as_bytes(),
                    b":",
                    issued.as_bytes(),
                ],
            ),
        }
    }

    pub fn issue(&self, subject: impl Into<TokenSubject>, now: Timestamp) -> String {
        let issued = now.timestamp();
        format!("{issued}.{}", self.signature(&subject.into(), issued))
    }

    /// Checks a token against the article it was posted for.
    pub fn verify(
        &self,
        token: &str,
        subject: impl Into<TokenSubject>,
        now: Timestamp,
        min_fill_seconds: u64,
        max_age_seconds: u64,
    ) -> Result<(), TokenError> {
        let (issued, sig) = token.split_once('.').ok_or(TokenError::Invalid)?;
        let issued: i64 = issued.parse().map_err(|_| TokenError::Invalid)?;
        let expected = self.signature(&subject.into(), issued);
        let same = same(&expected, sig);
        if !same {
            return Err(TokenError::Invalid);
        }
        let age = now.timestamp() - issued;
        if age < 0 {
            return Err(TokenError::Invalid);
        }
        let age = age.unsigned_abs();
        if age < min_fill_seconds {
            return Err(TokenError::TooFast {
                retry_after: min_fill_seconds - age,
            });
        }
        if age > max_age_seconds {
            return Err(TokenError::Expired);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Duration, Utc};

    const A: ArticleId = ArticleId(7);

    #[test]
    fn a_token_is_accepted_between_min_fill_and_expiry() {
        let t = FormTokens::new(b"secret");
        let now = Utc::now();
        let token = t.issue(A, now);
        assert_eq!(
            t.verify(&token, A, now + Duration::seconds(5), 3, 3600),
            Ok(())
        );
        assert_eq!(
            t.verify(&token, A, now + Duration::seconds(1), 3, 3600),
            Err(TokenError::TooFast { retry_after: 2 })
        );
        assert_eq!(
            t.verify(&token, A, now + Duration::seconds(3601), 3, 3600),
            Err(TokenError::Expired)
        );
    }

    #[test]
    fn forged_altered_or_misplaced_tokens_are_invalid() {
        let t = FormTokens::new(b"secret");
        let now = Utc::now();
        let token = t.issue(A, now);
        let later = now + Duration::seconds(10);
        assert_eq!(
            t.verify(&token, ArticleId(8), later, 0, 3600),
            Err(TokenError::Invalid)
        );
        assert_eq!(
            FormTokens::new(b"other").verify(&token, A, later, 0, 3600),
            Err(TokenError::Invalid)
        );
        let (issued, sig) = token.split_once('.').unwrap();
        let shifted = format!("{}.{sig}", issued.parse::<i64>().unwrap() - 100);
        assert_eq!(
            t.verify(&shifted, A, later, 0, 3600),
            Err(TokenError::Invalid)
        );
        // A page's token is not an article's, nor another page's.
        let page = TokenSubject::Page("https://blog.example.org/a".into());
        let for_page = t.issue(page.clone(), now);
        assert_eq!(t.verify(&for_page, page, later, 0, 3600), Ok(()));
        assert_eq!(
            t.verify(&for_page, A, later, 0, 3600),
            Err(TokenError::Invalid)
        );
        let other = TokenSubject::Page("https://blog.example.org/b".into());
        assert_eq!(
            t.verify(&for_page, other, later, 0, 3600),
            Err(TokenError::Invalid)
        );
        for junk in ["", ".", "abc", "1.2", "99999999999999999999.ab"] {
            assert_eq!(
                t.verify(junk, A, later, 0, 3600),
                Err(TokenError::Invalid),
                "{junk}"
            );
        }
    }
}
