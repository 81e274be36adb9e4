//! The WordPress REST API subset: shapes, pagination headers, bounds, error
//! codes, hidden fields, and anonymous comment creation under the form's rules.
use crate::helpers::{TestApp, visitor};
use reqwest::StatusCode;
use serde_json::{Value, json};

async fn get_json(app: &TestApp, path: &str) -> (StatusCode, reqwest::header::HeaderMap, Value) {
    let r = visitor()
        .get(format!("{}{path}", app.base))
        .send()
        .await
        .unwrap();
    let (status, headers) = (r.status(), r.headers().clone());
    (status, headers, r.json().await.unwrap())
}

async fn post_json(app: &TestApp, body: Value) -> (StatusCode, reqwest::header::HeaderMap, Value) {
    let r = visitor()
        .post(format!("{}/wp-json/wp/v2/comments", app.base))
        .json(&body)
        .send()
        .await
        .unwrap();
    let (status, headers) = (r.status(), r.headers().clone());
    (status, headers, r.json().await.unwrap())
}

fn header(h: &reqwest::header::HeaderMap, name: &str) -> String {
    h.get(name)
        .map(|v| v.to_str().unwrap().to_string())
        .unwrap_or_default()
}

#[tokio::test]
async fn posts_paginate_with_wordpress_headers_and_bounds() {
    let app = TestApp::spawn().await;
    for day in 1..=12 {
        app.add_article(&format!(
            "+++\ntitle = \"Story {day}\"\npublished = 2024-01-{day:02}\n+++\nBody {day}.\n"
        ))
        .await;
    }
    app.add_article("+++\ntitle = \"Hidden draft\"\nstatus = \"draft\"\n+++\nx\n")
        .await;
    let (status, h, body) = get_json(&app, "/wp-json/wp/v2/posts?per_page=5&page=2").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(header(&h, "x-wp-total"), "12");
    assert_eq!(header(&h, "x-wp-totalpages"), "3");
    let link = header(&h, "link");
    assert!(
        link.contains("page=1>; rel=\"prev\"") && link.contains("page=3>; rel=\"next\""),
        "{link}"
    );
    let titles: Vec<&str> = body
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["title"]["rendered"].as_str().unwrap())
        .collect();
    assert_eq!(
        titles,
        ["Story 7", "Story 6", "Story 5", "Story 4", "Story 3"]
    );
    let first = &body[0];
    for field in [
        "id",
        "date",
        "date_gmt",
        "guid",
        "modified",
        "slug",
        "status",
        "type",
        "link",
        "title",
        "content",
        "excerpt",
        "comment_status",
        "_links",
    ] {
        assert!(first.get(field).is_some(), "missing {field}");
    }
    assert_eq!(first["status"], "publish");
    assert_eq!(first["type"], "post");
    assert!(
        first["date"].as_str().unwrap().len() == 19,
        "no zone suffix"
    );

    let (_, _, asc) = get_json(&app, "/wp-json/wp/v2/posts?order=asc&per_page=1").await;
    assert_eq!(asc[0]["title"]["rendered"], "Story 1");
    let (_, h, found) = get_json(&app, "/wp-json/wp/v2/posts?search=body%2011").await;
    assert_eq!(
        (
            header(&h, "x-wp-total").as_str(),
            found[0]["title"]["rendered"].as_str()
        ),
        ("1", Some("Story 11"))
    );
    let (_, _, by_slug) = get_json(&app, "/wp-json/wp/v2/posts?slug=story-3,story-4").await;
    assert_eq!(by_slug.as_array().unwrap().len(), 2);

    for (query, code) in [
        ("per_page=0", "rest_invalid_param"),
        ("per_page=101", "rest_invalid_param"),
        ("per_page=abc", "rest_invalid_param"),
        ("page=0", "rest_invalid_param"),
        ("page=4", "rest_post_invalid_page_number"),
        ("order=sideways", "rest_invalid_param"),
        ("orderby=relevance", "rest_no_search_term_defined"),
        ("orderby=nonsense", "rest_invalid_param"),
        ("status=draft", "rest_invalid_param"),
    ] {
        let (status, _, body) = get_json(&app, &format!("/wp-json/wp/v2/posts?{query}")).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{query}");
        assert_eq!(body["code"], code, "{query}");
        assert_eq!(body["data"]["status"], 400);
    }
    let (status, _, body) = get_json(&app, "/wp-json/wp/v2/posts?context=edit").await;
    assert_eq!(
        (status, body["code"].as_str()),
        (StatusCode::UNAUTHORIZED, Some("rest_forbidden_context"))
    );
}

