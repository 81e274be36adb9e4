//! Telling the pages a published article links to (Webmention's sending
//! side): the page's endpoint is discovered (its `Link` header, else its
//! HTML) and sent `source` (the article's address) and `target` (the page),
//! through the same guarded client as the checks (a linked page is an
//! address from outside: public only unless `--allow-private-addresses`).
use super::webmentions::Checker;
use chrono::Utc;
use masthead_core::federation::discovery::{endpoint_in_html, endpoint_in_link_headers};
use masthead_core::service::{Told, record_send, skip_send};
use masthead_core::store::OutgoingMention;
use masthead_outbound::header::{ACCEPT, CONTENT_TYPE, LINK};
use masthead_outbound::{Method, Request};
use masthead_web::AppState;
use url::Url;

/// Sends per round.
const ROUND: u32 = 50;

impl Checker {
    /// Discovers `target`'s endpoint and sends it the mention.
    pub async fn send(&self, source: &str, target: &str) -> Told {
        let failed = |endpoint: Option<&Url>, why: String| Told::Failed {
            endpoint: endpoint.map(Url::to_string),
            why,
        };
        let Ok(base) = Url::parse(target) else {
            return failed(None, "not an address".into());
        };
        let page = Request::new(Method::GET, target)
            .header(ACCEPT, "text/html, application/xhtml+xml;q=0.9, */*;q=0.1");
        let page = match self.client().send(page).await {
            Ok(p) if p.status.is_success() => p,
            Ok(p) => return failed(None, format!("the page answered {}", p.status)),
            Err(e) => return failed(None, e.to_string()),
        };
        let links = page
            .headers
            .get_all(LINK)
            .iter()
            .filter_map(|v| v.to_str().ok());
        let endpoint = endpoint_in_link_headers(links, &base)
            .or_else(|| endpoint_in_html(&String::from_utf8_lossy(&page.body), &base));
        let Some(endpoint) = endpoint.filter(|e| matches!(e.scheme(), "http" | "https")) else {
            return Told::NoEndpoint;
        };
        let body = url::form_urlencoded::Serializer::new(String::new())
            .append_pair("source", source)
            .append_pair("target", target)
            .finish();
        let post = Request::new(Method::POST, endpoint.as_str())
            .header(CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(body);
        match self.client().send(post).await {
            Ok(a) if a.status.is_success() => Told::Accepted {
                endpoint: endpoint.to_string(),
                status: a.status.as_u16(),
            },
            Ok(a) => failed(
                Some(&endpoint),
                format!("the endpoint answered {}", a.status),
            ),
            Err(e) => failed(Some(&endpoint), e.to_string()),
        }
    }
}

/// Tells every linked page that is due; how many were tried.
pub async fn send_due(state: &AppState, checker: &Checker) -> anyhow::Result<usize> {
    let due: Vec<OutgoingMention> = state
        .store
        .due_sends(Utc::now().timestamp_millis(), ROUND)
        .await?;
    let settings = state.settings().await?;
    for send in &due {
        let now = Utc::now();
        let article = state.store.article_by_id(send.article_id).await?;
        let live = article
            .as_ref()
            .filter(|a| a.is_live(now) && a.provenance.withdrawn_at.is_none());
        let blocked = Url::parse(&send.target)
            .ok()
            .and_then(|u| u.host_str().map(|h| settings.federation.blocks(h)))
            .unwrap_or(true);
        let (Some(article), false, false) = (live, settings.url.is_empty(), blocked) else {
            skip_send(state.store.as_ref(), send, now).await?;
            continue;
        };
        let source = format!("{}{}", settings.url.trim_end_matches('/'), article.path());
        let told = checker.send(&source, &send.target).await;
        let outcome = record_send(state.store.as_ref(), send, told, Utc::now()).await?;
        tracing::info!(source, target = %send.target, state = outcome.as_str(), "webmention sent");
    }
    Ok(due.len())
}
