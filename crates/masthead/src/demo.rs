//! The demo content: the seed article with a small threaded discussion. The
//! files live in `demo/` and are compiled in, so `serve --demo` needs nothing else.
use crate::article_file;
use anyhow::{Context, Result, bail};
use chrono::Duration;
use masthead_core::comment::{CommentStatus, NewComment};
use masthead_core::html::{Allowlist, render_comment};
use masthead_core::ids::CommentId;
use masthead_core::service::add_article;
use masthead_core::store::Store;
use serde::Deserialize;
use std::collections::HashMap;

const ARTICLE: &str = include_str!("../demo/article.md");
const PHOTO: &[u8] = include_bytes!("../demo/photo.svg");
const COMMENTS: &str = include_str!("../demo/comments.toml");

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DemoComments {
    comment: Vec<DemoComment>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DemoComment {
    key: String,
    parent: Option<String>,
    author: String,
    email: String,
    url: Option<String>,
    minutes: i64,
    text: String,
}

/// Loads the demo into a database without articles; returns the article slug,
/// or `None` if the database already had articles (then nothing is changed).
pub async fn load_if_empty(store: &dyn Store) -> Result<Option<String>> {
    if store.count_articles().await? > 0 {
        return Ok(None);
    }
    // The demo file names its photo; the bytes are compiled in.
    let parsed = article_file::parse_with(ARTICLE, |src| match src {
        "photo.svg" => Ok(PHOTO.to_vec()),
        other => bail!("the demo has no photo {other}"),
    })
    .context("the demo article is invalid")?;
    if parsed.photo_files.is_empty() {
        bail!("the demo article has no photo file");
    }
    for photo in &parsed.photo_files {
        store.put_media(photo).await?;
    }
    let article_id = add_article(store, &parsed.article).await?;
    let published = parsed.article.published_at;

    let demo: DemoComments = toml::from_str(COMMENTS).context("the demo comments are invalid")?;
    let allow = Allowlist::default();
    let mut ids: HashMap<String, CommentId> = HashMap::new();
    for c in demo.comment {
        let parent_id = match &c.parent {
            Some(p) => Some(*ids.get(p).with_context(|| {
                format!("demo comment parent “{p}” comes later or does not exist")
            })?),
            None => None,
        };
        let source = c.text.trim().to_string();
        let new = NewComment {
            article_id,
            parent_id,
            author_name: c.author,
            author_email: c.email,
            author_url: c.url,
            author_ip: None,
            user_agent: None,
            content_html: render_comment(&source, &allow),
            content_source: source,
            status: CommentStatus::Approved,
            moderation_reason: None,
            created_at: published + Duration::minutes(c.minutes),
            user_id: None,
            avatar: None,
            subscribe: false,
            page_title: None,
            reader_id: None,
            filter_score: None,
            filter_decided: false,
        };
        let id = store.insert_comment(&new).await?;
        ids.insert(c.key, id);
    }
    Ok(Some(parsed.article.slug.to_string()))
}
