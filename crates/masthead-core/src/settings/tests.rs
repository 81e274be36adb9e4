//! The settings as text and back: every declared setting, the alias, the
//! refusals in the site's language.
use super::*;
use crate::Localized;
use masthead_i18n::{Lang, Tr};

#[test]
fn every_setting_round_trips_through_text() {
    let mut s = SiteSettings::default();
    s.set("comments.moderation_words", "casino,\n poker")
        .unwrap();
    s.set("comments.max_links", "5").unwrap();
    s.set("comments.rest_anonymous", "false").unwrap();
    s.set("comments.close_after_days", "14").unwrap();
    s.set("comments.page_comments", "0").unwrap();
    s.set("comments.default_page", "oldest").unwrap();
    s.set("comments.edit_minutes", "0").unwrap();
    s.set("comments.report_threshold", "7").unwrap();
    s.set("comments.avatars", "false").unwrap();
    s.set("privacy.ip_retention_days", "7").unwrap();
    s.set("site.robots", "User-agent: *\r\nDisallow: /\r\n")
        .unwrap();
    s.set("site.logo_url", "/media/logo.png").unwrap();
    s.set("mail.from", "Newsroom <news@example.org>").unwrap();
    s.set("notify.moderator_emails", "a@example.org B@example.org")
        .unwrap();
    s.set("notify.moderator_mode", "digest").unwrap();
    s.set("notify.webhooks", "https://hooks.example.org/x")
        .unwrap();
    s.set("notify.max_per_hour", "3").unwrap();
    s.set("site.language", "pl").unwrap();
    s.set("comments.trust_after", "3").unwrap();
    s.set(
        "embed.allowed_origins",
        "https://blog.example.org http://127.0.0.1:8081",
    )
    .unwrap();
    let pairs = s.to_pairs();
    let (back, problems) = SiteSettings::from_pairs(pairs.iter().map(|(k, v)| (*k, v.as_str())));
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(back, s);
    assert_eq!(back.moderation.moderation_words, vec!["casino", "poker"]);
    assert_eq!(back.robots, "User-agent: *\nDisallow: /\n");
    assert_eq!(back.language, masthead_i18n::Lang::Pl);
}

#[test]
fn trust_after_takes_0_to_1000_and_the_old_switch_is_its_alias() {
    let mut s = SiteSettings::default();
    assert_eq!(s.moderation.trust_after, 1);
    for ok in ["0", "1", "1000"] {
        s.set("comments.trust_after", ok).unwrap();
    }
    for bad in ["-1", "1001", "many", "", "2.5"] {
        let e = s.set("comments.trust_after", bad).unwrap_err().to_string();
        assert!(
            e.contains("comments.trust_after") && e.contains("0 (hold no newcomer) to 1000"),
            "{e}"
        );
    }
    assert_eq!(s.moderation.trust_after, 1000);
    s.set("comments.require_previously_approved", "true")
        .unwrap();
    assert_eq!(s.moderation.trust_after, 1000, "on keeps the count");
    s.set("comments.require_previously_approved", "false")
        .unwrap();
    assert_eq!(s.moderation.trust_after, 0);
    s.set("comments.require_previously_approved", "on").unwrap();
    assert_eq!(s.moderation.trust_after, 1);
    assert_eq!(
        SiteSettings::stored_key("comments.require_previously_approved"),
        "comments.trust_after"
    );
    // Both rows stored: the newer key decides, whatever their order.
    let (loaded, problems) = SiteSettings::from_pairs([
        ("comments.trust_after", "3"),
        ("comments.require_previously_approved", "false"),
    ]);
    assert!(problems.is_empty());
    assert_eq!(loaded.moderation.trust_after, 3);
    let (old, _) = SiteSettings::from_pairs([("comments.require_previously_approved", "false")]);
    assert_eq!(old.moderation.trust_after, 0);
}

