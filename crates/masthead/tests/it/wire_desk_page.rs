//! The wire desk page (issue 30, part 4) over HTTP: stories newest first,
//! one story from several sources grouped, filters, publish, dismiss,
//! preview, the sources (added, refused, polled, removed), roles and CSRF;
//! and the editor's earlier versions of an article the wire updated.
use crate::helpers::{PASSWORD, Page, TestApp, add_user, post_as, sign_in, visitor};
use masthead_core::article::{ArticleStatus, NewArticle, Slug};
use masthead_core::chrono::{Duration, Utc};
use masthead_core::service::{add_article, update_article};
use masthead_core::store::{ItemState, NewWireSource, PollRecord, PublishMode, StoredItem};
use masthead_core::user::Role;
use reqwest::StatusCode;

async fn staff(app: &TestApp, name: &str, role: Role) -> reqwest::Client {
    add_user(app, name, role).await;
    let client = visitor();
    let r = sign_in(app, &client, name, PASSWORD).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    client
}

/// A source no poll reaches (nothing listens on port 9): its stories come
/// from the tests.
async fn source(app: &TestApp, name: &str) -> i64 {
    let s = NewWireSource {
        name: name.into(),
        url: format!("http://127.0.0.1:9/{name}"),
        credit: String::new(),
        every_minutes: 60,
        publish: PublishMode::Draft,
    };
    let id = app
        .store
        .add_wire_source(&s, Utc::now().timestamp_millis())
        .await
        .unwrap();
    not_due(app, id).await;
    id
}

/// Keeps the server's poller off a source for an hour, as if it had just
/// failed (the marker `polled_ms` tells a poll since).
async fn not_due(app: &TestApp, id: i64) {
    let record = PollRecord {
        etag: None,
        last_modified: None,
        next_poll_ms: (Utc::now() + Duration::hours(1)).timestamp_millis(),
        failures: 1,
        last_error: Some("connection refused".into()),
        polled_ms: POLLED,
    };
    app.store.record_poll(id, &record).await.unwrap();
}

const POLLED: i64 = 1_000;

fn article(slug: &str, title: &str, body: &str) -> NewArticle {
    NewArticle {
        author: None,
        slug: Slug::parse(slug).unwrap(),
        title: title.into(),
        standfirst: format!("{title}: the standfirst."),
        byline: "Wire".into(),
        body_markdown: body.into(),
        photo: None,
        contributors: Vec::new(),
        source_name: None,
        source_url: None,
        comments_open: true,
        status: ArticleStatus::Draft,
        published_at: Utc::now() - Duration::hours(1),
        sections: None,
        tags: None,
        provenance: None,
    }
}

/// A story on the desk as polling leaves it: a draft and its row. `age` is
/// minutes ago it arrived (and last changed).
async fn story(app: &TestApp, source: i64, slug: &str, headline: &str, age: i64) -> (i64, i64) {
    let id = add_article(app.store.as_ref(), &article(slug, headline, "<p>Body.</p>"))
        .await
        .unwrap();
    let at = (Utc::now() - Duration::minutes(age)).timestamp_millis();
    let item = StoredItem {
        id: 0,
        source_id: source,
        guid: format!("urn:test:{slug}"),
        version: Some(1),
        version_created_ms: Some(at),
        headline: headline.into(),
        pubstatus: "usable".into(),
        state: ItemState::New,
        article: Some(id),
        received_ms: at,
        updated_ms: at,
    };
    (app.store.save_wire_item(&item).await.unwrap(), id.0)
}

fn csrf(page: &Page) -> String {
    page.attr("input[name=_csrf]", "value")
        .expect("a CSRF token")
}

async fn act(app: &TestApp, client: &reqwest::Client, fields: &[(&str, &str)]) -> Page {
    let token = csrf(&app.get_as(client, "/admin/wire").await);
    let mut all = vec![("_csrf", token.as_str())];
    all.extend_from_slice(fields);
    post_as(app, client, "/admin/wire", &all).await
}

/// The top-level rows' ids, in order.
fn leads(page: &Page) -> Vec<String> {
    page.attrs(".wire-desk > li", "id")
}

