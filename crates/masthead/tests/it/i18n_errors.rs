//! Refusals in the site's language: every no-JS form refusal, the REST
//! API's messages (its codes unchanged) and the embed (its words, its
//! errors, `data-masthead-lang`), in every shipped language.
use crate::embed::{BLOG, PAGE, comment, q, token_of};
use crate::helpers::{TestApp, assert_no_english, visible_text, visitor};
use masthead_core::i18n::{Lang, Tr};
use masthead_web::{RateLimitConfig, WebConfig};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

/// What the tests type, and names: not English left behind.
const TYPED: &[&str] = &["Zoé", "zoe@example.com", "not-an-email", "A test story"];

/// The parts of a page that say why it was refused: the form's error box
/// and field notes, or the error page's own section, and the title.
fn refusal_parts(html: &str) -> String {
    let doc = scraper::Html::parse_document(html);
    let sel = scraper::Selector::parse("title, .form-error, .field-error, .error-page").unwrap();
    doc.select(&sel)
        .map(|e| e.html())
        .collect::<Vec<_>>()
        .join("\n")
}

/// A refused form page: its status, `<html lang>`, the message in the
/// language and no English from the catalogues in what says why. (The rest
/// of the article page, its form's labels and the frame, is the reader
/// pages' to translate and is checked by their tests.)
fn check_page(what: &str, page: &crate::helpers::Page, lang: Lang, status: StatusCode, id: &str) {
    assert_eq!(page.status, status, "{what} in {lang}");
    let tag = format!(r#"<html lang="{}" dir="{}">"#, lang.code(), lang.dir());
    assert!(page.body.contains(&tag), "{what} in {lang}: no {tag}");
    let text = visible_text(&page.body);
    let message = Tr::new(lang).t(id);
    assert!(
        text.contains(&message),
        "{what} in {lang}: {message:?} not in\n{text}"
    );
    let parts = refusal_parts(&page.body);
    assert!(
        !parts.is_empty(),
        "{what} in {lang}: no refusal on the page"
    );
    assert_no_english(what, &parts, lang, TYPED);
}

async fn post_form(app: &TestApp, fields: Vec<(&'static str, String)>) -> crate::helpers::Page {
    let f: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    app.post_form(&f).await
}

#[tokio::test]
async fn form_refusals_are_in_the_site_language() {
    let (app, id) = TestApp::with_article().await;
    let article = id.to_string();
    let long = "x".repeat(65_526);
    for lang in Lang::ALL {
        app.set("site.language", lang.code()).await;
        let t = Tr::new(lang);
        let form = |author: &'static str, email: &'static str, text: String| {
            vec![
                ("comment_post_ID", article.clone()),
                ("author", author.to_string()),
                ("email", email.to_string()),
                ("comment", text),
            ]
        };
        let post = |fields: Vec<(&'static str, String)>| post_form(&app, fields);

        let page = post(form("", "", "Bonjour".into())).await;
        check_page(
            "missing name and email",
            &page,
            lang,
            StatusCode::UNPROCESSABLE_ENTITY,
            "error-required-fields",
        );
        assert!(
            visible_text(&page.body).contains(&t.t("error-fix-fields")),
            "{lang}"
        );
        assert!(
            visible_text(&page.body).contains(&t.t("error-label")),
            "{lang}"
        );

        let page = post(form("Zoé", "not-an-email", "Bonjour".into())).await;
        check_page(
            "a bad email",
            &page,
            lang,
            StatusCode::UNPROCESSABLE_ENTITY,
            "error-invalid-email",
        );

        let page = post(form("Zoé", "zoe@example.com", long.clone())).await;
        check_page(
            "a comment too long",
            &page,
            lang,
            StatusCode::UNPROCESSABLE_ENTITY,
            "error-comment-too-long",
        );

        // The same comment twice.
        let text = format!("Twice in {lang}");
        let first = post(form("Zoé", "zoe@example.com", text.clone())).await;
        assert_eq!(
            first.status,
            StatusCode::SEE_OTHER,
            "{lang}: {}",
            first.body
        );
        let page = post(form("Zoé", "zoe@example.com", text)).await;
        check_page(
            "a duplicate",
            &page,
            lang,
            StatusCode::CONFLICT,
            "error-duplicate",
        );

        // A form kept open for a month.
        let old = app.token_issued_ago(id, 30 * 24 * 3600);
        let mut fields = form("Zoé", "zoe@example.com", "Late".into());
        fields.push(("mh_token", old));
        let page = post(fields).await;
        check_page(
            "an expired form",
            &page,
            lang,
            StatusCode::UNPROCESSABLE_ENTITY,
            "error-expired-token",
        );

        // Too soon after the form was served, then too soon after the last comment.
        app.set("comments.min_fill_seconds", "60").await;
        let page = post(form("Zoé", "zoe@example.com", format!("Quick in {lang}"))).await;
        check_page(
            "too fast",
            &page,
            lang,
            StatusCode::TOO_MANY_REQUESTS,
            "error-too-fast",
        );
        assert!(page.headers.contains_key("retry-after"));
        app.set("comments.min_fill_seconds", "0").await;
        app.set("comments.flood_seconds", "600").await;
        let page = post(form("Zoé", "zoe@example.com", format!("Again in {lang}"))).await;
        check_page(
            "a flood",
            &page,
            lang,
            StatusCode::TOO_MANY_REQUESTS,
            "error-flood",
        );
        app.set("comments.flood_seconds", "0").await;

        // Comments closed a day after publication (the article is from 2024).
        app.set("comments.close_after_days", "1").await;
        let page = post(form("Zoé", "zoe@example.com", format!("Closed in {lang}"))).await;
        check_page(
            "closed comments",
            &page,
            lang,
            StatusCode::FORBIDDEN,
            "error-comments-closed",
        );
        app.set("comments.close_after_days", "0").await;

        let fields = vec![
            ("comment_post_ID", "987654".to_string()),
            ("author", "Zoé".to_string()),
            ("email", "zoe@example.com".to_string()),
            ("comment", "Lost".to_string()),
        ];
        let page = post(fields).await;
        check_page(
            "an unknown article",
            &page,
            lang,
            StatusCode::NOT_FOUND,
            "error-title-page-not-found",
        );
        assert!(visible_text(&page.body).contains(&t.t("error-no-page-hint")));

        // A malformed form: the error page, in the language.
        let r = visitor()
            .post(format!("{}/comments", app.base))
            .header("content-type", "text/plain")
            .body("comment=hi")
            .send()
            .await
            .unwrap();
        let page = crate::helpers::Page {
            status: r.status(),
            headers: r.headers().clone(),
            body: r.text().await.unwrap(),
        };
        check_page(
            "a form of the wrong type",
            &page,
            lang,
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "error-form-type",
        );
    }
}

#[tokio::test]
async fn the_rate_limit_page_counts_seconds_in_the_language() {
    let config = WebConfig {
        rate_limits: RateLimitConfig {
            requests_per_second: 0,
            burst: 0,
            comment_posts_per_minute: 1,
            reader_actions_per_minute: 0,
        },
        ..WebConfig::default()
    };
    let app = TestApp::spawn_with(config).await;
    app.set("comments.min_fill_seconds", "0").await;
    let fields = [
        ("comment_post_ID", "1"),
        ("author", "Zoé"),
        ("comment", "hi"),
    ];
    // The first post uses the address's one post of the minute.
    app.post_form(&fields).await;
    for lang in Lang::ALL {
        app.set("site.language", lang.code()).await;
        // A 429 reads no settings: any page since the change has read them.
        app.get("/").await;
        let page = app.post_form(&fields).await;
        assert_eq!(page.status, StatusCode::TOO_MANY_REQUESTS, "{lang}");
        let wait: i64 = page.headers["retry-after"]
            .to_str()
            .unwrap()
            .parse()
            .unwrap();
        let t = Tr::new(lang);
        let text = visible_text(&page.body);
        assert!(
            text.contains(&t.t("error-title-too-many")),
            "{lang}: {text}"
        );
        assert!(
            text.contains(&t.n("error-too-many-wait", wait)),
            "{lang}: {text}"
        );
        assert!(
            page.body
                .contains(&format!(r#"<html lang="{}""#, lang.code()))
        );
        assert_no_english("the rate limit page", &page.body, lang, TYPED);
    }
}

async fn rest_post(app: &TestApp, body: Value) -> (StatusCode, Value) {
    let r = visitor()
        .post(format!("{}/wp-json/wp/v2/comments", app.base))
        .json(&body)
        .send()
        .await
        .unwrap();
    (r.status(), r.json().await.unwrap())
}

#[tokio::test]
async fn rest_messages_are_translated_and_codes_are_not() {
    let (app, id) = TestApp::with_article().await;
    for lang in Lang::ALL {
        app.set("site.language", lang.code()).await;
        let t = Tr::new(lang);
        let good = |content: &str| json!({"post": id, "author_name": "Zoé", "author_email": "zoe@example.com", "content": content});
        let mut cases = vec![
            (
                "missing name and email",
                json!({"post": id, "content": "Bonjour"}),
                StatusCode::BAD_REQUEST,
                "rest_comment_author_data_required",
                t.t("error-rest-author-required"),
            ),
            (
                "a bad email",
                json!({"post": id, "author_name": "Zoé", "author_email": "not-an-email", "content": "x"}),
                StatusCode::BAD_REQUEST,
                "rest_invalid_param",
                t.s("error-rest-invalid-param", "params", "author_email"),
            ),
            (
                "a comment too long",
                good(&"x".repeat(65_526)),
                StatusCode::BAD_REQUEST,
                "comment_content_column_length",
                t.t("error-rest-too-long"),
            ),
            (
                "an unknown post",
                json!({"post": 987654, "author_name": "Zoé", "author_email": "zoe@example.com", "content": "x"}),
                StatusCode::FORBIDDEN,
                "rest_comment_invalid_post_id",
                t.t("error-rest-no-post"),
            ),
        ];
        let text = format!("Said once in {lang}");
        let (status, _) = rest_post(&app, good(&text)).await;
        assert_eq!(status, StatusCode::CREATED, "{lang}");
        cases.push((
            "a duplicate",
            good(&text),
            StatusCode::CONFLICT,
            "comment_duplicate",
            t.t("error-duplicate"),
        ));
        for (what, body, status, code, message) in cases {
            let (got, answer) = rest_post(&app, body).await;
            assert_eq!(got, status, "{what} in {lang}: {answer}");
            assert_eq!(answer["code"], code, "{what} in {lang}");
            assert_eq!(answer["message"], message.as_str(), "{what} in {lang}");
            assert_eq!(
                answer["data"]["status"],
                status.as_u16(),
                "{what} in {lang}"
            );
        }
        app.set("comments.flood_seconds", "600").await;
        let (got, answer) = rest_post(&app, good(&format!("Flood in {lang}"))).await;
        assert_eq!(got, StatusCode::BAD_REQUEST, "{answer}");
        assert_eq!(answer["code"], "comment_flood");
        assert_eq!(answer["message"], t.t("error-flood").as_str());
        app.set("comments.flood_seconds", "0").await;
        app.set("comments.close_after_days", "1").await;
        let (got, answer) = rest_post(&app, good(&format!("Closed in {lang}"))).await;
        assert_eq!(got, StatusCode::FORBIDDEN, "{answer}");
        assert_eq!(answer["code"], "rest_comment_closed");
        assert_eq!(answer["message"], t.t("error-comments-closed").as_str());
        app.set("comments.close_after_days", "0").await;
        // A refusal outside the comment rules.
        let r = visitor()
            .get(format!("{}/wp-json/wp/v2/comments/424242", app.base))
            .send()
            .await
            .unwrap();
        let answer: Value = r.json().await.unwrap();
        assert_eq!(answer["code"], "rest_comment_invalid_id");
        assert_eq!(
            answer["message"],
            t.t("error-rest-invalid-comment-id").as_str()
        );
    }
}

async fn get_json(app: &TestApp, path: &str) -> (StatusCode, Value) {
    let r = visitor()
        .get(format!("{}{path}", app.base))
        .send()
        .await
        .unwrap();
    (r.status(), r.json().await.unwrap_or(Value::Null))
}

async fn post_embed(app: &TestApp, path: &str, body: &Value) -> (StatusCode, Value) {
    let r = visitor()
        .post(format!("{}{path}", app.base))
        .header("content-type", "application/json")
        .body(body.to_string())
        .send()
        .await
        .unwrap();
    (r.status(), r.json().await.unwrap_or(Value::Null))
}

/// The embed's view, words and refusals in `lang`, asked with `extra`.
async fn check_embed(app: &TestApp, lang: Lang, extra: &str) {
    let t = Tr::new(lang);
    let (status, body) = get_json(app, &format!("/api/embed?{}{extra}", q(PAGE))).await;
    assert_eq!(status, StatusCode::OK, "{lang}: {body}");
    assert_eq!(body["lang"], lang.code(), "{extra}");
    assert_eq!(body["dir"], lang.dir());
    for (name, id) in [
        ("more", "error-embed-more"),
        ("send_report", "error-embed-send-report"),
        ("reason_off-topic", "error-embed-reason-off-topic"),
        ("error_label", "error-label"),
        ("send_failed", "error-embed-send-failed"),
    ] {
        assert_eq!(
            body["strings"][name],
            t.t(id).as_str(),
            "{lang} {extra}: {name}"
        );
    }
    // Every word the script shows is the language's.
    let words: Vec<&str> = body["strings"]
        .as_object()
        .unwrap()
        .values()
        .filter_map(Value::as_str)
        .collect();
    let left = masthead_testkit::english_leftovers(&words.join("\n"), lang, &[]);
    assert!(left.is_empty(), "{lang}: {left:?}");
    // A refusal: one message per field, in the language, the code as ever.
    let token = token_of(&body);
    let mut empty = comment(PAGE, &token, "");
    empty["author"] = json!("");
    let (status, answer) = post_embed(
        app,
        &format!("/api/comments?{}", extra.trim_start_matches('&')),
        &empty,
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{answer}");
    assert_eq!(answer["code"], "invalid_fields");
    assert_eq!(answer["message"], t.t("error-fix-fields").as_str());
    assert_eq!(
        answer["fields"]["comment"],
        t.t("error-comment-required").as_str()
    );
    assert_eq!(
        answer["fields"]["author"],
        t.t("error-required-fields").as_str()
    );
    // The counts, as words in the language's plural forms.
    let (_, counts) = get_json(app, &format!("/api/counts?{}{extra}", q(PAGE))).await;
    assert_eq!(counts["counts"][PAGE], 0);
    assert_eq!(counts["labels"][PAGE], t.n("comments-count", 0).as_str());
    // A parameter refusal.
    let (status, answer) = get_json(app, &format!("/api/embed?{}&page=0{extra}", q(PAGE))).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(answer["code"], "invalid_param");
    assert_eq!(answer["message"], t.t("error-param-page").as_str());
}

#[tokio::test]
async fn the_embed_speaks_the_site_language_or_its_own() {
    let app = TestApp::spawn().await;
    app.set("embed.allowed_origins", BLOG).await;
    for lang in Lang::ALL {
        app.set("site.language", lang.code()).await;
        check_embed(&app, lang, "").await;
    }
    // data-masthead-lang="pl" on an English site: what the script fetches.
    app.set("site.language", "en").await;
    check_embed(&app, Lang::Pl, "&lang=pl").await;
    check_embed(&app, Lang::Ar, "&lang=ar").await;
    // A language masthead does not ship: the site's.
    check_embed(&app, Lang::En, "&lang=tlh").await;
    // The script sends the attribute's value, and knows "could not be
    // loaded" in every language for when masthead cannot be reached.
    let js = app.get("/embed.js").await.body;
    assert!(js.contains("data.mastheadLang") && js.contains("lang="));
    for lang in Lang::ALL {
        let unreachable =
            serde_json::to_string(&Tr::new(lang).t("error-embed-load-failed")).unwrap();
        assert!(js.contains(&unreachable), "{lang}");
    }
    assert!(!js.contains("__MASTHEAD_"));
}

/// A request's status, and its body as text.
async fn send(app: &TestApp, method: Method, path: &str, body: Vec<u8>) -> (StatusCode, String) {
    let json = path.starts_with("/api/") || path.starts_with("/wp-json");
    let content_type = if json {
        "application/json"
    } else {
        "application/x-www-form-urlencoded"
    };
    let r = visitor()
        .request(method, format!("{}{path}", app.base))
        .header("content-type", content_type)
        .body(body)
        .send()
        .await
        .unwrap();
    (r.status(), r.text().await.unwrap())
}

/// Refusals made before any handler of ours runs (the framework's: a body
/// over the limit, a query that does not parse; a path naming no comment)
/// come in the shape of their surface and in the language the request was
/// settled in, read right after it changed.
#[tokio::test]
async fn refusals_before_the_handler_have_their_surface_s_shape_and_language() {
    let (app, _) = TestApp::with_article().await;
    let big = vec![b' '; 400 * 1024];
    for lang in Lang::ALL {
        app.set("site.language", lang.code()).await;
        let t = Tr::new(lang);
        let page = |what: &str, (status, body): (StatusCode, String), want: StatusCode, id| {
            assert_eq!(status, want, "{what} in {lang}");
            let tag = format!(r#"<html lang="{}" dir="{}">"#, lang.code(), lang.dir());
            assert!(body.contains(&tag), "{what} in {lang}: {body}");
            let text = visible_text(&body);
            assert!(text.contains(&t.t(id)), "{what} in {lang}: {text}");
        };
        let json =
            |what: &str, (status, body): (StatusCode, String), want: StatusCode, code, id| {
                assert_eq!(status, want, "{what} in {lang}: {body}");
                let answer: Value = serde_json::from_str(&body).unwrap();
                assert_eq!(answer["code"], code, "{what} in {lang}");
                assert_eq!(answer["message"], t.t(id).as_str(), "{what} in {lang}");
                answer
            };
        page(
            "a form over the limit",
            send(&app, Method::POST, "/comments", big.clone()).await,
            StatusCode::PAYLOAD_TOO_LARGE,
            "error-too-large",
        );
        let rest = json(
            "a REST body over the limit",
            send(&app, Method::POST, "/wp-json/wp/v2/comments", big.clone()).await,
            StatusCode::PAYLOAD_TOO_LARGE,
            "rest_request_too_large",
            "error-too-large",
        );
        assert_eq!(rest["data"]["status"], 413);
        json(
            "an embed body over the limit",
            send(&app, Method::POST, "/api/comments", big.clone()).await,
            StatusCode::PAYLOAD_TOO_LARGE,
            "too_large",
            "error-too-large",
        );
        page(
            "a query that does not parse",
            send(&app, Method::GET, "/thread?url=a&url=b", Vec::new()).await,
            StatusCode::BAD_REQUEST,
            "error-bad-request",
        );
        json(
            "an embed query that does not parse",
            send(&app, Method::GET, "/api/embed?url=a&url=b", Vec::new()).await,
            StatusCode::BAD_REQUEST,
            "invalid_request",
            "error-bad-request",
        );
        page(
            "a page for no comment",
            send(&app, Method::GET, "/comments/abc/edit", Vec::new()).await,
            StatusCode::NOT_FOUND,
            "error-title-page-not-found",
        );
        json(
            "an embed path for no comment",
            send(&app, Method::PATCH, "/api/comments/0", Vec::new()).await,
            StatusCode::BAD_REQUEST,
            "invalid_param",
            "error-param-comment-id",
        );
        json(
            "a REST path for no comment",
            send(&app, Method::GET, "/wp-json/wp/v2/comments/-3", Vec::new()).await,
            StatusCode::NOT_FOUND,
            "rest_comment_invalid_id",
            "error-rest-invalid-comment-id",
        );
    }
    // The embed's own language wins over the site's, for its refusals too.
    app.set("site.language", "fr").await;
    let (status, body) = send(&app, Method::POST, "/api/comments?lang=ar", big).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    let answer: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(
        answer["message"],
        Tr::new(Lang::Ar).t("error-too-large").as_str()
    );
}
