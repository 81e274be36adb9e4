//! The pages the signed links in notification mail open (`/mail/moderate`,
//! `/mail/confirm`, `/mail/unsubscribe`). A GET only shows what the link
//! will do, with a button: mail scanners and link previews fetch links,
//! and must not approve a comment or confirm an address. The POST does it;
//! the token is its authority (no session, no CSRF cookie), and for
//! unsubscribing it is RFC 8058's one-click POST to the List-Unsubscribe
//! URL (`List-Unsubscribe=One-Click` in the body, the token in the query).
use crate::error::WebError;
use crate::state::AppState;
use crate::views::Chrome;
use askama::Template;
use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use masthead_core::chrono::Utc;
use masthead_core::comment::{Actor, CommentStatus, ModerationAction};
use masthead_core::i18n::Tr;
use masthead_core::ids::CommentId;
use masthead_core::notify::{LinkChannel, LinkError, MailAction, MailTokens};
use masthead_core::service::{ModerationError, moderate};
use masthead_core::settings::SiteSettings;

/// The page a link in a notification opens: what it will do and a button
/// that does it (a GET never changes anything), or what it did.
#[derive(Template)]
#[template(path = "mail_link.html")]
pub struct MailLinkPage {
    pub chrome: Chrome,
    pub title: String,
    pub message: String,
    /// The comment's text, for a moderator's decision.
    pub quote: String,
    /// Empty once done: no form then.
    pub button: String,
    pub action: String,
    pub token: String,
}

#[derive(Debug, serde::Deserialize)]
pub struct TokenQuery {
    token: Option<String>,
}

/// The site's language, for every word of these pages and their refusals.
async fn words(state: &AppState) -> Result<(Tr, SiteSettings), WebError> {
    let settings = (*state.settings().await?).clone();
    Ok((Tr::new(settings.language), settings))
}

