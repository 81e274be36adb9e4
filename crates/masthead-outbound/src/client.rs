//! The client: one reqwest client per use, with its limits and its reach.
use crate::error::Error;
use crate::guard::{Refused, classify};
use crate::resolve::PublicOnly;
use bytes::{Bytes, BytesMut};
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use reqwest::{Method, StatusCode, Url};
use std::net::IpAddr;
use std::sync::Arc;
use std::time::Duration;

const USER_AGENT: &str = concat!("masthead/", env!("CARGO_PKG_VERSION"));

/// Where a client may connect.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reach {
    /// Any address: for URLs the operator gave on the command line (purge
    /// targets, usually on loopback or a private network).
    Anywhere,
    /// Public addresses only: for URLs from outside (webhooks; later wire
    /// feeds and federation). See [`crate::guard`].
    PublicOnly,
}

impl Reach {
    /// For URLs from outside: public addresses only, unless the operator
    /// allowed private ones (a `--allow-private-…` flag).
    pub fn from_outside(allow_private: bool) -> Self {
        if allow_private {
            Self::Anywhere
        } else {
            Self::PublicOnly
        }
    }
}

/// A client's limits. Redirects are never followed: a 3xx is the answer
/// (a redirect is how a public URL would hand the client a private one).
#[derive(Debug, Clone)]
pub struct Config {
    pub reach: Reach,
    /// For the name lookup and the TCP (and TLS) connection.
    pub connect_timeout: Duration,
    /// For the whole exchange, the answer's body included.
    pub timeout: Duration,
    /// An answer longer than this is an error, read no further.
    pub max_response_bytes: usize,
}

impl Config {
    /// 5 s to connect, 15 s in all, answers up to 1 MiB.
    pub fn new(reach: Reach) -> Self {
        Self {
            reach,
            connect_timeout: Duration::from_secs(5),
            timeout: Duration::from_secs(15),
            max_response_bytes: 1 << 20,
        }
    }
}

/// One request to send.
#[derive(Debug, Clone)]
pub struct Request {
    method: Method,
    url: String,
    headers: Vec<(HeaderName, String)>,
    body: Bytes,
}

impl Request {
    pub fn new(method: Method, url: impl Into<String>) -> Self {
        Self {
            method,
            url: url.into(),
            headers: Vec::new(),
            body: Bytes::new(),
        }
    }

    /// A header; a value that cannot be one is refused when sent.
    pub fn header(mut self, name: HeaderName, value: impl Into<String>) -> Self {
        self.headers.push((name, value.into()));
        self
    }

    pub fn body(mut self, body: impl Into<Bytes>) -> Self {
        self.body = body.into();
        self
    }
}

/// The answer, whatever its status, read whole (within the size limit).
#[derive(Debug, Clone)]
pub struct Response {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Bytes,
}

/// masthead's outbound HTTP client: HTTP/1.1, https with the Mozilla roots,
/// a user agent, no proxy, no redirects, the limits and reach of its
/// [`Config`]. Cheap to clone (connections are pooled per client).
#[derive(Debug, Clone)]
pub struct Client {
    http: reqwest::Client,
    config: Config,
}

impl Client {
    pub fn new(config: Config) -> Result<Self, Error> {
        let tls = crate::tls::config().map_err(|e| Error::Build(e.to_string()))?;
        let mut builder = reqwest::Client::builder()
            .tls_backend_preconfigured(tls)
            .user_agent(USER_AGENT)
            .redirect(reqwest::redirect::Policy::none())
            // A proxy would look the name up itself, past the guard.
            .no_proxy()
            .connect_timeout(config.connect_timeout)
            .timeout(config.timeout);
        if config.reach == Reach::PublicOnly {
            builder = builder.dns_resolver(Arc::new(PublicOnly));
        }
        let http = builder.build().map_err(|e| Error::Build(e.to_string()))?;
        Ok(Self { http, config })
    }

    pub fn config(&self) -> &Config {
        &self.config
    }

    /// Sends `request` and reads the answer. Any status is an answer; what
    /// counts as success is the caller's to say.
    pub async fn send(&self, request: Request) -> Result<Response, Error> {
        let bad_url = |why: String| Error::Url {
            url: request.url.clone(),
            why,
        };
        let url = Url::parse(&request.url).map_err(|e| bad_url(e.to_string()))?;
        if !matches!(url.scheme(), "http" | "https") {
            return Err(bad_url("only http and https URLs are fetched".into()));
        }
        let host = url
            .host_str()
            .ok_or_else(|| bad_url("it names no host".into()))?
            .to_string();
        if self.config.reach == Reach::PublicOnly {
            // A literal address is connected to without a lookup, so the
            // resolver never sees it: check it here.
            let literal = match url.host() {
                Some(url::Host::Ipv4(ip)) => Some(IpAddr::V4(ip)),
                Some(url::Host::Ipv6(ip)) => Some(IpAddr::V6(ip)),
                _ => None,
            };
            if let Some(ip) = literal {
                self.check(&ip.to_string(), ip)?;
            }
        }
        let mut headers = HeaderMap::new();
        for (name, value) in request.headers {
            let value = HeaderValue::from_str(&value).map_err(|e| Error::Header {
                name: name.to_string(),
                why: e.to_string(),
            })?;
            headers.append(name, value);
        }
        let failed = |e: reqwest::Error| {
            Error::from_reqwest(&e, &host, self.config.connect_timeout, self.config.timeout)
        };
        let mut response = self
            .http
            .request(request.method, url)
            .headers(headers)
            .body(request.body)
            .send()
            .await
            .map_err(failed)?;
        if self.config.reach == Reach::PublicOnly
            && let Some(peer) = response.remote_addr()
        {
            // Cannot happen through the checks above; kept as a tripwire.
            self.check(&host, peer.ip())?;
        }
        let limit = self.config.max_response_bytes;
        let too_large = || Error::TooLarge {
            host: host.clone(),
            limit,
        };
        if response
            .content_length()
            .is_some_and(|n| n > u64::try_from(limit).unwrap_or(u64::MAX))
        {
            return Err(too_large());
        }
        let status = response.status();
        let headers = response.headers().clone();
        let mut body = BytesMut::new();
        while let Some(chunk) = response.chunk().await.map_err(failed)? {
            if body.len() + chunk.len() > limit {
                return Err(too_large());
            }
            body.extend_from_slice(&chunk);
        }
        Ok(Response {
            status,
            headers,
            body: body.freeze(),
        })
    }

    fn check(&self, host: &str, ip: IpAddr) -> Result<(), Error> {
        match classify(ip) {
            None => Ok(()),
            Some(range) => Err(Error::Refused(Refused {
                host: host.to_string(),
                addr: ip,
                range,
            })),
        }
    }
}
