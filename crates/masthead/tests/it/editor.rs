//! The article editor over HTTP: drafts, preview, publish, schedule,
//! unpublish, slug redirects, closed discussions, photo uploads and roles.
use crate::helpers::{Page, TestApp, add_user, sign_in, visitor};
use image::{DynamicImage, GenericImageView, ImageFormat, Rgb, RgbImage};
use masthead_core::chrono::{Duration, Utc};
use masthead_core::user::Role;
use reqwest::StatusCode;
use reqwest::multipart::{Form, Part};

pub(crate) async fn editor(app: &TestApp) -> reqwest::Client {
    add_user(app, "ed", Role::Editor).await;
    let client = visitor();
    let r = sign_in(app, &client, "ed", crate::helpers::PASSWORD).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    client
}

/// Posts the editor form as a browser does (multipart), with this session's
/// CSRF token unless `fields` brings its own.
pub(crate) async fn send(
    app: &TestApp,
    client: &reqwest::Client,
    path: &str,
    fields: &[(&str, &str)],
    photo: Option<(&str, Vec<u8>)>,
) -> Page {
    let csrf = app
        .get_as(client, "/admin/articles/new")
        .await
        .attr("input[name=_csrf]", "value")
        .unwrap_or_default();
    let mut form = Form::new();
    if !fields.iter().any(|(k, _)| *k == "_csrf") {
        form = form.text("_csrf", csrf);
    }
    for (k, v) in fields {
        form = form.text(k.to_string(), v.to_string());
    }
    if let Some((name, bytes)) = photo {
        form = form.part(
            "photo",
            Part::bytes(bytes)
                .file_name(name.to_string())
                .mime_str("image/jpeg")
                .unwrap(),
        );
    }
    let r = client
        .post(format!("{}{path}", app.base))
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

fn id_from(location: &str) -> i64 {
    location
        .trim_start_matches("/admin/articles/")
        .split('?')
        .next()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("no article id in {location}"))
}

const STORY: [(&str, &str); 6] = [
    ("title", "Talks resume in Geneva"),
    ("standfirst", "Delegations meet again."),
    ("byline", "Wire staff"),
    (
        "body",
        "First **bold** paragraph.\n\n<script>alert(1)</script>Second paragraph.",
    ),
    ("contributors", "Tovah Lazaoff\nSam Reed"),
    ("comments_open", "on"),
];

fn with<'a>(extra: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut v: Vec<(&str, &str)> = STORY.to_vec();
    v.extend_from_slice(extra);
    v
}

fn section(page: &Page, css: &str) -> String {
    let doc = page.html();
    let sel = scraper::Selector::parse(css).unwrap();
    doc.select(&sel)
        .next()
        .map(|e| e.html())
        .unwrap_or_else(|| panic!("no {css} in\n{}", page.body))
}

#[tokio::test]
async fn a_draft_is_previewed_exactly_as_published_then_unpublished() {
    let app = TestApp::spawn().await;
    let ed = editor(&app).await;
    let saved = send(
        &app,
        &ed,
        "/admin/articles/new",
        &with(&[("action", "save")]),
        None,
    )
    .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert!(
        saved.location().ends_with("?done=saved"),
        "{}",
        saved.location()
    );
    let id = id_from(&saved.location());
    let path = format!("/admin/articles/{id}");

    // A draft is nowhere on the public site.
    let url = "/articles/talks-resume-in-geneva";
    assert_eq!(app.get(url).await.status, StatusCode::NOT_FOUND);
    assert!(!app.get("/").await.body.contains("Talks resume"));
    let editor_page = app.get_as(&ed, &path).await;
    assert_eq!(editor_page.text("#article-state"), "Draft");
    assert_eq!(
        editor_page.attr("#title", "value").as_deref(),
        Some("Talks resume in Geneva")
    );

    // A fixed date, so the comparison below does not depend on the clock.
    let date = ("publish_at", "2026-01-02T03:04");
    let preview = send(
        &app,
        &ed,
        &path,
        &with(&[("action", "preview"), date]),
        None,
    )
    .await;
    assert_eq!(preview.status, StatusCode::OK);
    assert!(preview.has("#preview-banner"));
    assert_eq!(
        preview.attr("meta[name=robots]", "content").as_deref(),
        Some("noindex")
    );
    assert_eq!(preview.headers["cache-control"], "no-store");
    assert_eq!(
        app.get(url).await.status,
        StatusCode::NOT_FOUND,
        "a preview stores nothing"
    );

    let published = send(
        &app,
        &ed,
        &path,
        &with(&[("action", "publish"), date]),
        None,
    )
    .await;
    assert_eq!(published.location(), format!("{path}?done=published"));
    let page = app.get(url).await;
    assert_eq!(page.status, StatusCode::OK);
    // The preview showed the very article readers now get.
    assert_eq!(
        section(&preview, "article.article"),
        section(&page, "article.article")
    );
    assert!(page.body.contains("First <strong>bold</strong> paragraph."));
    assert!(!page.body.contains("<script>alert"));
    assert_eq!(
        page.text(".contributors"),
        "Tovah Lazaoff and Sam Reed contributed to this report."
    );
    assert!(app.get("/").await.body.contains("Talks resume in Geneva"));
    assert_eq!(
        app.get_as(&ed, &path).await.text("#article-state"),
        "Published"
    );

    let off = send(&app, &ed, &path, &with(&[("action", "unpublish")]), None).await;
    assert_eq!(off.location(), format!("{path}?done=unpublished"));
    assert_eq!(app.get(url).await.status, StatusCode::NOT_FOUND);
    let listing = app.get_as(&ed, "/admin/articles").await;
    assert_eq!(
        listing.text(&format!("#article-{id} .article-state")),
        "Draft"
    );
}

