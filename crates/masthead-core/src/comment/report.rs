//! Why a reader reports a comment. A short fixed list, as Coral's and
//! Remark42's, so staff can sort reports at a glance; "other" takes words.
//!
//! And how much a report weighs. Reader ids are free, so reports are
//! counted per network ([`super::Network`]): a network's reports on a
//! comment count once, at the weight of its weightiest. A reader with
//! history (a reader id issued [`SETTLED_READER_DAYS`] ago or more, or one
//! that wrote an approved comment) weighs [`report_weight`] 2, a new one 1;
//! a comment is held when the tally reaches [`hold_tally`], twice
//! `comments.report_threshold`: that many networks of readers with history,
//! or twice as many of new readers.
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

/// A reader id at least this many days old has history: minting one to
/// report with means waiting this long.
pub const SETTLED_READER_DAYS: i64 = 7;

/// What one report weighs: 2 from a reader with history, 1 from a new one.
pub fn report_weight(has_history: bool) -> u8 {
    if has_history { 2 } else { 1 }
}

/// The tally of a comment's reports that holds it: `threshold` reports of
/// readers with history (each on its own network), twice as many new ones.
pub fn hold_tally(threshold: u32) -> u32 {
    threshold.saturating_mul(u32::from(report_weight(true)))
}

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reader_with_history_weighs_as_two_new_ones() {
        assert_eq!(report_weight(true), 2 * report_weight(false));
        // The default threshold of 3: three networks with history, six without.
        assert_eq!(hold_tally(3), 3 * u32::from(report_weight(true)));
        assert_eq!(hold_tally(3), 6 * u32::from(report_weight(false)));
        assert_eq!(hold_tally(u32::MAX), u32::MAX);
    }
}
