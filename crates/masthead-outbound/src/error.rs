//! Why an outbound request failed, in words an operator can act on (they
//! end up in the log and in the outbox's `last_error`).
use crate::guard::Refused;
use std::time::Duration;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("“{url}” is not a usable URL: {why}")]
    Url { url: String, why: String },
    #[error("{0}")]
    Refused(Refused),
    #[error("header {name}: {why}")]
    Header { name: String, why: String },
    #[error("cannot connect to {host}: {why}")]
    Connect { host: String, why: String },
    #[error("{host} did not accept a connection within {} ms", .after.as_millis())]
    ConnectTimeout { host: String, after: Duration },
    #[error("{host} did not answer within {} ms", .after.as_millis())]
    Timeout { host: String, after: Duration },
    #[error("{host} answered with more than {limit} bytes")]
    TooLarge { host: String, limit: usize },
    #[error("{host}: {why}")]
    Http { host: String, why: String },
    #[error("the HTTP client cannot be built: {0}")]
    Build(String),
}

impl Error {
    /// What went wrong in a request to `host`, from reqwest's error: its
    /// own text is terse and carries the URL (a webhook's may hold a
    /// token), the causes say why.
    pub(crate) fn from_reqwest(
        e: &reqwest::Error,
        host: &str,
        connect: Duration,
        total: Duration,
    ) -> Self {
        let mut source = std::error::Error::source(e);
        let mut causes = Vec::new();
        while let Some(s) = source {
            if let Some(refused) = s.downcast_ref::<Refused>() {
                return Error::Refused(refused.clone());
            }
            causes.push(s.to_string());
            source = s.source();
        }
        causes.dedup();
        let host = host.to_string();
        let why = if causes.is_empty() {
            "the request failed".to_string()
        } else {
            causes.join(": ")
        };
        match (e.is_timeout(), e.is_connect()) {
            (true, true) => Error::ConnectTimeout {
                host,
                after: connect,
            },
            (true, false) => Error::Timeout { host, after: total },
            (false, true) => Error::Connect { host, why },
            (false, false) => Error::Http { host, why },
        }
    }
}
