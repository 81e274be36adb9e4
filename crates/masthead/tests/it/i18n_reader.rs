//! The reader's pages in every shipped language: on a site whose own words
//! are Latin, no English is left on the home page, an article with its
//! comment pages, the author's held comment, a reply, search, 404, privacy,
//! the edit and report pages, a notice, an outside page's thread, or in the
//! feeds' titles; dates, counts and direction read as the language does.
use crate::embed::{BLOG, PAGE, q};
use crate::helpers::{Page, TestApp, assert_no_english, visitor};
use masthead_core::chrono::{FixedOffset, TimeZone, Utc};
use masthead_core::i18n::{Lang, Tr};
use masthead_testkit::english_leftovers;
use reqwest::StatusCode;

const LOREM: &str = r#"+++
title = "Lorem ipsum dolor"
slug = "lorem-ipsum"
standfirst = "Consectetur adipiscing elit."
byline = "Cicero"
published = 2017-11-14T12:12:00Z
contributors = ["Tiro", "Atticus"]
[source]
name = "Acta Senatus"
url = "https://acta.example.org/"
+++
Lorem ipsum dolor sit amet, eiusmod tempor incididunt ut labore.

Ut enim ad minim veniam, quis nostrud exercitation.
"#;

const ARTICLE: &str = "/articles/lorem-ipsum";

/// The site's and the commenters' own words: not the site's language's
/// business, and not English either.
const ALLOWED: &[&str] = &[
    "Acta Diurna",
    "Lorem ipsum dolor sit amet",
    "Lorem ipsum dolor",
    "Cicero",
    "Tiro",
    "Atticus",
    "Acta Senatus",
    "Marcus",
    "Livia",
    "Gaius",
    "Julia",
    "Quintus",
    "Sextus",
];

/// 2017-11-14 12:12 UTC: the first comment's time, 13:12 on the site (UTC+1).
const KNOWN: i64 = 1_510_661_520;

struct Site {
    app: TestApp,
    article: i64,
    /// The approved comments, oldest first.
    comments: Vec<i64>,
    /// A visitor whose comment is held (and who may still edit it).
    author: reqwest::Client,
    held: i64,
}

async fn latin_site() -> Site {
    let app = TestApp::spawn().await;
    app.set("site.title", "Acta Diurna").await;
    app.set("site.description", "Lorem ipsum dolor sit amet")
        .await;
    app.set("site.utc_offset_minutes", "60").await;
    app.set("comments.page_comments", "2").await;
    app.set("comments.report_threshold", "1000").await;
    app.set("embed.allowed_origins", BLOG).await;
    let article = app.add_article(LOREM).await;
    let mut comments = Vec::new();
    for (i, name) in ["Marcus", "Livia", "Gaius", "Julia", "Quintus"]
        .iter()
        .enumerate()
    {
        let id = app
            .approved_comment(article, name, &format!("Lorem ipsum {i}."), None)
            .await;
        if i == 0 {
            // A known time for the date check; later comments move the
            // page version, so no cached page holds the old one.
            let pool = app.db.pool().await;
            sqlx::query("UPDATE comments SET created_at = $1 WHERE id = $2")
                .bind(KNOWN)
                .bind(id)
                .execute(&pool)
                .await
                .unwrap();
        }
        comments.push(id);
    }
    let author = visitor();
    let held = app
        .comment_as(
            &author,
            article,
            "Sextus",
            "sextus@example.com",
            "Lorem ipsum sextus.",
            None,
        )
        .await;
    Site {
        app,
        article,
        comments,
        author,
        held,
    }
}

fn ok(what: &str, page: &Page) {
    assert_eq!(page.status, StatusCode::OK, "{what}:\n{}", page.body);
}