#[tokio::test]
async fn the_desk_lists_stories_newest_first_with_duplicates_grouped_and_filters() {
    let app = TestApp::spawn().await;
    let ed = staff(&app, "ed", Role::Editor).await;
    let (a, b) = (source(&app, "Alpha").await, source(&app, "Beta").await);
    let (quake_a, _) = story(&app, a, "quake-a", "Quake hits city", 30).await;
    let (quake_b, _) = story(&app, b, "quake-b", "QUAKE hits — city!", 20).await;
    let (other, other_article) = story(&app, a, "other", "Other news", 10).await;
    // The same headline from the same source is another story.
    let (again, _) = story(&app, a, "quake-a-2", "Quake hits city", 40).await;

    let page = app.get_as(&ed, "/admin/wire").await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert_eq!(
        leads(&page),
        [
            format!("item-{other}"),
            format!("item-{quake_a}"),
            format!("item-{again}")
        ],
        "newest first, one story once"
    );
    let also = format!("#item-{quake_a} .wire-also > li");
    assert_eq!(page.attrs(&also, "id"), [format!("item-{quake_b}")]);
    assert!(page.text(&also).contains("also from Beta"), "{}", page.body);
    assert!(page.text(&format!("#item-{other}")).contains("from Alpha"));
    assert!(
        page.text(&format!("#item-{other} .wire-state"))
            .contains("new")
    );
    assert!(page.has("nav.admin-nav a[href='/admin/wire']"));

    // Filters: a plain GET form.
    assert_eq!(page.attr("#desk-filter", "method").as_deref(), Some("get"));
    let beta = app.get_as(&ed, "/admin/wire?source=Beta").await;
    assert_eq!(leads(&beta), [format!("item-{quake_b}")]);
    assert!(beta.has("#filter-source option[value=Beta][selected]"));
    let dismissed = app.get_as(&ed, "/admin/wire?state=dismissed").await;
    assert!(leads(&dismissed).is_empty() && dismissed.has(".empty"));
    let new = app.get_as(&ed, "/admin/wire?source=Alpha&state=new").await;
    assert_eq!(leads(&new).len(), 3);
    // An unknown state filters nothing out.
    assert_eq!(
        leads(&app.get_as(&ed, "/admin/wire?state=x").await).len(),
        3
    );

    // An editor who publishes the draft in the editor moves it on the desk,
    // and back when it becomes a draft again.
    let mut live = article("other", "Other news", "<p>Body.</p>");
    live.status = ArticleStatus::Published;
    let other_id = masthead_core::ids::ArticleId(other_article);
    assert!(
        update_article(app.store.as_ref(), other_id, &live)
            .await
            .unwrap()
    );
    let page = app.get_as(&ed, "/admin/wire").await;
    let state = page.text(&format!("#item-{other} .wire-state"));
    assert!(state.contains("published"), "{state}");
    assert_eq!(
        leads(&app.get_as(&ed, "/admin/wire?state=new").await).len(),
        2
    );
    assert_eq!(
        leads(&app.get_as(&ed, "/admin/wire?state=published").await),
        [format!("item-{other}")]
    );
    live.status = ArticleStatus::Draft;
    assert!(
        update_article(app.store.as_ref(), other_id, &live)
            .await
            .unwrap()
    );
    assert_eq!(
        leads(&app.get_as(&ed, "/admin/wire?state=new").await).len(),
        3
    );
}

