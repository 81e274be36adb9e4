//! Webmention (<https://www.w3.org/TR/webmention/>): what a request must be,
//! and what a fetched source page says of the target. No I/O here: the
//! binary fetches, `service::webmentions` records.
use super::mf2::{self, Author};
use scraper::Html;
use url::Url;

/// The longest `source` or `target` taken.
pub const MAX_URL: usize = 2048;

/// Why a Webmention request is refused (400), in the words the receiver
/// answers with.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RequestError {
    #[error("source and target are both required")]
    Missing,
    #[error("{0} is not an http:// or https:// URL")]
    NotHttp(&'static str),
    #[error("{0} is longer than 2048 characters")]
    TooLong(&'static str),
    #[error("source and target are the same page")]
    Same,
    #[error("target is not an article on this site")]
    NotOurs,
    /// The source's domain is in `federation.blocked_domains`.
    #[error("the source's domain is blocked here")]
    Blocked,
    /// The source is a Fediverse post that came by ActivityPub: its author
    /// changes it there, not by Webmention.
    #[error("the source came by ActivityPub")]
    Federated,
}

/// A request's `source` and `target`, checked: absolute http(s) URLs of a
/// sane length, not the same page.
pub fn check_request(source: &str, target: &str) -> Result<(Url, Url), RequestError> {
    let (source, target) = (source.trim(), target.trim());
    if source.is_empty() || target.is_empty() {
        return Err(RequestError::Missing);
    }
    let parse = |v: &str, name: &'static str| {
        if v.len() > MAX_URL {
            return Err(RequestError::TooLong(name));
        }
        Url::parse(v)
            .ok()
            .filter(|u| matches!(u.scheme(), "http" | "https") && u.host().is_some())
            .ok_or(RequestError::NotHttp(name))
    };
    let (source, target) = (parse(source, "source")?, parse(target, "target")?);
    if same_page(&source, &target) {
        return Err(RequestError::Same);
    }
    Ok((source, target))
}

/// The article slug a target names, if it is one of `site`'s article pages
/// (`/articles/SLUG`, a fragment or trailing slash allowed). `site` is the
/// site's public address; its host and port must match.
pub fn target_slug(target: &Url, site: &Url) -> Option<String> {
    if target.host_str() != site.host_str()
        || target.port_or_known_default() != site.port_or_known_default()
    {
        return None;
    }
    let rest = target.path().strip_prefix("/articles/")?;
    let slug = rest.trim_end_matches('/');
    (!slug.is_empty() && !slug.contains('/')).then(|| slug.to_string())
}

/// Two URLs for the same page: equal but for the fragment and a trailing
/// slash.
pub fn same_page(a: &Url, b: &Url) -> bool {
    let plain = |u: &Url| {
        let mut u = u.clone();
        u.set_fragment(None);
        let s = u.to_string();
        s.trim_end_matches('/').to_string()
    };
    plain(a) == plain(b)
}

/// What a source is to its target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Reply,
    Like,
    Repost,
    Mention,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Reply => "reply",
            Self::Like => "like",
            Self::Repost => "repost",
            Self::Mention => "mention",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "reply" => Self::Reply,
            "like" => Self::Like,
            "repost" => Self::Repost,
            "mention" => Self::Mention,
            _ => return None,
        })
    }
}

/// A source page that links to its target, as its `h-entry` tells.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    pub kind: Kind,
    pub author: Author,
    /// The entry's HTML (a reply's text), unsanitised.
    pub content_html: String,
    /// The entry's own address, or the source.
    pub url: Url,
}

