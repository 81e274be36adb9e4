//! The part of microformats2 (<https://microformats.org/wiki/microformats2-parsing>)
//! that a Webmention needs: the source page's first `h-entry`, its author's
//! `h-card`, and the links it names. Properties are read as the parsing
//! specification says (`p-*` text, `u-*` URLs resolved against the page,
//! `dt-*` dates, `e-*` HTML); a nested microformat's own properties stay
//! its own. Why not the `microformats` crate: see README, "Crates".
use scraper::{ElementRef, Html, node::Node};
use url::Url;

/// A post as its `h-entry` describes it. Text is as found: unsanitised.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Entry {
    pub name: String,
    /// `e-content`'s HTML, or `p-content`/`p-summary` text, escaped.
    pub content_html: String,
    pub url: Option<Url>,
    pub published: Option<String>,
    pub author: Author,
    pub in_reply_to: Vec<Url>,
    pub like_of: Vec<Url>,
    pub repost_of: Vec<Url>,
    pub bookmark_of: Vec<Url>,
}

/// The entry's `p-author`: an `h-card`, or a plain name.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Author {
    pub name: String,
    pub url: Option<Url>,
    pub photo: Option<Url>,
}

/// The page's first `h-entry`, if it has one.
pub fn first_entry(doc: &Html, base: &Url) -> Option<Entry> {
    let root = doc
        .root_element()
        .descendants()
        .filter_map(ElementRef::wrap)
        .find(|e| has_class(e, "h-entry"))?;
    let props = properties(root);
    let mut entry = Entry::default();
    for (class, el) in &props {
        match class.as_str() {
            "p-name" if entry.name.is_empty() => entry.name = text_value(el),
            "e-content" if entry.content_html.is_empty() => {
                entry.content_html = el.inner_html().trim().to_string();
            }
            "p-content" | "p-summary" if entry.content_html.is_empty() => {
                entry.content_html = crate::html::escape_html(&text_value(el));
            }
            "u-url" | "u-uid" if entry.url.is_none() => entry.url = url_value(el, base),
            "dt-published" if entry.published.is_none() => entry.published = date_value(el),
            "p-author" | "u-author" if entry.author.name.is_empty() => {
                entry.author = author_of(el, base);
            }
            "u-in-reply-to" => entry.in_reply_to.extend(url_value(el, base)),
            "u-like-of" => entry.like_of.extend(url_value(el, base)),
            "u-repost-of" => entry.repost_of.extend(url_value(el, base)),
            "u-bookmark-of" => entry.bookmark_of.extend(url_value(el, base)),
            _ => {}
        }
    }
    // The implied name: a note has none of its own but its text.
    if entry.name.is_empty() {
        entry.name = crate::html::to_text(&entry.content_html);
    }
    Some(entry)
}

/// Every URL the page links to with `href` or `src`, resolved against it.
pub fn links(doc: &Html, base: &Url) -> Vec<Url> {
    doc.root_element()
        .descendants()
        .filter_map(ElementRef::wrap)
        .flat_map(|e| {
            let v = e.value();
            [v.attr("href"), v.attr("src")]
        })
        .flatten()
        .filter_map(|href| base.join(href.trim()).ok())
        .collect()
}

fn has_class(e: &ElementRef, class: &str) -> bool {
    e.value().classes().any(|c| c == class)
}

fn is_root(e: &ElementRef) -> bool {
    e.value().classes().any(|c| c.starts_with("h-"))
}

/// The property elements of a microformat, in document order: (class,
/// element), without descending into nested microformats (which may be
/// property values themselves, as `p-author h-card` is).
fn properties(root: ElementRef) -> Vec<(String, ElementRef)> {
    let mut out = Vec::new();
    let mut stack: Vec<ElementRef> = root.children().filter_map(ElementRef::wrap).collect();
    stack.reverse();
    while let Some(el) = stack.pop() {
        for class in el.value().classes() {
            if ["p-", "u-", "dt-", "e-"]
                .iter()
                .any(|p| class.starts_with(p))
            {
                out.push((class.to_string(), el));
            }
        }
        if !is_root(&el) {
            let mut kids: Vec<ElementRef> = el.children().filter_map(ElementRef::wrap).collect();
            kids.reverse();
            stack.extend(kids);
        }
    }
    out
}

