//! Sign-in, sign-out and the `Staff` extractor. Sessions live in the database
//! (so several nodes share them); the cookie holds a random token whose hash
//! is the key. Cookies are HttpOnly, SameSite=Lax, and Secure on https sites.
use crate::error::WebError;
use crate::extract::ClientIp;
use crate::form::FormFields;
use crate::state::AppState;
use askama::Template;
use axum::body::Bytes;
use axum::extract::{FromRequestParts, Query, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;
use axum_extra::extract::cookie::{Cookie, SameSite};
use masthead_core::chrono::{Duration as ChronoDuration, Utc};
use masthead_core::comment::FormTokens;
use masthead_core::i18n::Tr;
use masthead_core::ids::ArticleId;
use masthead_core::user::{User, verify_password};
use serde::Deserialize;
use sha2::{Digest, Sha256};

const SESSION_COOKIE: &str = "masthead_session";
/// Form tokens of the sign-in form are bound to this pseudo-article.
const LOGIN_FORM: ArticleId = ArticleId(0);
/// Verified when the account does not exist, so timing does not tell.
static DUMMY_HASH: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    masthead_core::user::hash_password("no such account, same cost").unwrap_or_default()
});

fn random_hex(bytes: usize) -> Result<String, WebError> {
    let mut buf = vec![0u8; bytes];
    getrandom::fill(&mut buf)
        .map_err(|e| WebError::Internal(format!("no randomness from the OS: {e}")))?;
    Ok(buf.iter().map(|b| format!("{b:02x}")).collect())
}

fn token_hash(token: &str) -> String {
    Sha256::digest(token.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// A signed-in staff member, with the CSRF token of their session.
pub struct Staff {
    pub user: User,
    pub csrf: String,
    /// The site's language, for every word of the admin's pages.
    pub tr: Tr,
    token_hash: String,
}

impl Staff {
    /// Refuses a state-changing form without this session's CSRF token.
    pub fn check_csrf(&self, fields: &FormFields) -> Result<(), WebError> {
        let sent = fields.get("_csrf").unwrap_or_default();
        let same = sent.len() == self.csrf.len()
            && sent
                .bytes()
                .zip(self.csrf.bytes())
                .fold(0u8, |acc, (a, b)| acc | (a ^ b))
                == 0;
        if same {
            Ok(())
        } else {
            Err(WebError::forbidden(self.tr.t("admin-csrf-expired")))
        }
    }

    pub fn require(&self, allowed: bool) -> Result<(), WebError> {
        if allowed {
            Ok(())
        } else {
            let role = self.tr.t(&format!("admin-role-{}", self.user.role));
            Err(WebError::forbidden(self.tr.s(
                "admin-role-refused",
                "role",
                &role,
            )))
        }
    }
}

/// Not signed in: a redirect to the sign-in page that comes back here.
pub enum StaffRejection {
    SignIn(String),
    Error(WebError),
}

impl IntoResponse for StaffRejection {
    fn into_response(self) -> Response {
        match self {
            StaffRejection::SignIn(next) => {
                let q = form_urlencoded::Serializer::new(String::new())
                    .append_pair("next", &next)
                    .finish();
                Redirect::to(&format!("/admin/login?{q}")).into_response()
            }
            StaffRejection::Error(e) => e.into_response(),
        }
    }
}

impl FromRequestParts<AppState> for Staff {
    type Rejection = StaffRejection;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let next = parts
            .uri
            .path_and_query()
            .map_or("/admin", |p| p.as_str())
            .to_string();
        let jar = CookieJar::from_headers(&parts.headers);
        let Some(token) = jar.get(SESSION_COOKIE).map(|c| c.value().to_string()) else {
            return Err(StaffRejection::SignIn(next));
        };
        let hash = token_hash(&token);
        let store = &state.store;
        let Some(session) = store
            .session(&hash)
            .await
            .map_err(|e| StaffRejection::Error(e.into()))?
        else {
            return Err(StaffRejection::SignIn(next));
        };
        let now = Utc::now();
        let idle =
            ChronoDuration::from_std(state.config.session_idle).unwrap_or(ChronoDuration::hours(2));
        let absolute = ChronoDuration::from_std(state.config.session_absolute)
            .unwrap_or(ChronoDuration::hours(12));
        if now - session.last_seen_at > idle || now - session.created_at > absolute {
            let _ = store.delete_session(&hash).await;
            return Err(StaffRejection::SignIn(next));
        }
        // Record activity at most once a minute: no write per page view.
        if now - session.last_seen_at > ChronoDuration::minutes(1) {
            store
                .touch_session(&hash, now)
                .await
                .map_err(|e| StaffRejection::Error(e.into()))?;
        }
        let settings = state.settings().await.map_err(StaffRejection::Error)?;
        Ok(Staff {
            user: session.user,
            csrf: session.csrf,
            tr: Tr::new(settings.language),
            token_hash: hash,
        })
    }
}

#[derive(Template)]
#[template(path = "admin/login.html")]
struct LoginPage<'a> {
    tr: Tr,
    site_title: String,
    asset_version: &'a str,
    token: String,
    next: String,
    name: String,
    error: Option<String>,
}

