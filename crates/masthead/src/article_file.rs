//! The article file format: Markdown with a TOML front matter header between
//! `+++` lines (Hugo's convention). TOML rather than YAML because the `toml`
//! crate is the maintained, strict parser of the ecosystem; every field is
//! checked and a misspelt one is an error, not silently ignored.
//!
//! ```text
//! +++
//! title = "Russia: Moscow never promised withdrawal of Iranian troops from Syria"
//! slug = "moscow-never-promised-withdrawal"     # optional, derived from the title
//! standfirst = "…"
//! byline = "Reuters"
//! published = 2017-11-14T09:00:00Z               # or a date, or a string
//! contributors = ["Tovah Lazaoff"]
//! comments = "open"                               # or "closed"
//! status = "published"                            # or "draft"
//! sections = ["world"]                            # its sections (categories)
//! [photo]
//! src = "photo.jpg"                               # a path next to this file, or an https URL
//! alt = "…"
//! caption = "…"
//! credit = "Reuters"
//! [source]
//! name = "Reuters"
//! url = "https://www.reuters.com/"
//! +++
//! Body in Markdown…
//! ```
use anyhow::{Context, Result, anyhow, bail};
use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use masthead_core::article::{ArticleStatus, NewArticle, Photo, Slug};
use masthead_core::store::Media;
use serde::Deserialize;
use sha2::{Digest, Sha256};
use std::path::Path;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FrontMatter {
    title: String,
    slug: Option<String>,
    #[serde(default)]
    standfirst: String,
    #[serde(default)]
    byline: String,
    published: Option<toml::Value>,
    #[serde(default)]
    contributors: Vec<String>,
    comments: Option<String>,
    status: Option<String>,
    photo: Option<PhotoMeta>,
    source: Option<SourceMeta>,
    #[serde(default)]
    sections: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PhotoMeta {
    src: String,
    #[serde(default)]
    alt: String,
    #[serde(default)]
    caption: String,
    #[serde(default)]
    credit: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SourceMeta {
    name: String,
    url: Option<String>,
}

/// A parsed article file: the article, plus the photo file to store if the
/// photo is a local file.
#[derive(Debug)]
pub struct ArticleFile {
    pub article: NewArticle,
    /// The stored files of a local photo (resized copies, or the SVG as given).
    pub photo_files: Vec<Media>,
}

/// Largest photo file accepted.
const MAX_PHOTO_BYTES: usize = 10 * 1024 * 1024;

/// Splits `+++ … +++` front matter from the body.
fn split(text: &str) -> Result<(&str, &str)> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let rest = text
        .strip_prefix("+++\n")
        .or_else(|| text.strip_prefix("+++\r\n"))
        .ok_or_else(|| {
            anyhow!("the file must start with a +++ line opening the TOML front matter")
        })?;
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == "+++" {
            return Ok((&rest[..offset], &rest[offset + line.len()..]));
        }
        offset += line.len();
    }
    bail!("the front matter is not closed by a +++ line")
}

fn parse_date(v: &toml::Value) -> Result<DateTime<Utc>> {
    let s = match v {
        toml::Value::Datetime(d) => d.to_string(),
        toml::Value::String(s) => s.clone(),
        _ => bail!("published must be a date such as 2017-11-14 or 2017-11-14T09:00:00Z"),
    };
    if let Ok(d) = DateTime::parse_from_rfc3339(&s) {
        return Ok(d.with_timezone(&Utc));
    }
    if let Ok(d) = NaiveDateTime::parse_from_str(&s, "%Y-%m-%dT%H:%M:%S") {
        return Ok(d.and_utc());
    }
    if let Ok(d) = NaiveDate::parse_from_str(&s, "%Y-%m-%d") {
        return Ok(d
            .and_hms_opt(0, 0, 0)
            .map(|d| d.and_utc())
            .unwrap_or_default());
    }
    bail!("published “{s}” is not a date such as 2017-11-14 or 2017-11-14T09:00:00Z")
}