#[tokio::test]
async fn publish_makes_the_story_live_and_dismiss_sets_it_aside() {
    let app = TestApp::spawn().await;
    let ed = staff(&app, "ed", Role::Editor).await;
    let a = source(&app, "Alpha").await;
    let (item, article) = story(&app, a, "talks-resume", "Talks resume", 5).await;
    let (other, _) = story(&app, a, "storm-warning", "Storm warning", 2).await;

    // Edit and preview: the editor, and the page as readers will see it.
    let page = app.get_as(&ed, "/admin/wire").await;
    let row = format!("#item-{item}");
    let edit = page.attr(&format!("{row} a.wire-edit"), "href").unwrap();
    assert_eq!(edit, format!("/admin/articles/{article}"));
    assert_eq!(app.get_as(&ed, &edit).await.status, StatusCode::OK);
    let preview = page.attr(&format!("{row} a.wire-preview"), "href").unwrap();
    let shown = app.get_as(&ed, &preview).await;
    assert_eq!(shown.status, StatusCode::OK);
    assert!(shown.has("#preview-banner") && shown.body.contains("Talks resume"));
    assert_eq!(shown.headers["cache-control"], "no-store");
    assert_eq!(
        app.get_as(&visitor(), &preview).await.status,
        StatusCode::SEE_OTHER,
        "staff only"
    );
    assert_eq!(
        app.get("/articles/talks-resume").await.status,
        StatusCode::NOT_FOUND
    );

    // Publish, keeping the filter.
    let value = format!("publish:{item}");
    let r = act(&app, &ed, &[("action", &value), ("state", "new")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    assert_eq!(r.location(), "/admin/wire?state=new&done=published");
    assert_eq!(
        app.get("/articles/talks-resume").await.status,
        StatusCode::OK
    );
    let page = app.get_as(&ed, "/admin/wire?done=published").await;
    assert!(page.text("#done").contains("published"));
    assert!(
        page.text(&format!("{row} .wire-state"))
            .contains("published")
    );
    assert!(!page.has(&format!("{row} button[value='{value}']")), "once");
    assert!(page.has(&format!("{row} a.wire-view[href='/articles/talks-resume']")));
    let again = act(&app, &ed, &[("action", &value)]).await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    assert!(again.body.contains("Only a new story can be published"));

    // Dismiss: the story stays a draft and leaves the new ones.
    let value = format!("dismiss:{other}");
    let r = act(&app, &ed, &[("action", &value)]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let stored = app.store.wire_item_by_id(other).await.unwrap().unwrap();
    assert_eq!(stored.state, ItemState::Dismissed);
    let page = app.get_as(&ed, "/admin/wire?state=dismissed").await;
    assert_eq!(leads(&page), [format!("item-{other}")]);
    assert!(
        !page.has(&format!("#item-{other} button")),
        "nothing left to do"
    );
    assert_eq!(
        app.get("/articles/storm-warning").await.status,
        StatusCode::NOT_FOUND
    );
    let published = format!("dismiss:{item}");
    assert_eq!(
        act(&app, &ed, &[("action", &published)]).await.status,
        StatusCode::CONFLICT
    );
    for bad in ["publish:999999", "dismiss:x", "nonsense"] {
        let r = act(&app, &ed, &[("action", bad)]).await;
        assert!(r.status.is_client_error(), "{bad}: {}", r.status);
    }
}

#[tokio::test]
async fn sources_are_checked_added_polled_and_removed() {
    let app = TestApp::spawn().await;
    let admin = staff(&app, "ada", Role::Admin).await;
    let add = |name: &'static str, url: &'static str| {
        vec![
            ("action", "add"),
            ("name", name),
            ("url", url),
            ("credit", ""),
            ("every", "10"),
            ("publish", "draft"),
        ]
    };

    let refused = act(&app, &admin, &add("Files", "file:///etc/passwd")).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused
            .text("#source-error")
            .contains("“file:///etc/passwd” is not an http or https address."),
        "{}",
        refused.body
    );
    assert_eq!(refused.attr("#name", "value").as_deref(), Some("Files"));
    let mut slow = add("Slow", "https://wire.example/feed");
    slow[4] = ("every", "0");
    let refused = act(&app, &admin, &slow).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused
            .text("#source-error")
            .contains("The interval is 1 to 1,440 minutes.")
    );
    assert!(app.store.wire_sources().await.unwrap().is_empty());

    let r = act(&app, &admin, &add("Agency", "http://127.0.0.1:9/feed")).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let sources = app.store.wire_sources().await.unwrap();
    assert_eq!(sources.len(), 1);
    let id = sources[0].id;
    let page = app.get_as(&admin, &r.location()).await;
    assert!(page.text("#done").contains("Source added"));
    let row = format!("#source-{id}");
    assert!(page.text(&row).contains("http://127.0.0.1:9/feed"));
    assert!(page.text(&row).contains("10 min"));
    let taken = act(&app, &admin, &add("Agency", "https://other.example/")).await;
    assert_eq!(taken.status, StatusCode::CONFLICT);
    assert!(
        taken
            .text("#source-error")
            .contains("already called “Agency”")
    );

    // Poll now: due at the poller's next round (unless it has been already).
    not_due(&app, id).await;
    let page = app.get_as(&admin, "/admin/wire").await;
    assert!(
        page.text(&format!("{row} .wire-error"))
            .contains("connection refused")
    );
    let poll = format!("poll:{id}");
    let r = act(&app, &admin, &[("action", &poll)]).await;
    assert_eq!(r.location(), "/admin/wire?done=polled");
    let s = &app.store.wire_sources().await.unwrap()[0];
    assert!(s.next_poll_ms <= Utc::now().timestamp_millis() || s.polled_ms != Some(POLLED));
    let page = app.get_as(&admin, &r.location()).await;
    assert!(page.text("#done").contains("within 15 seconds"));

    let remove = format!("remove:{id}");
    let r = act(&app, &admin, &[("action", &remove)]).await;
    assert_eq!(r.location(), "/admin/wire?done=removed");
    assert!(app.store.wire_sources().await.unwrap().is_empty());
    assert!(!app.get_as(&admin, "/admin/wire").await.has(&row));
    let r = act(&app, &admin, &[("action", &remove)]).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_desk_is_for_those_who_edit_articles_and_wants_its_csrf_token() {
    let app = TestApp::spawn().await;
    let a = source(&app, "Alpha").await;
    let (item, _) = story(&app, a, "talks-resume", "Talks resume", 5).await;
    let moderator = staff(&app, "mod", Role::Moderator).await;
    let ed = staff(&app, "ed", Role::Editor).await;
    let value = format!("publish:{item}");

    assert_eq!(
        app.get_as(&moderator, "/admin/wire").await.status,
        StatusCode::FORBIDDEN
    );
    let token = csrf(&app.get_as(&moderator, "/admin/comments").await);
    let r = post_as(
        &app,
        &moderator,
        "/admin/wire",
        &[("_csrf", &token), ("action", &value)],
    )
    .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    let preview = format!("/admin/wire/items/{item}/preview");
    assert_eq!(
        app.get_as(&moderator, &preview).await.status,
        StatusCode::FORBIDDEN
    );

    let r = post_as(&app, &ed, "/admin/wire", &[("action", &value)]).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "no CSRF token");
    let r = post_as(
        &app,
        &ed,
        "/admin/wire",
        &[("_csrf", "forged"), ("action", &value)],
    )
    .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "a wrong CSRF token");
    let stored = app.store.wire_item_by_id(item).await.unwrap().unwrap();
    assert_eq!(stored.state, ItemState::New);
    assert_eq!(
        app.get_as(&visitor(), "/admin/wire").await.location(),
        "/admin/login?next=%2Fadmin%2Fwire"
    );
}

