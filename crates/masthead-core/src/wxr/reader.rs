//! Reads a WXR file record by record: authors and terms from the channel,
//! then each `<item>` with its comments. Memory holds one item at a time.
use super::{
    CONTENT_NS, DC_NS, EXCERPT_NS, NO_NS, WP_NS, WxrAuthor, WxrComment, WxrEntry, WxrError,
    WxrHeader, WxrItem, WxrTerm,
};
use crate::xml::{Node, Top, XmlStream};
use std::io::BufRead;

pub struct WxrReader<R: BufRead> {
    xml: XmlStream<R>,
    header: WxrHeader,
    /// Open elements above the records: `rss`, then `channel`.
    depth: usize,
    done: bool,
    /// An element of the WordPress export namespace was read.
    saw_wp: bool,
}

impl<R: BufRead> WxrReader<R> {
    pub fn new(input: R) -> Self {
        Self {
            xml: XmlStream::new(input),
            header: WxrHeader::default(),
            depth: 0,
            done: false,
            saw_wp: false,
        }
    }

    pub fn header(&self) -> &WxrHeader {
        &self.header
    }

    /// Bytes read so far (for a progress bar).
    pub fn position(&self) -> u64 {
        self.xml.position()
    }

    /// A file must say which WXR it is, or at least speak WordPress's
    /// export namespace; a version that is there but malformed is refused.
    fn check_version(&mut self) -> Result<(), WxrError> {
        let ok = match self.header.version.as_deref() {
            Some(v) => {
                let mut parts = v.split('.');
                matches!(
                    (parts.next(), parts.next(), parts.next()),
                    (Some(a), Some(b), None)
                        if !a.is_empty() && !b.is_empty()
                            && a.bytes().all(|c| c.is_ascii_digit())
                            && b.bytes().all(|c| c.is_ascii_digit())
                )
            }
            None if self.saw_wp => {
                self.header.version_missing = true;
                true
            }
            None => false,
        };
        if ok {
            Ok(())
        } else {
            Err(WxrError::NotWxr {
                offset: self.xml.position(),
            })
        }
    }

    /// The next author, term or item; `None` at the end of a valid file.
    #[allow(clippy::should_implement_trait)]
    pub fn next(&mut self) -> Result<Option<WxrEntry>, WxrError> {
        if self.done {
            return Ok(None);
        }
        loop {
            match self.xml.next_top()? {
                Top::Eof => {
                    self.done = true;
                    if self.depth > 0 {
                        return Err(crate::xml::XmlError {
                            offset: self.xml.position(),
                            message: "the file ends before </channel></rss>".into(),
                        }
                        .into());
                    }
                    self.check_version()?;
                    return Ok(None);
                }
                Top::End => self.depth = self.depth.saturating_sub(1),
                Top::Start(node) => {
                    let is = |ns: &[&str], name: &str| {
                        node.name == name && ns.contains(&node.ns.as_str())
                    };
                    if self.depth < 2 && (is(NO_NS, "rss") || is(NO_NS, "channel")) {
                        self.depth += 1;
                        continue;
                    }
                    if self.depth < 2 {
                        // Something other than rss/channel at the top: not WXR.
                        self.xml.skip(node)?;
                        continue;
                    }
                    if is(NO_NS, "item") {
                        let node = self.xml.read_node(node)?;
                        self.saw_wp |= node.children.iter().any(|c| WP_NS.contains(&c.ns.as_str()));
                        self.check_version()?;
                        return Ok(Some(WxrEntry::Item(Box::new(item(&node)))));
                    }
                    self.saw_wp |= WP_NS.contains(&node.ns.as_str());
                    if is(WP_NS, "author") {
                        let node = self.xml.read_node(node)?;
                        return Ok(Some(WxrEntry::Author(author(&node))));
                    }
                    if is(WP_NS, "category") || is(WP_NS, "tag") || is(WP_NS, "term") {
                        let node = self.xml.read_node(node)?;
                        return Ok(Some(WxrEntry::Term(term(&node))));
                    }
                    let header_field = is(WP_NS, "wxr_version")
                        || is(WP_NS, "base_site_url")
                        || is(WP_NS, "base_blog_url")
                        || is(NO_NS, "title");
                    if header_field {
                        let node = self.xml.read_node(node)?;
                        let text = node.text.trim().to_string();
                        match node.name.as_str() {
                            "wxr_version" => {
                                self.header.version = Some(text);
                                self.check_version()?;
                            }
                            "base_site_url" => self.header.base_site_url = text,
                            "base_blog_url" => self.header.base_blog_url = text,
                            _ => self.header.title = text,
                        }
                        continue;
                    }
                    self.xml.skip(node)?;
                }
            }
        }
    }
}

fn number(s: &str) -> i64 {
    s.trim().parse().unwrap_or(0)
}

fn author(n: &Node) -> WxrAuthor {
    WxrAuthor {
        id: number(&n.text_of(WP_NS, "author_id")),
        login: n.text_of(WP_NS, "author_login"),
        email: n.text_of(WP_NS, "author_email"),
        display_name: n.text_of(WP_NS, "author_display_name"),
    }
}

fn term(n: &Node) -> WxrTerm {
    match n.name.as_str() {
        "category" => WxrTerm {
            taxonomy: "category".into(),
            slug: n.text_of(WP_NS, "category_nicename"),
            name: n.text_of(WP_NS, "cat_name"),
            parent: n.text_of(WP_NS, "category_parent"),
        },
        "tag" => WxrTerm {
            taxonomy: "post_tag".into(),
            slug: n.text_of(WP_NS, "tag_slug"),
            name: n.text_of(WP_NS, "tag_name"),
            parent: String::new(),
        },
        _ => WxrTerm {
            taxonomy: n.text_of(WP_NS, "term_taxonomy"),
            slug: n.text_of(WP_NS, "term_slug"),
            name: n.text_of(WP_NS, "term_name"),
            parent: n.text_of(WP_NS, "term_parent"),
        },
    }
}

