//! The words of every notification: plain text mail (nothing in it is
//! interpreted, so a commenter's text cannot become markup) and the
//! webhook's JSON. Subjects are one line: a name with CR or LF in it
//! cannot add a header.
//!
//! Every word comes from the `mail-` messages of the catalogue, in the
//! site's language at the time the message is composed (a queued message
//! keeps the words it was written in; a digest's subject takes the language
//! of the hour it is folded). Dates are the site's offset and language.
use crate::Timestamp;
use crate::comment::{Audience, Reasons};
use crate::html::to_text;
use crate::i18n::{Arg, Tr};
use chrono::{FixedOffset, Offset, Utc};
use hmac::{Hmac, Mac};
use sha2::Sha256;

/// A message's subject and text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Composed {
    pub subject: String,
    pub body: String,
}

/// The language and the clock a message is written with: the site's.
#[derive(Debug, Clone, Copy)]
pub struct MailWords {
    pub tr: Tr,
    pub offset: FixedOffset,
}

impl Default for MailWords {
    fn default() -> Self {
        Self {
            tr: Tr::default(),
            offset: Utc.fix(),
        }
    }
}

/// `MailWords::of(&SiteSettings)` is in `service::notify`: settings are
/// above this module, which they configure.
impl MailWords {
    /// "14 novembre 2017 à 13:12", in the site's offset.
    pub fn date(self, t: Timestamp) -> String {
        self.tr.date_time(&t.with_timezone(&self.offset))
    }

    fn line(self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        self.tr.args(id, args)
    }
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
    /// When it was written.
    pub written_at: Timestamp,
    /// Why it was held, `None` for none given.
    pub reason: Option<&'a Reasons>,
    /// The confirmation pages of the one-click links.
    pub approve_url: &'a str,
    pub spam_url: &'a str,
    pub trash_url: &'a str,
    pub admin_url: &'a str,
}

/// Why a comment was held, in the mail's language ("held for review"
/// when no reason was stored).
pub fn reason_words(reasons: Option<&Reasons>, tr: Tr) -> String {
    match reasons {
        Some(r) => r.tell(tr, Audience::Mail),
        None => tr.t("mail-reason-default"),
    }
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

/// Quoted, as mail quotes: every line starts with "> ".
fn quoted(html: &str) -> String {
    to_text(html)
        .lines()
        .map(|l| format!("> {l}"))
        .collect::<Vec<_>>()
        .join("\n")
}

fn held_summary(w: MailWords, h: &Held<'_>) -> String {
    let id = h.comment_id.to_string();
    let article = one_line(h.article_title);
    let author = one_line(h.author_name);
    let url = |id: &str, url: &str| w.line(id, &[("url", url.into())]);
    let lines = [
        w.line(
            "mail-held-intro",
            &[
                ("id", id.as_str().into()),
                ("article", article.as_str().into()),
                ("author", author.as_str().into()),
            ],
        ),
        w.line(
            "mail-held-written",
            &[("date", w.date(h.written_at).into())],
        ),
        w.line(
            "mail-held-reason",
            &[("reason", one_line(&reason_words(h.reason, w.tr)).into())],
        ),
        String::new(),
        quoted(h.content_html),
        String::new(),
        url("mail-held-approve", h.approve_url),
        url("mail-held-spam", h.spam_url),
        url("mail-held-trash", h.trash_url),
        w.tr.n("mail-held-links-note", super::links::ACTION_DAYS),
        url("mail-held-article", h.article_url),
        url("mail-held-queue", h.admin_url),
    ];
    let mut body = lines.join("\n");
    body.push('\n');
    body
}

/// One held comment, to each moderator.
pub fn moderator_mail(w: MailWords, h: &Held<'_>) -> Composed {
    Composed {
        subject: one_line(&w.line(
            "mail-held-subject",
            &[
                ("site", h.site_title.into()),
                ("article", h.article_title.into()),
                ("author", h.author_name.into()),
            ],
        )),
        body: held_summary(w, h),
    }
}

/// The text one held comment adds to a digest.
pub fn digest_item(w: MailWords, h: &Held<'_>) -> String {
    held_summary(w, h)
}

/// An hour's held comments in one message.
pub fn digest(w: MailWords, site_title: &str, items: &[String]) -> Composed {
    Composed {
        subject: one_line(&w.line(
            "mail-digest-subject",
            &[("site", site_title.into()), ("count", items.len().into())],
        )),
        body: items.join("\n----------------------------------------\n\n"),
    }
}

/// The double opt-in request to an address that asked for follow-ups. It
/// goes to whatever address the form was given, so it names no article:
/// only the site, and words that are masthead's own.
pub fn confirmation(
    w: MailWords,
    site_title: &str,
    confirm_url: &str,
    unsubscribe_url: &str,
) -> Composed {
    let site = one_line(site_title);
    Composed {
        subject: one_line(&w.line("mail-confirm-subject", &[("site", site_title.into())])),
        body: format!(
            "{intro}\n\n{action}\n{confirm_url}\n\n{ignore}\n\n{never}\n",
            intro = w.line("mail-confirm-intro", &[("site", site.into())]),
            action = w.tr.t("mail-confirm-action"),
            ignore = w.tr.t("mail-confirm-ignore"),
            never = w.line("mail-never-again", &[("url", unsubscribe_url.into())]),
        ),
    }
}

/// A new comment on an article a confirmed address follows. Names the
/// replier and shows their sanitized text; never their email.
pub struct Reply<'a> {
    pub site_title: &'a str,
    pub article_title: &'a str,
    pub comment_url: &'a str,
    pub replier: &'a str,
    pub content_html: &'a str,
    pub written_at: Timestamp,
    pub unsubscribe_url: &'a str,
}