/// `p-*`: the value class pattern's simple cases, then the text.
fn text_value(el: &ElementRef) -> String {
    let v = el.value();
    let attr = match v.name() {
        "abbr" | "link" => v.attr("title"),
        "data" | "input" => v.attr("value"),
        "img" | "area" => v.attr("alt"),
        _ => None,
    };
    let raw = match attr {
        Some(a) => a.to_string(),
        None => visible_text(el),
    };
    raw.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Text without `<script>` and `<style>` (the parsing spec drops them).
fn visible_text(el: &ElementRef) -> String {
    let mut out = String::new();
    for node in el.descendants() {
        if let Node::Text(t) = node.value() {
            let hidden = node
                .ancestors()
                .filter_map(ElementRef::wrap)
                .any(|a| matches!(a.value().name(), "script" | "style"));
            if !hidden {
                out.push_str(t);
            }
        }
    }
    out
}

/// `u-*`: the element's link, or a nested microformat's `u-url`, or text.
fn url_value(el: &ElementRef, base: &Url) -> Option<Url> {
    let v = el.value();
    let attr = match v.name() {
        "a" | "area" | "link" => v.attr("href"),
        "img" | "audio" | "video" | "source" | "iframe" => v.attr("src"),
        "object" => v.attr("data"),
        _ => None,
    };
    let found = match attr {
        Some(a) => Some(a.to_string()),
        None if is_root(el) => properties(*el)
            .into_iter()
            .find(|(c, _)| c == "u-url")
            .and_then(|(_, u)| url_value(&u, base).map(String::from)),
        None => Some(text_value(el)),
    }?;
    base.join(found.trim())
        .ok()
        .filter(|u| matches!(u.scheme(), "http" | "https"))
}

/// `dt-*`: a `datetime` attribute, or the text.
fn date_value(el: &ElementRef) -> Option<String> {
    let v = el.value();
    let s = v
        .attr("datetime")
        .map(str::to_string)
        .unwrap_or_else(|| text_value(el));
    (!s.trim().is_empty()).then(|| s.trim().to_string())
}

fn author_of(el: &ElementRef, base: &Url) -> Author {
    if !has_class(el, "h-card") {
        return match el.value().name() {
            "a" => Author {
                name: text_value(el),
                url: url_value(el, base),
                photo: None,
            },
            _ => Author {
                name: text_value(el),
                url: None,
                photo: None,
            },
        };
    }
    let mut author = Author::default();
    for (class, p) in properties(*el) {
        match class.as_str() {
            "p-name" if author.name.is_empty() => author.name = text_value(&p),
            "u-url" | "u-uid" if author.url.is_none() => author.url = url_value(&p, base),
            "u-photo" if author.photo.is_none() => author.photo = url_value(&p, base),
            _ => {}
        }
    }
    if author.name.is_empty() {
        author.name = text_value(el);
    }
    if author.url.is_none() && el.value().name() == "a" {
        author.url = url_value(el, base);
    }
    author
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(html: &str) -> Entry {
        let base = Url::parse("https://blog.example/posts/1").unwrap();
        first_entry(&Html::parse_document(html), &base).expect("an h-entry")
    }

    #[test]
    fn a_reply_with_an_author_card() {
        let e = read(
            r#"<article class="h-entry">
              <a class="u-in-reply-to" href="https://news.example/articles/a">the story</a>
              <div class="p-author h-card"><img class="u-photo" src="/me.jpg" alt="">
                <a class="p-name u-url" href="/">Ada L.</a></div>
              <div class="e-content">I <b>agree</b>.<script>x()</script></div>
              <time class="dt-published" datetime="2026-12-01T10:00:00Z">Dec 1</time>
              <a class="u-url" href="/posts/1">permalink</a>
            </article>"#,
        );
        assert_eq!(e.in_reply_to[0].as_str(), "https://news.example/articles/a");
        assert_eq!(e.author.name, "Ada L.");
        assert_eq!(e.author.url.unwrap().as_str(), "https://blog.example/");
        assert_eq!(
            e.author.photo.unwrap().as_str(),
            "https://blog.example/me.jpg"
        );
        assert!(e.content_html.starts_with("I <b>agree</b>."));
        assert_eq!(e.published.as_deref(), Some("2026-12-01T10:00:00Z"));
        assert_eq!(e.url.unwrap().as_str(), "https://blog.example/posts/1");
        // The author card's url is its own, not the entry's.
        assert!(e.like_of.is_empty() && e.repost_of.is_empty());
    }

    #[test]
    fn a_like_as_a_cite_and_a_plain_author() {
        let e = read(
            r#"<div class="h-entry"><span class="p-author">Bob</span> liked
              <div class="u-like-of h-cite"><a class="u-url" href="https://news.example/articles/b">B</a></div>
            </div>"#,
        );
        assert_eq!(e.like_of[0].as_str(), "https://news.example/articles/b");
        assert_eq!(e.author.name, "Bob");
        assert!(e.url.is_none(), "the cite's url is not the entry's");
    }

    #[test]
    fn links_are_resolved_and_no_entry_is_none() {
        let base = Url::parse("https://blog.example/x/").unwrap();
        let doc =
            Html::parse_document(r#"<p><a href="../y">y</a><img src="//cdn.example/i.png"></p>"#);
        let found: Vec<String> = links(&doc, &base).iter().map(Url::to_string).collect();
        assert_eq!(
            found,
            ["https://blog.example/y", "https://cdn.example/i.png"]
        );
        assert!(first_entry(&doc, &base).is_none());
    }
}
