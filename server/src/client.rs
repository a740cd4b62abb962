//! The client's address, by one rule for the rate limits (the journeys' POSTs, the staff area)
//! and the staff sign-in throttle; and the one rate limiter both limits are built with.
//!
//! Behind reverse proxies, `X-Forwarded-For` lists addresses left to right as each hop appended
//! them. The client writes the leftmost entries itself, so only what our own proxies added can
//! be believed: walking back from the socket's peer, the address is the first one that is not a
//! trusted proxy (`RJ_TRUSTED_PROXIES`). With no trusted proxies the header is ignored and the
//! peer is the client.

use std::{
    net::{IpAddr, SocketAddr},
    sync::Arc,
};

use axum::{
    extract::ConnectInfo,
    http::{Extensions, HeaderMap, Request, StatusCode, header},
    response::IntoResponse,
};
use ipnet::IpNet;
use tower_governor::{
    GovernorError, GovernorLayer, governor::GovernorConfigBuilder, key_extractor::KeyExtractor,
};

/// The proxies whose `X-Forwarded-For` entries are believed: networks in CIDR form.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TrustedProxies(Vec<IpNet>);

impl TrustedProxies {
    /// A list separated by commas or spaces, each a network (`10.0.0.0/8`) or one address.
    pub fn parse(list: &str) -> Result<Self, String> {
        list.split([',', ' '])
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(|item| {
                item.parse::<IpNet>()
                    .or_else(|_| item.parse::<IpAddr>().map(IpNet::from))
                    .map_err(|_| format!("{item:?} is not an address or a network such as 10.0.0.0/8"))
            })
            .collect::<Result<Vec<_>, _>>()
            .map(TrustedProxies)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    fn trusts(&self, ip: IpAddr) -> bool {
        let ip = ip.to_canonical();
        self.0.iter().any(|net| net.contains(&ip))
    }

    /// The client behind `peer`, given the `X-Forwarded-For` entries in order.
    pub fn client(&self, peer: IpAddr, forwarded_for: &[&str]) -> IpAddr {
        let mut client = peer.to_canonical();
        if !self.trusts(client) {
            return client;
        }
        for entry in forwarded_for.iter().rev().flat_map(|h| h.rsplit(',')) {
            // Something that is not an address cannot have come from our proxies: stop at the
            // last hop we believe.
            let Ok(ip) = entry.trim().parse::<IpAddr>() else { break };
            client = ip.to_canonical();
            if !self.trusts(client) {
                break;
            }
        }
        client
    }

    /// The client of a request: its socket's peer (none when not served over a socket) and
    /// its `X-Forwarded-For` headers.
    pub fn client_of(&self, headers: &HeaderMap, extensions: &Extensions) -> Option<IpAddr> {
        let peer = extensions.get::<ConnectInfo<SocketAddr>>().map(|ConnectInfo(addr)| addr.ip())?;
        let forwarded: Vec<&str> =
            headers.get_all("x-forwarded-for").iter().filter_map(|v| v.to_str().ok()).collect();
        Some(self.client(peer, &forwarded))
    }
}

/// The rate limiter's key: the client's address by the rule above.
#[derive(Clone, Debug)]
pub struct ClientKey(pub Arc<TrustedProxies>);

impl KeyExtractor for ClientKey {
    type Key = IpAddr;

