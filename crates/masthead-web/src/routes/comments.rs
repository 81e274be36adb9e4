//! `POST /comments` (and WordPress's `/wp-comments-post.php`): a reader's
//! comment from the form; a refusal shows the article again with the message.
use crate::error::{Text, WebError, submit_status};
use crate::extract::{ClientIp, PageCommentId};
use crate::form::FormFields;
use crate::pages::article::{PageMode, render};
use crate::pages::cookies::{Commenter, ReaderCookies};
use crate::pages::discussion::{Held, page_holding};
use crate::pages::discussion_view::FormView;
use crate::pages::not_found::not_found_page;
use crate::state::AppState;
use crate::views::{HONEYPOT_FIELD, PROOF_FIELD, TOKEN_FIELD};
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Redirect, Response};
use masthead_core::Localized;
use masthead_core::article::thread::{PageUrl, unmade_thread};
use masthead_core::chrono::Utc;
use masthead_core::comment::{Authored, CommentForm, CommentStatus, Field};
use masthead_core::i18n::Tr;
use masthead_core::ids::{ArticleId, CommentId};
use masthead_core::service::{
    Channel, FirstComment, Submission, SubmitError, ThreadError, page_thread,
};

/// `POST /comments` and `POST /wp-comments-post.php`: the classic form.
pub async fn submit(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    headers: HeaderMap,
    jar: ReaderCookies,
    body: Bytes,
) -> Result<Response, WebError> {
    state.limits.check_post(ip).map_err(WebError::TooMany)?;
    let fields = FormFields::parse(&headers, &body)?;
    let parent_id = fields.id("comment_parent")?;
    let form = CommentForm {
        author: fields.text("author"),
        email: fields.text("email"),
        url: fields.text("url"),
        comment: fields.text("comment"),
    };
    let settings = state.settings().await?;
    crate::origin::check_own_form(&settings, &headers)?;
    let t = Tr::new(settings.language);
    // The title an outside page proposed, sent with its first comment.
    let mut page_title = None;
    let article_id = match (fields.id("comment_post_ID")?, fields.get("mh_thread_url")) {
        (Some(id), _) => id,
        // The first comment on an outside page's thread, from masthead's
        // page for it (the embed's link for readers without JavaScript).
        (None, Some(raw)) => {
            let url = PageUrl::parse(raw).map_err(|e| WebError::bad_request(Text::of(e)))?;
            let first = FirstComment {
                form: &form,
                token: fields.get(TOKEN_FIELD),
                now: Utc::now(),
            };
            let title = fields.get("mh_thread_title").unwrap_or("");
            match page_thread(state.store.as_ref(), &settings, state.secret(), &url, first).await {
                Ok(thread) => {
                    page_title = Some(title.to_string());
                    thread.id.0
                }
                Err(ThreadError::Refused(e)) => {
                    let view = FormView {
                        author: form.author,
                        email: form.email,
                        url: form.url,
                        comment: form.comment,
                        notice: Some(e.message(t)),
                        refusal: t,
                        page_title: title.to_string(),
                        ..FormView::default()
                    };
                    let status = submit_status(&e);
                    let article = unmade_thread(&url, Utc::now());
                    return render(
                        &state,
                        &settings,
                        article,
                        &jar,
                        view,
                        PageMode::NoIndex,
                        status,
                    )
                    .await;
                }
                Err(e @ ThreadError::OriginNotAllowed(_)) => {
                    return Err(WebError::forbidden(Text::of(e)));
                }
            }
        }
        (None, None) => return not_found_page(&state).await,
    };
    // The reader id, so this reader's reports weigh more once the comment
    // is approved; a new one only if the address may have one now: posting
    // never fails for want of a reader id.
    let (reader_id, jar) = match super::reader::reader_id(&state, jar.clone(), ip) {
        Ok((reader, jar)) => (Some(reader.id), jar),
        Err(_) => (None, jar),
    };
    let submission = Submission {
        article_id: ArticleId(article_id),
        parent_id: parent_id.map(CommentId),
        form: form.clone(),
        ip: Some(ip.to_string()),
        user_agent: headers
            .get(header::USER_AGENT)
            .and_then(|v| v.to_str().ok())
            .map(|s| s.chars().take(254).collect()),
        now: Utc::now(),
        channel: Channel::Form {
            token: fields.get(TOKEN_FIELD).map(str::to_string),
        },
        honeypot: fields.text(HONEYPOT_FIELD),
        subscribe: fields
            .get("subscribe_comments")
            .is_some_and(|v| !v.is_empty()),
        page_title,
        reader_id,
        proof: fields.get(PROOF_FIELD).map(str::to_string),
    };
    let result = state.submit(&settings, submission).await;
    let err = match result {
        Ok(accepted) => {
            let consent = fields.get("wp-comment-cookies-consent") == Some("yes");
            let details = Commenter {
                name: form.author.clone(),
                email: form.email.clone(),
                url: form.url.clone(),
            };
            let jar = jar.with_commenter(consent.then_some(&details));
            // Their proof for the edit window (and for seeing it while held).
            let now = Utc::now();
            let posted = Authored {
                comment: accepted.id,
                issued: now,
            };
            let jar = jar.with_authored(posted, &settings, now);
            let jar = if accepted.status == CommentStatus::Approved {
                jar
            } else {
                // Spam looks like a held comment to its author: no hint for spammers.
                jar.with_pending(posted)
            };
            // The page of the discussion that now holds it.
            let page = page_holding(
                &state,
                &settings,
                &accepted.article,
                &jar,
                Held::Posted(accepted.placed),
            )
            .await?;
            let location = format!("{page}#comment-{}", accepted.id);
            return Ok((jar, Redirect::to(&location)).into_response());
        }
        Err(e) => e,
    };
    let mut view = FormView {
        author: form.author,
        email: form.email,
        url: form.url,
        comment: form.comment,
        parent: parent_id,
        remember: fields.get("wp-comment-cookies-consent") == Some("yes"),
        refusal: t,
        ..FormView::default()
    };
    let status = submit_status(&err);
    let retry = match &err {
        SubmitError::TooFast { retry_after } | SubmitError::Flood { retry_after } => {
            Some(*retry_after)
        }
        _ => None,
    };
    match err {
        SubmitError::ArticleNotFound => return not_found_page(&state).await,
        SubmitError::Store(e) => return Err(e.into()),
        SubmitError::Invalid(errors) => {
            for e in errors {
                let slot = match e.field {
                    Field::Comment => &mut view.error_comment,
                    Field::Author => &mut view.error_author,
                    Field::Email => &mut view.error_email,
                    Field::Url => &mut view.error_url,
                };
                slot.get_or_insert_with(|| e.message(t));
            }
        }
        other => view.notice = Some(other.message(t)),
    }
    let Some(article) = state
        .store
        .article_by_id(ArticleId(article_id))
        .await?
        .filter(|a| a.is_live(Utc::now()))
    else {
        return not_found_page(&state).await;
    };
    let mut response = render(
        &state,
        &settings,
        article,
        &jar,
        view,
        PageMode::NoIndex,
        status,
    )
    .await?;
    if let Some(secs) = retry
        && let Ok(v) = HeaderValue::from_str(&secs.max(1).to_string())
    {
        response.headers_mut().insert(header::RETRY_AFTER, v);
    }
    Ok(response)
}