/// Reads a fetched source page: `None` when it does not link to the
/// target (the mention is refused, or withdrawn if it was taken before).
pub fn read_source(html: &str, source: &Url, target: &Url) -> Option<Mention> {
    let doc = Html::parse_document(html);
    if !mf2::links(&doc, source)
        .iter()
        .any(|l| same_page(l, target))
    {
        return None;
    }
    let Some(entry) = mf2::first_entry(&doc, source) else {
        return Some(Mention {
            kind: Kind::Mention,
            author: host_author(source),
            content_html: String::new(),
            url: source.clone(),
        });
    };
    let names = |urls: &[Url]| urls.iter().any(|u| same_page(u, target));
    let kind = if names(&entry.in_reply_to) {
        Kind::Reply
    } else if names(&entry.like_of) {
        Kind::Like
    } else if names(&entry.repost_of) {
        Kind::Repost
    } else {
        Kind::Mention
    };
    let author = if entry.author.name.trim().is_empty() {
        Author {
            url: entry.author.url.clone(),
            photo: entry.author.photo.clone(),
            ..host_author(source)
        }
    } else {
        entry.author.clone()
    };
    Some(Mention {
        kind,
        author,
        content_html: entry.content_html,
        url: entry
            .url
            .filter(|u| u.host_str() == source.host_str())
            .unwrap_or_else(|| source.clone()),
    })
}

/// An author known only by the site they wrote on.
fn host_author(source: &Url) -> Author {
    Author {
        name: source.host_str().unwrap_or_default().to_string(),
        url: source.join("/").ok(),
        photo: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TARGET: &str = "https://news.example/articles/storm";

    fn url(s: &str) -> Url {
        Url::parse(s).unwrap()
    }

    #[test]
    fn requests_are_checked() {
        assert!(check_request("https://blog.example/1", TARGET).is_ok());
        assert_eq!(check_request("", TARGET), Err(RequestError::Missing));
        assert_eq!(
            check_request("ftp://blog.example/1", TARGET),
            Err(RequestError::NotHttp("source"))
        );
        assert_eq!(
            check_request("https://blog.example/1", "javascript:alert(1)"),
            Err(RequestError::NotHttp("target"))
        );
        let long = format!("https://blog.example/{}", "a".repeat(MAX_URL));
        assert_eq!(
            check_request(&long, TARGET),
            Err(RequestError::TooLong("source"))
        );
        assert_eq!(
            check_request(&format!("{TARGET}#x"), TARGET),
            Err(RequestError::Same)
        );
    }

    #[test]
    fn targets_are_our_articles() {
        let site = url("https://news.example");
        assert_eq!(target_slug(&url(TARGET), &site).as_deref(), Some("storm"));
        assert_eq!(
            target_slug(&url("https://news.example/articles/storm/#c"), &site).as_deref(),
            Some("storm")
        );
        assert!(target_slug(&url("https://other.example/articles/storm"), &site).is_none());
        assert!(target_slug(&url("https://news.example:8443/articles/storm"), &site).is_none());
        assert!(target_slug(&url("https://news.example/about"), &site).is_none());
        assert!(target_slug(&url("https://news.example/articles/a/b"), &site).is_none());
    }

    #[test]
    fn sources_are_read() {
        let source = url("https://blog.example/notes/1");
        let reply = format!(
            r#"<div class="h-entry"><a class="u-in-reply-to" href="{TARGET}">re</a>
               <p class="e-content">Well said.</p></div>"#
        );
        let m = read_source(&reply, &source, &url(TARGET)).unwrap();
        assert_eq!(m.kind, Kind::Reply);
        assert_eq!(m.author.name, "blog.example", "no author: the site");
        assert_eq!(m.url, source);

        let like = format!(
            r#"<div class="h-entry"><a class="p-author h-card" href="/">Eve</a>
               <a class="u-like-of" href="{TARGET}/">liked</a></div>"#
        );
        let m = read_source(&like, &source, &url(TARGET)).unwrap();
        assert_eq!((m.kind, m.author.name.as_str()), (Kind::Like, "Eve"));

        let plain = format!(r#"<p>See <a href="{TARGET}">this</a>.</p>"#);
        assert_eq!(
            read_source(&plain, &source, &url(TARGET)).unwrap().kind,
            Kind::Mention
        );
        let none = r#"<div class="h-entry"><p class="e-content">No link.</p></div>"#;
        assert!(read_source(none, &source, &url(TARGET)).is_none());
    }
}
