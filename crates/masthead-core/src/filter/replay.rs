//! Replaying decided comments in the order they arrived, each scored before
//! its decision is learnt (as in the TREC spam track), to see what auto mode
//! would have done: `masthead moderation evaluate` and `bench/filter.sh`.
//! Beside it, in the same replay, what the rules alone do (WordPress's
//! first-comment hold and link limit), as the baseline.
use super::calibrate::{Calibration, Targets, Thresholds};
use super::corpus::Labelled;
use super::features::{History, Sample, extract};
use super::label::Label;
use super::model::Model;
use crate::html::{Allowlist, count_links, render_comment};
use std::collections::HashMap;

/// One decided comment, as the replay sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub ids: Vec<u32>,
    pub spam: bool,
    pub weight: f32,
    /// Its author had no approved comment before it.
    pub first_time: bool,
    pub links: u32,
}

/// What the filter learns during a replay.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Feedback {
    /// Every comment, right after it is scored (the TREC spam track's
    /// "immediate feedback").
    All,
    /// What a moderator sees in auto mode: the held comments, and the
    /// mistakes (ham found in the spam folder, spam reported by readers).
    Seen,
}

/// What happened to the comments of a replay.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Report {
    pub comments: usize,
    pub hams: usize,
    pub spams: usize,
    pub published: usize,
    pub held: usize,
    pub spammed: usize,
    /// Ham that went to the spam folder.
    pub ham_to_spam: usize,
    /// Spam published.
    pub spam_shown: usize,
    /// Area under the ROC curve of the scores; `None` for the rules, which
    /// do not score, or a replay without both labels.
    pub roc_area: Option<f64>,
}

#[allow(clippy::cast_precision_loss)]
fn share(n: usize, of: usize) -> f64 {
    if of == 0 { 0.0 } else { n as f64 / of as f64 }
}

impl Report {
    /// The share of comments a person had to decide.
    pub fn human_share(&self) -> f64 {
        share(self.held, self.comments)
    }
    pub fn auto_share(&self) -> f64 {
        1.0 - self.human_share()
    }
    pub fn ham_to_spam_rate(&self) -> f64 {
        share(self.ham_to_spam, self.hams)
    }
    pub fn spam_shown_rate(&self) -> f64 {
        share(self.spam_shown, self.spams)
    }

    fn count(&mut self, spam: bool, outcome: Outcome) {
        self.comments += 1;
        if spam {
            self.spams += 1;
        } else {
            self.hams += 1;
        }
        match outcome {
            Outcome::Published => {
                self.published += 1;
                self.spam_shown += usize::from(spam);
            }
            Outcome::Held => self.held += 1,
            Outcome::Spam => {
                self.spammed += 1;
                self.ham_to_spam += usize::from(!spam);
            }
        }
    }
}

/// Where a comment goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Published,
    Held,
    Spam,
}

/// Auto mode's decision for log-odds `logit`; `may_publish` is false when
/// a rule beside the filter holds the comment anyway (links, words).
pub fn decide(logit: f64, t: Thresholds, may_publish: bool) -> Outcome {
    if logit >= t.spam_at {
        Outcome::Spam
    } else if logit <= t.publish_at && may_publish {
        Outcome::Published
    } else {
        Outcome::Held
    }
}

/// Auto mode over `items`, starting from `model` and the honest scores
/// `prior`, learning as `feedback` says; the link rule holds at `max_links`
/// (0: off) as it does beside the filter.
pub fn replay(
    mut model: Model,
    prior: &Calibration,
    targets: Targets,
    items: &[Item],
    feedback: Feedback,
    max_links: u32,
) -> Report {
    let mut calibration = prior.clone();
    let mut thresholds = calibration.thresholds(targets);
    let mut report = Report::default();
    let mut scores = Vec::with_capacity(items.len());
    for item in items {
        let logit = model.logit(item.ids.iter().copied());
        scores.push((logit, item.spam));
        let linked = max_links > 0 && item.links >= max_links;
        let outcome = decide(logit, thresholds, !linked);
        report.count(item.spam, outcome);
        let wrong = match outcome {
            Outcome::Published => item.spam,
            Outcome::Spam => !item.spam,
            Outcome::Held => true,
        };
        if feedback == Feedback::All || wrong {
            let label = if item.spam { Label::Spam } else { Label::Ham };
            let before = model.learn(&item.ids, label, item.weight);
            calibration.add(before, item.spam);
            thresholds = calibration.thresholds(targets);
        }
    }
    report.roc_area = roc_area(&scores);
    report
}

