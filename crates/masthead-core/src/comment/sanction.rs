//! Sanctions on a commenter: what staff can do to the person behind
//! comments, keyed by what a reader without an account leaves behind — an
//! email address, an IP address or range, an email domain. Pure: the store
//! keeps them, the submission use case applies the strongest that matches.
use crate::Timestamp;
use ipnet::IpNet;
use serde::Serialize;
use std::fmt;
use std::net::IpAddr;
use std::str::FromStr;

/// What a sanction does to new comments.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SanctionKind {
    /// Refused, until cleared (or its end date).
    Ban,
    /// Refused for some days, then lifted by itself.
    Suspend,
    /// Stored as spam: shown to its author only, as a held comment is.
    Shadow,
    /// Held for a moderator, however trusted the author.
    Premoderate,
}

impl SanctionKind {
    pub const ALL: [SanctionKind; 4] = [Self::Ban, Self::Suspend, Self::Shadow, Self::Premoderate];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Ban => "ban",
            Self::Suspend => "suspend",
            Self::Shadow => "shadow",
            Self::Premoderate => "premoderate",
        }
    }

    /// Whether new comments are refused outright.
    pub fn refuses(self) -> bool {
        matches!(self, Self::Ban | Self::Suspend)
    }

    /// Higher is stronger: when several match, the strongest applies.
    fn strength(self) -> u8 {
        match self {
            Self::Ban => 3,
            Self::Suspend => 2,
            Self::Shadow => 1,
            Self::Premoderate => 0,
        }
    }
}

impl fmt::Display for SanctionKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for SanctionKind {
    type Err = SanctionError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|k| k.as_str() == s)
            .ok_or_else(|| SanctionError::Kind(s.to_string()))
    }
}

/// Who a sanction is on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// One address, compared without regard to case.
    Email(String),
    Ip(IpAddr),
    /// A CIDR range, e.g. `203.0.113.0/24`.
    Range(IpNet),
    /// Every address at a domain (`@example.com`), and its subdomains.
    Domain(String),
}

impl Target {
    /// How the store keys it: the text `FromStr` reads back.
    pub fn key(&self) -> String {
        self.to_string()
    }

    pub fn kind(&self) -> &'static str {
        match self {
            Self::Email(_) => "email",
            Self::Ip(_) => "ip",
            Self::Range(_) => "range",
            Self::Domain(_) => "domain",
        }
    }

    /// Whether a comment from `email` (any case) sent from `ip` is one of its.
    pub fn matches(&self, email: &str, ip: Option<IpAddr>) -> bool {
        match self {
            Self::Email(e) => !email.is_empty() && email.eq_ignore_ascii_case(e),
            Self::Ip(a) => ip.is_some_and(|ip| same_address(ip, *a)),
            Self::Range(net) => ip.is_some_and(|ip| net.contains(&canonical(ip))),
            Self::Domain(d) => email_domain(email).is_some_and(|at| {
                at.eq_ignore_ascii_case(d)
                    || at.len() > d.len() && at.to_ascii_lowercase().ends_with(&format!(".{d}"))
            }),
        }
    }

    /// The keys of the exact targets a comment from `email` at `ip` could
    /// be sanctioned under (ranges are matched by [`Target::matches`]).
    pub fn keys_for(email: &str, ip: Option<IpAddr>) -> Vec<String> {
        let mut keys = Vec::new();
        if !email.is_empty() {
            keys.push(email.to_ascii_lowercase());
        }
        if let Some(domain) = email_domain(email) {
            let domain = domain.to_ascii_lowercase();
            // The domain and each parent: a ban on @example.com covers
            // mail.example.com.
            let mut rest = domain.as_str();
            loop {
                keys.push(format!("@{rest}"));
                match rest.split_once('.') {
                    Some((_, parent)) if parent.contains('.') => rest = parent,
                    _ => break,
                }
            }
        }
        if let Some(ip) = ip {
            keys.push(canonical(ip).to_string());
        }
        keys
    }
}

fn email_domain(email: &str) -> Option<&str> {
    email
        .rsplit_once('@')
        .map(|(_, d)| d)
        .filter(|d| !d.is_empty())
}

/// An IPv4 address mapped into IPv6 is the IPv4 address.
fn canonical(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
        v4 => v4,
    }
}

fn same_address(a: IpAddr, b: IpAddr) -> bool {
    canonical(a) == canonical(b)
}

impl fmt::Display for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Email(e) => f.write_str(e),
            Self::Ip(ip) => write!(f, "{ip}"),
            Self::Range(net) => write!(f, "{net}"),
            Self::Domain(d) => write!(f, "@{d}"),
        }
    }
}

/// The widest ranges a sanction takes: an IPv4 /8, an IPv6 /16.
const RANGE_V4_MIN: u8 = 8;
const RANGE_V6_MIN: u8 = 16;

/// The longest email address or domain a sanction takes (RFC 5321's limit).
const TARGET_MAX: usize = 254;

