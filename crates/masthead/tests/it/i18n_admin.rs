//! The newsroom admin and the CLI's messages in every shipped language: each
//! admin page is looked over for English left behind, `<html lang dir>`
//! follows `site.language`, the settings page sets the language, and the
//! real binary reports in the site's language.
use crate::helpers::{
    PASSWORD, Page, TestApp, add_user, assert_no_english, post_as, sign_in, stderr, stdout,
    visible_text, visitor,
};
use masthead_core::comment::{Actor, ModerationAction, Via};
use masthead_core::i18n::{Lang, Tr};
use masthead_core::ids::CommentId;
use masthead_core::user::Role;
use reqwest::StatusCode;
use scraper::{Html, Selector};

/// Content in Latin, so none of it reads as English left behind.
const LATIN: &str = "+++\ntitle = \"Acta diurna\"\nslug = \"acta-diurna\"\nstandfirst = \"Senatus populusque Romanus.\"\nbyline = \"Tiro\"\npublished = 2024-05-01T10:00:00Z\n+++\n\nGallia est omnis divisa in partes tres.\n";

/// What may stay as it is on an admin page: names, addresses, the content's
/// own words, setting values the settings take literally.
const ALLOWED: &[&str] = &["Acta diurna", "Tiro", "Marcus", "Livia", "Gaius", "tiro"];

