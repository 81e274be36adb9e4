//! Remark42 backups (`remark42 backup`, the admin's export, the daily
//! `backup-*.gz`): JSON lines. Followed from Remark42's source
//! (github.com/umputun/remark42, backend/app/migrator/native.go and
//! backend/app/store/comment.go, user.go):
//!
//! * line 1 is the meta record `{"version":1,"users":[…],"posts":[…]}`
//!   (version 0 is read too, as Remark42 itself does);
//! * every further line is one `store.Comment`: `id`, `pid` (the parent's id,
//!   "" at the top), `text` (HTML Remark42 rendered and sanitised), `orig`
//!   (the Markdown the author typed, when kept), `user` {`name`, `id`,
//!   `picture`, `ip` (an HMAC of the address in current versions), `admin`,
//!   `block`, `verified`}, `locator` {`site`, `url`}, `score`, `votes`
//!   (voter → up), `time` (RFC 3339), `edit` {`time`, `summary`}, `pin`,
//!   `delete` and `title` (the page's).
//!
//! Deleted comments (`delete`) go to the trash; a positive `score` becomes
//! the recommend count. Remark42 has no held comments and no emails.
use super::foreign::{Foreign, Text};
use crate::Timestamp;
use crate::comment::CommentStatus;
use crate::html::to_text;
use serde::Deserialize;
use std::io::BufRead;

