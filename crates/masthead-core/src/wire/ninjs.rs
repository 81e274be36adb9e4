//! IPTC ninjs (JSON): 1.x (`headline`, `body_html`, `associations` as a
//! map, renditions as a map) and 2.x (`headlines[]`, `bodies[]`,
//! `associations[]`, renditions as a list); a single item, a JSON array of
//! them, or an object with an `items` array.
use super::WireError;
use super::item::{PubStatus, WireItem, WirePhoto};
use super::text::{html_from_text, inner_body, timestamp};
use serde_json::Value;

/// Every ninjs item in `v`.
pub fn items(v: &Value) -> Result<Vec<WireItem>, WireError> {
    let list: Vec<&Value> = match v {
        Value::Array(a) => a.iter().collect(),
        Value::Object(o) => match o.get("items").and_then(Value::as_array) {
            Some(a) if !o.contains_key("uri") => a.iter().collect(),
            _ => vec![v],
        },
        _ => {
            return Err(WireError::Format(
                "a ninjs document is an object or an array".into(),
            ));
        }
    };
    list.into_iter().map(item).collect()
}

fn s<'a>(v: &'a Value, key: &str) -> &'a str {
    v.get(key)
        .and_then(Value::as_str)
        .unwrap_or_default()
        .trim()
}

/// A list of `{role, value}` (2.x): the value with one of `roles` (in that
/// order of preference), or the first when `any`.
fn by_role<'a>(v: &'a Value, key: &str, roles: &[&str], any: bool) -> Option<&'a Value> {
    let list = v.get(key)?.as_array()?;
    roles
        .iter()
        .find_map(|r| list.iter().find(|e| s(e, "role").eq_ignore_ascii_case(r)))
        .or_else(|| any.then(|| list.first()).flatten())
}

fn item(v: &Value) -> Result<WireItem, WireError> {
    if !v.is_object() {
        return Err(WireError::Format("a ninjs item is an object".into()));
    }
    let guid = s(v, "uri").to_string();
    if guid.is_empty() {
        return Err(WireError::Format("a ninjs item without a “uri”".into()));
    }
    let headline = match s(v, "headline") {
        "" => by_role(v, "headlines", &["main", "headline"], true)
            .map(|h| s(h, "value").to_string())
            .unwrap_or_default(),
        h => h.to_string(),
    };
    let subheadline = by_role(v, "headlines", &["sub", "subheadline", "subtitle"], false)
        .map(|h| s(h, "value").to_string())
        .or_else(|| {
            by_role(v, "descriptions", &["summary", "abstract"], false)
                .map(|d| s(d, "value").to_string())
        })
        .unwrap_or_else(|| s(v, "description_text").to_string());
    let version = match v.get("version") {
        Some(Value::Number(n)) => n.as_i64(),
        Some(Value::String(s)) => s.trim().parse().ok(),
        _ => None,
    };
    let ednote = s(v, "ednote");
    let correction = ednote
        .to_lowercase()
        .contains("correct")
        .then(|| ednote.to_string());
    Ok(WireItem {
        guid: guid.clone(),
        version,
        version_created: timestamp(s(v, "versioncreated")),
        first_created: timestamp(s(v, "firstcreated")),
        status: PubStatus::parse(s(v, "pubstatus")),
        embargoed: timestamp(s(v, "embargoed")),
        headline,
        subheadline,
        body_html: body(v),
        byline: match s(v, "byline") {
            "" => s(v, "by").to_string(),
            b => b.to_string(),
        },
        contributors: Vec::new(),
        dateline: s(v, "located").to_string(),
        source_url: source_url(v, &guid),
        photo: photo(v),
        subjects: subjects(v),
        language: Some(s(v, "language").to_string()).filter(|l| !l.is_empty()),
        correction,
    })
}

/// The story's body as HTML: 1.x `body_html`/`body_xhtml`/`body_text`, or
/// 2.x `bodies[]` (HTML preferred to plain text).
fn body(v: &Value) -> String {
    for key in ["body_html", "body_xhtml"] {
        if !s(v, key).is_empty() {
            return inner_body(s(v, key)).to_string();
        }
    }
    if let Some(list) = v.get("bodies").and_then(Value::as_array) {
        let html = |e: &&Value| {
            let t = s(e, "contenttype").to_ascii_lowercase();
            t.contains("html") || t.contains("xhtml")
        };
        // A plain role ("html5", "body") before a "rich" one with pictures.
        let best = list
            .iter()
            .filter(html)
            .min_by_key(|e| s(e, "role").contains("rich"));
        if let Some(b) = best {
            return inner_body(s(b, "value")).to_string();
        }
        if let Some(b) = list.iter().find(|e| !s(e, "value").is_empty()) {
            return html_from_text(s(b, "value"));
        }
    }
    html_from_text(s(v, "body_text"))
}

