//! The words of every notification: plain text mail (nothing in it is
//! interpreted, so a commenter's text cannot become markup) and the
//! webhook's JSON. Subjects are one line: a name with CR or LF in it
//! cannot add a header.
use hmac::{Hmac, Mac};
use sha2::Sha256;

/// A message's subject and text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Composed {
    pub subject: String,
    pub body: String,
}

/// A held comment as moderators are told of it.
#[derive(Debug, Clone)]
pub struct Held<'a> {
    pub site_title: &'a str,
    pub comment_id: i64,
    pub article_title: &'a str,
    pub article_url: &'a str,
    pub author_name: &'a str,
    /// The comment's sanitized HTML (shown as text).
    pub content_html: &'a str,
    pub reason: &'a str,
    /// The confirmation pages of the one-click links.
    pub approve_url: &'a str,
    pub spam_url: &'a str,
    pub trash_url: &'a str,
    pub admin_url: &'a str,
}

/// Text for a header or a line of its own: control characters (CR and LF
/// among them) become spaces, and it stops at 150 characters.
pub fn one_line(s: &str) -> String {
    let flat: String = s
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let flat = flat.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() > 150 {
        let cut: String = flat.chars().take(149).collect();
        format!("{cut}…")
    } else {
        flat
    }
}

/// Sanitized comment HTML as plain text: tags dropped, the few entities
/// the sanitizer writes decoded, paragraphs kept apart.
fn text_of(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    let mut tag = String::new();
    for c in html.chars() {
        match (in_tag, c) {
            (false, '<') => {
                in_tag = true;
                tag.clear();
            }
            (true, '>') => {
                in_tag = false;
                let name = tag.trim_start_matches('/').split_whitespace().next();
                if matches!(name, Some("p" | "br" | "br/" | "blockquote" | "li" | "pre")) {
                    out.push('\n');
                }
            }
            (true, c) => tag.push(c),
            (false, c) => out.push(c),
        }
    }
    let out = out
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&");
    let lines: Vec<&str> = out.lines().map(str::trim_end).collect();
    let mut text = lines.join("\n");
    while text.contains("\n\n\n") {
        text = text.replace("\n\n\n", "\n\n");
    }
    text.trim().to_string()
}

/// Quoted, as mail quotes: every line starts with "> ".
fn quoted(html: &str) -> String {
    text_of(html)
        .lines()
        .map(|l| format!("> {l}"))
        .collect::<Vec<_>>()
        .join("\n")
}

fn held_summary(h: &Held<'_>) -> String {
    format!(
        "Comment {id} on “{article}” by {author} is waiting for moderation.\n\
         Why it was held: {reason}\n\n{text}\n\n\
         Approve: {approve}\nSpam: {spam}\nTrash: {trash}\n\
         Each link asks you to confirm; it works for 7 days.\n\
         Article: {article_url}\nModeration queue: {admin}\n",
        id = h.comment_id,
        article = one_line(h.article_title),
        author = one_line(h.author_name),
        reason = one_line(h.reason),
        text = quoted(h.content_html),
        approve = h.approve_url,
        spam = h.spam_url,
        trash = h.trash_url,
        article_url = h.article_url,
        admin = h.admin_url,
    )
}

/// One held comment, to each moderator.
pub fn moderator_mail(h: &Held<'_>) -> Composed {
    Composed {
        subject: one_line(&format!(
            "[{}] Held for moderation: “{}” by {}",
            h.site_title, h.article_title, h.author_name
        )),
        body: held_summary(h),
    }
}

/// The text one held comment adds to a digest.
pub fn digest_item(h: &Held<'_>) -> String {
    held_summary(h)
}

/// An hour's held comments in one message.
pub fn digest(site_title: &str, items: &[String]) -> Composed {
    Composed {
        subject: one_line(&format!(
            "[{site_title}] {} comment{} held for moderation",
            items.len(),
            if items.len() == 1 { "" } else { "s" }
        )),
        body: items.join("\n----------------------------------------\n\n"),
    }
}

