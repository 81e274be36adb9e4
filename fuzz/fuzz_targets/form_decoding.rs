//! Any request body through the comment form decoder and field rules: no panic.
#![no_main]
use libfuzzer_sys::fuzz_target;
use masthead_core::comment::CommentForm;
use masthead_web::FormFields;

fuzz_target!(|data: &[u8]| {
    let mut headers = masthead_web::HeaderMap::new();
    headers.insert("content-type", masthead_web::HeaderValue::from_static("application/x-www-form-urlencoded"));
    let Ok(fields) = FormFields::parse(&headers, data) else { return };
    let _ = fields.id("comment_post_ID");
    let _ = fields.id("comment_parent");
    let form = CommentForm {
        author: fields.text("author"),
        email: fields.text("email"),
        url: fields.text("url"),
        comment: fields.text("comment"),
    };
    if let Ok(valid) = form.validate() {
        assert!(valid.content_source.len() <= 65_525);
        assert!(valid.author_name.len() <= 245);
        assert!(valid.author_email.len() <= 100);
    }
});
