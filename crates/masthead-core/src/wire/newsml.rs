//! IPTC NewsML-G2 news items: a `newsItem`, or a `newsMessage` carrying
//! several (a text item's picture may come as a picture item beside it).
//! Elements are matched by local name: agencies' files bind the NAR
//! namespace, or none (TT's). Bodies are NITF (`body.content`) or XHTML
//! (`body`) inside `inlineXML`, kept as markup for the sanitiser.
use super::WireError;
use super::item::{PubStatus, WireItem, WirePhoto};
use super::text::{escape, timestamp};
use quick_xml::events::{BytesStart, Event};
use quick_xml::reader::Reader;

/// Elements may nest this deep (a body's own markup included).
const MAX_DEPTH: usize = 128;

/// What one `newsItem` said.
#[derive(Default)]
struct Read {
    item: WireItem,
    picture: bool,
    renditions: Vec<(String, Option<u32>, String)>,
    caption: String,
    credit: String,
    signals: Vec<String>,
    ednote: String,
    nitf_headline: String,
    nitf_byline: String,
    nitf_dateline: String,
}

fn attr(e: &BytesStart<'_>, name: &str) -> Option<String> {
    e.attributes().flatten().find_map(|a| {
        let key: &str = a.key.as_ref();
        let local = key.rsplit(':').next().unwrap_or(key);
        (local == name || key == name).then(|| {
            a.normalized_value(quick_xml::XmlVersion::default())
                .map(|v| v.into_owned())
                .unwrap_or_default()
        })
    })
}

fn local(e: &BytesStart<'_>) -> String {
    let name = e.local_name();
    <str as AsRef<str>>::as_ref(name.as_ref()).to_string()
}

/// The start tag of a body element as HTML: local name, attributes kept
/// (the sanitiser decides which stay).
fn html_tag(e: &BytesStart<'_>, empty: bool) -> String {
    let mut out = format!("<{}", local(e));
    for a in e.attributes().flatten() {
        let local = a.key.local_name();
        let key: &str = local.as_ref();
        let value = a
            .normalized_value(quick_xml::XmlVersion::default())
            .unwrap_or_default();
        out.push_str(&format!(" {}=\"{}\"", key, escape(&value)));
    }
    out.push_str(if empty { " />" } else { ">" });
    out
}