pub fn reply_notice(w: MailWords, r: &Reply<'_>) -> Composed {
    Composed {
        subject: one_line(&w.line(
            "mail-reply-subject",
            &[
                ("site", r.site_title.into()),
                ("article", r.article_title.into()),
                ("author", r.replier.into()),
            ],
        )),
        body: format!(
            "{intro}\n\n{text}\n\n{read}\n\n{stop}\n",
            intro = w.line(
                "mail-reply-intro",
                &[
                    ("author", one_line(r.replier).into()),
                    ("article", one_line(r.article_title).into()),
                    ("date", w.date(r.written_at).into()),
                ],
            ),
            text = quoted(r.content_html),
            read = w.line("mail-reply-read", &[("url", r.comment_url.into())]),
            stop = w.line("mail-reply-stop", &[("url", r.unsubscribe_url.into())]),
        ),
    }
}

/// Tells a commenter their held comment is now published.
pub fn approval_notice(
    w: MailWords,
    site_title: &str,
    article_title: &str,
    comment_url: &str,
    unsubscribe_url: &str,
) -> Composed {
    Composed {
        subject: one_line(&w.line(
            "mail-approved-subject",
            &[
                ("site", site_title.into()),
                ("article", article_title.into()),
            ],
        )),
        body: format!(
            "{intro}\n{comment_url}\n\n{never}\n",
            intro = w.line(
                "mail-approved-intro",
                &[("article", one_line(article_title).into())],
            ),
            never = w.line("mail-never-again", &[("url", unsubscribe_url.into())]),
        ),
    }
}

/// Text as Slack reads it: `&`, `<` and `>` escaped, so nothing that came
/// from outside (a name, a title, a comment) can become a control sequence
/// (`<!channel>`, `<@U123>`) or a link whose label hides its target
/// (`<https://evil.example|bank.example>`). Slack turns the entities back
/// into the characters when it shows them.
pub fn slack_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The most of a comment a webhook's `text` quotes, in characters.
const WEBHOOK_EXCERPT: usize = 300;

/// The start of a comment's text, on one line, for a chat to quote.
fn excerpt_of(content: &str) -> String {
    let flat = content.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() > WEBHOOK_EXCERPT {
        let cut: String = flat.chars().take(WEBHOOK_EXCERPT - 1).collect();
        format!("{cut}…")
    } else {
        flat
    }
}

/// masthead's sentence, then the excerpt as a Slack quote (`>` at the start
/// of a line, written by masthead), both escaped as Slack asks.
fn slack_text(line: &str, excerpt: &str) -> String {
    let mut text = slack_escape(line);
    if !excerpt.is_empty() {
        text.push_str("\n>");
        text.push_str(&slack_escape(excerpt));
    }
    text
}