fn http_url(field: &str, url: &str) -> Result<String> {
    let parsed = url::Url::parse(url).with_context(|| format!("{field} “{url}” is not a URL"))?;
    if !matches!(parsed.scheme(), "http" | "https") {
        bail!("{field} “{url}” must start with http:// or https://");
    }
    Ok(parsed.to_string())
}

/// Recognises the image formats a browser shows, by their first bytes.
fn image_type(bytes: &[u8]) -> Option<(&'static str, &'static str)> {
    let head = &bytes[..bytes.len().min(512)];
    if head.starts_with(&[0xFF, 0xD8, 0xFF]) {
        Some(("image/jpeg", "jpg"))
    } else if head.starts_with(b"\x89PNG\r\n\x1a\n") {
        Some(("image/png", "png"))
    } else if head.len() >= 12 && &head[..4] == b"RIFF" && &head[8..12] == b"WEBP" {
        Some(("image/webp", "webp"))
    } else if head.starts_with(b"GIF87a") || head.starts_with(b"GIF89a") {
        Some(("image/gif", "gif"))
    } else if String::from_utf8_lossy(head).contains("<svg") {
        Some(("image/svg+xml", "svg"))
    } else {
        None
    }
}

/// Turns image bytes into a stored media file named by its content hash.
pub fn media_from_bytes(bytes: Vec<u8>, what: &str) -> Result<Media> {
    if bytes.len() > MAX_PHOTO_BYTES {
        bail!(
            "{what} is larger than {} MiB",
            MAX_PHOTO_BYTES / 1024 / 1024
        );
    }
    let (content_type, ext) = image_type(&bytes)
        .ok_or_else(|| anyhow!("{what} is not a JPEG, PNG, WebP, GIF or SVG image"))?;
    let hash = Sha256::digest(&bytes);
    let hex: String = hash.iter().take(10).map(|b| format!("{b:02x}")).collect();
    Ok(Media {
        name: format!("{hex}.{ext}"),
        content_type: content_type.to_string(),
        bytes,
    })
}

/// A local photo: JPEG, PNG and WebP go through the same pipeline as an
/// upload in the editor (upright, metadata stripped, resized for `srcset`);
/// SVG and GIF are stored as given.
fn local_photo(bytes: Vec<u8>, what: &str) -> Result<(Photo, Vec<Media>)> {
    let mut photo = Photo {
        src: String::new(),
        alt: String::new(),
        caption: String::new(),
        credit: String::new(),
        srcset: String::new(),
        width: None,
        height: None,
    };
    if matches!(image_type(&bytes), Some((_, "svg" | "gif"))) {
        let media = media_from_bytes(bytes, what)?;
        photo.src = format!("/media/{}", media.name);
        return Ok((photo, vec![media]));
    }
    let processed = masthead_core::photo::process(&bytes).map_err(|e| anyhow!("{what}: {e}"))?;
    processed
        .into_stored()
        .ok_or_else(|| anyhow!("{what}: no image data"))
}

/// Parses an article file. `base_dir` resolves a relative photo path.
pub fn parse(text: &str, base_dir: &Path) -> Result<ArticleFile> {
    parse_with(text, |src| {
        let path = base_dir.join(src);
        std::fs::read(&path).with_context(|| format!("cannot read the photo {}", path.display()))
    })
}