/// `GET /comments/{id}`: a comment's permalink, whichever page of the
/// discussion holds it now (the admin's "View" link). 404 for anything that
/// is not an approved comment on a live article.
pub async fn permalink(
    State(state): State<AppState>,
    PageCommentId(id): PageCommentId,
    jar: ReaderCookies,
) -> Result<Response, WebError> {
    let Some(c) = state.store.comment(id).await? else {
        return not_found_page(&state).await;
    };
    if c.status != CommentStatus::Approved {
        // A comment removed or hidden by a stated decision says why, where
        // it was — while that decision is what keeps it from readers (not
        // reversed, not followed by its author's own edit).
        let stated = match c.status {
            CommentStatus::Trash => "removed",
            CommentStatus::Pending => "restricted",
            _ => "",
        };
        if let Some(s) = state.store.statement_of(id).await?
            && s.decision == stated
            && s.appeal_outcome.as_deref() != Some("reversed")
            && c.edited_at.is_none_or(|at| at <= s.created_at)
        {
            return super::notices::removed_page(&state, s).await;
        }
        return not_found_page(&state).await;
    }
    let Some(article) = state
        .store
        .article_by_id(c.article_id)
        .await?
        .filter(|a| a.is_live(Utc::now()))
    else {
        return not_found_page(&state).await;
    };
    let settings = state.settings().await?;
    let page = page_holding(&state, &settings, &article, &jar, Held::Id(id)).await?;
    Ok(Redirect::to(&format!("{page}#comment-{}", id.0)).into_response())
}