fn html_tag(lang: Lang) -> String {
    format!(r#"<html lang="{}" dir="{}">"#, lang.code(), lang.dir())
}

fn check(what: &str, page: &Page, lang: Lang) {
    check_with(what, page, lang, &[]);
}

/// `check`, with more that may stay on this page.
fn check_with(what: &str, page: &Page, lang: Lang, more: &[&str]) {
    assert_eq!(
        page.status,
        StatusCode::OK,
        "{what} in {lang}: {}",
        page.body
    );
    assert!(
        page.body.contains(&html_tag(lang)),
        "{what} in {lang}: no {}",
        html_tag(lang)
    );
    let allowed: Vec<&str> = ALLOWED.iter().chain(more).copied().collect();
    assert_no_english(what, &page.body, lang, &allowed);
}

async fn moderate(app: &TestApp, id: i64, action: ModerationAction) {
    let actor = Actor {
        user_id: None,
        name: "tiro".into(),
        via: Via::Cli,
        sections: Vec::new(),
    };
    masthead_core::service::moderate(
        app.store.as_ref(),
        &[CommentId(id)],
        action,
        &actor,
        masthead_core::chrono::Utc::now(),
    )
    .await
    .expect("moderate");
}

/// The fields a browser would send from the form matching `form` (text
/// inputs, ticked boxes, text areas, selected options).
fn form_fields(body: &str, form: &str) -> Vec<(String, String)> {
    let doc = Html::parse_document(body);
    let form_sel = Selector::parse(form).unwrap();
    let field = Selector::parse("input, textarea, select").unwrap();
    let selected = Selector::parse("option[selected]").unwrap();
    let form = doc.select(&form_sel).next().expect("the form");
    let mut out = Vec::new();
    for f in form.select(&field) {
        let e = f.value();
        let Some(name) = e.attr("name") else { continue };
        let value = match e.name() {
            "textarea" => f.text().collect::<String>(),
            "select" => f
                .select(&selected)
                .next()
                .and_then(|o| o.value().attr("value"))
                .unwrap_or_default()
                .to_string(),
            _ => match e.attr("type") {
                Some("submit") => continue,
                Some("checkbox") if e.attr("checked").is_none() => continue,
                _ => e.attr("value").unwrap_or_default().to_string(),
            },
        };
        out.push((name.to_string(), value));
    }
    out
}

async fn post_fields(
    app: &TestApp,
    client: &reqwest::Client,
    path: &str,
    fields: &[(String, String)],
) -> Page {
    let pairs: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    post_as(app, client, path, &pairs).await
}

#[tokio::test]
async fn every_admin_page_is_in_the_site_language() {
    for lang in Lang::ALL {
        let t = Tr::new(lang);
        let app = TestApp::spawn().await;
        app.set("site.title", "Acta diurna").await;
        app.set("site.language", lang.code()).await;
        let article = app.add_article(LATIN).await;
        add_user(&app, "tiro", Role::Admin).await;

        // Sign-in, and a refused sign-in.
        let login = app.get_as(&visitor(), "/admin/login").await;
        check("the sign-in page", &login, lang);
        let staff = visitor();
        let wrong = sign_in(&app, &staff, "tiro", "non est").await;
        assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
        assert!(
            wrong
                .text("#login-error")
                .contains(&t.t("admin-login-wrong"))
        );
        assert_no_english("the refused sign-in", &wrong.body, lang, ALLOWED);
        let ok = sign_in(&app, &staff, "tiro", PASSWORD).await;
        assert_eq!(ok.status, StatusCode::SEE_OTHER, "{lang}");

        // Held, approved and spam comments, one of them reported and edited.
        let mut ids = Vec::new();
        for (who, text) in [
            ("Marcus", "Veni, vidi, vici."),
            ("Livia", "Alea iacta est."),
            ("Gaius", "Carpe diem."),
        ] {
            let email = format!("{}@example.com", who.to_lowercase());
            ids.push(
                app.comment_as(&visitor(), article, who, &email, text, None)
                    .await,
            );
        }
        moderate(&app, ids[1], ModerationAction::Approve).await;
        moderate(&app, ids[2], ModerationAction::Spam).await;

        let dashboard = app.get_as(&staff, "/admin/dashboard").await;
        check("the dashboard", &dashboard, lang);
        assert!(
            visible_text(&dashboard.body).contains(&t.t("admin-dashboard-latest")),
            "{lang}"
        );
        for status in ["pending", "approved", "spam", "trash", "all", "picks"] {
            let queue = app
                .get_as(&staff, &format!("/admin/comments?status={status}"))
                .await;
            check(&format!("the {status} queue"), &queue, lang);
        }
        let all = app.get_as(&staff, "/admin/comments?status=all").await;
        for s in ["pending", "approved", "spam"] {
            let label = t.t(&format!("admin-row-{s}"));
            assert!(
                all.body
                    .contains(&format!(r#"<span class="queue-status">{label}</span>"#)),
                "{lang}: no {s} row"
            );
        }
        let edit = app
            .get_as(&staff, &format!("/admin/comments/{}/edit", ids[0]))
            .await;
        check("the comment editor", &edit, lang);

        check(
            "the articles list",
            &app.get_as(&staff, "/admin/articles").await,
            lang,
        );
        check(
            "the article editor",
            &app.get_as(&staff, &format!("/admin/articles/{article}"))
                .await,
            lang,
        );
        check(
            "a new article",
            &app.get_as(&staff, "/admin/articles/new").await,
            lang,
        );
        check(
            "an article just saved",
            &app.get_as(&staff, &format!("/admin/articles/{article}?done=saved"))
                .await,
            lang,
        );

        // Commenters: a record with a sanction, the list, a refusal.
        let ok = app
            .cli(&["commenters", "suspend", "gaius@example.com", "--days", "3"])
            .await;
        assert!(ok.status.success(), "{lang}");
        let record = app
            .get_as(&staff, "/admin/commenters?email=gaius@example.com")
            .await;
        check("a commenter's page", &record, lang);
        check(
            "the sanctions in force",
            &app.get_as(&staff, "/admin/commenters").await,
            lang,
        );
        let csrf = record.attr("input[name=_csrf]", "value").unwrap();
        let refused = post_as(
            &app,
            &staff,
            "/admin/commenters",
            &[("_csrf", &csrf), ("target", "non est"), ("action", "ban")],
        )
        .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{lang}");
        assert_no_english("a sanction refused", &refused.body, lang, ALLOWED);

        // Notice and action: the reader's form, staff's desk.
        check(
            "the illegal-content notice form",
            &app.get_as(&visitor(), &format!("/comments/{}/illegal", ids[1]))
                .await,
            lang,
        );
        check(
            "notices and appeals",
            &app.get_as(&staff, "/admin/notices").await,
            lang,
        );

        // Settings: saved as they are, the notice says so.
        let settings = app.get_as(&staff, "/admin/settings").await;
        // robots.txt is shown as the site serves it.
        let robots = ["Disallow: /comments/", "Disallow: /admin/"];
        check_with("the settings page", &settings, lang, &robots);
        let fields = form_fields(&settings.body, "form.settings-form");
        let saved = post_fields(&app, &staff, "/admin/settings", &fields).await;
        assert_eq!(
            saved.status,
            StatusCode::SEE_OTHER,
            "{lang}: {}",
            saved.body
        );
        let after = app.get_as(&staff, &saved.location()).await;
        check_with("the settings saved notice", &after, lang, &robots);
        assert_eq!(after.text("#saved"), t.t("admin-settings-saved"));

        check(
            "the federation page",
            &app.get_as(&staff, "/admin/federation").await,
            lang,
        );

        // Privacy: the page, a refusal, then the erasure's notice.
        let privacy = app.get_as(&staff, "/admin/privacy").await;
        check("the privacy page", &privacy, lang);
        let csrf = privacy.attr("input[name=_csrf]", "value").unwrap();
        let refused = post_as(
            &app,
            &staff,
            "/admin/privacy",
            &[("_csrf", &csrf), ("email", "non-est"), ("action", "erase")],
        )
        .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_no_english("the privacy refusal", &refused.body, lang, ALLOWED);
        let erased = post_as(
            &app,
            &staff,
            "/admin/privacy",
            &[
                ("_csrf", &csrf),
                ("email", "marcus@example.com"),
                ("action", "erase"),
                ("how", "anonymize"),
                ("confirm", "yes"),
            ],
        )
        .await;
        check("the erasure notice", &erased, lang);
        let notice = t.args(
            "admin-privacy-anonymised",
            &[("count", 1.into()), ("email", "marcus@example.com".into())],
        );
        assert!(erased.text("[role=status]").contains(&notice), "{lang}");
    }
}

#[tokio::test]
async fn the_settings_page_sets_the_site_language_and_refuses_others() {
    let app = TestApp::spawn().await;
    add_user(&app, "tiro", Role::Admin).await;
    let staff = visitor();
    sign_in(&app, &staff, "tiro", PASSWORD).await;
    let page = app.get_as(&staff, "/admin/settings").await;
    // The select lists every shipped language by its own name.
    for lang in Lang::ALL {
        assert!(
            page.body.contains(&format!(
                r#"<option value="{}" lang="{}""#,
                lang.code(),
                lang.code()
            )) && page.body.contains(lang.name()),
            "{lang}"
        );
    }
    assert_eq!(
        page.attr("#site-language option[selected]", "value")
            .as_deref(),
        Some("en")
    );

    // An unknown value comes back refused, with the languages to choose.
    let mut fields = form_fields(&page.body, "form.settings-form");
    for (k, v) in &mut fields {
        if k == "site.language" {
            *v = "tlh".into();
        }
    }
    let refused = post_fields(&app, &staff, "/admin/settings", &fields).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let error = refused.text("#site-language-error");
    assert!(error.contains("“tlh”"), "{error}");
    for lang in Lang::ALL {
        assert!(
            error.contains(&format!("{} ({})", lang.name(), lang.code())),
            "{error}"
        );
    }
    assert!(app.get("/").await.body.contains(&html_tag(Lang::En)));

    // Arabic, chosen on the form: the site and the admin follow.
    for (k, v) in &mut fields {
        if k == "site.language" {
            *v = "ar".into();
        }
    }
    let saved = post_fields(&app, &staff, "/admin/settings", &fields).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let after = app.get_as(&staff, &saved.location()).await;
    assert!(after.body.contains(&html_tag(Lang::Ar)));
    assert_eq!(
        after.text("#saved"),
        Tr::new(Lang::Ar).t("admin-settings-saved")
    );
    assert_eq!(
        after
            .attr("#site-language option[selected]", "value")
            .as_deref(),
        Some("ar")
    );
    assert!(app.get("/").await.body.contains(&html_tag(Lang::Ar)));
}

#[tokio::test]
async fn the_cli_reports_in_the_site_language() {
    let (app, article) = TestApp::with_article().await;
    let id = app
        .comment_as(
            &visitor(),
            article,
            "Marcus",
            "marcus@example.com",
            "Veni, vidi, vici.",
            None,
        )
        .await;
    let second = app
        .comment_as(
            &visitor(),
            article,
            "Livia",
            "livia@example.com",
            "Alea iacta est.",
            None,
        )
        .await;

    app.set("site.language", "fr").await;
    let out = app.cli(&["comments", "approve", &id.to_string()]).await;
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        stdout(&out).trim(),
        format!("1 commentaire approuvé : {id}")
    );
    let out = app.cli(&["comments", "list"]).await;
    assert!(stdout(&out).contains("approuvé"), "{}", stdout(&out));
    // A refused language: in French, with the codes to choose from.
    let out = app.cli(&["settings", "set", "site.language", "tlh"]).await;
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(
        err.contains("langue inconnue « tlh »") && err.contains("en, fr, de, es, pl, ar"),
        "{err}"
    );
    // Any other refused value: what the setting takes, in French.
    let out = app
        .cli(&["settings", "set", "articles.per_page", "0"])
        .await;
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(
        err.contains("articles.per_page doit être un nombre de 1 à 100, et non « 0 »"),
        "{err}"
    );

    app.set("site.language", "ar").await;
    let both = format!("{id} {second}");
    let args: Vec<&str> = ["comments", "spam"]
        .into_iter()
        .chain(both.split(' '))
        .collect();
    let out = app.cli(&args).await;
    assert!(out.status.success(), "{}", stderr(&out));
    let mut sorted = [id, second];
    sorted.sort_unstable();
    assert_eq!(
        stdout(&out).trim(),
        format!("وُسم تعليقان كمزعجين: {}, {}", sorted[0], sorted[1])
    );
    let out = app.cli(&["privacy", "erase", "livia@example.com"]).await;
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out).trim(), "جُهِّل تعليق واحد لـ livia@example.com");
    let out = app.cli(&["settings", "set", "site.language", "xx"]).await;
    let err = stderr(&out);
    assert!(
        err.contains("لغة غير معروفة «xx»") && err.contains("en, fr, de, es, pl, ar"),
        "{err}"
    );
}