#[tokio::test]
async fn reader_pages_leave_no_english_in_any_language() {
    let site = latin_site().await;
    let app = &site.app;
    let reported = site.comments[1];
    for lang in Lang::ALL {
        app.set("site.language", lang.code()).await;
        let t = Tr::new(lang);
        let mut pages: Vec<(&str, Page)> = Vec::new();

        pages.push(("the home page", app.get("/").await));
        let article = app.get(ARTICLE).await;
        assert!(article.has(".comment-navigation .comments-older"), "{lang}");
        assert!(article.has(".comment-orders"), "{lang}");
        pages.push(("the article page", article));
        let first = app.get(&format!("{ARTICLE}/comment-page-1/")).await;
        assert!(first.has(".comment-navigation .comments-newer"), "{lang}");
        pages.push(("the first comment page", first));
        pages.push((
            "the article in another order",
            app.get(&format!("{ARTICLE}?csort=best")).await,
        ));

        let own = app.get_as(&site.author, ARTICLE).await;
        assert_eq!(
            own.text(&format!(
                "#comment-{} .comment-awaiting-moderation",
                site.held
            )),
            t.t("comment-awaiting-moderation"),
            "{lang}"
        );
        assert!(own.has(".comment-edit-link"), "{lang}");
        pages.push(("the author's own held comment", own));

        let reply = app
            .get(&format!("{ARTICLE}?replytocom={}", site.comments[4]))
            .await;
        assert_eq!(reply.text("#reply-to-name"), "Quintus", "{lang}");
        assert!(!reply.has("#cancel-comment-reply-link[hidden]"), "{lang}");
        pages.push(("a reply", reply));

        let hits = app.get("/search?q=eiusmod").await;
        assert_eq!(
            hits.text(".search-count"),
            t.t("search-one-result"),
            "{lang}"
        );
        pages.push(("search with a hit", hits));
        let none = app.get("/search?q=zzyzx").await;
        assert_eq!(none.text(".search-count"), t.t("search-no-match"), "{lang}");
        pages.push(("search with no hits", none));
        pages.push(("the empty search page", app.get("/search").await));

        let missing = app.get("/no-such-page-at-all").await;
        assert_eq!(missing.status, StatusCode::NOT_FOUND, "{lang}");
        pages.push(("the 404 page", missing));
        pages.push(("the privacy page", app.get("/privacy/").await));
        pages.push((
            "the edit page",
            app.get_as(&site.author, &format!("/comments/{}/edit", site.held))
                .await,
        ));
        pages.push((
            "the report page",
            app.get(&format!("/comments/{reported}/report")).await,
        ));
        let thanks = visitor()
            .post(format!("{}/comments/{reported}/report", app.base))
            .form(&[("reason", "spam"), ("details", "")])
            .send()
            .await
            .unwrap();
        let thanks = Page {
            status: thanks.status(),
            headers: thanks.headers().clone(),
            body: thanks.text().await.unwrap(),
        };
        assert!(thanks.body.contains(&t.t("report-sent")), "{lang}");
        pages.push(("the notice after a report", thanks));
        pages.push((
            "an outside page's thread",
            app.get(&format!("/thread?{}&title=Lorem%20ipsum", q(PAGE)))
                .await,
        ));

        for (what, page) in &pages {
            if *what != "the 404 page" {
                ok(what, page);
            }
            assert!(
                page.body.contains(&format!(
                    r#"<html lang="{}" dir="{}">"#,
                    lang.code(),
                    lang.dir()
                )),
                "{what} in {lang}"
            );
            assert_no_english(what, &page.body, lang, ALLOWED);
        }
    }
    let _ = site.article;
}

/// The titles (channel and items) of an RSS feed, unescaped.
fn feed_titles(xml: &str) -> Vec<String> {
    xml.split("<title>")
        .skip(1)
        .filter_map(|s| s.split_once("</title>").map(|(t, _)| t))
        .map(|t| {
            t.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&apos;", "'")
                .replace("&amp;", "&")
        })
        .collect()
}