/// A link to the original: 2.x `links` with a web `href`, else the item's
/// `uri` when it is a web address.
fn source_url(v: &Value, guid: &str) -> Option<String> {
    let web = |u: &str| u.starts_with("https://") || u.starts_with("http://");
    v.get("links")
        .and_then(Value::as_array)
        .and_then(|links| {
            links
                .iter()
                .map(|l| s(l, "href"))
                .find(|h| web(h))
                .map(str::to_string)
        })
        .or_else(|| web(guid).then(|| guid.to_string()))
}

/// The story's associated items (1.x: a map by name; 2.x: a list).
fn associations(v: &Value) -> Vec<&Value> {
    match v.get("associations") {
        Some(Value::Object(map)) => map.values().collect(),
        Some(Value::Array(list)) => list.iter().collect(),
        _ => Vec::new(),
    }
}

/// The lead picture: the first associated picture (or the item itself, if
/// it is one) with a rendition to download — the widest up to 2,400 px, or
/// the narrowest above that.
fn photo(v: &Value) -> Option<WirePhoto> {
    let pictures = std::iter::once(v)
        .filter(|v| s(v, "type") == "picture")
        .chain(
            associations(v)
                .into_iter()
                .filter(|a| matches!(s(a, "type"), "picture" | "graphic" | "")),
        );
    pictures.into_iter().find_map(|p| {
        let (url, width) = rendition(p)?;
        let caption = match s(p, "description_text") {
            "" => by_role(p, "descriptions", &["caption", "text"], true)
                .map(|d| s(d, "value").to_string())
                .filter(|c| !c.is_empty())
                .unwrap_or_else(|| s(p, "headline").to_string()),
            c => c.to_string(),
        };
        let credit = [
            by_role(p, "descriptions", &["creditline"], false).map(|d| s(d, "value")),
            Some(s(p, "by")),
            Some(s(p, "byline")),
            Some(s(p, "copyrightholder")),
            Some(s(p, "copyrightnotice")),
        ]
        .into_iter()
        .flatten()
        .find(|c| !c.is_empty())
        .unwrap_or_default()
        .to_string();
        Some(WirePhoto {
            url,
            caption,
            credit,
            width,
        })
    })
}

fn rendition(p: &Value) -> Option<(String, Option<u32>)> {
    let list: Vec<&Value> = match p.get("renditions") {
        Some(Value::Object(map)) => map.values().collect(),
        Some(Value::Array(list)) => list.iter().collect(),
        _ => Vec::new(),
    };
    let image = |r: &&Value| {
        let t = format!("{}{}", s(r, "mimetype"), s(r, "contenttype"));
        let h = s(r, "href");
        !h.is_empty() && !h.starts_with("file:") && (t.is_empty() || t.starts_with("image/"))
    };
    let width = |r: &Value| {
        r.get("width")
            .and_then(Value::as_u64)
            .and_then(|w| u32::try_from(w).ok())
    };
    let candidates: Vec<&Value> = list.into_iter().filter(image).collect();
    let fits = candidates
        .iter()
        .filter(|r| width(r).is_some_and(|w| w <= 2400))
        .max_by_key(|r| width(r));
    let best = fits.or_else(|| {
        candidates
            .iter()
            .min_by_key(|r| width(r).unwrap_or(u32::MAX))
    })?;
    Some((s(best, "href").to_string(), width(best)))
}

/// Subject names: 1.x `subject[]`, 2.x `subjects[]` (`name`, else `literal`).
fn subjects(v: &Value) -> Vec<String> {
    let mut out: Vec<String> = ["subject", "subjects"]
        .iter()
        .filter_map(|k| v.get(*k).and_then(Value::as_array))
        .flatten()
        .map(|e| match s(e, "name") {
            "" => s(e, "literal").to_string(),
            n => n.to_string(),
        })
        .filter(|n| !n.is_empty())
        .collect();
    out.dedup();
    out
}
