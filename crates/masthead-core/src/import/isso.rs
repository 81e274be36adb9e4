//! Isso's SQLite database, as rows (the command line reads the file, read
//! only). Followed from Isso's source (isso/db/comments.py and threads.py,
//! release 0.13–0.14): `threads(id, uri, title)` and `comments(tid, id,
//! parent, created, modified, mode, remote_addr, text, author, email,
//! website, likes, dislikes, voters, notification)`, where `created` and
//! `modified` are Unix times as floats, `mode` is 1 for accepted, 2 for
//! held for moderation and 4 for deleted (kept as "deleted" because it has
//! replies), `text` is the Markdown the reader typed and `remote_addr` the
//! reader's address with its last part zeroed.
//!
//! A thread's `uri` is a path; with the site's address it becomes the page's
//! address. `likes` are the comment's recommends (dislikes are not kept).
use super::foreign::{Foreign, Text};
use crate::Timestamp;
use crate::comment::CommentStatus;
use chrono::{TimeZone, Utc};

/// A row of `threads`.
#[derive(Debug, Clone, PartialEq)]
pub struct Thread {
    pub id: i64,
    pub uri: String,
    pub title: Option<String>,
}

/// A row of `comments` (without `voters`, a Bloom filter of voters' IPs,
/// and `notification`).
#[derive(Debug, Clone, PartialEq)]
pub struct Comment {
    pub tid: i64,
    pub id: i64,
    pub parent: Option<i64>,
    pub created: f64,
    pub modified: Option<f64>,
    pub mode: i64,
    pub remote_addr: Option<String>,
    pub text: String,
    pub author: Option<String>,
    pub email: Option<String>,
    pub website: Option<String>,
    pub likes: i64,
}

/// The comments, and those left out by reason.
pub struct Parsed {
    pub comments: Vec<Foreign>,
    pub skipped: Vec<String>,
}

fn time(t: f64) -> Option<Timestamp> {
    if !t.is_finite() || t <= 0.0 {
        return None;
    }
    // Whole seconds, as masthead keeps them; the float's range is checked here.
    let secs = t.trunc();
    if secs > 253_402_300_799.0 {
        return None;
    }
    Utc.timestamp_opt(secs as i64, 0).single()
}

/// The page of a thread: its `uri` on `site`, or the bare path. Isso's
/// `uri` is the page's `location.pathname` (data-isso-id aside), a path from
/// the origin, so it replaces any path `site` has.
fn page(uri: &str, site: Option<&url::Url>) -> String {
    match site {
        Some(s) => s.join(uri).map(|u| u.to_string()).unwrap_or_default(),
        None => uri.to_string(),
    }
}

pub fn convert(threads: &[Thread], comments: Vec<Comment>, site: Option<&url::Url>) -> Parsed {
    let by_id: std::collections::HashMap<i64, &Thread> =
        threads.iter().map(|t| (t.id, t)).collect();
    let mut out = Parsed {
        comments: Vec::new(),
        skipped: Vec::new(),
    };
    for c in comments {
        let Some(thread) = by_id.get(&c.tid) else {
            out.skipped
                .push("comment whose thread is not in the database".into());
            continue;
        };
        let status = match c.mode {
            1 => CommentStatus::Approved,
            2 => CommentStatus::Pending,
            4 => CommentStatus::Trash,
            _ => {
                out.skipped
                    .push(format!("comment with an unknown mode {}", c.mode));
                continue;
            }
        };
        let Some(created_at) = time(c.created) else {
            out.skipped
                .push("comment with an unusable creation time".into());
            continue;
        };
        let page = page(&thread.uri, site);
        if page.is_empty() {
            out.skipped
                .push("comment on a thread whose uri makes no address".into());
            continue;
        }
        out.comments.push(Foreign {
            id: c.id.to_string(),
            page,
            title: thread.title.clone().unwrap_or_default(),
            parent: c.parent.map(|p| p.to_string()),
            author_name: c.author.unwrap_or_default(),
            author_email: c.email.unwrap_or_default(),
            author_url: c.website,
            author_ip: c.remote_addr,
            text: Text::Markdown(c.text),
            status,
            created_at,
            edited_at: c.modified.and_then(time),
            recommends: u32::try_from(c.likes.max(0)).unwrap_or(u32::MAX),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn comment(id: i64, mode: i64) -> Comment {
        Comment {
            tid: 1,
            id,
            parent: None,
            created: 1_500_000_000.5,
            modified: None,
            mode,
            remote_addr: Some("127.0.0.0".into()),
            text: "*hi*".into(),
            author: None,
            email: None,
            website: None,
            likes: 3,
        }
    }

    #[test]
    fn rows_become_comments() {
        let threads = [Thread {
            id: 1,
            uri: "/2017/11/some-story/".into(),
            title: Some("Some story".into()),
        }];
        let rows = vec![comment(1, 1), comment(2, 2), comment(3, 4), comment(4, 8)];
        let site = url::Url::parse("https://blog.example.org/blog/").unwrap();
        let p = convert(&threads, rows.clone(), Some(&site));
        assert_eq!(p.skipped, ["comment with an unknown mode 8"]);
        let statuses: Vec<_> = p.comments.iter().map(|c| c.status).collect();
        assert_eq!(
            statuses,
            [
                CommentStatus::Approved,
                CommentStatus::Pending,
                CommentStatus::Trash
            ]
        );
        assert_eq!(
            p.comments[0].page,
            "https://blog.example.org/2017/11/some-story/"
        );
        assert_eq!(p.comments[0].recommends, 3);
        assert_eq!(p.comments[0].created_at.timestamp(), 1_500_000_000);
        let bare = convert(&threads, rows, None);
        assert_eq!(bare.comments[0].page, "/2017/11/some-story/");
        assert_eq!(time(f64::NAN), None);
        assert_eq!(time(1e300), None);
    }
}
