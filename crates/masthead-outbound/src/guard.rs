//! Which addresses a URL from outside may reach: public unicast only.
//!
//! A URL someone else chose (a webhook, and later a wire feed or a
//! federated server) must not make masthead talk to the machine it runs on
//! or to its private network: the database, a cache's admin port, a cloud's
//! metadata service at 169.254.169.254. [`classify`] names the kind of a
//! non-public address; the client refuses those before it connects (literal
//! addresses) or as the resolver answers (names), so the address checked is
//! the address connected to.
use std::fmt;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

/// Why an address is not public.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Range {
    /// 127.0.0.0/8, ::1.
    Loopback,
    /// RFC 1918 (10/8, 172.16/12, 192.168/16), unique local fc00::/7,
    /// site-local fec0::/10, local-use NAT64 64:ff9b:1::/48.
    Private,
    /// 100.64.0.0/10, carrier-grade NAT (RFC 6598).
    SharedNat,
    /// 169.254.0.0/16 (where cloud metadata services listen), fe80::/10.
    LinkLocal,
    /// 0.0.0.0/8, ::.
    Unspecified,
    /// 224.0.0.0/4, ff00::/8.
    Multicast,
    /// 255.255.255.255.
    Broadcast,
    /// 192.0.2/24, 198.51.100/24, 203.0.113/24, 2001:db8::/32, 3fff::/20.
    Documentation,
    /// 198.18.0.0/15.
    Benchmarking,
    /// Anything else set aside: 240.0.0.0/4, 192.0.0.0/24, 192.88.99.0/24,
    /// IPv6 outside global unicast 2000::/3, 2001::/23, 100::/64,
    /// IPv4-compatible ::/96.
    Reserved,
}

impl fmt::Display for Range {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Range::Loopback => "a loopback address",
            Range::Private => "a private address (RFC 1918 or unique local)",
            Range::SharedNat => "a carrier-grade NAT address (100.64.0.0/10)",
            Range::LinkLocal => "a link-local address",
            Range::Unspecified => "the unspecified address",
            Range::Multicast => "a multicast address",
            Range::Broadcast => "the broadcast address",
            Range::Documentation => "a documentation address",
            Range::Benchmarking => "a benchmarking address (198.18.0.0/15)",
            Range::Reserved => "a reserved address",
        })
    }
}

/// `None` for a public address; otherwise why it is not one. IPv4 written
/// inside IPv6 (mapped `::ffff:a.b.c.d`, NAT64 `64:ff9b::a.b.c.d`, 6to4
/// `2002:AABB:CCDD::`) is judged by the IPv4 address it reaches.
pub fn classify(ip: IpAddr) -> Option<Range> {
    match ip {
        IpAddr::V4(v4) => classify_v4(v4),
        IpAddr::V6(v6) => classify_v6(v6),
    }
}

fn classify_v4(ip: Ipv4Addr) -> Option<Range> {
    let n = u32::from(ip);
    let within = |net: [u8; 4], bits: u32| (n ^ u32::from_be_bytes(net)) >> (32 - bits) == 0;
    let range = if within([0, 0, 0, 0], 8) {
        Range::Unspecified
    } else if within([127, 0, 0, 0], 8) {
        Range::Loopback
    } else if within([10, 0, 0, 0], 8)
        || within([172, 16, 0, 0], 12)
        || within([192, 168, 0, 0], 16)
    {
        Range::Private
    } else if within([100, 64, 0, 0], 10) {
        Range::SharedNat
    } else if within([169, 254, 0, 0], 16) {
        Range::LinkLocal
    } else if within([192, 0, 2, 0], 24)
        || within([198, 51, 100, 0], 24)
        || within([203, 0, 113, 0], 24)
    {
        Range::Documentation
    } else if within([198, 18, 0, 0], 15) {
        Range::Benchmarking
    } else if within([224, 0, 0, 0], 4) {
        Range::Multicast
    } else if n == u32::MAX {
        Range::Broadcast
    } else if within([240, 0, 0, 0], 4)
        || within([192, 0, 0, 0], 24)
        || within([192, 88, 99, 0], 24)
    {
        Range::Reserved
    } else {
        return None;
    };
    Some(range)
}

fn classify_v6(ip: Ipv6Addr) -> Option<Range> {
    let n = u128::from(ip);
    let within = |net: u128, bits: u32| (n ^ net) >> (128 - bits) == 0;
    // The IPv4 address in the low 32 bits (mapped, compatible, NAT64).
    let low_v4 = || Ipv4Addr::from((n & 0xffff_ffff) as u32);
    if n == 0 {
        return Some(Range::Unspecified);
    }
    if n == 1 {
        return Some(Range::Loopback);
    }
    if within(0xffff_0000_0000, 96) || within(0x0064_ff9b_0000_0000_0000_0000_0000_0000, 96) {
        return classify_v4(low_v4());
    }
    if within(0, 96) {
        // IPv4-compatible, deprecated since 2006: nobody serves from one.
        return Some(classify_v4(low_v4()).unwrap_or(Range::Reserved));
    }
    if within(0x2002_u128 << 112, 16) {
        return classify_v4(Ipv4Addr::from((n >> 80) as u32));
    }
    let range = if within(0xfc_u128 << 120, 7)
        || within(0xfec_u128 << 116, 10)
        || within(0x0064_ff9b_0001_u128 << 80, 48)
    {
        Range::Private
    } else if within(0xfe8_u128 << 116, 10) {
        Range::LinkLocal
    } else if within(0xff_u128 << 120, 8) {
        Range::Multicast
    } else if within(0x2001_0db8_u128 << 96, 32) || within(0x3fff_u128 << 112, 20) {
        Range::Documentation
    } else if !within(1_u128 << 125, 3)
        || within(0x2001_u128 << 112, 23)
        || within(0x0100_u128 << 112, 64)
    {
        Range::Reserved
    } else {
        return None;
    };
    Some(range)
}

