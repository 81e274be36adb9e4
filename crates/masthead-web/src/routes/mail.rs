//! The pages the signed links in notification mail open (`/mail/moderate`,
//! `/mail/confirm`, `/mail/unsubscribe`). A GET only shows what the link
//! will do, with a button: mail scanners and link previews fetch links,
//! and must not approve a comment or confirm an address. The POST does it;
//! the token is its authority (no session, no CSRF cookie), and for
//! unsubscribing it is RFC 8058's one-click POST to the List-Unsubscribe
//! URL (`List-Unsubscribe=One-Click` in the body, the token in the query).
use crate::error::WebError;
use crate::state::AppState;
use crate::views::{Chrome, MailLinkPage};
use askama::Template;
use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use masthead_core::chrono::Utc;
use masthead_core::comment::{Actor, CommentStatus, ModerationAction, Via};
use masthead_core::notify::{LinkError, MailAction, MailTokens};
use masthead_core::service::{ModerationError, moderate};

#[derive(Debug, serde::Deserialize)]
pub struct TokenQuery {
    token: Option<String>,
}

fn refused(status: StatusCode, message: impl Into<String>) -> WebError {
    WebError::Refused {
        status,
        message: message.into(),
    }
}

/// The token from the query, or else from a form body.
fn token_of(query: &TokenQuery, body: &[u8]) -> Option<String> {
    query.token.clone().or_else(|| {
        form_urlencoded::parse(body)
            .find(|(k, _)| k == "token")
            .map(|(_, v)| v.into_owned())
    })
}

fn verify(state: &AppState, token: Option<&str>, purpose: &str) -> Result<MailAction, WebError> {
    let token =
        token.ok_or_else(|| refused(StatusCode::BAD_REQUEST, LinkError::Invalid.to_string()))?;
    let action = MailTokens::new(state.secret())
        .verify(token, Utc::now())
        .map_err(|e| match e {
            LinkError::Invalid => refused(StatusCode::BAD_REQUEST, e.to_string()),
            LinkError::Expired => refused(StatusCode::GONE, e.to_string()),
        })?;
    let path = match &action {
        MailAction::Moderate(..) => "moderate",
        MailAction::Confirm(_) => "confirm",
        MailAction::Unsubscribe(..) => "unsubscribe",
    };
    if path != purpose {
        return Err(refused(
            StatusCode::BAD_REQUEST,
            LinkError::Invalid.to_string(),
        ));
    }
    Ok(action)
}

async fn page(
    state: &AppState,
    title: &'static str,
    message: String,
    quote: String,
    button: &'static str,
    action: &str,
    token: &str,
) -> Result<Response, WebError> {
    let settings = state.settings().await?;
    let page = MailLinkPage {
        chrome: Chrome::new(&settings),
        title,
        message,
        quote,
        button,
        action: action.to_string(),
        token: token.to_string(),
    };
    Ok(Html(page.render()?).into_response())
}

fn already(id: masthead_core::ids::CommentId, status: CommentStatus) -> String {
    format!(
        "Comment {id} is no longer held (it is {} now): this link does nothing.",
        status.as_str()
    )
}

fn verb(a: ModerationAction) -> (&'static str, &'static str) {
    match a {
        ModerationAction::Approve => ("Approve", "approved"),
        ModerationAction::Spam => ("Mark as spam", "marked as spam"),
        _ => ("Move to trash", "moved to the trash"),
    }
}

/// `GET /mail/moderate`: the held comment and a button.
pub async fn moderate_page(
    State(state): State<AppState>,
    Query(q): Query<TokenQuery>,
) -> Result<Response, WebError> {
    let MailAction::Moderate(id, action) = verify(&state, q.token.as_deref(), "moderate")? else {
        return Err(WebError::NotFound);
    };
    let comment = state.store.comment(id).await?.ok_or_else(|| {
        refused(
            StatusCode::NOT_FOUND,
            format!("Comment {id} no longer exists."),
        )
    })?;
    if comment.status != CommentStatus::Pending {
        return page(
            &state,
            "Moderate a comment",
            already(id, comment.status),
            comment.content_source,
            "",
            "",
            "",
        )
        .await;
    }
    let (button, _) = verb(action);
    let message = format!(
        "{button} comment {id} by {} (now {})?",
        comment.author_name,
        comment.status.as_str()
    );
    let token = q.token.unwrap_or_default();
    page(
        &state,
        "Moderate a comment",
        message,
        comment.content_source,
        button,
        "/mail/moderate",
        &token,
    )
    .await
}

