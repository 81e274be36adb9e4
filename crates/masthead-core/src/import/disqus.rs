//! Disqus XML exports → comments on existing articles. Threads name the page
//! they belonged to by URL; each is matched to an article by an old address
//! (a WXR import's redirects), its slug, or a URL prefix mapping given by the
//! operator. Posts keep their authors, dates, IPs, threading, and their
//! deleted (→ trash) and spam flags.
use super::ImportSummary;
use crate::comment::{CommentStatus, NewComment};
use crate::html::render_comment;
use crate::ids::{ArticleId, CommentId};
use crate::settings::SiteSettings;
use crate::store::{ImportTx, StoreError};
use crate::xml::{Node, Top, XmlError, XmlStream};
use std::collections::{BTreeMap, HashMap};
use std::io::BufRead;

const DISQUS: &[&str] = &["http://disqus.com"];
const INTERNALS: &str = "http://disqus.com/disqus-internals";

#[derive(Debug, thiserror::Error)]
pub enum DisqusError {
    #[error(transparent)]
    Xml(#[from] XmlError),
    #[error("This does not appear to be a Disqus export (no <disqus> element)")]
    NotDisqus { offset: u64 },
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl DisqusError {
    pub fn offset(&self) -> Option<u64> {
        match self {
            Self::Xml(e) => Some(e.offset),
            Self::NotDisqus { offset } => Some(*offset),
            Self::Store(_) => None,
        }
    }
}

/// Rewrites a thread URL before matching: (from, to) prefix pairs.
pub type PrefixMap = Vec<(String, String)>;

struct Thread {
    link: String,
    article: Option<ArticleId>,
}

pub async fn import<R: BufRead>(
    input: R,
    tx: &mut dyn ImportTx,
    settings: &SiteSettings,
    prefixes: &PrefixMap,
    now: crate::Timestamp,
) -> Result<(ImportSummary, BTreeMap<String, u64>), DisqusError> {
    let mut xml = XmlStream::new(input);
    let mut summary = ImportSummary::default();
    let mut threads: HashMap<String, Thread> = HashMap::new();
    let mut unmatched: BTreeMap<String, u64> = BTreeMap::new();
    let mut replies: Vec<(CommentId, ArticleId, String)> = Vec::new();
    // Where each post of this file went: parents must be on the same article.
    let mut placed: HashMap<String, (CommentId, ArticleId)> = HashMap::new();
    let mut source = String::new();
    let mut in_root = false;
    loop {
        let node = match xml.next_top()? {
            Top::Eof => break,
            Top::End => {
                in_root = false;
                continue;
            }
            Top::Start(n) => n,
        };
        let is = |name: &str| {
            node.name.trim_start_matches('/') == name && DISQUS.contains(&node.ns.as_str())
        };
        if !in_root {
            if is("disqus") && !node.name.starts_with('/') {
                in_root = true;
            } else {
                xml.skip(node)?;
            }
            continue;
        }
        if is("thread") {
            let n = xml.read_node(node)?;
            let Some(id) = n.attr(INTERNALS, "id").map(str::to_string) else {
                continue;
            };
            if source.is_empty() {
                source = format!("disqus:{}", text(&n, "forum"));
            }
            let link = text(&n, "link");
            let article = match_article(tx, &link, &text(&n, "id"), prefixes).await?;
            threads.insert(id, Thread { link, article });
        } else if is("post") {
            let n = xml.read_node(node)?;
            if source.is_empty() {
                source = "disqus:".into();
            }
            let Some(id) = n.attr(INTERNALS, "id").map(str::to_string) else {
                summary.skip("post without a dsq:id");
                continue;
            };
            let thread_id = n
                .child(DISQUS, "thread")
                .and_then(|t| t.attr(INTERNALS, "id"))
                .unwrap_or_default();
            let Some(thread) = threads.get(thread_id) else {
                summary.skip("post whose thread is not in the file");
                continue;
            };
            let Some(article) = thread.article else {
                *unmatched.entry(thread.link.clone()).or_default() += 1;
                continue;
            };
            if let Some(existing) = tx.imported(&source, "comment", &id).await? {
                summary.comments_already_imported += 1;
                placed.insert(id, (CommentId(existing), article));
                continue;
            }
            let comment = post(&n, article, settings, now);
            let new_id = tx.insert_comment(&comment, "comment").await?;
            tx.record_import(&source, "comment", &id, new_id.0).await?;
            summary.comment(comment.status);
            if let Some(parent) = n
                .child(DISQUS, "parent")
                .and_then(|p| p.attr(INTERNALS, "id"))
            {
                replies.push((new_id, article, parent.to_string()));
            }
            placed.insert(id, (new_id, article));
        } else {
            xml.skip(node)?;
        }
    }
    if source.is_empty() && threads.is_empty() {
        return Err(DisqusError::NotDisqus {
            offset: xml.position(),
        });
    }
    // Parents may come after their replies in the file: link them at the end.
    for (id, article, parent) in replies {
        match placed.get(&parent) {
            Some((p, on)) if *p != id && *on == article => tx.set_comment_parent(id, *p).await?,
            _ => summary.skip("reply whose parent is not in the file (kept top-level)"),
        }
    }
    Ok((summary, unmatched))
}

fn text(n: &Node, name: &str) -> String {
    n.text_of(DISQUS, name)
}

/// The thread's article: by an old address, by the last path segment as a
/// slug, after rewriting the URL with the operator's prefixes.
async fn match_article(
    tx: &mut dyn ImportTx,
    link: &str,
    identifier: &str,
    prefixes: &PrefixMap,
) -> Result<Option<ArticleId>, StoreError> {
    let mut candidates = Vec::new();
    for url in [link, identifier] {
        if url.is_empty() {
            continue;
        }
        for (from, to) in prefixes {
            if let Some(rest) = url.strip_prefix(from.as_str()) {
                candidates.push(format!("{to}{rest}"));
            }
        }
        candidates.push(url.to_string());
    }
    for c in candidates {
        let path = match url::Url::parse(&c) {
            Ok(u) => {
                let mut p = u.path().to_string();
                if let Some(q) = u.query() {
                    p.push('?');
                    p.push_str(q);
                }
                p
            }
            Err(_) => c.clone(),
        };
        if path.trim_matches('/').is_empty() {
            continue;
        }
        if let Some(id) = tx.article_for_path(&path).await? {
            return Ok(Some(id));
        }
    }
    Ok(None)
}

fn post(
    n: &Node,
    article: ArticleId,
    settings: &SiteSettings,
    now: crate::Timestamp,
) -> NewComment {
    let flag = |name: &str| text(n, name) == "true";
    let status = if flag("isSpam") {
        CommentStatus::Spam
    } else if flag("isDeleted") {
        CommentStatus::Trash
    } else {
        CommentStatus::Approved
    };
    let author = n.child(DISQUS, "author");
    let field = |name: &str| author.map(|a| a.text_of(DISQUS, name)).unwrap_or_default();
    let name = match field("name") {
        n if n.is_empty() => "Anonymous".to_string(),
        n => n,
    };
    let message = n.raw_text_of(DISQUS, "message").trim().to_string();
    let created_at = chrono::DateTime::parse_from_rfc3339(&text(n, "createdAt"))
        .map(|d| d.to_utc())
        .unwrap_or(now);
    let ip = text(n, "ipAddress");
    NewComment {
        article_id: article,
        parent_id: None,
        author_name: name,
        author_email: field("email"),
        author_url: None,
        author_ip: (!ip.is_empty()).then_some(ip),
        user_agent: None,
        content_html: render_comment(&message, &settings.allowlist),
        content_source: message,
        status,
        moderation_reason: None,
        created_at,
        user_id: None,
        avatar: None,
        subscribe: false,
        page_title: None,
        reader_id: None,
        filter_score: None,
        filter_decided: false,
    }
}