/// Today's rules alone: a first-time commenter is held, so is a comment
/// with `max_links` links or more; nothing is called spam.
pub fn rules_only(items: &[Item], max_links: u32) -> Report {
    let mut report = Report::default();
    for item in items {
        let held = item.first_time || (max_links > 0 && item.links >= max_links);
        let outcome = if held {
            Outcome::Held
        } else {
            Outcome::Published
        };
        report.count(item.spam, outcome);
    }
    report
}

/// The probability that a random spam scores above a random ham (ties
/// count half); `None` without both.
#[allow(clippy::cast_precision_loss)]
pub fn roc_area(scores: &[(f64, bool)]) -> Option<f64> {
    let mut sorted: Vec<(f64, bool)> = scores.to_vec();
    sorted.sort_by(|a, b| a.0.total_cmp(&b.0));
    let spams = sorted.iter().filter(|s| s.1).count();
    let hams = sorted.len() - spams;
    if spams == 0 || hams == 0 {
        return None;
    }
    // Sum of the spams' ranks, ties sharing their average rank.
    let mut rank_sum = 0.0;
    let mut i = 0;
    while i < sorted.len() {
        let mut j = i;
        while j < sorted.len() && sorted[j].0 == sorted[i].0 {
            j += 1;
        }
        let average = (i + 1 + j) as f64 / 2.0;
        rank_sum += average * sorted[i..j].iter().filter(|s| s.1).count() as f64;
        i = j;
    }
    let (s, h) = (spams as f64, hams as f64);
    Some((rank_sum - s * (s + 1.0) / 2.0) / (s * h))
}

/// The corpus's comments as replay items, each author's history made of
/// the labels of their earlier comments.
pub fn items_from_corpus(rows: &[Labelled]) -> Vec<Item> {
    let allow = Allowlist::default();
    let mut histories: HashMap<&str, History> = HashMap::new();
    rows.iter()
        .map(|row| {
            let history = histories
                .get(row.author.as_str())
                .copied()
                .unwrap_or_default();
            let html = render_comment(&row.content, &allow);
            let f = extract(&Sample {
                author_name: &row.author,
                author_url: "",
                content_html: html.as_str(),
                history,
            });
            let h = histories.entry(row.author.as_str()).or_default();
            if row.spam {
                h.spam += 1;
            } else {
                h.approved += 1;
            }
            Item {
                ids: f.ids().collect(),
                spam: row.spam,
                weight: 1.0,
                first_time: history.approved == 0,
                links: u32::try_from(count_links(&html)).unwrap_or(u32::MAX),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roc_area_counts_pairs_and_ties() {
        assert_eq!(roc_area(&[(0.1, false), (0.9, true)]), Some(1.0));
        assert_eq!(roc_area(&[(0.9, false), (0.1, true)]), Some(0.0));
        assert_eq!(roc_area(&[(0.5, false), (0.5, true)]), Some(0.5));
        assert_eq!(
            roc_area(&[(0.1, false), (0.6, true), (0.5, false), (0.4, true)]),
            Some(0.75)
        );
        assert_eq!(roc_area(&[(0.5, true)]), None);
    }

    #[test]
    fn the_rules_hold_first_comments_and_links_and_never_say_spam() {
        let item = |spam, first_time, links| Item {
            ids: vec![1],
            spam,
            weight: 1.0,
            first_time,
            links,
        };
        let r = rules_only(
            &[
                item(true, true, 0),
                item(false, false, 0),
                item(true, false, 3),
            ],
            2,
        );
        assert_eq!((r.held, r.published, r.spammed), (2, 1, 0));
        assert_eq!(r.spam_shown, 0);
    }
}