/// Parses an article file, reading a local photo through `read_photo`.
pub fn parse_with(text: &str, read_photo: impl Fn(&str) -> Result<Vec<u8>>) -> Result<ArticleFile> {
    let (header, body) = split(text)?;
    let fm: FrontMatter = toml::from_str(header).map_err(|e| {
        // toml's Display draws a multi-line diagram; keep it to one sentence.
        let line = e
            .span()
            .map_or(0, |s| header[..s.start].lines().count().max(1) + 1);
        anyhow!(
            "the front matter is not valid at line {line}: {}",
            e.message().trim()
        )
    })?;
    let title = fm.title.trim().to_string();
    if title.is_empty() {
        bail!("the title must not be empty");
    }
    let slug = match fm.slug.as_deref() {
        Some(s) => Slug::parse(s)?,
        None => Slug::from_title(&title)?,
    };
    let published_at = match &fm.published {
        Some(v) => parse_date(v)?,
        None => Utc::now(),
    };
    let comments_open = match fm.comments.as_deref() {
        None | Some("open") => true,
        Some("closed") => false,
        Some(other) => bail!("comments must be \"open\" or \"closed\", not “{other}”"),
    };
    let status = match fm.status.as_deref() {
        None => ArticleStatus::Published,
        Some(s) => ArticleStatus::parse(s)
            .ok_or_else(|| anyhow!("status must be \"published\" or \"draft\", not “{s}”"))?,
    };
    let (source_name, source_url) = match fm.source {
        Some(s) => (
            Some(s.name),
            s.url.map(|u| http_url("source url", &u)).transpose()?,
        ),
        None => (None, None),
    };
    let mut photo_files = Vec::new();
    let photo = match fm.photo {
        None => None,
        Some(p) => {
            let mut photo = Photo {
                src: String::new(),
                alt: p.alt,
                caption: p.caption,
                credit: p.credit,
                srcset: String::new(),
                width: None,
                height: None,
            };
            if p.src.starts_with("http://") || p.src.starts_with("https://") {
                photo.src = http_url("photo src", &p.src)?;
            } else {
                let bytes = read_photo(&p.src)?;
                let what = format!("the photo {}", p.src);
                let (src, files) = local_photo(bytes, &what)?;
                photo.src = src.src;
                photo.srcset = src.srcset;
                photo.width = src.width;
                photo.height = src.height;
                photo_files = files;
            }
            Some(photo)
        }
    };
    Ok(ArticleFile {
        article: NewArticle {
            author: None,
            slug,
            title,
            standfirst: fm.standfirst.trim().to_string(),
            byline: fm.byline.trim().to_string(),
            body_markdown: body.trim().to_string(),
            photo,
            contributors: fm.contributors,
            source_name,
            source_url,
            comments_open,
            status,
            published_at,
            sections: Some(
                masthead_core::user::parse_sections(&fm.sections.join(","))
                    .map_err(|e| anyhow!("sections: {e}"))?,
            ),
            tags: None,
            provenance: None,
        },
        photo_files,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_header_is_read() {
        let text = "+++\ntitle = \"Hello world\"\npublished = 2017-11-14\ncontributors = [\"A\"]\ncomments = \"closed\"\n[photo]\nsrc = \"https://example.com/p.jpg\"\ncaption = \"C\"\ncredit = \"Reuters\"\n[source]\nname = \"Wire\"\nurl = \"https://example.com/\"\n+++\n\nBody *here*.\n";
        let f = parse(text, Path::new(".")).unwrap();
        let a = f.article;
        assert_eq!(a.slug.as_str(), "hello-world");
        assert_eq!(a.published_at.to_rfc3339(), "2017-11-14T00:00:00+00:00");
        assert!(!a.comments_open);
        assert_eq!(a.photo.unwrap().credit, "Reuters");
        assert_eq!(a.source_url.as_deref(), Some("https://example.com/"));
        assert_eq!(a.body_markdown, "Body *here*.");
    }

    #[test]
    fn mistakes_are_named() {
        let err = |t: &str| format!("{:#}", parse(t, Path::new(".")).unwrap_err());
        assert!(err("no header").contains("+++"));
        assert!(err("+++\ntitle = \"x\"\n").contains("not closed"));
        assert!(err("+++\ntitel = \"x\"\n+++\n").contains("titel"));
        assert!(err("+++\ntitle = \"x\"\nslug = \"Bad Slug\"\n+++\n").contains("slug"));
        assert!(
            err("+++\ntitle = \"x\"\n[source]\nname = \"n\"\nurl = \"javascript:alert(1)\"\n+++\n")
                .contains("http")
        );
        assert!(
            err("+++\ntitle = \"x\"\n[photo]\nsrc = \"missing.jpg\"\n+++\n")
                .contains("missing.jpg")
        );
    }
}
