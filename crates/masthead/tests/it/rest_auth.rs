//! Application passwords and authenticated REST writes: posts by editors,
//! moderation by moderators, and what each may see.
use crate::helpers::{TestApp, add_user, app_password, call, visitor};
use masthead_core::user::Role;
use reqwest::StatusCode;
use serde_json::json;

#[tokio::test]
async fn editors_write_posts_with_an_application_password() {
    let app = TestApp::spawn().await;
    add_user(&app, "ed", Role::Editor).await;
    add_user(&app, "mo", Role::Moderator).await;
    let ed = app_password(&app, "ed").await;
    let mo = app_password(&app, "mo").await;
    let post =
        json!({"title": "From the API", "content": "Written **remotely**.", "status": "publish"});
    use reqwest::Method;

    let (status, _, body) = call(
        &app,
        Method::POST,
        "/wp-json/wp/v2/posts",
        None,
        Some(post.clone()),
    )
    .await;
    assert_eq!(
        (status, body["code"].as_str()),
        (StatusCode::UNAUTHORIZED, Some("rest_cannot_create"))
    );
    let (status, _, body) = call(
        &app,
        Method::POST,
        "/wp-json/wp/v2/posts",
        Some(("ed", "wrong password")),
        Some(post.clone()),
    )
    .await;
    assert_eq!(
        (status, body["code"].as_str()),
        (StatusCode::UNAUTHORIZED, Some("incorrect_password"))
    );
    let (status, _, body) = call(
        &app,
        Method::POST,
        "/wp-json/wp/v2/posts",
        Some(("mo", &mo)),
        Some(post.clone()),
    )
    .await;
    assert_eq!(
        (status, body["code"].as_str()),
        (StatusCode::FORBIDDEN, Some("rest_cannot_create"))
    );
    // A password is tied to its user: ed's password does not open mo's account.
    let (status, _, _) = call(
        &app,
        Method::POST,
        "/wp-json/wp/v2/posts",
        Some(("mo", &ed)),
        Some(post.clone()),
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let garbage = visitor()
        .post(format!("{}/wp-json/wp/v2/posts", app.base))
        .header("authorization", "Basic !!!not-base64")
        .json(&post)
        .send()
        .await
        .unwrap();
    assert_eq!(garbage.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(app.store.count_articles().await.unwrap(), 0);

    // Spaces in the password are optional, as in WordPress.
    let compact = ed.replace(' ', "");
    let (status, headers, body) = call(
        &app,
        Method::POST,
        "/wp-json/wp/v2/posts",
        Some(("ed", &compact)),
        Some(post),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    let id = body["id"].as_i64().unwrap();
    assert!(
        headers["location"]
            .to_str()
            .unwrap()
            .ends_with(&format!("/wp-json/wp/v2/posts/{id}"))
    );
    assert_eq!(body["slug"], "from-the-api");
    assert_eq!(body["status"], "publish");
    assert!(
        body["content"]["rendered"]
            .as_str()
            .unwrap()
            .contains("<strong>remotely</strong>")
    );
    assert_eq!(
        app.get("/articles/from-the-api").await.status,
        StatusCode::OK
    );

    // Update: WordPress's {"raw": …} form, a draft takes it off the site.
    let path = format!("/wp-json/wp/v2/posts/{id}");
    let (status, _, body) = call(
        &app,
        Method::PUT,
        &path,
        Some(("ed", &ed)),
        Some(json!({"title": {"raw": "Renamed"}})),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["title"]["rendered"], "Renamed");
    assert_eq!(
        app.get("/articles/from-the-api").await.text("h1.headline"),
        "Renamed"
    );
    let (status, _, _) = call(
        &app,
        Method::PATCH,
        &path,
        Some(("ed", &ed)),
        Some(json!({"status": "draft"})),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(
        app.get("/articles/from-the-api").await.status,
        StatusCode::NOT_FOUND
    );
    let (status, _, body) = call(
        &app,
        Method::POST,
        &path,
        Some(("ed", &ed)),
        Some(json!({"status": "sideways"})),
    )
    .await;
    assert_eq!(
        (status, body["code"].as_str()),
        (StatusCode::BAD_REQUEST, Some("rest_invalid_param"))
    );
    let (status, _, body) = call(
        &app,
        Method::POST,
        &path,
        Some(("ed", &ed)),
        Some(json!({"title": ""})),
    )
    .await;
    assert_eq!(
        (status, body["data"]["params"]["title"].is_string()),
        (StatusCode::BAD_REQUEST, true),
        "{body}"
    );
    let (status, _, _) = call(
        &app,
        Method::POST,
        "/wp-json/wp/v2/posts/999",
        Some(("ed", &ed)),
        Some(json!({"title": "x"})),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn moderators_moderate_comments_and_only_they_see_emails() {
    let (app, article) = TestApp::with_article().await;
    add_user(&app, "mo", Role::Moderator).await;
    add_user(&app, "ed", Role::Editor).await;
    let mo = app_password(&app, "mo").await;
    let ed = app_password(&app, "ed").await;
    use reqwest::Method;
    let new = json!({"post": article, "author_name": "Reader", "author_email": "reader@example.com", "content": "First!"});
    let (status, _, body) = call(
        &app,
        Method::POST,
        "/wp-json/wp/v2/comments",
        None,
        Some(new),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    let id = body["id"].as_i64().unwrap();
    assert_eq!(body["status"], "hold");
    assert!(body.get("author_email").is_none());

    // Held comments and emails are for moderators only.
    let (status, _, _) = call(
        &app,
        Method::GET,
        "/wp-json/wp/v2/comments?status=hold",
        None,
        None,
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, _, _) = call(
        &app,
        Method::GET,
        &format!("/wp-json/wp/v2/comments/{id}"),
        None,
        None,
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, _, _) = call(
        &app,
        Method::GET,
        "/wp-json/wp/v2/comments?context=edit",
        Some(("ed", &ed)),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "editors do not moderate");
    let (status, headers, body) = call(
        &app,
        Method::GET,
        "/wp-json/wp/v2/comments?status=hold",
        Some(("mo", &mo)),
        None,
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(headers["x-wp-total"], "1");
    assert_eq!(body[0]["author_email"], "reader@example.com");
    assert_eq!(body[0]["status"], "hold");

    let path = format!("/wp-json/wp/v2/comments/{id}");
    let (status, _, body) = call(
        &app,
        Method::POST,
        &path,
        Some(("ed", &ed)),
        Some(json!({"status": "approved"})),
    )
    .await;
    assert_eq!(
        (status, body["code"].as_str()),
        (StatusCode::FORBIDDEN, Some("rest_cannot_edit"))
    );
    let (status, _, body) = call(
        &app,
        Method::POST,
        &path,
        Some(("mo", &mo)),
        Some(json!({"status": "approved"})),
    )
    .await;
    assert_eq!(
        (status, body["status"].as_str()),
        (StatusCode::OK, Some("approved")),
        "{body}"
    );
    let (_, _, public) = call(
        &app,
        Method::GET,
        &format!("/wp-json/wp/v2/comments?post={article}"),
        None,
        None,
    )
    .await;
    assert_eq!(public[0]["id"], id);
    assert!(public[0].get("author_email").is_none(), "{public}");
    assert!(
        app.get("/articles/test-story")
            .await
            .has(&format!("#comment-{id}"))
    );

    let (status, _, body) = call(
        &app,
        Method::PATCH,
        &path,
        Some(("mo", &mo)),
        Some(json!({"content": "First! (edited)"})),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert!(
        body["content"]["rendered"]
            .as_str()
            .unwrap()
            .contains("(edited)")
    );
    let (status, _, body) = call(
        &app,
        Method::POST,
        &path,
        Some(("mo", &mo)),
        Some(json!({"status": "maybe", "content": "Not saved"})),
    )
    .await;
    assert_eq!(
        (status, body["code"].as_str()),
        (StatusCode::BAD_REQUEST, Some("rest_invalid_param"))
    );
    let stored = app
        .store
        .comment(masthead_core::ids::CommentId(id))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        stored.content_source, "First! (edited)",
        "a refused update stores nothing"
    );
    let (status, _, _) = call(
        &app,
        Method::PATCH,
        &format!("/wp-json/wp/v2/posts/{article}"),
        Some(("ed", &ed)),
        Some(json!({"date_gmt": "+262142-12-31T23:59:59"})),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);

    let (status, _, body) = call(&app, Method::DELETE, &path, Some(("mo", &mo)), None).await;
    assert_eq!(
        (status, body["status"].as_str()),
        (StatusCode::OK, Some("trash"))
    );
    let (status, _, _) = call(&app, Method::DELETE, &path, Some(("mo", &mo)), None).await;
    assert_eq!(status, StatusCode::GONE);
    let (status, _, body) = call(
        &app,
        Method::DELETE,
        &format!("{path}?force=true"),
        Some(("mo", &mo)),
        None,
    )
    .await;
    assert_eq!(
        (status, body["deleted"].as_bool()),
        (StatusCode::OK, Some(true))
    );
    let (status, _, _) = call(&app, Method::GET, &path, Some(("mo", &mo)), None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _, _) = call(&app, Method::DELETE, &path, None, None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}
