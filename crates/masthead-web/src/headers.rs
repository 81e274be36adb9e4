//! Security headers sent with every response.
use axum::Router;
use axum::http::{HeaderName, HeaderValue, header};
use tower_http::set_header::SetResponseHeaderLayer;

/// No inline script or style and no `eval`: even markup that slipped past the
/// sanitiser could not run. Photos may come from any https host.
const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; \
     form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

pub fn add<S: Clone + Send + Sync + 'static>(router: Router<S>) -> Router<S> {
    let fixed: [(HeaderName, &'static str); 4] = [
        (header::CONTENT_SECURITY_POLICY, CSP),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::REFERRER_POLICY, "strict-origin-when-cross-origin"),
        (header::X_FRAME_OPTIONS, "DENY"),
    ];
    fixed.into_iter().fold(router, |r, (name, value)| {
        r.layer(SetResponseHeaderLayer::if_not_present(
            name,
            HeaderValue::from_static(value),
        ))
    })
}

/// WordPress's API discovery: every page names the REST root, absolutely,
/// as `Link: <…/wp-json/>; rel="https://api.w.org/"`.
pub async fn api_link(
    req: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    let base = crate::wp_json::base_url(req.headers());
    let mut response = next.run(req).await;
    let is_html = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if is_html
        && let Ok(v) =
            HeaderValue::from_str(&format!("<{base}/wp-json/>; rel=\"https://api.w.org/\""))
    {
        response.headers_mut().append(header::LINK, v);
    }
    response
}
