//! Syndication feeds (RSS 2.0 and Atom 1.0) of the latest articles, of the
//! site's approved comments and of one article's comments. Pure functions:
//! the web layer reads the store and hands over public types only
//! (`Article`, `PublicComment`), so no email or held comment can reach a
//! feed. The XML is written by quick-xml (`rss.rs`, `atom.rs`), never by
//! pasting text into markup.
pub mod atom;
pub mod rss;

use crate::Timestamp;
use crate::article::{Article, Photo};
use crate::comment::PublicComment;
use std::borrow::Cow;

/// Items in one feed (WordPress shows 10; a news site moves faster).
pub const FEED_ITEMS: u32 = 20;

/// One feed, whatever it is written as.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Feed {
    pub title: String,
    pub description: String,
    /// The HTML page the feed follows (absolute).
    pub link: String,
    /// The feed's own address (absolute), for Atom's `id` and `rel="self"`.
    pub self_url: String,
    /// When it last changed: the newest entry's date, else a date the
    /// caller chooses (Atom requires one).
    pub updated: Timestamp,
    pub entries: Vec<Entry>,
}

/// One article or comment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub title: String,
    /// Absolute; also the entry's permanent id.
    pub link: String,
    /// A display name, never an email.
    pub author: String,
    pub published: Timestamp,
    pub updated: Timestamp,
    /// Plain text (an article's standfirst); may be empty.
    pub summary: String,
    /// Sanitised HTML (the article body, the comment); may be empty.
    pub content_html: String,
    pub enclosure: Option<Enclosure>,
}

/// A file attached to an entry: an article's photo.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Enclosure {
    pub url: String,
    pub mime: String,
    /// Bytes; 0 when unknown (a photo given by URL), as RSS readers expect.
    pub length: u64,
}

impl Feed {
    /// The newest `updated` of the entries, or `fallback` for an empty feed.
    pub fn newest(entries: &[Entry], fallback: Timestamp) -> Timestamp {
        entries.iter().map(|e| e.updated).max().unwrap_or(fallback)
    }
}

/// `path` under `base` (`https://example.com`), or `path` itself when it is
/// already absolute.
pub fn absolute(base: &str, path: &str) -> String {
    if path.starts_with("http://") || path.starts_with("https://") {
        path.to_string()
    } else {
        format!("{}{}", base.trim_end_matches('/'), path)
    }
}

/// The stored file's name when the photo is an upload served at `/media/`.
pub fn media_name(photo: &Photo) -> Option<&str> {
    photo
        .src
        .strip_prefix("/media/")
        .filter(|n| !n.is_empty() && !n.contains('/'))
}

/// The photo as an enclosure. `stored` is the upload's content type and size
/// (from the store); a photo given by URL gets a type guessed from its name
/// and length 0.
pub fn photo_enclosure(photo: &Photo, base: &str, stored: Option<(String, u64)>) -> Enclosure {
    let url = absolute(base, &photo.src);
    match stored {
        Some((mime, length)) => Enclosure { url, mime, length },
        None => Enclosure {
            mime: mime_of(&photo.src).to_string(),
            url,
            length: 0,
        },
    }
}

/// An image type from a file name. A photo is an image; JPEG is what most
/// are, so it is the guess for a name that says nothing.
fn mime_of(src: &str) -> &'static str {
    let path = src.split(['?', '#']).next().unwrap_or(src);
    let ext = path.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase());
    match ext.as_deref() {
        Some("png") => "image/png",
        Some("webp") => "image/webp",
        Some("gif") => "image/gif",
        Some("avif") => "image/avif",
        Some("svg") => "image/svg+xml",
        _ => "image/jpeg",
    }
}

/// An article as an entry: its standfirst as the summary, its body as the
/// content, its photo (already resolved by the caller) as the enclosure.
pub fn article_entry(article: &Article, base: &str, photo: Option<Enclosure>) -> Entry {
    Entry {
        title: article.title.clone(),
        link: absolute(base, &article.path()),
        author: article.byline.clone(),
        published: article.published_at,
        updated: article.updated_at.max(article.published_at),
        summary: article.standfirst.clone(),
        content_html: article.body_html.as_str().to_string(),
        enclosure: photo,
    }
}

/// Where a comment's entry is titled, as WordPress titles them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CommentTitle {
    /// In the site's comments feed: "Comment on ARTICLE by AUTHOR".
    OnArticle,
    /// In one article's feed: "By: AUTHOR".
    ByAuthor,
}

