//! An article's approved discussion read at a change number, and what
//! changed in it since.
use crate::comment::PublicComment;
use crate::ids::CommentId;

/// An article's approved discussion as read at one change number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiscussionRead {
    /// Every change up to this number is in `comments`.
    pub generation: i64,
    pub comments: Vec<PublicComment>,
}

/// What changed in an article's approved discussion after a number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiscussionChanges {
    /// Every change up to this number is reflected here.
    pub generation: i64,
    /// Every comment that was added to, changed in or taken from the
    /// discussion (approved, edited, held, moved, deleted).
    pub touched: Vec<CommentId>,
    /// Each touched comment with the number of its last change, in the
    /// order of those numbers (what a live stream numbers its events by).
    pub last_changes: Vec<(CommentId, i64)>,
    /// Those of them that are approved comments of the article now.
    pub approved: Vec<PublicComment>,
}
