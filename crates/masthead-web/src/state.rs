//! What every handler can reach (`AppState`): the store, the operator's
//! settings, the rate limiters and the response caches.
use crate::error::WebError;
use crate::rate_limit::{RateLimitConfig, RateLimits};
use axum::http::HeaderValue;
use ipnet::IpNet;
use masthead_core::settings::SiteSettings;
use masthead_core::store::Store;
use std::sync::Arc;
use std::time::Duration;

/// Settings of the HTTP layer that come from the operator, not the database.
#[derive(Debug, Clone)]
pub struct WebConfig {
    /// Mark cookies `Secure` (the site is served over https).
    pub secure_cookies: bool,
    /// Reverse proxies whose `X-Forwarded-For` is believed.
    pub trusted_proxies: Vec<IpNet>,
    pub rate_limits: RateLimitConfig,
    /// A request (including reading its body) that takes longer gets 408,
    /// so slow clients cannot hold connections and memory.
    pub request_timeout: Duration,
    /// A staff session ends after this long without a request…
    pub session_idle: Duration,
    /// …and this long after sign-in in any case.
    pub session_absolute: Duration,
    /// Sign-in attempts per minute, per address and per account name.
    pub login_attempts_per_minute: u32,
    /// Addresses that may read `/metrics`.
    pub metrics_allow: Vec<IpNet>,
    /// Serve article pages from the rendered-page cache (off only to measure
    /// or debug the rendering path).
    pub page_cache: bool,
    /// Bytes the rendered-page and response caches may hold together.
    pub cache_budget_bytes: usize,
    /// How long shared caches (a reverse proxy, a CDN) may keep a public
    /// page without asking (`s-maxage`); browsers always revalidate.
    pub shared_max_age: Duration,
    /// Let the moderation hook (`moderation.hook_url`, set by staff) reach
    /// loopback and private addresses (`--allow-private-webhooks`).
    pub allow_private_hooks: bool,
    /// Let fetches of addresses that come from outside (Webmention
    /// sources) reach loopback and private addresses
    /// (`--allow-private-addresses`).
    pub allow_private_addresses: bool,
    /// Live streams this node holds at once (`--live-max-connections`);
    /// more are answered 503 with `Retry-After`.
    pub live_max_connections: usize,
    /// Pushpin's or Fanout's publish endpoint (`--grip-publish-url`): the
    /// proxy holds the live streams and masthead publishes each event once.
    pub grip_publish_url: Option<String>,
}

impl Default for WebConfig {
    fn default() -> Self {
        Self {
            secure_cookies: false,
            trusted_proxies: Vec::new(),
            rate_limits: RateLimitConfig::default(),
            request_timeout: Duration::from_secs(30),
            session_idle: Duration::from_secs(2 * 3600),
            session_absolute: Duration::from_secs(12 * 3600),
            login_attempts_per_minute: 5,
            metrics_allow: ["127.0.0.0/8", "::1/128"]
                .iter()
                .filter_map(|n| n.parse().ok())
                .collect(),
            page_cache: true,
            cache_budget_bytes: 64 << 20,
            shared_max_age: Duration::from_secs(60),
            allow_private_hooks: false,
            allow_private_addresses: false,
            live_max_connections: 10_000,
            grip_publish_url: None,
        }
    }
}

/// What every handler can reach. Cloned per request (several times, by
/// every layer that holds it), so it is one `Arc`: one atomic count per
/// clone, where a struct of ten `Arc`s cost ten on a shared cache line.
#[derive(Clone)]
pub struct AppState(Arc<Shared>);

pub struct Shared {
    pub store: Arc<dyn Store>,
    pub config: Arc<WebConfig>,
    pub(crate) limits: RateLimits,
    pub(crate) logins: crate::rate_limit::LoginLimits,
    /// Kept pages and answers, behind the one cache call.
    pub(crate) cache: crate::page_cache::Caches,
    pub(crate) threads: crate::page_cache::Threads,
    /// The spam filter's model, kept in step with the stored lessons.
    pub filter: masthead_core::service::Filter,
    /// The newsroom's classifier, asked before a comment is stored.
    hook: crate::moderation_hook::OutboundHook,
    /// The settings as last read, with the site version they were read at.
    settings: std::sync::Mutex<Option<(i64, Arc<SiteSettings>)>>,
    /// `Cache-Control` of public pages, made once.
    public_cache_control: HeaderValue,
    secret: Box<[u8]>,
    /// This node's live streams.
    pub live: Arc<crate::live::LiveHub>,
    /// The GRIP proxy events are published to, if one is named.
    pub grip: Option<crate::live::Grip>,
    /// Fetches the actors whose keys sign activities.
    pub(crate) remote_actors: crate::remote_actors::RemoteActors,
    /// The site actor's key, read (or made) once.
    site_key: tokio::sync::OnceCell<Arc<masthead_core::federation::keys::SiteKey>>,
}

impl std::ops::Deref for AppState {
    type Target = Shared;
    fn deref(&self) -> &Shared {
        &self.0
    }
}

