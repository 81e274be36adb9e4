//! `/wp-json/wp/v2/posts`: published articles.
use super::dto::{Ctx, WpPost};
use super::params::{Context, Order, Params, PostOrderBy, PostStatusParam};
use crate::error::{Text, WpError};
use crate::state::AppState;
use axum::Json;
use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, HeaderName, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use masthead_core::chrono::Utc;
use masthead_core::ids::ArticleId;
use masthead_core::search::{SearchError, SearchTerms};
use masthead_core::store::{ArticleOrder, ArticleQuery};

/// `X-WP-Total`, `X-WP-TotalPages` and `Link` rel prev/next.
pub fn paging_headers(
    base: &str,
    path: &str,
    raw: Option<&str>,
    page: u64,
    total: u64,
    per_page: u32,
) -> Vec<(HeaderName, HeaderValue)> {
    let pages = total.div_ceil(u64::from(per_page));
    let mut out = vec![
        (
            HeaderName::from_static("x-wp-total"),
            HeaderValue::from(total),
        ),
        (
            HeaderName::from_static("x-wp-totalpages"),
            HeaderValue::from(pages),
        ),
    ];
    let others: Vec<(String, String)> = form_urlencoded::parse(raw.unwrap_or_default().as_bytes())
        .filter(|(k, _)| k != "page")
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    let url = |p: u64| {
        let mut q = form_urlencoded::Serializer::new(String::new());
        q.extend_pairs(others.iter());
        q.append_pair("page", &p.to_string());
        format!("<{base}{path}?{}>", q.finish())
    };
    let mut links = Vec::new();
    if page > 1 && page <= pages + 1 {
        links.push(format!("{}; rel=\"prev\"", url(page - 1)));
    }
    if page < pages {
        links.push(format!("{}; rel=\"next\"", url(page + 1)));
    }
    if !links.is_empty()
        && let Ok(v) = HeaderValue::from_str(&links.join(", "))
    {
        out.push((HeaderName::from_static("link"), v));
    }
    out
}

#[utoipa::path(get, path = "/wp-json/wp/v2/posts", tag = "posts",
    params(
        ("page" = Option<i64>, Query, description = "Page of the collection, from 1", minimum = 1),
        ("per_page" = Option<u32>, Query, description = "Items per page", minimum = 1, maximum = 100),
        ("search" = Option<String>, Query, description = "Full-text search of headline, standfirst, author and body (web-search syntax: \"phrase\", or, -word)", max_length = 256),
        ("order" = Option<Order>, Query, description = "asc or desc (default)"),
        ("orderby" = Option<PostOrderBy>, Query, description = "date (default); relevance needs search"),
        ("slug" = Option<String>, Query, description = "Comma-separated slugs"),
        ("status" = Option<PostStatusParam>, Query, description = "publish only, for anonymous callers"),
        ("context" = Option<Context>, Query, description = "view (default) or embed"),
    ),
    responses(
        (status = 200, description = "Published posts, newest first", body = [WpPost],
            headers(("X-WP-Total" = u64, description = "Matching posts"), ("X-WP-TotalPages" = u64, description = "Pages"))),
        (status = 400, description = "Invalid parameter or page out of range", body = crate::error::WpErrorBody),
        (status = 401, description = "Context not permitted", body = crate::error::WpErrorBody),
        (status = 429, description = "Rate limited"),
    ))]
