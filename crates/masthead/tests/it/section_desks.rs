//! Section desks (issue 28, part 4): articles have sections (WordPress's
//! categories), a moderator limited to sections sees and acts only on
//! comments under articles in them, through the admin, the REST API and the
//! command line alike, with 403 outside.
use crate::helpers::{
    PASSWORD, TestApp, app_password, call, post_as, sign_in, stderr, stdout, visitor,
};
use crate::users::cli_with_input;
use masthead_core::comment::CommentStatus;
use masthead_core::ids::CommentId;
use reqwest::{Method, StatusCode};
use serde_json::json;

fn article(slug: &str, sections: &str) -> String {
    format!(
        "+++\ntitle = \"{slug}\"\nslug = \"{slug}\"\npublished = 2024-05-01T10:00:00Z\n\
         sections = [{sections}]\n+++\n\nText.\n"
    )
}

/// Two articles, one in politics, one in sport, each with a held comment;
/// `pol`, a moderator of politics and world. (article ids, comment ids)
async fn newsroom(app: &TestApp) -> ((i64, i64), (i64, i64)) {
    let politics = app.add_article(&article("vote", "\"politics\"")).await;
    let sport = app.add_article(&article("match", "\"sport\"")).await;
    let on_politics = app
        .comment_as(
            &visitor(),
            politics,
            "Ann",
            "ann@example.org",
            "On the vote.",
            None,
        )
        .await;
    let on_sport = app
        .comment_as(
            &visitor(),
            sport,
            "Bo",
            "bo@example.org",
            "On the match.",
            None,
        )
        .await;
    let out = cli_with_input(
        &app.db_url,
        &[
            "user",
            "add",
            "pol",
            "--role",
            "moderator",
            "--sections",
            "politics,world",
        ],
        &format!("{PASSWORD}\n"),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let users = stdout(&app.cli(&["user", "list"]).await);
    assert!(users.contains("politics,world"), "{users}");
    ((politics, sport), (on_politics, on_sport))
}

async fn status(app: &TestApp, id: i64) -> CommentStatus {
    app.store
        .comment(CommentId(id))
        .await
        .unwrap()
        .unwrap()
        .status
}

#[tokio::test]
async fn a_section_moderator_sees_and_acts_only_in_their_sections_in_the_admin() {
    let app = TestApp::spawn().await;
    let (_, (mine, theirs)) = newsroom(&app).await;
    let staff = visitor();
    sign_in(&app, &staff, "pol", PASSWORD).await;
    let queue = app.get_as(&staff, "/admin/comments").await;
    assert!(queue.has(&format!("#row-{mine}")));
    assert!(!queue.has(&format!("#row-{theirs}")), "sport is not theirs");
    // The counts are the desk's too.
    assert_eq!(queue.text(".tab-pending .count"), "(1)");
    let csrf = queue.attr("input[name=_csrf]", "value").unwrap();
    for action in [
        format!("approve:{theirs}"),
        format!("ban:{theirs}"),
        format!("reply:{theirs}"),
    ] {
        let r = post_as(
            &app,
            &staff,
            "/admin/comments",
            &[
                ("_csrf", &csrf),
                ("action", &action),
                (&format!("reply_{theirs}"), "Hello"),
            ],
        )
        .await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{action}: {}", r.body);
    }
    // A bulk action naming both changes neither.
    let r = post_as(
        &app,
        &staff,
        "/admin/comments",
        &[
            ("_csrf", &csrf),
            ("bulk_action", "approve"),
            ("ids", &mine.to_string()),
            ("ids", &theirs.to_string()),
        ],
    )
    .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    assert!(
        r.body
            .contains(&format!("Comment {theirs} is outside your sections"))
    );
    assert_eq!(status(&app, mine).await, CommentStatus::Pending);
    let edit = app
        .get_as(&staff, &format!("/admin/comments/{theirs}/edit"))
        .await;
    assert_eq!(edit.status, StatusCode::FORBIDDEN);
    // Their own: approved.
    let r = post_as(
        &app,
        &staff,
        "/admin/comments",
        &[("_csrf", &csrf), ("action", &format!("approve:{mine}"))],
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(status(&app, mine).await, CommentStatus::Approved);
    assert_eq!(status(&app, theirs).await, CommentStatus::Pending);
}

#[tokio::test]
async fn the_rest_api_and_the_command_line_keep_a_desk_to_its_sections() {
    let app = TestApp::spawn().await;
    let ((politics, _), (mine, theirs)) = newsroom(&app).await;
    let password = app_password(&app, "pol").await;
    let auth = Some(("pol", password.as_str()));
    let (code, _, list) = call(
        &app,
        Method::GET,
        "/wp-json/wp/v2/comments?status=hold",
        auth,
        None,
    )
    .await;
    assert_eq!(code, StatusCode::OK);
    let ids: Vec<i64> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_i64().unwrap())
        .collect();
    assert_eq!(ids, [mine]);
    for (method, body) in [
        (Method::GET, None),
        (Method::POST, Some(json!({"status": "approved"}))),
        (Method::DELETE, None),
    ] {
        let (code, _, err) = call(
            &app,
            method.clone(),
            &format!("/wp-json/wp/v2/comments/{theirs}"),
            auth,
            body,
        )
        .await;
        assert_eq!(code, StatusCode::FORBIDDEN, "{method}: {err}");
    }
    assert_eq!(status(&app, theirs).await, CommentStatus::Pending);
    let (code, _, _) = call(
        &app,
        Method::POST,
        &format!("/wp-json/wp/v2/comments/{mine}"),
        auth,
        Some(json!({"status": "approved"})),
    )
    .await;
    assert_eq!(code, StatusCode::OK);
    // The post says its sections, as WordPress's categories and by slug.
    let (_, _, post) = call(
        &app,
        Method::GET,
        &format!("/wp-json/wp/v2/posts/{politics}"),
        None,
        None,
    )
    .await;
    assert_eq!(post["sections"], json!(["politics"]));
    assert_eq!(post["categories"].as_array().map(Vec::len), Some(1));

    // The command line, acting as the account.
    let listed = stdout(
        &app.cli(&[
            "--as", "pol", "comments", "list", "--status", "pending", "--json",
        ])
        .await,
    );
    let listed: serde_json::Value = serde_json::from_str(&listed).unwrap();
    assert_eq!(listed.as_array().map(Vec::len), Some(0), "{listed}");
    let refused = app
        .cli(&["--as", "pol", "comments", "spam", &theirs.to_string()])
        .await;
    assert!(!refused.status.success());
    assert!(
        stderr(&refused).contains("is outside your sections"),
        "{}",
        stderr(&refused)
    );
    assert_eq!(status(&app, theirs).await, CommentStatus::Pending);
    let unknown = app.cli(&["--as", "nobody", "comments", "list"]).await;
    assert!(!unknown.status.success());
    // Without --as, the operator reaches every section.
    let ok = app.cli(&["comments", "trash", &theirs.to_string()]).await;
    assert!(ok.status.success(), "{}", stderr(&ok));
    // Not even whether an outside comment is in the trash is told.
    let (code, _, _) = call(
        &app,
        Method::DELETE,
        &format!("/wp-json/wp/v2/comments/{theirs}"),
        auth,
        None,
    )
    .await;
    assert_eq!(code, StatusCode::FORBIDDEN);
    let log = stdout(&app.cli(&["--as", "pol", "comments", "log", "--json"]).await);
    let log: serde_json::Value = serde_json::from_str(&log).unwrap();
    let ids: Vec<i64> = log
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["comment_id"].as_i64().unwrap())
        .collect();
    assert_eq!(ids, [mine], "the desk's log: {log}");
}