#[test]
fn an_unknown_language_is_refused_with_the_languages_available() {
    let mut s = SiteSettings::default();
    let e = s.set("site.language", "tlh").unwrap_err().to_string();
    assert!(e.contains("site.language") && e.contains("tlh"), "{e}");
    assert_eq!(
        SiteSettings::LANGUAGES,
        format!("one of {}", masthead_i18n::Lang::codes())
    );
    assert!(e.contains(SiteSettings::LANGUAGES), "{e}");
    assert_eq!(s.language, masthead_i18n::Lang::En);
    s.set("site.language", "ar").unwrap();
    assert_eq!(s.language.dir(), "rtl");
    assert_ne!(s.shown_description(), SiteSettings::DEFAULT_DESCRIPTION);
    s.set("site.description", "Akhbar").unwrap();
    assert_eq!(s.shown_description(), "Akhbar");
}

#[test]
fn bad_values_are_refused_with_the_key_named() {
    let mut s = SiteSettings::default();
    let e = s.set("comments.max_links", "many").unwrap_err();
    assert!(e.to_string().contains("comments.max_links"), "{e}");
    assert!(matches!(
        s.set("nope", "1"),
        Err(SettingError::UnknownKey(_))
    ));
    assert!(s.set("comments.allowed_tags", "b script").is_err());
    assert!(s.set("comments.default_page", "middle").is_err());
    assert!(s.set("comments.page_comments", "-1").is_err());
    assert!(s.set("site.logo_url", "javascript:alert(1)").is_err());
    assert!(s.set("site.logo_url", "//evil.example/logo.png").is_err());
    let e = s.set("notify.moderator_emails", "a@example.org nope");
    assert!(e.unwrap_err().to_string().contains("nope"));
    assert!(s.set("notify.webhooks", "ftp://x.example/").is_err());
    assert!(
        s.set("mail.from", "a@example.org\r\nBcc: b@example.org")
            .is_err()
    );
    assert!(s.set("notify.moderator_mode", "sometimes").is_err());
    let e = s.set(
        "embed.allowed_origins",
        "https://ok.example blog.example.org",
    );
    assert!(e.unwrap_err().to_string().contains("blog.example.org"));
}

#[test]
fn refusals_say_what_is_expected_in_the_sites_language() {
    use masthead_i18n::{Lang, Tr};
    let mut s = SiteSettings::default();
    let e = s.set("articles.per_page", "0").unwrap_err();
    assert_eq!(
        e.to_string(),
        "setting articles.per_page must be a number from 1 to 100, not “0”"
    );
    let fr = e.message(Tr::new(Lang::Fr));
    assert!(fr.contains("articles.per_page"), "{fr}");
    assert!(fr.contains("un nombre de 1 à 100"), "{fr}");
    assert!(fr.contains("« 0 »"), "{fr}");
    let de = s
        .set("comments.hold_all", "vielleicht")
        .unwrap_err()
        .message(Tr::new(Lang::De));
    assert!(de.contains("„true“ oder „false“"), "{de}");
    let en = s
        .set("comments.allowed_tags", "script")
        .unwrap_err()
        .message(Tr::new(Lang::En));
    assert!(en.contains("“script”"), "{en}");
    let pl = s.set("nope", "1").unwrap_err().message(Tr::new(Lang::Pl));
    assert!(pl.starts_with("Nieznane ustawienie „nope”"), "{pl}");
}

