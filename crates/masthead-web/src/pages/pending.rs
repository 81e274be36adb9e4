//! The visitor's own held comments, named in a signed cookie, so they (and
//! only they) see them on the article page marked "awaiting moderation".
use axum_extra::extract::SignedCookieJar;
use axum_extra::extract::cookie::{Cookie, SameSite};
use masthead_core::Timestamp;
use masthead_core::comment::Authored;
use masthead_core::ids::CommentId;
use masthead_core::settings::SiteSettings;

/// Signed cookie listing the visitor's own held comments, so they (and only
/// they) see them marked "awaiting moderation".
const PENDING_COOKIE: &str = "masthead_pending";
const PENDING_KEEP: usize = 20;
const PENDING_MAX_AGE_DAYS: i64 = 30;

pub fn pending_ids(jar: &SignedCookieJar) -> Vec<CommentId> {
    jar.get(PENDING_COOKIE)
        .map(|c| {
            c.value()
                .split('.')
                .filter_map(|s| s.parse::<i64>().ok())
                .map(CommentId)
                .collect()
        })
        .unwrap_or_default()
}

pub fn remember_pending(jar: SignedCookieJar, id: CommentId, secure: bool) -> SignedCookieJar {
    let mut ids = pending_ids(&jar);
    ids.push(id);
    let skip = ids.len().saturating_sub(PENDING_KEEP);
    let value = ids[skip..]
        .iter()
        .map(|i| i.0.to_string())
        .collect::<Vec<_>>()
        .join(".");
    let cookie = Cookie::build((PENDING_COOKIE, value))
        .path("/")
        .http_only(true)
        .secure(secure)
        .same_site(SameSite::Lax)
        .max_age(time_days(PENDING_MAX_AGE_DAYS))
        .build();
    jar.add(cookie)
}

fn time_days(days: i64) -> cookie::time::Duration {
    cookie::time::Duration::days(days)
}

/// Signed cookie naming the visitor's own recent comments (`ID:ISSUED`,
/// dot-separated), their proof for the edit window on masthead's pages.
/// It lives as long as the window, so pages go back to the shared cache
/// when it ends.
const AUTHORED_COOKIE: &str = "masthead_authored";
const AUTHORED_KEEP: usize = 10;

/// The visitor's own comments named in their cookie, with when each was posted.
pub fn authored(jar: &SignedCookieJar) -> Vec<Authored> {
    jar.get(AUTHORED_COOKIE)
        .map(|c| {
            c.value()
                .split('.')
                .filter_map(|s| s.split_once(':'))
                .filter_map(|(id, at)| {
                    Some(Authored {
                        comment: CommentId(id.parse().ok()?),
                        issued: Timestamp::from_timestamp(at.parse().ok()?, 0)?,
                    })
                })
                .collect()
        })
        .unwrap_or_default()
}

/// The visitor's proof for one comment, if their cookie has it.
pub fn authored_one(jar: &SignedCookieJar, id: CommentId) -> Option<Authored> {
    authored(jar).into_iter().find(|a| a.comment == id)
}

/// The visitor's comments still in their edit window.
pub fn editable_ids(
    jar: &SignedCookieJar,
    settings: &SiteSettings,
    now: Timestamp,
) -> Vec<CommentId> {
    let window = i64::from(settings.readers.edit_minutes) * 60;
    authored(jar)
        .into_iter()
        .filter(|a| window > 0 && now.timestamp() - a.issued.timestamp() < window)
        .map(|a| a.comment)
        .collect()
}

/// Adds a comment just posted to the visitor's authored cookie (when the
/// site lets commenters edit at all).
pub fn remember_authored(
    jar: SignedCookieJar,
    id: CommentId,
    settings: &SiteSettings,
    now: Timestamp,
    secure: bool,
) -> SignedCookieJar {
    let minutes = i64::from(settings.readers.edit_minutes);
    if minutes == 0 {
        return jar;
    }
    let mut list: Vec<Authored> = authored(&jar)
        .into_iter()
        .filter(|a| now.timestamp() - a.issued.timestamp() < minutes * 60)
        .collect();
    list.push(Authored {
        comment: id,
        issued: now,
    });
    let skip = list.len().saturating_sub(AUTHORED_KEEP);
    let value = list[skip..]
        .iter()
        .map(|a| format!("{}:{}", a.comment.0, a.issued.timestamp()))
        .collect::<Vec<_>>()
        .join(".");
    let cookie = Cookie::build((AUTHORED_COOKIE, value))
        .path("/")
        .http_only(true)
        .secure(secure)
        .same_site(SameSite::Lax)
        .max_age(cookie::time::Duration::minutes(minutes))
        .build();
    jar.add(cookie)
}

/// Signed cookie with the commenter's name, email and website, set only when
/// they tick "Save my name, email, and website in this browser" (WordPress's
/// consent box, unticked by default); the form is filled from it.
const COMMENTER_COOKIE: &str = "masthead_commenter";

/// The saved name, email and website, if the visitor asked to be remembered.
pub fn remembered(jar: &SignedCookieJar) -> Option<(String, String, String)> {
    let c = jar.get(COMMENTER_COOKIE)?;
    let mut parts = c.value().splitn(3, '\t');
    let name = parts.next()?.to_string();
    let email = parts.next()?.to_string();
    let url = parts.next().unwrap_or_default().to_string();
    Some((name, email, url))
}

/// Keeps (`Some`) or forgets (`None`) the commenter's details, as they chose.
pub fn remember_commenter(
    jar: SignedCookieJar,
    details: Option<(&str, &str, &str)>,
    secure: bool,
) -> SignedCookieJar {
    match details {
        Some((name, email, url)) => {
            let clean = |s: &str| s.replace(['\t', '\r', '\n'], " ");
            let value = format!("{}\t{}\t{}", clean(name), clean(email), clean(url));
            let cookie = Cookie::build((COMMENTER_COOKIE, value))
                .path("/")
                .http_only(true)
                .secure(secure)
                .same_site(SameSite::Lax)
                .max_age(time_days(365))
                .build();
            jar.add(cookie)
        }
        None if jar.get(COMMENTER_COOKIE).is_some() => {
            jar.remove(Cookie::build(COMMENTER_COOKIE).path("/").build())
        }
        None => jar,
    }
}