#[tokio::test]
async fn feeds_are_titled_in_the_site_language() {
    let site = latin_site().await;
    let app = &site.app;
    for lang in Lang::ALL {
        app.set("site.language", lang.code()).await;
        let t = Tr::new(lang);
        let site_feed = app.get("/comments/feed/").await;
        ok("the comments feed", &site_feed);
        let titles = feed_titles(&site_feed.body);
        assert_eq!(
            titles[0],
            t.s("feed-site-comments", "site", "Acta Diurna"),
            "{lang}"
        );
        let on = t.args(
            "feed-comment-on",
            &[
                ("title", "Lorem ipsum dolor".into()),
                ("author", "Quintus".into()),
            ],
        );
        assert!(titles.contains(&on), "{lang}: {titles:?}");
        let article_feed = app.get(&format!("{ARTICLE}/feed/")).await;
        ok("the article's comments feed", &article_feed);
        let article_titles = feed_titles(&article_feed.body);
        assert_eq!(
            article_titles[0],
            t.s("feed-article-comments", "title", "Lorem ipsum dolor"),
            "{lang}"
        );
        assert!(
            article_titles.contains(&t.s("feed-comment-by", "author", "Livia")),
            "{lang}: {article_titles:?}"
        );
        let all = [titles, article_titles].concat().join("\n");
        let left = english_leftovers(&all, lang, ALLOWED);
        assert!(left.is_empty(), "feed titles in {lang}: {left:?}\n{all}");
        // The article page's link to its comments feed is titled alike.
        let page = app.get(ARTICLE).await;
        let feed_link = page.attr(r#"link[href="/articles/lorem-ipsum/feed/"]"#, "title");
        assert_eq!(
            feed_link,
            Some(t.args(
                "article-comments-feed",
                &[
                    ("site", "Acta Diurna".into()),
                    ("title", "Lorem ipsum dolor".into())
                ],
            )),
            "{lang}"
        );
    }
}

#[tokio::test]
async fn dates_counts_and_direction_read_as_the_language_does() {
    let site = latin_site().await;
    let app = &site.app;
    let offset = FixedOffset::east_opt(3600).unwrap();
    let known = Utc.timestamp_opt(KNOWN, 0).unwrap().with_timezone(&offset);

    // French: the comment's date and time and the article's day, as ICU writes them.
    app.set("site.language", "fr").await;
    let fr = Tr::new(Lang::Fr);
    let first = app.get(&format!("{ARTICLE}/comment-page-1/")).await;
    let expected = fr.date_time(&known);
    assert!(
        expected.starts_with("14 novembre 2017") && expected.contains("13:12"),
        "{expected}"
    );
    assert_eq!(
        first.text(&format!(
            "#comment-{} .comment-permalink time",
            site.comments[0]
        )),
        expected
    );
    assert_eq!(first.text(".article-header .meta time"), fr.date(&known));
    assert_eq!(first.text(".byline"), "Par Cicero");
    assert_eq!(
        first.text(".contributors"),
        "Avec la contribution de Tiro et Atticus."
    );
    assert_eq!(
        first.text("h2.comments-title"),
        "5 commentaires sur «\u{a0}Lorem ipsum dolor\u{a0}»"
    );
    assert_eq!(
        first
            .text("#reply-title")
            .trim_end_matches(&fr.t("cancel-reply"))
            .trim(),
        "Laisser un commentaire"
    );
    assert!(
        first.body.contains(
            r#"Les champs obligatoires sont indiqués avec <span class="required">*</span>"#
        )
    );
    assert!(
        first
            .body
            .contains("Votre adresse e-mail ne sera pas publiée.")
    );

    // Polish: five comments are "5 komentarzy", on the home page and over the discussion.
    app.set("site.language", "pl").await;
    let home = app.get("/").await;
    assert!(
        home.text(".article-summary .meta").contains("5 komentarzy"),
        "{}",
        home.text(".article-summary .meta")
    );
    let article = app.get(ARTICLE).await;
    assert_eq!(
        article.text("h2.comments-title"),
        "5 komentarzy do „Lorem ipsum dolor”"
    );

    // Arabic: right to left, from the <html> element down.
    app.set("site.language", "ar").await;
    for path in ["/", ARTICLE, "/search?q=eiusmod", "/privacy/"] {
        let page = app.get(path).await;
        assert!(
            page.body.contains(r#"<html lang="ar" dir="rtl">"#),
            "{path}: {}",
            &page.body[..200]
        );
    }
    let article = app.get(ARTICLE).await;
    assert_eq!(
        article.text("h2.comments-title"),
        format!(
            "{} تعليقات على «Lorem ipsum dolor»",
            Tr::new(Lang::Ar).number(5)
        )
    );
}
