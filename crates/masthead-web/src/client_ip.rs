//! The visitor's address. `X-Forwarded-For` is believed only when the direct
//! peer is a configured trusted proxy; otherwise anyone could claim any address
//! and escape the rate and flood limits.
//!
//! The chain is walked from the nearest hop (each proxy appends the address
//! it saw) and the walk stops at the first hop that is not a trusted proxy:
//! that hop is the client. Hops are addresses with or without a port
//! (`203.0.113.7`, `203.0.113.7:5678`, `2001:db8::1`, `[2001:db8::1]`,
//! `[2001:db8::1]:443`). A hop that names no address (`unknown`, an
//! obfuscated `_hidden`, anything unparseable, an empty one) also stops the
//! walk, and the client is then the trusted proxy that wrote it: the hop to
//! its right, or the peer. Skipping it instead would let whatever the client
//! wrote further left win.
//!
//! The standard `Forwarded` header (RFC 7239) is not read: believing it needs
//! to know that the proxy writes it (one that only appends `X-Forwarded-For`
//! passes a client's own `Forwarded` through untouched), so it would need a
//! setting of its own; masthead reads the one header proxies commonly write.
use axum::http::HeaderMap;
use ipnet::IpNet;
use std::net::{IpAddr, SocketAddr};

pub fn client_ip(peer: IpAddr, headers: &HeaderMap, trusted: &[IpNet]) -> IpAddr {
    let is_trusted = |ip: &IpAddr| trusted.iter().any(|net| net.contains(ip));
    if !is_trusted(&peer) {
        return peer;
    }
    let values: Vec<&str> = headers
        .get_all("x-forwarded-for")
        .iter()
        .map(|v| v.to_str().unwrap_or(""))
        .collect();
    if values.is_empty() {
        return peer;
    }
    // Several header lines are one list, in order.
    let joined = values.join(",");
    // The address of whoever told us about the hop being read.
    let mut reporter = peer;
    for hop in joined.rsplit(',') {
        match hop_address(hop) {
            Some(ip) if is_trusted(&ip) => reporter = ip,
            Some(ip) => return ip,
            None => return reporter,
        }
    }
    // Every hop was a trusted proxy: the furthest is the closest we know.
    reporter
}