impl AppState {
    /// `secret` must be at least 64 random bytes (see `SettingsStore::site_secret`).
    pub fn new(store: Arc<dyn Store>, config: WebConfig, secret: &[u8]) -> Result<Self, WebError> {
        if secret.len() < 64 {
            return Err(WebError::Internal(
                "the site secret is shorter than 64 bytes".to_string(),
            ));
        }
        let budget = config.cache_budget_bytes;
        let public_cache_control = HeaderValue::from_str(&format!(
            "public, max-age=0, s-maxage={}",
            config.shared_max_age.as_secs()
        ))
        .unwrap_or(HeaderValue::from_static("no-cache"));
        // Article pages are most of what is read; the home page and the
        // REST lists are a few answers each.
        let cache = crate::page_cache::Caches::new(
            Arc::clone(&store),
            config.page_cache,
            budget - budget / 4,
            budget / 8,
        );
        let hook = crate::moderation_hook::OutboundHook::new(config.allow_private_hooks);
        let live = Arc::new(crate::live::LiveHub::new(config.live_max_connections));
        let remote_actors = crate::remote_actors::RemoteActors::new(config.allow_private_addresses);
        let grip = match config.grip_publish_url.as_deref() {
            Some(url) => Some(crate::live::Grip::new(url).map_err(WebError::Internal)?),
            None => None,
        };
        Ok(Self(Arc::new(Shared {
            store,
            limits: RateLimits::new(config.rate_limits),
            logins: crate::rate_limit::LoginLimits::new(config.login_attempts_per_minute),
            config: Arc::new(config),
            cache,
            // Threaded discussions, which pages are cut from.
            threads: crate::page_cache::Threads::new(budget / 8),
            filter: masthead_core::service::Filter::default(),
            hook,
            settings: std::sync::Mutex::default(),
            public_cache_control,
            secret: secret.into(),
            live,
            grip,
            remote_actors,
            site_key: tokio::sync::OnceCell::new(),
        })))
    }

    /// A reader's comment through the one submission use case (with this
    /// process's spam filter), counted in the metrics by its outcome.
    pub async fn submit(
        &self,
        settings: &SiteSettings,
        submission: masthead_core::service::Submission,
    ) -> Result<masthead_core::service::Accepted, masthead_core::service::SubmitError> {
        let result = masthead_core::service::submit_comment(
            self.store.as_ref(),
            settings,
            self.secret(),
            &self.filter,
            &self.hook,
            submission,
        )
        .await;
        crate::metrics::comment(result.as_ref().map(|a| a.status).map_err(|_| ()));
        result
    }

    /// Settles a fetched Webmention through the one use case, with this
    /// process's spam filter and moderation hook.
    pub async fn settle_webmention(
        &self,
        m: &masthead_core::store::StoredMention,
        fetched: masthead_core::service::Fetched,
        now: masthead_core::Timestamp,
    ) -> Result<masthead_core::store::MentionState, WebError> {
        let settings = self.settings().await?;
        let deps = masthead_core::service::WebmentionDeps {
            store: self.store.as_ref(),
            settings: &settings,
            secret: self.secret(),
            filter: &self.filter,
            hook: &self.hook,
        };
        Ok(masthead_core::service::settle_webmention(&deps, m, fetched, now).await?)
    }

    /// The newsroom's classifier, for use cases that ask it.
    pub fn hook(&self) -> &dyn masthead_core::service::ModerationHook {
        &self.hook
    }

    /// The site actor's key pair (made and kept on first use).
    pub async fn site_key(
        &self,
    ) -> Result<Arc<masthead_core::federation::keys::SiteKey>, WebError> {
        self.site_key
            .get_or_try_init(|| async {
                masthead_core::service::site_key(self.store.as_ref())
                    .await
                    .map(Arc::new)
                    .map_err(|e| WebError::Internal(e.to_string()))
            })
            .await
            .cloned()
    }

    /// The site secret, for signing form tokens.
    pub fn secret(&self) -> &[u8] {
        &self.secret
    }

    /// The settings, current: read again whenever the site version moved
    /// (any process or node changed a setting or an article), so a change
    /// made by the CLI or another node applies at once, and otherwise kept
    /// (shared: a request does not copy them).
    pub async fn settings(&self) -> Result<Arc<SiteSettings>, WebError> {
        let version = self.store.site_version().await?;
        if let Some((at, settings)) = self
            .settings
            .lock()
            .ok()
            .as_deref()
            .and_then(Option::as_ref)
            && *at == version
        {
            return Ok(settings.clone());
        }
        // Read after the version, so what is kept is never older than it.
        let (settings, problems) = SiteSettings::load(self.store.as_ref()).await?;
        for p in problems {
            tracing::warn!("ignoring stored setting: {p}");
        }
        let settings = Arc::new(settings);
        if let Ok(mut kept) = self.settings.lock() {
            *kept = Some((version, settings.clone()));
        }
        Ok(settings)
    }
}

impl AppState {
    /// The site's language, for error answers: current (read as `settings`
    /// does, without copying them while they are current) when `fresh`,
    /// else as last read (no database read, for answers that must stay
    /// cheap such as 429s); English if nothing can be read.
    pub async fn language(&self, fresh: bool) -> masthead_core::i18n::Lang {
        let kept = self
            .settings
            .lock()
            .ok()
            .and_then(|k| k.as_ref().map(|(at, s)| (*at, s.language)));
        match kept {
            Some((_, lang)) if !fresh => return lang,
            Some((at, lang)) if self.store.site_version().await.ok() == Some(at) => return lang,
            _ => {}
        }
        match self.settings().await {
            Ok(s) => s.language,
            Err(_) => kept.map(|(_, lang)| lang).unwrap_or_default(),
        }
    }
}

impl AppState {
    /// `Cache-Control` of a page every visitor without cookies of ours sees alike.
    pub(crate) fn public_cache_control(&self) -> HeaderValue {
        self.public_cache_control.clone()
    }
}

/// Fresh random bytes for a site secret (64 bytes, from the OS).
pub fn new_secret() -> Option<Vec<u8>> {
    let mut secret = vec![0u8; 64];
    getrandom::fill(&mut secret).ok()?;
    Some(secret)
}
