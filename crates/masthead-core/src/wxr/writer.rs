//! Writes WXR 1.2 as WordPress's exporter does: RSS 2.0 with the five
//! namespaces, every text value in CDATA (an inner `]]>` split), the comment
//! author URL escaped instead.
use super::{WxrAuthor, WxrHeader, WxrItem, WxrTerm};
use quick_xml::escape::escape;
use std::io::{self, Write};

/// `<![CDATA[…]]>`, with `]]>` split across two sections.
pub fn cdata(s: &str) -> String {
    format!("<![CDATA[{}]]>", s.replace("]]>", "]]]]><![CDATA[>"))
}

pub struct WxrWriter<W: Write> {
    out: W,
}

impl<W: Write> WxrWriter<W> {
    pub fn start(
        mut out: W,
        header: &WxrHeader,
        generated: &str,
        authors: &[WxrAuthor],
        terms: &[WxrTerm],
    ) -> io::Result<Self> {
        writeln!(out, r#"<?xml version="1.0" encoding="UTF-8" ?>"#)?;
        writeln!(
            out,
            "<!-- generator=\"masthead\" created=\"{generated}\" -->"
        )?;
        writeln!(
            out,
            r#"<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">"#
        )?;
        writeln!(out, "<channel>")?;
        writeln!(out, "\t<title>{}</title>", escape(&header.title))?;
        writeln!(out, "\t<link>{}</link>", escape(&header.base_blog_url))?;
        writeln!(out, "\t<description></description>")?;
        writeln!(out, "\t<language>en</language>")?;
        writeln!(out, "\t<wp:wxr_version>1.2</wp:wxr_version>")?;
        writeln!(
            out,
            "\t<wp:base_site_url>{}</wp:base_site_url>",
            escape(&header.base_site_url)
        )?;
        writeln!(
            out,
            "\t<wp:base_blog_url>{}</wp:base_blog_url>",
            escape(&header.base_blog_url)
        )?;
        for a in authors {
            writeln!(
                out,
                "\t<wp:author><wp:author_id>{}</wp:author_id><wp:author_login>{}</wp:author_login><wp:author_email>{}</wp:author_email><wp:author_display_name>{}</wp:author_display_name><wp:author_first_name>{}</wp:author_first_name><wp:author_last_name>{}</wp:author_last_name></wp:author>",
                a.id,
                cdata(&a.login),
                cdata(&a.email),
                cdata(&a.display_name),
                cdata(""),
                cdata("")
            )?;
        }
        for t in terms {
            match t.taxonomy.as_str() {
                "category" => writeln!(
                    out,
                    "\t<wp:category><wp:category_nicename>{}</wp:category_nicename><wp:category_parent>{}</wp:category_parent><wp:cat_name>{}</wp:cat_name></wp:category>",
                    cdata(&t.slug),
                    cdata(&t.parent),
                    cdata(&t.name)
                )?,
                "post_tag" => writeln!(
                    out,
                    "\t<wp:tag><wp:tag_slug>{}</wp:tag_slug><wp:tag_name>{}</wp:tag_name></wp:tag>",
                    cdata(&t.slug),
                    cdata(&t.name)
                )?,
                _ => writeln!(
                    out,
                    "\t<wp:term><wp:term_taxonomy>{}</wp:term_taxonomy><wp:term_slug>{}</wp:term_slug><wp:term_parent>{}</wp:term_parent><wp:term_name>{}</wp:term_name></wp:term>",
                    cdata(&t.taxonomy),
                    cdata(&t.slug),
                    cdata(&t.parent),
                    cdata(&t.name)
                )?,
            }
        }
        writeln!(out, "\t<generator>https://github.com/masthead</generator>")?;
        Ok(Self { out })
    }

    pub fn item(&mut self, i: &WxrItem) -> io::Result<()> {
        let o = &mut self.out;
        writeln!(o, "\t<item>")?;
        writeln!(o, "\t\t<title>{}</title>", cdata(&i.title))?;
        writeln!(o, "\t\t<link>{}</link>", escape(&i.link))?;
        writeln!(o, "\t\t<pubDate>{}</pubDate>", escape(&i.pub_date))?;
        writeln!(o, "\t\t<dc:creator>{}</dc:creator>", cdata(&i.creator))?;
        writeln!(
            o,
            "\t\t<guid isPermaLink=\"false\">{}</guid>",
            escape(&i.link)
        )?;
        writeln!(o, "\t\t<description></description>")?;
        writeln!(
            o,
            "\t\t<content:encoded>{}</content:encoded>",
            cdata(&i.content)
        )?;
        writeln!(
            o,
            "\t\t<excerpt:encoded>{}</excerpt:encoded>",
            cdata(&i.excerpt)
        )?;
        writeln!(o, "\t\t<wp:post_id>{}</wp:post_id>", i.post_id)?;
        writeln!(
            o,
            "\t\t<wp:post_date>{}</wp:post_date>",
            cdata(&i.post_date)
        )?;
        writeln!(
            o,
            "\t\t<wp:post_date_gmt>{}</wp:post_date_gmt>",
            cdata(&i.post_date_gmt)
        )?;
        writeln!(
            o,
            "\t\t<wp:comment_status>{}</wp:comment_status>",
            cdata(&i.comment_status)
        )?;
        writeln!(
            o,
            "\t\t<wp:ping_status>{}</wp:ping_status>",
            cdata("closed")
        )?;
        writeln!(
            o,
            "\t\t<wp:post_name>{}</wp:post_name>",
            cdata(&i.post_name)
        )?;
        writeln!(o, "\t\t<wp:status>{}</wp:status>", cdata(&i.status))?;
        writeln!(o, "\t\t<wp:post_parent>{}</wp:post_parent>", i.post_parent)?;
        writeln!(o, "\t\t<wp:menu_order>0</wp:menu_order>")?;
        writeln!(
            o,
            "\t\t<wp:post_type>{}</wp:post_type>",
            cdata(&i.post_type)
        )?;
        writeln!(o, "\t\t<wp:post_password>{}</wp:post_password>", cdata(""))?;
        writeln!(o, "\t\t<wp:is_sticky>0</wp:is_sticky>")?;
        if !i.attachment_url.is_empty() {
            writeln!(
                o,
                "\t\t<wp:attachment_url>{}</wp:attachment_url>",
                cdata(&i.attachment_url)
            )?;
        }
        for (taxonomy, slug, name) in &i.terms {
            writeln!(
                o,
                "\t\t<category domain=\"{}\" nicename=\"{}\">{}</category>",
                escape(taxonomy),
                escape(slug),
                cdata(name)
            )?;
        }
        for (key, value) in &i.meta {
            writeln!(
                o,
                "\t\t<wp:postmeta><wp:meta_key>{}</wp:meta_key><wp:meta_value>{}</wp:meta_value></wp:postmeta>",
                cdata(key),
                cdata(value)
            )?;
        }
        for c in &i.comments {
            writeln!(o, "\t\t<wp:comment>")?;
            writeln!(o, "\t\t\t<wp:comment_id>{}</wp:comment_id>", c.id)?;
            writeln!(
                o,
                "\t\t\t<wp:comment_author>{}</wp:comment_author>",
                cdata(&c.author)
            )?;
            writeln!(
                o,
                "\t\t\t<wp:comment_author_email>{}</wp:comment_author_email>",
                cdata(&c.author_email)
            )?;
            writeln!(
                o,
                "\t\t\t<wp:comment_author_url>{}</wp:comment_author_url>",
                escape(&c.author_url)
            )?;
            writeln!(
                o,
                "\t\t\t<wp:comment_author_IP>{}</wp:comment_author_IP>",
                cdata(&c.author_ip)
            )?;
            writeln!(
                o,
                "\t\t\t<wp:comment_date>{}</wp:comment_date>",
                cdata(&c.date)
            )?;
            writeln!(
                o,
                "\t\t\t<wp:comment_date_gmt>{}</wp:comment_date_gmt>",
                cdata(&c.date_gmt)
            )?;
            writeln!(
                o,
                "\t\t\t<wp:comment_content>{}</wp:comment_content>",
                cdata(&c.content)
            )?;
            writeln!(
                o,
                "\t\t\t<wp:comment_approved>{}</wp:comment_approved>",
                cdata(&c.approved)
            )?;
            writeln!(
                o,
                "\t\t\t<wp:comment_type>{}</wp:comment_type>",
                cdata(&c.comment_type)
            )?;
            writeln!(
                o,
                "\t\t\t<wp:comment_parent>{}</wp:comment_parent>",
                c.parent
            )?;
            writeln!(o, "\t\t\t<wp:comment_user_id>0</wp:comment_user_id>")?;
            writeln!(o, "\t\t</wp:comment>")?;
        }
        writeln!(o, "\t</item>")
    }

    pub fn finish(mut self) -> io::Result<W> {
        writeln!(self.out, "</channel>")?;
        writeln!(self.out, "</rss>")?;
        Ok(self.out)
    }
}

#[cfg(test)]
mod tests {
    use super::super::{WxrComment, WxrEntry, WxrReader};
    use super::*;

