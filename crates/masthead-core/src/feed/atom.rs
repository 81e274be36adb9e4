//! Atom 1.0 (RFC 4287): HTML as escaped text (`type="html"`), the author as
//! a name only, the photo as `<link rel="enclosure">`.
use super::{Feed, FeedError, text_element};
use crate::Timestamp;
use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesText, Event};

/// `Content-Type` of an Atom feed.
pub const CONTENT_TYPE: &str = "application/atom+xml; charset=utf-8";

fn date(t: Timestamp) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

fn typed_text<W: std::io::Write>(
    w: &mut Writer<W>,
    name: &str,
    kind: &str,
    text: &str,
) -> std::io::Result<()> {
    w.create_element(name)
        .with_attribute(("type", kind))
        .write_text_content(BytesText::new(&super::xml_text(text)))?;
    Ok(())
}

fn link<W: std::io::Write>(
    w: &mut Writer<W>,
    rel: &str,
    kind: &str,
    href: &str,
) -> std::io::Result<()> {
    w.create_element("link")
        .with_attributes([("rel", rel), ("type", kind), ("href", href)])
        .write_empty()?;
    Ok(())
}

pub fn write(feed: &Feed) -> Result<Vec<u8>, FeedError> {
    let mut w = Writer::new_with_indent(Vec::new(), b'\t', 1);
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    w.create_element("feed")
        .with_attribute(("xmlns", "http://www.w3.org/2005/Atom"))
        .write_inner_content(|w| {
            typed_text(w, "title", "text", &feed.title)?;
            typed_text(w, "subtitle", "text", &feed.description)?;
            link(w, "alternate", "text/html", &feed.link)?;
            link(w, "self", "application/atom+xml", &feed.self_url)?;
            text_element(w, "id", &feed.self_url)?;
            text_element(w, "updated", &date(feed.updated))?;
            text_element(w, "generator", "masthead")?;
            for e in &feed.entries {
                w.create_element("entry").write_inner_content(|w| {
                    typed_text(w, "title", "text", &e.title)?;
                    link(w, "alternate", "text/html", &e.link)?;
                    text_element(w, "id", &e.link)?;
                    text_element(w, "published", &date(e.published))?;
                    text_element(w, "updated", &date(e.updated))?;
                    // Atom wants an author; a story without a byline is the site's.
                    let author = if e.author.trim().is_empty() {
                        &feed.title
                    } else {
                        &e.author
                    };
                    w.create_element("author").write_inner_content(|w| {
                        text_element(w, "name", author)?;
                        Ok(())
                    })?;
                    if !e.summary.is_empty() {
                        typed_text(w, "summary", "text", &e.summary)?;
                    }
                    if !e.content_html.is_empty() {
                        typed_text(w, "content", "html", &e.content_html)?;
                    }
                    if let Some(enc) = &e.enclosure {
                        let length = enc.length.to_string();
                        let mut el = w.create_element("link").with_attributes([
                            ("rel", "enclosure"),
                            ("type", enc.mime.as_str()),
                            ("href", enc.url.as_str()),
                        ]);
                        // Atom's length is optional: said only when known.
                        if enc.length > 0 {
                            el = el.with_attribute(("length", length.as_str()));
                        }
                        el.write_empty()?;
                    }
                    Ok(())
                })?;
            }
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
    fn writes_atom_with_everything_escaped() {
        let xml = String::from_utf8(write(&sample()).unwrap_or_default()).unwrap_or_default();
        assert!(
            xml.contains(r#"<feed xmlns="http://www.w3.org/2005/Atom">"#),
            "{xml}"
        );
        assert!(xml.contains(r#"<title type="text">News &amp; &lt;Views&gt;</title>"#));
        assert!(xml.contains("<id>https://example.com/feed/</id>"));
        assert!(xml.contains("<updated>2026-03-04T12:05:06Z</updated>"));
        assert!(xml.contains("<published>2026-03-04T10:05:06Z</published>"));
        assert!(xml.contains("<name>Ann &lt;ann&gt;</name>"));
        assert!(xml.contains(
            r#"<content type="html">&lt;p&gt;Hi ]]&gt; there &amp;amp; &lt;b&gt;bold&lt;/b&gt;&lt;/p&gt;</content>"#
        ), "{xml}");
        assert!(xml.contains(
            r#"<link rel="enclosure" type="image/jpeg" href="https://example.com/media/p.jpg" length="1234"/>"#
        ));
    }
}
