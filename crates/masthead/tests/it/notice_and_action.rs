//! Notice and action (issue 28, part 6; EU DSA articles 16, 17 and 20), end
//! to end through the real SMTP server, in every language the site speaks:
//! a reader's notice of illegal content → its acknowledgement → staff
//! remove the comment → the notifier hears the decision and the author gets
//! a statement of reasons (by mail, and on the comment's own page) → the
//! author appeals through the mail's link → another staff member reverses
//! it → the author hears the outcome. Counted in the transparency report.
use crate::helpers::{PASSWORD, add_user, post_as, sign_in, visible_text, visitor};
use crate::notify::{Mail, Sink, config, python, quiet_site, start_worker, status};
use masthead_core::comment::CommentStatus;
use masthead_core::i18n::{Arg, Lang, Tr};
use masthead_core::user::Role;
use reqwest::StatusCode;

const SITE: &str = "Kurier";
const EXPLANATION: &str = "It calls for violence against a named group of people.";

/// The one mail (of those arrived) whose subject is `subject`.
fn find<'m>(mails: &'m [Mail], subject: &str) -> &'m Mail {
    mails
        .iter()
        .find(|m| m.subject == subject)
        .unwrap_or_else(|| {
            panic!(
                "no mail “{subject}” among {:#?}",
                mails.iter().map(|m| &m.subject).collect::<Vec<_>>()
            )
        })
}