/// `POST /mail/moderate`: moderates through the one moderation service.
pub async fn moderate_post(
    State(state): State<AppState>,
    Query(q): Query<TokenQuery>,
    body: Bytes,
) -> Result<Response, WebError> {
    let token = token_of(&q, &body);
    let MailAction::Moderate(id, action) = verify(&state, token.as_deref(), "moderate")? else {
        return Err(WebError::NotFound);
    };
    // A link acts on a held comment only: a week-old link must not undo
    // what a moderator decided since.
    match state.store.comment(id).await? {
        None => {}
        Some(c) if c.status == CommentStatus::Pending => {}
        Some(c) => return Err(refused(StatusCode::CONFLICT, already(id, c.status))),
    }
    let actor = Actor {
        user_id: None,
        name: "email link".into(),
        via: Via::Mail,
    };
    match moderate(state.store.as_ref(), &[id], action, &actor, Utc::now()).await {
        Ok(_) => {}
        Err(ModerationError::CommentNotFound(_)) => {
            return Err(refused(
                StatusCode::NOT_FOUND,
                format!("Comment {id} no longer exists."),
            ));
        }
        Err(e) => return Err(e.into()),
    }
    let (_, done) = verb(action);
    page(
        &state,
        "Done",
        format!("Comment {id} was {done}."),
        String::new(),
        "",
        "",
        "",
    )
    .await
}

/// `GET /mail/confirm`: asks for the press of a button.
pub async fn confirm_page(
    State(state): State<AppState>,
    Query(q): Query<TokenQuery>,
) -> Result<Response, WebError> {
    let MailAction::Confirm(email) = verify(&state, q.token.as_deref(), "confirm")? else {
        return Err(WebError::NotFound);
    };
    let token = q.token.unwrap_or_default();
    page(
        &state,
        "Confirm your address",
        format!("Send follow-up comments to {email}?"),
        String::new(),
        "Confirm",
        "/mail/confirm",
        &token,
    )
    .await
}

/// `POST /mail/confirm`: the address is confirmed (double opt-in).
pub async fn confirm_post(
    State(state): State<AppState>,
    Query(q): Query<TokenQuery>,
    body: Bytes,
) -> Result<Response, WebError> {
    let token = token_of(&q, &body);
    let MailAction::Confirm(email) = verify(&state, token.as_deref(), "confirm")? else {
        return Err(WebError::NotFound);
    };
    if !state.store.confirm_address(&email, Utc::now()).await? {
        return Err(refused(
            StatusCode::GONE,
            "This address has nothing to confirm (it unsubscribed since).",
        ));
    }
    page(
        &state,
        "Address confirmed",
        "You will be told of new comments on the discussions you follow.".into(),
        String::new(),
        "",
        "",
        "",
    )
    .await
}

/// `GET /mail/unsubscribe`: asks for the press of a button.
pub async fn unsubscribe_page(
    State(state): State<AppState>,
    Query(q): Query<TokenQuery>,
) -> Result<Response, WebError> {
    let MailAction::Unsubscribe(email, article) =
        verify(&state, q.token.as_deref(), "unsubscribe")?
    else {
        return Err(WebError::NotFound);
    };
    let what = if article.is_some() {
        "mail about this discussion"
    } else {
        "all mail from this site"
    };
    let token = q.token.unwrap_or_default();
    page(
        &state,
        "Unsubscribe",
        format!("Stop {what} to {email}?"),
        String::new(),
        "Unsubscribe",
        "/mail/unsubscribe",
        &token,
    )
    .await
}

/// `POST /mail/unsubscribe`: the button, or a mail client's one-click POST.
pub async fn unsubscribe_post(
    State(state): State<AppState>,
    Query(q): Query<TokenQuery>,
    body: Bytes,
) -> Result<Response, WebError> {
    let token = token_of(&q, &body);
    let MailAction::Unsubscribe(email, article) = verify(&state, token.as_deref(), "unsubscribe")?
    else {
        return Err(WebError::NotFound);
    };
    state.store.unsubscribe(&email, article, Utc::now()).await?;
    page(
        &state,
        "Unsubscribed",
        format!("No more of this mail will be sent to {email}."),
        String::new(),
        "",
        "",
        "",
    )
    .await
}
