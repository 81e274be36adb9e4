//! `GET /proof-of-work`: a fresh ALTCHA challenge for the comment form's
//! script (`static/proof.js`), when the site asks for proofs
//! (`moderation.proof_of_work`); 404 otherwise. Never cached: each browser
//! solves its own.
use crate::error::WebError;
use crate::pages::not_found::not_found_page;
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use masthead_core::comment::proof;
use masthead_core::settings::ProofOfWork;

pub async fn challenge(State(state): State<AppState>) -> Result<Response, WebError> {
    let settings = state.settings().await?;
    if settings.moderation.proof_of_work == ProofOfWork::Off {
        return not_found_page(&state).await;
    }
    let mut random = [0_u8; 16];
    getrandom::fill(&mut random)
        .map_err(|e| WebError::Internal(format!("no randomness for a challenge: {e}")))?;
    let c = proof::challenge(state.secret(), Utc::now(), random);
    Ok(([(header::CACHE_CONTROL, "no-store")], Json(c)).into_response())
}
