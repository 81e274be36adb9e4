//! What the importers of other comment servers (Isso, Remark42, Commento)
//! share. Each format module reads its file into [`Foreign`] comments; this
//! module puts them on masthead's threads in the import transaction:
//!
//! * a page is matched to an article the way Disqus threads are (an old
//!   WordPress address kept by a WXR import, or the slug at the end of the
//!   path); a page with an absolute address that matches no article gets a
//!   thread for an outside page, keyed by its normalised address
//!   ([`PageUrl`]), the same thread the embed would make for it;
//! * every comment is remembered in `imported` under (source, its id), so a
//!   second import of the same file adds nothing;
//! * replies are linked after every comment is in, since parents may come
//!   after their replies; a reply whose parent is missing, on another page
//!   or in a loop of replies is kept top-level and counted as skipped.
use super::ImportSummary;
use crate::Timestamp;
use crate::article::thread::{PageUrl, thread_title};
use crate::comment::{CommentStatus, NewComment, limits};
use crate::html::{render_comment, render_markdown};
use crate::ids::{ArticleId, CommentId};
use crate::settings::SiteSettings;
use crate::store::{ImportTx, NewThread, StoreError};
use std::collections::{HashMap, HashSet};

/// A comment's text as the other server kept it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Text {
    /// Markdown source (Isso, Commento, Remark42's `orig`).
    Markdown(String),
    /// HTML (Remark42's rendered `text`).
    Html(String),
}

/// One comment read from another comment server's data.
#[derive(Debug, Clone, PartialEq)]
pub struct Foreign {
    /// Its id there: the key of `imported`.
    pub id: String,
    /// The page: an absolute http(s) address, or a path (Isso without `--site`).
    pub page: String,
    /// The page's title where the data has one.
    pub title: String,
    pub parent: Option<String>,
    pub author_name: String,
    pub author_email: String,
    pub author_url: Option<String>,
    pub author_ip: Option<String>,
    pub text: Text,
    pub status: CommentStatus,
    pub created_at: Timestamp,
    pub edited_at: Option<Timestamp>,
    pub recommends: u32,
}

#[derive(Debug, thiserror::Error)]
pub enum PlaceError {
    /// Pages named only by a path that no article has: without the site's
    /// address there is no outside page to make a thread for.
    #[error(
        "{} page(s) match no article and have no site address to make a thread for ({}{}); give --site URL, the address the pages were published under",
        pages.len(),
        pages.iter().take(5).map(String::as_str).collect::<Vec<_>>().join(", "),
        if pages.len() > 5 { ", …" } else { "" }
    )]
    Unmatched { pages: Vec<String> },
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// A comment's text without NUL characters (PostgreSQL stores none, and no
/// comment means one) nor other control characters but tab and newlines.
pub fn clean_text(s: &str) -> String {
    s.chars()
        .filter(|&c| !c.is_control() || matches!(c, '\n' | '\r' | '\t'))
        .collect()
}

/// A one-line field (a name), at most `max` UTF-8 bytes, cut at a character.
pub fn clean_line(s: &str, max: usize) -> String {
    let mut out = String::new();
    for c in s.trim().chars().filter(|c| !c.is_control()) {
        if out.len() + c.len_utf8() > max {
            break;
        }
        out.push(c);
    }
    out
}

/// A website address kept only when it is one (http or https) and fits.
pub fn clean_url(s: &str) -> Option<String> {
    let s = s.trim();
    let ok = s.len() <= limits::URL
        && url::Url::parse(s).is_ok_and(|u| matches!(u.scheme(), "http" | "https"));
    ok.then(|| s.to_string())
}

/// An email address kept when it fits the column; it is stored, never shown.
pub fn clean_email(s: &str) -> String {
    let s = clean_line(s, usize::MAX);
    if s.len() <= limits::EMAIL {
        s
    } else {
        String::new()
    }
}

/// An IP address kept only when it is one (Remark42 keeps HMACs of them).
pub fn clean_ip(s: &str) -> Option<String> {
    s.trim()
        .parse::<std::net::IpAddr>()
        .ok()
        .map(|ip| ip.to_string())
}

