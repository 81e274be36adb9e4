//! Per-address rate limits, kept in this process's memory: with several
//! nodes each node limits on its own (documented in docs/operations.md). A
//! visitor over the limit gets 429 with Retry-After (`WebError::TooMany`,
//! the embed's `ApiError::rate_limited`); everyone else is served as usual.
//! "Address" means its network ([`Network`]): an IPv6 visitor picks any
//! address in its /64 at will, so the /64 shares one quota.
use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use masthead_core::comment::Network;
use std::net::IpAddr;
use std::num::NonZeroU32;

#[derive(Debug, Clone, Copy)]
pub struct RateLimitConfig {
    /// Sustained requests per second from one address; 0 turns the limit off.
    pub requests_per_second: u32,
    /// Requests allowed in a burst above the sustained rate.
    pub burst: u32,
    /// Comment submissions per minute from one address; 0 turns the limit off.
    pub comment_posts_per_minute: u32,
    /// Recommends and reports per minute from one address, and new reader
    /// ids handed out per hour to one address; 0 turns both off.
    pub reader_actions_per_minute: u32,
}

impl RateLimitConfig {
    /// No limits at all (tests that send many requests from one address).
    pub const OFF: Self = Self {
        requests_per_second: 0,
        burst: 0,
        comment_posts_per_minute: 0,
        reader_actions_per_minute: 0,
    };
}

impl Default for RateLimitConfig {
    fn default() -> Self {
        Self {
            requests_per_second: 20,
            burst: 100,
            comment_posts_per_minute: 10,
            reader_actions_per_minute: 30,
        }
    }
}

/// `Err(seconds)` when `key` must wait; quiet keys are forgotten once the
/// table is large, so it cannot grow without bound.
fn check_keyed<K: Clone + Eq + std::hash::Hash>(
    limiter: Option<&DefaultKeyedRateLimiter<K>>,
    key: &K,
) -> Result<(), u64> {
    let Some(l) = limiter else { return Ok(()) };
    l.check_key(key).map_err(|not_until| {
        let wait = not_until.wait_time_from(DefaultClock::default().now());
        wait.as_secs() + u64::from(wait.subsec_nanos() > 0)
    })?;
    if l.len() > 100_000 {
        l.retain_recent();
    }
    Ok(())
}

/// A limiter per network.
type ByNetwork = DefaultKeyedRateLimiter<Network>;

pub struct RateLimits {
    requests: Option<ByNetwork>,
    posts: Option<ByNetwork>,
    reader_actions: Option<ByNetwork>,
    new_readers: Option<ByNetwork>,
    /// ActivityPub deliveries per instance (host), whatever address they
    /// come from: one busy or hostile instance cannot crowd out the rest.
    instances: Option<DefaultKeyedRateLimiter<String>>,
}

impl RateLimits {
    pub fn new(c: RateLimitConfig) -> Self {
        let requests = NonZeroU32::new(c.requests_per_second).map(|rate| {
            let burst = NonZeroU32::new(c.burst.max(c.requests_per_second)).unwrap_or(rate);
            RateLimiter::keyed(Quota::per_second(rate).allow_burst(burst))
        });
        let posts = NonZeroU32::new(c.comment_posts_per_minute)
            .map(|rate| RateLimiter::keyed(Quota::per_minute(rate).allow_burst(rate)));
        let reader_actions = NonZeroU32::new(c.reader_actions_per_minute)
            .map(|rate| RateLimiter::keyed(Quota::per_minute(rate).allow_burst(rate)));
        let new_readers = NonZeroU32::new(c.reader_actions_per_minute)
            .map(|rate| RateLimiter::keyed(Quota::per_hour(rate).allow_burst(rate)));
        // Thirty times a person's comment rate: an instance is many people.
        let instances = NonZeroU32::new(c.comment_posts_per_minute.saturating_mul(30))
            .map(|rate| RateLimiter::keyed(Quota::per_minute(rate).allow_burst(rate)));
        Self {
            requests,
            posts,
            reader_actions,
            new_readers,
            instances,
        }
    }

