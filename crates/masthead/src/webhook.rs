//! One webhook POST through the outbound client (`masthead_outbound`), with
//! the body's HMAC in `X-Masthead-Signature`. Any 2xx is delivery; anything
//! else (a redirect too: it is not followed) is an error the outbox retries.
//!
//! Webhook URLs are set by staff, not by the operator, so the client reaches
//! only public addresses unless `--allow-private-webhooks` says otherwise: a
//! staff account must not make the server post to its own machine, its
//! private network or a cloud's metadata service.
use masthead_outbound::header::{CONTENT_TYPE, HeaderName};
use masthead_outbound::{Client, Config, Error, Method, Reach, Request};
use std::time::Duration;

/// The client webhooks go through.
pub fn client(allow_private: bool) -> Result<Client, Error> {
    let reach = if allow_private {
        Reach::Anywhere
    } else {
        Reach::PublicOnly
    };
    Client::new(Config {
        connect_timeout: Duration::from_secs(5),
        timeout: Duration::from_secs(15),
        // The answer is read only to end the exchange cleanly.
        max_response_bytes: 64 * 1024,
        ..Config::new(reach)
    })
}

pub async fn post(client: &Client, url: &str, body: &str, signature: &str) -> Result<(), String> {
    let request = Request::new(Method::POST, url)
        .header(CONTENT_TYPE, "application/json")
        .header(HeaderName::from_static("x-masthead-signature"), signature)
        .header(HeaderName::from_static("x-masthead-event"), "comment.held")
        .body(body.to_string());
    match client.send(request).await {
        Ok(answer) if answer.status.is_success() => Ok(()),
        Ok(answer) => Err(format!("answered {}", answer.status)),
        Err(e @ Error::Refused(_)) => Err(format!(
            "{e} (to post webhooks to a private address, start masthead with --allow-private-webhooks)"
        )),
        Err(e) => Err(e.to_string()),
    }
}
