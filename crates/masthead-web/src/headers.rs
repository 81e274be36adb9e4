//! Security headers sent with every response, and the REST API's discovery link.
use axum::http::{HeaderValue, StatusCode, header};

/// No inline script or style and no `eval`: even markup that slipped past the
/// sanitiser could not run. Photos may come from any https host; scripts
/// may ask only this site (the form's proof-of-work challenge).
const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; \
     connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/// The security headers every response carries unless its handler set its
/// own, and WordPress's API discovery on every HTML page: one layer, where
/// one per header cost a boxed clone each per request.
pub async fn site_headers(
    req: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    let link = api_link(req.headers());
    let mut response = next.run(req).await;
    let headers = response.headers_mut();
    for (name, value) in [
        (header::CONTENT_SECURITY_POLICY, CSP),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::REFERRER_POLICY, "strict-origin-when-cross-origin"),
        (header::X_FRAME_OPTIONS, "DENY"),
    ] {
        if !headers.contains_key(&name) {
            headers.insert(name, HeaderValue::from_static(value));
        }
    }
    let is_html = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if is_html && let Some(v) = link {
        headers.append(header::LINK, v);
    }
    // The body was refused unread (too large) or not finished in time:
    // hyper closes the connection after this answer, so the client is told
    // not to send its next request on it (RFC 9112, 9.6).
    let status = response.status();
    if status == StatusCode::PAYLOAD_TOO_LARGE || status == StatusCode::REQUEST_TIMEOUT {
        response
            .headers_mut()
            .insert(header::CONNECTION, HeaderValue::from_static("close"));
    }
    response
}

/// WordPress's API discovery: every page names the REST root, absolutely,
/// as `Link: <…/wp-json/>; rel="https://api.w.org/"`. The value for the
/// last host asked is kept per thread (nearly every request names the same).
fn api_link(headers: &axum::http::HeaderMap) -> Option<HeaderValue> {
    thread_local! {
        static LAST: std::cell::RefCell<Option<(String, HeaderValue)>> =
            const { std::cell::RefCell::new(None) };
    }
    let base = crate::views::base_url(headers);
    LAST.with(|last| {
        let mut last = last.borrow_mut();
        if let Some((b, v)) = last.as_ref()
            && *b == base
        {
            return Some(v.clone());
        }
        let v = HeaderValue::from_str(&format!("<{base}/wp-json/>; rel=\"https://api.w.org/\""))
            .ok()?;
        *last = Some((base, v.clone()));
        Some(v)
    })
}