#[tokio::test]
async fn single_posts_and_unknown_ids() {
    let (app, id) = TestApp::with_article().await;
    let draft = app
        .add_article("+++\ntitle = \"Draft\"\nstatus = \"draft\"\n+++\nx\n")
        .await;
    let (status, _, post) = get_json(&app, &format!("/wp-json/wp/v2/posts/{id}")).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(post["slug"], "test-story");
    assert!(
        post["content"]["rendered"]
            .as_str()
            .unwrap()
            .contains("<p>First paragraph.</p>")
    );
    for bad in [
        draft.to_string(),
        "999".into(),
        "abc".into(),
        "99999999999999999999".into(),
    ] {
        let (status, _, body) = get_json(&app, &format!("/wp-json/wp/v2/posts/{bad}")).await;
        assert_eq!(
            (status, body["code"].as_str()),
            (StatusCode::NOT_FOUND, Some("rest_post_invalid_id")),
            "{bad}"
        );
    }
    let (status, _, body) = get_json(&app, "/wp-json/wp/v2/nope").await;
    assert_eq!(
        (status, body["code"].as_str()),
        (StatusCode::NOT_FOUND, Some("rest_no_route"))
    );
}

#[tokio::test]
async fn comments_list_shows_only_approved_and_never_the_email() {
    let (app, id) = TestApp::with_article().await;
    let root = app
        .approved_comment(id, "Root Person", "Root text", None)
        .await;
    let reply = app
        .approved_comment(id, "Reply Person", "Reply text", Some(root))
        .await;
    let held = app
        .comment_as(
            &visitor(),
            id,
            "Held Person",
            "held@example.com",
            "Held text",
            None,
        )
        .await;
    let (status, h, list) = get_json(
        &app,
        &format!("/wp-json/wp/v2/comments?post={id}&order=asc"),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(header(&h, "x-wp-total"), "2");
    let ids: Vec<i64> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_i64().unwrap())
        .collect();
    assert_eq!(ids, [root, reply]);
    assert_eq!(list[1]["parent"], root);
    assert_eq!(list[1]["status"], "approved");
    let text = list.to_string();
    assert!(
        !text.contains("@example.com")
            && !text.contains("author_email")
            && !text.contains("avatar"),
        "{text}"
    );

    let (_, _, tops) = get_json(&app, &format!("/wp-json/wp/v2/comments?post={id}&parent=0")).await;
    assert_eq!(tops.as_array().unwrap().len(), 1);
    // Search never matches emails.
    let (_, _, by_email) =
        get_json(&app, "/wp-json/wp/v2/comments?search=root.person%40example").await;
    assert_eq!(by_email.as_array().unwrap().len(), 0);
    let (_, _, by_text) = get_json(&app, "/wp-json/wp/v2/comments?search=Reply%20text").await;
    assert_eq!(by_text.as_array().unwrap().len(), 1);
    // Past the last page: an empty list, not an error.
    let (status, _, empty) = get_json(&app, "/wp-json/wp/v2/comments?page=9").await;
    assert_eq!((status, empty), (StatusCode::OK, json!([])));

    let (status, _, one) = get_json(&app, &format!("/wp-json/wp/v2/comments/{reply}")).await;
    assert_eq!(
        (status, one["author_name"].as_str()),
        (StatusCode::OK, Some("Reply Person"))
    );
    let (status, _, body) = get_json(&app, &format!("/wp-json/wp/v2/comments/{held}")).await;
    assert_eq!(
        (status, body["code"].as_str()),
        (StatusCode::UNAUTHORIZED, Some("rest_cannot_read"))
    );
    let (status, _, body) = get_json(&app, "/wp-json/wp/v2/comments/424242").await;
    assert_eq!(
        (status, body["code"].as_str()),
        (StatusCode::NOT_FOUND, Some("rest_comment_invalid_id"))
    );

    for (query, status, code) in [
        (
            "status=hold",
            StatusCode::UNAUTHORIZED,
            "rest_forbidden_param",
        ),
        (
            "author_email=x%40y.z",
            StatusCode::UNAUTHORIZED,
            "rest_forbidden_param",
        ),
        (
            "type=pingback",
            StatusCode::UNAUTHORIZED,
            "rest_forbidden_param",
        ),
        (
            "per_page=101",
            StatusCode::BAD_REQUEST,
            "rest_invalid_param",
        ),
        ("post=abc", StatusCode::BAD_REQUEST, "rest_invalid_param"),
    ] {
        let (s, _, body) = get_json(&app, &format!("/wp-json/wp/v2/comments?{query}")).await;
        assert_eq!((s, body["code"].as_str()), (status, Some(code)), "{query}");
    }
}

