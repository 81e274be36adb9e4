//! Threads for pages outside masthead: a static site embeds the discussion
//! of one of its pages, named by the page's address. Addresses that differ
//! only in ways that do not change the page (scheme and host case, a
//! default port, a trailing slash or `index.html`, the fragment, tracking
//! parameters, the order of the query) name one thread.
use url::Url;

/// The longest page address taken (browsers send longer ones rarely; a
/// thread key is an index key).
pub const MAX_URL_LEN: usize = 2000;
/// The longest thread title kept (a page's `<title>`).
pub const MAX_TITLE_CHARS: usize = 300;

/// Query parameters that say where a reader came from, not which page.
const TRACKING: &[&str] = &[
    "fbclid", "gclid", "dclid", "gclsrc", "msclkid", "yclid", "igshid", "mc_cid", "mc_eid", "_ga",
    "_gl", "ref_src", "twclid", "ttclid", "wbraid", "gbraid",
];

/// Why a page address was not taken.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PageUrlError {
    #[error("the page address is not a valid http(s) URL")]
    Invalid,
    #[error("the page address is longer than {MAX_URL_LEN} characters")]
    TooLong,
    #[error("the page address may not carry a user name or password")]
    Credentials,
}

impl crate::Localized for PageUrlError {
    fn message(&self, t: crate::i18n::Tr) -> String {
        match self {
            Self::Invalid => t.t("error-page-url-invalid"),
            Self::TooLong => t.n("error-page-url-too-long", MAX_URL_LEN as i64),
            Self::Credentials => t.t("error-page-url-credentials"),
        }
    }
}

/// A page's address, normalised: the key of its thread.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct PageUrl {
    key: String,
    origin: String,
}

impl PageUrl {
    pub fn parse(raw: &str) -> Result<Self, PageUrlError> {
        let raw = raw.trim();
        if raw.len() > MAX_URL_LEN {
            return Err(PageUrlError::TooLong);
        }
        let mut url = Url::parse(raw).map_err(|_| PageUrlError::Invalid)?;
        if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
            return Err(PageUrlError::Invalid);
        }
        if !url.username().is_empty() || url.password().is_some() {
            return Err(PageUrlError::Credentials);
        }
        url.set_fragment(None);
        let mut query: Vec<(String, String)> = url
            .query_pairs()
            .filter(|(k, _)| {
                let k = k.to_ascii_lowercase();
                !k.starts_with("utm_") && !TRACKING.contains(&k.as_str())
            })
            .map(|(k, v)| (k.into_owned(), v.into_owned()))
            .collect();
        query.sort();
        if query.is_empty() {
            url.set_query(None);
        } else {
            url.query_pairs_mut().clear().extend_pairs(query);
        }
        let mut path = url.path().to_string();
        for index in ["index.html", "index.htm"] {
            if path.ends_with(&format!("/{index}")) {
                path.truncate(path.len() - index.len());
            }
        }
        while path.len() > 1 && path.ends_with('/') {
            path.pop();
        }
        url.set_path(&path);
        let origin = url.origin().ascii_serialization();
        let key = url.to_string();
        if key.len() > MAX_URL_LEN {
            return Err(PageUrlError::TooLong);
        }
        Ok(Self { key, origin })
    }

    /// The normalised address, as stored.
    pub fn as_str(&self) -> &str {
        &self.key
    }

    /// `scheme://host[:port]`, as browsers send it in `Origin`.
    pub fn origin(&self) -> &str {
        &self.origin
    }

    /// The address as a thread's title until a title is confirmed
    /// (`blog.example.org/2017/11/some-story`): what the page's own site
    /// says it is, never what a commenter's request claims.
    pub fn readable(&self) -> String {
        let bare = self
            .key
            .strip_prefix("https://")
            .or_else(|| self.key.strip_prefix("http://"))
            .unwrap_or(&self.key);
        let bare = bare.strip_suffix('/').unwrap_or(bare);
        bare.chars().take(MAX_TITLE_CHARS).collect()
    }

    /// The slug of its thread's page on masthead: stable, and the same for
    /// every process that creates it (`t-` and 16 hex digits of SHA-256).
    pub fn thread_slug(&self) -> String {
        use sha2::{Digest, Sha256};
        let digest = Sha256::digest(self.key.as_bytes());
        let hex: String = digest.iter().take(8).map(|b| format!("{b:02x}")).collect();
        format!("t-{hex}")
    }
}

/// The origins allowed to embed (`embed.allowed_origins`).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AllowedOrigins(Vec<String>);

impl AllowedOrigins {
    /// Space- (or comma-, or newline-) separated origins; each must be
    /// `scheme://host[:port]` with nothing after it.
    pub fn parse(v: &str) -> Result<Self, String> {
        let mut out = Vec::new();
        for item in v.split([' ', ',', '\n', '\t']).filter(|s| !s.is_empty()) {
            let url = Url::parse(item).map_err(|_| item.to_string())?;
            let bare = url.path() == "/" && url.query().is_none() && url.fragment().is_none();
            if !matches!(url.scheme(), "http" | "https")
                || url.host_str().is_none()
                || !bare
                || !url.username().is_empty()
            {
                return Err(item.to_string());
            }
            let origin = url.origin().ascii_serialization();
            if !out.contains(&origin) {
                out.push(origin);
            }
        }
        Ok(Self(out))
    }

    pub fn allows(&self, origin: &str) -> bool {
        self.0.iter().any(|o| o == origin)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(String::as_str)
    }
}

impl std::fmt::Display for AllowedOrigins {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0.join(" "))
    }
}

