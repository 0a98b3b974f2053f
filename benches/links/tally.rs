//! The counts the benchmark reports, read from the server's log, and the floor no
//! checker can beat.
//!
//! A duplicate is a request for a URL beyond the first, not counting the one retry each
//! fault (503 or 429) the server gave that URL asks for: `HEAD` then `GET` for one page
//! is one duplicate, a retry after a fault is none. An interval violation is two request starts
//! to one host (as the server sees them: when a request's head has arrived) closer
//! than the interval less a tolerance (10 ms by default: on a loaded machine a process
//! can be held a few milliseconds by the scheduler, the server's timestamps with it);
//! gaps short by more than [`JITTER`] are counted apart, to show that noise. Nothing
//! here runs a checker.

use std::collections::HashMap;
use std::time::Duration;

use crate::server::{Entry, Plan};

/// What the server saw of one run.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tally {
    /// Requests received.
    pub requests: usize,
    /// Faults answered (503 or 429: the injected faults that were met).
    pub faults: usize,
    /// Requests beyond one per URL and one retry per fault.
    pub duplicates: usize,
    /// URLs of the input never requested.
    pub unasked: usize,
    /// Pairs of consecutive starts to one host closer than the interval less the
    /// tolerance.
    pub violations: usize,
    /// Pairs closer than the interval less [`JITTER`].
    pub short: usize,
    /// The closest two consecutive starts to one host.
    pub min_gap: Option<Duration>,
}

/// The least shortfall counted in [`Tally::short`].
pub const JITTER: Duration = Duration::from_millis(2);

/// Counts a run's log against the URLs it was given (`(host, path)` pairs).
pub fn tally(
    log: &[Entry],
    urls: &[(usize, String)],
    interval: Duration,
    tolerance: Duration,
) -> Tally {
    let mut per_url: HashMap<(usize, &str), (usize, usize)> = HashMap::new();
    let mut per_host: HashMap<usize, Vec<Duration>> = HashMap::new();
    for e in log {
        let n = per_url.entry((e.host, e.path.as_str())).or_insert((0, 0));
        n.0 += 1;
        if e.status != 200 {
            n.1 += 1;
        }
        per_host.entry(e.host).or_default().push(e.at);
    }
    let duplicates = per_url
        .values()
        .map(|&(asked, faults)| asked.saturating_sub(1 + faults))
        .sum();
    let unasked = urls
        .iter()
        .filter(|(h, p)| !per_url.contains_key(&(*h, p.as_str())))
        .count();
    let least = interval.saturating_sub(tolerance);
    let mut violations = 0;
    let mut short = 0;
    let mut min_gap: Option<Duration> = None;
    for starts in per_host.values_mut() {
        starts.sort();
        for pair in starts.windows(2) {
            let gap = pair[1] - pair[0];
            if gap < least {
                violations += 1;
            }
            if gap < interval.saturating_sub(JITTER) {
                short += 1;
            }
            min_gap = Some(min_gap.map_or(gap, |m| m.min(gap)));
        }
    }
    Tally {
        requests: log.len(),
        faults: log.iter().filter(|e| e.status != 200).count(),
        duplicates,
        unasked,
        violations,
        short,
        min_gap,
    }
}

/// The limits a checker runs under.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Requests in flight, all hosts together.
    pub concurrency: usize,
    /// Requests in flight to one host.
    pub per_host: usize,
    /// Least time between two request starts to one host.
    pub interval: Duration,
}

/// A lower bound of the wall time of any checker that asks each URL once (and once
/// more after a fault) within the limits: the largest of the busiest host's starts one
/// interval apart, its latencies shared by its slots, and all latencies shared by the
/// global slots. Start-up, parsing and the network are not counted.
pub fn floor(plan: &Plan, urls: &[(usize, String)], limits: Limits) -> Duration {
    let mut hosts: HashMap<usize, (u32, Duration)> = HashMap::new();
    let mut all = Duration::ZERO;
    for (host, path) in urls {
        let h = hosts.entry(*host).or_insert((0, Duration::ZERO));
        let mut lat = plan.latency(*host, path, 0);
        h.0 += 1;
        if plan.faulty(*host, path) {
            lat += plan.latency(*host, path, 1);
            h.0 += 1;
        }
        h.1 += lat;
        all += lat;
    }
    let slots = |n: usize| u32::try_from(n.max(1)).unwrap_or(u32::MAX);
    let min_latency = Duration::from_millis(crate::server::LATENCY_MS.0);
    let by_host = hosts
        .values()
        .map(|&(n, lat)| {
            let spaced = limits.interval * n.saturating_sub(1) + min_latency;
            spaced.max(lat / slots(limits.per_host))
        })
        .max()
        .unwrap_or_default();
    by_host.max(all / slots(limits.concurrency))
}

/// Checks the counting on a hand-made log (run by `cargo test`, which builds this
/// target without `--bench`).
pub fn self_check() -> Result<(), String> {
    let ms = Duration::from_millis;
    let e = |host: usize, method: &str, path: &str, at: u64, status: u16| Entry {
        host,
        method: method.into(),
        path: path.into(),
        at: ms(at),
        status,
    };
    let log = [
        e(0, "GET", "/a", 0, 429),
        e(0, "GET", "/a", 100, 200),
        e(0, "HEAD", "/b", 200, 200),
        e(0, "GET", "/b", 297, 200),
        e(1, "GET", "/a", 0, 200),
        e(1, "GET", "/c", 50, 200),
    ];
    let urls: Vec<(usize, String)> = [(0, "/a"), (0, "/b"), (1, "/a"), (1, "/c"), (1, "/d")]
        .iter()
        .map(|(h, p)| (*h, (*p).to_owned()))
        .collect();
    let got = tally(&log, &urls, ms(100), ms(10));
    let want = Tally {
        requests: 6,
        faults: 1,
        duplicates: 1,
        unasked: 1,
        violations: 1,
        short: 2,
        min_gap: Some(ms(50)),
    };
    if got != want {
        return Err(format!("tally: got {got:?}, want {want:?}"));
    }
    let plan = Plan {
        seed: 7,
        fault_percent: 0,
        fault_status: 503,
    };
    let limits = Limits {
        concurrency: 1000,
        per_host: 1000,
        interval: ms(100),
    };
    let three: Vec<(usize, String)> = (0..3).map(|i| (0, format!("/{i}"))).collect();
    let low = floor(&plan, &three, limits);
    if low < ms(220) || low > ms(400) {
        return Err(format!("floor of three URLs 100 ms apart: {low:?}"));
    }
    Ok(())
}