    #[test]
    fn what_is_written_reads_back_the_same() {
        let item = WxrItem {
            post_id: 4,
            title: "A ]]> B & <C>".into(),
            link: "https://example.com/?p=4&x=1".into(),
            content: "<p>x]]>y</p>".into(),
            post_type: "post".into(),
            status: "publish".into(),
            terms: vec![("category".into(), "news".into(), "News & views".into())],
            comments: vec![WxrComment {
                id: 9,
                author: "Zoë".into(),
                author_url: "https://a.example/?q=1&r=2".into(),
                approved: "1".into(),
                comment_type: "comment".into(),
                content: "Hi ]]> there".into(),
                ..WxrComment::default()
            }],
            ..WxrItem::default()
        };
        let header = WxrHeader {
            title: "Site".into(),
            ..WxrHeader::default()
        };
        let mut w = WxrWriter::start(Vec::new(), &header, "now", &[], &[]).unwrap();
        w.item(&item).unwrap();
        let bytes = w.finish().unwrap();
        let mut r = WxrReader::new(bytes.as_slice());
        let Some(WxrEntry::Item(back)) = r.next().unwrap() else {
            panic!("no item")
        };
        assert_eq!(back.title, item.title);
        assert_eq!(back.link, item.link);
        assert_eq!(back.content, item.content);
        assert_eq!(back.terms, item.terms);
        assert_eq!(back.comments[0].author_url, item.comments[0].author_url);
        assert_eq!(back.comments[0].content, "Hi ]]> there");
        assert!(r.next().unwrap().is_none());
    }
}
