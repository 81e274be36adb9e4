//! masthead's cookies on its own pages, read from one request. Each value is
//! sealed by `masthead_core::signed` for the one cookie it lives in (the
//! purpose is written in the value and covered by its signature), and read
//! strictly: a value that is not exactly what masthead wrote for that
//! cookie is no cookie at all. (The cookie crate's signed jar signs only the
//! value, so a value masthead signed for one cookie — the commenter's name,
//! which the commenter chooses — used to open another.)
//!
//! - `masthead_pending`: the browser's own held comments (`ID-ISSUED` each),
//!   so they, and only they, see them marked "awaiting moderation";
//! - `masthead_authored`: its comments still in the edit window, the proof
//!   for editing and deleting them; it lives as long as the window, so pages
//!   go back to the shared cache when it ends;
//! - `masthead_commenter`: the saved name, email and website (only when the
//!   commenter ticks WordPress's consent box);
//! - `masthead_reader`: the reader id that recommends and reports count by.
use crate::state::AppState;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::response::{IntoResponseParts, ResponseParts};
use axum_extra::extract::CookieJar;
use axum_extra::extract::cookie::{Cookie, SameSite};
use masthead_core::Timestamp;
use masthead_core::comment::{Authored, Reader, ReaderTokens, limits};
use masthead_core::ids::CommentId;
use masthead_core::settings::SiteSettings;
use masthead_core::signed::{Fields, Purpose, Signer};
use std::convert::Infallible;

const PENDING_COOKIE: &str = "masthead_pending";
const PENDING_KEEP: usize = 20;
const PENDING_MAX_AGE_DAYS: i64 = 30;
const AUTHORED_COOKIE: &str = "masthead_authored";
const AUTHORED_KEEP: usize = 10;
const COMMENTER_COOKIE: &str = "masthead_commenter";
const COMMENTER_MAX_AGE_DAYS: i64 = 365;
const READER_COOKIE: &str = "masthead_reader";
const READER_MAX_AGE_DAYS: i64 = 365;

/// The saved details of a commenter who asked to be remembered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Commenter {
    pub name: String,
    pub email: String,
    pub url: String,
}

/// The request's cookies with the site's secret to open masthead's own.
/// Used as an extractor; returned in a response, it sets what was changed.
#[derive(Clone)]
pub struct ReaderCookies {
    jar: CookieJar,
    state: AppState,
}

impl FromRequestParts<AppState> for ReaderCookies {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Infallible> {
        Ok(Self {
            jar: CookieJar::from_headers(&parts.headers),
            state: state.clone(),
        })
    }
}

impl IntoResponseParts for ReaderCookies {
    type Error = Infallible;

    fn into_response_parts(self, res: ResponseParts) -> Result<ResponseParts, Infallible> {
        self.jar.into_response_parts(res)
    }
}

/// `ID-ISSUED_ID-ISSUED…`: one field of a sealed value.
fn list_field(list: &[Authored]) -> String {
    list.iter()
        .map(|a| format!("{}-{}", a.comment.0, a.issued.timestamp()))
        .collect::<Vec<_>>()
        .join("_")
}

/// A list field as written by [`list_field`], whole or not at all.
fn parse_list(field: &str, most: usize) -> Option<Vec<Authored>> {
    let list: Option<Vec<Authored>> = field
        .split('_')
        .map(|entry| {
            let (id, issued) = entry.split_once('-')?;
            Some(Authored {
                comment: CommentId(Fields::id(id)?),
                issued: Timestamp::from_timestamp(Fields::number(issued)?, 0)?,
            })
        })
        .collect();
    list.filter(|l| !l.is_empty() && l.len() <= most)
}

