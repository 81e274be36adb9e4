//! The notification worker, spawned by `masthead serve` beside upkeep:
//! turns queued comments into outbox messages, folds digests, and sends
//! what is due — mail over SMTP (`--smtp-url`), webhooks over HTTP(S).
//!
//! Nothing here holds a transaction while talking to a server: rows are
//! leased in one statement, sent outside any transaction, and the result
//! recorded in another statement. A message is marked sent right after
//! the server accepts it, so a restart sends nothing twice (except the one
//! message in flight if the process dies between the two: at least once).
//! A failure is counted and retried with exponential back-off; an SMTP
//! server that is down or refuses loses nothing.
use lettre::message::header::{ContentType, Header, HeaderName, HeaderValue};
use lettre::message::{Mailbox, Message};
use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};
use masthead_core::chrono::{Duration as Span, Utc};
use masthead_core::notify::{OutboxKind, webhook_signature};
use masthead_core::service::{fold_digests, produce_notifications, retry_delay};
use masthead_core::store::OutboxRow;
use masthead_web::AppState;
use std::collections::HashMap;
use std::time::{Duration, Instant};

/// How the worker sends, from `masthead serve`'s flags.
#[derive(Debug, Clone)]
pub struct MailConfig {
    /// `smtp://`, `smtps://` or `smtp://…?tls=starttls` as lettre reads it;
    /// `None` keeps mail queued (webhooks still go).
    pub smtp_url: Option<String>,
    /// The first retry's delay, doubled per failure (`--mail-retry-base-ms`).
    pub retry_base: Duration,
    /// How often the outbox is looked at.
    pub poll: Duration,
    /// How often moderators' digests go (`notify.moderator_mode = digest`).
    pub digest_every: Duration,
    /// Webhooks may go to loopback and private addresses
    /// (`--allow-private-webhooks`); otherwise only public ones are reached.
    pub allow_private_webhooks: bool,
}

impl Default for MailConfig {
    fn default() -> Self {
        Self {
            smtp_url: None,
            retry_base: Duration::from_secs(30),
            poll: Duration::from_secs(1),
            digest_every: Duration::from_secs(3600),
            allow_private_webhooks: false,
        }
    }
}

/// A lease long enough for any send (lettre's own timeout is 60 s).
const LEASE_SECS: i64 = 300;
const BATCH: u32 = 20;
/// Sending stops this long into a lease, leaving a send (lettre's own
/// timeout is 60 s) time to finish before the lease ends.
const SEND_WITHIN: Duration = Duration::from_secs(LEASE_SECS as u64 - 90);

/// RFC 2369's List-Unsubscribe.
#[derive(Clone)]
struct ListUnsubscribe(String);
/// RFC 8058's List-Unsubscribe-Post.
#[derive(Clone)]
struct ListUnsubscribePost;

impl Header for ListUnsubscribe {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("List-Unsubscribe")
    }
    fn parse(s: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(Self(s.trim_matches(['<', '>']).to_string()))
    }
    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), format!("<{}>", self.0))
    }
}

impl Header for ListUnsubscribePost {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("List-Unsubscribe-Post")
    }
    fn parse(_: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(Self)
    }
    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), "List-Unsubscribe=One-Click".to_string())
    }
}

/// Checks an SMTP URL given on the command line. `?tls=starttls` is
/// lettre's `?tls=required` (STARTTLS, refused if the server lacks it):
/// the name operators know it by.
pub fn transport(url: &str) -> Result<AsyncSmtpTransport<Tokio1Executor>, String> {
    let url = starttls_alias(url);
    AsyncSmtpTransport::<Tokio1Executor>::from_url(&url)
        .map(|b| b.build())
        .map_err(|e| format!("SMTP URL is not usable: {e}"))
}

fn starttls_alias(url: &str) -> String {
    let Ok(mut parsed) = url::Url::parse(url) else {
        return url.to_string();
    };
    let pairs: Vec<(String, String)> = parsed
        .query_pairs()
        .map(|(k, v)| {
            let v = if k == "tls" && v.eq_ignore_ascii_case("starttls") {
                "required".into()
            } else {
                v.into_owned()
            };
            (k.into_owned(), v)
        })
        .collect();
    if pairs.is_empty() {
        return url.to_string();
    }
    parsed.query_pairs_mut().clear().extend_pairs(pairs);
    parsed.to_string()
}

/// Runs the worker for ever (spawn it).
pub async fn run(state: AppState, config: MailConfig) {
    let smtp = match config.smtp_url.as_deref().map(transport) {
        Some(Ok(t)) => Some(t),
        Some(Err(e)) => {
            tracing::error!("{e}; mail stays queued");
            None
        }
        None => None,
    };
    let hooks = match crate::webhook::client(config.allow_private_webhooks) {
        Ok(c) => Some(c),
        Err(e) => {
            tracing::error!("{e}; webhooks stay queued");
            None
        }
    };
    let mut last_digest = Instant::now();
    let mut warned_url = false;
    loop {
        if let Err(e) = round(
            &state,
            &config,
            smtp.as_ref(),
            hooks.as_ref(),
            &mut last_digest,
            &mut warned_url,
        )
        .await
        {
            tracing::warn!("notifications: {e}");
        }
        tokio::time::sleep(config.poll).await;
    }
}