/// Where a page's comments go.
enum Place {
    Article(ArticleId),
    /// Left out, for this reason.
    Skip(String),
}

async fn place(
    tx: &mut dyn ImportTx,
    page: &str,
    title: &str,
    now: Timestamp,
    summary: &mut ImportSummary,
) -> Result<Option<Place>, StoreError> {
    let absolute = url::Url::parse(page).ok();
    let path = match &absolute {
        Some(u) => u.path().to_string(),
        None => page.to_string(),
    };
    if let Some(u) = &absolute {
        // An article first (as Disqus threads are matched), then the outside
        // page's thread: the one the embed or an earlier import made, or a new one.
        if let Ok(key) = PageUrl::parse(u.as_str()) {
            let (id, made) = match tx.article_for_path(&path).await? {
                Some(id) if !path.trim_matches('/').is_empty() => (id, false),
                _ => {
                    let thread = NewThread {
                        url: key.as_str().to_string(),
                        slug: key.thread_slug(),
                        title: thread_title(title, &key),
                        // The site's own export names its pages.
                        title_confirmed: true,
                        created_at: now,
                    };
                    tx.outside_thread(&thread).await?
                }
            };
            if made {
                summary.threads += 1;
            }
            return Ok(Some(Place::Article(id)));
        }
        return Ok(Some(Place::Skip(format!(
            "comment on a page whose address is not a usable http(s) URL ({})",
            page.chars().take(100).collect::<String>()
        ))));
    }
    if path.trim_matches('/').is_empty() {
        return Ok(None);
    }
    Ok(tx.article_for_path(&path).await?.map(Place::Article))
}

