//! What a staff member's status change teaches the spam filter.
use super::CommentStatus;
use crate::filter::Label;

/// What staff moving a comment `from` → `to` teaches, if anything:
/// approving (from the queue, the spam folder or the trash) and "not spam"
/// say ham; spam says spam; trash says "not for publishing" at half weight
/// (off-topic or rude, not necessarily spam). Unapproving teaches nothing:
/// it is a second look, not a verdict.
pub fn lesson_for(from: CommentStatus, to: CommentStatus) -> Option<(Label, f32)> {
    use CommentStatus as S;
    match (from, to) {
        (f, S::Approved) if f != S::Approved => Some((Label::Ham, 1.0)),
        (S::Spam, S::Pending) => Some((Label::Ham, 1.0)),
        (f, S::Spam) if f != S::Spam => Some((Label::Spam, 1.0)),
        (S::Pending | S::Approved, S::Trash) => Some((Label::Spam, 0.5)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use CommentStatus as S;

    #[test]
    fn decisions_teach_and_second_looks_do_not() {
        assert_eq!(lesson_for(S::Pending, S::Approved), Some((Label::Ham, 1.0)));
        assert_eq!(lesson_for(S::Spam, S::Pending), Some((Label::Ham, 1.0)));
        assert_eq!(lesson_for(S::Pending, S::Spam), Some((Label::Spam, 1.0)));
        assert_eq!(lesson_for(S::Approved, S::Trash), Some((Label::Spam, 0.5)));
        assert_eq!(lesson_for(S::Approved, S::Pending), None);
        assert_eq!(lesson_for(S::Trash, S::Pending), None);
        assert_eq!(lesson_for(S::Spam, S::Spam), None);
    }
}
