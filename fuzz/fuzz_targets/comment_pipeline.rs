//! Any text through the comment pipeline: no panic, only allowlisted markup,
//! and sanitising is idempotent.
#![no_main]
use libfuzzer_sys::fuzz_target;
use masthead_core::html::{Allowlist, count_links, render_comment, sanitize_comment};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let allow = Allowlist::default();
    let out = render_comment(text, &allow);
    let lower = out.to_ascii_lowercase();
    for bad in ["<script", "<img", "<svg", "<iframe", "<style", " on", "javascript:", "<div", "<span"] {
        assert!(!lower.contains(bad), "{bad} in {out}");
    }
    let _ = count_links(&out);
    let once = sanitize_comment(text, &allow);
    assert_eq!(sanitize_comment(&once, &allow), once);
});
