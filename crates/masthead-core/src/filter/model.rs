//! Online logistic regression over hashed binary features: the score is the
//! logistic of the summed weights of the features present; each lesson moves
//! those weights by the error it made, so learning is one pass over a
//! comment's few hundred features, with no retraining pause.
use super::features::{Clue, Features};
use super::label::Label;
use std::collections::HashMap;

/// How far one lesson moves a weight (tuned by replaying the corpus:
/// `bench/filter.sh`).
pub const RATE: f64 = 0.1;

/// The weights, by feature id; absent is 0.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Model {
    weights: HashMap<u32, f32>,
}

/// A comment's score and what weighed most in it.
#[derive(Debug, Clone, PartialEq)]
pub struct Scored {
    /// The log-odds of spam.
    pub logit: f64,
    /// The few told features that weighed most, heaviest first.
    pub leaning: Vec<Leaning>,
}

impl Scored {
    /// The probability of spam, 0–1.
    pub fn spam_probability(&self) -> f64 {
        sigmoid(self.logit)
    }
}

/// One feature's pull.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Leaning {
    pub clue: Clue,
    /// Towards spam (`true`) or towards publishing.
    pub spam: bool,
}

pub fn sigmoid(z: f64) -> f64 {
    1.0 / (1.0 + (-z.clamp(-40.0, 40.0)).exp())
}

/// How many features a score explains itself with.
const TOLD: usize = 3;

impl Model {
    pub fn from_weights(weights: HashMap<u32, f32>) -> Self {
        Self { weights }
    }

    pub fn weights(&self) -> &HashMap<u32, f32> {
        &self.weights
    }

    /// How many features carry a weight.
    pub fn len(&self) -> usize {
        self.weights.len()
    }

    pub fn is_empty(&self) -> bool {
        self.weights.is_empty()
    }

    /// The log-odds of spam for these ids.
    pub fn logit(&self, ids: impl IntoIterator<Item = u32>) -> f64 {
        ids.into_iter()
            .filter_map(|id| self.weights.get(&id))
            .map(|w| f64::from(*w))
            .sum()
    }

    /// The score of `f`, with the told features that weighed most.
    pub fn score(&self, f: &Features) -> Scored {
        let logit = self.logit(f.ids());
        let mut told: Vec<(f32, &Clue)> = f
            .clues
            .iter()
            .filter_map(|(id, clue)| self.weights.get(id).map(|w| (*w, clue)))
            .filter(|(w, _)| w.abs() > 0.05)
            .collect();
        told.sort_by(|a, b| b.0.abs().total_cmp(&a.0.abs()));
        let leaning = told
            .into_iter()
            .take(TOLD)
            .map(|(w, clue)| Leaning {
                clue: clue.clone(),
                spam: w > 0.0,
            })
            .collect();
        Scored { logit, leaning }
    }

    /// Learns that `ids` were `label`, counting `weight` times; returns the
    /// log-odds it gave them before.
    pub fn learn(&mut self, ids: &[u32], label: Label, weight: f32) -> f64 {
        let logit = self.logit(ids.iter().copied());
        let target = if label.is_spam() { 1.0 } else { 0.0 };
        let step = RATE * f64::from(weight) * (target - sigmoid(logit));
        #[allow(clippy::cast_possible_truncation)]
        let step = step as f32;
        for id in ids {
            *self.weights.entry(*id).or_insert(0.0) += step;
        }
        logit
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::filter::features::{History, Sample, extract};

    fn features(html: &str) -> Features {
        extract(&Sample {
            author_name: "Ann",
            author_url: "",
            content_html: html,
            history: History::default(),
        })
    }

    #[test]
    fn it_learns_from_a_handful_of_decisions_and_says_why() {
        let mut m = Model::default();
        let spam = features("<p>check out my channel and subscribe</p>");
        let ham = features("<p>the minister said the budget was late</p>");
        for _ in 0..20 {
            let ids: Vec<u32> = spam.ids().collect();
            m.learn(&ids, Label::Spam, 1.0);
            let ids: Vec<u32> = ham.ids().collect();
            m.learn(&ids, Label::Ham, 1.0);
        }
        let new_spam = m.score(&features("<p>please subscribe to my channel</p>"));
        let new_ham = m.score(&features("<p>the budget was a minister's choice</p>"));
        assert!(new_spam.spam_probability() > 0.8, "{new_spam:?}");
        assert!(new_ham.spam_probability() < 0.2, "{new_ham:?}");
        assert!(
            new_spam.leaning.iter().any(|l| l.spam
                && matches!(&l.clue, Clue::Word(w) if w == "subscribe" || w == "channel")),
            "{:?}",
            new_spam.leaning
        );
    }
}
