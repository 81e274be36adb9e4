//! The wire desk's reading side (issue 30): agency stories in RSS 2.0,
//! Atom, JSON Feed, IPTC ninjs (1.x, 2.x) and NewsML-G2, read into one
//! [`WireItem`] each. Pure: fetching is the outbound client's, storing the
//! store's; the body is sanitised with the article policy when it becomes
//! an article.
mod feeds;
pub mod item;
mod newsml;
mod ninjs;
pub mod source;
mod text;

pub use item::{PubStatus, WireItem, WirePhoto};
pub use source::{SourceError, check_source};

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum WireError {
    #[error("{0}")]
    Format(String),
}

/// The stories in a source's answer (fetched from `base`), with relative
/// addresses resolved against it; a picture or link that is not http(s)
/// then is dropped.
pub fn read_from(bytes: &[u8], base: &url::Url) -> Result<Vec<WireItem>, WireError> {
    let mut items = read(bytes)?;
    let web = |u: &str| {
        base.join(u)
            .ok()
            .filter(|u| matches!(u.scheme(), "http" | "https"))
            .map(String::from)
    };
    for item in &mut items {
        item.source_url = item.source_url.as_deref().and_then(web);
        if let Some(photo) = &mut item.photo {
            match web(&photo.url) {
                Some(u) => photo.url = u,
                None => item.photo = None,
            }
        }
    }
    Ok(items)
}

/// The stories in a source's answer, whatever its format: JSON is ninjs
/// (one item, an array, or `{"items": […]}`) or JSON Feed; XML is
/// NewsML-G2 (`newsItem`, `newsMessage`) or RSS/Atom.
pub fn read(bytes: &[u8]) -> Result<Vec<WireItem>, WireError> {
    let start = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace() && *b != 0xEF && *b != 0xBB && *b != 0xBF)
        .unwrap_or(bytes.len());
    let mut items = match bytes.get(start) {
        Some(b'{' | b'[') => {
            let v: serde_json::Value = serde_json::from_slice(&bytes[start..])
                .map_err(|e| WireError::Format(format!("the JSON does not parse: {e}")))?;
            let json_feed = v
                .get("version")
                .and_then(serde_json::Value::as_str)
                .is_some_and(|v| v.starts_with("https://jsonfeed.org/"));
            if json_feed {
                feeds::items(bytes)?
            } else {
                ninjs::items(&v)?
            }
        }
        Some(b'<') => {
            let head = String::from_utf8_lossy(&bytes[start..bytes.len().min(start + 4096)]);
            if head.contains("<newsItem") || head.contains("<newsMessage") {
                newsml::items(bytes)?
            } else {
                feeds::items(bytes)?
            }
        }
        _ => return Err(WireError::Format("neither JSON nor XML".into())),
    };
    for item in &mut items {
        tidy(item);
    }
    Ok(items)
}

/// What every format shares: contributor lines at the end of the body go
/// to their own line; the byline loses a leading "By ".
fn tidy(item: &mut WireItem) {
    loop {
        let body = item.body_html.trim_end();
        let Some(open) = body.rfind("<p") else { break };
        let last = &body[open..];
        let inner = last
            .split_once('>')
            .map(|(_, rest)| rest.trim_end_matches("</p>"))
            .unwrap_or_default();
        match item::contributor_line(inner) {
            Some(line) => {
                item.contributors.insert(0, line);
                item.body_html = body[..open].to_string();
            }
            None => break,
        }
    }
    let by = item.byline.trim();
    let by = by
        .strip_prefix("By ")
        .or_else(|| by.strip_prefix("by "))
        .or_else(|| by.strip_prefix("BY "))
        .unwrap_or(by);
    item.byline = by.trim().to_string();
}
