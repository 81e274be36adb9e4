//! WordPress WXR → masthead. Posts become articles, pages static pages,
//! attachments named by `_thumbnail_id` the article photo; comments keep their
//! status, type, dates, emails and IPs; threads are rebuilt through an
//! old→new id map once all comments of a post are in.
use super::{ImportSummary, parse_wp_date, path_of};
use crate::article::{ArticleKind, ArticleStatus, NewArticle, Photo, Slug};
use crate::comment::{CommentStatus, NewComment};
use crate::html::{render_comment, render_markdown, to_text};
use crate::ids::{ArticleId, CommentId};
use crate::settings::SiteSettings;
use crate::store::{ImportTx, StoreError, Term};
use crate::wxr::{WxrComment, WxrEntry, WxrError, WxrItem, WxrReader};
use std::collections::HashMap;
use std::io::BufRead;

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error(transparent)]
    Wxr(#[from] WxrError),
    #[error(transparent)]
    Store(#[from] StoreError),
    /// No valid slug could be made, or every variant of it is taken.
    #[error("no free slug for “{0}”")]
    NoFreeSlug(String),
    /// The store returned fewer ids than rows it was given (a bug).
    #[error("{inserted} comments inserted, {returned} ids returned")]
    IdsMismatch { inserted: usize, returned: usize },
}

/// An attachment as far as the article photo needs it.
struct Attachment {
    url: String,
    caption: String,
    alt: String,
}

struct Importer<'a> {
    tx: &'a mut dyn ImportTx,
    settings: &'a SiteSettings,
    source: String,
    now: crate::Timestamp,
    summary: ImportSummary,
    authors: HashMap<String, String>,
    attachments: HashMap<i64, Attachment>,
    /// Articles waiting for an attachment that comes later in the file.
    wants_photo: HashMap<i64, Vec<ArticleId>>,
    /// Post keys met in this file.
    seen: std::collections::HashSet<String>,
}

/// Reads the whole stream into the transaction. The caller commits (or, for a
/// dry run, drops the transaction).
pub async fn import<R: BufRead>(
    reader: &mut WxrReader<R>,
    tx: &mut dyn ImportTx,
    settings: &SiteSettings,
    fallback_source: &str,
    now: crate::Timestamp,
) -> Result<ImportSummary, ImportError> {
    let mut imp = Importer {
        tx,
        settings,
        source: String::new(),
        now,
        summary: ImportSummary::default(),
        authors: HashMap::new(),
        attachments: HashMap::new(),
        wants_photo: HashMap::new(),
        seen: std::collections::HashSet::new(),
    };
    while let Some(entry) = reader.next()? {
        if imp.source.is_empty() {
            let h = reader.header();
            let base = [&h.base_blog_url, &h.base_site_url]
                .into_iter()
                .find(|u| !u.is_empty())
                .map_or(fallback_source, String::as_str);
            imp.source = format!("wxr:{}", base.trim_end_matches('/'));
        }
        match entry {
            WxrEntry::Author(a) => {
                imp.summary.authors += 1;
                let name = if a.display_name.is_empty() {
                    a.login.clone()
                } else {
                    a.display_name
                };
                imp.authors.insert(a.login, name);
            }
            WxrEntry::Term(t) => {
                if t.slug.is_empty() {
                    imp.summary.skip("term without a slug");
                    continue;
                }
                imp.summary.terms += 1;
                let term = Term {
                    taxonomy: t.taxonomy,
                    slug: t.slug,
                    name: t.name,
                    parent: t.parent,
                };
                imp.tx.add_term(&term, None).await?;
            }
            WxrEntry::Item(item) => imp.item(*item).await?,
        }
    }
    if !imp.wants_photo.is_empty() {
        let n = imp.wants_photo.values().map(Vec::len).sum::<usize>();
        for _ in 0..n {
            imp.summary
                .skip("featured image whose attachment is not in the file");
        }
    }
    Ok(imp.summary)
}