impl ReaderCookies {
    fn signer(&self) -> Signer<'_> {
        Signer::new(self.state.secret())
    }

    fn opened<const N: usize>(&self, name: &str, purpose: Purpose) -> Option<[String; N]> {
        let cookie = self.jar.get(name)?;
        let fields = self.signer().open::<N>(purpose, cookie.value(), &[])?;
        Some(fields.map(str::to_string))
    }

    fn sealed(&self, purpose: Purpose, fields: &[&str]) -> String {
        self.signer().seal(purpose, fields, &[])
    }

    fn set(self, name: &'static str, value: String, max_age: cookie::time::Duration) -> Self {
        let secure = self.state.config.secure_cookies;
        let cookie = Cookie::build((name, value))
            .path("/")
            .http_only(true)
            .secure(secure)
            .same_site(SameSite::Lax)
            .max_age(max_age)
            .build();
        Self {
            jar: self.jar.add(cookie),
            state: self.state,
        }
    }

    fn remove(self, name: &'static str) -> Self {
        Self {
            jar: self.jar.remove(Cookie::build(name).path("/").build()),
            state: self.state,
        }
    }

    /// Whether any of masthead's cookies names something of this visitor's
    /// (then their pages are their own, never the shared cached ones).
    pub fn has_own(&self) -> bool {
        !self.pending().is_empty() || !self.authored().is_empty() || self.commenter().is_some()
    }

    /// The visitor's own held comments, each with when it was posted.
    pub fn pending(&self) -> Vec<Authored> {
        self.opened::<1>(PENDING_COOKIE, Purpose::PendingCookie)
            .and_then(|[list]| parse_list(&list, PENDING_KEEP))
            .unwrap_or_default()
    }

    /// Adds a held comment (with when it was posted) to the visitor's list.
    pub fn with_pending(self, held: Authored) -> Self {
        let mut list = self.pending();
        list.retain(|a| a.comment != held.comment);
        list.push(held);
        let skip = list.len().saturating_sub(PENDING_KEEP);
        let field = list_field(&list[skip..]);
        let value = self.sealed(Purpose::PendingCookie, &[&field]);
        self.set(
            PENDING_COOKIE,
            value,
            cookie::time::Duration::days(PENDING_MAX_AGE_DAYS),
        )
    }

    /// The visitor's own recent comments, with when each was posted.
    pub fn authored(&self) -> Vec<Authored> {
        self.opened::<1>(AUTHORED_COOKIE, Purpose::AuthoredCookie)
            .and_then(|[list]| parse_list(&list, AUTHORED_KEEP))
            .unwrap_or_default()
    }

    /// The visitor's proof for one comment, if their cookie has it.
    pub fn authored_one(&self, id: CommentId) -> Option<Authored> {
        self.authored().into_iter().find(|a| a.comment == id)
    }

    /// The visitor's comments still in their edit window.
    pub fn editable(&self, settings: &SiteSettings, now: Timestamp) -> Vec<Authored> {
        let window = masthead_core::service::edit_window(settings);
        self.authored()
            .into_iter()
            .filter(|a| window.is_open(a.issued, now))
            .collect()
    }

    /// Adds a comment just posted to the visitor's proofs (when the site
    /// lets commenters edit at all).
    pub fn with_authored(self, posted: Authored, settings: &SiteSettings, now: Timestamp) -> Self {
        let window = masthead_core::service::edit_window(settings);
        if window.is_closed() {
            return self;
        }
        let mut list = self.editable(settings, now);
        list.push(posted);
        let skip = list.len().saturating_sub(AUTHORED_KEEP);
        let field = list_field(&list[skip..]);
        let value = self.sealed(Purpose::AuthoredCookie, &[&field]);
        self.set(
            AUTHORED_COOKIE,
            value,
            cookie::time::Duration::seconds(window.length().num_seconds()),
        )
    }

    /// The saved name, email and website, if the visitor asked to be remembered.
    pub fn commenter(&self) -> Option<Commenter> {
        let [name, email, url] = self.opened::<3>(COMMENTER_COOKIE, Purpose::CommenterCookie)?;
        Some(Commenter {
            // The limits count characters; a character is at most 4 bytes.
            name: Fields::text(&name, limits::AUTHOR * 4)?,
            email: Fields::text(&email, limits::EMAIL * 4)?,
            url: Fields::text(&url, limits::URL * 4)?,
        })
    }

    /// Keeps (`Some`) or forgets (`None`) the commenter's details, as they chose.
    pub fn with_commenter(self, details: Option<&Commenter>) -> Self {
        match details {
            Some(c) => {
                let fields = [c.name.as_str(), &c.email, &c.url].map(Fields::encode_text);
                let fields = [fields[0].as_str(), &fields[1], &fields[2]];
                let value = self.sealed(Purpose::CommenterCookie, &fields);
                self.set(
                    COMMENTER_COOKIE,
                    value,
                    cookie::time::Duration::days(COMMENTER_MAX_AGE_DAYS),
                )
            }
            None if self.jar.get(COMMENTER_COOKIE).is_some() => self.remove(COMMENTER_COOKIE),
            None => self,
        }
    }

    /// The reader id this browser keeps, if masthead issued it for this cookie.
    pub fn reader(&self, now: Timestamp) -> Option<Reader> {
        let cookie = self.jar.get(READER_COOKIE)?;
        ReaderTokens::for_cookie(self.state.secret()).verify(cookie.value(), now)
    }

    /// Keeps a new reader id (`random` from the caller's source of randomness).
    pub fn with_new_reader(self, random: [u8; 16], now: Timestamp) -> (Self, Option<Reader>) {
        let tokens = ReaderTokens::for_cookie(self.state.secret());
        let value = tokens.issue(random, now);
        let reader = tokens.verify(&value, now);
        let jar = self.set(
            READER_COOKIE,
            value,
            cookie::time::Duration::days(READER_MAX_AGE_DAYS),
        );
        (jar, reader)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_read_whole_or_not_at_all() {
        let t = Timestamp::from_timestamp(1_700_000_000, 0).unwrap_or_default();
        let list = vec![
            Authored {
                comment: CommentId(7),
                issued: t,
            },
            Authored {
                comment: CommentId(9),
                issued: t,
            },
        ];
        let field = list_field(&list);
        assert_eq!(field, "7-1700000000_9-1700000000");
        assert_eq!(parse_list(&field, 20), Some(list));
        for bad in [
            "",
            "7",
            "7-",
            "7-1700000000_",
            "7-1700000000__9-1",
            "7-1700000000_x",
            "+7-1700000000",
            "07-1700000000",
            "7-1700000000-1",
            "0-1700000000",
            "Eve_7-1700000000",
        ] {
            assert_eq!(parse_list(bad, 20), None, "{bad}");
        }
        assert_eq!(parse_list(&field, 1), None, "more entries than kept");
    }
}
