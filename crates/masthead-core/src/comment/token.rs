//! The signed form token: proves a submission came from a form masthead served
//! for this article, and how long ago. Bots that post straight to the endpoint
//! have none; bots that fetch the page and post at once are too fast.
use crate::Timestamp;
use crate::ids::ArticleId;
use crate::signed::{Fields, Purpose, Signer};

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

/// Issues and checks tokens of the form `f2.ISSUED.SIGNATURE`, where the
/// signature also covers the subject (article id or page address), which
/// the token does not carry: the request names it.
pub struct FormTokens<'a> {
    signer: Signer<'a>,
}

/// The subject as bound data: a kind word, then the id or address.
fn bound(subject: &TokenSubject) -> [Vec<u8>; 2] {
    match subject {
        TokenSubject::Article(article) => [b"article".to_vec(), article.0.to_string().into_bytes()],
        TokenSubject::Page(url) => [b"page".to_vec(), url.as_bytes().to_vec()],
    }
}

impl<'a> FormTokens<'a> {
    pub fn new(secret: &'a [u8]) -> Self {
        Self {
            signer: Signer::new(secret),
        }
    }

    pub fn issue(&self, subject: impl Into<TokenSubject>, now: Timestamp) -> String {
        let [kind, what] = bound(&subject.into());
        let issued = now.timestamp().to_string();
        self.signer.seal(Purpose::Form, &[&issued], &[&kind, &what])
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
        let [kind, what] = bound(&subject.into());
        let [issued] = self
            .signer
            .open(Purpose::Form, token, &[&kind, &what])
            .ok_or(TokenError::Invalid)?;
        let issued = Fields::number(issued).ok_or(TokenError::Invalid)?;
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
        let issued = token.split('.').nth(1).unwrap();
        let shifted = token.replace(issued, &(issued.parse::<i64>().unwrap() - 100).to_string());
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
        for junk in ["", ".", "abc", "1.2", "99999999999999999999.ab", "f2.1.2"] {
            assert_eq!(
                t.verify(junk, A, later, 0, 3600),
                Err(TokenError::Invalid),
                "{junk}"
            );
        }
    }
}
