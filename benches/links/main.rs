//! The link audit's benchmark: `crosscheck links` and lychee, side by side, on the same
//! URLs, against a local server, under the same limits.
//!
//! `cargo bench --bench links` generates 10 000 distinct URLs over 64 loopback
//! addresses (127.0.0.2 to 127.0.0.65, one port), serves them with 20–200 ms of
//! latency and a transient fault (503 by default, or 429, with `Retry-After: 0`) for
//! the first request of 5% of them ([`server`]), runs the release `crosscheck links` on a wikitext article citing
//! them and lychee on the same URLs as a list, and prints for each run the wall time,
//! the peak memory (`/usr/bin/time`), and the server's counts ([`tally`]): requests,
//! duplicates, per-host interval violations, URLs never asked. Options come after
//! `--`: `--urls N`, `--hosts N`, `--concurrency N`, `--per-host N`, `--interval MS`,
//! `--tolerance MS`, `--faults PERCENT`, `--fault 503|429`, `--seed N`, `--runs N`, `--lychee PATH`,
//! `--only crosscheck|lychee`.
//!
//! It is a benchmark, not a test: `cargo test` builds it and, without `--bench`, only
//! checks the counting on a hand-made log. Nothing leaves 127.0.0.0/8.

mod server;
mod tally;

use std::io::Write;
use std::net::Ipv4Addr;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::time::{Duration, Instant};

use anyhow::{bail, Context};

use server::{Plan, Server};
use tally::{Limits, Tally};

/// The benchmark's settings.
#[derive(Debug, Clone)]
struct Settings {
    urls: usize,
    hosts: usize,
    limits: Limits,
    tolerance: Duration,
    plan: Plan,
    runs: usize,
    lychee: Option<PathBuf>,
    only: Option<String>,
}

impl Settings {
    fn parse(args: &[String]) -> anyhow::Result<Self> {
        let mut s = Settings {
            urls: 10_000,
            hosts: 64,
            limits: Limits {
                concurrency: 128,
                per_host: 2,
                interval: Duration::from_millis(100),
            },
            tolerance: Duration::from_millis(10),
            plan: Plan {
                seed: 2015,
                fault_percent: 5,
                fault_status: 503,
            },
            runs: 1,
            lychee: None,
            only: None,
        };
        let mut it = args.iter();
        while let Some(arg) = it.next() {
            if arg == "--bench" {
                continue;
            }
            let value = it
                .next()
                .with_context(|| format!("{arg} needs a value"))?
                .as_str();
            let number = || -> anyhow::Result<u64> {
                value
                    .parse()
                    .with_context(|| format!("{arg} {value}: not a number"))
            };
            let count = || -> anyhow::Result<usize> { Ok(usize::try_from(number()?)?.max(1)) };
            match arg.as_str() {
                "--urls" => s.urls = count()?,
                "--hosts" => s.hosts = count()?.min(250),
                "--concurrency" => s.limits.concurrency = count()?,
                "--per-host" => s.limits.per_host = count()?,
                "--interval" => s.limits.interval = Duration::from_millis(number()?),
                "--tolerance" => s.tolerance = Duration::from_millis(number()?),
                "--faults" => s.plan.fault_percent = number()?.min(100),
                "--fault" => match number()? {
                    429 => s.plan.fault_status = 429,
                    503 => s.plan.fault_status = 503,
                    n => bail!("--fault {n}: 503 or 429"),
                },
                "--seed" => s.plan.seed = number()?,
                "--runs" => s.runs = count()?,
                "--lychee" => s.lychee = Some(PathBuf::from(value)),
                "--only" => s.only = Some(value.to_owned()),
                _ => bail!("unknown option {arg}"),
            }
        }
        Ok(s)
    }

    fn runs_tool(&self, tool: &str) -> bool {
        self.only.as_deref().is_none_or(|o| o == tool)
    }
}

