//! What the checker refuses to reach: a hostile article must not make it probe the
//! user's own network.
//!
//! Every host name is resolved by [`GuardedResolver`], which refuses a name that
//! resolves to a private, loopback, link-local or otherwise internal address (so the
//! address checked is the address connected to: no second lookup to rebind); an
//! address written in the URL itself is checked by [`refusal`]. Only `http` and
//! `https` are fetched. `--allow-private` lifts the address rule (tests, intranets).

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};

use reqwest::dns::{Addrs, Name, Resolve, Resolving};

/// True for an address inside the user's network or the machine itself.
///
/// ```
/// use crosscheck::links::safety::is_internal;
/// assert!(is_internal("127.0.0.1".parse().unwrap()));
/// assert!(is_internal("10.1.2.3".parse().unwrap()));
/// assert!(is_internal("169.254.169.254".parse().unwrap()));
/// assert!(is_internal("::ffff:192.168.0.1".parse().unwrap()));
/// assert!(is_internal("fe80::1".parse().unwrap()));
/// assert!(!is_internal("93.184.216.34".parse().unwrap()));
/// ```
pub fn is_internal(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => internal_v4(v4),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => internal_v4(v4),
            None => internal_v6(v6),
        },
    }
}

fn internal_v4(ip: Ipv4Addr) -> bool {
    let [a, b, ..] = ip.octets();
    ip.is_loopback()
        || ip.is_private()
        || ip.is_link_local()
        || ip.is_unspecified()
        || ip.is_broadcast()
        || ip.is_multicast()
        // Shared address space (carrier-grade NAT), 100.64.0.0/10.
        || (a == 100 && (64..128).contains(&b))
        // "This network", 0.0.0.0/8.
        || a == 0
}

fn internal_v6(ip: Ipv6Addr) -> bool {
    let first = ip.segments()[0];
    ip.is_loopback()
        || ip.is_unspecified()
        || ip.is_multicast()
        // Unique local fc00::/7, link-local fe80::/10.
        || (first & 0xfe00) == 0xfc00
        || (first & 0xffc0) == 0xfe80
}

/// Why a URL is not fetched, or `None` when it may be: a scheme other than http(s),
/// or an internal address written in the URL.
pub fn refusal(url: &url::Url, allow_private: bool) -> Option<String> {
    if !matches!(url.scheme(), "http" | "https") {
        return Some(format!("the scheme {}: is not checked", url.scheme()));
    }
    let ip = match url.host() {
        Some(url::Host::Ipv4(ip)) => IpAddr::V4(ip),
        Some(url::Host::Ipv6(ip)) => IpAddr::V6(ip),
        Some(url::Host::Domain(_)) => return None,
        None => return Some("the URL names no host".into()),
    };
    (!allow_private && is_internal(ip))
        .then(|| format!("{ip} is a private address (--allow-private checks it)"))
}

/// The message of a refused resolution, recognised in reqwest's error chain.
pub const REFUSED: &str = "resolves to a private address";

/// A resolver that refuses names resolving to internal addresses.
#[derive(Debug, Clone, Copy)]
pub struct GuardedResolver {
    /// Internal addresses are allowed.
    pub allow_private: bool,
}

impl Resolve for GuardedResolver {
    fn resolve(&self, name: Name) -> Resolving {
        let allow = self.allow_private;
        let host = name.as_str().to_owned();
        Box::pin(async move {
            let addrs: Vec<SocketAddr> =
                tokio::net::lookup_host((host.as_str(), 0)).await?.collect();
            if !allow {
                if let Some(bad) = addrs.iter().find(|a| is_internal(a.ip())) {
                    let message = format!("{host} {REFUSED} ({})", bad.ip());
                    return Err(message.into());
                }
            }
            let addrs: Addrs = Box::new(addrs.into_iter());
            Ok(addrs)
        })
    }
}
