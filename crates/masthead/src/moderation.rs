//! `masthead moderation evaluate`: what auto mode would have done with the
//! site's own decisions (or a labelled file), before anyone switches it on.
use crate::cli::{FeedbackArg, ModerationCommand};
use crate::database::open;
use anyhow::{Context, Result};
use masthead_core::filter::corpus;
use masthead_core::filter::model::sigmoid;
use masthead_core::filter::replay::{self, Feedback, Report};
use masthead_core::filter::start;
use masthead_core::service::{filter_targets, replay_history};
use masthead_core::settings::SiteSettings;
use serde_json::json;
use std::path::Path;

pub async fn run(database: &str, cmd: ModerationCommand) -> Result<()> {
    match cmd {
        ModerationCommand::Evaluate {
            csv,
            train,
            feedback,
            json,
        } => evaluate(database, csv, train, feedback, json).await,
        ModerationCommand::Transparency { since, until, json } => {
            crate::transparency::run(database, since, until, json).await
        }
    }
}

async fn evaluate(
    database: &str,
    csv: Option<std::path::PathBuf>,
    train: Vec<std::path::PathBuf>,
    feedback: Option<FeedbackArg>,
    json: bool,
) -> Result<()> {
    let store = open(database).await?;
    let (settings, _) = SiteSettings::load(store.as_ref()).await?;
    let m = &settings.moderation;
    let targets = filter_targets(m);
    let feedback = feedback.map(|f| match f {
        FeedbackArg::All => Feedback::All,
        FeedbackArg::Seen => Feedback::Seen,
    });
    let mut cost = None;
    let shipped = train.is_empty();
    let (what, report, rules, first) = match csv {
        None => {
            let report =
                replay_history(store.as_ref(), targets, feedback.unwrap_or(Feedback::All)).await?;
            let first = start::shipped().calibration.thresholds(targets);
            (
                "the site's moderation history".to_string(),
                report,
                None,
                first,
            )
        }
        Some(file) => {
            let rows = read_labelled(&file)?;
            let items = replay::items_from_corpus(&rows);
            let start = if train.is_empty() {
                start::shipped().clone()
            } else {
                let sets = train
                    .iter()
                    .map(|f| read_labelled(f))
                    .collect::<Result<Vec<_>>>()?;
                start::train(&sets)
            };
            let first = start.calibration.thresholds(targets);
            let report = replay::replay(
                start.model.clone(),
                &start.calibration,
                targets,
                &items,
                feedback.unwrap_or(Feedback::Seen),
                m.max_links,
            );
            let rules = replay::rules_only(&items, m.max_links);
            if json {
                cost = Some(measure(&rows, &start.model));
            }
            (file.display().to_string(), report, Some(rules), first)
        }
    };
    // Where auto mode starts (the replay moves them as it learns).
    let thresholds = first
        .spam_at
        .is_finite()
        .then(|| (sigmoid(first.spam_at), sigmoid(first.publish_at)));
    if json {
        let mut out = json!({
            "replayed": what,
            "targets": {
                "ham_to_spam": targets.ham_to_spam,
                "spam_shown": targets.spam_shown,
            },
            "filter": summary(&report),
        });
        if let Some(rules) = &rules {
            out["rules"] = summary(rules);
        }
        if let Some(t) = thresholds {
            out["thresholds"] = json!({"spam_at": t.0, "publish_at": t.1});
        }
        if let Some(c) = cost {
            out["cost"] = c;
        }
        println!("{}", serde_json::to_string_pretty(&out)?);
        return Ok(());
    }
    println!(
        "Replayed {} comments from {what} ({} ham, {} spam), each scored before its decision was learnt.",
        report.comments, report.hams, report.spams
    );
    println!(
        "Auto mode, with ham sent to spam at most {} and spam shown at most {} ({}):",
        settings.moderation.filter_ham_to_spam,
        settings.moderation.filter_spam_shown,
        thresholds.map_or("thresholds not set yet: too few decisions".to_string(), |t| {
            format!(
                "starting with spam at {:.1}% likely spam and above, published at {:.1}% and below",
                t.0 * 100.0,
                t.1 * 100.0
            )
        })
    );
    print_report(&report);
    if let Some(rules) = rules {
        println!("Today's rules alone (first-comment hold, link limit), for comparison:");
        print_report(&rules);
    }
    if shipped {
        println!("{}", start::ATTRIBUTION);
    }
    Ok(())
}