#[tokio::test]
async fn a_scheduled_article_appears_at_its_time() {
    let app = TestApp::spawn().await;
    let ed = editor(&app).await;
    let at = (Utc::now() + Duration::seconds(3))
        .format("%Y-%m-%dT%H:%M:%S")
        .to_string();
    let r = send(
        &app,
        &ed,
        "/admin/articles/new",
        &with(&[("action", "publish"), ("publish_at", &at)]),
        None,
    )
    .await;
    assert!(
        r.location().ends_with("?done=scheduled"),
        "{}",
        r.location()
    );
    let id = id_from(&r.location());
    let url = "/articles/talks-resume-in-geneva";
    assert_eq!(app.get(url).await.status, StatusCode::NOT_FOUND);
    assert!(!app.get("/").await.body.contains("Talks resume"));
    let api = app.get("/wp-json/wp/v2/posts").await;
    assert!(!api.body.contains("talks-resume"), "{}", api.body);
    let listing = app.get_as(&ed, "/admin/articles").await;
    assert_eq!(
        listing.text(&format!("#article-{id} .article-state")),
        "Scheduled"
    );

    tokio::time::sleep(std::time::Duration::from_millis(3500)).await;
    assert_eq!(app.get(url).await.status, StatusCode::OK);
    assert!(app.get("/").await.body.contains("Talks resume in Geneva"));
    let api = app.get("/wp-json/wp/v2/posts").await;
    assert!(api.body.contains("talks-resume"), "{}", api.body);
}

#[tokio::test]
async fn a_changed_slug_keeps_the_old_address_with_a_301() {
    let app = TestApp::spawn().await;
    let ed = editor(&app).await;
    let r = send(
        &app,
        &ed,
        "/admin/articles/new",
        &with(&[("action", "publish")]),
        None,
    )
    .await;
    let path = format!("/admin/articles/{}", id_from(&r.location()));
    let renamed = send(
        &app,
        &ed,
        &path,
        &with(&[("action", "save"), ("slug", "geneva-talks")]),
        None,
    )
    .await;
    assert_eq!(renamed.status, StatusCode::SEE_OTHER, "{}", renamed.body);
    let old = app
        .get_as(&visitor(), "/articles/talks-resume-in-geneva")
        .await;
    assert_eq!(old.status, StatusCode::MOVED_PERMANENTLY);
    assert_eq!(old.location(), "/articles/geneva-talks");
    assert_eq!(
        app.get("/articles/geneva-talks").await.status,
        StatusCode::OK
    );

    // Renamed twice: the first address still leads to the article.
    send(
        &app,
        &ed,
        &path,
        &with(&[("action", "save"), ("slug", "geneva-talks-2")]),
        None,
    )
    .await;
    for old in ["/articles/talks-resume-in-geneva", "/articles/geneva-talks"] {
        assert_eq!(
            app.get_as(&visitor(), old).await.location(),
            "/articles/geneva-talks-2"
        );
    }

    // A live article owns its slug: another may not take it…
    let taken = send(
        &app,
        &ed,
        "/admin/articles/new",
        &with(&[("action", "publish"), ("slug", "geneva-talks-2")]),
        None,
    )
    .await;
    assert_eq!(taken.status, StatusCode::CONFLICT);
    assert!(taken.text("#slug-error").contains("already has the slug"));
    // …but a retired slug may be reused, and then it is no longer a redirect.
    let reuse = send(
        &app,
        &ed,
        "/admin/articles/new",
        &[
            ("title", "A different story"),
            ("slug", "geneva-talks"),
            ("body", "Other."),
            ("action", "publish"),
        ],
        None,
    )
    .await;
    assert_eq!(reuse.status, StatusCode::SEE_OTHER, "{}", reuse.body);
    let page = app.get_as(&visitor(), "/articles/geneva-talks").await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.text("h1.headline"), "A different story");

    // An unpublished article's old addresses do not reveal where it went.
    let off = with(&[("action", "unpublish"), ("slug", "geneva-talks-2")]);
    send(&app, &ed, &path, &off, None).await;
    let old = app
        .get_as(&visitor(), "/articles/talks-resume-in-geneva")
        .await;
    assert_eq!(old.status, StatusCode::NOT_FOUND);
    assert_eq!(old.location(), "");
}