fn comment_status(approved: &str) -> CommentStatus {
    match approved.trim() {
        "1" | "approve" | "approved" => CommentStatus::Approved,
        "spam" => CommentStatus::Spam,
        "trash" | "post-trashed" => CommentStatus::Trash,
        // "0", and a missing or empty element: a person should look at it.
        _ => CommentStatus::Pending,
    }
}

impl Importer<'_> {
    async fn item(&mut self, item: WxrItem) -> Result<(), ImportError> {
        let kind = match item.post_type.as_str() {
            "post" | "" => ArticleKind::Article,
            "page" => ArticleKind::Page,
            "attachment" => return self.attachment(item).await,
            other => {
                self.summary
                    .skip(format!("item of type “{other}” (not an article or page)"));
                return Ok(());
            }
        };
        let status = match item.status.as_str() {
            "publish" | "future" => ArticleStatus::Published,
            "draft" | "pending" | "private" | "" => ArticleStatus::Draft,
            other => {
                self.summary.skip(format!("post with status “{other}”"));
                return Ok(());
            }
        };
        let source_id = post_key(&item);
        if !self.seen.insert(source_id.clone()) {
            // WordPress imports an id once per file; a second item with it is skipped.
            self.summary
                .skip("item whose id appears earlier in the same file");
            return Ok(());
        }
        let (article, fresh) = match self.tx.imported(&self.source, "post", &source_id).await? {
            Some(id) => {
                self.summary.already_imported += 1;
                (ArticleId(id), false)
            }
            None => (self.new_article(&item, kind, status).await?, true),
        };
        self.comments(article, fresh, &source_id, &item.comments)
            .await
    }

    async fn new_article(
        &mut self,
        item: &WxrItem,
        kind: ArticleKind,
        status: ArticleStatus,
    ) -> Result<ArticleId, ImportError> {
        let offset = self.settings.utc_offset_minutes;
        let published_at = parse_wp_date(&item.post_date_gmt, 0)
            .or_else(|| parse_wp_date(&item.post_date, offset))
            .or_else(|| {
                chrono::DateTime::parse_from_rfc2822(&item.pub_date)
                    .ok()
                    .map(|d| d.to_utc())
            })
            .unwrap_or(self.now);
        let slug = self.free_slug(item).await?;
        let title = if item.title.trim().is_empty() {
            format!("Untitled ({})", item.post_id)
        } else {
            item.title.trim().to_string()
        };
        let byline = self
            .authors
            .get(&item.creator)
            .cloned()
            .unwrap_or_else(|| item.creator.clone());
        let photo = item
            .meta("_thumbnail_id")
            .and_then(|v| v.trim().parse::<i64>().ok());
        let new = NewArticle {
            author: None,
            slug,
            title,
            standfirst: to_text(&item.excerpt),
            byline,
            body_markdown: item.content.clone(),
            photo: photo.and_then(|id| self.attachments.get(&id)).map(photo_of),
            contributors: Vec::new(),
            source_name: None,
            source_url: None,
            comments_open: item.comment_status != "closed",
            status,
            published_at,
            // The item's categories are kept as its terms, below.
            sections: None,
            tags: None,
            provenance: None,
        };
        if new.photo.is_some() {
            self.summary.photos += 1;
        }
        let html = render_markdown(&new.body_markdown);
        let id = self.tx.insert_article(&new, kind, &html).await?;
        self.tx
            .record_import(&self.source, "post", &post_key(item), id.0)
            .await?;
        match kind {
            ArticleKind::Article => self.summary.articles += 1,
            ArticleKind::Page => self.summary.pages += 1,
        }
        if let (Some(thumb), None) = (photo, &new.photo) {
            self.wants_photo.entry(thumb).or_default().push(id);
        }
        // The addresses WordPress answered at: /?p=ID (or ?page_id=), the
        // item's permalink, and the date-based one.
        let mut paths = Vec::new();
        if item.post_id > 0 {
            paths.push(match kind {
                ArticleKind::Article => format!("/?p={}", item.post_id),
                ArticleKind::Page => format!("/?page_id={}", item.post_id),
            });
        }
        paths.extend(path_of(&item.link));
        if kind == ArticleKind::Article
            && !item.post_name.is_empty()
            && let Some(local) = parse_wp_date(&item.post_date, 0)
        {
            paths.push(format!("{}/{}/", local.format("/%Y/%m/%d"), item.post_name));
        }
        paths.dedup();
        for p in paths {
            self.tx.add_legacy_path(&p, id).await?;
            self.summary.redirects += 1;
        }
        for (taxonomy, slug, name) in &item.terms {
            if slug.is_empty() {
                continue;
            }
            let term = Term {
                taxonomy: taxonomy.clone(),
                slug: slug.clone(),
                name: name.clone(),
                parent: String::new(),
            };
            self.tx.add_term(&term, Some(id)).await?;
        }
        Ok(id)
    }

    /// The post's own slug when it is valid and free, else one made from the
    /// title, then with the old id, then numbered.
    async fn free_slug(&mut self, item: &WxrItem) -> Result<Slug, ImportError> {
        let decoded = percent_decode(&item.post_name);
        let base = Slug::parse(&decoded)
            .or_else(|_| Slug::from_title(&decoded))
            .or_else(|_| Slug::from_title(&item.title))
            .or_else(|_| Slug::parse(&format!("post-{}", item.post_id.unsigned_abs())))
            .map_err(|_| ImportError::NoFreeSlug(item.post_name.clone()))?;
        if !self.tx.slug_taken(base.as_str()).await? {
            return Ok(base);
        }
        let id = item.post_id.unsigned_abs();
        for n in 0..1000u32 {
            let suffix = if n == 0 {
                format!("-{id}")
            } else {
                format!("-{id}-{n}")
            };
            // Leave room for the suffix within the slug's length limit.
            let mut stem = base.as_str().to_string();
            stem.truncate(Slug::MAX_LEN.saturating_sub(suffix.len()));
            let candidate = format!("{}{suffix}", stem.trim_end_matches('-'));
            if let Ok(slug) = Slug::parse(&candidate)
                && !self.tx.slug_taken(slug.as_str()).await?
            {
                return Ok(slug);
            }
        }
        Err(ImportError::NoFreeSlug(base.to_string()))
    }

    async fn attachment(&mut self, item: WxrItem) -> Result<(), ImportError> {
        self.summary.attachments += 1;
        let url = if item.attachment_url.is_empty() {
            item.link.clone()
        } else {
            item.attachment_url.clone()
        };
        let a = Attachment {
            url,
            caption: to_text(&item.excerpt),
            alt: item
                .meta("_wp_attachment_image_alt")
                .unwrap_or_default()
                .trim()
                .to_string(),
        };
        if let Some(waiting) = self.wants_photo.remove(&item.post_id) {
            let photo = photo_of(&a);
            for article in waiting {
                self.tx.set_article_photo(article, &photo).await?;
                self.summary.photos += 1;
            }
        }
        self.attachments.insert(item.post_id, a);
        Ok(())
    }

    /// `fresh`: the article was created by this import, so none of its
    /// comments can be in the database yet (one query per comment saved).
    async fn comments(
        &mut self,
        article: ArticleId,
        fresh: bool,
        post: &str,
        comments: &[WxrComment],
    ) -> Result<(), ImportError> {
        let mut sorted: Vec<&WxrComment> = comments.iter().collect();
        sorted.sort_by_key(|c| c.id);
        let mut new_ids: HashMap<i64, CommentId> = HashMap::new();
        // Inserted in one batch, then threaded in one more statement.
        let mut batch: Vec<(NewComment, String)> = Vec::new();
        let mut meta: Vec<(i64, String, i64)> = Vec::new();
        for c in sorted {
            let key = comment_key(post, c);
            if !fresh && let Some(id) = self.tx.imported(&self.source, "comment", &key).await? {
                self.summary.comments_already_imported += 1;
                new_ids.insert(c.id, CommentId(id));
                continue;
            }
            let status = comment_status(&c.approved);
            let offset = self.settings.utc_offset_minutes;
            let created_at = parse_wp_date(&c.date_gmt, 0)
                .or_else(|| parse_wp_date(&c.date, offset))
                .unwrap_or(self.now);
            let comment_type = match c.comment_type.as_str() {
                "" => "comment",
                other => other,
            };
            let non_empty = |s: &str| (!s.trim().is_empty()).then(|| s.trim().to_string());
            let new = NewComment {
                article_id: article,
                parent_id: None,
                author_name: c.author.trim().to_string(),
                author_email: c.author_email.trim().to_string(),
                author_url: non_empty(&c.author_url),
                author_ip: non_empty(&c.author_ip),
                user_agent: None,
                content_source: c.content.clone(),
                content_html: render_comment(&c.content, &self.settings.allowlist),
                status,
                moderation_reason: None,
                created_at,
                user_id: None,
                avatar: None,
                subscribe: false,
                page_title: None,
                reader_id: None,
                filter_score: None,
                filter_decided: false,
            };
            self.summary.comment(status);
            if matches!(comment_type, "pingback" | "trackback") {
                self.summary.pingbacks += 1;
            }
            batch.push((new, comment_type.to_string()));
            meta.push((c.id, key, c.parent));
        }
        if batch.is_empty() {
            return Ok(());
        }
        let ids = self.tx.insert_comments(&batch).await?;
        if ids.len() != batch.len() {
            return Err(ImportError::IdsMismatch {
                inserted: batch.len(),
                returned: ids.len(),
            });
        }
        let mut records = Vec::with_capacity(ids.len());
        let mut replies = Vec::new();
        for ((old, key, parent), id) in meta.into_iter().zip(ids) {
            new_ids.insert(old, id);
            records.push((key, id.0));
            if parent != 0 {
                replies.push((id, parent));
            }
        }
        self.tx
            .record_imports(&self.source, "comment", &records)
            .await?;
        let mut links = Vec::with_capacity(replies.len());
        for (id, old_parent) in replies {
            // Only a comment of the same post can be the parent (WordPress
            // threads never cross posts; a file that says so is wrong).
            let parent = new_ids.get(&old_parent).copied();
            match parent {
                Some(p) if p != id => links.push((id, p)),
                _ => self
                    .summary
                    .skip("reply whose parent is not in the file (kept top-level)"),
            }
        }
        self.tx.set_comment_parents(&links).await?;
        Ok(())
    }
}

/// What identifies an item across imports: its WordPress id, or (in files
/// that leave ids out) its title and date, as WordPress's own duplicate check.
fn post_key(item: &WxrItem) -> String {
    if item.post_id > 0 {
        item.post_id.to_string()
    } else {
        format!("{}|{}|{}", item.post_type, item.title, item.post_date)
    }
}

fn comment_key(post: &str, c: &WxrComment) -> String {
    if c.id > 0 {
        c.id.to_string()
    } else {
        format!("{post}|{}|{}", c.author, c.date)
    }
}

fn photo_of(a: &Attachment) -> Photo {
    Photo {
        src: a.url.clone(),
        alt: a.alt.clone(),
        caption: a.caption.clone(),
        credit: String::new(),
        srcset: String::new(),
        width: None,
        height: None,
    }
}

/// WordPress stores non-ASCII slugs percent-encoded.
fn percent_decode(s: &str) -> String {
    url::form_urlencoded::parse(format!("x={s}").as_bytes())
        .next()
        .map(|(_, v)| v.into_owned())
        .unwrap_or_default()
}
