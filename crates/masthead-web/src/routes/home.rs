use crate::error::WebError;
use crate::state::AppState;
use crate::views::{Chrome, Dates, HomePage, NotFoundPage, SummaryView};
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};

pub async fn front(State(state): State<AppState>) -> Result<Response, WebError> {
    render(&state, 1).await
}

pub async fn page(
    State(state): State<AppState>,
    Path(page): Path<String>,
) -> Result<Response, WebError> {
    match page.parse::<u64>() {
        Ok(1) => Ok(axum::response::Redirect::permanent("/").into_response()),
        Ok(n) if n > 1 => render(&state, n).await,
        _ => Err(WebError::NotFound),
    }
}

async fn render(state: &AppState, page: u64) -> Result<Response, WebError> {
    let settings = state.settings().await?;
    let per_page = settings.articles_per_page;
    let total = state.store.count_published_articles().await?;
    let pages = total.div_ceil(u64::from(per_page)).max(1);
    if page > pages {
        return not_found_page(state).await;
    }
    let offset = (page - 1).saturating_mul(u64::from(per_page));
    let rows = state.store.published_articles(offset, per_page).await?;
    let dates = Dates::new(&settings);
    let href = |p: u64| {
        if p == 1 {
            "/".to_string()
        } else {
            format!("/page/{p}")
        }
    };
    let body = HomePage {
        chrome: Chrome::new(&settings),
        articles: rows.iter().map(|a| SummaryView::new(a, dates)).collect(),
        newer: (page > 1).then(|| href(page - 1)),
        older: (page < pages).then(|| href(page + 1)),
        page,
    }
    .render()?;
    Ok(Html(body).into_response())
}

pub async fn not_found(State(state): State<AppState>) -> Result<Response, WebError> {
    not_found_page(&state).await
}

/// The 404 page in the site's own design.
pub async fn not_found_page(state: &AppState) -> Result<Response, WebError> {
    let settings = state.settings().await?;
    let body = NotFoundPage {
        chrome: Chrome::new(&settings),
    }
    .render()?;
    Ok((StatusCode::NOT_FOUND, Html(body)).into_response())
}