/// One tool's run, measured.
#[derive(Debug, Clone)]
struct Measure {
    tool: &'static str,
    wall: Duration,
    peak_kib: Option<u64>,
    ok: usize,
    tally: Tally,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if !args.iter().any(|a| a == "--bench") {
        // `cargo test` runs this target without `--bench`: check the counting only.
        return match tally::self_check() {
            Ok(()) => {
                println!(
                    "links benchmark: counting checked; run it with `cargo bench --bench links`"
                );
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("links benchmark: {e}");
                ExitCode::FAILURE
            }
        };
    }
    match bench(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("links benchmark: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn bench(args: &[String]) -> anyhow::Result<()> {
    let settings = Settings::parse(args)?;
    let work = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("target")
        .join("linkbench");
    std::fs::create_dir_all(&work).with_context(|| format!("cannot create {}", work.display()))?;
    let lychee = settings
        .runs_tool("lychee")
        .then(|| find_lychee(settings.lychee.as_deref()))
        .flatten();
    if settings.runs_tool("lychee") && lychee.is_none() {
        eprintln!(
            "links benchmark: lychee not found (PATH, ~/.cargo/bin, --lychee): crosscheck only"
        );
    }
    let addresses: Vec<Ipv4Addr> = (0..settings.hosts)
        .map(|h| Ipv4Addr::new(127, 0, 0, u8::try_from(h + 2).unwrap_or(255)))
        .collect();
    let urls: Vec<(usize, String)> = (0..settings.urls)
        .map(|i| (i % settings.hosts, format!("/report/{i:05}.html")))
        .collect();
    let floor = tally::floor(&settings.plan, &urls, settings.limits);
    let l = settings.limits;
    println!(
        "links benchmark: {} URLs over {} hosts ({} to {}), latency {}–{} ms, {}% first requests {} (Retry-After: 0); \
         --concurrency {} --per-host {} --host-interval {} ms; tolerance {} ms; seed {}",
        settings.urls,
        settings.hosts,
        addresses.first().map_or(String::new(), Ipv4Addr::to_string),
        addresses.last().map_or(String::new(), Ipv4Addr::to_string),
        server::LATENCY_MS.0,
        server::LATENCY_MS.1,
        settings.plan.fault_percent,
        settings.plan.fault_status,
        l.concurrency,
        l.per_host,
        l.interval.as_millis(),
        settings.tolerance.as_millis(),
        settings.plan.seed,
    );
    println!(
        "floor (one request per URL, one more per fault, within the limits): {:.2} s",
        floor.as_secs_f64()
    );
    println!();
    println!("| run | tool | wall (s) | peak RSS (MiB) | ok | requests | faults | duplicates | unasked | violations (gap < interval − tolerance) | gaps < interval − 2 ms | closest starts (ms) |");
    println!("|---|---|---|---|---|---|---|---|---|---|---|---|");
    let mut all: Vec<(usize, Measure)> = Vec::new();
    for run in 1..=settings.runs {
        if settings.runs_tool("crosscheck") {
            let m = run_tool("crosscheck", &settings, &addresses, &urls, &work, run, None)?;
            print_row(run, &m);
            all.push((run, m));
        }
        if let Some(path) = &lychee {
            let m = run_tool(
                "lychee",
                &settings,
                &addresses,
                &urls,
                &work,
                run,
                Some(path),
            )?;
            print_row(run, &m);
            all.push((run, m));
        }
    }
    let median = |tool: &str| {
        let mut walls: Vec<Duration> = all
            .iter()
            .filter(|(_, m)| m.tool == tool)
            .map(|(_, m)| m.wall)
            .collect();
        walls.sort();
        walls.get(walls.len() / 2).copied()
    };
    println!();
    if let (Some(c), Some(y)) = (median("crosscheck"), median("lychee")) {
        println!(
            "median wall: crosscheck {:.2} s, lychee {:.2} s, ratio {:.2}; floor {:.2} s",
            c.as_secs_f64(),
            y.as_secs_f64(),
            c.as_secs_f64() / y.as_secs_f64(),
            floor.as_secs_f64()
        );
    } else if let Some(c) = median("crosscheck") {
        println!(
            "median wall: crosscheck {:.2} s; floor {:.2} s",
            c.as_secs_f64(),
            floor.as_secs_f64()
        );
    }
    println!("inputs, outputs and server logs: {}", work.display());
    Ok(())
}

fn print_row(run: usize, m: &Measure) {
    let t = &m.tally;
    println!(
        "| {run} | {} | {:.2} | {} | {} | {} | {} | {} | {} | {} | {} | {} |",
        m.tool,
        m.wall.as_secs_f64(),
        m.peak_kib
            .map_or("n/a".into(), |k| format!("{:.1}", k as f64 / 1024.0)),
        m.ok,
        t.requests,
        t.faults,
        t.duplicates,
        t.unasked,
        t.violations,
        t.short,
        t.min_gap
            .map_or("n/a".into(), |g| format!("{:.1}", g.as_secs_f64() * 1000.0)),
    );
    let _ = std::io::stdout().flush();
}

/// lychee: `--lychee`, else on the PATH, else in ~/.cargo/bin.
fn find_lychee(given: Option<&Path>) -> Option<PathBuf> {
    if let Some(p) = given {
        return Some(p.to_owned());
    }
    let on_path = std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|d| d.join("lychee"))
            .find(|p| p.is_file())
    });
    on_path.or_else(|| {
        std::env::var_os("HOME")
            .map(|h| Path::new(&h).join(".cargo/bin/lychee"))
            .filter(|p| p.is_file())
    })
}

