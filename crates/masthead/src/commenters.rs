//! `masthead commenters …`: a commenter's record and the sanctions on
//! commenters, through the same use cases as the admin and the REST API.
use crate::cli::{CommentersCommand, SanctionArgs};
use crate::database::{acting, language, open};
use anyhow::{Result, bail};
use masthead_core::Localized;
use masthead_core::chrono::Utc;
use masthead_core::comment::SanctionKind;
use masthead_core::i18n::Tr;
use masthead_core::service::{SanctionRequest, SanctionView, clear_sanction, commenter, sanction};
use masthead_core::{Timestamp, service::CommenterError};

pub async fn run(database: &str, acting_as: Option<&str>, cmd: CommentersCommand) -> Result<()> {
    let store = open(database).await?;
    let tr = language(store.as_ref()).await?;
    let actor = acting(store.as_ref(), acting_as, tr).await?;
    let now = Utc::now();
    let told = |e: CommenterError| anyhow::anyhow!(e.message(tr));
    match cmd {
        CommentersCommand::List { all, json } => {
            let active_at = (!all).then_some(now);
            let list: Vec<SanctionView> = store
                .sanctions(active_at)
                .await?
                .iter()
                .map(|s| SanctionView::of(s, now))
                .collect();
            if json {
                println!("{}", serde_json::to_string_pretty(&list)?);
            } else {
                print_sanctions(&list, tr);
            }
        }
        CommentersCommand::Show { email, json } => {
            let record = commenter(store.as_ref(), &email, now).await.map_err(told)?;
            if json {
                println!("{}", serde_json::to_string_pretty(&record)?);
                return Ok(());
            }
            let line = |key: &str, value: String| println!("{}: {value}", tr.t(key));
            line("cli-column-email", record.email.clone());
            line("cli-commenter-names", record.history.names.join(", "));
            for (status, n) in [
                ("approved", record.history.approved),
                ("pending", record.history.pending),
                ("spam", record.history.spam),
                ("trash", record.history.trash),
            ] {
                line(&format!("cli-status-{status}"), n.to_string());
            }
            line("cli-commenter-reports", record.history.reports.to_string());
            line("cli-commenter-first-seen", day(record.history.first_seen));
            line("cli-commenter-last-seen", day(record.history.last_seen));
            let yes_no = |b: bool| tr.t(if b { "cli-yes" } else { "cli-no" });
            line("cli-commenter-trusted", yes_no(record.trusted));
            line(
                "cli-commenter-sanction",
                record
                    .sanction
                    .as_ref()
                    .map_or_else(|| "-".to_string(), |s| told_sanction(s, tr)),
            );
            if !record.sanctions.is_empty() {
                print_sanctions(&record.sanctions, tr);
            }
        }
        CommentersCommand::Ban(args) => {
            set(store.as_ref(), SanctionKind::Ban, args, actor, tr).await?;
        }
        CommentersCommand::Suspend(args) => {
            if args.days.is_none() {
                bail!(tr.args(
                    "error-sanction-days",
                    &[("max", masthead_core::comment::SANCTION_DAYS_MAX.into())]
                ));
            }
            set(store.as_ref(), SanctionKind::Suspend, args, actor, tr).await?;
        }
        CommentersCommand::Premoderate(args) => {
            set(store.as_ref(), SanctionKind::Premoderate, args, actor, tr).await?;
        }
        CommentersCommand::Shadow(args) => {
            set(store.as_ref(), SanctionKind::Shadow, args, actor, tr).await?;
        }
        CommentersCommand::Clear { target } => {
            let n = clear_sanction(store.as_ref(), &target, &actor, now)
                .await
                .map_err(told)?;
            let key = if n > 0 {
                "cli-sanction-cleared"
            } else {
                "cli-sanction-none"
            };
            println!("{}", tr.s(key, "target", target.trim()));
        }
    }
    Ok(())
}

async fn set(
    store: &dyn masthead_core::store::Store,
    kind: SanctionKind,
    args: SanctionArgs,
    actor: masthead_core::comment::Actor,
    tr: Tr,
) -> Result<()> {
    let request = SanctionRequest {
        kind,
        target: &args.target,
        reason: &args.reason,
        days: args.days,
    };
    let set = sanction(store, &request, actor, Utc::now())
        .await
        .map_err(|e| anyhow::anyhow!(e.message(tr)))?;
    println!("{}", told_sanction(&SanctionView::of(&set, Utc::now()), tr));
    Ok(())
}

/// "banned x@example.com (until 9 December 2026)".
fn told_sanction(s: &SanctionView, tr: Tr) -> String {
    let said = tr.s(
        &format!("cli-sanction-{}", s.kind.as_str()),
        "target",
        &s.target,
    );
    match s.ends_at {
        Some(end) => format!(
            "{said} {}",
            tr.s(
                "cli-sanction-until",
                "date",
                &tr.date_time(&end.fixed_offset())
            )
        ),
        None => said,
    }
}

fn day(t: Option<Timestamp>) -> String {
    t.map_or_else(
        || "-".to_string(),
        |t| t.format("%Y-%m-%d %H:%M").to_string(),
    )
}

fn print_sanctions(list: &[SanctionView], tr: Tr) {
    if list.is_empty() {
        println!("{}", tr.t("cli-sanctions-none"));
        return;
    }
    println!(
        "{:>5}  {:<12}  {:<32}  {:<16}  {:<16}  {:<12}  {}",
        "id",
        tr.t("cli-column-kind"),
        tr.t("cli-column-target"),
        tr.t("cli-column-date"),
        tr.t("cli-column-until"),
        tr.t("cli-column-set-by"),
        tr.t("cli-column-reason"),
    );
    for s in list {
        let until = match (s.cleared_at, s.ends_at) {
            (Some(c), _) => tr.s(
                "cli-sanction-lifted",
                "date",
                &c.format("%Y-%m-%d").to_string(),
            ),
            (None, Some(e)) => e.format("%Y-%m-%d %H:%M").to_string(),
            (None, None) => "-".to_string(),
        };
        println!(
            "{:>5}  {:<12}  {:<32}  {:<16}  {:<16}  {:<12}  {}",
            s.id,
            s.kind.as_str(),
            s.target,
            s.created_at.format("%Y-%m-%d %H:%M"),
            until,
            s.set_by,
            s.reason.split_whitespace().collect::<Vec<_>>().join(" "),
        );
    }
}