async fn flow(lang: Lang) {
    let Some(py) = python() else { return };
    let sink = Sink::start(py);
    let (app, article) = quiet_site().await;
    app.set("site.title", SITE).await;
    app.set("site.language", lang.code()).await;
    app.set("notify.moderator_emails", "").await;
    start_worker(&app, config(Some(sink.url()))).await;
    let tr = Tr::new(lang);
    let id = app
        .approved_comment(article, "Ann", "Something hateful.", None)
        .await;

    // The notice, from the comment's report page.
    let report = app.get(&format!("/comments/{id}/report")).await;
    assert!(
        report.has(&format!("a[href='/comments/{id}/illegal']")),
        "{lang}"
    );
    let form = app.get(&format!("/comments/{id}/illegal")).await;
    assert_eq!(form.status, StatusCode::OK);
    assert_eq!(form.text("h1"), tr.t("notice-title"));
    let reader = visitor();
    let refused = post_as(
        &app,
        &reader,
        &format!("/comments/{id}/illegal"),
        &[("category", "rude"), ("explanation", "short")],
    )
    .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{lang}");
    assert!(
        refused
            .text("#form-error")
            .contains(&tr.t("notice-error-category"))
    );
    let sent = post_as(
        &app,
        &reader,
        &format!("/comments/{id}/illegal"),
        &[
            ("category", "illegal_or_harmful_speech"),
            ("explanation", EXPLANATION),
            ("name", "Nora Notifier"),
            ("email", "nora@example.org"),
            ("good_faith", "yes"),
        ],
    )
    .await;
    assert_eq!(sent.status, StatusCode::OK, "{lang}: {}", sent.body);
    let category = tr.t("notice-category-illegal-or-harmful-speech");
    let site = Arg::from(SITE);
    let ack = tr.args(
        "notice-ack-subject",
        &[("site", site.clone()), ("id", "1".into())],
    );
    let mails = sink.wait_for(1).await;
    let m = find(&mails, &ack);
    assert_eq!(m.to(), "nora@example.org");
    assert!(m.body.contains(&category), "{lang}: {}", m.body);

    // A moderator removes it.
    add_user(&app, "mo", Role::Moderator).await;
    add_user(&app, "ed", Role::Moderator).await;
    let mo = visitor();
    sign_in(&app, &mo, "mo", PASSWORD).await;
    let desk = app.get_as(&mo, "/admin/notices").await;
    assert!(desk.has("#notice-1"), "{lang}");
    assert!(visible_text(&desk.body).contains(EXPLANATION));
    let csrf = desk.attr("input[name=_csrf]", "value").unwrap();
    let removed = post_as(
        &app,
        &mo,
        "/admin/notices",
        &[("_csrf", &csrf), ("action", "remove:1")],
    )
    .await;
    assert_eq!(
        removed.status,
        StatusCode::SEE_OTHER,
        "{lang}: {}",
        removed.body
    );
    assert_eq!(status(&app, id).await, CommentStatus::Trash);
    let mails = sink.wait_for(3).await;
    let decided = tr.args(
        "notice-decided-subject",
        &[("site", site.clone()), ("id", "1".into())],
    );
    let m = find(&mails, &decided);
    assert_eq!(m.to(), "nora@example.org");
    let statement_subject = tr.args(
        "statement-subject",
        &[("site", site.clone()), ("comment", id.to_string().into())],
    );
    let statement = find(&mails, &statement_subject);
    assert_eq!(statement.to(), "ann@example.com");
    assert!(
        statement.body.contains(&category),
        "{lang}: {}",
        statement.body
    );
    // On the comment's own page, for anyone: the statement, no form.
    let gone = app.get(&format!("/comments/{id}")).await;
    assert_eq!(gone.status, StatusCode::GONE, "{lang}");
    assert_eq!(gone.text("h1"), tr.t("statement-title"));
    assert!(!gone.has("textarea#appeal"));

    // The author appeals through the mail's link.
    let link = statement.link("/statements/");
    let author = visitor();
    let page = author.get(&link).send().await.unwrap();
    assert_eq!(page.status(), StatusCode::OK, "{lang}");
    let token = link.split("token=").nth(1).unwrap().to_string();
    let forged = post_as(
        &app,
        &author,
        "/statements/1",
        &[
            ("token", "ap1.1.0000"),
            ("appeal", "It was satire, not a call."),
        ],
    )
    .await;
    assert_eq!(forged.status, StatusCode::BAD_REQUEST);
    let appealed = post_as(
        &app,
        &author,
        "/statements/1",
        &[
            ("token", &token),
            ("appeal", "It was satire, not a call to anything."),
        ],
    )
    .await;
    assert_eq!(appealed.status, StatusCode::OK, "{lang}: {}", appealed.body);
    assert!(
        appealed
            .text("[role=status]")
            .contains(&tr.t("appeal-sent"))
    );

    // Not by whoever decided; by another.
    let desk = app.get_as(&mo, "/admin/notices").await;
    assert!(desk.has("#appeal-1"), "{lang}");
    let same = post_as(
        &app,
        &mo,
        "/admin/notices",
        &[("_csrf", &csrf), ("action", "reverse:1")],
    )
    .await;
    assert_eq!(same.status, StatusCode::CONFLICT, "{lang}");
    assert!(same.body.contains(&tr.t("notice-error-same-staff")));
    let ed = visitor();
    sign_in(&app, &ed, "ed", PASSWORD).await;
    let csrf = app
        .get_as(&ed, "/admin/notices")
        .await
        .attr("input[name=_csrf]", "value")
        .unwrap();
    let reversed = post_as(
        &app,
        &ed,
        "/admin/notices",
        &[("_csrf", &csrf), ("action", "reverse:1")],
    )
    .await;
    assert_eq!(
        reversed.status,
        StatusCode::SEE_OTHER,
        "{lang}: {}",
        reversed.body
    );
    assert_eq!(status(&app, id).await, CommentStatus::Approved);
    let mails = sink.wait_for(4).await;
    let outcome = tr.args(
        "appeal-decided-subject",
        &[("site", site), ("id", "1".into())],
    );
    let m = find(&mails, &outcome);
    assert_eq!(m.to(), "ann@example.com");
    assert!(
        m.body.contains(&tr.args(
            "appeal-decided-reversed",
            &[("id", "1".into()), ("comment", id.to_string().into())]
        )),
        "{lang}: {}",
        m.body
    );

    // The yearly report counts all of it.
    let out = app.cli(&["moderation", "transparency", "--json"]).await;
    let r: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        r["illegal_content_notices"]["by_kind"]["illegal_or_harmful_speech"],
        1
    );
    assert_eq!(r["statements_of_reasons"]["by_kind"]["law"], 1);
    assert_eq!(r["appeals"]["by_kind"]["reversed"], 1);
}

#[tokio::test]
async fn notice_and_action_runs_end_to_end_in_every_language() {
    for lang in Lang::ALL {
        flow(lang).await;
    }
}

