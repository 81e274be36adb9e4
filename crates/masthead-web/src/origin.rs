//! Which site a browser request was sent from. A browser names the page's
//! origin in `Origin` on every POST (older ones, and some requests, only in
//! `Referer`), and a page on any site can make its visitors' browsers post
//! to masthead: a recommend, a report, a comment in their name. masthead's
//! own forms therefore refuse a POST that names another site. One naming
//! none comes from a program, not from a browser a page sent: it is taken.
use crate::error::{Text, WebError};
use axum::http::{HeaderMap, header};
use masthead_core::settings::SiteSettings;
use url::Url;

/// The origin a request names: its `Origin`, else its `Referer`'s origin;
/// `None` when it names neither. Text that is not an origin stays as it is
/// (and is nobody's own).
fn named_origin(headers: &HeaderMap) -> Option<String> {
    if let Some(origin) = headers.get(header::ORIGIN) {
        return Some(origin.to_str().unwrap_or("").to_string());
    }
    let referer = headers.get(header::REFERER)?;
    let referer = referer.to_str().unwrap_or("");
    Some(match Url::parse(referer) {
        Ok(url) => url.origin().ascii_serialization(),
        Err(_) => referer.to_string(),
    })
}

/// Whether `origin` is masthead's own: the host the request was sent to
/// (whatever the scheme: a TLS proxy in front changes it), or `site.url`'s
/// origin (a proxy may also change the host).
pub(crate) fn is_own(settings: &SiteSettings, headers: &HeaderMap, origin: &str) -> bool {
    let Some(url) = Url::parse(origin)
        .ok()
        .filter(|u| matches!(u.scheme(), "http" | "https"))
    else {
        return false;
    };
    let Some(host) = url.host_str() else {
        return false;
    };
    let to_host = headers.get(header::HOST).and_then(|h| h.to_str().ok());
    let same_host = to_host.is_some_and(|to| {
        [url.port(), url.port_or_known_default()]
            .into_iter()
            .any(|port| match port {
                Some(p) => to.eq_ignore_ascii_case(&format!("{host}:{p}")),
                None => to.eq_ignore_ascii_case(host),
            })
    });
    same_host
        || Url::parse(&settings.url)
            .ok()
            .is_some_and(|site| site.origin() == url.origin())
}

/// For masthead's own forms: 403, in the site's language, when the request
/// names an origin that is not masthead's.
pub(crate) fn check_own_form(settings: &SiteSettings, headers: &HeaderMap) -> Result<(), WebError> {
    match named_origin(headers) {
        Some(origin) if !is_own(settings, headers, &origin) => {
            tracing::debug!("form POST from another site refused: {origin}");
            Err(WebError::forbidden(Text::id("error-foreign-form")))
        }
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn headers(pairs: &[(header::HeaderName, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.insert(k, HeaderValue::from_str(v).unwrap());
        }
        h
    }

    fn site(url: &str) -> SiteSettings {
        SiteSettings {
            url: url.into(),
            ..SiteSettings::default()
        }
    }

    #[test]
    fn a_post_from_masthead_s_own_pages_is_taken() {
        let s = site("");
        for origin in ["http://news.example", "https://news.example"] {
            let h = headers(&[(header::HOST, "news.example"), (header::ORIGIN, origin)]);
            assert!(check_own_form(&s, &h).is_ok(), "{origin}");
        }
        let h = headers(&[
            (header::HOST, "127.0.0.1:4000"),
            (header::ORIGIN, "http://127.0.0.1:4000"),
        ]);
        assert!(check_own_form(&s, &h).is_ok());
        // Behind a proxy that changes the host: site.url says who we are.
        let h = headers(&[
            (header::HOST, "127.0.0.1:8080"),
            (header::ORIGIN, "https://news.example"),
        ]);
        assert!(check_own_form(&site("https://news.example/"), &h).is_ok());
        assert!(check_own_form(&s, &h).is_err());
        // Only a Referer: its origin counts.
        let h = headers(&[
            (header::HOST, "news.example"),
            (header::REFERER, "https://news.example/articles/x?cpage=2"),
        ]);
        assert!(check_own_form(&s, &h).is_ok());
        // Neither: a program, not a browser sent by a page.
        assert!(check_own_form(&s, &headers(&[(header::HOST, "news.example")])).is_ok());
    }

    #[test]
    fn a_post_another_site_made_is_refused() {
        let s = site("https://news.example");
        for (name, value) in [
            (header::ORIGIN, "https://evil.example"),
            (header::ORIGIN, "https://news.example.evil.example"),
            (header::ORIGIN, "https://news.example:8443"),
            (header::ORIGIN, "null"),
            (header::ORIGIN, ""),
            (header::REFERER, "https://evil.example/page"),
            (header::REFERER, "not a url"),
        ] {
            let h = headers(&[(header::HOST, "news.example"), (name.clone(), value)]);
            assert!(check_own_form(&s, &h).is_err(), "{name}: {value}");
        }
        // Origin wins over a Referer that would pass.
        let h = headers(&[
            (header::HOST, "news.example"),
            (header::ORIGIN, "https://evil.example"),
            (header::REFERER, "https://news.example/"),
        ]);
        assert!(check_own_form(&s, &h).is_err());
    }
}