/// The thread a page would have before its first comment makes it: shown
/// empty, with the form (id 0: not stored), under the page's address (a
/// title in the request would be anyone's words on masthead's page).
pub fn unmade_thread(url: &PageUrl, now: crate::Timestamp) -> super::Article {
    super::Article {
        author_id: None,
        id: crate::ids::ArticleId(0),
        slug: url.thread_slug(),
        title: url.readable(),
        standfirst: String::new(),
        byline: String::new(),
        body_markdown: String::new(),
        body_html: Default::default(),
        photo: None,
        contributors: Vec::new(),
        source_name: None,
        source_url: None,
        comments_open: true,
        status: super::ArticleStatus::Published,
        published_at: now,
        updated_at: now,
        kind: super::ArticleKind::Article,
        external_url: Some(url.as_str().to_string()),
        comments_closed_at: None,
        provenance: Default::default(),
    }
}

/// A title a page proposes (the embed sends the page's `<title>`): one
/// line, no longer than [`MAX_TITLE_CHARS`]; `None` when nothing is left.
pub fn page_title(title: &str) -> Option<String> {
    let one_line: String = title
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .filter(|c| !c.is_control())
        .take(MAX_TITLE_CHARS)
        .collect();
    (!one_line.is_empty()).then_some(one_line)
}

/// A page title as a thread's title: one line, no longer than
/// [`MAX_TITLE_CHARS`], the address when there is none.
pub fn thread_title(title: &str, url: &PageUrl) -> String {
    page_title(title).unwrap_or_else(|| url.as_str().chars().take(MAX_TITLE_CHARS).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(s: &str) -> String {
        PageUrl::parse(s).unwrap().as_str().to_string()
    }

    #[test]
    fn addresses_of_one_page_name_one_thread() {
        let k = key("https://blog.example.org/2017/11/some-story/");
        for same in [
            "https://blog.example.org/2017/11/some-story",
            "HTTPS://Blog.Example.ORG/2017/11/some-story/",
            "https://blog.example.org:443/2017/11/some-story/#comments",
            "https://blog.example.org/2017/11/some-story/index.html",
            "https://blog.example.org/2017/11/some-story/?utm_source=x&utm_medium=y",
            "https://blog.example.org/2017/11/some-story/?fbclid=abc",
            "  https://blog.example.org/2017/11/some-story/  ",
        ] {
            assert_eq!(key(same), k, "{same}");
        }
        assert_eq!(k, "https://blog.example.org/2017/11/some-story");
        // A query that selects content stays, in one order.
        assert_eq!(
            key("http://a.example/p?b=2&a=1"),
            key("http://a.example/p?a=1&b=2")
        );
        assert_ne!(key("http://a.example/p?a=1"), key("http://a.example/p?a=2"));
        assert_ne!(key("http://a.example/p"), key("https://a.example/p"));
        assert_eq!(key("http://a.example"), "http://a.example/");
        assert_eq!(
            PageUrl::parse("http://127.0.0.1:8081/posts/x/")
                .unwrap()
                .origin(),
            "http://127.0.0.1:8081"
        );
    }

    #[test]
    fn what_is_not_a_page_address_is_refused() {
        for bad in [
            "",
            "blog.example.org/x",
            "javascript:alert(1)",
            "ftp://example.org/x",
            "data:text/html,x",
            "file:///etc/passwd",
        ] {
            assert_eq!(PageUrl::parse(bad), Err(PageUrlError::Invalid), "{bad}");
        }
        assert_eq!(
            PageUrl::parse("https://user:pw@example.org/"),
            Err(PageUrlError::Credentials)
        );
        let long = format!("https://example.org/{}", "a".repeat(MAX_URL_LEN));
        assert_eq!(PageUrl::parse(&long), Err(PageUrlError::TooLong));
    }

    #[test]
    fn thread_slugs_are_stable_and_valid() {
        let u = PageUrl::parse("https://blog.example.org/x/").unwrap();
        let slug = u.thread_slug();
        assert_eq!(
            slug,
            PageUrl::parse("https://BLOG.example.org/x")
                .unwrap()
                .thread_slug()
        );
        assert!(crate::article::Slug::parse(&slug).is_ok());
        assert_eq!(slug.len(), 18);
    }

    #[test]
    fn allowed_origins_are_origins() {
        let o = AllowedOrigins::parse("https://blog.example.org http://127.0.0.1:8081/").unwrap();
        assert!(o.allows("https://blog.example.org"));
        assert!(o.allows("http://127.0.0.1:8081"));
        assert!(!o.allows("http://blog.example.org"));
        assert_eq!(
            o.to_string(),
            "https://blog.example.org http://127.0.0.1:8081"
        );
        for bad in [
            "blog.example.org",
            "https://x.org/path",
            "ftp://x.org",
            "https://x.org/?q",
        ] {
            assert!(AllowedOrigins::parse(bad).is_err(), "{bad}");
        }
        assert!(AllowedOrigins::parse("").unwrap().is_empty());
    }

    #[test]
    fn titles_are_one_line_and_bounded() {
        let u = PageUrl::parse("https://blog.example.org/x/").unwrap();
        assert_eq!(thread_title("  A \n story\t title ", &u), "A story title");
        assert_eq!(thread_title("", &u), "https://blog.example.org/x");
        assert_eq!(
            thread_title(&"x".repeat(1000), &u).chars().count(),
            MAX_TITLE_CHARS
        );
        assert_eq!(page_title(" \n\t\u{7}"), None);
    }

    #[test]
    fn an_address_reads_without_its_scheme() {
        let readable = |s: &str| PageUrl::parse(s).unwrap().readable();
        assert_eq!(
            readable("https://blog.example.org/2017/11/some-story/"),
            "blog.example.org/2017/11/some-story"
        );
        assert_eq!(readable("http://a.example/"), "a.example");
        assert_eq!(
            readable("http://a.example:8081/p?b=2"),
            "a.example:8081/p?b=2"
        );
    }
}
