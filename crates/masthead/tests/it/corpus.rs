//! Every public XSS vector of the corpus, posted as a comment (and as a name),
//! approved, and checked on the served page with an HTML5 parser.
use crate::helpers::{TestApp, comment_id_from, corpus_dir, visitor};
use reqwest::StatusCode;
use scraper::{Html, Selector};

const ALLOWED: &[(&str, &[&str])] = &[
    ("a", &["href", "title", "rel"]),
    ("abbr", &["title"]),
    ("acronym", &["title"]),
    ("b", &[]),
    ("blockquote", &["cite"]),
    ("cite", &[]),
    ("code", &[]),
    ("del", &["datetime"]),
    ("em", &[]),
    ("i", &[]),
    ("q", &["cite"]),
    ("strike", &[]),
    ("strong", &[]),
    ("p", &[]),
    ("br", &[]),
];

fn url_ok(v: &str) -> bool {
    let v = v.trim().to_ascii_lowercase();
    v.starts_with("http://") || v.starts_with("https://") || v.starts_with("mailto:")
}

#[tokio::test]
async fn no_vector_survives_as_markup_in_the_comment_area() {
    let Some(dir) = corpus_dir() else { return };
    let text = std::fs::read_to_string(dir.join("xss/vectors.jsonl")).expect("vectors.jsonl");
    let payloads: Vec<String> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("json line");
            v["payload"].as_str().expect("payload").to_string()
        })
        .collect();
    assert!(payloads.len() > 200, "only {} vectors", payloads.len());

    let (app, id) = TestApp::with_article().await;
    let article = id.to_string();
    let mut posted = 0;
    for (n, payload) in payloads.iter().enumerate() {
        let author = format!(
            "Vector {n} {}",
            payload.chars().take(60).collect::<String>()
        );
        let page = app
            .post_form_as(
                &visitor(),
                &[
                    ("comment_post_ID", &article),
                    ("author", &author),
                    ("email", "x@example.com"),
                    ("comment", payload),
                ],
            )
            .await;
        match page.status {
            StatusCode::SEE_OTHER => {
                app.approve(comment_id_from(&page.location())).await;
                posted += 1;
            }
            // A vector that is all markup leaves no text: refused as empty, never stored.
            StatusCode::UNPROCESSABLE_ENTITY => assert!(page.body.contains("Please")),
            other => panic!("vector {n} answered {other}"),
        }
    }
    assert!(posted > 200, "only {posted} vectors were accepted");

    // Every vector on one page.
    app.set("comments.page_comments", "0").await;
    let page = app.get("/articles/test-story").await;
    let doc = Html::parse_document(&page.body);
    let contents = Selector::parse(".comment-content").unwrap();
    let all = Selector::parse("*").unwrap();
    let mut checked = 0;
    for content in doc.select(&contents) {
        checked += 1;
        for el in content.select(&all) {
            let name = el.value().name();
            let attrs = ALLOWED
                .iter()
                .find(|(t, _)| *t == name)
                .unwrap_or_else(|| panic!("<{name}> in comment: {}", content.inner_html()))
                .1;
            for (attr, value) in el.value().attrs() {
                assert!(
                    attrs.contains(&attr),
                    "{name}[{attr}] in comment: {}",
                    content.inner_html()
                );
                if attr == "href" || attr == "cite" {
                    assert!(url_ok(value), "{name}[{attr}={value}]");
                }
            }
        }
    }
    assert_eq!(checked, posted, "every accepted vector is on the page");

    // The whole comment section: no handlers, no script URLs, no active elements.
    let section = doc
        .select(&Selector::parse("#comments").unwrap())
        .next()
        .unwrap();
    for el in section.select(&all) {
        let name = el.value().name();
        // masthead's own identicons: exactly `/avatar/SEED.svg` (or the
        // placeholder of a held comment), no more.
        let identicon = name == "img"
            && el.value().attr("class") == Some("avatar")
            && el.value().attrs().count() == 6
            && el.value().attr("src").is_some_and(|s| {
                s.strip_prefix("/avatar/")
                    .and_then(|s| s.strip_suffix(".svg"))
                    .is_some_and(|s| {
                        masthead_core::comment::is_avatar_seed(s)
                            || s == masthead_core::comment::PLACEHOLDER
                    })
            });
        assert!(
            identicon
                || ![
                    "script", "iframe", "object", "embed", "svg", "math", "img", "style", "link",
                    "meta", "base", "frame"
                ]
                .contains(&name),
            "<{name}> in the comment area"
        );
        for (attr, value) in el.value().attrs() {
            assert!(!attr.starts_with("on"), "event handler {attr} on <{name}>");
            let v = value.trim().to_ascii_lowercase();
            assert!(
                !v.starts_with("javascript:")
                    && !v.starts_with("data:")
                    && !v.starts_with("vbscript:"),
                "{name}[{attr}={value}]"
            );
        }
    }
}