/// Moderators hear of a notice where they work: the chat gets what was
/// reported and the link to decide, never who reported it.
#[tokio::test]
async fn a_notice_reaches_the_moderators_chat() {
    let (app, article) = quiet_site().await;
    let (addr, got) = crate::notify::receiver("/chat").await;
    app.set("notify.chat_webhooks", &format!("http://{addr}/chat"))
        .await;
    start_worker(&app, config(None)).await;
    let id = app
        .approved_comment(article, "Ann", "Something hateful.", None)
        .await;
    let sent = post_as(
        &app,
        &visitor(),
        &format!("/comments/{id}/illegal"),
        &[
            ("category", "violence"),
            ("explanation", EXPLANATION),
            ("name", "Nora Notifier"),
            ("email", "nora@example.org"),
            ("good_faith", "yes"),
        ],
    )
    .await;
    assert_eq!(sent.status, StatusCode::OK);
    let start = std::time::Instant::now();
    let body = loop {
        let said: Vec<String> = got.lock().expect("lock").clone();
        if let Some(b) = said.into_iter().find(|b| b.contains("illegal content")) {
            break b;
        }
        assert!(
            start.elapsed() < std::time::Duration::from_secs(20),
            "no chat message"
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    };
    let msg: serde_json::Value = serde_json::from_str(&body).unwrap();
    let text = msg["text"].as_str().unwrap();
    assert!(
        text.starts_with(&format!(
            "Notice 1: comment {id} was reported as illegal content (Violence or threats)."
        )),
        "{text}"
    );
    assert!(text.contains("/admin/notices|Decide>"), "{text}");
    assert!(
        !body.contains("nora@example.org") && !body.contains("Nora"),
        "{body}"
    );
}

/// A removal or hiding on staff's own initiative is stated too (article
/// 17): the author of a published comment a moderator trashes gets the
/// statement of reasons on the ground of the site's terms, by mail with its
/// appeal link and on the comment's page; one a moderator unapproves hears
/// it was hidden; spam is not stated. In a language other than English, so
/// every word comes from the catalogue.
#[tokio::test]
async fn removals_on_staffs_own_initiative_are_stated_to_their_authors() {
    let Some(py) = python() else { return };
    let sink = Sink::start(py);
    let (app, article) = quiet_site().await;
    let lang = Lang::De;
    app.set("site.title", SITE).await;
    app.set("site.language", lang.code()).await;
    app.set("notify.moderator_emails", "").await;
    start_worker(&app, config(Some(sink.url()))).await;
    let tr = Tr::new(lang);
    let site = Arg::from(SITE);
    let removed = app
        .approved_comment(article, "Ann", "Off-topic rant.", None)
        .await;
    let hidden = app
        .approved_comment(article, "Bea", "Borderline remark.", None)
        .await;
    let spam = app
        .approved_comment(article, "Cid", "Buy cheap watches.", None)
        .await;
    for (verb, id) in [("trash", removed), ("unapprove", hidden), ("spam", spam)] {
        let out = app.cli(&["comments", verb, &id.to_string()]).await;
        assert!(out.status.success(), "{verb}: {out:?}");
    }
    let mails = sink.wait_for(2).await;
    let subject = |key: &str, id: i64| {
        tr.args(
            key,
            &[("site", site.clone()), ("comment", id.to_string().into())],
        )
    };
    let m = find(&mails, &subject("statement-subject", removed));
    assert_eq!(m.to(), "ann@example.com");
    for words in [
        tr.t("statement-decision-removed"),
        tr.t("statement-facts-staff"),
        tr.t("statement-automated-no"),
    ] {
        assert!(m.body.contains(&words), "{words} in {}", m.body);
    }
    let h = find(&mails, &subject("statement-subject-restricted", hidden));
    assert_eq!(h.to(), "bea@example.com");
    assert!(
        h.body.contains(&tr.t("statement-decision-restricted")),
        "{}",
        h.body
    );

    // On each comment's own page, for anyone; the spammed one is just gone.
    for (id, decision) in [
        (removed, "statement-decision-removed"),
        (hidden, "statement-decision-restricted"),
    ] {
        let page = app.get(&format!("/comments/{id}")).await;
        assert_eq!(page.status, StatusCode::GONE, "{id}");
        let text = visible_text(&page.body);
        assert!(text.contains(&tr.t(decision)), "{text}");
        assert!(text.contains(&tr.t("notice-ground-terms")), "{text}");
    }
    assert_eq!(
        app.get(&format!("/comments/{spam}")).await.status,
        StatusCode::NOT_FOUND
    );

    // The mail's link opens the appeal form; approving the comment again
    // takes the statement off its page.
    let link = m.link("/statements/");
    let page = visitor().get(&link).send().await.unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    assert!(page.text().await.unwrap().contains("textarea"));
    let out = app.cli(&["comments", "approve", &hidden.to_string()]).await;
    assert!(out.status.success(), "{out:?}");
    assert_ne!(
        app.get(&format!("/comments/{hidden}")).await.status,
        StatusCode::GONE
    );

    // Counted as statements on the ground of the site's terms.
    let out = app.cli(&["moderation", "transparency", "--json"]).await;
    let r: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(r["statements_of_reasons"]["by_kind"]["terms"], 2, "{r}");
    assert!(
        sink.mails().iter().all(|m| m.to() != "cid@example.com"),
        "nothing for the spam"
    );
}