/// A host refused because of the address it names or resolves to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused {
    pub host: String,
    pub addr: IpAddr,
    pub range: Range,
}

impl fmt::Display for Refused {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.host == self.addr.to_string() {
            write!(f, "{} is {}", self.addr, self.range)?;
        } else {
            write!(f, "{} is {} ({})", self.host, self.range, self.addr)?;
        }
        f.write_str(": a URL from outside may reach only public addresses")
    }
}

impl std::error::Error for Refused {}

/// The addresses of `host` that may be reached; refused when none may
/// (naming the first refused one). Private ones are dropped even when a
/// public one is there too: only checked addresses are ever connected to.
pub fn public_only<I>(host: &str, found: I) -> Result<Vec<std::net::SocketAddr>, Refused>
where
    I: IntoIterator<Item = std::net::SocketAddr>,
{
    let mut first_refused = None;
    let kept: Vec<_> = found
        .into_iter()
        .filter(|a| match classify(a.ip()) {
            None => true,
            Some(range) => {
                first_refused.get_or_insert(Refused {
                    host: host.to_string(),
                    addr: a.ip(),
                    range,
                });
                false
            }
        })
        .collect();
    match (kept.is_empty(), first_refused) {
        (true, Some(refused)) => Err(refused),
        _ => Ok(kept),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn range(s: &str) -> Option<Range> {
        classify(s.parse().expect("an address"))
    }

    #[test]
    fn every_non_public_range_is_named() {
        let cases = [
            ("127.0.0.1", Range::Loopback),
            ("127.255.255.254", Range::Loopback),
            ("::1", Range::Loopback),
            ("10.0.0.1", Range::Private),
            ("172.16.0.1", Range::Private),
            ("172.31.255.255", Range::Private),
            ("192.168.1.1", Range::Private),
            ("fc00::1", Range::Private),
            ("fd12:3456:789a::1", Range::Private),
            ("fec0::1", Range::Private),
            ("64:ff9b:1::a00:1", Range::Private),
            ("100.64.0.1", Range::SharedNat),
            ("100.127.255.255", Range::SharedNat),
            ("169.254.169.254", Range::LinkLocal),
            ("fe80::1", Range::LinkLocal),
            ("0.0.0.0", Range::Unspecified),
            ("0.1.2.3", Range::Unspecified),
            ("::", Range::Unspecified),
            ("224.0.0.1", Range::Multicast),
            ("239.255.255.250", Range::Multicast),
            ("ff02::1", Range::Multicast),
            ("255.255.255.255", Range::Broadcast),
            ("192.0.2.1", Range::Documentation),
            ("198.51.100.7", Range::Documentation),
            ("203.0.113.9", Range::Documentation),
            ("2001:db8::1", Range::Documentation),
            ("3fff::1", Range::Documentation),
            ("198.18.0.1", Range::Benchmarking),
            ("198.19.255.255", Range::Benchmarking),
            ("240.0.0.1", Range::Reserved),
            ("192.0.0.8", Range::Reserved),
            ("192.88.99.1", Range::Reserved),
            ("2001::1", Range::Reserved),
            ("100::1", Range::Reserved),
            ("4000::1", Range::Reserved),
            ("::8.8.8.8", Range::Reserved),
            // IPv4 written as IPv6 is judged by the IPv4 address.
            ("::ffff:127.0.0.1", Range::Loopback),
            ("::ffff:10.1.2.3", Range::Private),
            ("::ffff:169.254.169.254", Range::LinkLocal),
            ("::ffff:100.64.0.1", Range::SharedNat),
            ("::ffff:0.0.0.0", Range::Unspecified),
            ("::127.0.0.1", Range::Loopback),
            ("64:ff9b::7f00:1", Range::Loopback),
            ("64:ff9b::c0a8:101", Range::Private),
            ("2002:7f00:1::", Range::Loopback),
            ("2002:a9fe:a9fe::1", Range::LinkLocal),
        ];
        for (addr, expected) in cases {
            assert_eq!(range(addr), Some(expected), "{addr}");
        }
    }

    #[test]
    fn public_addresses_pass() {
        for addr in [
            "93.184.215.14",
            "1.1.1.1",
            "8.8.8.8",
            "172.32.0.1",
            "100.128.0.1",
            "198.20.0.1",
            "223.255.255.255",
            "2606:4700:4700::1111",
            "2a00:1450:4001:800::200e",
            "::ffff:93.184.215.14",
            "64:ff9b::808:808",
            "2002:808:808::1",
        ] {
            assert_eq!(range(addr), None, "{addr}");
        }
    }

    #[test]
    fn a_name_keeps_only_its_public_addresses() {
        let sock = |s: &str| std::net::SocketAddr::new(s.parse().expect("an address"), 0);
        let mixed = [sock("10.0.0.5"), sock("93.184.215.14")];
        assert_eq!(
            public_only("mixed.example", mixed),
            Ok(vec![sock("93.184.215.14")])
        );
        let refused =
            public_only("internal.example", [sock("::1"), sock("127.0.0.1")]).expect_err("refused");
        assert_eq!(refused.range, Range::Loopback);
        assert_eq!(
            refused.to_string(),
            "internal.example is a loopback address (::1): \
             a URL from outside may reach only public addresses"
        );
        assert_eq!(public_only("none.example", []), Ok(vec![]));
    }
}
