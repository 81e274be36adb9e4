//! A bar chart of comments per day, drawn as SVG on the server (the
//! `admin/chart.html` template): no chart library, no script, readable by
//! screen readers (each bar has a title). This module only does the sums.
use masthead_core::chrono::{DateTime, Duration, FixedOffset, NaiveDate};
use masthead_core::i18n::{Arg, Tr};

pub const WIDTH: u32 = 600;
pub const HEIGHT: u32 = 160;
const AXIS: u32 = 20;

pub struct Chart {
    /// "Comments per day, last 30 days: 12 in all" (the SVG's title).
    pub title: String,
    /// "max 4 a day".
    pub max_label: String,
    pub width: u32,
    pub height: u32,
    /// Where the bars stand (the x axis).
    pub plot: u32,
    pub bars: Vec<Bar>,
    pub first: String,
    pub last: String,
}

pub struct Bar {
    pub day: String,
    pub count: u64,
    pub x: u32,
    pub y: u32,
    pub width: u32,
    pub height: u32,
    pub label: String,
}

/// A day as the language writes it (the day carries no time or offset).
fn day(tr: Tr, d: NaiveDate) -> String {
    let midday: DateTime<FixedOffset> =
        d.and_hms_opt(12, 0, 0).unwrap_or_default().and_utc().into();
    tr.date(&midday)
}

/// `days` ends today; `counts` holds (YYYY-MM-DD, n) for days that have comments.
pub fn comments_per_day(today: NaiveDate, days: u32, counts: &[(String, u64)], tr: Tr) -> Chart {
    let dates: Vec<NaiveDate> = (0..days)
        .rev()
        .map(|back| today - Duration::days(i64::from(back)))
        .collect();
    let values: Vec<u64> = dates
        .iter()
        .map(|d| {
            let key = d.format("%Y-%m-%d").to_string();
            counts
                .iter()
                .find(|(k, _)| *k == key)
                .map_or(0, |(_, n)| *n)
        })
        .collect();
    let max = values.iter().copied().max().unwrap_or(0).max(1);
    let slot = WIDTH / days.max(1);
    let plot = HEIGHT - AXIS;
    let bars = dates
        .iter()
        .zip(&values)
        .enumerate()
        .map(|(i, (date, n))| {
            let h = u32::try_from(u64::from(plot - 4) * n / max).unwrap_or(plot);
            Bar {
                day: date.format("%Y-%m-%d").to_string(),
                count: *n,
                x: u32::try_from(i).unwrap_or(0) * slot + 1,
                y: plot - h,
                width: slot.saturating_sub(2),
                height: h,
                label: tr.args(
                    "admin-chart-bar",
                    &[("count", Arg::from(*n)), ("date", day(tr, *date).into())],
                ),
            }
        })
        .collect();
    let total: u64 = values.iter().sum();
    Chart {
        title: tr.args(
            "admin-chart-title",
            &[("days", Arg::from(days)), ("total", Arg::from(total))],
        ),
        max_label: tr.args("admin-chart-max", &[("max", Arg::from(max))]),
        width: WIDTH,
        height: HEIGHT,
        plot,
        bars,
        first: dates.first().map(|d| day(tr, *d)).unwrap_or_default(),
        last: dates.last().map(|d| day(tr, *d)).unwrap_or_default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use askama::Template;

    #[derive(Template)]
    #[template(path = "admin/chart.html")]
    struct ChartAlone {
        chart: Chart,
    }

    #[test]
    fn one_bar_per_day_scaled_to_the_busiest() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        let chart = comments_per_day(
            today,
            30,
            &[("2026-11-25".into(), 4), ("2026-11-20".into(), 2)],
            Tr::default(),
        );
        let svg = ChartAlone { chart }.render().unwrap();
        assert_eq!(svg.matches("<rect").count(), 30);
        assert!(svg.contains("data-day=\"2026-10-27\" data-count=\"0\""));
        assert!(svg.contains("data-day=\"2026-11-25\" data-count=\"4\""));
        assert!(svg.contains("<title>4 comments on November 25, 2026</title>"));
        assert!(svg.contains("6 in all"));
        let tall = svg.split("data-day=\"2026-11-25\"").nth(1).unwrap();
        assert!(tall.contains(&format!("height=\"{}\"", HEIGHT - AXIS - 4)));
    }
}
