//! The visitor's own held comments, named in a signed cookie, so they (and
//! only they) see them on the article page marked "awaiting moderation".
use axum_extra::extract::SignedCookieJar;
use axum_extra::extract::cookie::{Cookie, SameSite};
use masthead_core::ids::CommentId;

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
