//! `masthead import …` and `masthead export …`: files in and out, with a
//! progress bar on standard error and a summary on standard output.
use crate::cli::{ExportCommand, ImportCommand};
use crate::database::open;
use anyhow::{Context, Result, anyhow};
use chrono::{FixedOffset, Utc};
use indicatif::{ProgressBar, ProgressBarIter, ProgressStyle};
use masthead_core::article::{Article, ArticleKind, ArticleStatus};
use masthead_core::comment::CommentStatus;
use masthead_core::import::disqus;
use masthead_core::import::wxr::{self as wxr_import, ImportError};
use masthead_core::settings::SiteSettings;
use masthead_core::store::{CommentFilter, Store};
use masthead_core::wxr::{
    WxrAuthor, WxrComment, WxrHeader, WxrItem, WxrReader, WxrTerm, WxrWriter,
};
use masthead_core::xml::line_column;
use std::fs::File;
use std::io::{BufReader, BufWriter, Read, Write};
use std::path::Path;

fn progress(len: u64) -> ProgressBar {
    let bar = ProgressBar::new(len);
    bar.set_style(
        ProgressStyle::with_template("{bar:40} {bytes}/{total_bytes} {elapsed} {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    bar
}

/// "line L, column C" of a byte offset, read from the file again.
fn place(file: &Path, offset: u64) -> String {
    let mut bytes = Vec::new();
    let read =
        File::open(file).and_then(|f| f.take(offset.saturating_add(1)).read_to_end(&mut bytes));
    match read {
        Ok(_) => {
            let (line, column) = line_column(&bytes, offset);
            format!("line {line}, column {column}")
        }
        Err(_) => format!("byte {offset}"),
    }
}

/// The file to import, read through a progress bar on standard error.
fn open_input(file: &Path) -> Result<(ProgressBar, BufReader<ProgressBarIter<File>>)> {
    let input = File::open(file).with_context(|| format!("cannot open {}", file.display()))?;
    let bar = progress(input.metadata().map(|m| m.len()).unwrap_or(0));
    let reader = BufReader::with_capacity(256 * 1024, bar.wrap_read(input));
    Ok((bar, reader))
}

pub async fn import(database: &str, cmd: ImportCommand) -> Result<()> {
    match cmd {
        ImportCommand::Wxr { file, dry_run } => import_wxr(database, &file, dry_run).await,
        ImportCommand::Disqus {
            file,
            dry_run,
            map_prefix,
        } => import_disqus(database, &file, dry_run, &map_prefix).await,
    }
}

async fn import_disqus(database: &str, file: &Path, dry_run: bool, map: &[String]) -> Result<()> {
    let prefixes = map
        .iter()
        .map(|m| {
            m.split_once('=')
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .ok_or_else(|| anyhow!("--map-prefix takes FROM=TO, not “{m}”"))
        })
        .collect::<Result<Vec<_>>>()?;
    let store = open(database).await?;
    let settings = SiteSettings::load(store.as_ref()).await?.0;
    let (bar, reader) = open_input(file)?;
    let mut tx = store.begin_import().await?;
    let result = disqus::import(reader, tx.as_mut(), &settings, &prefixes, Utc::now()).await;
    bar.finish_and_clear();
    let (summary, unmatched) = match result {
        Ok(r) => r,
        Err(e) => {
            let at = e
                .offset()
                .map(|o| format!(" at {}", place(file, o)))
                .unwrap_or_default();
            return Err(anyhow!("{}{at}: {e}; nothing was imported", file.display()));
        }
    };
    finish(tx, dry_run, file, &summary.to_string()).await?;
    if !unmatched.is_empty() {
        println!("threads matched to no article (use --map-prefix FROM=TO):");
        for (link, n) in unmatched {
            println!("  {link} ({n} comments)");
        }
    }
    Ok(())
}

/// Commits, or for a dry run drops the transaction, and prints the summary.
async fn finish(
    tx: Box<dyn masthead_core::store::ImportTx>,
    dry_run: bool,
    file: &Path,
    summary: &str,
) -> Result<()> {
    if dry_run {
        drop(tx);
        println!(
            "dry run of {}: nothing was stored. It would import:",
            file.display()
        );
    } else {
        tx.commit().await.context("could not commit the import")?;
        println!("imported {}:", file.display());
    }
    println!("{summary}");
    Ok(())
}

async fn import_wxr(database: &str, file: &Path, dry_run: bool) -> Result<()> {
    let store = open(database).await?;
    let settings = SiteSettings::load(store.as_ref()).await?.0;
    let (bar, input) = open_input(file)?;
    let mut reader = WxrReader::new(input);
    let fallback = file
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "file".into());
    let mut tx = store.begin_import().await?;
    let result =
        wxr_import::import(&mut reader, tx.as_mut(), &settings, &fallback, Utc::now()).await;
    bar.finish_and_clear();
    let summary = match result {
        Ok(s) => s,
        Err(ImportError::Wxr(e)) => {
            // The transaction is dropped: nothing of this file is stored.
            return Err(anyhow!(
                "{} at {}: {e}; nothing was imported",
                file.display(),
                place(file, e.offset())
            ));
        }
        Err(ImportError::Store(e)) => {
            return Err(e).context("the import failed; nothing was imported");
        }
    };
    if dry_run {
        drop(tx);
        println!(
            "dry run of {}: nothing was stored. It would import:",
            file.display()
        );
    } else {
        tx.commit().await.context("could not commit the import")?;
        println!("imported {}:", file.display());
    }
    println!("{summary}");
    Ok(())
}

pub async fn export(database: &str, cmd: ExportCommand) -> Result<()> {
    let ExportCommand::Wxr { file } = cmd;
    let store = open(database).await?;
    let out: Box<dyn Write> = match &file {
        Some(path) => Box::new(
            File::create(path).with_context(|| format!("cannot create {}", path.display()))?,
        ),
        None => Box::new(std::io::stdout().lock()),
    };
    let count = write_wxr(store.as_ref(), BufWriter::new(out)).await?;
    if let Some(path) = file {
        eprintln!("exported {count} articles and pages to {}", path.display());
    }
    Ok(())
}

/// Streams every article, page and comment as WXR 1.2, one article at a time.
pub async fn write_wxr<W: Write>(store: &dyn Store, out: W) -> Result<u64> {
    let settings = SiteSettings::load(store).await?.0;
    let base = if settings.url.is_empty() {
        "http://localhost:8080".to_string()
    } else {
        settings.url.clone()
    };
    let offset = FixedOffset::east_opt(settings.utc_offset_minutes * 60)
        .unwrap_or_else(|| FixedOffset::east_opt(0).expect("zero offset"));
    let header = WxrHeader {
        version: Some("1.2".into()),
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
    let generated = Utc::now().to_rfc3339();
    let mut w = WxrWriter::start(out, &header, &generated, &authors, &terms)?;
    let (mut count, mut after) = (0u64, 0);
    let now = Utc::now();
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
                    approved: match c.status {
                        CommentStatus::Approved => "1",
                        CommentStatus::Pending => "0",
                        CommentStatus::Spam => "spam",
                        CommentStatus::Trash => "trash",
                    }
                    .into(),
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

fn wp_date(t: chrono::NaiveDateTime) -> String {
    t.format("%Y-%m-%d %H:%M:%S").to_string()
}

fn login_of(byline: &str) -> String {
    masthead_core::article::Slug::from_title(byline)
        .map(|s| s.to_string())
        .unwrap_or_else(|_| "masthead".into())
}

fn item_of(a: &Article, base: &str, offset: FixedOffset, now: chrono::DateTime<Utc>) -> WxrItem {
    let (post_type, link) = match a.kind {
        ArticleKind::Article => ("post", format!("{base}/articles/{}", a.slug)),
        ArticleKind::Page => ("page", format!("{base}/{}", a.slug)),
    };
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

/// `masthead copy --from URL --to URL`: every table, one spinner line per
/// table on standard error, the row counts on standard output.
pub async fn copy(from: &str, to: &str) -> Result<()> {
    let bar = ProgressBar::new_spinner();
    bar.set_style(
        ProgressStyle::with_template("{spinner} {elapsed} {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    bar.enable_steady_tick(std::time::Duration::from_millis(200));
    bar.set_message("copying settings");
    let summary = masthead_store::copy::copy(
        from,
        to,
        masthead_store::copy::Target::MustBeEmpty,
        |table, n| bar.set_message(format!("copied {n} rows of {table}")),
    )
    .await;
    bar.finish_and_clear();
    let summary = summary?;
    println!(
        "copied the site from {} to {}",
        masthead_store::redact(from),
        masthead_store::redact(to)
    );
    for (table, n) in summary {
        println!("  {table}: {n}");
    }
    Ok(())
}
