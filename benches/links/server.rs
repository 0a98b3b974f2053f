//! The benchmark's web server: one port on many loopback addresses, each answer late
//! by a reproducible 20–200 ms, a few first answers a transient fault (503, or 429, with
//! `Retry-After: 0`), every request logged.
//!
//! Input: the addresses to listen on and a [`Plan`] (seed, share of faults). Output:
//! the [`Entry`] log, read when the server stops. It speaks just enough HTTP/1.1 for a
//! link checker (`HEAD` and `GET`, keep-alive, no request bodies); it is no general
//! server and judges nothing: the counts are made by `tally`.

use std::collections::HashMap;
use std::net::{Ipv4Addr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::Context;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// How the server answers: every number derives from the seed, the host and the path,
/// so two runs (and two tools) meet the same latencies and the same faulty URLs.
#[derive(Debug, Clone, Copy)]
pub struct Plan {
    /// The seed of every draw.
    pub seed: u64,
    /// Percent of URLs whose first request gets a transient fault.
    pub fault_percent: u64,
    /// The fault: 503 or 429, with `Retry-After: 0`.
    pub fault_status: u16,
}

/// Shortest and longest injected latency.
pub const LATENCY_MS: (u64, u64) = (20, 200);

impl Plan {
    /// True when the first request for this URL is answered with the fault.
    pub fn faulty(&self, host: usize, path: &str) -> bool {
        draw(self.seed, host, path, u64::MAX) % 100 < self.fault_percent
    }

    /// How long the `attempt`-th request (0-based) for this URL waits before its answer.
    pub fn latency(&self, host: usize, path: &str, attempt: u64) -> Duration {
        let (low, high) = LATENCY_MS;
        Duration::from_millis(low + draw(self.seed, host, path, attempt) % (high - low + 1))
    }
}

/// A reproducible draw: FNV-1a over the path, mixed with the rest by splitmix64.
fn draw(seed: u64, host: usize, path: &str, salt: u64) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in path.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    let host = u64::try_from(host).unwrap_or(u64::MAX);
    let mut z = seed ^ h ^ host.rotate_left(32) ^ salt.rotate_left(17);
    z = z.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// One request the server saw.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The index of the address it reached (0 for the first address).
    pub host: usize,
    /// `HEAD`, `GET`, …
    pub method: String,
    /// The path, query included.
    pub path: String,
    /// When its head had arrived, since the server started.
    pub at: Duration,
    /// The status answered.
    pub status: u16,
}

struct State {
    plan: Plan,
    started: Instant,
    log: Mutex<Log>,
}

/// The requests seen, and how many for each URL (host, path).
#[derive(Default)]
struct Log {
    entries: Vec<Entry>,
    seen: HashMap<(usize, String), u64>,
}

impl State {
    /// Logs a request; returns how many requests for its URL came before it.
    fn record(&self, mut entry: Entry) -> (u64, u16) {
        let mut log = match self.log.lock() {
            Ok(l) => l,
            Err(poisoned) => poisoned.into_inner(),
        };
        let count = log
            .seen
            .entry((entry.host, entry.path.clone()))
            .or_insert(0);
        let before = *count;
        *count += 1;
        let status = if before == 0 && self.plan.faulty(entry.host, &entry.path) {
            self.plan.fault_status
        } else {
            200
        };
        entry.status = status;
        log.entries.push(entry);
        (before, status)
    }
}

/// The server, running on its own runtime until [`Server::stop`].
pub struct Server {
    /// The port every address listens on.
    pub port: u16,
    /// The addresses, in host-index order.
    pub addresses: Vec<Ipv4Addr>,
    state: Arc<State>,
    runtime: tokio::runtime::Runtime,
}

impl Server {
    /// Listens on one port of every address.
    ///
    /// # Errors
    /// No port is free on every address, or the runtime cannot start.
    pub fn start(addresses: &[Ipv4Addr], plan: Plan) -> anyhow::Result<Self> {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .context("cannot start the server's runtime")?;
        let listeners = bind_all(addresses)?;
        let port = listeners
            .first()
            .and_then(|l| l.local_addr().ok())
            .map(|a| a.port())
            .context("no address to listen on")?;
        let state = Arc::new(State {
            plan,
            started: Instant::now(),
            log: Mutex::new(Log::default()),
        });
        for (host, listener) in listeners.into_iter().enumerate() {
            listener.set_nonblocking(true)?;
            let state = state.clone();
            let _guard = runtime.enter();
            let listener = tokio::net::TcpListener::from_std(listener)?;
            runtime.spawn(async move {
                while let Ok((stream, _)) = listener.accept().await {
                    let _ = stream.set_nodelay(true);
                    tokio::spawn(serve(stream, host, state.clone()));
                }
            });
        }
        Ok(Self {
            port,
            addresses: addresses.to_vec(),
            state,
            runtime,
        })
    }

