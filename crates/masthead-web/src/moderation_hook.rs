//! The external moderation hook's transport: the question POSTed to
//! `moderation.hook_url` through the one outbound client, signed like the
//! webhooks (`X-Masthead-Signature: sha256=HEX` under
//! `notify.webhook_secret`), and the answer read within
//! `moderation.hook_timeout_ms`. Staff set the URL, so it reaches only public
//! addresses unless the server runs with `--allow-private-webhooks`.
use async_trait::async_trait;
use masthead_core::service::{HookAnswer, ModerationHook};
use masthead_outbound::header::{CONTENT_TYPE, HeaderName};
use masthead_outbound::{Client, Config, Method, Reach, Request};
use std::time::Duration;

pub struct OutboundHook {
    client: Option<Client>,
}

impl OutboundHook {
    pub fn new(allow_private: bool) -> Self {
        let reach = Reach::from_outside(allow_private);
        let client = Client::new(Config {
            connect_timeout: Duration::from_secs(2),
            timeout: Duration::from_secs(10),
            max_response_bytes: 16 * 1024,
            ..Config::new(reach)
        });
        if let Err(e) = &client {
            tracing::error!("no client for the moderation hook: {e}");
        }
        Self {
            client: client.ok(),
        }
    }
}

#[async_trait]
impl ModerationHook for OutboundHook {
    async fn ask(
        &self,
        url: &str,
        body: &str,
        signature: &str,
        timeout: Duration,
    ) -> Option<HookAnswer> {
        let client = self.client.as_ref()?;
        let request = Request::new(Method::POST, url)
            .header(CONTENT_TYPE, "application/json")
            .header(HeaderName::from_static("x-masthead-signature"), signature)
            .header(
                HeaderName::from_static("x-masthead-event"),
                "comment.submitted",
            )
            .body(body.to_string());
        let answer = match tokio::time::timeout(timeout, client.send(request)).await {
            Ok(Ok(a)) if a.status.is_success() => a,
            Ok(Ok(a)) => {
                tracing::warn!(status = %a.status, "the moderation hook refused the question");
                return None;
            }
            Ok(Err(e)) => {
                tracing::warn!("the moderation hook did not answer: {e}");
                return None;
            }
            Err(_) => {
                tracing::warn!(?timeout, "the moderation hook took too long");
                return None;
            }
        };
        let parsed = HookAnswer::parse(&answer.body);
        if parsed.is_none() {
            tracing::warn!("the moderation hook's answer is not a verdict");
        }
        parsed
    }
}
