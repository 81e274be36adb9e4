//! Any article file through the front matter and Markdown pipeline: no panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(file) = masthead::article_file::parse_with(text, |_| Ok(b"\x89PNG\r\n\x1a\n".to_vec())) {
        let html = masthead_core::html::render_markdown(&file.article.body_markdown);
        assert!(!html.to_ascii_lowercase().contains("<script"));
    }
});
