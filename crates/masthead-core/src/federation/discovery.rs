//! Sending Webmentions: which links of an article to tell, and where each
//! linked site takes them (the Recommendation's endpoint discovery: a
//! `Link` header with `rel="webmention"` first, then the first `<link>` or
//! `<a>` element with it; relative to the page, an empty one the page
//! itself).
use scraper::{ElementRef, Html};
use url::Url;

/// At most this many links of one article are told.
pub const MAX_LINKS: usize = 100;

/// The article's links to other sites: absolute http(s) `<a href>`s whose
/// host and port are not the site's own, without fragments, each once, in
/// order.
pub fn outbound_links(body_html: &str, site: &Url) -> Vec<Url> {
    let doc = Html::parse_fragment(body_html);
    let mut out: Vec<Url> = Vec::new();
    for a in doc
        .root_element()
        .descendants()
        .filter_map(ElementRef::wrap)
        .filter(|e| e.value().name() == "a")
    {
        let Some(href) = a.value().attr("href") else {
            continue;
        };
        let Ok(mut url) = Url::parse(href.trim()) else {
            continue;
        };
        // Another site: another origin (a port makes one too).
        if !matches!(url.scheme(), "http" | "https")
            || url.host_str().is_none()
            || (url.host_str() == site.host_str()
                && url.port_or_known_default() == site.port_or_known_default())
        {
            continue;
        }
        url.set_fragment(None);
        if !out.contains(&url) {
            out.push(url);
        }
        if out.len() == MAX_LINKS {
            break;
        }
    }
    out
}

/// The first `rel="webmention"` link in these `Link` header values.
pub fn endpoint_in_link_headers<'a>(
    values: impl IntoIterator<Item = &'a str>,
    base: &Url,
) -> Option<Url> {
    values.into_iter().find_map(|value| {
        let mut rest = value;
        loop {
            let start = rest.find('<')?;
            let end = start + rest[start..].find('>')?;
            let target = &rest[start + 1..end];
            let params_end = rest[end..].find('<').map_or(rest.len(), |i| end + i);
            let params = &rest[end + 1..params_end];
            if params.split(';').any(|p| {
                let (k, v) = p.split_once('=').unwrap_or((p, ""));
                k.trim().eq_ignore_ascii_case("rel")
                    && v.trim()
                        .trim_matches('"')
                        .split_ascii_whitespace()
                        .any(|r| r.eq_ignore_ascii_case("webmention"))
            }) {
                return base.join(target.trim()).ok();
            }
            rest = &rest[params_end..];
        }
    })
}

/// The first `<link>` or `<a>` with `rel="webmention"` and an `href`.
pub fn endpoint_in_html(html: &str, base: &Url) -> Option<Url> {
    let doc = Html::parse_document(html);
    doc.root_element()
        .descendants()
        .filter_map(ElementRef::wrap)
        .filter(|e| matches!(e.value().name(), "link" | "a"))
        .find(|e| {
            e.value().attr("rel").is_some_and(|rel| {
                rel.split_ascii_whitespace()
                    .any(|r| r.eq_ignore_ascii_case("webmention"))
            }) && e.value().attr("href").is_some()
        })
        .and_then(|e| base.join(e.value().attr("href")?.trim()).ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(s: &str) -> Url {
        Url::parse(s).unwrap()
    }

    #[test]
    fn only_other_sites_links_once_each() {
        let site = url("https://news.example");
        let html = r##"<p><a href="https://blog.example/a#x">a</a> <a href="https://blog.example/a">again</a>
            <a href="/local">local</a> <a href="https://news.example/articles/b">ours</a>
            <a href="mailto:x@example.org">mail</a> <a href="http://other.example/">other</a></p>"##;
        let found: Vec<String> = outbound_links(html, &site)
            .iter()
            .map(Url::to_string)
            .collect();
        assert_eq!(found, ["https://blog.example/a", "http://other.example/"]);
    }

    #[test]
    fn endpoints_are_discovered_in_the_spec_order() {
        let base = url("https://blog.example/posts/1");
        let headers = [
            r#"<https://blog.example/wp-json/>; rel="https://api.w.org/""#,
            r#"</other>; rel="alternate", <../webmention?x=1>; rel="webmention somethingelse""#,
        ];
        assert_eq!(
            endpoint_in_link_headers(headers, &base).unwrap().as_str(),
            "https://blog.example/webmention?x=1"
        );
        assert!(endpoint_in_link_headers([r#"<x>; rel="not-webmention""#], &base).is_none());
        let html = r#"<html><head><link rel="stylesheet" href="/s.css">
            <link rel="webmention" href="/wm"></head><body><a rel="webmention" href="/a">a</a></body></html>"#;
        assert_eq!(
            endpoint_in_html(html, &base).unwrap().as_str(),
            "https://blog.example/wm"
        );
        assert_eq!(
            endpoint_in_html(r#"<a rel="webmention" href="">here</a>"#, &base)
                .unwrap()
                .as_str(),
            "https://blog.example/posts/1",
            "an empty href is the page itself"
        );
        assert!(endpoint_in_html("<p>none</p>", &base).is_none());
    }
}
