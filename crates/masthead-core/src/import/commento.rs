//! Commento (and Commento++) exports: one JSON document, gzipped as the
//! export download comes. Followed from Commento's source (the GitHub mirror
//! adtac/commento, api/domain_export.go, api/comment.go, api/commenter.go,
//! api/domain_import_commento.go) and Remark42's Commento test file
//! (umputun/remark42, backend/app/migrator/testdata/commento.json):
//!
//! `{"version":1,"comments":[…],"commenters":[…]}`, where a comment is
//! `commentHex`, `domain` (a host, no scheme), `url` (the page's path; the
//! Go field is `Path`, so `path` is read too), `commenterHex` ("anonymous"
//! for guests, who have no commenter record), `markdown`, `html` (empty in
//! exports), `parentHex` ("root" at the top), `score`, `state` ("approved",
//! "unapproved" or "flagged"), `creationDate` (RFC 3339) and, in
//! Commento++, `deleted`; a commenter is `commenterHex`, `email`, `name`,
//! `link` ("undefined" when none), `photo`, `provider`, `joinDate`,
//! `isModerator`.
//!
//! Pages are `https://DOMAIN/PATH` (Commento keeps no scheme) unless the
//! operator names the site's address. Unapproved comments are held, flagged
//! ones are spam, deleted ones go to the trash.
use super::foreign::{Foreign, Text};
use crate::comment::CommentStatus;
use serde::Deserialize;
use std::collections::HashMap;
use std::io::Read;