/// Stores `comments` from `source` (e.g. `remark42:mysite`); `now` dates
/// the threads it makes.
pub async fn store(
    comments: Vec<Foreign>,
    source: &dyn Fn(&Foreign) -> String,
    tx: &mut dyn ImportTx,
    settings: &SiteSettings,
    now: Timestamp,
    mut summary: ImportSummary,
) -> Result<ImportSummary, PlaceError> {
    // Pages first, so a page that matches nothing is refused before any
    // comment is written (the caller drops the transaction on error anyway).
    let mut places: HashMap<String, Place> = HashMap::new();
    let mut unmatched = Vec::new();
    for c in &comments {
        if places.contains_key(&c.page) || unmatched.contains(&c.page) {
            continue;
        }
        match place(tx, &c.page, &c.title, now, &mut summary).await? {
            Some(p) => {
                places.insert(c.page.clone(), p);
            }
            None => unmatched.push(c.page.clone()),
        }
    }
    if !unmatched.is_empty() {
        return Err(PlaceError::Unmatched { pages: unmatched });
    }
    let parents: HashMap<&str, &str> = comments
        .iter()
        .filter_map(|c| Some((c.id.as_str(), c.parent.as_deref()?)))
        .collect();
    let mut seen: HashSet<&str> = HashSet::new();
    let mut placed: HashMap<&str, (CommentId, ArticleId)> = HashMap::new();
    let mut replies: Vec<(CommentId, ArticleId, &Foreign)> = Vec::new();
    for c in &comments {
        if !seen.insert(&c.id) {
            summary.skip("comment whose id appeared before in the file");
            continue;
        }
        let article = match places.get(&c.page) {
            Some(Place::Article(a)) => *a,
            Some(Place::Skip(why)) => {
                summary.skip(why.clone());
                continue;
            }
            None => continue,
        };
        let source = source(c);
        if let Some(existing) = tx.imported(&source, "comment", &c.id).await? {
            summary.comments_already_imported += 1;
            placed.insert(&c.id, (CommentId(existing), article));
            continue;
        }
        let (text, markdown) = match &c.text {
            Text::Markdown(md) => (clean_text(md), true),
            Text::Html(html) => (clean_text(html), false),
        };
        if text.len() > limits::COMMENT {
            summary.skip(format!(
                "comment longer than {} bytes, the comment form's limit",
                limits::COMMENT
            ));
            continue;
        }
        // Markdown becomes HTML first; what is stored as the source is that
        // HTML, so re-rendering it with masthead's comment pipeline (which
        // takes HTML, not Markdown) gives the same comment.
        let html = if markdown {
            render_markdown(&text).into_string()
        } else {
            text
        };
        let name = match clean_line(&c.author_name, limits::AUTHOR) {
            n if n.is_empty() => "Anonymous".to_string(),
            n => n,
        };
        let comment = NewComment {
            article_id: article,
            parent_id: None,
            author_name: name,
            author_email: clean_email(&c.author_email),
            author_url: c.author_url.as_deref().and_then(clean_url),
            author_ip: c.author_ip.as_deref().and_then(clean_ip),
            user_agent: None,
            content_html: render_comment(&html, &settings.allowlist),
            content_source: html,
            status: c.status,
            moderation_reason: None,
            created_at: c.created_at,
            user_id: None,
            // Filled by the server, which holds the site's secret.
            avatar: None,
            subscribe: false,
            page_title: None,
            reader_id: None,
            filter_score: None,
            filter_decided: false,
        };
        let new_id = tx.insert_comment(&comment, "comment").await?;
        tx.record_import(&source, "comment", &c.id, new_id.0)
            .await?;
        if c.recommends > 0 || c.edited_at.is_some() {
            tx.set_comment_counts(new_id, c.recommends, c.edited_at)
                .await?;
        }
        summary.comment(comment.status);
        if c.parent.is_some() {
            replies.push((new_id, article, c));
        }
        placed.insert(&c.id, (new_id, article));
    }
    for (id, article, c) in replies {
        let Some(parent) = c.parent.as_deref() else {
            continue;
        };
        if in_loop(&parents, &c.id) {
            summary.skip("reply in a loop of replies (kept top-level)");
            continue;
        }
        match placed.get(parent) {
            Some((p, on)) if *p != id && *on == article => tx.set_comment_parent(id, *p).await?,
            Some(_) => summary.skip("reply whose parent is on another page (kept top-level)"),
            None => summary.skip("reply whose parent is not in the file (kept top-level)"),
        }
    }
    Ok(summary)
}

/// Whether following parents from `id` comes back to it.
fn in_loop(parents: &HashMap<&str, &str>, id: &str) -> bool {
    let mut at = id;
    for _ in 0..=parents.len() {
        match parents.get(at) {
            Some(&p) if p == id => return true,
            Some(&p) => at = p,
            None => return false,
        }
    }
    // A loop above this comment: those in it stay top-level, so linking
    // this one under them is safe.
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_cleaned() {
        assert_eq!(clean_text("a\0b\nc\u{7}"), "ab\nc");
        assert_eq!(clean_line("  Ann\0e ", 100), "Anne");
        assert_eq!(clean_line("ééé", 5), "éé");
        assert_eq!(clean_url("javascript:alert(1)"), None);
        assert_eq!(clean_url("undefined"), None);
        assert_eq!(
            clean_url(" https://ann.example/ ").as_deref(),
            Some("https://ann.example/")
        );
        assert_eq!(clean_ip("127.0.0.0").as_deref(), Some("127.0.0.0"));
        assert_eq!(clean_ip("2bd8c1e2a3f4b5c6d7e8f9a0b1c2d3e4f5a6b7c8"), None);
        assert_eq!(clean_email(&"x".repeat(200)), "");
    }

    #[test]
    fn loops_of_replies_are_found() {
        let p: HashMap<&str, &str> = [("a", "b"), ("b", "a"), ("c", "a"), ("d", "e")]
            .into_iter()
            .collect();
        assert!(in_loop(&p, "a"));
        assert!(in_loop(&p, "b"));
        assert!(!in_loop(&p, "c"));
        assert!(!in_loop(&p, "d"));
        assert!(!in_loop(&p, "e"));
    }
}