fn link_error(tr: Tr, e: LinkError) -> WebError {
    match e {
        LinkError::Invalid => WebError::refused(StatusCode::BAD_REQUEST, tr.t("mail-link-invalid")),
        LinkError::Expired => WebError::refused(StatusCode::GONE, tr.t("mail-link-expired")),
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

fn verify(
    state: &AppState,
    tr: Tr,
    token: Option<&str>,
    purpose: &str,
) -> Result<(MailAction, LinkChannel), WebError> {
    let token = token.ok_or_else(|| link_error(tr, LinkError::Invalid))?;
    let (action, channel) = MailTokens::new(state.secret())
        .verify(token, Utc::now())
        .map_err(|e| link_error(tr, e))?;
    let path = match &action {
        MailAction::Moderate(..) => "moderate",
        MailAction::Confirm(_) => "confirm",
        MailAction::Unsubscribe(..) => "unsubscribe",
    };
    if path != purpose {
        return Err(link_error(tr, LinkError::Invalid));
    }
    Ok((action, channel))
}

/// What a page shows: its title and message, the comment's text for a
/// moderator, and the button with where it posts (none once done).
#[derive(Default)]
struct Shown {
    title: String,
    message: String,
    quote: String,
    button: String,
    action: &'static str,
    token: String,
}

fn page(settings: &SiteSettings, shown: Shown) -> Result<Response, WebError> {
    let page = MailLinkPage {
        chrome: Chrome::new(settings),
        title: shown.title,
        message: shown.message,
        quote: shown.quote,
        button: shown.button,
        action: shown.action.to_string(),
        token: shown.token,
    };
    Ok(Html(page.render()?).into_response())
}

fn already(tr: Tr, id: CommentId, status: CommentStatus) -> String {
    let state = match status {
        CommentStatus::Pending => "mail-status-pending",
        CommentStatus::Approved => "mail-status-approved",
        CommentStatus::Spam => "mail-status-spam",
        CommentStatus::Trash => "mail-status-trash",
    };
    tr.args(
        "mail-page-no-longer-held",
        &[
            ("id", id.0.to_string().into()),
            ("status", tr.t(state).into()),
        ],
    )
}

fn gone(tr: Tr, id: CommentId) -> WebError {
    WebError::refused(
        StatusCode::NOT_FOUND,
        tr.s("mail-page-comment-gone", "id", &id.0.to_string()),
    )
}

/// The message ids for one action: the question, the button, what was done.
fn verb(a: ModerationAction) -> (&'static str, &'static str, &'static str) {
    match a {
        ModerationAction::Approve => (
            "mail-page-approve-question",
            "mail-button-approve",
            "mail-page-approved",
        ),
        ModerationAction::Spam => (
            "mail-page-spam-question",
            "mail-button-spam",
            "mail-page-spammed",
        ),
        _ => (
            "mail-page-trash-question",
            "mail-button-trash",
            "mail-page-trashed",
        ),
    }
}

/// `GET /mail/moderate`: the held comment and a button.
pub async fn moderate_page(
    State(state): State<AppState>,
    Query(q): Query<TokenQuery>,
) -> Result<Response, WebError> {
    let (tr, settings) = words(&state).await?;
    let (MailAction::Moderate(id, action), _) = verify(&state, tr, q.token.as_deref(), "moderate")?
    else {
        return Err(WebError::NotFound);
    };
    let comment = state.store.comment(id).await?.ok_or_else(|| gone(tr, id))?;
    let title = tr.t("mail-page-moderate-title");
    if comment.status != CommentStatus::Pending {
        return page(
            &settings,
            Shown {
                title,
                message: already(tr, id, comment.status),
                quote: comment.content_source,
                ..Shown::default()
            },
        );
    }
    let (question, button, _) = verb(action);
    let message = tr.args(
        question,
        &[
            ("id", id.0.to_string().into()),
            ("author", comment.author_name.as_str().into()),
        ],
    );
    page(
        &settings,
        Shown {
            title,
            message,
            quote: comment.content_source,
            button: tr.t(button),
            action: "/mail/moderate",
            token: q.token.unwrap_or_default(),
        },
    )
}

/// `POST /mail/moderate`: moderates through the one moderation service.
pub async fn moderate_post(
    State(state): State<AppState>,
    Query(q): Query<TokenQuery>,
    body: Bytes,
) -> Result<Response, WebError> {
    let (tr, settings) = words(&state).await?;
    let token = token_of(&q, &body);
    let (MailAction::Moderate(id, action), channel) =
        verify(&state, tr, token.as_deref(), "moderate")?
    else {
        return Err(WebError::NotFound);
    };
    // A link acts on a held comment only: a week-old link must not undo
    // what a moderator decided since.
    match state.store.comment(id).await? {
        None => {}
        Some(c) if c.status == CommentStatus::Pending => {}
        Some(c) => {
            return Err(WebError::refused(
                StatusCode::CONFLICT,
                already(tr, id, c.status),
            ));
        }
    }
    let actor = Actor {
        user_id: None,
        name: match channel {
            LinkChannel::Mail => "email link".into(),
            LinkChannel::Webhook => "webhook link".into(),
        },
        via: channel.via(),
        // A signed link is the site's own: it names one comment.
        sections: Vec::new(),
    };
    match moderate(state.store.as_ref(), &[id], action, &actor, Utc::now()).await {
        Ok(_) => {}
        Err(ModerationError::CommentNotFound(_)) => return Err(gone(tr, id)),
        Err(e) => return Err(e.into()),
    }
    let (_, _, done) = verb(action);
    page(
        &settings,
        Shown {
            title: tr.t("mail-page-done-title"),
            message: tr.s(done, "id", &id.0.to_string()),
            ..Shown::default()
        },
    )
}

/// `GET /mail/confirm`: asks for the press of a button.
pub async fn confirm_page(
    State(state): State<AppState>,
    Query(q): Query<TokenQuery>,
) -> Result<Response, WebError> {
    let (tr, settings) = words(&state).await?;
    let (MailAction::Confirm(email), _) = verify(&state, tr, q.token.as_deref(), "confirm")? else {
        return Err(WebError::NotFound);
    };
    page(
        &settings,
        Shown {
            title: tr.t("mail-page-confirm-title"),
            message: tr.s("mail-page-confirm-question", "email", &email),
            button: tr.t("mail-button-confirm"),
            action: "/mail/confirm",
            token: q.token.unwrap_or_default(),
            ..Shown::default()
        },
    )
}

/// `POST /mail/confirm`: the address is confirmed (double opt-in).
pub async fn confirm_post(
    State(state): State<AppState>,
    Query(q): Query<TokenQuery>,
    body: Bytes,
) -> Result<Response, WebError> {
    let (tr, settings) = words(&state).await?;
    let token = token_of(&q, &body);
    let (MailAction::Confirm(email), _) = verify(&state, tr, token.as_deref(), "confirm")? else {
        return Err(WebError::NotFound);
    };
    if !state.store.confirm_address(&email, Utc::now()).await? {
        return Err(WebError::refused(
            StatusCode::GONE,
            tr.t("mail-page-nothing-to-confirm"),
        ));
    }
    page(
        &settings,
        Shown {
            title: tr.t("mail-page-confirmed-title"),
            message: tr.t("mail-page-confirmed"),
            ..Shown::default()
        },
    )
}

/// `GET /mail/unsubscribe`: asks for the press of a button.
pub async fn unsubscribe_page(
    State(state): State<AppState>,
    Query(q): Query<TokenQuery>,
) -> Result<Response, WebError> {
    let (tr, settings) = words(&state).await?;
    let (MailAction::Unsubscribe(email, article), _) =
        verify(&state, tr, q.token.as_deref(), "unsubscribe")?
    else {
        return Err(WebError::NotFound);
    };
    let question = if article.is_some() {
        "mail-page-unsubscribe-discussion"
    } else {
        "mail-page-unsubscribe-all"
    };
    page(
        &settings,
        Shown {
            title: tr.t("mail-page-unsubscribe-title"),
            message: tr.s(question, "email", &email),
            button: tr.t("mail-button-unsubscribe"),
            action: "/mail/unsubscribe",
            token: q.token.unwrap_or_default(),
            ..Shown::default()
        },
    )
}

/// `POST /mail/unsubscribe`: the button, or a mail client's one-click POST.
pub async fn unsubscribe_post(
    State(state): State<AppState>,
    Query(q): Query<TokenQuery>,
    body: Bytes,
) -> Result<Response, WebError> {
    let (tr, settings) = words(&state).await?;
    let token = token_of(&q, &body);
    let (MailAction::Unsubscribe(email, article), _) =
        verify(&state, tr, token.as_deref(), "unsubscribe")?
    else {
        return Err(WebError::NotFound);
    };
    state.store.unsubscribe(&email, article, Utc::now()).await?;
    page(
        &settings,
        Shown {
            title: tr.t("mail-page-unsubscribed-title"),
            message: tr.s("mail-page-unsubscribed", "email", &email),
            ..Shown::default()
        },
    )
}
