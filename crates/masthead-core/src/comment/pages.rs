//! Long discussions in pages, as WordPress's discussion settings do: pages
//! of N top-level comments (replies stay with their thread), numbered from
//! the oldest, the newest or the oldest page shown first.
use super::ThreadItem;
use crate::ids::CommentId;

/// Which page an article's own address shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DefaultPage {
    /// The last page: where the newest comments are (WordPress's default).
    #[default]
    Newest,
    Oldest,
}

impl DefaultPage {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Newest => "newest",
            Self::Oldest => "oldest",
        }
    }
}

/// How a discussion is cut into pages.
/// A comment just stored, not (yet) in the shared approved list: a held one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Newcomer {
    pub id: CommentId,
    pub parent_id: Option<CommentId>,
    pub created_at: crate::Timestamp,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paging {
    /// Top-level comments per page; 0 puts every comment on one page.
    pub per_page: u32,
    pub default_page: DefaultPage,
}

impl Paging {
    /// How many pages `items` (a whole thread, in display order) fill: at least one.
    pub fn count(&self, items: &[ThreadItem]) -> usize {
        self.pages_for(items.iter().filter(|i| i.depth == 1).count())
    }

    /// The page the article's own address shows, of `count`.
    pub fn default_of(&self, count: usize) -> usize {
        match self.default_page {
            DefaultPage::Newest => count.max(1),
            DefaultPage::Oldest => 1,
        }
    }

    /// The page (from 1) that holds comment `id`, if it is in `items`.
    pub fn page_of(&self, items: &[ThreadItem], id: CommentId) -> Option<usize> {
        let mut roots = 0usize;
        for item in items {
            if item.depth == 1 {
                roots += 1;
            }
            if item.comment.id == id {
                return Some(if self.per_page == 0 {
                    1
                } else {
                    (roots.max(1) - 1) / self.per_page as usize + 1
                });
            }
        }
        None
    }

    /// The comments of page `page` (from 1): whole threads, nesting intact.
    /// `None` past the last page (page 1 always exists, if empty). A page is
    /// a run of `items` (threads are contiguous in display order), so it is
    /// borrowed, not copied: one threaded list serves every page.
    /// Where a comment not in `items` (the approved list) will show once it
    /// is, and the page count then: a reply on its parent's page, anything
    /// else (a top-level comment, a reply to a comment not in the list) as
    /// a top-level comment in date order. Saves threading the list again.
    pub fn place(&self, items: &[ThreadItem], c: &Newcomer) -> (usize, usize) {
        let roots = items.iter().filter(|i| i.depth == 1).count();
        if let Some(n) = c.parent_id.and_then(|p| self.page_of(items, p)) {
            return (n, self.pages_for(roots));
        }
        let before = items
            .iter()
            .filter(|i| i.depth == 1 && (i.comment.created_at, i.comment.id) < (c.created_at, c.id))
            .count();
        let page = if self.per_page == 0 {
            1
        } else {
            before / self.per_page as usize + 1
        };
        (page, self.pages_for(roots + 1))
    }

    fn pages_for(&self, roots: usize) -> usize {
        if self.per_page == 0 {
            1
        } else {
            roots.div_ceil(self.per_page as usize).max(1)
        }
    }