#[test]
fn every_declared_setting_round_trips_from_its_default() {
    let defaults = SiteSettings::default();
    for s in SETTINGS {
        // The declared default is read without complaint…
        let mut blank = SiteSettings::blank();
        if s.alias_of.is_none() {
            let read = s.slot.read(&mut blank, s.default);
            assert!(read.is_ok(), "{}: default {:?}: {read:?}", s.key, s.default);
        }
        // …and is declared as written back (an alias: as its newer key's
        // default makes it), which reads back to the same settings.
        let text = s.slot.write(&defaults);
        assert_eq!(text, s.default, "{}", s.key);
        let mut again = defaults.clone();
        assert!(
            s.slot.read(&mut again, &text).is_ok(),
            "{}: {text:?}",
            s.key
        );
        assert_eq!(again, defaults, "{}", s.key);
        assert_eq!(s.slot.write(&again), text, "{}", s.key);
    }
    // Default → pairs → parse: the same settings, nothing refused.
    let pairs = defaults.to_pairs();
    let (back, problems) = SiteSettings::from_pairs(pairs.iter().map(|(k, v)| (*k, v.as_str())));
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(back, defaults);
    assert_eq!(
        pairs.iter().map(|(k, _)| *k).collect::<Vec<_>>(),
        SETTINGS.iter().map(|s| s.key).collect::<Vec<_>>(),
        "every declared setting is listed, in table order"
    );
}

/// The defaults masthead had before the table: one changes on purpose, here too.
#[test]
fn the_defaults_are_the_documented_ones() {
    let s = SiteSettings::default();
    assert_eq!(s.title, "masthead");
    assert_eq!(s.description, SiteSettings::DEFAULT_DESCRIPTION);
    assert_eq!((s.articles_per_page, s.thread_depth), (10, 5));
    assert_eq!(s.allowlist, crate::html::Allowlist::default());
    assert_eq!(s.robots, crate::seo::robots::DEFAULT);
    assert_eq!(s.paging.per_page, 50);
    assert_eq!(s.paging.default_page.as_str(), "newest");
    assert!(s.rest_anonymous_comments && s.readers.avatars);
    let m = &s.moderation;
    assert_eq!(
        (
            m.max_links,
            m.trust_after,
            m.flood_seconds,
            m.min_fill_seconds
        ),
        (2, 1, 15, 3)
    );
    assert_eq!((m.form_max_age_hours, m.close_after_days), (48, 0));
    assert!(!m.hold_all && m.moderation_words.is_empty());
    let r = &s.readers;
    assert_eq!(
        (r.edit_minutes, r.report_threshold, r.ip_retention_days),
        (15, 3, 30)
    );
    assert_eq!(s.notify.max_per_hour, 10);
    assert_eq!(s.notify.mode.as_str(), "each");
    assert_eq!(s.language, Lang::En);
    assert_eq!(ModerationSettings::default(), s.moderation);
    assert_eq!(ReaderSettings::default(), s.readers);
}

#[test]
fn the_table_is_consistent() {
    let mut keys = std::collections::BTreeSet::new();
    for s in SETTINGS {
        assert!(keys.insert(s.key), "{} declared twice", s.key);
        assert!(
            Tr::new(Lang::En).has(s.help),
            "{}: no message {}",
            s.key,
            s.help
        );
        if let Some(newer) = s.alias_of {
            let newer = setting(newer).expect("an alias names a declared key");
            assert!(newer.alias_of.is_none(), "{}: alias of an alias", s.key);
            assert_eq!(SiteSettings::stored_key(s.key), newer.key);
        } else {
            assert_eq!(SiteSettings::stored_key(s.key), s.key);
        }
        assert!(
            !(s.secret && s.on_form),
            "{}: a secret is not shown on the form",
            s.key
        );
    }
}

#[test]
fn blocked_domains_cover_their_subdomains() {
    let mut s = SiteSettings::default();
    s.federation.blocked_domains =
        super::site::parse_domains("Spam.example, *.bad.example\n.worse.example").unwrap();
    assert_eq!(
        s.federation.blocked_domains,
        ["spam.example", "bad.example", "worse.example"]
    );
    for host in [
        "spam.example",
        "a.spam.example",
        "BAD.example.",
        "x.worse.example",
    ] {
        assert!(s.federation.blocks(host), "{host}");
    }
    for host in ["notspam.example", "example", "spam.example.org"] {
        assert!(!s.federation.blocks(host), "{host}");
    }
    assert_eq!(
        super::site::parse_domains("ok.example bad/domain"),
        Err("bad/domain".to_string())
    );
}