    fn check(limiter: Option<&ByNetwork>, ip: IpAddr) -> Result<(), u64> {
        check_keyed(limiter, &Network::of(ip))
    }

    /// `Err(seconds)` when `ip` must wait before its next request.
    pub fn check_request(&self, ip: IpAddr) -> Result<(), u64> {
        Self::check(self.requests.as_ref(), ip)
    }

    /// `Err(seconds)` when `ip` must wait before posting another comment.
    pub fn check_post(&self, ip: IpAddr) -> Result<(), u64> {
        Self::check(self.posts.as_ref(), ip)
    }
}

impl RateLimits {
    /// `Err(seconds)` when `ip` must wait before another recommend or report.
    pub fn check_reader_action(&self, ip: IpAddr) -> Result<(), u64> {
        Self::check(self.reader_actions.as_ref(), ip)
    }

    /// `Err(seconds)` when the instance `host` must wait before its next
    /// activity.
    pub fn check_instance(&self, host: &str) -> Result<(), u64> {
        check_keyed(self.instances.as_ref(), &host.to_ascii_lowercase())
    }

    /// `Err(seconds)` when `ip` has had too many new reader ids lately: one
    /// address cannot become many readers to recommend a comment many times.
    pub fn check_new_reader(&self, ip: IpAddr) -> Result<(), u64> {
        Self::check(self.new_readers.as_ref(), ip)
    }
}

/// Failed sign-ins are limited per address (its network) and per account
/// name, so neither one attacker nor many can guess a password quickly.
/// Kept per node.
pub struct LoginLimits {
    by_ip: Option<ByNetwork>,
    by_name: Option<DefaultKeyedRateLimiter<String>>,
}

impl LoginLimits {
    pub fn new(per_minute: u32) -> Self {
        let quota = NonZeroU32::new(per_minute).map(Quota::per_minute);
        Self {
            by_ip: quota.map(RateLimiter::keyed),
            by_name: quota.map(RateLimiter::keyed),
        }
    }

    /// Counts one attempt; `false` when this address or account must wait.
    pub fn allow(&self, ip: IpAddr, name: &str) -> bool {
        let ip_ok = self
            .by_ip
            .as_ref()
            .is_none_or(|l| l.check_key(&Network::of(ip)).is_ok());
        let name_ok = self
            .by_name
            .as_ref()
            .is_none_or(|l| l.check_key(&name.to_lowercase()).is_ok());
        ip_ok && name_ok
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn addresses_of_one_ipv6_slash_64_share_a_quota() {
        let limits = RateLimits::new(RateLimitConfig {
            requests_per_second: 0,
            burst: 0,
            comment_posts_per_minute: 0,
            reader_actions_per_minute: 2,
        });
        assert!(limits.check_reader_action(ip("2001:db8:1:2::1")).is_ok());
        assert!(limits.check_reader_action(ip("2001:db8:1:2::2")).is_ok());
        // A third address in the same /64: the quota is spent.
        assert!(
            limits
                .check_reader_action(ip("2001:db8:1:2:ffff::9"))
                .is_err()
        );
        // The next /64 and an IPv4 address have their own.
        assert!(limits.check_reader_action(ip("2001:db8:1:3::1")).is_ok());
        assert!(limits.check_reader_action(ip("203.0.113.7")).is_ok());
        assert!(limits.check_reader_action(ip("203.0.113.7")).is_ok());
        assert!(
            limits
                .check_reader_action(ip("::ffff:203.0.113.7"))
                .is_err()
        );
        assert!(limits.check_reader_action(ip("203.0.113.8")).is_ok());
    }

    #[test]
    fn sign_in_attempts_are_counted_per_slash_64() {
        let limits = LoginLimits::new(1);
        assert!(limits.allow(ip("2001:db8:1:2::1"), "alice"));
        assert!(!limits.allow(ip("2001:db8:1:2::2"), "bob"));
        assert!(limits.allow(ip("2001:db8:1:3::1"), "carol"));
    }
}
