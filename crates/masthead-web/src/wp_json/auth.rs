//! Who is calling the REST API: anonymous, or a staff member through an
//! application password over HTTP Basic auth (WordPress's scheme). Wrong
//! credentials are refused (401), never silently treated as anonymous.
//!
//! Failed attempts are not rate-limited separately: application passwords are
//! 24 random characters (about 143 bits), far beyond guessing, and every
//! request is under the per-address request limit anyway.
use crate::error::{Text, WpError};
use crate::state::AppState;
use axum::extract::FromRequestParts;
use axum::http::StatusCode;
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;
use base64::Engine;
use masthead_core::user::{User, app_password};

pub struct ApiUser(pub Option<User>);

fn invalid() -> WpError {
    WpError::new(
        StatusCode::UNAUTHORIZED,
        "incorrect_password",
        Text::id("error-rest-bad-password"),
    )
}

impl FromRequestParts<AppState> for ApiUser {
    type Rejection = WpError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, WpError> {
        let Some(value) = parts.headers.get(AUTHORIZATION) else {
            return Ok(ApiUser(None));
        };
        let value = value.to_str().map_err(|_| invalid())?;
        let Some((scheme, credentials)) = value.split_once(' ') else {
            return Err(invalid());
        };
        if !scheme.eq_ignore_ascii_case("basic") {
            // Other schemes belong to plugins WordPress would need; masthead has none.
            return Ok(ApiUser(None));
        }
        let decoded = base64::engine::general_purpose::STANDARD
            .decode(credentials.trim())
            .map_err(|_| invalid())?;
        let text = String::from_utf8(decoded).map_err(|_| invalid())?;
        let (name, password) = text.split_once(':').ok_or_else(invalid)?;
        let user = state
            .store
            .user_by_app_password(name, &app_password::hash(password))
            .await?
            .ok_or_else(invalid)?;
        Ok(ApiUser(Some(user)))
    }
}

impl ApiUser {
    /// The signed-in user if their role allows `allowed`; 401 for anonymous
    /// callers and 403 for the wrong role, with WordPress's code and message
    /// (`message`: its id in the catalogues).
    pub fn require(
        &self,
        allowed: impl Fn(&User) -> bool,
        code: &'static str,
        message: &'static str,
    ) -> Result<&User, WpError> {
        match &self.0 {
            Some(u) if allowed(u) => Ok(u),
            Some(_) => Err(WpError::new(StatusCode::FORBIDDEN, code, Text::id(message))),
            None => Err(WpError::new(
                StatusCode::UNAUTHORIZED,
                code,
                Text::id(message),
            )),
        }
    }

    /// The sections a section desk's moderator is limited to, as list
    /// filters take them (`None`: every section).
    pub fn desk(&self) -> Option<Vec<String>> {
        self.0
            .as_ref()
            .and_then(|u| masthead_core::service::desk_filter(&u.sections))
    }

    pub fn is_moderator(&self) -> bool {
        self.0.as_ref().is_some_and(|u| u.role.may_moderate())
    }
}