/// An approved comment as an entry, linked to its permalink
/// (`/comments/ID`, which finds the page that holds it), titled in `tr`'s
/// language.
pub fn comment_entry(
    comment: &PublicComment,
    article_title: &str,
    base: &str,
    title: CommentTitle,
    tr: crate::i18n::Tr,
) -> Entry {
    let author = comment.author_name.clone();
    Entry {
        title: match title {
            CommentTitle::OnArticle => tr.args(
                "feed-comment-on",
                &[
                    ("title", article_title.into()),
                    ("author", author.as_str().into()),
                ],
            ),
            CommentTitle::ByAuthor => tr.s("feed-comment-by", "author", &author),
        },
        link: absolute(base, &format!("/comments/{}", comment.id.0)),
        author,
        published: comment.created_at,
        updated: comment
            .edited_at
            .map_or(comment.created_at, |e| e.max(comment.created_at)),
        summary: String::new(),
        content_html: comment.content_html.as_str().to_string(),
        enclosure: None,
    }
}

/// Writing a feed failed (only a writer's I/O can; a `Vec` never does).
#[derive(Debug, thiserror::Error)]
#[error("cannot write the feed: {0}")]
pub struct FeedError(#[from] std::io::Error);

/// `<name>text</name>`, escaped.
fn text_element<W: std::io::Write>(
    w: &mut quick_xml::Writer<W>,
    name: &str,
    text: &str,
) -> std::io::Result<()> {
    w.create_element(name)
        .write_text_content(quick_xml::events::BytesText::new(&xml_text(text)))?;
    Ok(())
}

/// `<name><![CDATA[html]]></name>`, a `]]>` inside split across sections.
fn cdata_element<W: std::io::Write>(
    w: &mut quick_xml::Writer<W>,
    name: &str,
    html: &str,
) -> std::io::Result<()> {
    use quick_xml::events::{BytesCData, BytesEnd, BytesStart, Event};
    let html = xml_text(html);
    w.write_event(Event::Start(BytesStart::new(name)))?;
    for part in BytesCData::escaped(&html) {
        w.write_event(Event::CData(part))?;
    }
    w.write_event(Event::End(BytesEnd::new(name)))?;
    Ok(())
}

/// Text with the characters XML 1.0 cannot carry removed (control
/// characters other than tab and newlines, unpaired surrogates cannot occur
/// in a `str`, U+FFFE/U+FFFF): one would make the whole feed malformed.
pub(crate) fn xml_text(s: &str) -> Cow<'_, str> {
    fn allowed(c: char) -> bool {
        matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}')
            || c >= '\u{10000}'
    }
    if s.chars().all(allowed) {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(s.chars().filter(|c| allowed(*c)).collect())
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use chrono::TimeZone;

    pub fn at(h: u32) -> Timestamp {
        chrono::Utc
            .with_ymd_and_hms(2026, 3, 4, h, 5, 6)
            .single()
            .unwrap_or_default()
    }

    /// A feed with every hazard: markup and `]]>` in text, a control
    /// character, an enclosure.
    pub fn sample() -> Feed {
        Feed {
            title: "News & <Views>".into(),
            description: "Daily \u{1}".into(),
            link: "https://example.com/".into(),
            self_url: "https://example.com/feed/".into(),
            updated: at(12),
            entries: vec![Entry {
                title: "A < B & \"C\"".into(),
                link: "https://example.com/articles/a-b?x=1&y=2".into(),
                author: "Ann <ann>".into(),
                published: at(10),
                updated: at(12),
                summary: "Plain & simple".into(),
                content_html: "<p>Hi ]]> there &amp; <b>bold</b></p>".into(),
                enclosure: Some(Enclosure {
                    url: "https://example.com/media/p.jpg".into(),
                    mime: "image/jpeg".into(),
                    length: 1234,
                }),
            }],
        }
    }

    #[test]
    fn xml_text_drops_what_xml_cannot_hold() {
        assert_eq!(xml_text("a\u{1}b\u{FFFE}c\td"), "abc\td");
        assert!(matches!(xml_text("plain é 😀"), Cow::Borrowed(_)));
    }

    #[test]
    fn photo_enclosures() {
        let photo = Photo {
            src: "/media/abc.webp".into(),
            alt: String::new(),
            caption: String::new(),
            credit: String::new(),
            srcset: String::new(),
            width: None,
            height: None,
        };
        assert_eq!(media_name(&photo), Some("abc.webp"));
        let e = photo_enclosure(&photo, "https://ex.com/", Some(("image/webp".into(), 9)));
        assert_eq!(e.url, "https://ex.com/media/abc.webp");
        assert_eq!((e.mime.as_str(), e.length), ("image/webp", 9));
        let by_url = Photo {
            src: "https://cdn.example/x.PNG?w=2".into(),
            ..photo
        };
        assert_eq!(media_name(&by_url), None);
        let e = photo_enclosure(&by_url, "https://ex.com", None);
        assert_eq!(e.url, "https://cdn.example/x.PNG?w=2");
        assert_eq!((e.mime.as_str(), e.length), ("image/png", 0));
    }
}
