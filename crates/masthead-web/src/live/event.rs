//! What a discussion's event stream carries, and its wire format
//! (Server-Sent Events). Pure: the hub and the routes build and send these.
use serde::Serialize;
use std::fmt::Write as _;

/// One change a reader's page can apply.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LiveEvent {
    /// The comment's last change, as numbered in the database's change log
    /// (`comment_changes.generation`): a reader who reconnects with it as
    /// `Last-Event-ID` gets only what came after.
    pub id: i64,
    pub kind: EventKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EventKind {
    /// An approved comment, new or edited: its fragment as the page shows it.
    Comment(CommentData),
    /// A comment taken from the discussion (held again, spam, trash, gone).
    Removed { comment: i64 },
    /// A live story's new update: its fragment as the page shows it.
    Entry { id: i64, html: String, text: String },
}

/// An approved comment as the stream sends it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CommentData {
    pub id: i64,
    pub parent: Option<i64>,
    /// The `<li>` the article page would show (sanitised, escaped).
    pub html: String,
    /// The comment's words as plain text (for titles, screen readers, bots).
    pub text: String,
    pub author: String,
}

impl LiveEvent {
    /// The event as the stream sends it: `id`, `event` and one `data` line
    /// of JSON (JSON escapes every line break, so one line is enough).
    pub fn to_sse(&self) -> String {
        let (name, data) = match &self.kind {
            EventKind::Comment(c) => ("comment", serde_json::to_string(c)),
            EventKind::Removed { comment } => (
                "removed",
                serde_json::to_string(&serde_json::json!({ "id": comment })),
            ),
            EventKind::Entry { id, html, text } => (
                "entry",
                serde_json::to_string(&serde_json::json!({ "id": id, "html": html, "text": text })),
            ),
        };
        let data = data.unwrap_or_else(|_| "{}".to_string());
        format!("id: {}\nevent: {name}\ndata: {data}\n\n", self.id)
    }
}

/// Tells the page it is too far behind to catch up: reload.
pub fn reload_sse() -> &'static str {
    "event: reload\ndata: {}\n\n"
}

/// Behind a GRIP proxy, each published item opens with this: the number
/// of the item before it on the story's channel. A reader whose last event
/// id is not that number missed an item (the proxy took its stream on
/// while one was being published) and reopens the stream from its last id.
pub fn chain_sse(prev: i64) -> String {
    format!("event: chain\ndata: {{\"prev\":{prev}}}\n\n")
}

/// Moves the reader's last event id to `id` without an event: EventSource
/// takes the `id` field of a block even when no data follows.
pub fn position_sse(id: i64) -> String {
    format!("id: {id}\n\n")
}

/// Keeps an idle stream open through proxies that drop silent ones.
pub const HEARTBEAT: &str = ": heartbeat\n\n";

/// How long a browser waits before reconnecting, sent once per stream.
pub const RETRY: &str = "retry: 3000\n\n";

/// The events of `events` after `after`, in order, as one SSE text.
pub fn batch_sse(events: &[LiveEvent], after: i64) -> String {
    let mut out = String::new();
    for e in events.iter().filter(|e| e.id > after) {
        let _ = write!(out, "{}", e.to_sse());
    }
    out
}

/// A `Last-Event-ID` (header or query) as a change number.
pub fn parse_event_id(s: &str) -> Option<i64> {
    s.trim().parse::<i64>().ok().filter(|n| *n >= 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn comment(id: i64, text: &str) -> LiveEvent {
        LiveEvent {
            id,
            kind: EventKind::Comment(CommentData {
                id: 7,
                parent: None,
                html: "<li id=\"comment-7\">\n<p>a &lt;b&gt;</p></li>".into(),
                text: text.into(),
                author: "Ann".into(),
            }),
        }
    }

    #[test]
    fn an_event_is_one_data_line_with_its_number() {
        let sse = comment(42, "two\nlines").to_sse();
        assert!(sse.starts_with("id: 42\nevent: comment\ndata: {"), "{sse}");
        assert!(sse.ends_with("}\n\n"));
        assert_eq!(sse.matches('\n').count(), 4, "no raw line break in data");
        let data: serde_json::Value =
            serde_json::from_str(sse.lines().nth(2).unwrap().strip_prefix("data: ").unwrap())
                .unwrap();
        assert_eq!(data["text"], "two\nlines");
        let removed = LiveEvent {
            id: 43,
            kind: EventKind::Removed { comment: 7 },
        };
        assert_eq!(
            removed.to_sse(),
            "id: 43\nevent: removed\ndata: {\"id\":7}\n\n"
        );
    }

    #[test]
    fn a_batch_sends_only_what_came_after() {
        let events = [comment(5, "a"), comment(9, "b")];
        assert_eq!(batch_sse(&events, 5).matches("id: ").count(), 1);
        assert_eq!(batch_sse(&events, 0).matches("id: ").count(), 2);
        assert_eq!(batch_sse(&events, 9), "");
        assert_eq!(parse_event_id(" 12 "), Some(12));
        assert_eq!(parse_event_id("-1"), None);
        assert_eq!(parse_event_id("x"), None);
    }
}
