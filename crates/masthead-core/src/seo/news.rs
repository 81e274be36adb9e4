//! The Google News sitemap: the articles of the last two days, at most a
//! thousand, each with its publication and title.
use super::{SitemapEntry, absolute, w3c};
use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesText, Event};
use std::io;

pub const NS: &str = "http://www.google.com/schemas/sitemap-news/0.9";
/// Google News reads articles published in the last two days.
pub const WINDOW_HOURS: i64 = 48;
/// And at most this many in one file.
pub const MAX_ARTICLES: u32 = 1_000;

/// The news sitemap for `entries` (already chosen: the window and the
/// limit are the store query's), under the publication `name`.
pub fn write(
    base: &str,
    name: &str,
    language: &str,
    entries: &[SitemapEntry],
) -> io::Result<String> {
    let mut w = Writer::new(Vec::new());
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    w.create_element("urlset")
        .with_attribute(("xmlns", super::sitemap::NS))
        .with_attribute(("xmlns:news", NS))
        .write_inner_content(|w| {
            for e in entries {
                w.create_element("url").write_inner_content(|w| {
                    w.create_element("loc")
                        .write_text_content(BytesText::new(&absolute(base, &e.path())))?;
                    w.create_element("news:news").write_inner_content(|w| {
                        w.create_element("news:publication")
                            .write_inner_content(|w| {
                                w.create_element("news:name")
                                    .write_text_content(BytesText::new(name))?;
                                w.create_element("news:language")
                                    .write_text_content(BytesText::new(language))?;
                                Ok(())
                            })?;
                        w.create_element("news:publication_date")
                            .write_text_content(BytesText::new(&w3c(e.published_at)))?;
                        w.create_element("news:title")
                            .write_text_content(BytesText::new(&e.title))?;
                        Ok(())
                    })?;
                    Ok(())
                })?;
            }
            Ok(())
        })?;
    String::from_utf8(w.into_inner()).map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::ArticleKind;
    use chrono::TimeZone;

    #[test]
    fn names_the_publication_and_escapes_titles() {
        let t = chrono::Utc.with_ymd_and_hms(2024, 5, 1, 10, 0, 0).unwrap();
        let e = SitemapEntry {
            slug: "s".into(),
            kind: ArticleKind::Article,
            title: "Cats & <dogs>".into(),
            published_at: t,
            updated_at: t,
        };
        let xml = write("https://x.org", "The Daily", "en", &[e]).unwrap();
        assert!(xml.contains("xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\""));
        assert!(xml.contains("<loc>https://x.org/articles/s</loc>"), "{xml}");
        assert!(xml.contains("<news:name>The Daily</news:name><news:language>en</news:language>"));
        assert!(
            xml.contains("<news:publication_date>2024-05-01T10:00:00Z</news:publication_date>")
        );
        assert!(
            xml.contains("<news:title>Cats &amp; &lt;dogs&gt;</news:title>"),
            "{xml}"
        );
    }
}
