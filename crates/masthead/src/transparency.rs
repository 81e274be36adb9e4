//! `masthead moderation transparency [--since DAY] [--until DAY] [--json]`:
//! the numbers of the yearly transparency report.
use crate::database::open;
use anyhow::Result;
use chrono::{DateTime, Utc};
use masthead_core::service::{TransparencyReport, transparency_report};
use std::collections::BTreeMap;

pub async fn run(
    database: &str,
    since: Option<DateTime<Utc>>,
    until: Option<DateTime<Utc>>,
    json: bool,
) -> Result<()> {
    let store = open(database).await?;
    let until = until.unwrap_or_else(Utc::now);
    let counts = store.transparency_counts(since, until).await?;
    let report = transparency_report(&counts, since, until);
    if json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        print(&report);
    }
    Ok(())
}

/// For people: the same numbers as lines (the JSON is the report's source).
fn print(r: &TransparencyReport) {
    let d = &r.decisions;
    let since = r
        .since
        .map_or_else(|| "the start".to_string(), |t| t.to_rfc3339());
    println!("period: {since} to {}", r.until.to_rfc3339());
    println!(
        "decisions: {} ({} automated, {} by staff); restricting a comment: {} ({} automated)",
        d.total, d.automated, d.human, d.restricting.total, d.restricting.automated
    );
    for (title, map) in [
        ("by action", &d.by_action),
        ("by ground", &d.by_ground),
        ("by door", &d.by_door),
        ("readers' reports", &r.notices.by_kind),
        ("sanctions", &r.sanctions.by_kind),
        (
            "illegal-content notices",
            &r.illegal_content_notices.by_kind,
        ),
        ("statements of reasons", &r.statements_of_reasons.by_kind),
        ("appeals", &r.appeals.by_kind),
    ] {
        println!("{title}: {}", line(map));
    }
}

fn line(map: &BTreeMap<String, u64>) -> String {
    if map.is_empty() {
        return "-".into();
    }
    map.iter()
        .map(|(k, n)| format!("{k} {n}"))
        .collect::<Vec<_>>()
        .join(", ")
}
