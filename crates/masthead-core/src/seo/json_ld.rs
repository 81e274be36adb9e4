//! An article's schema.org `NewsArticle`, as JSON-LD for a `<script>` in
//! the page head. Built with serde_json, then made safe to print inside
//! `<script>`: `<`, `>` and `&` become `\u003c`, `\u003e`, `\u0026` (the
//! same string to a JSON reader), so no value can close the element.
use serde_json::{Value, json};

/// The article's facts, absolute addresses and W3C dates already made.
#[derive(Debug, Clone)]
pub struct NewsArticle<'a> {
    pub headline: &'a str,
    pub description: &'a str,
    /// The canonical address.
    pub url: &'a str,
    /// The lead photo: address, pixel width and height when known.
    pub image: Option<(&'a str, Option<u32>, Option<u32>)>,
    pub published: &'a str,
    pub modified: &'a str,
    pub byline: &'a str,
    pub publisher: &'a str,
    pub logo: &'a str,
    /// Live coverage: the article is a `LiveBlogPosting`.
    pub live: Option<&'a LiveBlog>,
    /// A correction note and its W3C date (schema.org `correction`).
    pub correction: Option<(&'a str, &'a str)>,
    /// The story's language when it is not the site's (`inLanguage`).
    pub language: Option<&'a str>,
    /// The original a re-published story runs unchanged from (`isBasedOn`).
    pub based_on: Option<&'a str>,
    /// Its tags (`keywords`).
    pub keywords: &'a [String],
}

/// A live story's coverage and updates (newest first), W3C dates made.
#[derive(Debug, Clone, Default)]
pub struct LiveBlog {
    pub start: String,
    pub end: Option<String>,
    pub updates: Vec<LiveUpdate>,
}

#[derive(Debug, Clone)]
pub struct LiveUpdate {
    pub url: String,
    pub headline: String,
    pub published: String,
    pub body: String,
}

/// JSON that may be printed unescaped inside `<script type="application/ld+json">`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScriptJson(String);

impl ScriptJson {
    pub fn new(value: &Value) -> Self {
        let mut out = String::new();
        // `<`, `>` and `&` occur only inside JSON strings, where the escape
        // means the same character; U+2028/9 too, for old script parsers.
        for c in value.to_string().chars() {
            match c {
                '<' => out.push_str("\\u003c"),
                '>' => out.push_str("\\u003e"),
                '&' => out.push_str("\\u0026"),
                '\u{2028}' => out.push_str("\\u2028"),
                '\u{2029}' => out.push_str("\\u2029"),
                c => out.push(c),
            }
        }
        Self(out)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for ScriptJson {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

// Safe by construction (see `new`): templates print it as it is.
#[cfg(feature = "askama")]
impl askama::filters::HtmlSafe for ScriptJson {}

/// The people a byline names ("Ann Lee and Bo Park", "Ann Lee, Bo Park").
pub fn authors(byline: &str) -> Vec<&str> {
    byline
        .split(", ")
        .flat_map(|part| part.split(" and "))
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .collect()
}

pub fn news_article(a: &NewsArticle<'_>) -> ScriptJson {
    let publisher = json!({
        "@type": "Organization",
        "name": a.publisher,
        "logo": {"@type": "ImageObject", "url": a.logo},
    });
    let people = authors(a.byline);
    // No byline: the publication is the author.
    let author = if people.is_empty() {
        json!([publisher.clone()])
    } else {
        Value::Array(
            people
                .into_iter()
                .map(|name| json!({"@type": "Person", "name": name}))
                .collect(),
        )
    };
    let mut doc = json!({
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": a.url},
        "url": a.url,
        "headline": a.headline,
        "datePublished": a.published,
        "dateModified": a.modified,
        "author": author,
        "publisher": publisher,
        "isAccessibleForFree": true,
    });
    if !a.description.is_empty() {
        doc["description"] = json!(a.description);
    }
    if let Some((note, date)) = a.correction {
        doc["correction"] = json!({
            "@type": "CorrectionComment",
            "text": note,
            "datePublished": date,
        });
    }
    if let Some(lang) = a.language {
        doc["inLanguage"] = json!(lang);
    }
    if let Some(original) = a.based_on {
        doc["isBasedOn"] = json!(original);
    }
    if !a.keywords.is_empty() {
        doc["keywords"] = json!(a.keywords);
    }
    if let Some(live) = a.live {
        doc["@type"] = json!("LiveBlogPosting");
        doc["coverageStartTime"] = json!(live.start);
        if let Some(end) = &live.end {
            doc["coverageEndTime"] = json!(end);
        }
        doc["liveBlogUpdate"] = Value::Array(
            live.updates
                .iter()
                .map(|u| {
                    json!({
                        "@type": "BlogPosting",
                        "headline": u.headline,
                        "datePublished": u.published,
                        "url": u.url,
                        "articleBody": u.body,
                    })
                })
                .collect(),
        );
    }
    if let Some((src, width, height)) = a.image {
        let mut image = json!({"@type": "ImageObject", "url": src});
        if let (Some(w), Some(h)) = (width, height) {
            image["width"] = json!(w);
            image["height"] = json!(h);
        }
        doc["image"] = json!([image]);
    }
    ScriptJson::new(&doc)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article<'a>(headline: &'a str, byline: &'a str) -> NewsArticle<'a> {
        NewsArticle {
            headline,
            description: "What happened.",
            url: "https://x.org/articles/s",
            image: Some(("https://x.org/media/p.jpg", Some(1200), Some(800))),
            published: "2024-05-01T10:00:00Z",
            modified: "2024-05-02T10:00:00Z",
            byline,
            publisher: "The Daily",
            logo: "https://x.org/static/logo.png",
            live: None,
            correction: None,
            language: None,
            based_on: None,
            keywords: &[],
        }
    }

    #[test]
    fn a_headline_cannot_close_the_script() {
        let headline = "</script><script>alert(1)</script> & <!--";
        let out = news_article(&article(headline, "Ann Lee"));
        let s = out.as_str();
        assert!(
            !s.contains('<') && !s.contains('>') && !s.contains('&'),
            "{s}"
        );
        let back: Value = serde_json::from_str(s).unwrap();
        assert_eq!(back["headline"], headline);
    }

    #[test]
    fn names_the_parts_google_reads() {
        let v: Value =
            serde_json::from_str(news_article(&article("H", "Ann Lee and Bo Park")).as_str())
                .unwrap();
        assert_eq!(v["@type"], "NewsArticle");
        assert_eq!(v["author"][1]["name"], "Bo Park");
        assert_eq!(
            v["publisher"]["logo"]["url"],
            "https://x.org/static/logo.png"
        );
        assert_eq!(v["image"][0]["width"], 1200);
        assert_eq!(v["isAccessibleForFree"], true);
        assert_eq!(v["mainEntityOfPage"]["@id"], "https://x.org/articles/s");
        let v: Value = serde_json::from_str(news_article(&article("H", "")).as_str()).unwrap();
        assert_eq!(v["author"][0]["name"], "The Daily");
    }
}
