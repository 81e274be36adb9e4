//! `GET /wp-json/`: the discovery document clients such as wpapi read.
use crate::error::WebError;
use crate::state::AppState;
use crate::views::base_url;
use axum::Json;
use axum::extract::State;
use axum::http::HeaderMap;
use serde_json::{Value, json};

/// Routes in WordPress's regex form; wpapi's `discover()` parses the named groups.
const ROUTES: [(&str, &[&str]); 5] = [
    ("/wp/v2", &["GET"]),
    ("/wp/v2/posts", &["GET"]),
    ("/wp/v2/posts/(?P<id>[\\d]+)", &["GET"]),
    ("/wp/v2/comments", &["GET", "POST"]),
    ("/wp/v2/comments/(?P<id>[\\d]+)", &["GET"]),
];

#[utoipa::path(get, path = "/wp-json/", tag = "discovery",
    responses((status = 200, description = "The REST API index", content_type = "application/json")))]
pub async fn index(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Json<Value>, WebError> {
    let settings = state.settings().await?;
    let base = base_url(&headers);
    let mut routes = serde_json::Map::new();
    for (route, methods) in ROUTES {
        let mut entry = json!({
            "namespace": "wp/v2",
            "methods": methods,
            "endpoints": methods.iter().map(|m| json!({"methods": [m], "args": {}})).collect::<Vec<_>>(),
        });
        if !route.contains("(?P") {
            entry["_links"] = json!({"self": [{"href": format!("{base}/wp-json{route}")}]});
        }
        routes.insert(route.to_string(), entry);
    }
    Ok(Json(json!({
        "name": settings.title,
        "description": settings.shown_description(),
        "url": base,
        "home": base,
        "gmt_offset": f64::from(settings.utc_offset_minutes) / 60.0,
        "timezone_string": "",
        "namespaces": ["wp/v2"],
        "authentication": {},
        "routes": routes,
        "_links": {"help": [{"href": "https://developer.wordpress.org/rest-api/"}]},
    })))
}
