//! How long a commenter may change their own comment
//! (`comments.edit_minutes`): the one rule the edit form, the edit and the
//! deletion, the "edit" links of the article page and the embed, and the
//! cookie that carries the proofs all apply.
use crate::Timestamp;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EditWindow {
    minutes: u32,
}

impl EditWindow {
    /// A window of `minutes`; 0 lets no one change anything.
    pub const fn minutes(minutes: u32) -> Self {
        Self { minutes }
    }

    /// Commenters may not change their comments at all.
    pub const fn is_closed(self) -> bool {
        self.minutes == 0
    }

    /// How long it stays open.
    pub fn length(self) -> chrono::Duration {
        chrono::Duration::minutes(i64::from(self.minutes))
    }

    /// When the window of a comment written at `since` closes.
    pub fn closes(self, since: Timestamp) -> Timestamp {
        since + self.length()
    }

    /// Whether a comment written at `since` may still be changed at `now`.
    pub fn is_open(self, since: Timestamp, now: Timestamp) -> bool {
        !self.is_closed() && now <= self.closes(since)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn open_until_the_last_minute_and_never_at_zero() {
        let at = chrono::Utc::now();
        let w = EditWindow::minutes(15);
        assert!(w.is_open(at, at));
        assert!(w.is_open(at, at + chrono::Duration::minutes(15)));
        assert!(!w.is_open(at, at + chrono::Duration::seconds(15 * 60 + 1)));
        assert!(!EditWindow::minutes(0).is_open(at, at));
        assert_eq!(w.closes(at) - at, chrono::Duration::minutes(15));
    }
}
