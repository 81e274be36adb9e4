//! The network an address speaks from: the range one person can move
//! around in at will. An IPv4 address is its own network (addresses are
//! scarce; a household has one). An IPv6 address belongs to its /64, the
//! prefix a household or a rented server is given, within which it may
//! pick any of 2^64 addresses. Rate limits, reports and recommends count
//! networks, so changing addresses within one buys nothing.
use std::fmt;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Network(Kind);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Kind {
    V4(Ipv4Addr),
    /// The first 64 bits; the rest are zero.
    V6(Ipv6Addr),
}

impl Network {
    /// The network `ip` belongs to. An IPv4-mapped IPv6 address
    /// (`::ffff:a.b.c.d`, what a dual-stack socket reports for an IPv4
    /// client) is that IPv4 address.
    pub fn of(ip: IpAddr) -> Self {
        match ip {
            IpAddr::V4(v4) => Self(Kind::V4(v4)),
            IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
                Some(v4) => Self(Kind::V4(v4)),
                None => {
                    let s = v6.segments();
                    Self(Kind::V6(Ipv6Addr::new(s[0], s[1], s[2], s[3], 0, 0, 0, 0)))
                }
            },
        }
    }
}

impl From<IpAddr> for Network {
    fn from(ip: IpAddr) -> Self {
        Self::of(ip)
    }
}

/// `203.0.113.7`, `2001:db8:1:2::/64`: the text stored with reports and
/// recommends.
impl fmt::Display for Network {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Kind::V4(v4) => write!(f, "{v4}"),
            Kind::V6(prefix) => write!(f, "{prefix}/64"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn net(ip: &str) -> Network {
        Network::of(ip.parse().unwrap())
    }

    #[test]
    fn an_ipv4_address_is_its_own_network() {
        assert_eq!(net("203.0.113.7").to_string(), "203.0.113.7");
        assert_ne!(net("203.0.113.7"), net("203.0.113.8"));
    }

    #[test]
    fn an_ipv4_mapped_address_is_that_ipv4_address() {
        assert_eq!(net("::ffff:203.0.113.7"), net("203.0.113.7"));
        assert_eq!(net("::ffff:203.0.113.7").to_string(), "203.0.113.7");
    }

    #[test]
    fn an_ipv6_address_is_its_slash_64() {
        let a = net("2001:db8:1:2:aaaa:bbbb:cccc:dddd");
        assert_eq!(a.to_string(), "2001:db8:1:2::/64");
        assert_eq!(a, net("2001:db8:1:2::1"));
        assert_eq!(a, net("2001:db8:1:2:ffff:ffff:ffff:ffff"));
        assert_ne!(a, net("2001:db8:1:3::1"));
        assert_ne!(a, net("2001:db8:2:2::1"));
        assert_eq!(net("::1").to_string(), "::/64");
    }

    #[test]
    fn networks_of_the_two_families_never_meet() {
        // 0.0.0.1 and ::1 share no network, nor does an address with the
        // IPv4 bits in its /64.
        assert_ne!(net("0.0.0.1"), net("::1"));
        assert_ne!(net("203.0.113.7"), net("cb00:7107::"));
    }
}
