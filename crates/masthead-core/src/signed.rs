//! Every value masthead signs with the site's secret goes through here, so
//! every one of them carries its purpose and is bound to it: form tokens,
//! author tokens, reader ids, the values of masthead's cookies, and the links
//! in notification mail and webhooks.
//!
//! A value is `TAG.FIELD….SIGNATURE`. The tag names the purpose; the
//! signature (HMAC-SHA256, first 16 bytes in hex) covers the tag, every field
//! and whatever the caller binds without writing it (the article a form
//! token is for, the cookie a cookie value lives in), each length-prefixed so
//! no two different inputs sign alike. Reading is strict: the exact tag, the
//! exact number of fields, each field in its one accepted spelling (checked
//! by [`Fields`]), a signature of the exact length — anything else refuses
//! the whole value, never a piece of it.
use hmac::{Hmac, Mac};
use sha2::Sha256;

type HmacSha256 = Hmac<Sha256>;

/// Hex digits of a signature (16 bytes).
const SIGNATURE_LEN: usize = 32;
/// Longest value read at all: no purpose needs more.
const MAX_LEN: usize = 4096;

/// What a signed value is for. The tag is written at the front of the value
/// and covered by its signature: a value issued for one purpose is refused
/// for every other, whatever its fields look like.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Purpose {
    /// A comment form masthead served (article or outside page, when issued).
    Form,
    /// Proof that a browser wrote a comment (the embed keeps it in storage).
    Author,
    /// A reader without an account (recommend and report once each).
    Reader,
    /// A staff approve/spam/trash link in a notification mail.
    MailModerate,
    /// A staff approve/spam/trash link in a webhook message.
    WebhookModerate,
    /// A commenter's address confirmation link (double opt-in).
    MailConfirm,
    /// A commenter's unsubscribe link.
    MailUnsubscribe,
    /// The `masthead_pending` cookie: the browser's own held comments.
    PendingCookie,
    /// The `masthead_authored` cookie: the browser's comments in their edit window.
    AuthoredCookie,
    /// The `masthead_commenter` cookie: saved name, email and website.
    CommenterCookie,
    /// The `masthead_reader` cookie: the reader id on masthead's own pages.
    ReaderCookie,
    /// A statement of reasons' appeal link, sent to the comment's author.
    Appeal,
}

impl Purpose {
    /// Every purpose, for tests that swap values between them.
    pub const ALL: [Purpose; 12] = [
        Self::Form,
        Self::Author,
        Self::Reader,
        Self::MailModerate,
        Self::WebhookModerate,
        Self::MailConfirm,
        Self::MailUnsubscribe,
        Self::PendingCookie,
        Self::AuthoredCookie,
        Self::CommenterCookie,
        Self::ReaderCookie,
        Self::Appeal,
    ];

    /// The tag written at the front of the value. A version digit lets a
    /// format change without old values being read as new ones.
    pub fn tag(self) -> &'static str {
        match self {
            Self::Form => "f2",
            Self::Author => "a2",
            Self::Reader => "r2",
            Self::MailModerate => "nm2",
            Self::WebhookModerate => "wm2",
            Self::MailConfirm => "nc2",
            Self::MailUnsubscribe => "nu2",
            Self::PendingCookie => "cp2",
            Self::AuthoredCookie => "ca2",
            Self::CommenterCookie => "cc2",
            Self::ReaderCookie => "cr2",
            Self::Appeal => "ap1",
        }
    }

    /// The purpose a value claims by its tag (still to be verified).
    pub fn of_value(value: &str) -> Option<Purpose> {
        let tag = value.split('.').next()?;
        Self::ALL.into_iter().find(|p| p.tag() == tag)
    }
}

/// Signs and opens values with the site's secret.
#[derive(Clone, Copy)]
pub struct Signer<'a> {
    secret: &'a [u8],
}

impl<'a> Signer<'a> {
    pub fn new(secret: &'a [u8]) -> Self {
        Self { secret }
    }

    fn mac(&self, purpose: Purpose, fields: &[&str], bound: &[&[u8]]) -> String {
        // new_from_slice accepts keys of any length for HMAC.
        let Ok(mut mac) = HmacSha256::new_from_slice(self.secret) else {
            return String::new();
        };
        let mut piece = |bytes: &[u8]| {
            mac.update(&(bytes.len() as u64).to_be_bytes());
            mac.update(bytes);
        };
        piece(b"masthead-signed");
        piece(purpose.tag().as_bytes());
        piece(&(fields.len() as u64).to_be_bytes());
        for f in fields {
            piece(f.as_bytes());
        }
        for b in bound {
            piece(b);
        }
        mac.finalize()
            .into_bytes()
            .iter()
            .take(SIGNATURE_LEN / 2)
            .map(|b| format!("{b:02x}"))
            .collect()
    }

    /// `TAG.FIELD….SIGNATURE`. Fields are masthead's own (digits, hex, a
    /// few fixed words), never containing a dot; one that does is a bug,
    /// and the value made from it will not open.
    pub fn seal(&self, purpose: Purpose, fields: &[&str], bound: &[&[u8]]) -> String {
        debug_assert!(fields.iter().all(|f| !f.contains('.')), "{fields:?}");
        let mut out = String::from(purpose.tag());
        for f in fields {
            out.push('.');
            out.push_str(f);
        }
        out.push('.');
        out.push_str(&self.mac(purpose, fields, bound));
        out
    }