#[tokio::test]
async fn sections_are_set_in_the_editor_and_the_rest_api_and_checked() {
    let app = TestApp::spawn().await;
    crate::helpers::add_user(&app, "ed", masthead_core::user::Role::Editor).await;
    let password = app_password(&app, "ed").await;
    let auth = Some(("ed", password.as_str()));
    let (code, _, post) = call(
        &app,
        Method::POST,
        "/wp-json/wp/v2/posts",
        auth,
        Some(
            json!({"title": "Budget", "content": "Text", "status": "publish",
                    "sections": ["politics", "economy"]}),
        ),
    )
    .await;
    assert_eq!(code, StatusCode::CREATED, "{post}");
    assert_eq!(post["sections"], json!(["economy", "politics"]));
    let id = post["id"].as_i64().unwrap();
    // An update that does not name them keeps them.
    let (_, _, kept) = call(
        &app,
        Method::POST,
        &format!("/wp-json/wp/v2/posts/{id}"),
        auth,
        Some(json!({"title": "Budget, revised"})),
    )
    .await;
    assert_eq!(kept["sections"], json!(["economy", "politics"]));
    let (code, _, err) = call(
        &app,
        Method::POST,
        &format!("/wp-json/wp/v2/posts/{id}"),
        auth,
        Some(json!({"sections": ["no spaces allowed"]})),
    )
    .await;
    assert_eq!(code, StatusCode::BAD_REQUEST, "{err}");
    // The editor shows them, for editing.
    let staff = visitor();
    sign_in(&app, &staff, "ed", PASSWORD).await;
    let page = app.get_as(&staff, &format!("/admin/articles/{id}")).await;
    assert_eq!(
        page.attr("#sections", "value").as_deref(),
        Some("economy,politics")
    );
}

