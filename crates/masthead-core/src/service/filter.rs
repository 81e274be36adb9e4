//! The spam filter as a use case: each process (each PostgreSQL node) keeps
//! the model in memory, built from the shipped starting model and every
//! stored lesson learnt in id order — so every node holds the same weights
//! — and checks the one-row lesson mark before each decision, so a lesson
//! learnt on another node (or by the command line) counts at once.
use super::rules::Verdict;
use crate::comment::proof::Proof;
use crate::comment::{CommentStatus, ModerationReason};
use crate::filter::calibrate::Calibration;
use crate::filter::replay::{self, Feedback, Item, Outcome, Report};
use crate::filter::start;
use crate::filter::{Features, Leaning, Model, Sample, Targets, Thresholds, features};
use crate::settings::{FilterMode, ModerationSettings};
use crate::store::{FilterInput, FilterMark, Store, StoreResult};
use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex, MutexGuard};

/// The filter of one process; clones share it.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    node: Arc<Mutex<Node>>,
    /// Proofs of work already spent, until they expire.
    spent: Arc<Mutex<HashMap<String, i64>>>,
    /// When the comments of the last minute arrived (Unix seconds).
    arrivals: Arc<Mutex<VecDeque<i64>>>,
}

/// Whether a proof of work was asked for, and given.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Proved {
    pub asked: bool,
    pub given: bool,
    /// A flood is on: even a comment auto mode is sure of needs a proof.
    pub flood: bool,
}

#[derive(Debug, Default)]
struct Node {
    /// `None` until the first look at the store.
    mark: Option<FilterMark>,
    model: Model,
    /// The honest score of each lesson, scored before it was learnt.
    site: Calibration,
    /// Thresholds for these targets and this many lessons.
    thresholds: Option<(Targets, usize, Thresholds)>,
}

impl Node {
    fn fresh(generation: i64) -> Self {
        Self {
            mark: Some(FilterMark {
                generation,
                last_lesson: 0,
            }),
            model: start::shipped().model.clone(),
            site: Calibration::default(),
            thresholds: None,
        }
    }

    fn thresholds(&mut self, targets: Targets) -> Thresholds {
        let lessons = self.site.ham.len() + self.site.spam.len();
        if let Some((t, n, th)) = self.thresholds
            && t == targets
            && n == lessons
        {
            return th;
        }
        let mut all = start::shipped().calibration.clone();
        all.extend(&self.site);
        let th = all.thresholds(targets);
        self.thresholds = Some((targets, lessons, th));
        th
    }
}

/// A comment's score, what weighed most, and where the thresholds stand.
#[derive(Debug, Clone, PartialEq)]
pub struct Judged {
    pub logit: f64,
    pub leaning: Vec<Leaning>,
    pub thresholds: Thresholds,
}

impl Judged {
    /// The spam likelihood in thousandths.
    pub fn score(&self) -> u16 {
        let p = crate::filter::model::sigmoid(self.logit);
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let thousandths = (p * 1000.0).round() as u16;
        thousandths.min(1000)
    }

    pub fn reason(&self) -> ModerationReason {
        ModerationReason::Filter {
            score: self.score(),
            leaning: self.leaning.clone(),
        }
    }
}

/// The targets the settings name.
pub fn targets(m: &ModerationSettings) -> Targets {
    Targets {
        ham_to_spam: m.filter_ham_to_spam.fraction(),
        spam_shown: m.filter_spam_shown.fraction(),
    }
}

/// The features of a stored comment, as they were when it arrived.
pub fn features_of(input: &FilterInput) -> Features {
    features::extract(&Sample {
        author_name: &input.author_name,
        author_url: &input.author_url,
        content_html: &input.content_html,
        history: input.history,
    })
}