pub async fn list(
    State(state): State<AppState>,
    headers: HeaderMap,
    RawQuery(raw): RawQuery,
) -> Result<Response, WpError> {
    let p = Params::parse(raw.as_deref());
    p.check_context()?;
    let page = p.page()?;
    let per_page = p.per_page()?;
    let ascending = p.order(false)?;
    // Served by the full-text index. Only punctuation: nothing can match.
    let search = match p.search()?.map(|text| SearchTerms::parse(&text)) {
        None => None,
        Some(Ok(terms)) => Some(terms),
        Some(Err(SearchError::Empty)) => {
            let mut response = Json(Vec::<WpPost>::new()).into_response();
            let base = Ctx::new(&state, &headers).await?.base;
            for (k, v) in paging_headers(
                &base,
                "/wp-json/wp/v2/posts",
                raw.as_deref(),
                page,
                0,
                per_page,
            ) {
                response.headers_mut().insert(k, v);
            }
            return Ok(response);
        }
        Some(Err(e)) => return Err(WpError::invalid_param("search", e.to_string())),
    };
    let order_by = match p.get("orderby") {
        None | Some("date") => ArticleOrder::Date,
        Some("id") => ArticleOrder::Id,
        Some("title") => ArticleOrder::Title,
        Some("slug") => ArticleOrder::Slug,
        Some("modified") => ArticleOrder::Modified,
        Some("relevance") if search.is_some() => ArticleOrder::Relevance,
        Some("relevance") => {
            return Err(WpError::new(
                StatusCode::BAD_REQUEST,
                "rest_no_search_term_defined",
                Text::id("error-rest-no-search-term"),
            ));
        }
        Some(_) => {
            return Err(WpError::invalid_param(
                "orderby",
                "orderby is not one of author, date, id, include, modified, parent, relevance, slug, include_slugs, and title.",
            ));
        }
    };
    if let Some(status) = p.get("status")
        && status != "publish"
    {
        return Err(WpError::invalid_param("status", "Status is forbidden."));
    }
    let query = ArticleQuery {
        search,
        slugs: p.list("slug"),
        order_by,
        ascending,
        offset: (page - 1).saturating_mul(u64::from(per_page)),
        limit: per_page,
    };
    let (articles, total) = state.store.query_articles(&query).await?;
    let pages = total.div_ceil(u64::from(per_page));
    if total > 0 && page > pages {
        return Err(WpError::new(
            StatusCode::BAD_REQUEST,
            "rest_post_invalid_page_number",
            Text::id("error-rest-page-too-large"),
        ));
    }
    let ctx = Ctx::new(&state, &headers).await?;
    let base = ctx.base.clone();
    let body: Vec<WpPost> = super::dto::posts_with_sections(
        state.store.as_ref(),
        articles.iter().map(|a| WpPost::new(a, &ctx)).collect(),
    )
    .await?;
    let mut response = Json(body).into_response();
    for (k, v) in paging_headers(
        &base,
        "/wp-json/wp/v2/posts",
        raw.as_deref(),
        page,
        total,
        per_page,
    ) {
        response.headers_mut().insert(k, v);
    }
    Ok(response)
}

pub fn invalid_post_id() -> WpError {
    WpError::new(
        StatusCode::NOT_FOUND,
        "rest_post_invalid_id",
        Text::id("error-rest-invalid-post-id"),
    )
}

#[utoipa::path(get, path = "/wp-json/wp/v2/posts/{id}", tag = "posts",
    params(("id" = String, Path, description = "Post id"), ("context" = Option<Context>, Query, description = "view (default) or embed")),
    responses(
        (status = 200, description = "One published post", body = WpPost),
        (status = 400, description = "Invalid parameter", body = crate::error::WpErrorBody),
        (status = 401, description = "Context not permitted", body = crate::error::WpErrorBody),
        (status = 404, description = "No such published post", body = crate::error::WpErrorBody),
        (status = 429, description = "Rate limited"),
    ))]
pub async fn one(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(id): Path<String>,
    RawQuery(raw): RawQuery,
) -> Result<Response, WpError> {
    Params::parse(raw.as_deref()).check_context()?;
    let id: i64 = id.parse().map_err(|_| invalid_post_id())?;
    let article = state
        .store
        .article_by_id(ArticleId(id))
        .await?
        .filter(|a| a.is_live(Utc::now()))
        .ok_or_else(invalid_post_id)?;
    let ctx = Ctx::new(&state, &headers).await?;
    let post =
        super::dto::post_with_sections(state.store.as_ref(), WpPost::new(&article, &ctx)).await?;
    Ok(Json(post).into_response())
}