/// Starts a fresh server, runs one tool on the URLs, stops the server and counts.
fn run_tool(
    tool: &'static str,
    settings: &Settings,
    addresses: &[Ipv4Addr],
    urls: &[(usize, String)],
    work: &Path,
    run: usize,
    lychee: Option<&Path>,
) -> anyhow::Result<Measure> {
    let server = Server::start(addresses, settings.plan)?;
    let dir = work.join(format!("{tool}-{run}"));
    if dir.exists() {
        std::fs::remove_dir_all(&dir)?;
    }
    std::fs::create_dir_all(&dir)?;
    let l = settings.limits;
    let mut cmd = timed(&dir);
    match lychee {
        None => {
            let article = dir.join("article.wiki");
            std::fs::write(&article, article_text(&server, urls))?;
            cmd.arg(env!("CARGO_BIN_EXE_crosscheck"))
                .arg("links")
                .arg(&article)
                .arg("--out")
                .arg(dir.join("out"))
                .args(["--format", "wikitext", "--lang", "en"])
                .args(["--allow-private", "--no-archives", "--no-cache", "--quiet"])
                .args(["--concurrency", &l.concurrency.to_string()])
                .args(["--per-host", &l.per_host.to_string()])
                .args(["--host-interval", &l.interval.as_millis().to_string()])
                .args(["--retries", "2"]);
        }
        Some(path) => {
            let list = dir.join("urls.txt");
            let mut text = String::new();
            for (h, p) in urls {
                text.push_str(&server.url(*h, p));
                text.push('\n');
            }
            std::fs::write(&list, text)?;
            cmd.arg(path)
                .args(["--no-progress", "--format", "json", "--output"])
                .arg(dir.join("out.json"))
                .args(["--max-concurrency", &l.concurrency.to_string()])
                .args(["--host-concurrency", &l.per_host.to_string()])
                .args([
                    "--host-request-interval",
                    &format!("{}ms", l.interval.as_millis()),
                ])
                .args(["--max-retries", "2", "--retry-wait-time", "0"])
                .arg(&list);
        }
    }
    let stdout = std::fs::File::create(dir.join("stdout.txt"))?;
    let stderr = std::fs::File::create(dir.join("stderr.txt"))?;
    let started = Instant::now();
    let status = cmd
        .stdout(stdout)
        .stderr(stderr)
        .stdin(Stdio::null())
        .status()
        .with_context(|| format!("cannot run {tool}"))?;
    let wall = started.elapsed();
    let log = server.stop();
    if !status.success() {
        eprintln!(
            "links benchmark: {tool} exited with {status} (see {})",
            dir.display()
        );
    }
    write_log(&dir.join("server.csv"), &log)?;
    let peak_kib = std::fs::read_to_string(dir.join("rss.txt"))
        .ok()
        .and_then(|t| t.lines().last().and_then(|l| l.trim().parse().ok()));
    let ok = match lychee {
        None => ok_rows(&dir.join("out").join("links.csv")),
        Some(_) => ok_in_json(&dir.join("out.json")),
    };
    let tally = tally::tally(&log, urls, l.interval, settings.tolerance);
    Ok(Measure {
        tool,
        wall,
        peak_kib,
        ok,
        tally,
    })
}

/// The command, under `/usr/bin/time` when there is one (peak RSS in `rss.txt`).
fn timed(dir: &Path) -> Command {
    let time = Path::new("/usr/bin/time");
    if time.is_file() {
        let mut cmd = Command::new(time);
        cmd.args(["-f", "%M", "-o"]).arg(dir.join("rss.txt"));
        cmd
    } else {
        // No time(1): the first argument becomes the program.
        let mut cmd = Command::new("env");
        cmd.arg("--");
        cmd
    }
}

/// A wikitext article citing every URL once, with `{{cite web}}`.
fn article_text(server: &Server, urls: &[(usize, String)]) -> String {
    let mut text = String::from("'''The Battle of Bench''' took place in 2015.\n\n");
    for (i, (h, p)) in urls.iter().enumerate() {
        text.push_str(&format!(
            "At least {} soldiers were killed on {} May 2015.<ref>{{{{cite web|url={}|title=Report {i}|website=Monitor|date=24 May 2015|access-date=25 May 2015}}}}</ref>\n\n",
            10 + i,
            1 + i % 28,
            server.url(*h, p),
        ));
    }
    text.push_str("== References ==\n{{reflist}}\n");
    text
}

/// Rows of links.csv whose status is `ok`.
fn ok_rows(path: &Path) -> usize {
    let Ok(mut reader) = csv::Reader::from_path(path) else {
        return 0;
    };
    let Some(col) = reader
        .headers()
        .ok()
        .and_then(|h| h.iter().position(|c| c == "status"))
    else {
        return 0;
    };
    reader
        .records()
        .filter_map(Result::ok)
        .filter(|r| r.get(col) == Some("ok"))
        .count()
}

/// lychee's count of successful links, from its JSON summary.
fn ok_in_json(path: &Path) -> usize {
    std::fs::read_to_string(path)
        .ok()
        .and_then(|t| serde_json::from_str::<serde_json::Value>(&t).ok())
        .and_then(|v| v.get("successful").and_then(serde_json::Value::as_u64))
        .and_then(|n| usize::try_from(n).ok())
        .unwrap_or(0)
}

/// The server's log as CSV: host, method, path, start (ms), status.
fn write_log(path: &Path, log: &[server::Entry]) -> anyhow::Result<()> {
    let mut w = csv::Writer::from_path(path)?;
    w.write_record(["host", "method", "path", "start_ms", "status"])?;
    for e in log {
        w.write_record([
            e.host.to_string(),
            e.method.clone(),
            e.path.clone(),
            format!("{:.3}", e.at.as_secs_f64() * 1000.0),
            e.status.to_string(),
        ])?;
    }
    w.flush()?;
    Ok(())
}