    fn extract<T>(&self, request: &Request<T>) -> Result<IpAddr, GovernorError> {
        self.0.client_of(request.headers(), request.extensions()).ok_or(GovernorError::UnableToExtractKey)
    }
}

/// How many requests a client may make: a burst, then one more every `period`.
#[derive(Clone, Debug)]
pub struct RateLimits {
    pub burst: u32,
    pub period: std::time::Duration,
    /// Whose `X-Forwarded-For` entries to believe: the same rule as the sign-in throttle.
    pub proxies: Arc<TrustedProxies>,
}

/// How often a limiter forgets clients that have been quiet long enough to have a full
/// bucket again, so its memory does not grow with every address ever seen.
const FORGET_EVERY: std::time::Duration = std::time::Duration::from_secs(60);

/// Marks the limiter's own 429 (with `Retry-After`), for the layer above to turn into a page.
#[derive(Clone, Copy, Debug)]
pub struct RateLimited;

/// A rate limit per client (`ClientKey`), as a tower_governor layer: over the limit is a bare
/// 429 with `Retry-After` and the `RateLimited` mark; each area answers it with its own page.
/// A burst or period of zero is taken as the smallest there is.
pub fn rate_limit(
    limits: RateLimits,
) -> GovernorLayer<ClientKey, governor::middleware::NoOpMiddleware, axum::body::Body> {
    let config = GovernorConfigBuilder::default()
        .key_extractor(ClientKey(limits.proxies.clone()))
        .period(limits.period.max(std::time::Duration::from_millis(1)))
        .burst_size(limits.burst.max(1))
        .finish()
        .expect("a rate limit needs a burst and a period above zero");
    let limiter = Arc::downgrade(config.limiter());
    tokio::spawn(async move {
        let mut every = tokio::time::interval(FORGET_EVERY);
        every.tick().await;
        loop {
            every.tick().await;
            let Some(limiter) = limiter.upgrade() else { break };
            limiter.retain_recent();
            limiter.shrink_to_fit();
        }
    });
    GovernorLayer::new(Arc::new(config)).error_handler(|error| {
        let wait = match error {
            GovernorError::TooManyRequests { wait_time, .. } => wait_time.max(1),
            // No client address (not over a socket): refuse rather than share one bucket.
            _ => 60,
        };
        let mut response = StatusCode::TOO_MANY_REQUESTS.into_response();
        response.headers_mut().insert(header::RETRY_AFTER, wait.into());
        response.extensions_mut().insert(RateLimited);
        response
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn the_client_is_the_rightmost_address_that_is_not_our_proxy() {
        let proxies = TrustedProxies::parse("127.0.0.1, 10.0.0.0/8").unwrap();
        let peer = ip("127.0.0.1");
        // nginx appends the address it saw; whatever the client wrote is to its left.
        assert_eq!(proxies.client(peer, &["6.6.6.6, 203.0.113.9"]), ip("203.0.113.9"));
        assert_eq!(proxies.client(peer, &["1.1.1.1", "2.2.2.2, 203.0.113.9"]), ip("203.0.113.9"), "several headers");
        // Two of our proxies in a row, then the client.
        assert_eq!(proxies.client(peer, &["6.6.6.6, 203.0.113.9, 10.1.2.3"]), ip("203.0.113.9"));
        // A client pretending to be one of our proxies gets nowhere further.
        assert_eq!(proxies.client(peer, &["10.9.9.9"]), ip("10.9.9.9"), "all trusted: the furthest hop");
        assert_eq!(proxies.client(peer, &["not-an-address, 203.0.113.9"]), ip("203.0.113.9"));
        assert_eq!(proxies.client(peer, &["203.0.113.9, nonsense"]), peer, "garbage from our side stops the walk");
        assert_eq!(proxies.client(peer, &[]), peer, "no header: the proxy itself");
    }

    #[test]
    fn a_peer_that_is_not_a_trusted_proxy_is_the_client_whatever_it_claims() {
        let proxies = TrustedProxies::parse("127.0.0.1/32").unwrap();
        assert_eq!(proxies.client(ip("198.51.100.7"), &["203.0.113.9"]), ip("198.51.100.7"));
        let none = TrustedProxies::parse("").unwrap();
        assert!(none.is_empty());
        assert_eq!(none.client(ip("127.0.0.1"), &["203.0.113.9"]), ip("127.0.0.1"), "no proxies: the header is ignored");
    }

    #[test]
    fn ipv4_mapped_ipv6_peers_match_ipv4_networks() {
        let proxies = TrustedProxies::parse("127.0.0.1").unwrap();
        assert_eq!(proxies.client(ip("::ffff:127.0.0.1"), &["203.0.113.9"]), ip("203.0.113.9"));
        assert_eq!(proxies.client(ip("::1"), &["203.0.113.9"]), ip("::1"));
    }

    #[test]
    fn a_list_with_something_that_is_not_a_network_is_refused() {
        assert!(TrustedProxies::parse("10.0.0.0/8 192.168.1.1").is_ok());
        assert!(TrustedProxies::parse("::1, fd00::/8").is_ok());
        let e = TrustedProxies::parse("10.0.0.0/33").unwrap_err();
        assert!(e.contains("10.0.0.0/33"), "{e}");
        assert!(TrustedProxies::parse("yes").is_err(), "the old on/off switch is not a list");
    }
}
