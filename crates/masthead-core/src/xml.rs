//! A small namespace-aware element tree over quick-xml, for reading one record
//! (a WXR `<item>`, a Disqus `<post>`) at a time: the whole file is streamed,
//! only the current record is held in memory, and elements are matched by
//! namespace URI, never by prefix (a file may bind `wp:` to anything).
use quick_xml::events::{BytesStart, Event};
use quick_xml::name::ResolveResult;
use quick_xml::reader::NsReader;
use std::io::BufRead;

/// One record may hold this much (text, tags and attributes); a larger one is
/// refused, not buffered.
pub const MAX_RECORD_BYTES: usize = 64 * 1024 * 1024;
/// Elements may nest this deep inside one record (WXR needs four levels).
pub const MAX_DEPTH: usize = 256;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("{message} (at byte {offset})")]
pub struct XmlError {
    /// Byte offset in the file; the command line turns it into line and column.
    pub offset: u64,
    pub message: String,
}

/// An element: its namespace URI ("" for none), local name, attributes
/// (namespace URI, local name, value), text (text and CDATA joined), children.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Node {
    pub ns: String,
    pub name: String,
    pub attrs: Vec<(String, String, String)>,
    pub text: String,
    pub children: Vec<Node>,
}

impl Node {
    /// The first child in namespace `ns` (one of several URIs) named `name`.
    pub fn child(&self, ns: &[&str], name: &str) -> Option<&Node> {
        self.children
            .iter()
            .find(|c| c.name == name && ns.contains(&c.ns.as_str()))
    }

    pub fn children<'a>(
        &'a self,
        ns: &'a [&'a str],
        name: &'a str,
    ) -> impl Iterator<Item = &'a Node> + 'a {
        self.children
            .iter()
            .filter(move |c| c.name == name && ns.contains(&c.ns.as_str()))
    }

    /// The trimmed text of a child, or "".
    pub fn text_of(&self, ns: &[&str], name: &str) -> String {
        self.child(ns, name)
            .map(|c| c.text.trim().to_string())
            .unwrap_or_default()
    }

    /// The untrimmed text of a child (content bodies keep their spacing).
    pub fn raw_text_of(&self, ns: &[&str], name: &str) -> String {
        self.child(ns, name)
            .map(|c| c.text.clone())
            .unwrap_or_default()
    }

    pub fn attr(&self, ns: &str, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, l, _)| n == ns && l == name)
            .map(|(_, _, v)| v.as_str())
    }
}

/// What the stream yields at the top level: a start tag (with its resolved
/// name), an end tag, or the end of the file.
pub enum Top {
    Start(Node),
    End,
    Eof,
}

pub struct XmlStream<R: BufRead> {
    reader: NsReader<R>,
    buf: Vec<u8>,
}

impl<R: BufRead> XmlStream<R> {
    pub fn new(input: R) -> Self {
        let mut reader = NsReader::from_reader(input);
        reader.config_mut().check_end_names = true;
        Self {
            reader,
            buf: Vec::new(),
        }
    }

    /// Bytes read so far.
    pub fn position(&self) -> u64 {
        self.reader.buffer_position()
    }

    fn error(&self, message: impl Into<String>) -> XmlError {
        XmlError {
            offset: self.reader.buffer_position(),
            message: message.into(),
        }
    }

    fn too_large(&self) -> XmlError {
        self.error(format!(
            "one record is larger than {} MiB",
            MAX_RECORD_BYTES / (1024 * 1024)
        ))
    }

    fn xml_error(&self, e: quick_xml::Error) -> XmlError {
        XmlError {
            offset: self.reader.error_position(),
            message: format!("the XML is not well-formed: {e}"),
        }
    }

