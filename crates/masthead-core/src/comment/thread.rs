//! A discussion as the page shows it: replies under their parents, to the
//! site's thread depth.
use super::PublicComment;
use crate::ids::CommentId;
use std::collections::{HashMap, HashSet};

/// One comment in display order, with what a template needs to nest it without
/// recursion: open a child list after it, or close it and `close_levels` parents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThreadItem {
    pub comment: PublicComment,
    /// 1 for a top-level comment.
    pub depth: usize,
    pub has_children: bool,
    pub close_levels: usize,
    /// Replies are offered only above the depth limit.
    pub can_reply: bool,
}

/// Orders comments as a threaded discussion, oldest first. Replies below
/// `max_depth` are shown at the deepest level, as WordPress does; a reply whose
/// parent is not shown appears at the top level.
pub fn thread(mut comments: Vec<PublicComment>, max_depth: usize) -> Vec<ThreadItem> {
    let max_depth = max_depth.max(1);
    comments.sort_by_key(|c| (c.created_at, c.id));
    let ids: HashSet<CommentId> = comments.iter().map(|c| c.id).collect();
    let mut children: HashMap<CommentId, Vec<usize>> = HashMap::new();
    let mut roots = Vec::new();
    for (i, c) in comments.iter().enumerate() {
        match c.parent_id {
            Some(p) if ids.contains(&p) && p != c.id => children.entry(p).or_default().push(i),
            _ => roots.push(i),
        }
    }
    let mut out = Vec::with_capacity(comments.len());
    let mut seen = vec![false; comments.len()];
    let mut ctx = Ctx {
        comments: &comments,
        children: &children,
        max_depth,
        seen: &mut seen,
        out: &mut out,
    };
    for r in roots {
        ctx.visit(r, 1);
    }
    // Comments caught in a parent cycle (only possible in damaged imports).
    for i in 0..comments.len() {
        ctx.visit(i, 1);
    }
    out
}

struct Ctx<'a> {
    comments: &'a [PublicComment],
    children: &'a HashMap<CommentId, Vec<usize>>,
    max_depth: usize,
    seen: &'a mut [bool],
    out: &'a mut Vec<ThreadItem>,
}

impl Ctx<'_> {
    fn kids(&self, i: usize) -> &[usize] {
        self.children
            .get(&self.comments[i].id)
            .map_or(&[], Vec::as_slice)
    }

    fn push(&mut self, i: usize, depth: usize, has_children: bool) {
        self.seen[i] = true;
        self.out.push(ThreadItem {
            comment: self.comments[i].clone(),
            depth,
            has_children,
            close_levels: 0,
            can_reply: depth < self.max_depth,
        });
    }

    fn visit(&mut self, i: usize, depth: usize) {
        if self.seen[i] {
            return;
        }
        if depth >= self.max_depth {
            // Flatten the whole subtree at this depth, in date order.
            let mut stack = vec![i];
            let mut flat = Vec::new();
            let mut queued = HashSet::new();
            while let Some(n) = stack.pop() {
                if !self.seen[n] && queued.insert(n) {
                    flat.push(n);
                    stack.extend_from_slice(self.kids(n));
                }
            }
            flat.sort_unstable();
            for n in flat {
                self.push(n, depth, false);
            }
            return;
        }
        let kids: Vec<usize> = self.kids(i).to_vec();
        let has_children = !kids.is_empty();
        self.push(i, depth, has_children);
        for k in kids {
            self.visit(k, depth + 1);
        }
        if has_children && let Some(last) = self.out.last_mut() {
            last.close_levels += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::comment::CommentStatus;
    use crate::ids::ArticleId;
    use chrono::{TimeZone, Utc};

    fn c(id: i64, parent: Option<i64>) -> PublicComment {
        PublicComment {
            id: CommentId(id),
            article_id: ArticleId(1),
            parent_id: parent.map(CommentId),
            author_name: format!("a{id}"),
            author_url: None,
            content_html: crate::html::SanitizedHtml::default(),
            status: CommentStatus::Approved,
            created_at: Utc.timestamp_opt(1_500_000_000 + id, 0).unwrap(),
            by_staff: false,
            recommends: 0,
            picked: false,
            edited_at: None,
            avatar: None,
            origin_url: None,
        }
    }

    fn shape(items: &[ThreadItem]) -> Vec<(i64, usize, bool, usize)> {
        items
            .iter()
            .map(|t| (t.comment.id.0, t.depth, t.has_children, t.close_levels))
            .collect()
    }

    #[test]
    fn replies_nest_under_their_parents() {
        let items = thread(
            vec![c(3, Some(1)), c(1, None), c(2, None), c(4, Some(3))],
            5,
        );
        assert_eq!(
            shape(&items),
            vec![
                (1, 1, true, 0),
                (3, 2, true, 0),
                (4, 3, false, 2),
                (2, 1, false, 0)
            ]
        );
    }

    #[test]
    fn replies_beyond_the_depth_limit_stay_at_the_deepest_level() {
        let items = thread(
            vec![c(1, None), c(2, Some(1)), c(3, Some(2)), c(4, Some(3))],
            2,
        );
        assert_eq!(
            shape(&items),
            vec![
                (1, 1, true, 0),
                (2, 2, false, 0),
                (3, 2, false, 0),
                (4, 2, false, 1)
            ]
        );
        assert!(items[0].can_reply && !items[1].can_reply);
    }

    #[test]
    fn a_reply_to_a_hidden_comment_shows_at_the_top_level() {
        let items = thread(vec![c(5, Some(99))], 5);
        assert_eq!(shape(&items), vec![(5, 1, false, 0)]);
    }
}
