//! Hostile and malformed requests, table-driven: each gets a clear 4xx, the
//! server keeps serving, and nothing stored changes.
use crate::helpers::{TestApp, visitor};
use reqwest::{Method, StatusCode};

struct Case {
    what: &'static str,
    method: Method,
    path: String,
    content_type: Option<&'static str>,
    body: Vec<u8>,
    status: StatusCode,
}

fn case(
    what: &'static str,
    method: Method,
    path: &str,
    ctype: Option<&'static str>,
    body: impl Into<Vec<u8>>,
    status: StatusCode,
) -> Case {
    Case {
        what,
        method,
        path: path.to_string(),
        content_type: ctype,
        body: body.into(),
        status,
    }
}

const FORM: Option<&str> = Some("application/x-www-form-urlencoded");
const JSON: Option<&str> = Some("application/json");

async fn snapshot(app: &TestApp) -> Vec<(i64, String, String, String)> {
    let mut all: Vec<_> = app
        .store
        .comments(&Default::default())
        .await
        .unwrap()
        .into_iter()
        .map(|c| {
            (
                c.id.0,
                c.status.to_string(),
                c.author_name,
                c.content_source,
            )
        })
        .collect();
    all.sort();
    all
}

#[tokio::test]
async fn hostile_requests_get_4xx_and_change_nothing() {
    let (app, id) = TestApp::with_article().await;
    let root = app
        .approved_comment(id, "Existing Reader", "Existing comment", None)
        .await;
    let before = snapshot(&app).await;
    let a = id.to_string();
    let ok_fields = format!("comment_post_ID={a}&author=A&email=a%40example.com");
    let huge = vec![b'x'; 3 * 1024 * 1024];
    use Method as M;
    use StatusCode as S;
    let cases = vec![
        case(
            "oversized form body",
            M::POST,
            "/comments",
            FORM,
            huge.clone(),
            S::PAYLOAD_TOO_LARGE,
        ),
        case(
            "oversized JSON body",
            M::POST,
            "/wp-json/wp/v2/comments",
            JSON,
            huge.clone(),
            S::PAYLOAD_TOO_LARGE,
        ),
        case(
            "invalid UTF-8 in a form",
            M::POST,
            "/comments",
            FORM,
            [
                format!("{ok_fields}&comment=").into_bytes(),
                b"%C3%28".to_vec(),
            ]
            .concat(),
            S::BAD_REQUEST,
        ),
        case(
            "invalid UTF-8 in JSON",
            M::POST,
            "/wp-json/wp/v2/comments",
            JSON,
            [
                b"{\"post\":1,\"content\":\"".to_vec(),
                vec![0xff, 0xfe],
                b"\"}".to_vec(),
            ]
            .concat(),
            S::BAD_REQUEST,
        ),
        // NUL: no field has a use for it and PostgreSQL cannot store or
        // compare it; both backends refuse it the same way.
        case(
            "NUL in a form field",
            M::POST,
            "/comments",
            FORM,
            format!("{ok_fields}&comment=before%00after"),
            S::BAD_REQUEST,
        ),
        case(
            "NUL in a JSON comment",
            M::POST,
            "/wp-json/wp/v2/comments",
            JSON,
            format!(
                "{{\"post\":{a},\"author_name\":\"A\",\"author_email\":\"a@example.com\",\"content\":\"x\\u0000y\"}}"
            ),
            S::BAD_REQUEST,
        ),
        case(
            "NUL in a post search",
            M::GET,
            "/wp-json/wp/v2/posts?search=%00x",
            None,
            "",
            S::BAD_REQUEST,
        ),
        case(
            "NUL in a comment search",
            M::GET,
            "/wp-json/wp/v2/comments?search=x%00",
            None,
            "",
            S::BAD_REQUEST,
        ),
        case(
            "malformed JSON",
            M::POST,
            "/wp-json/wp/v2/comments",
            JSON,
            "{\"post\": 1,",
            S::BAD_REQUEST,
        ),
        case(
            "JSON that is not an object",
            M::POST,
            "/wp-json/wp/v2/comments",
            JSON,
            "[1,2,3]",
            S::BAD_REQUEST,
        ),
        case(
            "wrong JSON types",
            M::POST,
            "/wp-json/wp/v2/comments",
            JSON,
            format!("{{\"post\":{a},\"author_name\":{{\"x\":1}}}}"),
            S::BAD_REQUEST,
        ),
        case(
            "missing every field",
            M::POST,
            "/comments",
            FORM,
            format!("comment_post_ID={a}"),
            S::UNPROCESSABLE_ENTITY,
        ),
        case(
            "duplicated field",
            M::POST,
            "/comments",
            FORM,
            format!("{ok_fields}&comment=a&comment=b"),
            S::BAD_REQUEST,
        ),
        case(
            "overflowing article id",
            M::POST,
            "/comments",
            FORM,
            "comment_post_ID=92233720368547758070&comment=x",
            S::BAD_REQUEST,
        ),
        case(
            "overflowing parent id",
            M::POST,
            "/comments",
            FORM,
            format!("{ok_fields}&comment=x&comment_parent=99999999999999999999"),
            S::BAD_REQUEST,
        ),
        case(
            "overflowing post in JSON",
            M::POST,
            "/wp-json/wp/v2/comments",
            JSON,
            "{\"post\":99999999999999999999,\"author_name\":\"A\",\"author_email\":\"a@example.com\",\"content\":\"x\"}",
            S::BAD_REQUEST,
        ),
        case(
            "unknown article",
            M::POST,
            "/comments",
            FORM,
            "comment_post_ID=424242&author=A&email=a%40example.com&comment=x",
            S::NOT_FOUND,
        ),
        case(
            "parent on another article",
            M::POST,
            "/comments",
            FORM,
            format!(
                "comment_post_ID=424242&comment_parent={root}&author=A&email=a%40example.com&comment=x"
            ),
            S::NOT_FOUND,
        ),
        case(
            "unknown parent",
            M::POST,
            "/comments",
            FORM,
            format!("{ok_fields}&comment=x&comment_parent=424242"),
            S::FORBIDDEN,
        ),
        case(
            "SQL injection in the article id",
            M::POST,
            "/comments",
            FORM,
            "comment_post_ID=1%20OR%201%3D1&comment=x",
            S::BAD_REQUEST,
        ),
        case(
            "SQL injection in a slug",
            M::GET,
            "/articles/x'%20OR%20'1'%3D'1",
            None,
            "",
            S::NOT_FOUND,
        ),
        case(
            "SQL injection in a REST id",
            M::GET,
            "/wp-json/wp/v2/posts/1%3BDROP%20TABLE%20comments",
            None,
            "",
            S::NOT_FOUND,
        ),
        case(
            "SQL injection in a REST list",
            M::GET,
            "/wp-json/wp/v2/comments?post=1)%20OR%20(1%3D1",
            None,
            "",
            S::BAD_REQUEST,
        ),
        case(
            "path traversal in a slug",
            M::GET,
            "/articles/..%2F..%2F..%2Fetc%2Fpasswd",
            None,
            "",
            S::NOT_FOUND,
        ),
        case(
            "path traversal in a media name",
            M::GET,
            "/media/..%2F..%2Fetc%2Fpasswd",
            None,
            "",
            S::NOT_FOUND,
        ),
        case(
            "path traversal in an asset name",
            M::GET,
            "/static/..%2FCargo.toml",
            None,
            "",
            S::NOT_FOUND,
        ),
        case(
            "form with the wrong content type",
            M::POST,
            "/comments",
            Some("text/plain"),
            "comment=x",
            S::UNSUPPORTED_MEDIA_TYPE,
        ),
        case(
            "form without a content type",
            M::POST,
            "/comments",
            None,
            "comment=x",
            S::UNSUPPORTED_MEDIA_TYPE,
        ),
        case(
            "wrong method on the form endpoint",
            M::PUT,
            "/comments",
            FORM,
            "comment=x",
            S::METHOD_NOT_ALLOWED,
        ),
        case(
            "unknown REST route",
            M::DELETE,
            "/wp-json/wp/v2/users",
            None,
            "",
            S::NOT_FOUND,
        ),
    ];
    let client = visitor();
    for c in &cases {
        let mut req = client
            .request(c.method.clone(), format!("{}{}", app.base, c.path))
            .body(c.body.clone());
        if let Some(t) = c.content_type {
            req = req.header("content-type", t);
        }
        let r = req
            .send()
            .await
            .unwrap_or_else(|e| panic!("{}: {e}", c.what));
        assert_eq!(r.status(), c.status, "{}", c.what);
        if c.status == S::PAYLOAD_TOO_LARGE {
            // The body is left unread: the client must not reuse the connection.
            let connection = r.headers().get("connection").map(|v| v.as_bytes());
            assert_eq!(connection, Some(&b"close"[..]), "{}", c.what);
        }
        let text = r.text().await.unwrap();
        assert!(
            !text.is_empty() || c.status == S::METHOD_NOT_ALLOWED,
            "{}: empty answer",
            c.what
        );
    }
    assert_eq!(snapshot(&app).await, before, "stored comments changed");
    assert_eq!(app.get("/healthz").await.status, StatusCode::OK);
    assert!(
        app.get("/articles/test-story")
            .await
            .body
            .contains("Existing comment")
    );
}