#[derive(Debug, thiserror::Error)]
pub enum CommentoError {
    #[error("not a Commento export: {0}")]
    Json(#[from] serde_json::Error),
    #[error("Commento export version {0} is not one this reads (1)")]
    Version(i64),
    #[error("comment {id}: creationDate “{date}” is not an RFC 3339 time")]
    Date { id: String, date: String },
    #[error("a comment has an empty commentHex")]
    NoId,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Export {
    version: i64,
    #[serde(default)]
    comments: Vec<Comment>,
    #[serde(default)]
    commenters: Vec<Commenter>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Comment {
    comment_hex: String,
    #[serde(default)]
    domain: String,
    #[serde(default, alias = "path")]
    url: String,
    #[serde(default)]
    commenter_hex: String,
    #[serde(default)]
    markdown: String,
    #[serde(default)]
    html: String,
    #[serde(default)]
    parent_hex: String,
    #[serde(default)]
    score: i64,
    #[serde(default)]
    state: String,
    creation_date: String,
    #[serde(default)]
    deleted: bool,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Commenter {
    commenter_hex: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    link: String,
}

/// What was read: the comments, with their domains (the `imported` source
/// is `commento:DOMAIN`), and those left out, by reason.
pub struct Parsed {
    pub comments: Vec<(String, Foreign)>,
    pub skipped: Vec<String>,
}

/// Reads an export. `site` replaces `https://DOMAIN` as the pages' origin.
pub fn read<R: Read>(input: R, site: Option<&url::Url>) -> Result<Parsed, CommentoError> {
    let export: Export = serde_json::from_reader(input)?;
    if export.version != 1 {
        return Err(CommentoError::Version(export.version));
    }
    let people: HashMap<String, Commenter> = export
        .commenters
        .into_iter()
        .map(|c| (c.commenter_hex.clone(), c))
        .collect();
    let mut out = Parsed {
        comments: Vec::new(),
        skipped: Vec::new(),
    };
    for c in export.comments {
        if c.comment_hex.is_empty() {
            return Err(CommentoError::NoId);
        }
        let created_at = chrono::DateTime::parse_from_rfc3339(&c.creation_date)
            .map(|d| d.to_utc())
            .map_err(|_| CommentoError::Date {
                id: c.comment_hex.clone(),
                date: c.creation_date.chars().take(40).collect(),
            })?;
        let status = match (c.deleted, c.state.as_str()) {
            (true, _) => CommentStatus::Trash,
            (false, "approved") => CommentStatus::Approved,
            (false, "unapproved") => CommentStatus::Pending,
            (false, "flagged") => CommentStatus::Spam,
            (false, other) => {
                out.skipped.push(format!(
                    "comment with an unknown state “{}”",
                    other.chars().take(40).collect::<String>()
                ));
                continue;
            }
        };
        let page = match site {
            Some(s) => s.join(&c.url).map(|u| u.to_string()).unwrap_or_default(),
            None if c.domain.is_empty() => String::new(),
            None => format!("https://{}{}", c.domain, prefixed(&c.url)),
        };
        if page.is_empty() {
            out.skipped
                .push("comment without a domain or usable page address".into());
            continue;
        }
        let who = people.get(&c.commenter_hex);
        // Commento renders Markdown itself; its exports leave `html` empty.
        let text = if c.markdown.trim().is_empty() && !c.html.trim().is_empty() {
            Text::Html(c.html)
        } else {
            Text::Markdown(c.markdown)
        };
        let foreign = Foreign {
            id: c.comment_hex,
            page,
            title: String::new(),
            parent: (!c.parent_hex.is_empty() && c.parent_hex != "root").then_some(c.parent_hex),
            author_name: who.map(|p| p.name.clone()).unwrap_or_default(),
            author_email: who.map(|p| p.email.clone()).unwrap_or_default(),
            author_url: who.map(|p| p.link.clone()),
            author_ip: None,
            text,
            status,
            created_at,
            edited_at: None,
            recommends: u32::try_from(c.score.max(0)).unwrap_or(u32::MAX),
        };
        out.comments.push((c.domain, foreign));
    }
    Ok(out)
}

fn prefixed(path: &str) -> String {
    if path.starts_with('/') {
        path.to_string()
    } else {
        format!("/{path}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_export_reads() {
        let file = r#"{"version":1,"comments":[
          {"commentHex":"a","domain":"b.example","url":"/p/1","commenterHex":"anonymous","markdown":"Hi *there*","html":"","parentHex":"root","score":1,"state":"approved","creationDate":"2021-03-12T11:21:56Z"},
          {"commentHex":"b","domain":"b.example","url":"/p/1","commenterHex":"c1","markdown":"Re","parentHex":"a","score":-1,"state":"unapproved","creationDate":"2021-03-17T12:09:47.722181Z"},
          {"commentHex":"c","domain":"b.example","url":"/p/1","commenterHex":"c1","markdown":"x","parentHex":"root","state":"weird","creationDate":"2021-03-17T12:09:47Z"}],
          "commenters":[{"commenterHex":"c1","email":"c@b.example","name":"Cee","link":"undefined"}]}"#;
        let r = read(file.as_bytes(), None).unwrap();
        assert_eq!(r.comments.len(), 2);
        assert_eq!(r.skipped.len(), 1);
        let (domain, a) = &r.comments[0];
        assert_eq!(domain, "b.example");
        assert_eq!(a.page, "https://b.example/p/1");
        assert_eq!((a.recommends, a.parent.as_deref()), (1, None));
        let b = &r.comments[1].1;
        assert_eq!(
            (b.status, b.parent.as_deref()),
            (CommentStatus::Pending, Some("a"))
        );
        assert_eq!(b.author_email, "c@b.example");
        let site = url::Url::parse("http://127.0.0.1:8080/").unwrap();
        let r = read(file.as_bytes(), Some(&site)).unwrap();
        assert_eq!(r.comments[0].1.page, "http://127.0.0.1:8080/p/1");

        assert!(matches!(
            read(&br#"{"version":2}"#[..], None),
            Err(CommentoError::Version(2))
        ));
        let e = read(
            &br#"{"version":1,"comments":[{"commentHex":"a"}]}"#[..],
            None,
        )
        .err()
        .unwrap()
        .to_string();
        assert!(e.contains("creationDate"), "{e}");
    }
}