fn item(n: &Node) -> WxrItem {
    let w = |name| n.text_of(WP_NS, name);
    let terms = n
        .children(NO_NS, "category")
        .filter_map(|c| {
            let domain = c.attr("", "domain")?;
            let taxonomy = if domain == "tag" { "post_tag" } else { domain };
            let slug = c.attr("", "nicename").unwrap_or_default();
            Some((
                taxonomy.to_string(),
                slug.to_string(),
                c.text.trim().to_string(),
            ))
        })
        .collect();
    let meta = n
        .children(WP_NS, "postmeta")
        .map(|m| {
            (
                m.text_of(WP_NS, "meta_key"),
                m.raw_text_of(WP_NS, "meta_value"),
            )
        })
        .collect();
    let comments = n.children(WP_NS, "comment").map(comment).collect();
    WxrItem {
        post_id: number(&w("post_id")),
        title: n.text_of(NO_NS, "title"),
        link: n.text_of(NO_NS, "link"),
        pub_date: n.text_of(NO_NS, "pubDate"),
        creator: n.text_of(DC_NS, "creator"),
        content: n.raw_text_of(CONTENT_NS, "encoded").trim().to_string(),
        excerpt: n.raw_text_of(EXCERPT_NS, "encoded").trim().to_string(),
        post_date: w("post_date"),
        post_date_gmt: w("post_date_gmt"),
        comment_status: w("comment_status"),
        post_name: w("post_name"),
        status: w("status"),
        post_parent: number(&w("post_parent")),
        post_type: w("post_type"),
        attachment_url: w("attachment_url"),
        terms,
        meta,
        comments,
    }
}

fn comment(c: &Node) -> WxrComment {
    let w = |name| c.text_of(WP_NS, name);
    WxrComment {
        id: number(&w("comment_id")),
        author: w("comment_author"),
        author_email: w("comment_author_email"),
        author_url: w("comment_author_url"),
        author_ip: w("comment_author_IP"),
        date: w("comment_date"),
        date_gmt: w("comment_date_gmt"),
        content: c.raw_text_of(WP_NS, "comment_content").trim().to_string(),
        approved: w("comment_approved"),
        comment_type: w("comment_type"),
        parent: number(&w("comment_parent")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(xml: &str) -> Result<Vec<WxrEntry>, WxrError> {
        let mut r = WxrReader::new(xml.as_bytes());
        let mut out = Vec::new();
        while let Some(e) = r.next()? {
            out.push(e);
        }
        Ok(out)
    }

    const HEAD: &str = r#"<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="https://wordpress.org/export/1.2/"><channel><title>T</title><wp:wxr_version>1.2</wp:wxr_version>"#;

    #[test]
    fn items_and_comments_are_read() {
        let xml = format!(
            "{HEAD}<wp:author><wp:author_login><![CDATA[ann]]></wp:author_login><wp:author_display_name>Ann</wp:author_display_name></wp:author>\
             <item><title>Hello</title><dc:creator>ann</dc:creator><content:encoded><![CDATA[<p>Hi]]]]><![CDATA[></p>]]></content:encoded>\
             <wp:post_id>7</wp:post_id><wp:post_type>post</wp:post_type><category domain=\"tag\" nicename=\"x\">X</category>\
             <wp:comment><wp:comment_id>3</wp:comment_id><wp:comment_approved>1</wp:comment_approved><wp:comment_parent>0</wp:comment_parent></wp:comment></item></channel></rss>"
        );
        let entries = all(&xml).unwrap();
        assert_eq!(entries.len(), 2);
        let WxrEntry::Item(item) = &entries[1] else {
            panic!()
        };
        assert_eq!(item.post_id, 7);
        assert_eq!(item.content, "<p>Hi]]></p>");
        assert_eq!(
            item.terms,
            vec![("post_tag".into(), "x".into(), "X".into())]
        );
        assert_eq!(item.comments[0].id, 3);
    }

    #[test]
    fn a_missing_or_bad_version_is_not_wxr() {
        let no_version = "<rss><channel><item><title>x</title></item></channel></rss>";
        assert!(matches!(all(no_version), Err(WxrError::NotWxr { .. })));
        let bad = format!("{}</channel></rss>", HEAD.replace(">1.2<", ">abc<"));
        assert!(matches!(all(&bad), Err(WxrError::NotWxr { .. })));
        let truncated = format!("{HEAD}<item><title>x</title>");
        assert!(matches!(all(&truncated), Err(WxrError::Xml(_))));
    }

    #[test]
    fn no_version_in_wordpress_namespace_is_read_with_a_warning() {
        let versionless = HEAD.replace("<wp:wxr_version>1.2</wp:wxr_version>", "");
        let xml = format!(
            "{versionless}<item><title>x</title><wp:post_id>4</wp:post_id></item></channel></rss>"
        );
        let mut r = WxrReader::new(xml.as_bytes());
        assert!(matches!(r.next(), Ok(Some(WxrEntry::Item(_)))));
        assert!(r.header().version_missing);
        assert!(matches!(r.next(), Ok(None)));
        // With a version, no warning.
        let versioned = format!("{HEAD}</channel></rss>");
        let mut r = WxrReader::new(versioned.as_bytes());
        assert!(matches!(r.next(), Ok(None)));
        assert!(!r.header().version_missing);
    }
}