/// Every story in a NewsML-G2 document.
pub fn items(xml: &[u8]) -> Result<Vec<WireItem>, WireError> {
    let mut reader = Reader::from_reader(xml);
    reader.config_mut().check_end_names = true;
    let mut buf = Vec::new();
    let mut path: Vec<String> = Vec::new();
    let mut done: Vec<Read> = Vec::new();
    let mut current: Option<Read> = None;
    // Inside a body: the depth it started at, and the HTML so far.
    let mut body: Option<(usize, String)> = None;
    // The text content of each open element (its descendants' included).
    let mut texts: Vec<String> = Vec::new();
    loop {
        buf.clear();
        let event = reader
            .read_event_into(&mut buf)
            .map_err(|e| WireError::Format(format!("the NewsML-G2 is not well-formed: {e}")))?;
        match event {
            Event::Start(e) => {
                let name = local(&e);
                if let Some((_, html)) = &mut body {
                    html.push_str(&html_tag(&e, false));
                } else {
                    start(&mut current, &path, &name, &e);
                    let parent = path.last().map(String::as_str).unwrap_or_default();
                    if (name == "body.content" && parent == "body")
                        || (name == "body" && parent == "html")
                    {
                        body = Some((path.len() + 1, String::new()));
                    }
                }
                path.push(name);
                texts.push(String::new());
                if path.len() > MAX_DEPTH {
                    return Err(WireError::Format(format!(
                        "elements nest deeper than {MAX_DEPTH} levels"
                    )));
                }
            }
            Event::Empty(e) => {
                if let Some((_, html)) = &mut body {
                    html.push_str(&html_tag(&e, true));
                } else {
                    let name = local(&e);
                    start(&mut current, &path, &name, &e);
                }
            }
            Event::End(_) => {
                let name = path.pop().unwrap_or_default();
                let text = texts.pop().unwrap_or_default();
                if let Some(parent) = texts.last_mut() {
                    parent.push_str(&text);
                }
                match &mut body {
                    Some((depth, html)) if path.len() + 1 > *depth => {
                        html.push_str(&format!("</{name}>"));
                    }
                    Some(_) => {
                        if let (Some((_, html)), Some(read)) = (body.take(), current.as_mut())
                            && read.item.body_html.is_empty()
                        {
                            read.item.body_html = html.trim().to_string();
                        }
                    }
                    None => {
                        if name == "newsItem" {
                            done.extend(current.take());
                        } else if let Some(read) = current.as_mut() {
                            end(read, &path, &name, text.trim());
                        }
                    }
                }
            }
            Event::Text(t) => {
                let s = t.xml10_content().into_owned();
                match &mut body {
                    Some((_, html)) => html.push_str(&escape(&s)),
                    None => texts.last_mut().into_iter().for_each(|t| t.push_str(&s)),
                }
            }
            Event::CData(c) => {
                let s = c.xml10_content().into_owned();
                match &mut body {
                    Some((_, html)) => html.push_str(&escape(&s)),
                    None => texts.last_mut().into_iter().for_each(|t| t.push_str(&s)),
                }
            }
            Event::GeneralRef(r) => {
                let s = match r.resolve_char_ref() {
                    Ok(Some(c)) => c.to_string(),
                    _ => quick_xml::escape::resolve_predefined_entity(&r)
                        .unwrap_or_default()
                        .to_string(),
                };
                match &mut body {
                    Some((_, html)) => html.push_str(&escape(&s)),
                    None => texts.last_mut().into_iter().for_each(|t| t.push_str(&s)),
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if done.is_empty() {
        return Err(WireError::Format(
            "no newsItem in the NewsML-G2 document".into(),
        ));
    }
    finish(done)
}

/// A start (or empty) tag outside bodies: attributes that carry values.
fn start(current: &mut Option<Read>, path: &[String], name: &str, e: &BytesStart<'_>) {
    if name == "newsItem" {
        let mut read = Read::default();
        read.item.guid = attr(e, "guid").unwrap_or_default();
        read.item.version = attr(e, "version").and_then(|v| v.trim().parse().ok());
        read.item.language = attr(e, "lang");
        *current = Some(read);
        return;
    }
    let Some(read) = current.as_mut() else { return };
    let parent = path.last().map(String::as_str).unwrap_or_default();
    match (parent, name) {
        ("itemMeta", "pubStatus") => {
            read.item.status = PubStatus::parse(&attr(e, "qcode").unwrap_or_default());
        }
        ("itemMeta", "itemClass") => {
            let class = attr(e, "qcode").unwrap_or_default();
            read.picture = class.ends_with(":picture") || class.ends_with(":graphic");
        }
        ("itemMeta", "signal") => read.signals.extend(attr(e, "qcode")),
        ("contentMeta", "language") => {
            if let Some(tag) = attr(e, "tag") {
                read.item.language = Some(tag);
            }
        }
        ("contentSet", "remoteContent") => {
            if let Some(href) = attr(e, "href") {
                let width = attr(e, "width").and_then(|w| w.trim().parse().ok());
                read.renditions
                    .push((href, width, attr(e, "contenttype").unwrap_or_default()));
            }
        }
        _ => {}
    }
}

/// An end tag outside bodies: the text it held.
fn end(read: &mut Read, path: &[String], name: &str, text: &str) {
    let parent = path.last().map(String::as_str).unwrap_or_default();
    let grand = path
        .iter()
        .rev()
        .nth(1)
        .map(String::as_str)
        .unwrap_or_default();
    let set = |field: &mut String| {
        if field.is_empty() {
            *field = text.to_string();
        }
    };
    match (parent, name) {
        ("itemMeta", "versionCreated") => read.item.version_created = timestamp(text),
        ("itemMeta", "firstCreated") => read.item.first_created = timestamp(text),
        ("itemMeta", "embargoed") => read.item.embargoed = timestamp(text),
        ("itemMeta", "edNote") => set(&mut read.ednote),
        ("contentMeta", "headline") => set(&mut read.item.headline),
        ("contentMeta", "description") => set(&mut read.caption),
        ("contentMeta", "creditline") => set(&mut read.credit),
        ("contentMeta", "by") => set(&mut read.item.byline),
        ("contentMeta", "dateline") => set(&mut read.item.dateline),
        ("located", "name") if grand == "contentMeta" => set(&mut read.item.dateline),
        ("subject", "name")
            if grand == "contentMeta"
                && !text.is_empty()
                && !read.item.subjects.iter().any(|s| s == text) =>
        {
            read.item.subjects.push(text.to_string());
        }
        ("hedline", "hl1") => set(&mut read.nitf_headline),
        ("hedline", "hl2") => set(&mut read.item.subheadline),
        ("body.head", "byline") => set(&mut read.nitf_byline),
        ("body.head", "dateline") => set(&mut read.nitf_dateline),
        _ => {}
    }
}

/// Items as stories: a picture item lends its rendition, caption and
/// credit to the text items beside it.
fn finish(reads: Vec<Read>) -> Result<Vec<WireItem>, WireError> {
    let photo_of = |r: &Read| {
        let pick = r
            .renditions
            .iter()
            // Relative addresses are the source's: resolved by the caller.
            .filter(|(h, _, t)| {
                !h.starts_with("file:") && (t.is_empty() || t.starts_with("image/"))
            })
            .filter(|(_, w, _)| w.is_none_or(|w| w <= 2400))
            .max_by_key(|(_, w, _)| *w)?;
        Some(WirePhoto {
            url: pick.0.clone(),
            caption: r.caption.clone(),
            credit: r.credit.clone(),
            width: pick.1,
        })
    };
    let shared = reads.iter().filter(|r| r.picture).find_map(photo_of);
    let texts: Vec<&Read> = reads.iter().filter(|r| !r.picture).collect();
    let chosen: Vec<&Read> = if texts.is_empty() {
        reads.iter().collect()
    } else {
        texts
    };
    chosen
        .into_iter()
        .map(|r| {
            let mut item = r.item.clone();
            if item.guid.is_empty() {
                return Err(WireError::Format("a newsItem without a “guid”".into()));
            }
            if item.headline.is_empty() {
                item.headline = r.nitf_headline.clone();
            }
            if item.byline.is_empty() {
                item.byline = r.nitf_byline.clone();
            }
            if item.dateline.is_empty() {
                item.dateline = r.nitf_dateline.clone();
            }
            if !r.picture && item.subheadline.is_empty() {
                item.subheadline = r.caption.clone();
            }
            item.photo = if r.picture {
                photo_of(r)
            } else {
                shared.clone()
            };
            let corrected = r.signals.iter().any(|s| s.ends_with(":correction"));
            if corrected || r.ednote.to_lowercase().contains("correct") {
                item.correction = Some(if r.ednote.is_empty() {
                    "Corrected by the agency.".to_string()
                } else {
                    r.ednote.clone()
                });
            }
            if item.source_url.is_none() && item.guid.starts_with("http") {
                item.source_url = Some(item.guid.clone());
            }
            Ok(item)
        })
        .collect()
}