#[tokio::test]
async fn discussions_close_per_article_and_after_the_sites_days() {
    let (app, id) = TestApp::with_article().await; // published 2024-05-01
    let open = app.get("/articles/test-story").await;
    assert!(open.has("#commentform"));

    app.set("comments.close_after_days", "30").await;
    let closed = app.get("/articles/test-story").await;
    assert!(!closed.has("#commentform"));
    // Closed since the thirtieth day after publication, and it says so.
    assert_eq!(
        closed.text(".no-comments"),
        "Comments closed on May 31, 2024."
    );
    let token = app.token("test-story");
    let id_text = id.to_string();
    let refused = app
        .post_form(&[
            ("comment_post_ID", &id_text),
            ("author", "Reader"),
            ("email", "reader@example.com"),
            ("comment", "Too late?"),
            ("mh_token", &token),
        ])
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert!(
        refused
            .body
            .contains("Sorry, comments are closed for this item.")
    );
    let api = app.get(&format!("/wp-json/wp/v2/posts/{id}")).await;
    assert!(
        api.body.contains(r#""comment_status":"closed""#),
        "{}",
        api.body
    );

    // Per article: an editor unticks "Readers may comment" on a fresh article.
    app.set("comments.close_after_days", "0").await;
    let ed = editor(&app).await;
    let fields: Vec<(&str, &str)> = STORY
        .iter()
        .copied()
        .filter(|(k, _)| *k != "comments_open")
        .chain([("action", "publish")])
        .collect();
    let r = send(&app, &ed, "/admin/articles/new", &fields, None).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let page = app.get("/articles/talks-resume-in-geneva").await;
    assert!(!page.has("#commentform"));
    assert!(page.has(".no-comments"));
    assert!(app.get("/articles/test-story").await.has("#commentform"));
}

#[tokio::test]
async fn every_field_rule_is_shown_and_nothing_is_saved() {
    let app = TestApp::spawn().await;
    let ed = editor(&app).await;
    let r = send(
        &app,
        &ed,
        "/admin/articles/new",
        &[
            ("title", "  "),
            ("slug", "../../etc/passwd"),
            ("source_url", "javascript:alert(1)"),
            ("publish_at", "next tuesday"),
            ("action", "publish"),
        ],
        None,
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    for id in ["#title-error", "#source_url-error", "#publish_at-error"] {
        assert!(r.has(id), "{id} missing:\n{}", r.body);
    }
    assert_eq!(
        r.attr("#source_url", "value").as_deref(),
        Some("javascript:alert(1)")
    );
    assert_eq!(app.store.count_articles().await.unwrap(), 0);

    for (action, status) in [("explode", StatusCode::BAD_REQUEST)] {
        let r = send(
            &app,
            &ed,
            "/admin/articles/new",
            &with(&[("action", action)]),
            None,
        )
        .await;
        assert_eq!(r.status, status);
    }
    let twice = send(
        &app,
        &ed,
        "/admin/articles/new",
        &with(&[("title", "again"), ("action", "save")]),
        None,
    )
    .await;
    assert_eq!(twice.status, StatusCode::BAD_REQUEST);
    assert!(twice.body.contains("sent more than once"));
    let urlencoded = ed
        .post(format!("{}/admin/articles/new", app.base))
        .form(&[("title", "x")])
        .send()
        .await
        .unwrap();
    assert_eq!(urlencoded.status(), StatusCode::BAD_REQUEST);
    assert_eq!(
        app.get_as(&ed, "/admin/articles/999").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get_as(&ed, "/admin/articles/abc").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(app.store.count_articles().await.unwrap(), 0);
}

#[tokio::test]
async fn roles_decide_who_edits_articles() {
    let app = TestApp::spawn().await;
    add_user(&app, "mod", Role::Moderator).await;
    let moderator = visitor();
    sign_in(&app, &moderator, "mod", crate::helpers::PASSWORD).await;
    let ed = editor(&app).await;

    for path in ["/admin/articles", "/admin/articles/new"] {
        assert_eq!(
            app.get_as(&moderator, path).await.status,
            StatusCode::FORBIDDEN,
            "{path}"
        );
        assert_eq!(app.get_as(&ed, path).await.status, StatusCode::OK, "{path}");
        let out = app.get_as(&visitor(), path).await;
        assert!(out.location().starts_with("/admin/login?next="), "{path}");
    }
    let csrf = app
        .get_as(&moderator, "/admin/comments")
        .await
        .attr("input[name=_csrf]", "value")
        .unwrap();
    let r = send(
        &app,
        &moderator,
        "/admin/articles/new",
        &with(&[("_csrf", &csrf), ("action", "publish")]),
        None,
    )
    .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN);
    // Editors write; they do not moderate or change settings.
    assert_eq!(
        app.get_as(&ed, "/admin/comments").await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        app.get_as(&ed, "/admin/settings").await.status,
        StatusCode::FORBIDDEN
    );
    // A forged form (no or someone else's token) changes nothing.
    let forged = send(
        &app,
        &ed,
        "/admin/articles/new",
        &with(&[("_csrf", "0000"), ("action", "publish")]),
        None,
    )
    .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    assert_eq!(app.store.count_articles().await.unwrap(), 0);
}

fn test_image(width: u32, height: u32) -> RgbImage {
    // Left half red, right half blue: orientation is visible in the pixels.
    RgbImage::from_fn(width, height, |x, _| {
        if x < width / 2 {
            Rgb([220, 20, 20])
        } else {
            Rgb([20, 20, 220])
        }
    })
}

fn jpeg(img: &RgbImage) -> Vec<u8> {
    let mut out = Vec::new();
    DynamicImage::ImageRgb8(img.clone())
        .write_with_encoder(image::codecs::jpeg::JpegEncoder::new_with_quality(
            &mut out, 90,
        ))
        .unwrap();
    out
}

const SECRET: &[u8] = b"SECRET-GPS-51.5007N";

/// A JPEG as a phone writes it: an EXIF block saying "rotate 90° clockwise",
/// a description and a GPS position.
fn phone_jpeg(width: u32, height: u32) -> Vec<u8> {
    let mut tiff: Vec<u8> = b"II*\0".to_vec();
    tiff.extend_from_slice(&8u32.to_le_bytes());
    let entry = |tag: u16, kind: u16, count: u32, value: u32| {
        let mut e = tag.to_le_bytes().to_vec();
        e.extend_from_slice(&kind.to_le_bytes());
        e.extend_from_slice(&count.to_le_bytes());
        e.extend_from_slice(&value.to_le_bytes());
        e
    };
    let desc_at = 8 + 2 + 3 * 12 + 4;
    let desc_len = SECRET.len() as u32 + 1;
    let gps_at = desc_at + desc_len;
    tiff.extend_from_slice(&3u16.to_le_bytes());
    tiff.extend(entry(0x010E, 2, desc_len, desc_at)); // ImageDescription
    tiff.extend(entry(0x0112, 3, 1, 6)); // Orientation: rotate 90° CW
    tiff.extend(entry(0x8825, 4, 1, gps_at)); // GPS IFD
    tiff.extend_from_slice(&0u32.to_le_bytes());
    tiff.extend_from_slice(SECRET);
    tiff.push(0);
    tiff.extend_from_slice(&1u16.to_le_bytes());
    tiff.extend(entry(0x0001, 2, 2, u32::from_le_bytes(*b"N\0\0\0"))); // GPSLatitudeRef
    tiff.extend_from_slice(&0u32.to_le_bytes());
    let mut app1 = b"Exif\0\0".to_vec();
    app1.extend(tiff);
    let plain = jpeg(&test_image(width, height));
    let mut out = plain[..2].to_vec();
    out.extend_from_slice(&[0xFF, 0xE1]);
    out.extend_from_slice(&(app1.len() as u16 + 2).to_be_bytes());
    out.extend(app1);
    out.extend_from_slice(&plain[2..]);
    out
}

async fn fetch(app: &TestApp, path: &str) -> (reqwest::header::HeaderMap, Vec<u8>) {
    let r = visitor()
        .get(format!("{}{path}", app.base))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK, "{path}");
    (r.headers().clone(), r.bytes().await.unwrap().to_vec())
}

#[tokio::test]
async fn an_uploaded_photo_is_upright_stripped_resized_and_offered_in_srcset() {
    let app = TestApp::spawn().await;
    let ed = editor(&app).await;
    let original = phone_jpeg(2000, 1000);
    assert!(original.windows(SECRET.len()).any(|w| w == SECRET));
    let r = send(
        &app,
        &ed,
        "/admin/articles/new",
        &with(&[
            ("action", "publish"),
            ("photo_caption", "Delegates arrive in Geneva."),
            ("photo_credit", "Reuters"),
            ("photo_alt", "Two delegations at a table"),
        ]),
        Some(("../../../etc/passwd.jpg", original)),
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let page = app.get("/articles/talks-resume-in-geneva").await;
    assert_eq!(
        page.text("figure.photo figcaption"),
        "Delegates arrive in Geneva. (Reuters)"
    );
    let img = |attr| page.attr("figure.photo img", attr).unwrap_or_default();
    assert_eq!(img("alt"), "Two delegations at a table");
    // Rotated upright: 1000 wide, 2000 high, so widths 480, 960 and 1000.
    assert_eq!(
        (img("width").as_str(), img("height").as_str()),
        ("1000", "2000")
    );
    let srcset = img("srcset");
    let entries: Vec<(&str, &str)> = srcset
        .split(", ")
        .map(|e| e.split_once(' ').unwrap())
        .collect();
    assert_eq!(
        entries.iter().map(|(_, w)| *w).collect::<Vec<_>>(),
        vec!["480w", "960w", "1000w"]
    );
    assert_eq!(entries[2].0, img("src"));
    for (url, w) in entries {
        assert!(
            url.starts_with("/media/") && !url.contains("passwd") && !url.contains(".."),
            "{url}"
        );
        let (headers, bytes) = fetch(&app, url).await;
        assert_eq!(headers["content-type"], "image/jpeg");
        assert!(
            headers["cache-control"]
                .to_str()
                .unwrap()
                .contains("immutable")
        );
        assert!(!bytes.windows(4).any(|x| x == b"Exif"), "{url} keeps EXIF");
        assert!(
            !bytes.windows(SECRET.len()).any(|x| x == SECRET),
            "{url} keeps the GPS block"
        );
        let decoded = image::load_from_memory_with_format(&bytes, ImageFormat::Jpeg).unwrap();
        let width: u32 = w.trim_end_matches('w').parse().unwrap();
        assert_eq!(decoded.width(), width);
        assert_eq!(decoded.height(), width * 2);
        // The left (red) half of the sensor is the top once upright.
        let top = decoded.get_pixel(width / 2, width / 4);
        let bottom = decoded.get_pixel(width / 2, width * 2 - width / 4);
        assert!(top[0] > 150 && top[2] < 100, "top is {top:?}");
        assert!(bottom[2] > 150 && bottom[0] < 100, "bottom is {bottom:?}");
    }
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xFFFF_FFFFu32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// A valid PNG header that claims a 100,000 × 100,000 canvas.
fn png_bomb() -> Vec<u8> {
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut chunk = b"IHDR".to_vec();
    chunk.extend_from_slice(&100_000u32.to_be_bytes());
    chunk.extend_from_slice(&100_000u32.to_be_bytes());
    chunk.extend_from_slice(&[8, 2, 0, 0, 0]);
    out.extend_from_slice(&13u32.to_be_bytes());
    out.extend_from_slice(&chunk);
    out.extend_from_slice(&crc32(&chunk).to_be_bytes());
    out.extend_from_slice(&[0, 0, 0, 0]);
    out.extend_from_slice(b"IEND");
    out.extend_from_slice(&crc32(b"IEND").to_be_bytes());
    out
}

#[tokio::test]
async fn bad_uploads_are_refused_clearly_and_store_nothing() {
    let app = TestApp::spawn().await;
    let ed = editor(&app).await;
    let svg = b"<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".to_vec();
    let mut truncated = jpeg(&test_image(300, 200));
    truncated.truncate(400);
    let cases: Vec<(&str, Vec<u8>, StatusCode, &str)> = vec![
        (
            "notes.jpg",
            b"just some text".to_vec(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "not a JPEG, PNG or WebP",
        ),
        (
            "x.svg",
            svg,
            StatusCode::UNPROCESSABLE_ENTITY,
            "not a JPEG, PNG or WebP",
        ),
        (
            "bomb.png",
            png_bomb(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "too many pixels",
        ),
        (
            "cut.jpg",
            truncated,
            StatusCode::UNPROCESSABLE_ENTITY,
            "could not be read",
        ),
        (
            "huge.jpg",
            vec![0xFF; masthead_core::photo::MAX_BYTES + 1],
            StatusCode::PAYLOAD_TOO_LARGE,
            "larger than 20 MB",
        ),
        (
            "over.jpg",
            vec![0xFF; masthead_web::EDITOR_BODY_LIMIT + 1],
            StatusCode::PAYLOAD_TOO_LARGE,
            "larger than this page accepts",
        ),
    ];
    for (name, bytes, status, message) in cases {
        let r = send(
            &app,
            &ed,
            "/admin/articles/new",
            &with(&[("action", "publish")]),
            Some((name, bytes)),
        )
        .await;
        assert_eq!(r.status, status, "{name}: {}", r.body);
        assert!(r.body.contains(message), "{name}: {}", r.body);
    }
    assert_eq!(app.store.count_articles().await.unwrap(), 0);
}

#[tokio::test]
async fn an_uploaded_photo_survives_a_refused_form() {
    let app = TestApp::spawn().await;
    let ed = editor(&app).await;
    let r = send(
        &app,
        &ed,
        "/admin/articles/new",
        &[("title", ""), ("body", "x"), ("action", "publish")],
        Some(("p.jpg", jpeg(&test_image(640, 480)))),
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY);
    let kept = r.attr("input[name=photo_kept]", "value").unwrap();
    assert!(r.has("#current-photo"));
    let again = send(
        &app,
        &ed,
        "/admin/articles/new",
        &[
            ("title", "Second try"),
            ("body", "x"),
            ("action", "publish"),
            ("photo_kept", &kept),
        ],
        None,
    )
    .await;
    assert_eq!(again.status, StatusCode::SEE_OTHER, "{}", again.body);
    let page = app.get("/articles/second-try").await;
    assert_eq!(
        page.attr("figure.photo img", "width").as_deref(),
        Some("640")
    );
    // A made-up reference is refused, not trusted.
    for forged in [
        "/media/../../etc/passwd 1 1|/media/x 1w",
        "/media/abc 10 10|/media/abc 10w",
        "nonsense",
    ] {
        let r = send(
            &app,
            &ed,
            "/admin/articles/new",
            &[
                ("title", "Forged"),
                ("body", "x"),
                ("action", "publish"),
                ("photo_kept", forged),
            ],
            None,
        )
        .await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{forged}");
    }
}

#[tokio::test]
async fn malformed_editor_bodies_get_a_clear_4xx() {
    let app = TestApp::spawn().await;
    let ed = editor(&app).await;
    let url = format!("{}/admin/articles/new", app.base);
    let cases: [(&str, &[u8]); 4] = [
        (
            "multipart/form-data; boundary=X",
            b"--X\r\nnot a part header\r\n\r\n--X--",
        ),
        (
            "multipart/form-data; boundary=X",
            b"--X\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n\xff\xfe\r\n--X--\r\n",
        ),
        ("multipart/form-data", b"no boundary at all"),
        ("text/plain", b"title=x"),
    ];
    for (content_type, body) in cases {
        let r = ed
            .post(&url)
            .header("content-type", content_type)
            .body(body.to_vec())
            .send()
            .await
            .unwrap();
        assert!(
            r.status().is_client_error(),
            "{content_type}: {}",
            r.status()
        );
    }
    assert_eq!(app.store.count_articles().await.unwrap(), 0);
}