#[tokio::test]
async fn the_queue_sorts_and_filters_by_reason_article_and_section() {
    let app = TestApp::spawn().await;
    let ((politics, sport), (first, second)) = newsroom(&app).await;
    // A third, held for its links as well, on the politics article.
    let linky = app
        .comment_as(
            &visitor(),
            politics,
            "Cy",
            "cy@example.org",
            "See http://a.example and http://b.example",
            None,
        )
        .await;
    crate::helpers::add_user(&app, "chief", masthead_core::user::Role::Moderator).await;
    let staff = visitor();
    sign_in(&app, &staff, "chief", PASSWORD).await;
    let order = |path: String| {
        let staff = staff.clone();
        let app = &app;
        async move {
            let page = app.get_as(&staff, &path).await;
            assert_eq!(page.status, StatusCode::OK, "{path}");
            page.html()
                .select(&scraper::Selector::parse(".queue-row").unwrap())
                .filter_map(|r| r.value().id().map(|id| id.replace("row-", "")))
                .map(|id| id.parse::<i64>().unwrap())
                .collect::<Vec<_>>()
        }
    };
    let q = "/admin/comments?status=pending";
    assert_eq!(order(q.to_string()).await, [linky, second, first]);
    assert_eq!(
        order(format!("{q}&sort=oldest")).await,
        [first, second, linky]
    );
    assert_eq!(order(format!("{q}&reason=links")).await, [linky]);
    assert_eq!(order(format!("{q}&section=sport")).await, [second]);
    assert_eq!(
        order(format!("{q}&article={politics}&sort=oldest")).await,
        [first, linky]
    );
    // By article: the newer article's comments together, then the other's.
    let by_article = order(format!("{q}&sort=article")).await;
    let on = |id: i64| if id == second { sport } else { politics };
    assert!(
        by_article
            .windows(2)
            .filter(|w| on(w[0]) != on(w[1]))
            .count()
            == 1,
        "{by_article:?}"
    );
    // Unknown values are no filter at all.
    assert_eq!(order(format!("{q}&sort=loudest&reason=x")).await.len(), 3);
    let page = app
        .get_as(&staff, &format!("{q}&sort=oldest&reason=links"))
        .await;
    assert_eq!(
        page.attr("#sort option[selected]", "value").as_deref(),
        Some("oldest")
    );
    assert_eq!(
        page.attr("#reason option[selected]", "value").as_deref(),
        Some("links")
    );
}
