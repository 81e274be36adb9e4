//! Every rule of accepting a comment, its status code and its message.
use crate::helpers::{Page, TestApp, visitor};
use reqwest::StatusCode;

fn fields<'a>(article: &'a str, overrides: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut f = vec![
        ("comment_post_ID", article),
        ("comment_parent", "0"),
        ("author", "Ann Reader"),
        ("email", "ann@example.com"),
        ("url", "https://example.com/ann"),
        ("comment", "A thoughtful comment."),
    ];
    for (k, v) in overrides {
        match f.iter_mut().find(|(name, _)| name == k) {
            Some(slot) => slot.1 = v,
            None => f.push((k, v)),
        }
    }
    f
}

fn assert_refused(page: &Page, status: StatusCode, error_id: &str, message: &str) {
    assert_eq!(page.status, status, "{}", page.body);
    assert_eq!(page.text(&format!("#{error_id}")).trim(), message);
    assert!(page.has("#form-error"), "no summary of the error");
    assert!(page.has("#commentform"), "the form is not shown again");
}

#[tokio::test]
async fn each_field_rule_answers_422_with_its_message_next_to_the_field() {
    let (app, id) = TestApp::with_article().await;
    let article = id.to_string();
    let long_name = "é".repeat(123); // 246 bytes
    let long_email = format!("{}@example.com", "a".repeat(89)); // 101 bytes
    let long_url = format!("https://example.com/{}", "a".repeat(181)); // 201 bytes
    let long_comment = "x".repeat(65_526);
    let cases: Vec<(&str, &str, &str, &str)> = vec![
        (
            "comment",
            "   ",
            "comment-error",
            "Please type your comment text.",
        ),
        (
            "author",
            "",
            "author-error",
            "Please fill the required fields.",
        ),
        (
            "author",
            "<b></b>",
            "author-error",
            "Please fill the required fields.",
        ),
        (
            "email",
            "",
            "email-error",
            "Please fill the required fields.",
        ),
        (
            "email",
            "not-an-email",
            "email-error",
            "Please enter a valid email address.",
        ),
        (
            "email",
            "a@localhost",
            "email-error",
            "Please enter a valid email address.",
        ),
        (
            "url",
            "javascript:alert(1)",
            "url-error",
            "Please enter a website address that starts with http:// or https://.",
        ),
        (
            "url",
            "ftp://example.com/",
            "url-error",
            "Please enter a website address that starts with http:// or https://.",
        ),
        (
            "author",
            &long_name,
            "author-error",
            "Your name is too long.",
        ),
        (
            "email",
            &long_email,
            "email-error",
            "Your email address is too long.",
        ),
        ("url", &long_url, "url-error", "Your URL is too long."),
        (
            "comment",
            &long_comment,
            "comment-error",
            "Your comment is too long.",
        ),
    ];
    for (field, value, error_id, message) in cases {
        let page = app.post_form(&fields(&article, &[(field, value)])).await;
        assert_refused(&page, StatusCode::UNPROCESSABLE_ENTITY, error_id, message);
    }
    let stored = app.store.comments(&Default::default()).await.unwrap();
    assert!(stored.is_empty(), "a refused comment was stored");
}

#[tokio::test]
async fn a_refused_form_keeps_what_the_visitor_typed() {
    let (app, id) = TestApp::with_article().await;
    let article = id.to_string();
    let page = app
        .post_form(&fields(
            &article,
            &[("email", "broken"), ("comment", "Keep <b>me</b> & this")],
        ))
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(page.attr("#author", "value").as_deref(), Some("Ann Reader"));
    assert_eq!(page.attr("#email", "value").as_deref(), Some("broken"));
    assert_eq!(
        page.attr("#url", "value").as_deref(),
        Some("https://example.com/ann")
    );
    assert_eq!(page.text("#comment"), "Keep <b>me</b> & this");
    assert_eq!(page.attr("#email", "aria-invalid").as_deref(), Some("true"));
}

#[tokio::test]
async fn limits_are_bytes_and_values_at_the_limit_are_accepted() {
    let (app, id) = TestApp::with_article().await;
    let article = id.to_string();
    let name = "é".repeat(122); // 244 bytes
    let email = format!("{}@example.com", "a".repeat(88)); // 100 bytes
    let url = format!("https://example.com/{}", "a".repeat(180)); // 200 bytes
    let comment = "y".repeat(65_525);
    let page = app
        .post_form(&fields(
            &article,
            &[
                ("author", &name),
                ("email", &email),
                ("url", &url),
                ("comment", &comment),
            ],
        ))
        .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
}