#[tokio::test]
async fn creating_a_comment_follows_the_form_rules() {
    let (app, id) = TestApp::with_article().await;
    let (status, h, c) = post_json(&app, json!({"post": id, "author_name": "Api Reader", "author_email": "api@example.com", "content": "Hello <script>x</script><em>there</em>"})).await;
    assert_eq!(status, StatusCode::CREATED);
    assert_eq!(
        header(&h, "location"),
        format!("{}/wp-json/wp/v2/comments/{}", app.base, c["id"])
    );
    assert_eq!(c["status"], "hold", "a first comment is held");
    assert_eq!(c["content"]["rendered"], "<p>Hello <em>there</em></p>");
    assert!(c.get("author_email").is_none());
    let root = app.approved_comment(id, "Root Person", "Root", None).await;
    let (status, _, reply) = post_json(&app, json!({"post": id, "parent": root, "author_name": "Api Reader", "author_email": "api@example.com", "content": {"raw": "A reply"}})).await;
    assert_eq!(
        (status, reply["parent"].as_i64()),
        (StatusCode::CREATED, Some(root))
    );

    let other = app.add_article("+++\ntitle = \"Other\"\n+++\nx\n").await;
    let closed = app
        .add_article("+++\ntitle = \"Closed\"\ncomments = \"closed\"\n+++\nx\n")
        .await;
    let base = json!({"author_name": "A", "author_email": "a@example.com", "content": "Text"});
    let with = |extra: Value| {
        let mut b = base.clone();
        for (k, v) in extra.as_object().unwrap() {
            b[k] = v.clone();
        }
        b
    };
    let cases = [
        (
            json!({"post": 999}),
            StatusCode::FORBIDDEN,
            "rest_comment_invalid_post_id",
        ),
        (
            json!({}),
            StatusCode::FORBIDDEN,
            "rest_comment_invalid_post_id",
        ),
        (
            json!({"post": closed}),
            StatusCode::FORBIDDEN,
            "rest_comment_closed",
        ),
        (
            json!({"post": other, "parent": root}),
            StatusCode::FORBIDDEN,
            "comment_reply_to_unapproved_comment",
        ),
        (
            json!({"post": id, "parent": 999}),
            StatusCode::FORBIDDEN,
            "comment_reply_to_unapproved_comment",
        ),
        (
            json!({"post": id, "content": " "}),
            StatusCode::BAD_REQUEST,
            "rest_comment_content_invalid",
        ),
        (
            json!({"post": id, "author_name": ""}),
            StatusCode::BAD_REQUEST,
            "rest_comment_author_data_required",
        ),
        (
            json!({"post": id, "author_email": "nope"}),
            StatusCode::BAD_REQUEST,
            "rest_invalid_param",
        ),
        (
            json!({"post": id, "author_url": "javascript:alert(1)"}),
            StatusCode::BAD_REQUEST,
            "rest_invalid_param",
        ),
        (
            json!({"post": id, "content": "x".repeat(65_526)}),
            StatusCode::BAD_REQUEST,
            "comment_content_column_length",
        ),
        (
            json!({"post": id, "id": 5}),
            StatusCode::BAD_REQUEST,
            "rest_comment_exists",
        ),
        (
            json!({"post": id, "status": "approved"}),
            StatusCode::UNAUTHORIZED,
            "rest_comment_invalid_status",
        ),
        (
            json!({"post": id, "author_ip": "1.2.3.4"}),
            StatusCode::UNAUTHORIZED,
            "rest_comment_invalid_author_ip",
        ),
        (
            json!({"post": "abc"}),
            StatusCode::BAD_REQUEST,
            "rest_invalid_param",
        ),
        (
            json!({"post": id, "content": ["array"]}),
            StatusCode::BAD_REQUEST,
            "rest_invalid_param",
        ),
    ];
    for (extra, status, code) in cases {
        let (s, _, body) = post_json(&app, with(extra.clone())).await;
        assert_eq!((s, body["code"].as_str()), (status, Some(code)), "{extra}");
        assert_eq!(body["data"]["status"], status.as_u16());
    }
    // Duplicate: 409.
    let (s, _, body) = post_json(&app, json!({"post": id, "author_name": "Api Reader", "author_email": "api@example.com", "content": {"raw": "A reply"}, "parent": root})).await;
    assert_eq!(
        (s, body["code"].as_str()),
        (StatusCode::CONFLICT, Some("comment_duplicate"))
    );
    // Malformed JSON and unsupported types.
    let r = visitor()
        .post(format!("{}/wp-json/wp/v2/comments", app.base))
        .header("content-type", "application/json")
        .body("{not json")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::BAD_REQUEST);
    assert_eq!(
        r.json::<Value>().await.unwrap()["code"],
        "rest_invalid_json"
    );
    let r = visitor()
        .post(format!("{}/wp-json/wp/v2/comments", app.base))
        .header("content-type", "text/plain")
        .body("x")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);
    // Form-encoded bodies work too.
    let r = visitor()
        .post(format!("{}/wp-json/wp/v2/comments", app.base))
        .form(&[
            ("post", id.to_string()),
            ("author_name", "Form Api".into()),
            ("author_email", "f@example.com".into()),
            ("content", "Form body".into()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::CREATED);
    // Turned off by the setting: 401.
    app.set("comments.rest_anonymous", "false").await;
    let (s, _, body) = post_json(&app, with(json!({"post": id, "content": "Off"}))).await;
    assert_eq!(
        (s, body["code"].as_str()),
        (
            StatusCode::UNAUTHORIZED,
            Some("rest_comment_login_required")
        )
    );
}

#[tokio::test]
async fn a_flood_is_400_in_rest_and_the_index_and_openapi_are_served() {
    let (app, id) = TestApp::with_article().await;
    app.set("comments.flood_seconds", "15").await;
    let body = |t: &str| json!({"post": id, "author_name": "F", "author_email": "f@example.com", "content": t});
    assert_eq!(post_json(&app, body("one")).await.0, StatusCode::CREATED);
    let (s, _, e) = post_json(&app, body("two")).await;
    assert_eq!(
        (s, e["code"].as_str()),
        (StatusCode::BAD_REQUEST, Some("comment_flood"))
    );

    let (s, _, index) = get_json(&app, "/wp-json/").await;
    assert_eq!(s, StatusCode::OK);
    assert!(index["routes"].get("/wp/v2/posts/(?P<id>[\\d]+)").is_some());
    assert_eq!(index["namespaces"], json!(["wp/v2"]));
    let (s, _, doc) = get_json(&app, "/api/openapi.json").await;
    assert_eq!(s, StatusCode::OK);
    for path in [
        "/wp-json/wp/v2/posts",
        "/wp-json/wp/v2/posts/{id}",
        "/wp-json/wp/v2/comments",
        "/wp-json/wp/v2/comments/{id}",
    ] {
        assert!(doc["paths"].get(path).is_some(), "{path} not documented");
    }
}

#[tokio::test]
async fn pages_advertise_the_rest_root() {
    let (app, _) = TestApp::with_article().await;
    let page = app.get("/articles/test-story").await;
    let link = page.headers["link"].to_str().unwrap();
    assert_eq!(
        link,
        format!("<{}/wp-json/>; rel=\"https://api.w.org/\"", app.base)
    );
    assert_eq!(
        page.attr("link[rel='https://api.w.org/']", "href")
            .as_deref(),
        Some("/wp-json/")
    );
}