/// The webhook's JSON for one held comment: a Slack-compatible `text` (in
/// the site's language: it is read by people in a chat) and the same facts
/// as fields, whose names and values do not change with the language (the
/// `reason` field is the reason in English, for tools). No email address, ever.
///
/// `text` is escaped whole by Slack's rules, masthead's own words and link
/// included (a bare URL, which Slack links itself), then a quote of the
/// comment's start, escaped too, follows. The other fields are data, as
/// stored: a tool that shows them in a chat escapes them itself.
pub fn webhook_body(w: MailWords, h: &Held<'_>) -> String {
    let line = w.line(
        "mail-webhook-text",
        &[
            ("id", h.comment_id.to_string().into()),
            ("article", one_line(h.article_title).into()),
            ("author", one_line(h.author_name).into()),
            ("reason", one_line(&reason_words(h.reason, w.tr)).into()),
            ("url", h.approve_url.into()),
        ],
    );
    let content = to_text(h.content_html);
    let excerpt = excerpt_of(&content);
    let text = slack_text(&line, &excerpt);
    serde_json::json!({
        "event": "comment.held",
        "text": text,
        "comment_id": h.comment_id,
        "article": { "title": h.article_title, "url": h.article_url },
        "author_name": h.author_name,
        "content_text": content,
        "reason": h.reason.map_or_else(|| "held for review".to_string(), ToString::to_string),
        "links": {
            "approve": h.approve_url,
            "spam": h.spam_url,
            "trash": h.trash_url,
            "admin": h.admin_url,
        },
    })
    .to_string()
}

/// A chat message for one held (or reported) comment, for Slack's,
/// Mattermost's and Matrix's (hookshot's) incoming webhooks alike: `text`
/// in Slack's markup (escaped as Slack asks), `html` for Matrix, and the
/// one-click approve and spam links (each a confirmation page first, so a
/// chat's link preview changes nothing; they expire as mail links do). No
/// email address.
pub fn chat_body(w: MailWords, h: &Held<'_>) -> String {
    let line = w.tr.args(
        "mail-chat-text",
        &[
            ("id", h.comment_id.to_string().into()),
            ("article", one_line(h.article_title).into()),
            ("author", one_line(h.author_name).into()),
            ("reason", one_line(&reason_words(h.reason, w.tr)).into()),
        ],
    );
    let approve = w.tr.t("mail-chat-approve");
    let spam = w.tr.t("mail-chat-spam");
    let excerpt = excerpt_of(&to_text(h.content_html));
    let mut text = slack_text(&line, &excerpt);
    // Slack's link markup: the URL is masthead's own, the label its words.
    text.push_str(&format!(
        "\n<{}|{}> · <{}|{}>",
        h.approve_url,
        slack_escape(&approve),
        h.spam_url,
        slack_escape(&spam)
    ));
    let html = format!(
        "<p>{}</p>{}<p><a href=\"{}\">{}</a> · <a href=\"{}\">{}</a></p>",
        crate::html::escape_html(&line),
        if excerpt.is_empty() {
            String::new()
        } else {
            format!(
                "<blockquote>{}</blockquote>",
                crate::html::escape_html(&excerpt)
            )
        },
        crate::html::escape_html(h.approve_url),
        crate::html::escape_html(&approve),
        crate::html::escape_html(h.spam_url),
        crate::html::escape_html(&spam),
    );
    serde_json::json!({
        "text": text,
        "html": html,
        "username": h.site_title,
    })
    .to_string()
}

/// `sha256=HEX`: HMAC-SHA256 of the raw body under `key`, as the
/// `X-Masthead-Signature` header carries it.
/// A chat message about a notice of illegal content: what was reported,
/// and a link to the staff page that decides on it (no notifier's name or
/// address).
pub fn notice_chat_body(site_title: &str, line: &str, review: &str, admin_url: &str) -> String {
    serde_json::json!({
        "text": format!("{}\n<{admin_url}|{}>", slack_escape(line), slack_escape(review)),
        "html": format!(
            "<p>{}</p><p><a href=\"{}\">{}</a></p>",
            crate::html::escape_html(line),
            crate::html::escape_html(admin_url),
            crate::html::escape_html(review)
        ),
        "username": site_title,
    })
    .to_string()
}

