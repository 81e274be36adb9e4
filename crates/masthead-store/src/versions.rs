//! What one process knows of the cache versions (see migration 0012): the
//! counter every change moves, the number of the last site-wide change and,
//! for each article whose approved comments changed since this process
//! started, the number of that change.
//!
//! An article page is current while `max(site, article)` is unchanged; an
//! article with no entry has not changed since [`State::baseline`], so that
//! number stands in for it. The whole state is learnt from one query per
//! commit (the changes since the number last known) or from notifications,
//! never per article.
use std::collections::HashMap;
use std::sync::Mutex;

/// Numbers handed out are `epoch << EPOCH_SHIFT | number`. The epoch grows
/// whenever the database may have gone back (a reconnect, a restored file),
/// so no number seen before comes back to name different content.
const EPOCH_SHIFT: u32 = 40;

/// The database's answer to "what changed since `since`?".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Changes {
    /// What this process knew when it asked (`None`: nothing yet).
    pub since: Option<i64>,
    pub generation: i64,
    pub site: i64,
    /// Articles whose comments changed after `since`, with the number.
    pub articles: Vec<(i64, i64)>,
}

#[derive(Debug, Default)]
pub(crate) struct Versions {
    state: Mutex<State>,
}

#[derive(Debug, Default)]
struct State {
    ready: bool,
    epoch: i64,
    /// Every change up to this number is reflected below.
    known: i64,
    site: i64,
    baseline: i64,
    articles: HashMap<i64, i64>,
}

impl State {
    fn tag(&self, n: i64) -> i64 {
        self.epoch << EPOCH_SHIFT | n
    }

    fn restart(&mut self, generation: i64, site: i64) {
        self.epoch += 1;
        self.ready = true;
        self.known = generation;
        self.site = site;
        self.baseline = generation;
        self.articles.clear();
    }
}

impl Versions {
    /// The number every change moves (home page, REST lists), if known.
    pub(crate) fn generation(&self) -> Option<i64> {
        let s = self.state.lock().ok()?;
        s.ready.then(|| s.tag(s.known))
    }

    /// The version of `article`'s pages (`None`: of what every page shares,
    /// the settings and articles), if known.
    pub(crate) fn page_version(&self, article: Option<i64>) -> Option<i64> {
        let s = self.state.lock().ok()?;
        let own = article
            .and_then(|a| s.articles.get(&a).copied())
            .unwrap_or(s.baseline);
        s.ready.then(|| s.tag(own.max(s.site)))
    }

    /// The number to ask "what changed since?" with, if anything is known.
    pub(crate) fn known(&self) -> Option<i64> {
        let s = self.state.lock().ok()?;
        s.ready.then_some(s.known)
    }

    /// Takes in the database's answer; `false` when it was not taken in (the
    /// caller must then not treat what it asked about as known). Answers may
    /// arrive out of order (two requests asked at once), so every number only
    /// ever goes up; a counter below what was known when asking means the
    /// database went back.
    pub(crate) fn apply(&self, changes: Changes) -> bool {
        let Ok(mut s) = self.state.lock() else {
            return false;
        };
        let went_back = changes.since.is_some_and(|n| changes.generation < n);
        if !s.ready || went_back {
            s.restart(changes.generation, changes.site);
            return true;
        }
        if changes.since.is_none() {
            // Asked before anything was known, answered after another request
            // learnt the state: starting over would retire every cached page
            // for nothing. Without the articles' list it can only confirm.
            return changes.generation == s.known && changes.site <= s.site;
        }
        s.known = s.known.max(changes.generation);
        s.site = s.site.max(changes.site);
        for (article, n) in changes.articles {
            let e = s.articles.entry(article).or_insert(n);
            *e = (*e).max(n);
        }
        true
    }

    /// A fresh start (a new connection to follow the database through).
    pub(crate) fn restart(&self, generation: i64, site: i64) {
        if let Ok(mut s) = self.state.lock() {
            s.restart(generation, site);
        }
    }

    /// A notification of a site-wide change with number `n`.
    pub(crate) fn site_changed(&self, n: i64) {
        if let Ok(mut s) = self.state.lock() {
            s.known = s.known.max(n);
            s.site = s.site.max(n);
        }
    }

    /// A notification that the approved comments of `articles` changed with number `n`.
    pub(crate) fn articles_changed(&self, n: i64, articles: impl IntoIterator<Item = i64>) {
        if let Ok(mut s) = self.state.lock() {
            s.known = s.known.max(n);
            for a in articles {
                let e = s.articles.entry(a).or_insert(n);
                *e = (*e).max(n);
            }
        }
    }
}

/// The versions could not be learnt (a lock poisoned by a panic elsewhere).
pub(crate) fn unavailable() -> masthead_core::store::StoreError {
    masthead_core::store::StoreError::Backend("the cache versions are unavailable".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn changes(since: i64, generation: i64, site: i64, articles: &[(i64, i64)]) -> Changes {
        Changes {
            since: Some(since),
            generation,
            site,
            articles: articles.to_vec(),
        }
    }

    #[test]
    fn a_change_to_one_article_leaves_the_others_alone() {
        let v = Versions::default();
        assert_eq!(v.page_version(Some(1)), None);
        v.apply(Changes {
            since: None,
            generation: 10,
            site: 4,
            articles: vec![],
        });
        let (a0, b0, g0) = (
            v.page_version(Some(1)),
            v.page_version(Some(2)),
            v.generation(),
        );
        let site0 = v.page_version(None);
        v.apply(changes(10, 11, 4, &[(1, 11)]));
        assert_eq!(
            v.page_version(None),
            site0,
            "comments leave the site's version alone"
        );
        assert_ne!(v.page_version(Some(1)), a0);
        assert_eq!(v.page_version(Some(2)), b0);
        assert_ne!(v.generation(), g0);
        // A late answer changes nothing.
        let a1 = v.page_version(Some(1));
        v.apply(changes(10, 10, 4, &[]));
        assert_eq!(v.page_version(Some(1)), a1);
        // A site-wide change moves every page.
        let (a1, b1) = (v.page_version(Some(1)), v.page_version(Some(2)));
        v.site_changed(12);
        assert_ne!(v.page_version(None), site0);
        assert_ne!(v.page_version(Some(1)), a1);
        assert_ne!(v.page_version(Some(2)), b1);
        v.articles_changed(13, [2]);
        assert_ne!(v.page_version(Some(2)), b1);
        assert_eq!(v.known(), Some(13));
    }

    #[test]
    fn a_late_first_answer_does_not_start_over() {
        let v = Versions::default();
        let first = |generation| Changes {
            since: None,
            generation,
            site: 4,
            articles: vec![],
        };
        // Two requests asked before anything was known; one answered first.
        assert!(v.apply(first(10)));
        let page = v.page_version(Some(1));
        assert!(v.apply(first(10)), "the same state confirms");
        assert_eq!(v.page_version(Some(1)), page);
        // Answered from a later state: not taken in, nothing retired.
        assert!(!v.apply(first(12)));
        assert_eq!(v.page_version(Some(1)), page);
        assert_eq!(v.known(), Some(10));
    }

    #[test]
    fn a_database_that_went_back_never_repeats_a_version() {
        let v = Versions::default();
        v.restart(10, 10);
        let before = v.page_version(Some(1));
        // Restored from a backup taken at 7, where article 1 changed at 8
        // in a different way than it did here.
        v.apply(changes(10, 8, 5, &[]));
        assert_ne!(v.page_version(Some(1)), before);
        assert_eq!(v.known(), Some(8));
    }
}
