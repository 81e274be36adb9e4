//! The numbers of a transparency report (the EU Digital Services Act's
//! articles 15 and 24): moderation decisions in a period by action, by
//! automated or human, by door and by ground; readers' reports (notices)
//! by reason; sanctions on commenters by kind. Pure: built from the counts
//! `ModerationStore::transparency_counts` reads.
use crate::Timestamp;
use crate::store::TransparencyCounts;
use serde::Serialize;
use std::collections::BTreeMap;

/// Actions that restrict a comment (remove it or hide it).
const RESTRICTING: [&str; 4] = ["spam", "trash", "delete", "unapprove"];

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct TransparencyReport {
    pub since: Option<Timestamp>,
    pub until: Timestamp,
    pub decisions: Decisions,
    /// Readers' reports of comments (masthead's notices), by reason.
    pub notices: Tally,
    /// Sanctions set on commenters, by kind.
    pub sanctions: Tally,
    /// Notices of illegal content (article 16), by category.
    pub illegal_content_notices: Tally,
    /// Statements of reasons sent (article 17), by ground.
    pub statements_of_reasons: Tally,
    /// Appeals decided (article 20), by outcome.
    pub appeals: Tally,
    /// Changes commenters made to their own comments (edits that held them
    /// again, deletions): not decisions of the site, counted apart.
    pub by_authors: Tally,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq, Default)]
pub struct Decisions {
    pub total: u64,
    pub automated: u64,
    pub human: u64,
    pub by_action: BTreeMap<String, u64>,
    /// `human` and `automated`, each by action.
    pub by_actor: BTreeMap<String, BTreeMap<String, u64>>,
    /// The door a human used (`admin`, `rest`, `cli`, `mail`, `webhook`), or
    /// `system`.
    pub by_door: BTreeMap<String, u64>,
    /// Why: `site_terms` for staff decisions (the site's own rules; no legal
    /// ground is recorded for them yet), the rule for automated ones
    /// (`spam_filter`, `readers_reports`).
    pub by_ground: BTreeMap<String, u64>,
    /// Decisions that removed or hid a comment (spam, trash, delete,
    /// unapprove), automated and human.
    pub restricting: Restricting,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq, Default)]
pub struct Restricting {
    pub total: u64,
    pub automated: u64,
    pub human: u64,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq, Default)]
pub struct Tally {
    pub total: u64,
    pub by_kind: BTreeMap<String, u64>,
}

impl Tally {
    fn of(rows: &[(String, u64)]) -> Self {
        let mut t = Self::default();
        for (kind, n) in rows {
            t.total += n;
            *t.by_kind.entry(kind.clone()).or_default() += n;
        }
        t
    }
}

/// The ground of an automated decision, by its rule's name.
fn ground_of_rule(rule: &str) -> String {
    match rule {
        "filter" => "spam_filter".into(),
        "reports" => "readers_reports".into(),
        other => format!("rule_{other}"),
    }
}

pub fn transparency_report(
    counts: &TransparencyCounts,
    since: Option<Timestamp>,
    until: Timestamp,
) -> TransparencyReport {
    let mut d = Decisions::default();
    let mut own: Vec<(String, u64)> = Vec::new();
    for line in &counts.log {
        let n = line.count;
        match line.via.as_str() {
            // The commenter's own change.
            "reader" => {
                own.push((line.action.clone(), n));
                continue;
            }
            "system" => {
                d.automated += n;
                *d.by_ground.entry(ground_of_rule(&line.actor)).or_default() += n;
            }
            _ => {
                d.human += n;
                *d.by_ground.entry("site_terms".into()).or_default() += n;
            }
        }
        let who = if line.via == "system" {
            "automated"
        } else {
            "human"
        };
        d.total += n;
        *d.by_action.entry(line.action.clone()).or_default() += n;
        *d.by_actor
            .entry(who.into())
            .or_default()
            .entry(line.action.clone())
            .or_default() += n;
        *d.by_door.entry(line.via.clone()).or_default() += n;
        if RESTRICTING.contains(&line.action.as_str()) {
            d.restricting.total += n;
            if who == "automated" {
                d.restricting.automated += n;
            } else {
                d.restricting.human += n;
            }
        }
    }
    TransparencyReport {
        since,
        until,
        decisions: d,
        notices: Tally::of(&counts.reports),
        sanctions: Tally::of(&counts.sanctions),
        illegal_content_notices: Tally::of(&counts.illegal_notices),
        statements_of_reasons: Tally::of(&counts.statements),
        appeals: Tally::of(&counts.appeals),
        by_authors: Tally::of(&own),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::LogCount;

    fn line(action: &str, actor: &str, via: &str, count: u64) -> LogCount {
        LogCount {
            action: action.into(),
            actor: actor.into(),
            via: via.into(),
            count,
        }
    }

    #[test]
    fn decisions_are_told_apart_by_who_made_them_and_why() {
        let counts = TransparencyCounts {
            log: vec![
                line("spam", "ann", "admin", 3),
                line("approve", "ann", "rest", 2),
                line("spam", "filter", "system", 4),
                line("unapprove", "reports", "system", 1),
                line("trash", "author", "reader", 5),
            ],
            reports: vec![("spam".into(), 2), ("abusive".into(), 1)],
            sanctions: vec![("ban".into(), 1)],
            ..TransparencyCounts::default()
        };
        let r = transparency_report(&counts, None, Timestamp::default());
        let d = &r.decisions;
        assert_eq!((d.total, d.automated, d.human), (10, 5, 5));
        assert_eq!(d.by_action["spam"], 7);
        assert_eq!(d.by_actor["automated"]["spam"], 4);
        assert_eq!(d.by_ground["site_terms"], 5);
        assert_eq!(d.by_ground["spam_filter"], 4);
        assert_eq!(d.by_ground["readers_reports"], 1);
        assert_eq!(d.by_door["system"], 5);
        assert_eq!(
            (
                d.restricting.total,
                d.restricting.automated,
                d.restricting.human
            ),
            (8, 5, 3)
        );
        assert_eq!(r.notices.total, 3);
        assert_eq!(r.sanctions.by_kind["ban"], 1);
        assert_eq!(r.by_authors.by_kind["trash"], 5, "authors' own, apart");
    }
}