impl Filter {
    fn node(&self) -> MutexGuard<'_, Node> {
        // A panic while holding it left a model that is at worst a lesson
        // short; keep deciding with it.
        self.node
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Spends `proof`: true the first time this process sees it. (Each
    /// node keeps its own list, so a proof could count once per node.)
    pub fn spend(&self, proof: &Proof, now: crate::Timestamp) -> bool {
        let mut spent = self
            .spent
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let now = now.timestamp();
        if spent.len() > 10_000 {
            spent.retain(|_, expires| *expires > now);
        }
        spent
            .insert(proof.signature.clone(), proof.expires)
            .is_none()
    }

    /// Counts a comment arriving at `now`; how many arrived in the minute
    /// up to it, this one included.
    pub fn arrived(&self, now: crate::Timestamp) -> usize {
        let mut arrivals = self
            .arrivals
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let now = now.timestamp();
        while arrivals.front().is_some_and(|t| *t <= now - 60) {
            arrivals.pop_front();
        }
        arrivals.push_back(now);
        arrivals.len()
    }

    /// Learns the lessons up to `mark` (read with other facts, so a
    /// decision costs no query of its own unless there is something new).
    async fn sync_to(&self, store: &dyn Store, mark: FilterMark) -> StoreResult<()> {
        let after = match self.node().mark {
            Some(m) if m.generation == mark.generation => {
                if m.last_lesson >= mark.last_lesson {
                    return Ok(());
                }
                m.last_lesson
            }
            _ => 0,
        };
        let lessons = store.filter_lessons(after).await?;
        let mut node = self.node();
        if node.mark.is_none_or(|m| m.generation != mark.generation) {
            *node = Node::fresh(mark.generation);
        }
        for stored in lessons {
            let Some(m) = node.mark.as_mut() else { break };
            if stored.id <= m.last_lesson {
                continue;
            }
            m.last_lesson = stored.id;
            let l = stored.lesson;
            let ids: Vec<u32> = l.content.iter().chain(&l.author).copied().collect();
            let before = node.model.learn(&ids, l.label, l.weight);
            node.site.add(before, l.label.is_spam());
        }
        Ok(())
    }

    /// Scores `f` with every stored lesson up to `mark` learnt.
    pub async fn judge(
        &self,
        store: &dyn Store,
        mark: FilterMark,
        targets: Targets,
        f: &Features,
    ) -> StoreResult<Judged> {
        self.sync_to(store, mark).await?;
        let mut node = self.node();
        let scored = node.model.score(f);
        Ok(Judged {
            logit: scored.logit,
            leaning: scored.leaning,
            thresholds: node.thresholds(targets),
        })
    }
}

/// The site's own history replayed: every lesson, in order, scored by the
/// starting model and the lessons before it, then learnt as `feedback`
/// says. (Lessons keep no link count: the link rule is not replayed.)
pub async fn replay_history(
    store: &dyn Store,
    targets: Targets,
    feedback: Feedback,
) -> StoreResult<Report> {
    let items: Vec<Item> = store
        .filter_lessons(0)
        .await?
        .into_iter()
        .map(|s| Item {
            ids: s
                .lesson
                .content
                .iter()
                .chain(&s.lesson.author)
                .copied()
                .collect(),
            spam: s.lesson.label.is_spam(),
            weight: s.lesson.weight,
            first_time: false,
            links: 0,
        })
        .collect();
    let shipped = start::shipped();
    Ok(replay::replay(
        shipped.model.clone(),
        &shipped.calibration,
        targets,
        &items,
        feedback,
        0,
    ))
}

/// The rules' verdict with the filter's opinion: in advise mode its score
/// joins the reasons of a held comment; in auto mode it may publish a
/// comment held only as a first comment, or send any comment to spam
/// (unless staff trust its author). When a proof of work is asked for, a
/// comment it leans towards publishing without being sure of is published
/// with one and held without. Returns whether the filter decided.
pub(crate) fn with_filter(
    mut verdict: Verdict,
    mode: FilterMode,
    judged: &Judged,
    staff_trusted: bool,
    proved: Proved,
) -> (Verdict, bool) {
    if mode == FilterMode::Off {
        return (verdict, false);
    }
    if verdict.status == CommentStatus::Spam {
        // A rule decided (the honeypot, a disallowed word): nothing to add.
        return (verdict, false);
    }
    let reason = judged.reason();
    if mode == FilterMode::Advise {
        if verdict.status != CommentStatus::Approved {
            verdict.reasons.push(reason);
        }
        return (verdict, false);
    }
    let only_new = verdict
        .reasons
        .iter()
        .all(|r| matches!(r, ModerationReason::FirstComment { .. }));
    match replay::decide(judged.logit, judged.thresholds, only_new) {
        Outcome::Spam if !staff_trusted => {
            verdict.reasons.insert(0, reason);
            verdict.status = CommentStatus::Spam;
            (verdict, true)
        }
        // In a flood, even a sure comment from a newcomer needs a proof.
        Outcome::Published
            if verdict.status == CommentStatus::Pending
                && proved.asked
                && proved.flood
                && !proved.given =>
        {
            verdict.reasons.push(ModerationReason::NoProof);
            verdict.reasons.push(reason);
            (verdict, false)
        }
        Outcome::Published if verdict.status == CommentStatus::Pending => (
            Verdict {
                status: CommentStatus::Approved,
                reasons: Vec::new(),
            },
            true,
        ),
        // Unsure, but leaning towards publishing: a proof of work decides.
        Outcome::Held
            if proved.asked
                && only_new
                && judged.logit < 0.0
                && verdict.status == CommentStatus::Pending =>
        {
            if proved.given {
                let published = Verdict {
                    status: CommentStatus::Approved,
                    reasons: Vec::new(),
                };
                return (published, true);
            }
            verdict.reasons.push(ModerationReason::NoProof);
            verdict.reasons.push(reason);
            (verdict, false)
        }
        _ => {
            if verdict.status != CommentStatus::Approved {
                verdict.reasons.push(reason);
            }
            (verdict, false)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn judged(logit: f64) -> Judged {
        Judged {
            logit,
            leaning: Vec::new(),
            thresholds: Thresholds {
                spam_at: 3.0,
                publish_at: -2.0,
            },
        }
    }

    fn held(reasons: Vec<ModerationReason>) -> Verdict {
        Verdict {
            status: CommentStatus::Pending,
            reasons,
        }
    }

    const NONE: Proved = Proved {
        asked: false,
        given: false,
        flood: false,
    };

    #[test]
    fn a_proof_of_work_settles_only_an_unsure_comment_leaning_to_publish() {
        let asked = |given| Proved {
            asked: true,
            given,
            flood: false,
        };
        let auto = |logit, p| {
            with_filter(
                held(vec![FIRST]),
                FilterMode::Auto,
                &judged(logit),
                false,
                p,
            )
        };
        assert_eq!(auto(-1.0, asked(true)).0.status, CommentStatus::Approved);
        let (v, decided) = auto(-1.0, asked(false));
        assert_eq!((v.status, decided), (CommentStatus::Pending, false));
        assert_eq!(v.reasons[1], ModerationReason::NoProof);
        // Leaning to spam, a proof changes nothing.
        assert_eq!(auto(1.0, asked(true)).0.status, CommentStatus::Pending);
        // Not asked for: held as before.
        assert_eq!(auto(-1.0, NONE).0.status, CommentStatus::Pending);
        // In a flood, a sure comment needs one too.
        let flood = |given| Proved {
            asked: true,
            given,
            flood: true,
        };
        assert_eq!(auto(-5.0, flood(false)).0.status, CommentStatus::Pending);
        assert_eq!(auto(-5.0, flood(true)).0.status, CommentStatus::Approved);
        assert_eq!(auto(-5.0, asked(false)).0.status, CommentStatus::Approved);
    }

    #[test]
    fn arrivals_are_counted_over_the_last_minute() {
        let f = Filter::default();
        let t = chrono::Utc::now();
        assert_eq!(f.arrived(t), 1);
        assert_eq!(f.arrived(t + chrono::Duration::seconds(30)), 2);
        assert_eq!(f.arrived(t + chrono::Duration::seconds(61)), 2);
        assert_eq!(f.arrived(t + chrono::Duration::seconds(200)), 1);
    }

    const FIRST: ModerationReason = ModerationReason::FirstComment {
        approved: 0,
        needed: 1,
    };

    #[test]
    fn auto_mode_has_three_outcomes_and_the_link_rule_still_holds() {
        let (v, decided) = with_filter(
            held(vec![FIRST]),
            FilterMode::Auto,
            &judged(-5.0),
            false,
            NONE,
        );
        assert_eq!((v.status, decided), (CommentStatus::Approved, true));
        let (v, decided) = with_filter(
            held(vec![FIRST]),
            FilterMode::Auto,
            &judged(5.0),
            false,
            NONE,
        );
        assert_eq!((v.status, decided), (CommentStatus::Spam, true));
        let (v, decided) = with_filter(
            held(vec![FIRST]),
            FilterMode::Auto,
            &judged(0.0),
            false,
            NONE,
        );
        assert_eq!((v.status, decided), (CommentStatus::Pending, false));
        assert!(matches!(
            v.reasons[1],
            ModerationReason::Filter { score: 500, .. }
        ));
        let links = ModerationReason::TooManyLinks { links: 3, limit: 2 };
        let (v, _) = with_filter(
            held(vec![links]),
            FilterMode::Auto,
            &judged(-5.0),
            false,
            NONE,
        );
        assert_eq!(v.status, CommentStatus::Pending);
        let (v, _) = with_filter(
            held(vec![FIRST]),
            FilterMode::Auto,
            &judged(5.0),
            true,
            NONE,
        );
        assert_eq!(v.status, CommentStatus::Pending);
    }

    #[test]
    fn advise_mode_only_tells() {
        let (v, decided) = with_filter(
            held(vec![FIRST]),
            FilterMode::Advise,
            &judged(5.0),
            false,
            NONE,
        );
        assert_eq!((v.status, decided), (CommentStatus::Pending, false));
        assert_eq!(v.reasons.len(), 2);
        let (v, _) = with_filter(
            held(vec![FIRST]),
            FilterMode::Off,
            &judged(5.0),
            false,
            NONE,
        );
        assert_eq!(v.reasons.len(), 1);
    }
}