/// The address a hop names, if it names one: a bare address, `v4:port`,
/// `[v6]` or `[v6]:port`. Surrounding spaces (and quotes, which some
/// proxies copy from `Forwarded`) are ignored.
fn hop_address(hop: &str) -> Option<IpAddr> {
    let hop = hop.trim().trim_matches('"');
    if let Ok(ip) = hop.parse::<IpAddr>() {
        return Some(ip);
    }
    if let Ok(addr) = hop.parse::<SocketAddr>() {
        return Some(addr.ip());
    }
    let inner = hop.strip_prefix('[')?.strip_suffix(']')?;
    inner.parse::<std::net::Ipv6Addr>().ok().map(IpAddr::V6)
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn headers(xff: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert("x-forwarded-for", HeaderValue::from_str(xff).unwrap());
        h
    }

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    fn trusted() -> Vec<IpNet> {
        vec![
            "10.0.0.0/8".parse().unwrap(),
            "127.0.0.1/32".parse().unwrap(),
            "fd00::/8".parse().unwrap(),
        ]
    }

    #[test]
    fn forwarded_for_is_ignored_unless_the_peer_is_trusted() {
        let peer = ip("203.0.113.9");
        assert_eq!(client_ip(peer, &headers("1.2.3.4"), &[]), peer);
        assert_eq!(client_ip(peer, &headers("1.2.3.4"), &trusted()), peer);
    }

    #[test]
    fn behind_trusted_proxies_the_first_untrusted_hop_is_the_client() {
        let proxy = ip("127.0.0.1");
        // The client spoofed 6.6.6.6; the proxy appended the real address.
        assert_eq!(
            client_ip(
                proxy,
                &headers("6.6.6.6, 198.51.100.7, 10.1.2.3"),
                &trusted()
            ),
            ip("198.51.100.7")
        );
        assert_eq!(client_ip(proxy, &HeaderMap::new(), &trusted()), proxy);
        assert_eq!(client_ip(proxy, &headers("garbage"), &trusted()), proxy);
        // Only trusted hops: the furthest of them.
        assert_eq!(
            client_ip(proxy, &headers("10.9.9.9, 10.1.2.3"), &trusted()),
            ip("10.9.9.9")
        );
    }

    #[test]
    fn hops_with_ports_and_brackets_are_addresses() {
        let proxy = ip("127.0.0.1");
        let cases = [
            ("6.6.6.6, 203.0.113.7:5678", "203.0.113.7"),
            ("6.6.6.6, [2001:db8::1]:443", "2001:db8::1"),
            ("6.6.6.6, [2001:db8::1]", "2001:db8::1"),
            ("6.6.6.6, 2001:db8::1", "2001:db8::1"),
            ("6.6.6.6,203.0.113.7", "203.0.113.7"),
            ("6.6.6.6, \"[2001:db8::1]:443\"", "2001:db8::1"),
            // A trusted proxy with a port is still a trusted proxy.
            ("6.6.6.6, 198.51.100.7, 10.1.2.3:80", "198.51.100.7"),
            ("6.6.6.6, 198.51.100.7, [fd00::5]:8080", "198.51.100.7"),
        ];
        for (xff, want) in cases {
            assert_eq!(
                client_ip(proxy, &headers(xff), &trusted()),
                ip(want),
                "{xff}"
            );
        }
    }

    #[test]
    fn a_hop_without_an_address_is_its_reporter_never_a_spoofed_hop() {
        let proxy = ip("127.0.0.1");
        let cases = [
            // Written by the peer itself: the peer is the client.
            ("6.6.6.6, unknown", "127.0.0.1"),
            ("6.6.6.6, _hidden", "127.0.0.1"),
            ("6.6.6.6, ", "127.0.0.1"),
            ("6.6.6.6, 1.2.3.4.5", "127.0.0.1"),
            ("6.6.6.6, [2001:db8::1", "127.0.0.1"),
            ("6.6.6.6, 203.0.113.7:port", "127.0.0.1"),
            // Written by a trusted proxy further out: that proxy.
            ("6.6.6.6, unknown, 10.1.2.3", "10.1.2.3"),
            ("6.6.6.6, _obf, [fd00::5]:8080", "fd00::5"),
            ("6.6.6.6,,10.1.2.3", "10.1.2.3"),
        ];
        for (xff, want) in cases {
            assert_eq!(
                client_ip(proxy, &headers(xff), &trusted()),
                ip(want),
                "{xff}"
            );
        }
    }

    #[test]
    fn several_header_lines_are_one_chain() {
        let mut h = HeaderMap::new();
        h.append("x-forwarded-for", HeaderValue::from_static("6.6.6.6"));
        h.append("x-forwarded-for", HeaderValue::from_static("unknown"));
        assert_eq!(client_ip(ip("10.0.0.1"), &h, &trusted()), ip("10.0.0.1"));
        let mut h = HeaderMap::new();
        h.append("x-forwarded-for", HeaderValue::from_static("6.6.6.6"));
        h.append("x-forwarded-for", HeaderValue::from_static("198.51.100.7"));
        assert_eq!(
            client_ip(ip("10.0.0.1"), &h, &trusted()),
            ip("198.51.100.7")
        );
        // A line that is not text names no address.
        let mut h = HeaderMap::new();
        h.append("x-forwarded-for", HeaderValue::from_static("6.6.6.6"));
        h.append(
            "x-forwarded-for",
            HeaderValue::from_bytes(b"\xff\xfe").unwrap(),
        );
        assert_eq!(client_ip(ip("10.0.0.1"), &h, &trusted()), ip("10.0.0.1"));
    }
}