    /// The URL of a path on the address of index `host`.
    pub fn url(&self, host: usize, path: &str) -> String {
        let ip = self
            .addresses
            .get(host)
            .copied()
            .unwrap_or(Ipv4Addr::LOCALHOST);
        format!("http://{ip}:{}{path}", self.port)
    }

    /// Stops the server; returns its log in arrival order.
    pub fn stop(self) -> Vec<Entry> {
        self.runtime.shutdown_timeout(Duration::from_secs(1));
        let mut log = match self.state.log.lock() {
            Ok(l) => l,
            Err(poisoned) => poisoned.into_inner(),
        };
        std::mem::take(&mut log.entries)
    }
}

/// Binds one port on every address: the first address picks it, the others follow; a
/// port taken on another address means a new try.
fn bind_all(addresses: &[Ipv4Addr]) -> anyhow::Result<Vec<std::net::TcpListener>> {
    let Some(first) = addresses.first() else {
        anyhow::bail!("no address to listen on");
    };
    let mut last = None;
    for _ in 0..20 {
        let lead = std::net::TcpListener::bind(SocketAddr::from((*first, 0)))
            .with_context(|| format!("cannot listen on {first}"))?;
        let port = lead.local_addr()?.port();
        let rest: std::io::Result<Vec<_>> = addresses
            .iter()
            .skip(1)
            .map(|a| std::net::TcpListener::bind(SocketAddr::from((*a, port))))
            .collect();
        match rest {
            Ok(rest) => return Ok(std::iter::once(lead).chain(rest).collect()),
            Err(e) => last = Some(e),
        }
    }
    Err(anyhow::anyhow!(
        "no port free on all of {} addresses: {last:?}",
        addresses.len()
    ))
}

/// The page every URL serves: small, HTML, with a title (checkers that read a body for
/// a soft 404 have one to read).
fn page(path: &str) -> String {
    let filler = "<p>At least 261 soldiers were killed in the offensive, the monitor said, \
                  citing sources on the ground.</p>\n"
        .repeat(12);
    format!(
        "<!doctype html>\n<html><head><title>Report {path}</title></head>\n<body><h1>Report</h1>\n{filler}</body></html>\n"
    )
}

/// Answers the requests of one connection, in order, until it closes.
async fn serve(mut stream: tokio::net::TcpStream, host: usize, state: Arc<State>) {
    let mut buf: Vec<u8> = Vec::with_capacity(2048);
    loop {
        let end = loop {
            if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
                break i + 4;
            }
            if buf.len() > 64 * 1024 {
                return;
            }
            match stream.read_buf(&mut buf).await {
                Ok(0) | Err(_) => return,
                Ok(_) => {}
            }
        };
        let at = state.started.elapsed();
        let head = String::from_utf8_lossy(&buf[..end]).into_owned();
        buf.drain(..end);
        let mut words = head.split_whitespace();
        let method = words.next().unwrap_or("").to_owned();
        let path = words.next().unwrap_or("/").to_owned();
        let close = head
            .lines()
            .any(|l| l.eq_ignore_ascii_case("connection: close"));
        let (attempt, status) = state.record(Entry {
            host,
            method: method.clone(),
            path: path.clone(),
            at,
            status: 0,
        });
        tokio::time::sleep(state.plan.latency(host, &path, attempt)).await;
        let (line, extra, body) = match status {
            200 => ("200 OK", "", page(&path)),
            429 => ("429 Too Many Requests", "Retry-After: 0\r\n", String::new()),
            _ => (
                "503 Service Unavailable",
                "Retry-After: 0\r\n",
                String::new(),
            ),
        };
        let mut answer = format!(
            "HTTP/1.1 {line}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\n{extra}\r\n",
            body.len()
        );
        if method != "HEAD" {
            answer.push_str(&body);
        }
        if stream.write_all(answer.as_bytes()).await.is_err() || close {
            return;
        }
    }
}