impl FromStr for Target {
    type Err = SanctionError;
    /// `EMAIL`, `IP`, `CIDR` or `@DOMAIN`, as the command line and the
    /// forms take them.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let t = s.trim();
        let bad = || SanctionError::Target(s.chars().take(80).collect());
        if t.is_empty() || t.len() > TARGET_MAX || t.chars().any(char::is_whitespace) {
            return Err(bad());
        }
        if let Some(domain) = t.strip_prefix('@') {
            // As the addresses commenters give are written: ASCII labels.
            let ok = domain.contains('.')
                && domain.split('.').all(|label| {
                    !label.is_empty()
                        && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
                });
            return if ok {
                Ok(Self::Domain(domain.to_lowercase()))
            } else {
                Err(bad())
            };
        }
        if t.contains('/') {
            let net: IpNet = t.parse().map_err(|_| bad())?;
            // A range that wide is everyone, not a network.
            let narrow = match net {
                IpNet::V4(n) => n.prefix_len() >= RANGE_V4_MIN,
                IpNet::V6(n) => n.prefix_len() >= RANGE_V6_MIN,
            };
            return if narrow {
                Ok(Self::Range(net.trunc()))
            } else {
                Err(bad())
            };
        }
        if let Ok(ip) = t.parse::<IpAddr>() {
            return Ok(Self::Ip(canonical(ip)));
        }
        if super::is_email(t) {
            return Ok(Self::Email(t.to_lowercase()));
        }
        Err(bad())
    }
}

/// A sanction as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sanction {
    pub id: i64,
    pub kind: SanctionKind,
    pub target: Target,
    pub reason: String,
    /// When it lifts by itself; `None`: when cleared.
    pub ends_at: Option<Timestamp>,
    /// The staff member (or the command line's operator) who set it.
    pub set_by: String,
    pub set_via: String,
    pub created_at: Timestamp,
    /// When, and by whom, it was cleared.
    pub cleared_at: Option<Timestamp>,
    pub cleared_by: Option<String>,
}

impl Sanction {
    pub fn active(&self, now: Timestamp) -> bool {
        self.cleared_at.is_none() && self.ends_at.is_none_or(|end| end > now)
    }
}

/// The strongest active sanction of `sanctions` that a comment from
/// `email` at `ip` falls under; the sooner-ending of two alike loses to the
/// later.
pub fn applying<'a>(
    sanctions: &'a [Sanction],
    email: &str,
    ip: Option<IpAddr>,
    now: Timestamp,
) -> Option<&'a Sanction> {
    sanctions
        .iter()
        .filter(|s| s.active(now) && s.target.matches(email, ip))
        .max_by_key(|s| {
            (
                s.kind.strength(),
                s.ends_at.map_or(i64::MAX, |t| t.timestamp()),
            )
        })
}

/// A sanction to set.
#[derive(Debug, Clone)]
pub struct NewSanction {
    pub kind: SanctionKind,
    pub target: Target,
    pub reason: String,
    pub ends_at: Option<Timestamp>,
    pub by: super::Actor,
    pub at: Timestamp,
}

/// The longest reason a sanction keeps.
pub const REASON_MAX: usize = 1000;
/// The longest suspension, in days.
pub const DAYS_MAX: u32 = 3650;

impl NewSanction {
    /// Checks what staff typed: the target, the reason's length, and the
    /// days (a suspension needs them; any other kind may end on a date).
    pub fn new(
        kind: SanctionKind,
        target: &str,
        reason: &str,
        days: Option<u32>,
        by: super::Actor,
        at: Timestamp,
    ) -> Result<Self, SanctionError> {
        let target: Target = target.parse()?;
        let reason = reason.trim();
        if reason.chars().count() > REASON_MAX {
            return Err(SanctionError::ReasonTooLong);
        }
        let days = match (kind, days) {
            (SanctionKind::Suspend, None) => return Err(SanctionError::Days),
            (_, Some(d)) if d == 0 || d > DAYS_MAX => return Err(SanctionError::Days),
            (_, d) => d,
        };
        Ok(Self {
            kind,
            target,
            reason: reason.to_string(),
            ends_at: days.map(|d| at + chrono::Duration::days(i64::from(d))),
            by,
            at,
        })
    }
}

#[derive(Debug, Clone, thiserror::Error, PartialEq, Eq)]
pub enum SanctionError {
    #[error("“{0}” is not an email address, an IP address, a CIDR range or an @domain.")]
    Target(String),
    #[error("Unknown sanction “{0}” (expected ban, suspend, shadow or premoderate).")]
    Kind(String),
    #[error("The reason may be at most {REASON_MAX} characters long.")]
    ReasonTooLong,
    #[error("A suspension lasts from 1 to {DAYS_MAX} days.")]
    Days,
}