    pub fn slice<'a>(&self, items: &'a [ThreadItem], page: usize) -> Option<&'a [ThreadItem]> {
        if page == 0 || page > self.count(items) {
            return None;
        }
        if self.per_page == 0 {
            return Some(items);
        }
        let per = self.per_page as usize;
        let (first, last) = ((page - 1) * per, page * per);
        // Where the (first+1)-th and the (last+1)-th top-level comments start.
        let mut roots = 0usize;
        let (mut start, mut end) = (items.len(), items.len());
        for (i, item) in items.iter().enumerate() {
            if item.depth == 1 {
                if roots == first {
                    start = i;
                }
                if roots == last {
                    end = i;
                    break;
                }
                roots += 1;
            }
        }
        Some(&items[start.min(end)..end])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::comment::{CommentStatus, PublicComment, thread};
    use crate::html::SanitizedHtml;
    use crate::ids::ArticleId;

    fn comment(id: i64, parent: Option<i64>) -> PublicComment {
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
            recommends: 0,
            picked: false,
            edited_at: None,
            avatar: None,
            origin_url: None,
        }
    }

    /// Roots 1..=5, with 6 replying to 1 and 7 to 6, and 8 to 5.
    fn discussion() -> Vec<ThreadItem> {
        let mut c: Vec<PublicComment> = (1..=5).map(|i| comment(i, None)).collect();
        c.push(comment(6, Some(1)));
        c.push(comment(7, Some(6)));
        c.push(comment(8, Some(5)));
        thread(c, 5)
    }

    fn ids(items: &[ThreadItem]) -> Vec<i64> {
        items.iter().map(|i| i.comment.id.0).collect()
    }

    #[test]
    fn pages_hold_whole_threads_of_n_top_level_comments() {
        let paging = Paging {
            per_page: 2,
            default_page: DefaultPage::Newest,
        };
        let items = discussion();
        assert_eq!(paging.count(&items), 3);
        assert_eq!(paging.default_of(3), 3);
        assert_eq!(ids(paging.slice(&items, 1).unwrap()), [1, 6, 7, 2]);
        assert_eq!(ids(paging.slice(&items, 2).unwrap()), [3, 4]);
        assert_eq!(ids(paging.slice(&items, 3).unwrap()), [5, 8]);
        assert!(paging.slice(&items, 0).is_none());
        assert!(paging.slice(&items, 4).is_none());
        for (id, page) in [(1, 1), (7, 1), (2, 1), (4, 2), (8, 3)] {
            assert_eq!(paging.page_of(&items, CommentId(id)), Some(page), "{id}");
        }
        assert_eq!(paging.page_of(&items, CommentId(99)), None);
        // The last item of every page closes every level it opened.
        for page in 1..=3 {
            let slice = paging.slice(&items, page).unwrap();
            let opened: usize = slice.iter().filter(|i| i.has_children).count();
            let closed: usize = slice.iter().map(|i| i.close_levels).sum();
            assert_eq!(opened, closed, "page {page}");
        }
    }

    #[test]
    fn zero_per_page_is_one_page_and_an_empty_thread_has_one_page() {
        let all = Paging {
            per_page: 0,
            default_page: DefaultPage::Oldest,
        };
        let items = discussion();
        assert_eq!(all.count(&items), 1);
        assert_eq!(all.slice(&items, 1).unwrap().len(), items.len());
        assert_eq!(all.page_of(&items, CommentId(8)), Some(1));
        let some = Paging {
            per_page: 50,
            default_page: DefaultPage::Newest,
        };
        assert_eq!(some.count(&[]), 1);
        assert_eq!(some.slice(&[], 1).map(<[ThreadItem]>::len), Some(0));
        assert_eq!(some.default_of(1), 1);
    }

    #[test]
    fn a_newcomer_is_placed_where_threading_again_puts_it() {
        let paging = Paging {
            per_page: 2,
            default_page: DefaultPage::Newest,
        };
        let base: Vec<PublicComment> = {
            let mut c: Vec<PublicComment> = (1..=5).map(|i| comment(i, None)).collect();
            c.push(comment(6, Some(1)));
            c.push(comment(7, Some(6)));
            c.push(comment(8, Some(5)));
            c
        };
        let items = thread(base.clone(), 5);
        // Replies to comments on each page, a reply to a comment not in the
        // list, a new top-level comment, and one dated among the old ones.
        for (id, parent, at) in [
            (20, Some(7), 20),
            (21, Some(3), 21),
            (22, Some(99), 22),
            (23, None, 23),
            (24, None, 2),
        ] {
            let mut new = comment(id, parent);
            new.created_at = crate::Timestamp::from_timestamp(at, 0).unwrap_or_default();
            let mut all = base.clone();
            all.push(new.clone());
            let again = thread(all, 5);
            let expected = (
                paging.page_of(&again, CommentId(id)).unwrap(),
                paging.count(&again),
            );
            let placed = paging.place(
                &items,
                &Newcomer {
                    id: new.id,
                    parent_id: new.parent_id,
                    created_at: new.created_at,
                },
            );
            assert_eq!(placed, expected, "comment {id}");
        }
    }
}
