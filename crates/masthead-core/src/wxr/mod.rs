//! WordPress eXtended RSS (WXR 1.0–1.2): reading exports as a stream of
//! records, and writing them. Names follow the WordPress elements.
mod reader;
mod writer;

pub use reader::WxrReader;
pub use writer::{WxrWriter, cdata};

/// The WordPress export namespaces, by version and scheme (some exports use https).
pub const WP_NS: &[&str] = &[
    "http://wordpress.org/export/1.2/",
    "https://wordpress.org/export/1.2/",
    "http://wordpress.org/export/1.1/",
    "https://wordpress.org/export/1.1/",
    "http://wordpress.org/export/1.0/",
    "https://wordpress.org/export/1.0/",
];
pub const EXCERPT_NS: &[&str] = &[
    "http://wordpress.org/export/1.2/excerpt/",
    "https://wordpress.org/export/1.2/excerpt/",
    "http://wordpress.org/export/1.1/excerpt/",
    "https://wordpress.org/export/1.1/excerpt/",
    "http://wordpress.org/export/1.0/excerpt/",
    "https://wordpress.org/export/1.0/excerpt/",
];
pub const CONTENT_NS: &[&str] = &["http://purl.org/rss/1.0/modules/content/"];
pub const DC_NS: &[&str] = &["http://purl.org/dc/elements/1.1/"];
/// RSS's own elements have no namespace.
pub const NO_NS: &[&str] = &[""];

/// The channel's facts, as far as they have been read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WxrHeader {
    pub version: Option<String>,
    /// The file has no `<wp:wxr_version>` and was read as WXR because it
    /// uses the WordPress export namespace (as Isso's test export does):
    /// worth a warning, not a refusal.
    pub version_missing: bool,
    pub title: String,
    pub base_site_url: String,
    pub base_blog_url: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WxrAuthor {
    pub id: i64,
    pub login: String,
    pub email: String,
    pub display_name: String,
}

/// A category, tag or other term declared in the channel.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WxrTerm {
    pub taxonomy: String,
    pub slug: String,
    pub name: String,
    pub parent: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WxrComment {
    pub id: i64,
    pub author: String,
    pub author_email: String,
    pub author_url: String,
    pub author_ip: String,
    /// `Y-m-d H:i:s`, site time and GMT.
    pub date: String,
    pub date_gmt: String,
    pub content: String,
    /// `1`, `0`, `spam`, `trash`, `post-trashed`, or empty when the element is missing.
    pub approved: String,
    /// `comment` (or empty in old exports), `pingback`, `trackback`, …
    pub comment_type: String,
    pub parent: i64,
}

/// An `<item>`: a post, page, attachment or anything else WordPress exports.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WxrItem {
    pub post_id: i64,
    pub title: String,
    pub link: String,
    pub pub_date: String,
    pub creator: String,
    pub content: String,
    pub excerpt: String,
    pub post_date: String,
    pub post_date_gmt: String,
    pub comment_status: String,
    pub post_name: String,
    pub status: String,
    pub post_parent: i64,
    pub post_type: String,
    pub attachment_url: String,
    /// (taxonomy, slug, name); WXR 1.0's `tag` domain is read as `post_tag`.
    pub terms: Vec<(String, String, String)>,
    pub meta: Vec<(String, String)>,
    pub comments: Vec<WxrComment>,
}

impl WxrItem {
    pub fn meta(&self, key: &str) -> Option<&str> {
        self.meta
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }
}

/// One record of the stream.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WxrEntry {
    Author(WxrAuthor),
    Term(WxrTerm),
    Item(Box<WxrItem>),
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum WxrError {
    #[error(transparent)]
    Xml(#[from] crate::xml::XmlError),
    #[error("This does not appear to be a WXR file, missing/invalid WXR version number")]
    NotWxr { offset: u64 },
}

impl WxrError {
    pub fn offset(&self) -> u64 {
        match self {
            Self::Xml(e) => e.offset,
            Self::NotWxr { offset } => *offset,
        }
    }
}
