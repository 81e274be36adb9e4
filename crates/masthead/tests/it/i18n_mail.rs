//! Notification mail and the /mail/ pages in every shipped language, through
//! the real parts of notify.rs: masthead's outbox worker, a real SMTP server
//! (aiosmtpd) and the pages the links open. Each mail is decoded twice, by
//! `mail-parser` and by Python's `email` package (RFC 2047 subjects,
//! quoted-printable or base64 bodies), and both must read the same words.
use crate::helpers::{TestApp, assert_no_english, visible_text};
use crate::notify::{
    Mail, Sink, comment, config, get, post_link, python, quiet_site, start_worker,
};
use masthead_core::comment::CommentStatus;
use masthead_core::i18n::{Lang, Tr};
use masthead_core::ids::CommentId;
use masthead_core::notify::MailWords;
use masthead_core::settings::SiteSettings;
use masthead_testkit::english_leftovers;
use reqwest::StatusCode;
use std::path::Path;
use std::process::Command;

const SITE: &str = "Kurier";
/// The article the comments are on: Polish, CJK and Arabic in one title,
/// so subjects must carry all three through RFC 2047.
const TITLE: &str = "Zażółć gęślą jaźń — 東京の新聞 — أخبار اليوم";
const ALICE: &str = "Alicja Żółkiewska";
const BOB: &str = "محمد 李";
const ALICE_TEXT: &str = "Pierwsza myśl: źdźbło.";
const BOB_TEXT: &str = "ردّ قصير — 短い返事.";

fn article_file() -> String {
    format!(
        "+++\ntitle = \"{TITLE}\"\nslug = \"mail-i18n\"\nstandfirst = \"Lead.\"\n\
         byline = \"Staff\"\npublished = 2024-05-01T10:00:00Z\n+++\n\nText.\n"
    )
}

/// The subject and text as Python's `email` package reads the file.
fn python_reads(py: &Path, mail: &Mail) -> (String, String) {
    let script = r#"
import email, email.policy, json, sys
raw = open(sys.argv[1], "rb").read()
raw = raw[raw.index(b"\n\n") + 2:]
m = email.message_from_bytes(raw, policy=email.policy.default)
print(json.dumps({"subject": str(m["subject"]), "body": m.get_body(("plain",)).get_content()}))
"#;
    let out = Command::new(py)
        .arg("-c")
        .arg(script)
        .arg(&mail.path)
        .output()
        .expect("python");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    (
        v["subject"].as_str().unwrap_or_default().to_string(),
        v["body"].as_str().unwrap_or_default().to_string(),
    )
}

