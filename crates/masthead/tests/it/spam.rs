//! Spam and flood defences, each rule on its own: honeypot, signed form token
//! (forgery, minimum fill time, expiry), flood interval, per-address rate
//! limits, and the client address behind a trusted proxy.
use crate::helpers::{Page, TestApp, visitor};
use masthead_core::ids::CommentId;
use masthead_web::{RateLimitConfig, WebConfig};
use reqwest::StatusCode;

async fn stored(app: &TestApp) -> Vec<masthead_core::comment::Comment> {
    app.store.comments(&Default::default()).await.unwrap()
}

fn form<'a>(article: &'a str, author: &'a str, text: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("comment_post_ID", article),
        ("author", author),
        ("email", "spam-test@example.com"),
        ("comment", text),
    ]
}

#[tokio::test]
async fn a_filled_honeypot_is_stored_as_spam_and_never_shown() {
    let (app, id) = TestApp::with_article().await;
    let article = id.to_string();
    let mut f = form(&article, "Bot", "Buy now");
    f.push(("mh_hp", "http://spam.example"));
    let page = app.post_form(&f).await;
    assert_eq!(
        page.status,
        StatusCode::SEE_OTHER,
        "looks like success to the bot"
    );
    let c = &stored(&app).await[0];
    assert_eq!(c.status.to_string(), "spam");
    assert_eq!(
        c.moderation_reason
            .as_ref()
            .map(ToString::to_string)
            .as_deref(),
        Some("the hidden honeypot field was filled in")
    );
    assert!(
        !app.get_as(&visitor(), "/articles/test-story")
            .await
            .body
            .contains("Buy now")
    );
    // The field is on the page, hidden from people and assistive technology.
    let page = app.get("/articles/test-story").await;
    assert_eq!(page.attr("p.mh-hp", "aria-hidden").as_deref(), Some("true"));
    assert_eq!(page.attr("#mh_hp", "tabindex").as_deref(), Some("-1"));
}

