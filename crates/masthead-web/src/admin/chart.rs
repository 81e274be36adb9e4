//! A bar chart of comments per day, drawn as SVG on the server: no chart
//! library, no script, readable by screen readers (each bar has a title).
use crate::views::escape;
use masthead_core::chrono::{Duration, NaiveDate};

const WIDTH: u32 = 600;
const HEIGHT: u32 = 160;
const AXIS: u32 = 20;

/// `days` ends today; `counts` holds (YYYY-MM-DD, n) for days that have comments.
pub fn comments_per_day(today: NaiveDate, days: u32, counts: &[(String, u64)]) -> String {
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
    let total: u64 = values.iter().sum();
    let mut svg = format!(
        "<svg class=\"chart\" role=\"img\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" width=\"100%\" \
         aria-labelledby=\"chart-title\"><title id=\"chart-title\">Comments per day, last {days} days: {total} in all</title>"
    );
    for (i, (date, n)) in dates.iter().zip(&values).enumerate() {
        let h = u32::try_from(u64::from(plot - 4) * n / max).unwrap_or(plot);
        let x = u32::try_from(i).unwrap_or(0) * slot + 1;
        let y = plot - h;
        let label = format!(
            "{n} comment{} on {}",
            if *n == 1 { "" } else { "s" },
            date.format("%B %-d")
        );
        svg.push_str(&format!(
            "<rect class=\"bar\" data-day=\"{}\" data-count=\"{n}\" x=\"{x}\" y=\"{y}\" width=\"{}\" height=\"{h}\" fill=\"#0b57d0\"><title>{}</title></rect>",
            date.format("%Y-%m-%d"),
            slot.saturating_sub(2),
            escape(&label)
        ));
    }
    let first = dates
        .first()
        .map(|d| d.format("%b %-d").to_string())
        .unwrap_or_default();
    let last = dates
        .last()
        .map(|d| d.format("%b %-d").to_string())
        .unwrap_or_default();
    svg.push_str(&format!(
        "<line x1=\"0\" y1=\"{plot}\" x2=\"{WIDTH}\" y2=\"{plot}\" stroke=\"#5f6368\"/>\
         <text x=\"0\" y=\"{HEIGHT}\" font-size=\"12\" fill=\"#5f6368\">{first}</text>\
         <text x=\"{WIDTH}\" y=\"{HEIGHT}\" font-size=\"12\" fill=\"#5f6368\" text-anchor=\"end\">{last}</text>\
         <text x=\"0\" y=\"12\" font-size=\"12\" fill=\"#5f6368\">max {max} a day</text></svg>"
    ));
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_bar_per_day_scaled_to_the_busiest() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        let svg = comments_per_day(
            today,
            30,
            &[("2026-11-25".into(), 4), ("2026-11-20".into(), 2)],
        );
        assert_eq!(svg.matches("<rect").count(), 30);
        assert!(svg.contains("data-day=\"2026-10-27\" data-count=\"0\""));
        assert!(svg.contains("data-day=\"2026-11-25\" data-count=\"4\""));
        assert!(svg.contains("<title>4 comments on November 25</title>"));
        assert!(svg.contains("6 in all"));
        let tall = svg.split("data-day=\"2026-11-25\"").nth(1).unwrap();
        assert!(tall.contains(&format!("height=\"{}\"", HEIGHT - AXIS - 4)));
    }
}
