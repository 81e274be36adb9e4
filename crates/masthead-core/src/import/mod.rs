//! Bringing a site across: WordPress WXR and Disqus exports, and the data of
//! other comment servers (Isso, Remark42, Commento). Each import runs in one
//! storage transaction and remembers where every record came from, so
//! importing the same file again adds nothing.
pub mod commento;
pub mod disqus;
pub mod foreign;
pub mod isso;
pub mod remark42;
pub mod wxr;

use crate::Timestamp;
use crate::comment::CommentStatus;
use chrono::{Datelike, NaiveDateTime, TimeZone, Utc};
use std::collections::BTreeMap;
use std::fmt;

/// What an import did (or, in a dry run, would do).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportSummary {
    pub articles: u64,
    pub pages: u64,
    /// Threads made for pages outside masthead (the other comment servers'
    /// pages that match no article).
    pub threads: u64,
    /// Items or threads already imported from this source before.
    pub already_imported: u64,
    pub comments: BTreeMap<&'static str, u64>,
    pub pingbacks: u64,
    pub comments_already_imported: u64,
    pub authors: u64,
    pub terms: u64,
    pub attachments: u64,
    pub photos: u64,
    pub redirects: u64,
    /// Reason → how many records were left out for it.
    pub skipped: BTreeMap<String, u64>,
}

impl ImportSummary {
    pub fn comment(&mut self, status: CommentStatus) {
        *self.comments.entry(status.as_str()).or_default() += 1;
    }

    pub fn skip(&mut self, reason: impl Into<String>) {
        *self.skipped.entry(reason.into()).or_default() += 1;
    }

    pub fn total_comments(&self) -> u64 {
        self.comments.values().sum()
    }
}

impl fmt::Display for ImportSummary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "articles: {} new, pages: {} new, already imported: {}",
            self.articles, self.pages, self.already_imported
        )?;
        let by_status: Vec<String> = self
            .comments
            .iter()
            .map(|(s, n)| format!("{n} {s}"))
            .collect();
        writeln!(
            f,
            "comments: {} new ({}), of which {} pingbacks/trackbacks; already imported: {}",
            self.total_comments(),
            if by_status.is_empty() {
                "none".to_string()
            } else {
                by_status.join(", ")
            },
            self.pingbacks,
            self.comments_already_imported
        )?;
        writeln!(
            f,
            "authors: {}, categories and tags: {}, attachments: {} ({} used as article photos), old addresses redirected: {}",
            self.authors, self.terms, self.attachments, self.photos, self.redirects
        )?;
        if self.threads > 0 {
            writeln!(f, "threads for outside pages: {} new", self.threads)?;
        }
        if self.skipped.is_empty() {
            write!(f, "skipped: nothing")
        } else {
            write!(f, "skipped:")?;
            for (why, n) in &self.skipped {
                write!(f, "\n  {n} × {why}")?;
            }
            Ok(())
        }
    }
}

/// WordPress's `Y-m-d H:i:s`; the zero date and garbage are `None`.
pub fn parse_wp_date(s: &str, utc_offset_minutes: i32) -> Option<Timestamp> {
    let naive = NaiveDateTime::parse_from_str(s.trim(), "%Y-%m-%d %H:%M:%S").ok()?;
    if naive.and_utc().timestamp() <= 0 || naive.year() > 9999 {
        return None;
    }
    Utc.from_utc_datetime(&naive)
        .checked_sub_signed(chrono::Duration::minutes(i64::from(utc_offset_minutes)))
}

/// The path (and query) of a URL, for old-address redirects.
pub fn path_of(url: &str) -> Option<String> {
    let u = url::Url::parse(url).ok()?;
    let mut p = u.path().to_string();
    if let Some(q) = u.query() {
        p.push('?');
        p.push_str(q);
    }
    (p != "/").then_some(p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wordpress_dates_and_paths() {
        assert_eq!(parse_wp_date("0000-00-00 00:00:00", 0), None);
        assert_eq!(parse_wp_date("+262142-12-31 23:59:59", -840), None);
        assert_eq!(
            parse_wp_date("2017-11-14 12:30:00", 60).map(|t| t.to_rfc3339()),
            Some("2017-11-14T11:30:00+00:00".into())
        );
        assert_eq!(
            path_of("https://old.example.com/2017/11/14/hello/").as_deref(),
            Some("/2017/11/14/hello/")
        );
        assert_eq!(
            path_of("https://old.example.com/?p=7").as_deref(),
            Some("/?p=7")
        );
        assert_eq!(path_of("https://old.example.com/"), None);
    }
}
