//! `masthead wire add|list|remove|poll`.
use super::fetch::Fetcher;
use super::poll::{Polled, holder, poll_source, with_lease};
use crate::cli::{PublishArg, WireCommand};
use crate::database::{language, open};
use anyhow::{Result, bail};
use chrono::Utc;
use masthead_core::Localized;
use masthead_core::i18n::{Arg, Tr};
use masthead_core::store::{PublishMode, StoreError, Unique};
use std::time::Duration;

pub async fn command(database: &str, command: WireCommand) -> Result<()> {
    let store = open(database).await?;
    let tr = language(store.as_ref()).await?;
    match command {
        WireCommand::Add {
            url,
            name,
            credit,
            every,
            publish,
        } => {
            let publish = match publish {
                PublishArg::Draft => PublishMode::Draft,
                PublishArg::Now => PublishMode::Now,
            };
            let source = masthead_core::wire::check_source(&name, &url, &credit, every, publish)
                .map_err(|e| anyhow::anyhow!(e.message(tr)))?;
            match store
                .add_wire_source(&source, Utc::now().timestamp_millis())
                .await
            {
                Ok(_) => println!(
                    "{}",
                    tr.args(
                        "cli-wire-added",
                        &[
                            ("name", Arg::from(source.name.as_str())),
                            ("url", Arg::from(source.url.as_str())),
                        ],
                    )
                ),
                Err(StoreError::Conflict(Unique::WireSourceName)) => {
                    bail!(tr.s("cli-wire-name-taken", "name", &source.name))
                }
                Err(e) => return Err(e.into()),
            }
        }
        WireCommand::List => {
            let sources = store.wire_sources().await?;
            if sources.is_empty() {
                println!("{}", tr.t("cli-wire-none"));
            }
            for s in sources {
                let last = match (s.polled_ms, &s.last_error) {
                    (None, _) => tr.t("cli-wire-never-polled"),
                    (Some(_), Some(e)) => tr.s("cli-wire-last-error", "error", e),
                    (Some(ms), None) => tr.s(
                        "cli-wire-last-polled",
                        "at",
                        &chrono::DateTime::from_timestamp_millis(ms)
                            .unwrap_or_default()
                            .format("%Y-%m-%d %H:%M:%S UTC")
                            .to_string(),
                    ),
                };
                println!(
                    "{}\t{}\t{}\t{}\t{}",
                    s.name,
                    s.url,
                    s.publish.as_str(),
                    tr.args("cli-wire-every", &[("minutes", Arg::from(s.every_minutes))]),
                    last
                );
            }
        }
        WireCommand::Remove { name } => {
            if !store.remove_wire_source(&name).await? {
                bail!(tr.s("cli-wire-missing", "name", &name));
            }
            println!("{}", tr.s("cli-wire-removed", "name", &name));
        }
        WireCommand::Poll { name } => {
            if let Some(n) = &name
                && !store.wire_sources().await?.iter().any(|s| &s.name == n)
            {
                bail!(tr.s("cli-wire-missing", "name", n));
            }
            let fetcher = Fetcher::new()?;
            let me = holder();
            let store_ref = store.as_ref();
            let round = async {
                // Read under the lease: a poll that just ended elsewhere has
                // recorded its validators, and this one sends them.
                let sources = store_ref.wire_sources().await?;
                let mut out = Vec::new();
                for s in sources
                    .iter()
                    .filter(|s| name.as_ref().is_none_or(|n| &s.name == n))
                {
                    out.push((s.name.clone(), poll_source(store_ref, &fetcher, s).await?));
                }
                anyhow::Ok(out)
            };
            // A server (or another command) polling now finishes first.
            let Some(results) = with_lease(store_ref, &me, Duration::from_secs(600), round).await?
            else {
                bail!(tr.t("cli-wire-busy"));
            };
            let results = results?;
            if results.is_empty() {
                println!("{}", tr.t("cli-wire-none"));
            }
            let mut failed = false;
            for (name, polled) in results {
                failed |= polled.failed.is_some();
                println!("{}", report(tr, &name, &polled));
            }
            if failed {
                bail!(tr.t("cli-wire-some-failed"));
            }
        }
    }
    Ok(())
}

fn report(tr: Tr, name: &str, p: &Polled) -> String {
    if let Some(why) = &p.failed {
        return tr.args(
            "cli-wire-poll-failed",
            &[
                ("name", Arg::from(name)),
                ("error", Arg::from(why.as_str())),
            ],
        );
    }
    if p.not_modified {
        return tr.s("cli-wire-not-modified", "name", name);
    }
    let mut line = tr.args(
        "cli-wire-polled",
        &[
            ("name", Arg::from(name)),
            ("published", Arg::from(p.published)),
            ("drafts", Arg::from(p.created)),
            ("updated", Arg::from(p.updated)),
            ("withdrawn", Arg::from(p.withdrawn)),
            ("unchanged", Arg::from(p.unchanged)),
        ],
    );
    for r in &p.refused {
        line.push_str("\n  ");
        line.push_str(&tr.s("cli-wire-refused", "why", r));
    }
    line
}
