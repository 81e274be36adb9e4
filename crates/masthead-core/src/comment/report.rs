//! Why a reader reports a comment. A short fixed list, as Coral's and
//! Remark42's, so staff can sort reports at a glance; "other" takes words.
use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportReason {
    Spam,
    Abusive,
    OffTopic,
    Misinformation,
    Other,
}

/// The longest explanation a reader may add to a report.
pub const REPORT_DETAILS_MAX: usize = 500;

impl ReportReason {
    pub const ALL: [ReportReason; 5] = [
        Self::Spam,
        Self::Abusive,
        Self::OffTopic,
        Self::Misinformation,
        Self::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Spam => "spam",
            Self::Abusive => "abusive",
            Self::OffTopic => "off-topic",
            Self::Misinformation => "misinformation",
            Self::Other => "other",
        }
    }
}

impl fmt::Display for ReportReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("unknown reason “{0}” (expected spam, abusive, off-topic, misinformation or other)")]
pub struct UnknownReason(pub String);

impl FromStr for ReportReason {
    type Err = UnknownReason;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|r| r.as_str() == s.trim())
            .ok_or_else(|| UnknownReason(s.chars().take(40).collect()))
    }
}