    /// The `N` fields of a value sealed for `purpose` with the same bound
    /// data, or `None` for anything else. The caller still checks each
    /// field's spelling ([`Fields`]).
    pub fn open<'t, const N: usize>(
        &self,
        purpose: Purpose,
        value: &'t str,
        bound: &[&[u8]],
    ) -> Option<[&'t str; N]> {
        if value.len() > MAX_LEN {
            return None;
        }
        let mut parts = value.split('.');
        if parts.next()? != purpose.tag() {
            return None;
        }
        let mut fields = [""; N];
        for f in &mut fields {
            *f = parts.next()?;
        }
        let sig = parts.next()?;
        if parts.next().is_some()
            || sig.len() != SIGNATURE_LEN
            || !sig.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
        {
            return None;
        }
        same(&self.mac(purpose, &fields, bound), sig).then_some(fields)
    }
}

/// Whether two signatures are equal, in time that does not depend on where
/// they differ (they are secret-derived).
fn same(expected: &str, given: &str) -> bool {
    expected.len() == given.len()
        && expected
            .bytes()
            .zip(given.bytes())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0
}

/// The one accepted spelling of each kind of field.
pub struct Fields;

impl Fields {
    /// A whole number as masthead writes it: ASCII digits, no sign, no
    /// leading zero (but `0` itself), at most 18 digits.
    pub fn number(s: &str) -> Option<i64> {
        let canonical = !s.is_empty()
            && s.len() <= 18
            && s.bytes().all(|b| b.is_ascii_digit())
            && (s == "0" || !s.starts_with('0'));
        canonical.then(|| s.parse().ok()).flatten()
    }

    /// A positive id.
    pub fn id(s: &str) -> Option<i64> {
        Self::number(s).filter(|n| *n > 0)
    }

    /// Lowercase hex of exactly `len` digits.
    pub fn hex(s: &str, len: usize) -> bool {
        s.len() == len && s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
    }

    /// Text as hex (`encode_text`): lowercase, even length, valid UTF-8.
    pub fn text(s: &str, max_bytes: usize) -> Option<String> {
        if !s.len().is_multiple_of(2) || s.len() > max_bytes * 2 || !Self::hex(s, s.len()) {
            return None;
        }
        let bytes: Option<Vec<u8>> = (0..s.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(s.get(i..i + 2)?, 16).ok())
            .collect();
        String::from_utf8(bytes?).ok()
    }

    /// Any text as a field: its UTF-8 bytes in lowercase hex.
    pub fn encode_text(s: &str) -> String {
        s.bytes().map(|b| format!("{b:02x}")).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_value_opens_only_for_its_purpose_its_bound_data_and_its_secret() {
        let s = Signer::new(b"secret");
        let v = s.seal(Purpose::Author, &["7", "1700000000"], &[]);
        assert!(v.starts_with("a2.7.1700000000."));
        assert_eq!(
            s.open::<2>(Purpose::Author, &v, &[]),
            Some(["7", "1700000000"])
        );
        assert_eq!(
            Signer::new(b"other").open::<2>(Purpose::Author, &v, &[]),
            None
        );
        for p in Purpose::ALL {
            if p != Purpose::Author {
                let retagged = v.replacen("a2", p.tag(), 1);
                assert_eq!(s.open::<2>(p, &retagged, &[]), None, "{p:?}");
                assert_eq!(s.open::<2>(p, &v, &[]), None, "{p:?}");
            }
        }
        let bound = s.seal(Purpose::Form, &["1700000000"], &[b"article", b"7"]);
        assert!(
            s.open::<1>(Purpose::Form, &bound, &[b"article", b"7"])
                .is_some()
        );
        assert!(
            s.open::<1>(Purpose::Form, &bound, &[b"article", b"8"])
                .is_none()
        );
        assert!(s.open::<1>(Purpose::Form, &bound, &[b"article7"]).is_none());
    }

    #[test]
    fn anything_but_the_exact_value_is_refused_whole() {
        let s = Signer::new(b"secret");
        let v = s.seal(Purpose::PendingCookie, &["7", "9"], &[]);
        let sig = v.rsplit('.').next().unwrap_or_default().to_string();
        for bad in [
            String::new(),
            format!("{v}."),
            format!(".{v}"),
            format!("{v}.x"),
            v.to_uppercase(),
            v.replace(&sig, &sig[..31]),
            format!("cp2.7.{sig}"),
            format!("cp2.7.9.x.{sig}"),
            format!(" {v}"),
            "x".repeat(MAX_LEN + 1),
        ] {
            assert_eq!(
                s.open::<2>(Purpose::PendingCookie, &bad, &[]),
                None,
                "{bad}"
            );
        }
        // The field count is signed: two fields are not three.
        let three = s.seal(Purpose::PendingCookie, &["7", "9", "1"], &[]);
        assert_eq!(s.open::<2>(Purpose::PendingCookie, &three, &[]), None);
    }

    #[test]
    fn fields_have_one_spelling() {
        assert_eq!(Fields::number("0"), Some(0));
        assert_eq!(Fields::number("42"), Some(42));
        for bad in [
            "",
            "+7",
            "-7",
            "07",
            " 7",
            "7 ",
            "1e3",
            "9999999999999999999",
            "٣",
        ] {
            assert_eq!(Fields::number(bad), None, "{bad}");
        }
        assert_eq!(Fields::id("0"), None);
        let t = Fields::encode_text("Zoë <a@b>");
        assert_eq!(Fields::text(&t, 100).as_deref(), Some("Zoë <a@b>"));
        assert_eq!(Fields::text(&t.to_uppercase(), 100), None);
        assert_eq!(Fields::text("ff", 100), None, "not UTF-8");
        assert_eq!(Fields::text(&t, 3), None, "too long");
    }
}
