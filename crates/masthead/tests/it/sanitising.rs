//! Comment HTML on the page holds exactly the allowlist.
use crate::helpers::TestApp;

#[tokio::test]
async fn allowed_markup_survives_and_everything_else_is_removed() {
    let (app, id) = TestApp::with_article().await;
    let text = concat!(
        r#"<a href="https://example.org/" title="T" onclick="x()" rel="dofollow" target="_blank">link</a> "#,
        r#"<abbr title="A">abbr</abbr> <acronym title="C">acr</acronym> <b>b</b> "#,
        r#"<blockquote cite="https://example.org/q">quote</blockquote> <cite>cite</cite> <code>code</code> "#,
        r#"<del datetime="2024-01-01">del</del> <em>em</em> <i>i</i> <q cite="https://example.org/">q</q> "#,
        r#"<strike>strike</strike> <strong>strong</strong> <img src=x onerror=alert(1)> <h1>head</h1> "#,
        r#"<span style="color:red">span</span> <script>alert(2)</script> <iframe src="https://evil.example"></iframe> "#,
        r#"<a href="javascript:alert(3)">js</a>"#
    );
    let cid = app.approved_comment(id, "Markup Tester", text, None).await;
    let page = app.get("/articles/test-story").await;
    let content = format!("#comment-{cid} .comment-content");
    let html = page.html();
    let sel = scraper::Selector::parse(&content).unwrap();
    let inner = html.select(&sel).next().unwrap().inner_html();
    for kept in [
        r#"<a href="https://example.org/" rel="nofollow ugc" title="T">link</a>"#,
        r#"<abbr title="A">abbr</abbr>"#,
        r#"<acronym title="C">acr</acronym>"#,
        "<b>b</b>",
        r#"<blockquote cite="https://example.org/q"><p>quote</p></blockquote>"#,
        "<cite>cite</cite>",
        "<code>code</code>",
        r#"<del datetime="2024-01-01">del</del>"#,
        "<em>em</em>",
        "<i>i</i>",
        r#"<q cite="https://example.org/">q</q>"#,
        "<strike>strike</strike>",
        "<strong>strong</strong>",
        "head",
        "span",
    ] {
        assert!(inner.contains(kept), "{kept} missing from {inner}");
    }
    for gone in [
        "<img",
        "onerror",
        "<h1",
        "style=",
        "<script",
        "alert(2)",
        "<iframe",
        "javascript:",
        "onclick",
        "target=",
        "dofollow",
        "<span",
    ] {
        assert!(!inner.contains(gone), "{gone} survived in {inner}");
    }
}

#[tokio::test]
async fn paragraphs_line_breaks_and_bare_urls() {
    let (app, id) = TestApp::with_article().await;
    let cid = app
        .approved_comment(
            id,
            "Para Tester",
            "First line\nsecond line\n\nNew paragraph with https://example.org/x",
            None,
        )
        .await;
    let page = app.get("/articles/test-story").await;
    let html = page.html();
    let sel = scraper::Selector::parse(&format!("#comment-{cid} .comment-content")).unwrap();
    let inner = html.select(&sel).next().unwrap().inner_html();
    assert_eq!(
        inner,
        "<p>First line<br>\nsecond line</p><p>New paragraph with <a href=\"https://example.org/x\" rel=\"nofollow ugc\">https://example.org/x</a></p>"
    );
}

#[tokio::test]
async fn the_allowlist_is_configuration_and_the_form_sentence_follows_it() {
    let (app, id) = TestApp::with_article().await;
    let out = app
        .cli(&["settings", "set", "comments.allowed_tags", "b i code"])
        .await;
    assert!(out.status.success(), "{out:?}");
    let page = app.get("/articles/test-story").await;
    assert_eq!(
        page.text("#form-allowed-tags"),
        "You may use these HTML tags and attributes: <b> <code> <i>"
    );
    let cid = app
        .approved_comment(
            id,
            "Tag Tester",
            "<b>bold</b> <em>not now</em> <a href=\"https://x.org\">x</a>",
            None,
        )
        .await;
    let page = app.get("/articles/test-story").await;
    let html = page.html();
    let sel = scraper::Selector::parse(&format!("#comment-{cid} .comment-content")).unwrap();
    assert_eq!(
        html.select(&sel).next().unwrap().inner_html(),
        "<p><b>bold</b> not now x</p>"
    );

    let bad = app
        .cli(&["settings", "set", "comments.allowed_tags", "b script"])
        .await;
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("script"));
}

#[tokio::test]
async fn names_and_websites_are_text_and_links_never_markup() {
    let (app, id) = TestApp::with_article().await;
    let client = crate::helpers::visitor();
    let page = app
        .post_form_as(
            &client,
            &[
                ("comment_post_ID", &id.to_string()),
                ("author", "Tom & \"Jerry\" <script>x</script>"),
                ("email", "tj@example.com"),
                ("url", "https://example.com/?a=1&b=\"2\""),
                ("comment", "Cartoon."),
            ],
        )
        .await;
    let cid = crate::helpers::comment_id_from(&page.location());
    app.approve(cid).await;
    let page = app.get("/articles/test-story").await;
    let author = format!("#comment-{cid} .comment-author a");
    assert_eq!(page.text(&author), "Tom & \"Jerry\"");
    assert_eq!(page.attr(&author, "rel").as_deref(), Some("nofollow ugc"));
    assert_eq!(
        page.attr(&author, "href").as_deref(),
        Some("https://example.com/?a=1&b=%222%22")
    );
}
