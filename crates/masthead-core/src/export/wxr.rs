//! The site as a WordPress export (WXR 1.2): every article, page and comment,
//! one article at a time, with the photo as an attachment. The mapping back
//! is `crate::import::wxr`; the XML itself is written by `crate::wxr`.
use crate::Timestamp;
use crate::article::{Article, ArticleKind, ArticleStatus};
use crate::comment::CommentStatus;
use crate::settings::SiteSettings;
use crate::store::{CommentFilter, Store, StoreError};
use crate::wxr::{WxrAuthor, WxrComment, WxrHeader, WxrItem, WxrTerm, WxrWriter};
use chrono::{FixedOffset, Offset, Utc};
use std::io::Write;

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("cannot write the export: {0}")]
    Write(#[from] std::io::Error),
}

/// Streams every article, page and comment as WXR 1.2, one article at a time.
pub async fn write_wxr<W: Write>(
    store: &dyn Store,
    out: W,
    now: Timestamp,
) -> Result<u64, ExportError> {
    let settings = SiteSettings::load(store).await?.0;
    let base = if settings.url.is_empty() {
        "http://localhost:8080".to_string()
    } else {
        settings.url.clone()
    };
    let offset = FixedOffset::east_opt(settings.utc_offset_minutes * 60).unwrap_or(Utc.fix());
    let header = WxrHeader {
        version: Some("1.2".into()),
        version_missing: false,
        title: settings.title.clone(),
        base_site_url: base.clone(),
        base_blog_url: base.clone(),
    };
    // Authors are the bylines; WordPress needs a login for each.
    let mut bylines = std::collections::BTreeSet::new();
    let mut after = 0;
    loop {
        let ids = store.article_ids(after, 500).await?;
        let Some(last) = ids.last() else { break };
        after = last.0;
        for id in ids {
            if let Some(a) = store.article_by_id(id).await? {
                bylines.insert(a.byline.clone());
            }
        }
    }
    let authors: Vec<WxrAuthor> = bylines
        .iter()
        .enumerate()
        .map(|(i, b)| WxrAuthor {
            id: i64::try_from(i).unwrap_or(0) + 1,
            login: login_of(b),
            email: String::new(),
            display_name: b.clone(),
        })
        .collect();
    let terms: Vec<WxrTerm> = store
        .terms()
        .await?
        .into_iter()
        .map(|t| WxrTerm {
            taxonomy: t.taxonomy,
            slug: t.slug,
            name: t.name,
            parent: t.parent,
        })
        .collect();
    let generated = now.to_rfc3339();
    let mut w = WxrWriter::start(out, &header, &generated, &authors, &terms)?;
    let (mut count, mut after) = (0u64, 0);
    loop {
        let ids = store.article_ids(after, 100).await?;
        let Some(last) = ids.last() else { break };
        after = last.0;
        for id in ids {
            let Some(a) = store.article_by_id(id).await? else {
                continue;
            };
            let mut item = item_of(&a, &base, offset, now);
            let post_terms = store.article_terms(id).await?;
            item.terms = post_terms
                .into_iter()
                .map(|t| (t.taxonomy, t.slug, t.name))
                .collect();
            let mut comments = store
                .comments(&CommentFilter {
                    article: Some(id),
                    ..CommentFilter::default()
                })
                .await?;
            comments.sort_by_key(|c| c.id.0);
            item.comments = comments
                .into_iter()
                .map(|c| WxrComment {
                    id: c.id.0,
                    author: c.author_name,
                    author_email: c.author_email,
                    author_url: c.author_url.unwrap_or_default(),
                    author_ip: c.author_ip.unwrap_or_default(),
                    date: wp_date(c.created_at.with_timezone(&offset).naive_local()),
                    date_gmt: wp_date(c.created_at.naive_utc()),
                    content: c.content_source,
                    approved: approved_of(c.status).into(),
                    comment_type: c.comment_type,
                    parent: c.parent_id.map_or(0, |p| p.0),
                })
                .collect();
            if let Some(photo) = &a.photo {
                // The photo travels as an attachment named by _thumbnail_id.
                let attachment_id = ATTACHMENT_IDS + a.id.0;
                item.meta
                    .push(("_thumbnail_id".into(), attachment_id.to_string()));
                let url = if photo.src.starts_with('/') {
                    format!("{base}{}", photo.src)
                } else {
                    photo.src.clone()
                };
                w.item(&WxrItem {
                    post_id: attachment_id,
                    title: photo.alt.clone(),
                    link: url.clone(),
                    excerpt: photo.caption.clone(),
                    post_type: "attachment".into(),
                    status: "inherit".into(),
                    post_parent: a.id.0,
                    attachment_url: url,
                    meta: vec![("_wp_attachment_image_alt".into(), photo.alt.clone())],
                    post_date: item.post_date.clone(),
                    post_date_gmt: item.post_date_gmt.clone(),
                    ..WxrItem::default()
                })?;
            }
            w.item(&item)?;
            count += 1;
        }
    }
    w.finish()?.flush()?;
    Ok(count)
}

/// Attachments get ids far above any article's, so the two never collide.
const ATTACHMENT_IDS: i64 = 1_000_000_000;

/// WordPress's `comment_approved` values (the importer reads them back).
fn approved_of(status: CommentStatus) -> &'static str {
    match status {
        CommentStatus::Approved => "1",
        CommentStatus::Pending => "0",
        CommentStatus::Spam => "spam",
        CommentStatus::Trash => "trash",
    }
}

fn wp_date(t: chrono::NaiveDateTime) -> String {
    t.format("%Y-%m-%d %H:%M:%S").to_string()
}

fn login_of(byline: &str) -> String {
    crate::article::Slug::from_title(byline)
        .map(|s| s.to_string())
        .unwrap_or_else(|_| "masthead".into())
}

fn item_of(a: &Article, base: &str, offset: FixedOffset, now: Timestamp) -> WxrItem {
    let post_type = match a.kind {
        ArticleKind::Article => "post",
        ArticleKind::Page => "page",
    };
    let link = format!("{base}{}", a.path());
    let status = match a.status {
        ArticleStatus::Draft => "draft",
        ArticleStatus::Published if a.published_at > now => "future",
        ArticleStatus::Published => "publish",
    };
    WxrItem {
        post_id: a.id.0,
        title: a.title.clone(),
        link,
        pub_date: a.published_at.to_rfc2822(),
        creator: login_of(&a.byline),
        content: a.body_markdown.clone(),
        excerpt: a.standfirst.clone(),
        post_date: wp_date(a.published_at.with_timezone(&offset).naive_local()),
        post_date_gmt: wp_date(a.published_at.naive_utc()),
        comment_status: if a.comments_open { "open" } else { "closed" }.into(),
        post_name: a.slug.clone(),
        status: status.into(),
        post_type: post_type.into(),
        ..WxrItem::default()
    }
}