#[tokio::test]
async fn a_post_without_the_form_token_is_held_with_the_reason() {
    let (app, id) = TestApp::with_article().await;
    app.approved_comment(id, "Known Author", "Earlier.", None)
        .await;
    let r = visitor()
        .post(format!("{}/wp-comments-post.php", app.base))
        .form(&[
            ("comment_post_ID", id.to_string().as_str()),
            ("author", "Known Author"),
            ("email", "known.author@example.com"),
            ("comment", "From an old theme's form."),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    let c = &stored(&app).await[0];
    assert_eq!(
        (
            c.status.to_string(),
            c.moderation_reason
                .as_ref()
                .map(|r| crate::helpers::rules_reasons(&r.to_string()))
                .as_deref()
        ),
        ("pending".into(), Some("posted without the form's token"))
    );
}

#[tokio::test]
async fn a_forged_or_foreign_token_is_refused_with_400() {
    let (app, id) = TestApp::with_article().await;
    let other = app.add_article("+++\ntitle = \"Other\"\n+++\nx\n").await;
    let article = id.to_string();
    let foreign = app.token(&other.to_string());
    for token in [
        "1700000000.00112233445566778899aabbccddeeff",
        "garbage",
        foreign.as_str(),
    ] {
        let mut f = form(&article, "Ann", "Hello");
        f.push(("mh_token", token));
        let page = app.post_form(&f).await;
        assert_eq!(page.status, StatusCode::BAD_REQUEST, "{token}");
        assert!(page.text("#form-error").contains("could not be verified"));
        assert_eq!(page.text("#comment"), "Hello", "input kept");
    }
    assert!(stored(&app).await.is_empty());
}

#[tokio::test]
async fn posting_faster_than_a_person_can_type_answers_429() {
    let (app, id) = TestApp::with_article().await;
    app.set("comments.min_fill_seconds", "30").await;
    let article = id.to_string();
    let page = app.post_form(&form(&article, "Speedy", "Instant")).await;
    assert_eq!(page.status, StatusCode::TOO_MANY_REQUESTS);
    let wait: u64 = page.headers["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=30).contains(&wait), "{wait}");
    assert!(page.text("#form-error").contains("quicker than anyone"));
    // A form served long enough ago is fine.
    let token = app.token_issued_ago(id, 31);
    let mut f = form(&article, "Patient", "Took my time");
    f.push(("mh_token", &token));
    assert_eq!(app.post_form(&f).await.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn an_expired_form_is_refused_with_a_fresh_token_and_the_input_kept() {
    let (app, id) = TestApp::with_article().await;
    let article = id.to_string();
    let old = app.token_issued_ago(id, 49 * 3600);
    let mut f = form(&article, "Slow", "Wrote this yesterday");
    f.push(("mh_token", &old));
    let page = app.post_form(&f).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.text("#form-error").contains("expired"));
    assert_eq!(page.text("#comment"), "Wrote this yesterday");
    let fresh = page.attr("input[name=mh_token]", "value").unwrap();
    assert_ne!(fresh, old);
    let mut f = form(&article, "Slow", "Wrote this yesterday");
    f.push(("mh_token", &fresh));
    assert_eq!(app.post_form(&f).await.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn a_second_comment_within_the_flood_interval_answers_429() {
    let (app, id) = TestApp::with_article().await;
    app.set("comments.flood_seconds", "15").await;
    let article = id.to_string();
    assert_eq!(
        app.post_form(&form(&article, "Quick", "One")).await.status,
        StatusCode::SEE_OTHER
    );
    let mut f = form(&article, "Quick", "Two");
    f[2] = ("email", "other-address@example.com"); // same address, other email
    let page = app.post_form(&f).await;
    assert_eq!(page.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(
        page.text("#form-error")
            .contains("You are posting comments too quickly. Slow down.")
    );
    let wait: u64 = page.headers["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=15).contains(&wait));
    assert_eq!(stored(&app).await.len(), 1);
}

/// An app behind a "proxy" on 127.0.0.1, so each test visitor can have its own
/// address through X-Forwarded-For.
async fn behind_proxy(limits: RateLimitConfig) -> (TestApp, i64) {
    let app = TestApp::spawn_with(WebConfig {
        trusted_proxies: vec!["127.0.0.1/32".parse().unwrap()],
        rate_limits: limits,
        ..WebConfig::default()
    })
    .await;
    app.set("comments.flood_seconds", "0").await;
    app.set("comments.min_fill_seconds", "0").await;
    let id = app.add_article(crate::helpers::ARTICLE).await;
    (app, id)
}

async fn post_from(app: &TestApp, ip: &str, article: i64, n: usize) -> Page {
    let article = article.to_string();
    let token = app.token(&article);
    let r = visitor()
        .post(format!("{}/comments", app.base))
        .header("x-forwarded-for", ip)
        .form(&[
            ("comment_post_ID", article.as_str()),
            ("author", &format!("Visitor {ip}")),
            ("email", "v@example.com"),
            ("comment", &format!("Comment {n}")),
            ("mh_token", &token),
        ])
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
async fn the_comment_rate_limit_stops_one_address_and_serves_the_others() {
    let limits = RateLimitConfig {
        requests_per_second: 0,
        burst: 0,
        comment_posts_per_minute: 3,
        reader_actions_per_minute: 0,
    };
    let (app, id) = behind_proxy(limits).await;
    for n in 0..3 {
        assert_eq!(
            post_from(&app, "198.51.100.1", id, n).await.status,
            StatusCode::SEE_OTHER
        );
    }
    let page = post_from(&app, "198.51.100.1", id, 3).await;
    assert_eq!(page.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(
        page.headers["retry-after"]
            .to_str()
            .unwrap()
            .parse::<u64>()
            .unwrap()
            >= 1
    );
    assert_eq!(
        post_from(&app, "198.51.100.2", id, 4).await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(stored(&app).await.len(), 4);
}

#[tokio::test]
async fn the_request_rate_limit_answers_429_to_one_address_only() {
    let limits = RateLimitConfig {
        requests_per_second: 1,
        burst: 3,
        comment_posts_per_minute: 0,
        reader_actions_per_minute: 0,
    };
    let (app, _) = behind_proxy(limits).await;
    let get = |ip: &'static str| {
        let url = format!("{}/articles/test-story", app.base);
        async move {
            visitor()
                .get(url)
                .header("x-forwarded-for", ip)
                .send()
                .await
                .unwrap()
        }
    };
    // Ten requests at once from one address: the burst of 3 passes, the rest
    // are refused, each refusal saying when to come back.
    let mut limited = 0;
    for _ in 0..10 {
        let r = get("203.0.113.5").await;
        if r.status() == StatusCode::TOO_MANY_REQUESTS {
            assert!(r.headers().contains_key("retry-after"));
            limited += 1;
        }
    }
    assert!(limited >= 1, "no request was limited");
    assert_eq!(get("203.0.113.6").await.status(), StatusCode::OK);
}

#[tokio::test]
async fn forwarded_for_counts_only_from_a_trusted_proxy() {
    // Untrusted: the header is ignored and the peer address is stored.
    let (app, id) = TestApp::with_article().await;
    let p = post_from(&app, "198.51.100.77", id, 0).await;
    let cid = crate::helpers::comment_id_from(&p.location());
    let c = app.store.comment(CommentId(cid)).await.unwrap().unwrap();
    assert_eq!(c.author_ip.as_deref(), Some("127.0.0.1"));
    // Trusted: the client address from the header is stored.
    let (app, id) = behind_proxy(RateLimitConfig::OFF).await;
    let p = post_from(&app, "198.51.100.77", id, 0).await;
    let cid = crate::helpers::comment_id_from(&p.location());
    let c = app.store.comment(CommentId(cid)).await.unwrap().unwrap();
    assert_eq!(c.author_ip.as_deref(), Some("198.51.100.77"));
}

/// Behind trusted proxies, a hop written with a port or in brackets is an
/// address, and a hop that names none (`unknown`, `_hidden`, garbage) stops
/// the walk at the proxy that wrote it: a spoofed hop further left never
/// becomes the stored (and rate-limited) address.
#[tokio::test]
async fn forwarded_for_hops_with_ports_or_without_addresses_never_let_a_spoofed_hop_win() {
    let app = TestApp::spawn_with(WebConfig {
        trusted_proxies: vec![
            "127.0.0.1/32".parse().unwrap(),
            "10.0.0.0/8".parse().unwrap(),
        ],
        rate_limits: RateLimitConfig::OFF,
        ..WebConfig::default()
    })
    .await;
    app.set("comments.flood_seconds", "0").await;
    app.set("comments.min_fill_seconds", "0").await;
    let article = app.add_article(crate::helpers::ARTICLE).await;
    let cases = [
        ("6.6.6.6, 203.0.113.7:5678", "203.0.113.7"),
        ("6.6.6.6, [2001:db8::1]:443", "2001:db8::1"),
        ("6.6.6.6, [2001:db8::1]", "2001:db8::1"),
        ("6.6.6.6, 198.51.100.7, 10.1.2.3:80", "198.51.100.7"),
        ("6.6.6.6, unknown", "127.0.0.1"),
        ("6.6.6.6, _hidden", "127.0.0.1"),
        ("6.6.6.6, not-an-address", "127.0.0.1"),
        ("6.6.6.6, unknown, 10.1.2.3", "10.1.2.3"),
    ];
    for (n, (xff, want)) in cases.into_iter().enumerate() {
        let p = post_from(&app, xff, article, n).await;
        assert_eq!(p.status, StatusCode::SEE_OTHER, "{xff}: {}", p.body);
        let cid = crate::helpers::comment_id_from(&p.location());
        let c = app.store.comment(CommentId(cid)).await.unwrap().unwrap();
        assert_eq!(c.author_ip.as_deref(), Some(want), "{xff}");
    }
}