/// The mail's text without its links (tokens are not words).
fn words_of(text: &str) -> String {
    text.split_whitespace()
        .filter(|w| !w.starts_with("http"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Subject and body are in `lang`, decode the same both ways and say
/// what `expect_subject` says.
fn check_mail(py: &Path, lang: Lang, what: &str, m: &Mail, expect_subject: &str) {
    assert_eq!(m.subject, expect_subject, "{lang}: {what}");
    let (subject, body) = python_reads(py, m);
    assert_eq!(
        subject, m.subject,
        "{lang}: {what}: Python reads the subject"
    );
    assert_eq!(
        body.trim_end(),
        m.body.trim_end(),
        "{lang}: {what}: Python reads the body"
    );
    if lang != Lang::En {
        // Encoded as MIME says: nothing but ASCII on the wire.
        let raw = std::fs::read(&m.path).expect("raw");
        assert!(raw.is_ascii(), "{lang}: {what}: 8-bit bytes on the wire");
    }
    let allowed = [SITE, TITLE, ALICE, BOB, ALICE_TEXT, BOB_TEXT];
    let text = format!("{}\n{}", m.subject, words_of(&m.body));
    let left = english_leftovers(&text, lang, &allowed);
    assert!(
        left.is_empty(),
        "{lang}: {what} has English: {left:?}\n{text}"
    );
}

/// An HTML page in `lang`: `<html lang dir>` and no English.
fn check_page(lang: Lang, what: &str, html: &str) {
    let tag = format!(r#"<html lang="{}" dir="{}">"#, lang.code(), lang.dir());
    assert!(html.contains(&tag), "{lang}: {what}");
    assert_no_english(what, html, lang, &[SITE, ALICE, BOB, ALICE_TEXT, BOB_TEXT]);
}

async fn written_at(app: &TestApp, id: i64) -> masthead_core::Timestamp {
    app.store
        .comment(CommentId(id))
        .await
        .expect("read")
        .expect("comment")
        .created_at
}

fn token(link: &str) -> String {
    link.split("token=").nth(1).unwrap_or_default().to_string()
}

async fn mails_in(lang: Lang) {
    let Some(py) = python() else { return };
    let sink = Sink::start(py.clone());
    let (app, _) = quiet_site().await;
    let article = app.add_article(&article_file()).await;
    app.set("site.title", SITE).await;
    app.set("site.description", SITE).await;
    app.set("site.language", lang.code()).await;
    // Dates are written in the site's offset.
    app.set("site.utc_offset_minutes", "150").await;
    let (settings, _) = SiteSettings::load(app.store.as_ref())
        .await
        .expect("settings");
    let w = MailWords::of(&settings);
    let t = Tr::new(lang);
    start_worker(&app, config(Some(sink.url()))).await;

    // Alice's first comment is held: the moderator is told, she is asked
    // to confirm her address.
    let alice = comment(&app, article, ALICE, "alice@example.org", ALICE_TEXT, true).await;
    let mails = sink.wait_for(2).await;
    let held = mails
        .iter()
        .find(|m| m.to() == "mod@example.org")
        .expect("held");
    let confirm = mails
        .iter()
        .find(|m| m.to() == "alice@example.org")
        .expect("confirm");
    let subject = t.args(
        "mail-held-subject",
        &[
            ("site", SITE.into()),
            ("article", TITLE.into()),
            ("author", ALICE.into()),
        ],
    );
    check_mail(&py, lang, "moderator notice", held, &subject);
    let date = w.date(written_at(&app, alice).await);
    assert!(
        held.body
            .contains(&t.args("mail-held-written", &[("date", date.as_str().into())])),
        "{lang}: {}",
        held.body
    );
    assert!(held.body.contains(&format!("> {ALICE_TEXT}")));
    assert!(
        held.body.contains(&t.args(
            "mail-reason-first-comments",
            &[("approved", 0.into()), ("needed", 1.into())]
        )),
        "{lang}: the reason in the mail's words: {}",
        held.body
    );
    check_mail(
        &py,
        lang,
        "confirmation",
        confirm,
        &t.s("mail-confirm-subject", "site", SITE),
    );
    assert!(confirm.body.contains(&t.t("mail-confirm-ignore")));

    // The confirmation pages: GET asks, POST confirms.
    let link = confirm.link("/mail/confirm?token=");
    let (code, page) = get(&link).await;
    assert_eq!(code, StatusCode::OK);
    check_page(lang, "the confirm page", &page);
    assert!(visible_text(&page).contains(&t.t("mail-button-confirm")));
    let (code, page) = post_link(
        &format!("{}/mail/confirm", app.base),
        &format!("token={}", token(&link)),
    )
    .await;
    assert_eq!(code, StatusCode::OK);
    check_page(lang, "the confirmed page", &page);

    // The moderator's approve link: GET asks, POST approves.
    let approve = held.link("/mail/moderate?token=");
    let (code, page) = get(&approve).await;
    assert_eq!(code, StatusCode::OK);
    check_page(lang, "the moderate page", &page);
    let (code, page) = post_link(
        &format!("{}/mail/moderate", app.base),
        &format!("token={}", token(&approve)),
    )
    .await;
    assert_eq!(code, StatusCode::OK, "{page}");
    check_page(lang, "the moderated page", &page);
    assert_eq!(
        crate::notify::status(&app, alice).await,
        CommentStatus::Approved
    );
    // The same link again: no longer held, said in the site's language.
    let (code, page) = get(&approve).await;
    assert_eq!(code, StatusCode::OK);
    check_page(lang, "the moderate page, done already", &page);
    assert!(visible_text(&page).contains(&t.t("mail-status-approved")));

    // Alice is told her comment is published.
    let mails = sink.wait_for(3).await;
    let approved = &mails[2];
    assert_eq!(approved.to(), "alice@example.org");
    let subject = t.args(
        "mail-approved-subject",
        &[("site", SITE.into()), ("article", TITLE.into())],
    );
    check_mail(&py, lang, "approval notice", approved, &subject);

    // Bob's comment goes straight up: Alice, following, is told.
    app.set("comments.require_previously_approved", "false")
        .await;
    let bob = comment(&app, article, BOB, "bob@example.org", BOB_TEXT, false).await;
    let mails = sink.wait_for(4).await;
    let reply = &mails[3];
    assert_eq!(reply.to(), "alice@example.org");
    let subject = t.args(
        "mail-reply-subject",
        &[
            ("site", SITE.into()),
            ("article", TITLE.into()),
            ("author", BOB.into()),
        ],
    );
    check_mail(&py, lang, "reply notification", reply, &subject);
    let date = w.date(written_at(&app, bob).await);
    assert!(reply.body.contains(&date), "{lang}: {date}\n{}", reply.body);
    assert!(reply.body.contains(&format!("> {BOB_TEXT}")));

    // Unsubscribing from it: the page asks, the one-click POST is done.
    let url = reply
        .header("list-unsubscribe")
        .unwrap_or_default()
        .trim_matches(['<', '>'])
        .to_string();
    let (code, page) = get(&url).await;
    assert_eq!(code, StatusCode::OK);
    check_page(lang, "the unsubscribe page", &page);
    assert!(visible_text(&page).contains(&t.t("mail-button-unsubscribe")));
    let (code, page) = post_link(&url, "List-Unsubscribe=One-Click").await;
    assert_eq!(code, StatusCode::OK);
    check_page(lang, "the unsubscribed page", &page);

    // A link that is not one: refused in the site's words.
    let (code, page) = get(&format!("{}/mail/confirm?token=n1.x", app.base)).await;
    assert_eq!(code, StatusCode::BAD_REQUEST);
    assert!(
        visible_text(&page).contains(&t.t("mail-link-invalid")),
        "{lang}: {page}"
    );
}

macro_rules! every_language {
    ($($name:ident: $lang:expr),* $(,)?) => {$(
        #[tokio::test]
        async fn $name() {
            mails_in($lang).await;
        }
    )*};
}

every_language! {
    i18n_mail_en: Lang::En,
    i18n_mail_fr: Lang::Fr,
    i18n_mail_de: Lang::De,
    i18n_mail_es: Lang::Es,
    i18n_mail_pl: Lang::Pl,
    i18n_mail_ar: Lang::Ar,
}

#[test]
fn i18n_mail_digest_subjects_use_each_plural_form() {
    use masthead_core::notify::digest;
    let subject = |lang: Lang, n: usize| {
        let w = MailWords {
            tr: Tr::new(lang),
            ..MailWords::default()
        };
        digest(w, SITE, &vec![String::new(); n]).subject
    };
    assert_eq!(
        subject(Lang::En, 1),
        "[Kurier] 1 comment held for moderation"
    );
    assert_eq!(
        subject(Lang::Pl, 2),
        "[Kurier] 2 komentarze czekają na moderację"
    );
    assert_eq!(
        subject(Lang::Pl, 5),
        "[Kurier] 5 komentarzy czeka na moderację"
    );
    assert_eq!(
        subject(Lang::Pl, 22),
        "[Kurier] 22 komentarze czekają na moderację"
    );
    assert_eq!(subject(Lang::Ar, 2), "[Kurier] تعليقان بانتظار الإشراف");
    // Digits as ICU writes numbers for the language.
    let ar = Tr::new(Lang::Ar);
    assert_eq!(
        subject(Lang::Ar, 3),
        format!("[Kurier] {} تعليقات بانتظار الإشراف", ar.number(3))
    );
    assert_eq!(
        subject(Lang::Ar, 11),
        format!("[Kurier] {} تعليقًا بانتظار الإشراف", ar.number(11))
    );
    for lang in Lang::ALL {
        for n in [1, 2, 3, 5, 11, 22, 100, 1234] {
            let s = subject(lang, n);
            assert!(
                english_leftovers(&s, lang, &[SITE]).is_empty() && !s.contains("mail-"),
                "{lang} {n}: {s}"
            );
        }
    }
}