/// What a decision costs on this machine: rendering and features, a score,
/// a lesson (µs each, the mean over the file), and the model's size.
fn measure(rows: &[corpus::Labelled], model: &masthead_core::filter::Model) -> serde_json::Value {
    use masthead_core::filter::features::{History, Sample, extract};
    use masthead_core::html::{Allowlist, render_comment};
    use std::time::Instant;
    let allow = Allowlist::default();
    let t0 = Instant::now();
    let features: Vec<_> = rows
        .iter()
        .map(|r| {
            let html = render_comment(&r.content, &allow);
            extract(&Sample {
                author_name: &r.author,
                author_url: "",
                content_html: html.as_str(),
                history: History::default(),
            })
        })
        .collect();
    let extracted = t0.elapsed();
    let t1 = Instant::now();
    let mut sum = 0.0;
    for f in &features {
        sum += model.score(f).logit;
    }
    let scored = t1.elapsed();
    let mut learner = model.clone();
    let t2 = Instant::now();
    for (f, r) in features.iter().zip(rows) {
        let ids: Vec<u32> = f.ids().collect();
        let label = if r.spam {
            masthead_core::filter::Label::Spam
        } else {
            masthead_core::filter::Label::Ham
        };
        learner.learn(&ids, label, 1.0);
    }
    let learnt = t2.elapsed();
    #[allow(clippy::cast_precision_loss)]
    let each = |d: std::time::Duration| d.as_secs_f64() * 1e6 / rows.len().max(1) as f64;
    let mean_features = features
        .iter()
        .map(|f| f.content.len() + f.author.len())
        .sum::<usize>()
        / rows.len().max(1);
    json!({
        "render_and_features_us": each(extracted),
        "score_us": each(scored),
        "learn_us": each(learnt),
        "features_per_comment": mean_features,
        "model_weights": model.len(),
        "model_weights_after": learner.len(),
        // Read so the scoring loop is not optimised away.
        "checksum": sum.is_finite(),
    })
}

fn read_labelled(path: &Path) -> Result<Vec<corpus::Labelled>> {
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    corpus::read(&bytes)
        .with_context(|| format!("{} is not a labelled comment file", path.display()))
}

fn summary(r: &Report) -> serde_json::Value {
    json!({
        "comments": r.comments,
        "ham": r.hams,
        "spam": r.spams,
        "published": r.published,
        "held": r.held,
        "spammed": r.spammed,
        "needs_human": r.human_share(),
        "auto_decided": r.auto_share(),
        "ham_to_spam": r.ham_to_spam_rate(),
        "ham_to_spam_count": r.ham_to_spam,
        "spam_shown": r.spam_shown_rate(),
        "spam_shown_count": r.spam_shown,
        "roc_area": r.roc_area,
    })
}

fn print_report(r: &Report) {
    let pct = |x: f64| format!("{:.1}%", x * 100.0);
    println!(
        "  decided alone:      {} (a person decides {})",
        pct(r.auto_share()),
        pct(r.human_share())
    );
    println!(
        "  ham sent to spam:   {} ({} of {})",
        pct(r.ham_to_spam_rate()),
        r.ham_to_spam,
        r.hams
    );
    println!(
        "  spam let through:   {} ({} of {})",
        pct(r.spam_shown_rate()),
        r.spam_shown,
        r.spams
    );
    if let Some(area) = r.roc_area {
        println!(
            "  ROC area:           {area:.4} (1 - area: {:.2}%)",
            (1.0 - area) * 100.0
        );
    }
}
