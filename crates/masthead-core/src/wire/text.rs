//! Small readers shared by the wire formats: dates, bodies given as whole
//! HTML documents or as plain text.
use crate::Timestamp;
pub use crate::html::escape_html as escape;
use chrono::{DateTime, NaiveDateTime, Utc};

/// An agency date: RFC 3339 (ninjs, NewsML-G2, Atom, JSON Feed), RFC 2822
/// (RSS), or a date-time without a zone (taken as UTC).
pub fn timestamp(s: &str) -> Option<Timestamp> {
    let s = s.trim();
    if s.is_empty() {
        return None;
    }
    DateTime::parse_from_rfc3339(s)
        .or_else(|_| DateTime::parse_from_rfc2822(s))
        .map(|d| d.with_timezone(&Utc))
        .ok()
        .or_else(|| {
            NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S")
                .ok()
                .map(|n| n.and_utc())
        })
}

/// The inside of `<body>` when `html` is a whole document (its `<head>`,
/// title included, is not the story); `html` itself otherwise.
pub fn inner_body(html: &str) -> &str {
    let lower = html.to_ascii_lowercase();
    let Some(open) = lower.find("<body") else {
        return html;
    };
    let Some(start) = lower[open..].find('>').map(|i| open + i + 1) else {
        return html;
    };
    let end = lower
        .rfind("</body>")
        .filter(|e| *e >= start)
        .unwrap_or(html.len());
    &html[start..end]
}

/// Plain text as paragraphs: one per line, escaped.
pub fn html_from_text(text: &str) -> String {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| format!("<p>{}</p>\n", escape(l)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documents_dates_and_text_are_read() {
        assert_eq!(
            inner_body("<html><head><title>T</title></head><body><p>x</p></body></html>"),
            "<p>x</p>"
        );
        assert_eq!(inner_body("<p>y</p>"), "<p>y</p>");
        assert_eq!(html_from_text("a < b\n\nc"), "<p>a &lt; b</p>\n<p>c</p>\n");
        assert!(timestamp("2021-05-26T13:40:18+02:00").is_some());
        assert!(timestamp("Tue, 10 Jun 2003 04:00:00 GMT").is_some());
        assert!(timestamp("2008-12-12T12:00:00").is_some());
        assert!(timestamp("soon").is_none());
    }
}
