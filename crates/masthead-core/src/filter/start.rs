//! The model a new site starts from: trained on public, hand-labelled
//! comments and shipped as data (`start.model`, made by [`train`] from the
//! files named in [`ATTRIBUTION`]; a test retrains it from the corpus and
//! compares). With it come the honest scores of that corpus — each file
//! scored by a model trained on the others — which set the first
//! thresholds. The site's own lessons are learnt on top of it, so they
//! outweigh it as they accumulate.
use super::calibrate::Calibration;
use super::corpus::Labelled;
use super::label::Label;
use super::model::Model;
use super::replay::{Item, items_from_corpus};
use std::collections::HashMap;
use std::sync::OnceLock;

/// Whose comments the starting model learnt from (CC BY 4.0 asks for it).
pub const ATTRIBUTION: &str = "The spam filter's starting model is trained on the \
YouTube Spam Collection (files Youtube01-Psy, Youtube02-KatyPerry, Youtube03-LMFAO): \
T. C. Alberto, J. V. Lochter, T. A. Almeida, \"TubeSpam: Comment Spam Filtering on \
YouTube\", ICMLA 2015; UCI Machine Learning Repository, CC BY 4.0.";

/// Passes over each training file.
pub const PASSES: usize = 3;

static SHIPPED_BYTES: &[u8] = include_bytes!("start.model");
const MAGIC: &[u8; 4] = b"MHF1";

/// A model with the honest scores that calibrate it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Start {
    pub model: Model,
    pub calibration: Calibration,
}

/// The shipped starting model (empty if the shipped bytes were unreadable,
/// which a test rules out).
pub fn shipped() -> &'static Start {
    static START: OnceLock<Start> = OnceLock::new();
    START.get_or_init(|| decode(SHIPPED_BYTES).unwrap_or_default())
}

fn learn_all(model: &mut Model, items: &[Item]) {
    for _ in 0..PASSES {
        for item in items {
            let label = if item.spam { Label::Spam } else { Label::Ham };
            model.learn(&item.ids, label, item.weight);
        }
    }
}

/// Trains on `sets` (each in time order); each set's honest scores come
/// from a model trained on the other sets, learning as it goes.
pub fn train(sets: &[Vec<Labelled>]) -> Start {
    let items: Vec<Vec<Item>> = sets.iter().map(|s| items_from_corpus(s)).collect();
    let mut calibration = Calibration::default();
    for (held_out, test) in items.iter().enumerate() {
        let mut model = Model::default();
        for (i, set) in items.iter().enumerate() {
            if i != held_out {
                learn_all(&mut model, set);
            }
        }
        for item in test {
            let label = if item.spam { Label::Spam } else { Label::Ham };
            let before = model.learn(&item.ids, label, item.weight);
            calibration.add(before, item.spam);
        }
    }
    let mut model = Model::default();
    for set in &items {
        learn_all(&mut model, set);
    }
    Start { model, calibration }
}

/// Little-endian: magic, weight count, (id, weight) pairs by id, ham score
/// count and scores, spam score count and scores.
pub fn encode(start: &Start) -> Vec<u8> {
    let mut weights: Vec<(&u32, &f32)> = start.model.weights().iter().collect();
    weights.sort_by_key(|(id, _)| **id);
    let mut out = MAGIC.to_vec();
    let len = |n: usize| u32::try_from(n).unwrap_or(u32::MAX).to_le_bytes();
    out.extend(len(weights.len()));
    for (id, w) in weights {
        out.extend(id.to_le_bytes());
        out.extend(w.to_le_bytes());
    }
    for scores in [&start.calibration.ham, &start.calibration.spam] {
        out.extend(len(scores.len()));
        for s in scores {
            out.extend(s.to_le_bytes());
        }
    }
    out
}

pub fn decode(bytes: &[u8]) -> Option<Start> {
    let mut rest = bytes.strip_prefix(MAGIC)?;
    let mut word = || -> Option<[u8; 4]> {
        let (head, tail) = rest.split_first_chunk::<4>()?;
        rest = tail;
        Some(*head)
    };
    let count = u32::from_le_bytes(word()?) as usize;
    let mut weights = HashMap::with_capacity(count);
    for _ in 0..count {
        let id = u32::from_le_bytes(word()?);
        weights.insert(id, f32::from_le_bytes(word()?));
    }
    let mut calibration = Calibration::default();
    for scores in [&mut calibration.ham, &mut calibration.spam] {
        let n = u32::from_le_bytes(word()?) as usize;
        for _ in 0..n {
            scores.push(f32::from_le_bytes(word()?));
        }
    }
    Some(Start {
        model: Model::from_weights(weights),
        calibration,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::filter::corpus;

    /// The corpus's spam files, in name order.
    fn corpus_sets() -> Option<Vec<Vec<Labelled>>> {
        let dir = masthead_testkit::corpus_dir()?.join("spam/youtube");
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "csv"))
            .collect();
        files.sort();
        Some(
            files
                .iter()
                .map(|p| corpus::read(&std::fs::read(p).unwrap()).unwrap())
                .collect(),
        )
    }

    #[test]
    fn the_shipped_model_reads_back_and_round_trips() {
        let start = shipped();
        assert!(start.model.len() > 1000, "{}", start.model.len());
        assert!(start.calibration.ham.len() > 500 && start.calibration.spam.len() > 500);
        assert_eq!(decode(&encode(start)).as_ref(), Some(start));
        assert_eq!(decode(b"MHF1\x05\0\0\0"), None);
    }

    /// `MASTHEAD_WRITE_START_MODEL=1 cargo test -p masthead-core shipped_model`
    /// writes it after a change to the features or the model.
    #[test]
    fn the_shipped_model_is_what_the_corpus_trains() {
        let Some(sets) = corpus_sets() else { return };
        let trained = encode(&train(&sets));
        if std::env::var_os("MASTHEAD_WRITE_START_MODEL").is_some() {
            let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/filter/start.model");
            std::fs::write(path, &trained).unwrap();
        }
        assert!(
            trained == SHIPPED_BYTES,
            "start.model is not what the corpus trains: rerun with MASTHEAD_WRITE_START_MODEL=1"
        );
    }
}