    /// The next start or end tag at this level; text between records is ignored.
    pub fn next_top(&mut self) -> Result<Top, XmlError> {
        loop {
            self.buf.clear();
            let event = match self.reader.read_resolved_event_into(&mut self.buf) {
                Ok((ns, event)) => (namespace(&ns), event.into_owned()),
                Err(e) => return Err(self.xml_error(e)),
            };
            match event {
                (ns, Event::Start(e)) => return Ok(Top::Start(self.node(ns, &e, false)?)),
                (ns, Event::Empty(e)) => {
                    // An empty element is a start immediately followed by its end.
                    let mut node = self.node(ns, &e, false)?;
                    node.name.insert(0, '/');
                    return Ok(Top::Start(node));
                }
                (_, Event::End(_)) => return Ok(Top::End),
                (_, Event::Eof) => return Ok(Top::Eof),
                (_, Event::Text(t)) if t.contains("]]>") => {
                    return Err(self.error("“]]>” may not appear in text"));
                }
                _ => {}
            }
        }
    }

    fn node(&self, ns: String, e: &BytesStart<'_>, _: bool) -> Result<Node, XmlError> {
        let resolver = self.reader.resolver();
        let (_, local) = resolver.resolve_element(e.name());
        let mut attrs = Vec::new();
        for a in e.attributes() {
            let a = a.map_err(|e| self.error(format!("bad attribute: {e}")))?;
            let (ans, alocal) = resolver.resolve_attribute(a.key);
            let value = a
                .normalized_value(quick_xml::XmlVersion::default())
                .map_err(|e| self.error(format!("bad attribute value: {e}")))?;
            attrs.push((
                namespace(&ans),
                <str as AsRef<str>>::as_ref(alocal.as_ref()).to_string(),
                value.into_owned(),
            ));
        }
        Ok(Node {
            ns,
            name: <str as AsRef<str>>::as_ref(local.as_ref()).to_string(),
            attrs,
            ..Node::default()
        })
    }

    /// Reads the rest of the element `start` (just returned by `next_top`) into a tree.
    pub fn read_node(&mut self, start: Node) -> Result<Node, XmlError> {
        if let Some(name) = start.name.strip_prefix('/') {
            return Ok(Node {
                name: name.to_string(),
                ..start
            });
        }
        let mut stack = vec![start];
        let mut size = 0usize;
        loop {
            self.buf.clear();
            let (ns, event) = match self.reader.read_resolved_event_into(&mut self.buf) {
                Ok((ns, event)) => (namespace(&ns), event.into_owned()),
                Err(e) => return Err(self.xml_error(e)),
            };
            let text = match event {
                Event::Start(e) => {
                    size += e.len();
                    if stack.len() >= MAX_DEPTH {
                        return Err(
                            self.error(format!("elements nest deeper than {MAX_DEPTH} levels"))
                        );
                    }
                    let node = self.node(ns, &e, false)?;
                    stack.push(node);
                    if size > MAX_RECORD_BYTES {
                        return Err(self.too_large());
                    }
                    continue;
                }
                Event::Empty(e) => {
                    size += e.len();
                    let node = self.node(ns, &e, false)?;
                    if let Some(top) = stack.last_mut() {
                        top.children.push(node);
                    }
                    if size > MAX_RECORD_BYTES {
                        return Err(self.too_large());
                    }
                    continue;
                }
                Event::End(_) => {
                    let Some(done) = stack.pop() else {
                        return Err(self.error("unexpected end tag"));
                    };
                    match stack.last_mut() {
                        Some(parent) => {
                            parent.children.push(done);
                            continue;
                        }
                        None => return Ok(done),
                    }
                }
                Event::Eof => {
                    let open = stack.first().map(|n| n.name.clone()).unwrap_or_default();
                    return Err(self.error(format!("the file ends inside <{open}>")));
                }
                Event::Text(t) => {
                    if t.contains("]]>") {
                        return Err(self.error("“]]>” may not appear in text"));
                    }
                    t.xml10_content().into_owned()
                }
                Event::CData(c) => c.xml10_content().into_owned(),
                Event::GeneralRef(r) => {
                    let resolved = match r.resolve_char_ref() {
                        Ok(Some(c)) => Some(c.to_string()),
                        Ok(None) => {
                            quick_xml::escape::resolve_predefined_entity(&r).map(str::to_string)
                        }
                        Err(e) => return Err(self.error(format!("bad character reference: {e}"))),
                    };
                    resolved.ok_or_else(|| self.error(format!("unknown entity “&{};”", &*r)))?
                }
                _ => continue,
            };
            size += text.len();
            if size > MAX_RECORD_BYTES {
                return Err(self.too_large());
            }
            if let Some(top) = stack.last_mut() {
                top.text.push_str(&text);
            }
        }
    }

