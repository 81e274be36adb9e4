//! The spam filter that learns from the site's own moderators: hashed
//! features of a comment ([`features`]), an online logistic regression over
//! them ([`model`]), thresholds that follow from the error rates staff accept
//! ([`calibrate`]), the starting model shipped for a new site ([`start`]),
//! and the replay that measures it ([`replay`]). Pure: the service layer
//! (`service::filter`) reads lessons from storage and feeds them in.
//!
//! Why not a crate: linfa's naive Bayes and logistic regression fit a dense
//! `ndarray` matrix in batches. This filter sees a sparse set of a few
//! hundred hashed features out of 2³² per comment and learns one decision at
//! a time, on every node alike; the online logistic regression that did best
//! in the TREC spam track (Goodman & Yih 2006) is a few dozen lines here.

pub mod calibrate;
pub mod corpus;
pub mod features;
pub mod label;
pub mod model;
pub mod replay;
pub mod start;

pub use calibrate::{Targets, Thresholds};
pub use features::{Clue, Features, History, Sample};
pub use label::{Label, Lesson};
pub use model::{Leaning, Model, Scored};
