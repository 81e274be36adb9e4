//! A reader without an account: a random id signed with the site's secret,
//! kept by the reader (a first-party cookie on masthead's pages, the
//! embedding page's storage in the embed) and sent back with a recommend, a
//! report or a comment, so each counts once per reader. It carries when it
//! was issued: an id minted a minute ago is worth less than an old one.
//! `r2.ID.ISSUED.SIGNATURE`.
use crate::Timestamp;
use crate::signed::{Fields, Purpose, Signer};

/// Issues and reads reader tokens with the site's secret.
pub struct ReaderTokens<'a> {
    signer: Signer<'a>,
    /// The embed's header and masthead's cookie are two purposes.
    purpose: Purpose,
}

/// What a valid reader token says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reader {
    /// 32 hex digits, random.
    pub id: String,
    pub issued: Timestamp,
}

impl<'a> ReaderTokens<'a> {
    /// Tokens the embed keeps and sends in `X-Masthead-Reader`.
    pub fn new(secret: &'a [u8]) -> Self {
        Self {
            signer: Signer::new(secret),
            purpose: Purpose::Reader,
        }
    }

    /// Values of the `masthead_reader` cookie on masthead's own pages.
    pub fn for_cookie(secret: &'a [u8]) -> Self {
        Self {
            signer: Signer::new(secret),
            purpose: Purpose::ReaderCookie,
        }
    }

    /// A token for a new reader; `random` comes from the caller's source of
    /// randomness (the domain does no I/O).
    pub fn issue(&self, random: [u8; 16], now: Timestamp) -> String {
        let id: String = random.iter().map(|b| format!("{b:02x}")).collect();
        self.seal(&id, now)
    }

    fn seal(&self, id: &str, issued: Timestamp) -> String {
        let issued = issued.timestamp().to_string();
        self.signer.seal(self.purpose, &[id, &issued], &[])
    }

    /// The reader a token names, if masthead issued it (and not in the future).
    pub fn verify(&self, token: &str, now: Timestamp) -> Option<Reader> {
        let [id, issued] = self.signer.open(self.purpose, token, &[])?;
        let issued = Timestamp::from_timestamp(Fields::number(issued)?, 0)?;
        (Fields::hex(id, 32) && issued <= now + chrono::Duration::minutes(5)).then(|| Reader {
            id: id.to_string(),
            issued,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reader_token_names_one_reader_and_cannot_be_made_up() {
        let now = chrono::Utc::now();
        let t = ReaderTokens::new(b"secret");
        let token = t.issue([7; 16], now);
        let reader = t.verify(&token, now).unwrap();
        assert_eq!(reader.id, "07".repeat(16));
        assert_eq!(reader.issued.timestamp(), now.timestamp());
        assert_eq!(ReaderTokens::new(b"other").verify(&token, now), None);
        let forged = token.replace("0707", "0708");
        assert_eq!(t.verify(&forged, now), None);
        for junk in ["", "r2.", "r2.x.y", "r1.a.b", &"r2.".repeat(100)] {
            assert_eq!(t.verify(junk, now), None, "{junk}");
        }
        // Only ids of the form masthead makes, even when signed.
        assert_eq!(t.verify(&t.seal("abc", now), now), None);
        let future = t.seal(&"07".repeat(16), now + chrono::Duration::days(1));
        assert_eq!(t.verify(&future, now), None);
        // The cookie's value is not the header's, nor the other way round.
        let cookie = ReaderTokens::for_cookie(b"secret");
        assert_eq!(cookie.verify(&token, now), None);
        assert_eq!(t.verify(&cookie.issue([7; 16], now), now), None);
    }
}