#[derive(Debug, thiserror::Error)]
pub enum Remark42Error {
    #[error("line {line}: {message}")]
    Line { line: u64, message: String },
    #[error("the file is empty: a Remark42 backup starts with a version line")]
    Empty,
    #[error("line 1: not a Remark42 backup (its first line is not {{\"version\":…}}): {0}")]
    NotRemark42(String),
    #[error("line 1: Remark42 backup version {0} is not one this reads (0 or 1)")]
    Version(i64),
    #[error("could not read the file: {0}")]
    Io(#[from] std::io::Error),
}

#[derive(Deserialize)]
struct Meta {
    version: i64,
}

#[derive(Deserialize)]
struct Comment {
    id: String,
    #[serde(default)]
    pid: String,
    #[serde(default)]
    text: String,
    #[serde(default)]
    orig: String,
    #[serde(default)]
    user: User,
    locator: Locator,
    #[serde(default)]
    score: i64,
    time: String,
    #[serde(default)]
    edit: Option<Edit>,
    #[serde(default)]
    delete: bool,
    #[serde(default)]
    title: String,
}

#[derive(Deserialize, Default)]
struct User {
    #[serde(default)]
    name: String,
    #[serde(default)]
    ip: String,
}

#[derive(Deserialize)]
struct Locator {
    #[serde(default)]
    site: String,
    url: String,
}

#[derive(Deserialize)]
struct Edit {
    time: String,
}

/// A Remark42 comment and the site it belongs to (the `imported` source is
/// `remark42:SITE`).
pub struct Entry {
    pub site: String,
    pub comment: Foreign,
}

/// Reads every comment of a backup; any line that is not a comment is an
/// error naming the line.
pub fn read<R: BufRead>(mut input: R) -> Result<Vec<Entry>, Remark42Error> {
    let mut out = Vec::new();
    let mut buf = Vec::new();
    let mut line = 0u64;
    let mut saw_meta = false;
    loop {
        buf.clear();
        if input.read_until(b'\n', &mut buf)? == 0 {
            break;
        }
        line += 1;
        let text = std::str::from_utf8(&buf).map_err(|e| Remark42Error::Line {
            line,
            message: format!("not UTF-8 text ({e})"),
        })?;
        // serde's own "line 1 column N" then speaks of this line alone.
        let text = text.trim();
        if text.is_empty() {
            continue;
        }
        if !saw_meta {
            let meta: Meta = serde_json::from_str(text)
                .map_err(|e| Remark42Error::NotRemark42(e.to_string()))?;
            if !matches!(meta.version, 0 | 1) {
                return Err(Remark42Error::Version(meta.version));
            }
            saw_meta = true;
            continue;
        }
        let c: Comment = serde_json::from_str(text).map_err(|e| Remark42Error::Line {
            line,
            message: format!("not a Remark42 comment: {e}"),
        })?;
        out.push(convert(c, line)?);
    }
    if !saw_meta {
        return Err(Remark42Error::Empty);
    }
    Ok(out)
}

fn time(s: &str, line: u64, what: &str) -> Result<Timestamp, Remark42Error> {
    chrono::DateTime::parse_from_rfc3339(s)
        .map(|d| d.to_utc())
        .map_err(|e| Remark42Error::Line {
            line,
            message: format!(
                "{what} “{}” is not an RFC 3339 time: {e}",
                s.chars().take(40).collect::<String>()
            ),
        })
}

fn convert(c: Comment, line: u64) -> Result<Entry, Remark42Error> {
    if c.id.is_empty() {
        return Err(Remark42Error::Line {
            line,
            message: "the comment has an empty id".into(),
        });
    }
    // Remark42 names pages by their full address; a path alone could only
    // be matched by guesswork.
    if !url::Url::parse(&c.locator.url).is_ok_and(|u| u.has_host()) {
        return Err(Remark42Error::Line {
            line,
            message: format!(
                "locator.url “{}” is not a page's full address",
                c.locator.url.chars().take(100).collect::<String>()
            ),
        });
    }
    let created_at = time(&c.time, line, "time")?;
    // Go's zero time is what an edit without a time carries.
    let edited_at = match &c.edit {
        Some(e) if !e.time.is_empty() && !e.time.starts_with("0001-") => {
            Some(time(&e.time, line, "edit.time")?)
        }
        _ => None,
    };
    // The Markdown the author typed, where Remark42 kept it, else its HTML.
    let text = if c.orig.trim().is_empty() {
        Text::Html(c.text)
    } else {
        Text::Markdown(c.orig)
    };
    Ok(Entry {
        site: c.locator.site,
        comment: Foreign {
            id: c.id,
            page: c.locator.url,
            title: c.title,
            parent: (!c.pid.is_empty()).then_some(c.pid),
            // Remark42 keeps names HTML-escaped (its Sanitize).
            author_name: to_text(&c.user.name),
            author_email: String::new(),
            author_url: None,
            author_ip: Some(c.user.ip),
            text,
            status: if c.delete {
                CommentStatus::Trash
            } else {
                CommentStatus::Approved
            },
            created_at,
            edited_at,
            recommends: u32::try_from(c.score.max(0)).unwrap_or(u32::MAX),
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_backup_reads_and_bad_lines_are_named() {
        let file = concat!(
            "{\"version\":1,\"users\":[],\"posts\":[]}\n",
            "{\"id\":\"a\",\"pid\":\"\",\"text\":\"<p>hi</p>\",\"user\":{\"name\":\"O&#39;Brien\",\"id\":\"github_1\",\"ip\":\"f0e1\"},",
            "\"locator\":{\"site\":\"s\",\"url\":\"https://b.example/p/\"},\"score\":2,\"time\":\"2019-06-01T10:00:00Z\",",
            "\"edit\":{\"time\":\"2019-06-01T11:00:00Z\",\"summary\":\"\"},\"title\":\"P\"}\n",
            "{\"id\":\"b\",\"pid\":\"a\",\"text\":\"\",\"user\":{\"name\":\"x\"},\"locator\":{\"url\":\"https://b.example/p/\"},",
            "\"score\":-3,\"time\":\"2019-06-02T10:00:00+02:00\",\"delete\":true}\n",
        );
        let read = read(file.as_bytes()).unwrap();
        assert_eq!(read.len(), 2);
        let a = &read[0].comment;
        assert_eq!((a.author_name.as_str(), a.recommends), ("O'Brien", 2));
        assert!(a.edited_at.is_some());
        assert_eq!(read[0].site, "s");
        let b = &read[1].comment;
        assert_eq!((b.status, b.recommends), (CommentStatus::Trash, 0));
        assert_eq!(b.parent.as_deref(), Some("a"));

        let bad = format!("{file}{{\"id\":\"c\",\n");
        let e = super::read(bad.as_bytes()).err().unwrap().to_string();
        assert!(e.starts_with("line 4: not a Remark42 comment"), "{e}");
        let missing = format!("{file}{{\"id\":\"c\",\"time\":\"2019-06-02T10:00:00Z\"}}\n");
        let e = super::read(missing.as_bytes()).err().unwrap().to_string();
        assert!(e.contains("line 4") && e.contains("locator"), "{e}");
        let e = super::read(&b"{\"comments\":[]}\n"[..]).err().unwrap();
        assert!(matches!(e, Remark42Error::NotRemark42(_)), "{e}");
        assert!(matches!(super::read(&b""[..]), Err(Remark42Error::Empty)));
    }
}
