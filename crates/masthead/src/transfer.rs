//! `masthead import …` and `masthead export …`: files in and out, with a
//! progress bar on standard error and a summary on standard output.
use crate::cli::{ExportCommand, ImportCommand};
use crate::database::{language, open};
use crate::isso_db;
use anyhow::{Context, Result, anyhow};
use chrono::Utc;
use indicatif::{ProgressBar, ProgressBarIter, ProgressStyle};
use masthead_core::export::wxr::write_wxr;
use masthead_core::i18n::{Arg, Tr};
use masthead_core::import::wxr::{self as wxr_import, ImportError};
use masthead_core::import::{ImportSummary, commento, disqus, foreign, isso, remark42};
use masthead_core::settings::SiteSettings;
use masthead_core::store::Store;
use masthead_core::wxr::WxrReader;
use masthead_core::xml::line_column;
use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Read, Write};
use std::path::Path;
use std::sync::Arc;

fn progress(len: u64) -> ProgressBar {
    let bar = ProgressBar::new(len);
    bar.set_style(
        ProgressStyle::with_template("{bar:40} {bytes}/{total_bytes} {elapsed} {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    bar
}

/// "line L, column C" of a byte offset, read from the file again.
fn place(file: &Path, offset: u64, tr: Tr) -> String {
    let mut bytes = Vec::new();
    let read =
        File::open(file).and_then(|f| f.take(offset.saturating_add(1)).read_to_end(&mut bytes));
    match read {
        Ok(_) => {
            let (line, column) = line_column(&bytes, offset);
            tr.args(
                "cli-place",
                &[("line", Arg::from(line)), ("column", Arg::from(column))],
            )
        }
        Err(_) => tr.args("cli-place-byte", &[("offset", Arg::from(offset))]),
    }
}

/// The file to import, read through a progress bar on standard error.
fn open_input(file: &Path) -> Result<(ProgressBar, BufReader<ProgressBarIter<File>>)> {
    let input = File::open(file).with_context(|| format!("cannot open {}", file.display()))?;
    let bar = progress(input.metadata().map(|m| m.len()).unwrap_or(0));
    let reader = BufReader::with_capacity(256 * 1024, bar.wrap_read(input));
    Ok((bar, reader))
}

/// The site an import writes to, and the language its reports are in.
struct Site {
    store: Arc<dyn Store>,
    tr: Tr,
}

pub async fn import(database: &str, cmd: ImportCommand) -> Result<()> {
    let store = open(database).await?;
    let tr = language(store.as_ref()).await?;
    let site = Site { store, tr };
    match cmd {
        ImportCommand::Wxr { file, dry_run } => import_wxr(&site, &file, dry_run).await,
        ImportCommand::Disqus {
            file,
            dry_run,
            map_prefix,
        } => import_disqus(&site, &file, dry_run, &map_prefix).await,
        ImportCommand::Isso {
            file,
            dry_run,
            site: url,
        } => import_isso(&site, &file, dry_run, url.as_deref()).await,
        ImportCommand::Remark42 { file, dry_run } => import_remark42(&site, &file, dry_run).await,
        ImportCommand::Commento {
            file,
            dry_run,
            site: url,
        } => import_commento(&site, &file, dry_run, url.as_deref()).await,
    }
}

/// "FILE: ERROR; nothing was imported".
fn refused(tr: Tr, file: &Path, error: impl std::fmt::Display) -> anyhow::Error {
    anyhow!(tr.args(
        "cli-import-failed",
        &[
            ("file", file.display().to_string().into()),
            ("error", error.to_string().into())
        ]
    ))
}

/// The import's summary in the site's language (the same facts, line for
/// line, as `ImportSummary`'s own English `Display`).
fn summary_text(s: &ImportSummary, tr: Tr) -> String {
    let mut lines = vec![tr.args(
        "cli-summary-articles",
        &[
            ("articles", Arg::from(s.articles)),
            ("pages", Arg::from(s.pages)),
            ("already", Arg::from(s.already_imported)),
        ],
    )];
    let by_status: Vec<String> = s
        .comments
        .iter()
        .map(|(status, n)| {
            tr.args(
                "cli-summary-status",
                &[("status", Arg::from(*status)), ("count", Arg::from(*n))],
            )
        })
        .collect();
    let by_status = if by_status.is_empty() {
        tr.t("cli-summary-none")
    } else {
        by_status.join(", ")
    };
    lines.push(tr.args(
        "cli-summary-comments",
        &[
            ("total", Arg::from(s.total_comments())),
            ("by_status", by_status.into()),
            ("pingbacks", Arg::from(s.pingbacks)),
            ("already", Arg::from(s.comments_already_imported)),
        ],
    ));
    lines.push(tr.args(
        "cli-summary-more",
        &[
            ("authors", Arg::from(s.authors)),
            ("terms", Arg::from(s.terms)),
            ("attachments", Arg::from(s.attachments)),
            ("photos", Arg::from(s.photos)),
            ("redirects", Arg::from(s.redirects)),
        ],
    ));
    if s.threads > 0 {
        lines.push(tr.args("cli-summary-threads", &[("threads", Arg::from(s.threads))]));
    }
    if s.skipped.is_empty() {
        lines.push(tr.t("cli-summary-skipped-nothing"));
    } else {
        lines.push(tr.t("cli-summary-skipped"));
        // The reasons are the readers' own (English) words.
        for (why, n) in &s.skipped {
            lines.push(format!(
                "  {} × {why}",
                tr.number(i64::try_from(*n).unwrap_or(i64::MAX))
            ));
        }
    }
    lines.join("\n")
}

/// `--site`: an http(s) address; only its origin counts.
fn site_url(site: Option<&str>, tr: Tr) -> Result<Option<url::Url>> {
    let Some(s) = site else { return Ok(None) };
    let url = url::Url::parse(s)
        .ok()
        .filter(|u| matches!(u.scheme(), "http" | "https") && u.host_str().is_some())
        .ok_or_else(|| anyhow!(tr.s("cli-site-flag", "value", s)))?;
    Ok(Some(url))
}

/// The file's bytes, gunzipped when they start with gzip's magic number
/// (Remark42's backups and Commento's exports come gzipped).
fn decompressed(file: &Path) -> Result<(ProgressBar, Box<dyn BufRead>)> {
    let (bar, mut reader) = open_input(file)?;
    let magic = reader
        .fill_buf()
        .with_context(|| format!("cannot read {}", file.display()))?;
    if magic.starts_with(&[0x1f, 0x8b]) {
        let gz = flate2::bufread::MultiGzDecoder::new(reader);
        return Ok((bar, Box::new(BufReader::with_capacity(256 * 1024, gz))));
    }
    Ok((bar, Box::new(reader)))
}

/// Stores what a reader of another comment server's data read, in one
/// transaction, and reports it.
async fn store_foreign(
    site: &Site,
    file: &Path,
    dry_run: bool,
    comments: Vec<foreign::Foreign>,
    source: &dyn Fn(&foreign::Foreign) -> String,
    skipped: Vec<String>,
) -> Result<()> {
    let store = &site.store;
    let settings = SiteSettings::load(store.as_ref()).await?.0;
    let mut summary = ImportSummary::default();
    for why in skipped {
        summary.skip(why);
    }
    let mut tx = store.begin_import().await?;
    let summary = foreign::store(
        comments,
        source,
        tx.as_mut(),
        &settings,
        Utc::now(),
        summary,
    )
    .await
    .map_err(|e| refused(site.tr, file, e))?;
    finish(tx, dry_run, file, &summary, site.tr).await
}

async fn import_isso(to: &Site, file: &Path, dry_run: bool, site: Option<&str>) -> Result<()> {
    let site = site_url(site, to.tr)?;
    let (threads, rows) = isso_db::read(file)
        .await
        .map_err(|e| refused(to.tr, file, e))?;
    let parsed = isso::convert(&threads, rows, site.as_ref());
    // Isso's ids are numbers from 1 in each database: the site tells two
    // databases apart.
    let source = format!(
        "isso:{}",
        site.as_ref()
            .map(|s| s.origin().ascii_serialization())
            .unwrap_or_default()
    );
    store_foreign(
        to,
        file,
        dry_run,
        parsed.comments,
        &|_| source.clone(),
        parsed.skipped,
    )
    .await
}

async fn import_remark42(site: &Site, file: &Path, dry_run: bool) -> Result<()> {
    let (bar, reader) = decompressed(file)?;
    let read = remark42::read(reader);
    bar.finish_and_clear();
    let entries = read.map_err(|e| refused(site.tr, file, e))?;
    let mut sites = std::collections::HashMap::new();
    let comments = entries
        .into_iter()
        .map(|e| {
            sites.insert(e.comment.id.clone(), e.site);
            e.comment
        })
        .collect();
    let source = |c: &foreign::Foreign| {
        format!(
            "remark42:{}",
            sites.get(&c.id).map(String::as_str).unwrap_or_default()
        )
    };
    store_foreign(site, file, dry_run, comments, &source, Vec::new()).await
}

async fn import_commento(to: &Site, file: &Path, dry_run: bool, site: Option<&str>) -> Result<()> {
    let site = site_url(site, to.tr)?;
    let (bar, reader) = decompressed(file)?;
    let read = commento::read(reader, site.as_ref());
    bar.finish_and_clear();
    let parsed = read.map_err(|e| refused(to.tr, file, e))?;
    let mut domains = std::collections::HashMap::new();
    let comments = parsed
        .comments
        .into_iter()
        .map(|(domain, c)| {
            domains.insert(c.id.clone(), domain);
            c
        })
        .collect();
    let source = |c: &foreign::Foreign| {
        format!(
            "commento:{}",
            domains.get(&c.id).map(String::as_str).unwrap_or_default()
        )
    };
    store_foreign(to, file, dry_run, comments, &source, parsed.skipped).await
}

async fn import_disqus(site: &Site, file: &Path, dry_run: bool, map: &[String]) -> Result<()> {
    let tr = site.tr;
    let prefixes = map
        .iter()
        .map(|m| {
            m.split_once('=')
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .ok_or_else(|| anyhow!(tr.s("cli-map-prefix-flag", "value", m)))
        })
        .collect::<Result<Vec<_>>>()?;
    let store = &site.store;
    let settings = SiteSettings::load(store.as_ref()).await?.0;
    let (bar, reader) = open_input(file)?;
    let mut tx = store.begin_import().await?;
    let result = disqus::import(reader, tx.as_mut(), &settings, &prefixes, Utc::now()).await;
    bar.finish_and_clear();
    let (summary, unmatched) = match result {
        Ok(r) => r,
        Err(e) => {
            return Err(match e.offset() {
                Some(o) => refused_at(tr, file, &place(file, o, tr), e),
                None => refused(tr, file, e),
            });
        }
    };
    finish(tx, dry_run, file, &summary, tr).await?;
    if !unmatched.is_empty() {
        println!("{}", tr.t("cli-import-unmatched"));
        for (link, n) in unmatched {
            let args = [("link", Arg::from(&link)), ("count", Arg::from(n))];
            println!("  {}", tr.args("cli-import-unmatched-thread", &args));
        }
    }
    Ok(())
}

/// "FILE at PLACE: ERROR; nothing was imported".
fn refused_at(tr: Tr, file: &Path, place: &str, error: impl std::fmt::Display) -> anyhow::Error {
    anyhow!(tr.args(
        "cli-import-failed-at",
        &[
            ("file", file.display().to_string().into()),
            ("place", place.into()),
            ("error", error.to_string().into())
        ]
    ))
}

/// Commits, or for a dry run drops the transaction, and prints the summary.
async fn finish(
    tx: Box<dyn masthead_core::store::ImportTx>,
    dry_run: bool,
    file: &Path,
    summary: &ImportSummary,
    tr: Tr,
) -> Result<()> {
    let name = file.display().to_string();
    if dry_run {
        drop(tx);
        println!("{}", tr.s("cli-import-dry-run", "file", &name));
    } else {
        tx.commit()
            .await
            .context(tr.t("cli-import-commit-failed"))?;
        println!("{}", tr.s("cli-imported", "file", &name));
    }
    println!("{}", summary_text(summary, tr));
    Ok(())
}

async fn import_wxr(site: &Site, file: &Path, dry_run: bool) -> Result<()> {
    let (store, tr) = (&site.store, site.tr);
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
    if result.is_ok() && reader.header().version_missing {
        let name = file.display().to_string();
        eprintln!("{}", tr.s("cli-import-no-version", "file", &name));
    }
    let summary = match result {
        Ok(s) => s,
        Err(ImportError::Wxr(e)) => {
            // The transaction is dropped: nothing of this file is stored.
            return Err(refused_at(tr, file, &place(file, e.offset(), tr), e));
        }
        Err(e) => {
            return Err(e).context(tr.t("cli-import-failed-plain"));
        }
    };
    finish(tx, dry_run, file, &summary, tr).await
}

pub async fn export(database: &str, cmd: ExportCommand) -> Result<()> {
    let ExportCommand::Wxr { file } = cmd;
    let store = open(database).await?;
    let tr = language(store.as_ref()).await?;
    let out: Box<dyn Write> = match &file {
        Some(path) => Box::new(
            File::create(path).with_context(|| format!("cannot create {}", path.display()))?,
        ),
        None => Box::new(std::io::stdout().lock()),
    };
    let count = write_wxr(store.as_ref(), BufWriter::new(out), Utc::now()).await?;
    if let Some(path) = file {
        let args = [
            ("count", Arg::from(count)),
            ("file", path.display().to_string().into()),
        ];
        eprintln!("{}", tr.args("cli-exported", &args));
    }
    Ok(())
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