#[derive(Deserialize)]
pub struct NextQuery {
    next: Option<String>,
}

/// Only paths inside the admin area, so sign-in cannot redirect elsewhere.
fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(n) if n.starts_with("/admin") && !n.starts_with("//") && !n.contains('\\') => {
            n.to_string()
        }
        _ => "/admin/comments".to_string(),
    }
}

async fn render_login(
    state: &AppState,
    status: StatusCode,
    next: String,
    name: String,
    error: Option<&str>,
) -> Result<Response, WebError> {
    let settings = state.settings().await?;
    let tr = Tr::new(settings.language);
    let page = LoginPage {
        tr,
        site_title: settings.title.clone(),
        asset_version: crate::assets::VERSION.as_str(),
        token: FormTokens::new(state.secret()).issue(LOGIN_FORM, Utc::now()),
        next,
        name,
        error: error.map(|id| tr.t(id)),
    };
    Ok((status, Html(page.render()?)).into_response())
}

pub async fn login_page(
    State(state): State<AppState>,
    Query(q): Query<NextQuery>,
) -> Result<Response, WebError> {
    render_login(
        &state,
        StatusCode::OK,
        safe_next(q.next.as_deref()),
        String::new(),
        None,
    )
    .await
}

pub async fn login(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    headers: HeaderMap,
    jar: CookieJar,
    body: Bytes,
) -> Result<Response, WebError> {
    let fields = FormFields::parse(&headers, &body)?;
    let next = safe_next(fields.get("next"));
    let name = fields.text("name").trim().to_string();
    let password = fields.text("password");
    if !state.logins.allow(ip, &name) {
        let msg = "admin-login-too-many";
        let mut r =
            render_login(&state, StatusCode::TOO_MANY_REQUESTS, next, name, Some(msg)).await?;
        r.headers_mut().insert(
            axum::http::header::RETRY_AFTER,
            axum::http::HeaderValue::from_static("60"),
        );
        return Ok(r);
    }
    let token_ok = FormTokens::new(state.secret())
        .verify(
            fields.get("_token").unwrap_or_default(),
            LOGIN_FORM,
            Utc::now(),
            0,
            2 * 3600,
        )
        .is_ok();
    if !token_ok {
        let msg = "admin-login-expired";
        return render_login(&state, StatusCode::BAD_REQUEST, next, name, Some(msg)).await;
    }
    let user = state.store.user_by_name(&name).await?;
    // argon2 takes tens of milliseconds of CPU: on the blocking pool, so the
    // other connections of this thread are not held up meanwhile.
    let stored = user.as_ref().map(|u| u.password_hash.clone());
    let valid = tokio::task::spawn_blocking(move || match stored {
        Some(hash) => verify_password(&password, &hash),
        None => {
            let _ = verify_password(&password, &DUMMY_HASH);
            false
        }
    })
    .await
    .unwrap_or(false);
    let Some(user) = user.filter(|_| valid) else {
        let msg = "admin-login-wrong";
        return render_login(&state, StatusCode::UNAUTHORIZED, next, name, Some(msg)).await;
    };
    let token = random_hex(32)?;
    let csrf = random_hex(16)?;
    state
        .store
        .create_session(&token_hash(&token), user.id, &csrf, Utc::now())
        .await?;
    let cookie = Cookie::build((SESSION_COOKIE, token))
        .path("/")
        .http_only(true)
        .secure(state.config.secure_cookies)
        .same_site(SameSite::Lax)
        .build();
    Ok((jar.add(cookie), Redirect::to(&next)).into_response())
}

pub async fn logout(
    State(state): State<AppState>,
    staff: Staff,
    headers: HeaderMap,
    jar: CookieJar,
    body: Bytes,
) -> Result<Response, WebError> {
    let fields = FormFields::parse(&headers, &body)?;
    staff.check_csrf(&fields)?;
    state.store.delete_session(&staff.token_hash).await?;
    let gone = Cookie::build((SESSION_COOKIE, "")).path("/").build();
    Ok((jar.remove(gone), Redirect::to("/admin/login")).into_response())
}
