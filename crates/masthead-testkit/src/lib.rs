//! What the test suites of every crate share (a dev-dependency only): where
//! the third-party corpus is, how a test whose prerequisite is missing says
//! so, and the check for English left on a translated page
//! ([`english_leftovers`], kept here rather than in masthead-i18n so the
//! runtime crate ships no test code). `scripts/test.sh` sets
//! `MASTHEAD_SKIPPED` to a file and prints what was recorded there as the
//! run's summary.
#![forbid(unsafe_code)]
mod leftovers;

pub use leftovers::english_leftovers;
use std::io::Write;
use std::path::PathBuf;

/// The command that sets up the corpus tests.
pub const CORPUS_SETUP: &str = "MASTHEAD_CORPUS_DIR=/path/to/shared/corpus scripts/test.sh";
/// The command that sets up the tests that need PostgreSQL.
pub const POSTGRES_SETUP: &str = "sudo scripts/setup.sh postgres";

/// `CI=true`: a missing prerequisite is a failure, not a skip.
pub fn under_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true")
}

/// A test that skips says so on stderr, and records it in `$MASTHEAD_SKIPPED`
/// (one line: what, a tab, the command that sets it up).
pub fn skipped(what: &str, setup: &str) {
    eprintln!("NOTICE: skipping {what}; set up with: {setup}");
    if let Some(path) = std::env::var_os("MASTHEAD_SKIPPED")
        && let Ok(mut f) = std::fs::OpenOptions::new()
            .append(true)
            .create(true)
            .open(path)
    {
        // One write per line: tests on other threads record theirs too.
        let _ = f.write_all(format!("{what}\t{setup}\n").as_bytes());
    }
}

/// The third-party corpus (`../shared/corpus` beside the checkout, or
/// `MASTHEAD_CORPUS_DIR`). Absent in a user's clone: the caller skips, and
/// this records it; under CI it fails.
pub fn corpus_dir() -> Option<PathBuf> {
    // Every crate sits at crates/NAME, so this crate's path serves them all.
    let dir = std::env::var_os("MASTHEAD_CORPUS_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus")
        });
    if dir.is_dir() {
        return Some(dir);
    }
    assert!(
        !under_ci(),
        "the test corpus is missing at {} and CI=true",
        dir.display()
    );
    skipped(
        &format!(
            "the tests that read the corpus (not found at {})",
            dir.display()
        ),
        CORPUS_SETUP,
    );
    None
}