/// Posts the article editor's form as a browser does (multipart).
async fn post_editor(
    app: &TestApp,
    client: &reqwest::Client,
    fields: &[(&str, &str)],
    photo: Option<Vec<u8>>,
) -> Page {
    let mut form = reqwest::multipart::Form::new();
    for (k, v) in fields {
        form = form.text(k.to_string(), v.to_string());
    }
    if let Some(bytes) = photo {
        let part = reqwest::multipart::Part::bytes(bytes)
            .file_name("notae.jpg")
            .mime_str("image/jpeg")
            .unwrap();
        form = form.part("photo", part);
    }
    let r = client
        .post(format!("{}/admin/articles/new", app.base))
        .multipart(form)
        .send()
        .await
        .unwrap();
    Page {
        status: r.status(),
        headers: r.headers().clone(),
        body: r.text().await.unwrap(),
    }
}

#[tokio::test]
async fn editor_and_settings_refusals_are_in_the_site_language() {
    use masthead_core::article::form::MAX_SHORT;
    let long = "x".repeat(MAX_SHORT + 1);
    for lang in Lang::ALL {
        let t = Tr::new(lang);
        let app = TestApp::spawn().await;
        app.set("site.title", "Acta diurna").await;
        app.set("site.language", lang.code()).await;
        add_user(&app, "tiro", Role::Admin).await;
        let staff = visitor();
        sign_in(&app, &staff, "tiro", PASSWORD).await;
        let csrf = app
            .get_as(&staff, "/admin/articles/new")
            .await
            .attr("input[name=_csrf]", "value")
            .unwrap();

        // No headline, a standfirst too long: each refused in its field.
        let refused = post_editor(
            &app,
            &staff,
            &[
                ("_csrf", &csrf),
                ("title", " "),
                ("standfirst", &long),
                ("body", "Gallia est omnis divisa in partes tres."),
                ("action", "save"),
            ],
            None,
        )
        .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{lang}");
        assert_eq!(
            refused.text("#title-error"),
            t.t("admin-editor-headline-missing")
        );
        let too_long = t.args(
            "admin-editor-field-too-long",
            &[
                ("field", t.t("admin-editor-standfirst").into()),
                ("limit", MAX_SHORT.into()),
            ],
        );
        assert_eq!(refused.text("#standfirst-error"), too_long);
        assert!(too_long.contains(&t.t("admin-editor-standfirst")), "{lang}");
        assert_no_english("the refused article", &refused.body, lang, ALLOWED);

        // A file that is no image.
        let photo = post_editor(
            &app,
            &staff,
            &[
                ("_csrf", &csrf),
                ("title", "Acta diurna"),
                ("action", "save"),
            ],
            Some(b"non est imago".to_vec()),
        )
        .await;
        assert_eq!(photo.status, StatusCode::UNPROCESSABLE_ENTITY, "{lang}");
        assert!(
            photo
                .text("#editor-error")
                .contains(&t.t("admin-photo-not-an-image")),
            "{lang}: {}",
            photo.body
        );
        assert_no_english("the refused photo", &photo.body, lang, ALLOWED);
        assert_eq!(app.store.count_articles().await.unwrap(), 0);

        // A setting out of range, told in the language with its key and value.
        let settings = app.get_as(&staff, "/admin/settings").await;
        let mut fields = form_fields(&settings.body, "form.settings-form");
        for (k, v) in &mut fields {
            if k == "articles.per_page" {
                *v = "0".into();
            }
        }
        let refused = post_fields(&app, &staff, "/admin/settings", &fields).await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{lang}");
        let error = refused.text("#articles-per_page-error");
        let expected = t.args(
            "admin-expected-number",
            &[("min", 1.into()), ("max", 100.into())],
        );
        assert!(
            error.contains("articles.per_page") && error.contains(&expected),
            "{lang}: {error}"
        );
        let robots = ["Disallow: /comments/", "Disallow: /admin/"];
        let allowed: Vec<&str> = ALLOWED
            .iter()
            .chain(&robots)
            .chain(&["articles.per_page"])
            .copied()
            .collect();
        assert_no_english("the refused setting", &refused.body, lang, &allowed);
        if lang != Lang::En {
            assert!(!error.contains("must be"), "{lang}: {error}");
        }

        // An unknown queue status.
        let queue = app.get_as(&staff, "/admin/comments?status=lost").await;
        assert_eq!(queue.status, StatusCode::BAD_REQUEST, "{lang}");
        assert!(
            queue
                .body
                .contains(&t.s("admin-queue-unknown-status", "status", "lost")),
            "{lang}: {}",
            queue.body
        );
        assert_no_english("the unknown status", &queue.body, lang, ALLOWED);
    }
}
