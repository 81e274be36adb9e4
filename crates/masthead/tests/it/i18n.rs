//! The site's language: `site.language` picks the catalogue every page is
//! written in, `<html lang dir>` follow it, and unknown values are refused.
use crate::helpers::{TestApp, stderr, visible_text};
use masthead_core::i18n::{Lang, Tr};

#[tokio::test]
async fn the_page_frame_follows_the_site_language() {
    let (app, _) = TestApp::with_article().await;
    for lang in Lang::ALL {
        app.set("site.language", lang.code()).await;
        let page = app.get("/articles/test-story").await;
        let html_tag = format!(r#"<html lang="{}" dir="{}">"#, lang.code(), lang.dir());
        assert!(
            page.body.contains(&html_tag),
            "{lang}: {}",
            &page.body[..200]
        );
        let text = visible_text(&page.body);
        let t = Tr::new(lang);
        assert!(text.contains(&t.t("skip-to-content")), "{lang}");
        assert!(text.contains(&t.t("search-label")), "{lang}");
    }
    assert!(app.get("/").await.body.contains(r#"dir="rtl""#));
}

#[tokio::test]
async fn an_unknown_language_is_refused_with_the_list() {
    let app = TestApp::spawn().await;
    let out = app.cli(&["settings", "set", "site.language", "tlh"]).await;
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(err.contains("en, fr, de, es, pl, ar"), "{err}");
    let out = app.cli(&["settings", "set", "site.language", "pl"]).await;
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        app.get("/")
            .await
            .body
            .contains(r#"<html lang="pl" dir="ltr">"#)
    );
}
