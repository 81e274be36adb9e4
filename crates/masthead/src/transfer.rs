//! `masthead import …` and `masthead export …`: files in and out, with a
//! progress bar on standard error and a summary on standard output.
use crate::cli::{ExportCommand, ImportCommand};
use crate::database::open;
use anyhow::{Context, Result, anyhow};
use chrono::Utc;
use indicatif::{ProgressBar, ProgressBarIter, ProgressStyle};
use masthead_core::export::wxr::write_wxr;
use masthead_core::import::disqus;
use masthead_core::import::wxr::{self as wxr_import, ImportError};
use masthead_core::settings::SiteSettings;
use masthead_core::wxr::WxrReader;
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
