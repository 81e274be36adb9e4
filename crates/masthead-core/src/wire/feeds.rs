//! RSS 2.0, Atom and JSON Feed through `feed-rs` (one model for the three):
//! each entry a story, its `guid`/`id` its identity, `link` the original,
//! `enclosure`/`media:content` its lead picture.
use super::WireError;
use super::item::{WireItem, WirePhoto};
use super::text::{html_from_text, inner_body};

pub fn items(bytes: &[u8]) -> Result<Vec<WireItem>, WireError> {
    let feed = feed_rs::parser::parse(bytes)
        .map_err(|e| WireError::Format(format!("not a feed masthead can read: {e}")))?;
    let language = feed.language.clone();
    feed.entries
        .into_iter()
        .map(|e| {
            let headline = e
                .title
                .as_ref()
                .map(|t| t.content.trim().to_string())
                .unwrap_or_default();
            let link = e
                .links
                .iter()
                .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
                .map(|l| l.href.clone());
            let summary = e
                .summary
                .as_ref()
                .map(|t| t.content.trim().to_string())
                .unwrap_or_default();
            let body = match e.content.as_ref().and_then(|c| c.body.as_deref()) {
                Some(b) => inner_body(b).to_string(),
                None if summary.contains('<') => summary.clone(),
                None => html_from_text(&summary),
            };
            // A summary that is the body's start is no subheadline.
            let subheadline = if e.content.is_some() && !summary.contains('<') {
                summary
            } else {
                String::new()
            };
            Ok(WireItem {
                guid: e.id.clone(),
                version: None,
                version_created: e.updated.or(e.published),
                first_created: e.published,
                embargoed: None,
                headline,
                subheadline,
                body_html: body,
                byline: e
                    .authors
                    .iter()
                    .filter_map(|a| a.name.as_deref())
                    .map(str::trim)
                    .filter(|n| !n.is_empty())
                    .collect::<Vec<_>>()
                    .join(", "),
                source_url: link,
                photo: photo(&e),
                subjects: e
                    .categories
                    .iter()
                    .map(|c| c.label.clone().unwrap_or_else(|| c.term.clone()))
                    .filter(|c| !c.trim().is_empty())
                    .collect(),
                language: e.language.clone().or_else(|| language.clone()),
                ..WireItem::default()
            })
        })
        .collect()
}

fn photo(e: &feed_rs::model::Entry) -> Option<WirePhoto> {
    for m in &e.media {
        let content = m
            .content
            .iter()
            .find(|c| c.url.is_some() && c.content_type.as_ref().is_none_or(|t| t.ty() == "image"));
        if let Some(c) = content {
            let text = |t: &Option<feed_rs::model::Text>| {
                t.as_ref()
                    .map(|t| t.content.trim().to_string())
                    .unwrap_or_default()
            };
            let caption = match text(&m.description) {
                d if d.is_empty() => text(&m.title),
                d => d,
            };
            return Some(WirePhoto {
                url: c.url.as_ref().map(|u| u.to_string()).unwrap_or_default(),
                caption,
                credit: m
                    .credits
                    .first()
                    .map(|c| c.entity.trim().to_string())
                    .unwrap_or_default(),
                width: c.width,
            });
        }
    }
    e.links
        .iter()
        .find(|l| {
            l.rel.as_deref() == Some("enclosure")
                && l.media_type
                    .as_deref()
                    .is_some_and(|t| t.starts_with("image/"))
        })
        .map(|l| WirePhoto {
            url: l.href.clone(),
            caption: l.title.clone().unwrap_or_default(),
            ..WirePhoto::default()
        })
}