/// One chat message per webhook in `urls` (a notice, a withdrawn story):
/// `line` and a link to the staff page at `admin_url`, each keyed
/// `{key}:{url}` so it is queued once.
pub fn staff_chat(
    urls: &[String],
    site_title: &str,
    (line, review, admin_url): (&str, &str, &str),
    comment_id: Option<i64>,
    key: &str,
) -> Vec<super::NewMessage> {
    let body = notice_chat_body(site_title, line, review, admin_url);
    urls.iter()
        .map(|url| super::NewMessage {
            kind: super::OutboxKind::Webhook,
            recipient: url.clone(),
            subject: String::new(),
            body: body.clone(),
            unsubscribe: None,
            comment_id,
            dedupe: Some(format!("{key}:{url}")),
        })
        .collect()
}

/// The key webhook (and moderation hook) bodies are signed with:
/// `notify.webhook_secret`, or one derived from the site secret (never the
/// secret itself).
pub fn webhook_key(setting: &str, site_secret: &[u8]) -> Vec<u8> {
    if !setting.is_empty() {
        return setting.as_bytes().to_vec();
    }
    use sha2::Digest;
    let mut h = Sha256::new();
    h.update(b"masthead-webhook:");
    h.update(site_secret);
    h.finalize().to_vec()
}

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
            MailWords::default(),
            &Reply {
                site_title: "Site",
                article_title: "Story",
                comment_url: "https://x/c",
                replier: "Eve\r\nBcc: victim@example.org",
                content_html: "<p>a &amp; b</p><p>&lt;script&gt;</p>",
                written_at: Utc::now(),
                unsubscribe_url: "https://x/u",
            },
        );
        assert!(!c.subject.contains(['\r', '\n']), "{}", c.subject);
        assert!(c.body.contains("> a & b\n> \n> <script>"), "{}", c.body);
    }

    #[test]
    fn the_confirmation_request_names_no_article() {
        let c = confirmation(MailWords::default(), "Site", "https://x/c", "https://x/u");
        assert!(c.body.contains("a discussion at Site"), "{}", c.body);
        assert!(c.body.contains("https://x/c"), "{}", c.body);
    }

    #[test]
    fn webhook_text_is_escaped_for_slack() {
        let first = Reasons::one(crate::comment::ModerationReason::FirstComment {
            approved: 0,
            needed: 1,
        });
        let held = Held {
            site_title: "Site",
            comment_id: 7,
            article_title: "Fish & <chips>",
            article_url: "https://news.example/articles/fish",
            author_name: "<!channel>",
            content_html: "<p>Log in at &lt;https://evil.example|bank.example&gt; &amp; &lt;@U123&gt;</p>",
            written_at: Utc::now(),
            reason: Some(&first),
            approve_url: "https://news.example/mail/moderate?token=wm2.a&x=1",
            spam_url: "s",
            trash_url: "t",
            admin_url: "a",
        };
        let body: serde_json::Value =
            serde_json::from_str(&webhook_body(MailWords::default(), &held)).unwrap();
        let text = body["text"].as_str().unwrap();
        // No control sequence survives: not a mention, not a disguised link.
        assert!(!text.contains('<'), "{text}");
        assert!(text.contains("by &lt;!channel&gt;"), "{text}");
        assert!(text.contains("“Fish &amp; &lt;chips&gt;”"), "{text}");
        assert!(
            text.contains(
                "\n>Log in at &lt;https://evil.example|bank.example&gt; &amp; &lt;@U123&gt;"
            ),
            "{text}"
        );
        assert!(text.contains("token=wm2.a&amp;x=1"), "{text}");
        // The fields are data, as stored.
        assert_eq!(body["author_name"], "<!channel>");
        assert_eq!(
            body["content_text"],
            "Log in at <https://evil.example|bank.example> & <@U123>"
        );
        assert_eq!(slack_escape("a&b<c>d"), "a&amp;b&lt;c&gt;d");
    }

    #[test]
    fn reasons_are_told_in_the_mail_language() {
        use crate::comment::ModerationReason as R;
        use crate::comment::ReportReason;
        use crate::i18n::Lang;
        let reported = Reasons::one(R::Reported {
            readers: 2,
            kinds: vec![ReportReason::OffTopic, ReportReason::Spam],
        });
        assert_eq!(
            reason_words(Some(&reported), Tr::new(Lang::De)),
            "von 2 Personen gemeldet (nicht zum Thema, Spam oder Werbung)"
        );
        let edited = Reasons::one(R::EditedAfterApproval);
        assert_eq!(
            reason_words(Some(&edited), Tr::new(Lang::En)),
            "edited by its author after a moderator approved it"
        );
        assert_eq!(reason_words(None, Tr::new(Lang::En)), "held for review");
    }
}