#[tokio::test]
async fn the_editor_shows_what_an_update_replaced() {
    let app = TestApp::spawn().await;
    let ed = staff(&app, "ed", Role::Editor).await;
    let id = add_article(
        app.store.as_ref(),
        &article(
            "talks",
            "Talks begin",
            "Delegates <b>arrive</b>.<script>x()</script>",
        ),
    )
    .await
    .unwrap();
    let path = format!("/admin/articles/{}", id.0);
    assert!(!app.get_as(&ed, &path).await.has("#versions"), "none yet");

    // A save that leaves title, standfirst and body as they were keeps none.
    let mut same = article(
        "talks",
        "Talks begin",
        "Delegates <b>arrive</b>.<script>x()</script>",
    );
    same.byline = "Desk".into();
    assert!(update_article(app.store.as_ref(), id, &same).await.unwrap());
    assert!(app.store.article_versions(id).await.unwrap().is_empty());

    // An editor's save that changes the text keeps the text it replaced.
    update_article(
        app.store.as_ref(),
        id,
        &article("talks", "Talks resume", "Delegates return."),
    )
    .await
    .unwrap();
    let page = app.get_as(&ed, &path).await;
    assert_eq!(page.status, StatusCode::OK);
    let old = page.text("#versions details");
    assert!(old.contains("Talks begin"), "{old}");
    assert!(old.contains("replaced by an editor’s save"), "{old}");
    assert!(old.contains("Talks begin: the standfirst."), "{old}");
    assert!(
        page.has("#versions details .article-body b"),
        "the old body, as HTML"
    );
    assert!(!page.body.contains("x()"));
    assert_eq!(
        page.attr("#title", "value").as_deref(),
        Some("Talks resume")
    );
    // The wire desk's own reason is told in its words.
    let mut again = article("talks", "Talks resume again", "Agreed.");
    again.status = ArticleStatus::Published;
    masthead_core::service::revise_article(app.store.as_ref(), id, &again, "wire update")
        .await
        .unwrap();
    let page = app.get_as(&ed, &path).await;
    let newest = page.text("#versions details");
    assert!(
        newest.contains("replaced by the agency’s update"),
        "{newest}"
    );
    assert_eq!(app.store.article_versions(id).await.unwrap().len(), 2);
}
