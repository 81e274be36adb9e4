//! Form tokens for cached pages. A token is a signature of (article, second
//! issued), the same for every reader of that article in that second, so
//! each worker thread keeps the last one it signed: at thousands of views a
//! second most views reuse it instead of computing an HMAC.
use masthead_core::Timestamp;
use masthead_core::comment::{FormTokens, TokenSubject};
use std::cell::RefCell;

struct Last {
    secret: Vec<u8>,
    subject: TokenSubject,
    second: i64,
    token: String,
}

thread_local! {
    static LAST: RefCell<Option<Last>> = const { RefCell::new(None) };
}

/// The form token for `article` at `now`, exactly as `FormTokens::issue`.
pub fn issue(secret: &[u8], subject: &TokenSubject, now: Timestamp) -> String {
    let second = now.timestamp();
    LAST.with(|last| {
        let mut last = last.borrow_mut();
        if let Some(l) = last.as_ref()
            && l.subject == *subject
            && l.second == second
            && l.secret == secret
        {
            return l.token.clone();
        }
        let token = FormTokens::new(secret).issue(subject.clone(), now);
        *last = Some(Last {
            secret: secret.to_vec(),
            subject: subject.clone(),
            second,
            token: token.clone(),
        });
        token
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use masthead_core::ids::ArticleId;

    #[test]
    fn the_kept_token_is_the_one_formtokens_issues() {
        let (a, b) = ([7u8; 64], [8u8; 64]);
        let t0 = Timestamp::from_timestamp(1_700_000_000, 0).unwrap_or_default();
        let t1 = Timestamp::from_timestamp(1_700_000_001, 0).unwrap_or_default();
        let page = TokenSubject::Page("https://blog.example.org/x".into());
        for (secret, subject, now) in [
            (&a, ArticleId(1).into(), t0),
            (&a, ArticleId(1).into(), t0),
            (&a, ArticleId(2).into(), t0),
            (&a, page.clone(), t0),
            (&b, ArticleId(2).into(), t0),
            (&b, ArticleId(2).into(), t1),
        ] {
            assert_eq!(
                issue(secret, &subject, now),
                FormTokens::new(secret).issue(subject.clone(), now)
            );
        }
        let one = TokenSubject::from(ArticleId(1));
        assert_ne!(issue(&a, &one, t0), issue(&b, &one, t0));
        assert_ne!(issue(&a, &one, t0), issue(&a, &page, t0));
    }
}
