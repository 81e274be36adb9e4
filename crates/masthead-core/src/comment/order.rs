//! Other ways to read a discussion than its pages in date order: newest or
//! oldest first, most recommended first, and the editors' picks alone.
//! Whole threads move together (replies stay under what they answer).
use super::ThreadItem;
use std::fmt;
use std::str::FromStr;

/// A reader's choice of order (`?csort=` on the page, `sort=` in the API).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CommentOrder {
    Oldest,
    Newest,
    /// Threads by their first comment's recommends, most first.
    Best,
    /// Only the editors' picks, each on its own.
    Picks,
}

impl CommentOrder {
    pub const ALL: [CommentOrder; 4] = [Self::Oldest, Self::Newest, Self::Best, Self::Picks];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Oldest => "oldest",
            Self::Newest => "newest",
            Self::Best => "best",
            Self::Picks => "picks",
        }
    }

    /// `items` (a threaded discussion in date order) in this order.
    pub fn apply(self, items: &[ThreadItem]) -> Vec<ThreadItem> {
        if self == Self::Picks {
            return picks(items);
        }
        let mut threads: Vec<&[ThreadItem]> = Vec::new();
        let mut start = 0;
        for (i, item) in items.iter().enumerate() {
            if item.depth == 1 && i > start {
                threads.push(&items[start..i]);
                start = i;
            }
        }
        if start < items.len() {
            threads.push(&items[start..]);
        }
        match self {
            Self::Oldest | Self::Picks => {}
            Self::Newest => threads.reverse(),
            // Stable: equal counts keep date order.
            Self::Best => threads.sort_by_key(|t| std::cmp::Reverse(t[0].comment.recommends)),
        }
        threads.concat()
    }
}

/// The picked comments, oldest first, each shown as a top-level comment.
pub fn picks(items: &[ThreadItem]) -> Vec<ThreadItem> {
    items
        .iter()
        .filter(|t| t.comment.picked)
        .map(|t| ThreadItem {
            comment: t.comment.clone(),
            depth: 1,
            has_children: false,
            close_levels: 0,
            can_reply: t.can_reply,
        })
        .collect()
}

impl fmt::Display for CommentOrder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("unknown order “{0}” (expected oldest, newest, best or picks)")]
pub struct UnknownOrder(pub String);

impl FromStr for CommentOrder {
    type Err = UnknownOrder;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|o| o.as_str() == s)
            .ok_or_else(|| UnknownOrder(s.chars().take(40).collect()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::comment::{CommentStatus, PublicComment, thread};
    use crate::html::SanitizedHtml;
    use crate::ids::{ArticleId, CommentId};

    fn c(id: i64, parent: Option<i64>, recommends: u64, picked: bool) -> PublicComment {
        PublicComment {
            id: CommentId(id),
            article_id: ArticleId(1),
            parent_id: parent.map(CommentId),
            author_name: format!("a{id}"),
            author_url: None,
            content_html: SanitizedHtml::default(),
            status: CommentStatus::Approved,
            created_at: crate::Timestamp::from_timestamp(id, 0).unwrap_or_default(),
            by_staff: false,
            recommends,
            picked,
            edited_at: None,
            avatar: None,
            origin_url: None,
        }
    }

    fn ids(items: &[ThreadItem]) -> Vec<i64> {
        items.iter().map(|t| t.comment.id.0).collect()
    }

    #[test]
    fn threads_move_whole_and_picks_stand_alone() {
        let items = thread(
            vec![
                c(1, None, 0, false),
                c(2, Some(1), 9, true),
                c(3, None, 5, false),
                c(4, None, 5, true),
                c(5, Some(4), 0, false),
            ],
            5,
        );
        assert_eq!(ids(&CommentOrder::Oldest.apply(&items)), [1, 2, 3, 4, 5]);
        assert_eq!(ids(&CommentOrder::Newest.apply(&items)), [4, 5, 3, 1, 2]);
        assert_eq!(ids(&CommentOrder::Best.apply(&items)), [3, 4, 5, 1, 2]);
        let p = CommentOrder::Picks.apply(&items);
        assert_eq!(ids(&p), [2, 4]);
        assert!(p.iter().all(|t| t.depth == 1 && !t.has_children));
        assert_eq!("best".parse(), Ok(CommentOrder::Best));
        assert!("worst".parse::<CommentOrder>().is_err());
    }
}