    /// Skips the rest of an element returned by `next_top`.
    pub fn skip(&mut self, start: Node) -> Result<(), XmlError> {
        if start.name.starts_with('/') {
            return Ok(());
        }
        let mut depth = 1usize;
        loop {
            self.buf.clear();
            match self.reader.read_event_into(&mut self.buf) {
                Ok(Event::Start(_)) => depth += 1,
                Ok(Event::End(_)) => {
                    depth -= 1;
                    if depth == 0 {
                        return Ok(());
                    }
                }
                Ok(Event::Eof) => {
                    return Err(self.error(format!("the file ends inside <{}>", start.name)));
                }
                Ok(Event::Text(t)) if t.contains("]]>") => {
                    return Err(self.error("“]]>” may not appear in text"));
                }
                Ok(_) => {}
                Err(e) => return Err(self.xml_error(e)),
            }
        }
    }
}

fn namespace(r: &ResolveResult<'_>) -> String {
    match r {
        ResolveResult::Bound(ns) => <str as AsRef<str>>::as_ref(ns.as_ref()).to_string(),
        _ => String::new(),
    }
}

/// Line and column (1-based, columns in characters) of a byte offset in `text`.
pub fn line_column(text: &[u8], offset: u64) -> (usize, usize) {
    let end = usize::try_from(offset)
        .unwrap_or(usize::MAX)
        .min(text.len());
    let before = &text[..end];
    let line = before.iter().filter(|b| **b == b'\n').count() + 1;
    let start = before
        .iter()
        .rposition(|b| *b == b'\n')
        .map_or(0, |p| p + 1);
    let column = String::from_utf8_lossy(&before[start..]).chars().count() + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first(xml: &str) -> Result<Node, XmlError> {
        let mut s = XmlStream::new(xml.as_bytes());
        match s.next_top()? {
            Top::Start(n) => s.read_node(n),
            _ => panic!("no element"),
        }
    }

    #[test]
    fn text_cdata_and_references_join() {
        let n = first("<a>x &amp; <![CDATA[<b>]]><![CDATA[]]]]><![CDATA[>]]>&#233;</a>").unwrap();
        assert_eq!(n.text, "x & <b>]]>é");
    }

    #[test]
    fn elements_match_by_uri_not_prefix() {
        let n = first(
            r#"<r xmlns:wp="urn:real" xmlns:fake="urn:real"><fake:x>1</fake:x><wp:x xmlns:wp="urn:other">2</wp:x></r>"#,
        )
        .unwrap();
        assert_eq!(n.text_of(&["urn:real"], "x"), "1");
        assert_eq!(n.children(&["urn:real"], "x").count(), 1);
    }

    #[test]
    fn broken_files_name_the_place() {
        let e = first("<a>\n<b></c></a>").unwrap_err();
        assert!(e.message.contains("not well-formed"), "{e}");
        let e = first("<a><b>text").unwrap_err();
        assert!(e.message.contains("ends inside <a>"), "{e}");
        assert!(first("<a>raw ]]> text</a>").is_err());
        assert!(first("<a>&nbsp;</a>").is_err());
        let deep = format!("{}{}", "<a>".repeat(300), "</a>".repeat(300));
        assert!(first(&deep).unwrap_err().message.contains("nest deeper"));
        assert_eq!(line_column(b"ab\ncd\nef", 4), (2, 2));
    }
}
