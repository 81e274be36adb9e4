//! RSS 2.0, as WordPress writes it: HTML in CDATA (`description`,
//! `content:encoded`), the author in `dc:creator` (RSS's own `author` is an
//! email), the photo as `enclosure` and `media:content`.
use super::{Feed, FeedError, cdata_element, text_element};
use crate::Timestamp;
use quick_xml::Writer;
use quick_xml::events::{BytesDecl, Event};

/// `Content-Type` of an RSS feed.
pub const CONTENT_TYPE: &str = "application/rss+xml; charset=utf-8";

/// RFC 822 dates, in GMT.
fn date(t: Timestamp) -> String {
    t.format("%a, %d %b %Y %H:%M:%S +0000").to_string()
}

pub fn write(feed: &Feed) -> Result<Vec<u8>, FeedError> {
    let mut w = Writer::new_with_indent(Vec::new(), b'\t', 1);
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    w.create_element("rss")
        .with_attributes([
            ("version", "2.0"),
            ("xmlns:atom", "http://www.w3.org/2005/Atom"),
            ("xmlns:dc", "http://purl.org/dc/elements/1.1/"),
            ("xmlns:content", "http://purl.org/rss/1.0/modules/content/"),
            ("xmlns:media", "http://search.yahoo.com/mrss/"),
        ])
        .write_inner_content(|w| {
            w.create_element("channel").write_inner_content(|w| {
                text_element(w, "title", &feed.title)?;
                text_element(w, "link", &feed.link)?;
                text_element(w, "description", &feed.description)?;
                w.create_element("atom:link")
                    .with_attributes([
                        ("href", feed.self_url.as_str()),
                        ("rel", "self"),
                        ("type", "application/rss+xml"),
                    ])
                    .write_empty()?;
                text_element(w, "lastBuildDate", &date(feed.updated))?;
                text_element(w, "generator", "masthead")?;
                for e in &feed.entries {
                    w.create_element("item").write_inner_content(|w| {
                        text_element(w, "title", &e.title)?;
                        text_element(w, "link", &e.link)?;
                        w.create_element("guid")
                            .with_attribute(("isPermaLink", "true"))
                            .write_text_content(quick_xml::events::BytesText::new(
                                &super::xml_text(&e.link),
                            ))?;
                        text_element(w, "dc:creator", &e.author)?;
                        text_element(w, "pubDate", &date(e.published))?;
                        if e.summary.is_empty() {
                            cdata_element(w, "description", &e.content_html)?;
                        } else {
                            text_element(w, "description", &e.summary)?;
                        }
                        if !e.content_html.is_empty() {
                            cdata_element(w, "content:encoded", &e.content_html)?;
                        }
                        if let Some(enc) = &e.enclosure {
                            let length = enc.length.to_string();
                            w.create_element("enclosure")
                                .with_attributes([
                                    ("url", enc.url.as_str()),
                                    ("length", length.as_str()),
                                    ("type", enc.mime.as_str()),
                                ])
                                .write_empty()?;
                            w.create_element("media:content")
                                .with_attributes([
                                    ("url", enc.url.as_str()),
                                    ("type", enc.mime.as_str()),
                                    ("medium", "image"),
                                ])
                                .write_empty()?;
                        }
                        Ok(())
                    })?;
                }
                Ok(())
            })?;
            Ok(())
        })?;
    let mut out = w.into_inner();
    out.push(b'\n');
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::super::tests::sample;
    use super::*;

    #[test]
    fn writes_rss_with_everything_escaped() {
        let xml = String::from_utf8(write(&sample()).unwrap_or_default()).unwrap_or_default();
        assert!(xml.starts_with(r#"<?xml version="1.0" encoding="UTF-8"?>"#));
        assert!(
            xml.contains("<title>News &amp; &lt;Views&gt;</title>"),
            "{xml}"
        );
        assert!(xml.contains("<description>Daily </description>"), "{xml}");
        assert!(xml.contains("<link>https://example.com/articles/a-b?x=1&amp;y=2</link>"));
        assert!(xml.contains("<dc:creator>Ann &lt;ann&gt;</dc:creator>"));
        assert!(xml.contains("<pubDate>Wed, 04 Mar 2026 10:05:06 +0000</pubDate>"));
        assert!(xml.contains(
            "<content:encoded><![CDATA[<p>Hi ]]]]><![CDATA[> there &amp; <b>bold</b></p>]]></content:encoded>"
        ), "{xml}");
        assert!(xml.contains(
            r#"<enclosure url="https://example.com/media/p.jpg" length="1234" type="image/jpeg"/>"#
        ));
        assert!(!xml.contains('\u{1}'));
    }
}
