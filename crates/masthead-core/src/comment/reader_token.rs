//! A reader without an account: a random id signed with the site's secret,
//! kept by the reader (a first-party cookie on masthead's pages, the
//! embedding page's storage in the embed) and sent back with a recommend or
//! a report, so each counts once per reader. `r1.ID.SIGNATURE`.

/// Issues and reads reader tokens with the site's secret.
pub struct ReaderTokens<'a> {
    secret: &'a [u8],
}

impl<'a> ReaderTokens<'a> {
    pub fn new(secret: &'a [u8]) -> Self {
        Self { secret }
    }

    fn signature(&self, id: &str) -> String {
        super::token::sign(self.secret, &[b"masthead-reader:", id.as_bytes()])
    }

    /// A token for a new reader; `random` comes from the caller's source of
    /// randomness (the domain does no I/O).
    pub fn issue(&self, random: [u8; 16]) -> String {
        let id: String = random.iter().map(|b| format!("{b:02x}")).collect();
        format!("r1.{id}.{}", self.signature(&id))
    }

    /// The reader id a token carries, if masthead issued it.
    pub fn verify(&self, token: &str) -> Option<String> {
        let rest = token.trim().strip_prefix("r1.")?;
        let (id, sig) = rest.split_once('.')?;
        let hex = id.len() == 32 && id.bytes().all(|b| b.is_ascii_hexdigit());
        (hex && super::token::same(&self.signature(id), sig)).then(|| id.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reader_token_names_one_reader_and_cannot_be_made_up() {
        let t = ReaderTokens::new(b"secret");
        let token = t.issue([7; 16]);
        assert_eq!(t.verify(&token).as_deref(), Some(&"07".repeat(16)[..]));
        assert_eq!(ReaderTokens::new(b"other").verify(&token), None);
        let forged = token.replace("0707", "0708");
        assert_eq!(t.verify(&forged), None);
        for junk in ["", "r1.", "r1.x.y", "r2.a.b", &"r1.".repeat(100)] {
            assert_eq!(t.verify(junk), None, "{junk}");
        }
    }
}
