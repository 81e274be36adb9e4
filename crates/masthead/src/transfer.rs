//! `masthead import …` and `masthead export …`: files in and out, with a
//! progress bar on standard error and a summary on standard output.
use crate::cli::{ExportCommand, ImportCommand};
use crate::database::open;
use crate::isso_db;
use anyhow::{Context, Result, anyhow};
use chrono::Utc;
use indicatif::{ProgressBar, ProgressBarIter, ProgressStyle};
use masthead_core::export::wxr::write_wxr;
use masthead_core::import::wxr::{self as wxr_import, ImportError};
use masthead_core::import::{ImportSummary, commento, disqus, foreign, isso, remark42};
use masthead_core::settings::SiteSettings;
use masthead_core::wxr::WxrReader;
use masthead_core::xml::line_column;
use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Read, Write};
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
        ImportCommand::Isso {
            file,
            dry_run,
            site,
        } => import_isso(database, &file, dry_run, site.as_deref()).await,
        ImportCommand::Remark42 { file, dry_run } => {
            import_remark42(database, &file, dry_run).await
        }
        ImportCommand::Commento {
            file,
            dry_run,
            site,
        } => import_commento(database, &file, dry_run, site.as_deref()).await,
    }
}

/// `--site`: an http(s) address; only its origin counts.
fn site_url(site: Option<&str>) -> Result<Option<url::Url>> {
    let Some(s) = site else { return Ok(None) };
    let url = url::Url::parse(s)
        .ok()
        .filter(|u| matches!(u.scheme(), "http" | "https") && u.host_str().is_some())
        .ok_or_else(|| {
            anyhow!("--site takes the site's address, such as https://blog.example.org, not “{s}”")
        })?;
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
    database: &str,
    file: &Path,
    dry_run: bool,
    comments: Vec<foreign::Foreign>,
    source: &dyn Fn(&foreign::Foreign) -> String,
    skipped: Vec<String>,
) -> Result<()> {
    let store = open(database).await?;
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
    .map_err(|e| anyhow!("{}: {e}; nothing was imported", file.display()))?;
    finish(tx, dry_run, file, &summary.to_string()).await
}

async fn import_isso(database: &str, file: &Path, dry_run: bool, site: Option<&str>) -> Result<()> {
    let site = site_url(site)?;
    let (threads, rows) = isso_db::read(file)
        .await
        .map_err(|e| anyhow!("{}: {e}; nothing was imported", file.display()))?;
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
        database,
        file,
        dry_run,
        parsed.comments,
        &|_| source.clone(),
        parsed.skipped,
    )
    .await
}

async fn import_remark42(database: &str, file: &Path, dry_run: bool) -> Result<()> {
    let (bar, reader) = decompressed(file)?;
    let read = remark42::read(reader);
    bar.finish_and_clear();
    let entries = read.map_err(|e| anyhow!("{}: {e}; nothing was imported", file.display()))?;
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
    store_foreign(database, file, dry_run, comments, &source, Vec::new()).await
}

async fn import_commento(
    database: &str,
    file: &Path,
    dry_run: bool,
    site: Option<&str>,
) -> Result<()> {
    let site = site_url(site)?;
    let (bar, reader) = decompressed(file)?;
    let read = commento::read(reader, site.as_ref());
    bar.finish_and_clear();
    let parsed = read.map_err(|e| anyhow!("{}: {e}; nothing was imported", file.display()))?;
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
    store_foreign(database, file, dry_run, comments, &source, parsed.skipped).await
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
    if result.is_ok() && reader.header().version_missing {
        eprintln!(
            "warning: {} has no <wp:wxr_version>; it was read as a WordPress export because it uses the WordPress export namespace",
            file.display()
        );
    }
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
        Err(e) => {
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
    let count = write_wxr(store.as_ref(), BufWriter::new(out), Utc::now()).await?;
    if let Some(path) = file {
        eprintln!("exported {count} articles and pages to {}", path.display());
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