async fn round(
    state: &AppState,
    config: &MailConfig,
    smtp: Option<&AsyncSmtpTransport<Tokio1Executor>>,
    hooks: Option<&masthead_outbound::Client>,
    last_digest: &mut Instant,
    warned_url: &mut bool,
) -> anyhow::Result<()> {
    let settings = state.settings().await?;
    let store = state.store.as_ref();
    loop {
        match produce_notifications(store, &settings, state.secret(), Utc::now()).await {
            Ok(0) => break,
            Ok(_) => {}
            Err(masthead_core::service::NotifyError::NoSiteUrl) => {
                if !*warned_url {
                    tracing::warn!("notifications wait for the setting site.url");
                    *warned_url = true;
                }
                break;
            }
            Err(e) => return Err(e.into()),
        }
    }
    // Folded whatever the mode now is: items queued before a switch back
    // to `each` still go.
    if last_digest.elapsed() >= config.digest_every {
        fold_digests(store, &settings, Utc::now()).await?;
        *last_digest = Instant::now();
    }
    let rows = store
        .claim_outbox(Utc::now(), LEASE_SECS, BATCH, smtp.is_some())
        .await?;
    let mut counted: HashMap<String, u64> = HashMap::new();
    let limit = u64::from(settings.notify.max_per_hour);
    let key = masthead_core::notify::webhook_key(&settings.notify.webhook_secret, state.secret());
    let leased = Instant::now();
    for row in rows {
        let now = Utc::now();
        if leased.elapsed() >= SEND_WITHIN {
            // Slow servers ate the lease: give the rest back rather than
            // let another node claim a row this one may still send.
            store.outbox_later(row.id, now).await?;
            continue;
        }
        let result = match row.kind {
            OutboxKind::Webhook => {
                let Some(hooks) = hooks else {
                    store.outbox_later(row.id, now + Span::minutes(1)).await?;
                    continue;
                };
                let signature = webhook_signature(&key, row.body.as_bytes());
                crate::webhook::post(hooks, &row.recipient, &row.body, &signature).await
            }
            _ => {
                let sent = counted
                    .entry(row.recipient.to_lowercase())
                    .or_insert(row.sent_last_hour);
                if *sent >= limit || settings.notify.from.is_empty() {
                    // Over the hourly limit (or no sender yet): later, not lost.
                    store.outbox_later(row.id, now + Span::minutes(5)).await?;
                    continue;
                }
                *sent += 1;
                match smtp {
                    Some(t) => send_mail(t, &settings.notify.from, &row).await,
                    None => {
                        store.outbox_later(row.id, now + Span::minutes(1)).await?;
                        continue;
                    }
                }
            }
        };
        match result {
            Ok(()) => store.outbox_sent(row.id, Utc::now()).await?,
            Err(e) => {
                let wait = retry_delay(config.retry_base, row.attempts);
                let wait = Span::from_std(wait)
                    .unwrap_or(Span::hours(6))
                    .max(Span::seconds(1));
                tracing::info!(id = row.id, attempts = row.attempts + 1, "not sent: {e}");
                store.outbox_failed(row.id, &e, Utc::now() + wait).await?;
            }
        }
    }
    Ok(())
}

async fn send_mail(
    smtp: &AsyncSmtpTransport<Tokio1Executor>,
    from: &str,
    row: &OutboxRow,
) -> Result<(), String> {
    let from: Mailbox = from.parse().map_err(|e| format!("mail.from: {e}"))?;
    let to: Mailbox = row
        .recipient
        .parse()
        .map_err(|e| format!("recipient: {e}"))?;
    let mut builder = Message::builder()
        .from(from)
        .to(to)
        .subject(masthead_core::notify::one_line(&row.subject))
        .header(ContentType::TEXT_PLAIN);
    if let Some(url) = &row.unsubscribe {
        builder = builder
            .header(ListUnsubscribe(url.clone()))
            .header(ListUnsubscribePost);
    }
    let message = builder.body(row.body.clone()).map_err(|e| e.to_string())?;
    smtp.send(message)
        .await
        .map(|_| ())
        .map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn starttls_is_lettres_required() {
        assert_eq!(
            starttls_alias("smtp://u:p@mail.example.com:587?tls=starttls"),
            "smtp://u:p@mail.example.com:587?tls=required"
        );
        assert_eq!(
            starttls_alias("smtps://mail.example.com"),
            "smtps://mail.example.com"
        );
        assert!(transport("smtp://mail.example.com:587?tls=starttls").is_ok());
        assert!(transport("smtp://mail.example.com?tls=bogus").is_err());
    }
}
