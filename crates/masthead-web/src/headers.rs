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