#[tokio::test]
async fn an_accepted_comment_redirects_303_to_its_anchor() {
    let (app, id) = TestApp::with_article().await;
    let page = app.post_form(&fields(&id.to_string(), &[])).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    let loc = page.location();
    assert!(loc.starts_with("/articles/test-story#comment-"), "{loc}");
    // The classic WordPress endpoint behaves the same.
    let r = visitor()
        .post(format!("{}/wp-comments-post.php", app.base))
        .form(&fields(
            &id.to_string(),
            &[("comment", "Via the classic endpoint.")],
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn unknown_articles_closed_comments_and_bad_parents_are_refused() {
    let (app, id) = TestApp::with_article().await;
    let article = id.to_string();

    let page = app.post_form(&fields("999999", &[])).await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    assert!(page.body.contains("Page not found"));

    let closed = app
        .add_article("+++\ntitle = \"Closed story\"\ncomments = \"closed\"\n+++\nBody.\n")
        .await
        .to_string();
    let page = app.post_form(&fields(&closed, &[])).await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    assert!(page.text("#comments").contains("Comments are closed."));

    let draft = app
        .add_article("+++\ntitle = \"Draft story\"\nstatus = \"draft\"\n+++\nBody.\n")
        .await
        .to_string();
    assert_eq!(
        app.post_form(&fields(&draft, &[])).await.status,
        StatusCode::NOT_FOUND
    );

    // A pending parent, a missing parent and a parent on another article.
    let pending = app
        .comment_as(
            &visitor(),
            id,
            "New Person",
            "new@example.com",
            "Held.",
            None,
        )
        .await;
    let other = app
        .add_article("+++\ntitle = \"Other story\"\n+++\nBody.\n")
        .await;
    let elsewhere = app
        .approved_comment(other, "Elsewhere", "On another story.", None)
        .await;
    for parent in [
        pending.to_string(),
        "424242".to_string(),
        elsewhere.to_string(),
    ] {
        let page = app
            .post_form(&fields(&article, &[("comment_parent", &parent)]))
            .await;
        assert_refused(
            &page,
            StatusCode::FORBIDDEN,
            "form-error",
            "Error: Sorry, replies to unapproved comments are not allowed.",
        );
    }
}

#[tokio::test]
async fn a_duplicate_is_refused_with_409() {
    let (app, id) = TestApp::with_article().await;
    let article = id.to_string();
    assert_eq!(
        app.post_form(&fields(&article, &[])).await.status,
        StatusCode::SEE_OTHER
    );
    let page = app.post_form(&fields(&article, &[])).await;
    assert_eq!(page.status, StatusCode::CONFLICT);
    assert!(
        page.text("#form-error")
            .contains("Duplicate comment detected")
    );
}

#[tokio::test]
async fn malformed_requests_get_a_clear_4xx_and_store_nothing() {
    let (app, id) = TestApp::with_article().await;
    let client = visitor();
    let url = format!("{}/comments", app.base);
    let form = "application/x-www-form-urlencoded";
    let good = format!("comment_post_ID={id}&author=A&email=a%40example.com&comment=hi");
    let cases: Vec<(&str, Vec<u8>, StatusCode, &str)> = vec![
        (
            form,
            b"comment_post_ID=abc&author=A&email=a%40example.com&comment=hi".to_vec(),
            StatusCode::BAD_REQUEST,
            "comment_post_ID",
        ),
        (
            form,
            b"comment_post_ID=99999999999999999999999&comment=hi".to_vec(),
            StatusCode::BAD_REQUEST,
            "comment_post_ID",
        ),
        (
            form,
            format!("{good}&comment_parent=-3").into_bytes(),
            StatusCode::BAD_REQUEST,
            "comment_parent",
        ),
        (
            form,
            format!("{good}&author=B").into_bytes(),
            StatusCode::BAD_REQUEST,
            "more than once",
        ),
        (
            form,
            format!("comment_post_ID={id}&author=A&email=a%40example.com&comment=%FF%FE")
                .into_bytes(),
            StatusCode::BAD_REQUEST,
            "UTF-8",
        ),
        (
            "application/json",
            br#"{"comment":"hi"}"#.to_vec(),
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "x-www-form-urlencoded",
        ),
        (
            form,
            vec![b'a'; 300 * 1024],
            StatusCode::PAYLOAD_TOO_LARGE,
            "",
        ),
    ];
    for (ctype, body, status, needle) in cases {
        let r = client
            .post(&url)
            .header("content-type", ctype)
            .body(body)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), status, "expected {status} for {needle}");
        let text = r.text().await.unwrap();
        assert!(text.contains(needle), "{needle} not in {text}");
    }
    assert!(
        app.store
            .comments(&Default::default())
            .await
            .unwrap()
            .is_empty()
    );
}

/// Slow clients: headers that never finish are cut off; a body that never
/// arrives gets 408. Both limits are configured short here.
#[tokio::test]
async fn slow_clients_are_cut_off() {
    use std::time::Duration;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let config = masthead_web::WebConfig {
        request_timeout: Duration::from_secs(1),
        ..masthead_web::WebConfig::default()
    };
    let app = TestApp::spawn_with_timeouts(config, Duration::from_secs(1)).await;
    let addr = app.base.trim_start_matches("http://").to_string();

    // Half a request line and headers, then nothing: the server closes the connection.
    let mut s = tokio::net::TcpStream::connect(&addr).await.unwrap();
    s.write_all(b"GET / HTTP/1.1\r\nHost: x\r\n").await.unwrap();
    let mut buf = Vec::new();
    let read = tokio::time::timeout(Duration::from_secs(20), s.read_to_end(&mut buf)).await;
    assert!(read.is_ok(), "the connection was not closed");

    // Complete headers, a body that stops short: 408.
    let mut s = tokio::net::TcpStream::connect(&addr).await.unwrap();
    s.write_all(b"POST /comments HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\ncomment=slow").await.unwrap();
    let mut buf = Vec::new();
    let _ = tokio::time::timeout(Duration::from_secs(20), s.read_to_end(&mut buf)).await;
    let head = String::from_utf8_lossy(&buf);
    assert!(head.starts_with("HTTP/1.1 408"), "{head}");
}