/// The double opt-in request to an address that asked for follow-ups.
pub fn confirmation(
    site_title: &str,
    article_title: &str,
    confirm_url: &str,
    unsubscribe_url: &str,
) -> Composed {
    Composed {
        subject: one_line(&format!("[{site_title}] Please confirm your email address")),
        body: format!(
            "Someone (we hope you) asked to be told by email of new comments on \
             “{article}” at {site}.\n\n\
             To confirm, open this link and press the button:\n{confirm}\n\n\
             If it was not you, ignore this message: nothing more will be sent \
             unless the link is followed.\n\nNever mail me again: {unsubscribe}\n",
            article = one_line(article_title),
            site = one_line(site_title),
            confirm = confirm_url,
            unsubscribe = unsubscribe_url,
        ),
    }
}

/// A new comment on an article a confirmed address follows. Names the
/// replier and shows their sanitized text; never their email.
pub fn reply_notice(
    site_title: &str,
    article_title: &str,
    comment_url: &str,
    replier: &str,
    content_html: &str,
    unsubscribe_url: &str,
) -> Composed {
    Composed {
        subject: one_line(&format!(
            "[{site_title}] New comment on “{article_title}” by {replier}"
        )),
        body: format!(
            "{replier} wrote on “{article}”:\n\n{text}\n\nRead it and reply: {url}\n\n\
             Stop these messages for this article: {unsubscribe}\n",
            replier = one_line(replier),
            article = one_line(article_title),
            text = quoted(content_html),
            url = comment_url,
            unsubscribe = unsubscribe_url,
        ),
    }
}

/// Tells a commenter their held comment is now published.
pub fn approval_notice(
    site_title: &str,
    article_title: &str,
    comment_url: &str,
    unsubscribe_url: &str,
) -> Composed {
    Composed {
        subject: one_line(&format!(
            "[{site_title}] Your comment on “{article_title}” is published"
        )),
        body: format!(
            "Your comment on “{article}” was approved and is now published:\n{url}\n\n\
             Never mail me again: {unsubscribe}\n",
            article = one_line(article_title),
            url = comment_url,
            unsubscribe = unsubscribe_url,
        ),
    }
}

/// The webhook's JSON for one held comment: a Slack-compatible `text` and
/// the same facts as fields. No email address, ever.
pub fn webhook_body(h: &Held<'_>) -> String {
    let text = format!(
        "Comment {} on “{}” by {} is held for moderation ({}). Approve: {}",
        h.comment_id,
        one_line(h.article_title),
        one_line(h.author_name),
        one_line(h.reason),
        h.approve_url
    );
    serde_json::json!({
        "event": "comment.held",
        "text": text,
        "comment_id": h.comment_id,
        "article": { "title": h.article_title, "url": h.article_url },
        "author_name": h.author_name,
        "content_text": text_of(h.content_html),
        "reason": h.reason,
        "links": {
            "approve": h.approve_url,
            "spam": h.spam_url,
            "trash": h.trash_url,
            "admin": h.admin_url,
        },
    })
    .to_string()
}

/// `sha256=HEX`: HMAC-SHA256 of the raw body under `key`, as the
/// `X-Masthead-Signature` header carries it.
pub fn webhook_signature(key: &[u8], body: &[u8]) -> String {
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(key) else {
        return String::new();
    };
    mac.update(body);
    let hex: String = mac
        .finalize()
        .into_bytes()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    format!("sha256={hex}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subjects_are_one_line_whatever_the_name() {
        let c = reply_notice(
            "Site",
            "Story",
            "https://x/c",
            "Eve\r\nBcc: victim@example.org",
            "<p>a &amp; b</p><p>&lt;script&gt;</p>",
            "https://x/u",
        );
        assert!(!c.subject.contains(['\r', '\n']), "{}", c.subject);
        assert!(c.body.contains("> a & b\n> \n> <script>"), "{}", c.body);
    }
}