impl crate::Localized for SanctionError {
    fn message(&self, t: crate::i18n::Tr) -> String {
        use crate::i18n::Arg;
        match self {
            Self::Target(s) => t.s("error-sanction-target", "target", s),
            Self::Kind(s) => t.s("error-sanction-kind", "kind", s),
            Self::ReasonTooLong => {
                t.args("error-sanction-reason", &[("max", Arg::from(REASON_MAX))])
            }
            Self::Days => t.args("error-sanction-days", &[("max", Arg::from(DAYS_MAX))]),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Utc};

    fn at(s: i64) -> Timestamp {
        Utc.timestamp_opt(s, 0).single().unwrap_or_default()
    }

    fn sanction(kind: SanctionKind, target: &str, ends_at: Option<i64>) -> Sanction {
        Sanction {
            id: 1,
            kind,
            target: target.parse().expect("a target"),
            reason: String::new(),
            ends_at: ends_at.map(at),
            set_by: "ann".into(),
            set_via: "cli".into(),
            created_at: at(0),
            cleared_at: None,
            cleared_by: None,
        }
    }

    #[test]
    fn targets_read_as_staff_write_them_and_back() {
        for (text, kind, key) in [
            ("Spammer@Example.COM", "email", "spammer@example.com"),
            ("203.0.113.7", "ip", "203.0.113.7"),
            ("::ffff:203.0.113.7", "ip", "203.0.113.7"),
            ("203.0.113.77/24", "range", "203.0.113.0/24"),
            ("2001:db8::1/32", "range", "2001:db8::/32"),
            ("@Spam.Example", "domain", "@spam.example"),
        ] {
            let t: Target = text.parse().expect(text);
            assert_eq!((t.kind(), t.key().as_str()), (kind, key), "{text}");
            assert_eq!(t.key().parse::<Target>(), Ok(t));
        }
        for bad in [
            "",
            "nobody",
            "@",
            "@nodot",
            "1.2.3.4/99",
            "a b@c.d",
            "@.x.y",
            "@a..b",
            "@bücher.example",
            "0.0.0.0/0",
            "10.0.0.0/7",
            "::/0",
        ] {
            assert!(bad.parse::<Target>().is_err(), "{bad:?}");
        }
    }

    #[test]
    fn each_target_matches_its_commenters_only() {
        let ip = |s: &str| s.parse::<IpAddr>().ok();
        let email: Target = "x@spam.example".parse().unwrap();
        assert!(email.matches("X@Spam.Example", None));
        assert!(!email.matches("y@spam.example", None));
        let domain: Target = "@spam.example".parse().unwrap();
        assert!(domain.matches("a@mail.spam.example", None));
        assert!(domain.matches("a@SPAM.example", None));
        assert!(!domain.matches("a@notspam.example", None));
        let range: Target = "203.0.113.0/24".parse().unwrap();
        assert!(range.matches("", ip("203.0.113.200")));
        assert!(range.matches("", ip("::ffff:203.0.113.1")));
        assert!(!range.matches("", ip("203.0.114.1")));
        assert!(!range.matches("a@b.example", None));
        let keys = Target::keys_for("A@mail.Spam.example", ip("203.0.113.9"));
        assert_eq!(
            keys,
            [
                "a@mail.spam.example",
                "@mail.spam.example",
                "@spam.example",
                "203.0.113.9"
            ]
        );
    }

    #[test]
    fn the_strongest_active_sanction_applies_and_a_suspension_lifts() {
        let list = [
            sanction(SanctionKind::Premoderate, "@spam.example", None),
            sanction(SanctionKind::Suspend, "x@spam.example", Some(100)),
        ];
        let now = at(50);
        let got = applying(&list, "x@spam.example", None, now).map(|s| s.kind);
        assert_eq!(got, Some(SanctionKind::Suspend));
        let later = at(100);
        let got = applying(&list, "x@spam.example", None, later).map(|s| s.kind);
        assert_eq!(
            got,
            Some(SanctionKind::Premoderate),
            "the suspension lifted"
        );
        assert_eq!(applying(&list, "y@other.example", None, now), None);
    }

    #[test]
    fn a_suspension_needs_days_and_reasons_are_bounded() {
        let by = crate::comment::Actor {
            user_id: None,
            name: "ann".into(),
            via: crate::comment::Via::Cli,
            sections: Vec::new(),
        };
        let mk = |kind, reason: &str, days| {
            NewSanction::new(kind, "x@y.example", reason, days, by.clone(), at(0))
        };
        assert_eq!(
            mk(SanctionKind::Suspend, "", None).unwrap_err(),
            SanctionError::Days
        );
        assert_eq!(
            mk(SanctionKind::Suspend, "", Some(0)).unwrap_err(),
            SanctionError::Days
        );
        let s = mk(SanctionKind::Suspend, " flooding ", Some(2)).unwrap();
        assert_eq!(s.ends_at, Some(at(2 * 86_400)));
        assert_eq!(s.reason, "flooding");
        assert_eq!(mk(SanctionKind::Ban, "", None).unwrap().ends_at, None);
        let long = "x".repeat(REASON_MAX + 1);
        assert_eq!(
            mk(SanctionKind::Ban, &long, None).unwrap_err(),
            SanctionError::ReasonTooLong
        );
    }
}
