//! `--verify` against a server started by the test on 127.0.0.1 (the pattern of
//! `tests/links.rs`): an English page that says "at least 261 regime soldiers were
//! killed", a page without the figure, a dead page whose Wayback copy (from a fake
//! availability API) carries it, a dead page with no copy, Arabic pages written in
//! Arabic-Indic digits, a French page, a page whose only figure is in a script, a plain
//! text page and a body that never ends. Nothing reaches the internet.

mod common;

use std::collections::HashMap;
use std::io::{BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};

use assert_cmd::Command;

/// The pages the server plays: path, content type, body.
const PAGES: &[(&str, &str, &str)] = &[
    (
        "/report-en",
        "text/html; charset=utf-8",
        "<!DOCTYPE html><html lang=\"en\"><head><title>Jisr al-Shughur</title></head><body>\
         <nav>Home 1 2 3</nav><article><p>At least 261 regime soldiers were killed.</p>\
         <p>Rebels lost <b>40</b> fighters.</p></article></body></html>",
    ),
    (
        "/other",
        "text/html; charset=utf-8",
        "<html lang=\"en\"><body><p>Clashes went on near the town; 92 soldiers were killed.</p></body></html>",
    ),
    (
        "/ar",
        "text/html; charset=utf-8",
        "<html lang=\"ar\" dir=\"rtl\"><body><p>مقتل ما لا يقل عن ٢٦١ جندياً من قوات النظام في جسر الشغور</p></body></html>",
    ),
    (
        "/ar-other",
        "text/html; charset=utf-8",
        "<html lang=\"ar\" dir=\"rtl\"><body><p>مقتل ٩٢ جندياً من قوات النظام في ٢٥ نيسان</p></body></html>",
    ),
    (
        "/fr",
        "text/html; charset=utf-8",
        "<html lang=\"fr\"><body><p>Au moins 261 soldats ont été tués, selon l'OSDH.</p></body></html>",
    ),
    (
        "/script-only",
        "text/html; charset=utf-8",
        "<html lang=\"en\"><head><script>var killed = 261;</script><style>.x{width:261px}</style></head>\
         <body><p>The toll is not known.</p></body></html>",
    ),
    (
        "/plain",
        "text/plain; charset=utf-8",
        "SOHR: at least 261 soldiers killed.",
    ),
];

/// The pages the fake Wayback Machine has a copy of (every copy says "at least 124
/// rebels").
const ARCHIVED: &[&str] = &["dead-copy", "flaky-read", "forbidden"];

struct Server {
    port: u16,
    seen: Arc<Mutex<Vec<(String, String)>>>,
}

impl Server {
    fn start() -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let port = listener.local_addr().expect("addr").port();
        let seen: Arc<Mutex<Vec<(String, String)>>> = Arc::default();
        let log = seen.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let log = log.clone();
                std::thread::spawn(move || serve(stream, port, &log));
            }
        });
        Self { port, seen }
    }

    fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    /// The methods of the requests for a path, in order.
    fn requests(&self, path: &str) -> Vec<String> {
        self.seen
            .lock()
            .expect("log")
            .iter()
            .filter(|(_, p)| p == path)
            .map(|(m, _)| m.clone())
            .collect()
    }
}

/// How many requests for a path the server has seen, this one included.
fn log_count(log: &Mutex<Vec<(String, String)>>, path: &str) -> usize {
    log.lock()
        .expect("log")
        .iter()
        .filter(|(_, p)| p == path)
        .count()
}

fn serve(stream: TcpStream, port: u16, log: &Mutex<Vec<(String, String)>>) {
    let mut reader = BufReader::new(stream.try_clone().expect("clone"));
    let mut stream = stream;
    while let Some((method, target, path)) = common::read_request(&mut reader) {
        log.lock()
            .expect("log")
            .push((method.clone(), path.clone()));
        let json = "application/json";
        let (status, kind, body): (&str, &str, String) = match path.as_str() {
            // The pages with an archived copy: the copy's address names the page.
            "/wayback" if ARCHIVED.iter().any(|p| target.contains(p)) => {
                let name = ARCHIVED
                    .iter()
                    .find(|p| target.contains(*p))
                    .unwrap_or(&"");
                (
                    "200 OK",
                    json,
                    format!("{{\"archived_snapshots\":{{\"closest\":{{\"available\":true,\"url\":\"http://127.0.0.1:{port}/web/20150525000000/{name}\",\"timestamp\":\"20150525000000\",\"status\":\"200\"}}}}}}"),
                )
            }
            "/forbidden" => ("403 Forbidden", "text/html", "no".into()),
            // A long page: the figure, and a word that says "blocked", beyond the first
            // 20 000 bytes.
            "/long" => (
                "200 OK",
                "text/html",
                format!(
                    "<html lang=\"en\"><body>{}<p>At least 261 soldiers were killed.</p><p>Solve the captcha to comment.</p></body></html>",
                    "<p>Nothing to report.</p>".repeat(2000)
                ),
            ),
            // A text page that answers its check (a HEAD), then fails when read: its
            // archived copy is read.
            // A document its check takes for a page (no body read), then a 500 when
            // it is read.
            "/flaky-read" if log_count(log, "/flaky-read") > 1 => {
                ("500 Internal Server Error", "text/plain", String::new())
            }
            "/flaky-read" => (
                "200 OK",
                "application/pdf",
                "At least 261 soldiers were killed.".into(),
            ),
            p if p.starts_with("/web/20150525000000/") => (
                "200 OK",
                "text/html",
                "<html lang=\"en\"><body><p>At least 124 rebels were killed in the fighting.</p></body></html>".into(),
            ),
            "/wayback" => ("200 OK", json, "{\"archived_snapshots\":{}}".into()),
            "/wikiwix/" => ("200 OK", json, "{\"status\":404}".into()),
            "/endless" => {
                let head = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n";
                if stream.write_all(head.as_bytes()).is_err() || method == "HEAD" {
                    return;
                }
                // The figure first, then a body that never ends: the reader must stop
                // by itself.
                let _ = stream.write_all(b"<html><body><p>At least 261 soldiers were killed.</p>");
                let chunk = "<p>more</p>".repeat(1000);
                while stream.write_all(chunk.as_bytes()).is_ok() {}
                return;
            }
            p => match PAGES.iter().find(|(page, _, _)| *page == p) {
                Some((_, kind, body)) => ("200 OK", *kind, (*body).to_owned()),
                None => ("404 Not Found", "text/html", "not here".into()),
            },
        };
        let head = format!(
            "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\n\r\n",
            body.len()
        );
        let sent = stream.write_all(head.as_bytes()).and_then(|()| {
            if method == "HEAD" {
                Ok(())
            } else {
                stream.write_all(body.as_bytes())
            }
        });
        if sent.is_err() {
            return;
        }
    }
}

/// A wikitext article: one sentence per (figure, path), each citing its page; a path
/// written `=name` reuses the named reference `name` (already defined).
fn article(server: &Server, claims: &[(&str, &str, &str)]) -> String {
    let mut text = String::from("'''Bataille de Test''' a lieu en 2015.\n\n");
    for (i, (figure, who, path)) in claims.iter().enumerate() {
        // "page|copy": the reference cites an archived copy of its own.
        let (path, archive) = match path.split_once('|') {
            Some((p, copy)) => (
                p,
                format!("|archive-url={}|archive-date=25 mai 2015", server.url(copy)),
            ),
            None => (*path, String::new()),
        };
        let reference = match path.strip_prefix('=') {
            Some(name) => format!("<ref name=\"{name}\"/>"),
            None => format!(
                "<ref name=\"r{i}\">{{{{Lien web|titre=Bilan {i}|url={}|site=Syrian Observatory for Human Rights|date=24 mai 2015|consulté le=25 mai 2015{archive}}}}}</ref>",
                server.url(path)
            ),
        };
        text.push_str(&format!(
            "Selon l'OSDH, {figure} {who} sont tués le {} mai 2015.{reference}\n\n",
            1 + i % 28
        ));
    }
    text.push_str("== Notes et références ==\n{{Références}}\n");
    text
}

type Rows = Vec<HashMap<String, String>>;

fn read_csv(path: &std::path::Path) -> Rows {
    let mut reader = csv::Reader::from_path(path).expect("csv");
    let header = reader.headers().expect("header").clone();
    reader
        .records()
        .map(|r| {
            let r = r.expect("row");
            header
                .iter()
                .zip(r.iter())
                .map(|(k, v)| (k.to_owned(), v.to_owned()))
                .collect()
        })
        .collect()
}

/// Runs `crosscheck <command> article --verify …`; returns claims.csv (empty for
/// `links`), links.csv and stdout.
fn run(server: &Server, command: &str, text: &str, extra: &[&str]) -> (Rows, Rows, String) {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("article.wiki");
    std::fs::write(&file, text).expect("write");
    let out = dir.path().join("out");
    let output = Command::cargo_bin("crosscheck")
        .expect("binary")
        .arg(command)
        .arg(&file)
        .arg("--out")
        .arg(&out)
        .args(["--verify", "--quiet", "--link-timeout", "2"])
        .args(["--host-interval", "5", "--per-host", "4"])
        .args(["--wayback-api", &server.url("/wayback")])
        .args(["--wikiwix-api", &server.url("/wikiwix/")])
        .args(extra)
        .args(if extra.contains(&"--cache") {
            &[][..]
        } else {
            &["--no-cache"][..]
        })
        .output()
        .expect("runs");
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(
        output.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let claims = if command == "analyze" {
        read_csv(&out.join("claims.csv"))
    } else {
        assert!(!out.join("claims.csv").exists());
        Vec::new()
    };
    (claims, read_csv(&out.join("links.csv")), stdout)
}

/// The claim citing `refs` whose interval starts at `low`.
fn claim<'r>(rows: &'r Rows, refs: &str, low: &str) -> &'r HashMap<String, String> {
    let found: Vec<_> = rows
        .iter()
        .filter(|r| r["refs"] == refs && r["low"] == low)
        .collect();
    assert_eq!(found.len(), 1, "one claim {low} citing {refs}: {rows:#?}");
    found[0]
}

#[test]
fn each_claim_gets_a_verdict_per_reference_from_its_page_or_archived_copy() {
    let server = Server::start();
    let text = article(
        &server,
        &[
            ("au moins 261", "soldats", "/report-en"),
            ("au moins 261", "soldats", "/other"),
            ("au moins 124", "rebelles", "/dead-copy"),
            ("au moins 261", "soldats", "/dead-none"),
            ("au moins 261", "soldats", "/ar"),
            ("au moins 261", "soldats", "/fr"),
            ("au moins 261", "soldats", "/ar-other"),
            ("au moins 261", "soldats", "/script-only"),
            ("au moins 261", "soldats", "/plain"),
            ("au moins 261", "soldats", "/endless"),
            // The first reference again, by name, for two other figures of its page
            // (one it gives, one it does not); and a new reference to the same URL.
            ("40", "rebelles", "=r0"),
            ("55", "rebelles", "=r0"),
            ("au moins 261", "soldats", "/report-en"),
        ],
    );
    let (claims, links, stdout) = run(
        &server,
        "analyze",
        &text,
        &["--allow-private", "--max-page", "30000"],
    );
    let verdict = |refs: &str, low: &str| claim(&claims, refs, low)["verification"].clone();
    assert_eq!(verdict("1", "261"), "1:verified", "English page");
    assert_eq!(verdict("2", "261"), "2:figure_not_found", "page without it");
    assert_eq!(
        verdict("3", "124"),
        "3:verified",
        "Wayback copy of a dead page"
    );
    assert_eq!(verdict("4", "261"), "4:unreachable", "dead, no copy");
    assert_eq!(verdict("5", "261"), "5:verified", "Arabic-Indic digits");
    assert_eq!(verdict("6", "261"), "6:verified", "French page");
    assert_eq!(
        verdict("7", "261"),
        "7:figure_not_found",
        "Arabic, other figure"
    );
    assert_eq!(
        verdict("8", "261"),
        "8:figure_not_found",
        "only in a script"
    );
    assert_eq!(verdict("9", "261"), "9:verified", "plain text");
    assert_eq!(verdict("10", "261"), "10:verified", "endless body, capped");
    assert_eq!(verdict("1", "40"), "1:verified", "same page, other figure");
    assert_eq!(
        verdict("1", "55"),
        "1:figure_not_found",
        "same page, absent"
    );
    assert_eq!(
        verdict("11", "261"),
        "11:verified",
        "same URL, other reference"
    );

    // Each distinct page is asked once, however many claims and references cite it:
    // the GET of its check reads it, an HTML page or a text page.
    assert_eq!(server.requests("/report-en"), ["GET"]);
    assert_eq!(server.requests("/other"), ["GET"]);
    assert_eq!(server.requests("/plain"), ["GET"]);
    // The dead page is not read again; the copy the Wayback Machine gave is read once.
    assert_eq!(server.requests("/dead-copy"), ["GET"]);
    assert_eq!(server.requests("/web/20150525000000/dead-copy"), ["GET"]);

    let link = |n: &str| {
        links
            .iter()
            .find(|r| r["ref"] == n)
            .unwrap_or_else(|| panic!("links.csv row {n}: {links:#?}"))
    };
    assert_eq!(link("1")["page_read"], server.url("/report-en"));
    assert_eq!(
        link("3")["page_read"],
        server.url("/web/20150525000000/dead-copy")
    );
    assert_eq!(link("4")["page_read"], "");
    assert!(link("4")["read_error"].contains("dead"), "{:?}", link("4"));
    // links.csv gives the same verdicts by claim: reference 1 is cited by three.
    let ids = |low: &str| claim(&claims, "1", low)["claim_id"].clone();
    let mut expected = vec![
        format!("{}:verified", ids("261")),
        format!("{}:verified", ids("40")),
        format!("{}:figure_not_found", ids("55")),
    ];
    expected.sort();
    let mut got: Vec<String> = link("1")["verification"]
        .split(';')
        .map(str::to_owned)
        .collect();
    got.sort();
    assert_eq!(got, expected);
    assert!(
        stdout.contains("verify: 9 pages read; figures per cited reference: 8 verified, 4 figure_not_found, 1 unreachable"),
        "{stdout}"
    );
}

#[test]
fn the_archived_copy_is_read_when_the_page_is_blocked_or_fails_when_read() {
    let server = Server::start();
    let text = article(
        &server,
        &[
            ("au moins 124", "rebelles", "/forbidden"),
            ("au moins 124", "rebelles", "/flaky-read"),
            ("au moins 261", "soldats", "/flaky-read"),
        ],
    );
    let (claims, links, _) = run(&server, "analyze", &text, &["--allow-private"]);
    let row = |n: &str| links.iter().find(|r| r["ref"] == n).expect("row");
    assert_eq!(row("1")["status"], "blocked");
    assert_eq!(
        row("1")["page_read"],
        server.url("/web/20150525000000/forbidden")
    );
    assert_eq!(claim(&claims, "1", "124")["verification"], "1:verified");
    // The live document answered its check (no body read), then a 500 when read: its
    // copy is read, and the copy (of another figure) is what the claims are compared with.
    assert_eq!(row("2")["status"], "ok");
    assert_eq!(
        row("2")["page_read"],
        server.url("/web/20150525000000/flaky-read")
    );
    assert_eq!(claim(&claims, "2", "124")["verification"], "2:verified");
    assert_eq!(
        claim(&claims, "3", "261")["verification"],
        "3:figure_not_found"
    );
    assert_eq!(server.requests("/flaky-read"), ["GET", "GET"]);
    assert_eq!(server.requests("/web/20150525000000/flaky-read"), ["GET"]);
}

#[test]
fn the_archived_copy_a_reference_cites_is_asked_once() {
    // The copy is checked (cited_archive_status) by a GET that reads it; the
    // verification of the dead page's claim reads that text, not the copy again.
    let server = Server::start();
    let text = article(
        &server,
        &[(
            "au moins 124",
            "rebelles",
            "/gone-cited|/web/20150525000000/cited",
        )],
    );
    let (claims, links, _) = run(&server, "analyze", &text, &["--allow-private"]);
    assert_eq!(links[0]["status"], "dead", "{links:?}");
    assert_eq!(
        links[0]["page_read"],
        server.url("/web/20150525000000/cited")
    );
    assert_eq!(claim(&claims, "1", "124")["verification"], "1:verified");
    assert_eq!(server.requests("/gone-cited"), ["GET"]);
    assert_eq!(server.requests("/web/20150525000000/cited"), ["GET"]);
}

#[test]
fn a_check_from_the_cache_reads_the_page_with_one_get() {
    let server = Server::start();
    let dir = tempfile::tempdir().expect("temp dir");
    let cache = dir.path().join("links.jsonl");
    let cache = cache.to_str().expect("utf-8 path");
    let text = article(&server, &[("au moins 261", "soldats", "/report-en")]);
    let args = ["--allow-private", "--cache", cache];
    for _ in 0..2 {
        let (claims, _, _) = run(&server, "analyze", &text, &args);
        assert_eq!(claim(&claims, "1", "261")["verification"], "1:verified");
    }
    // The first run's check read the page; the second run's check came from the
    // cache, so the page was read by one GET of its own.
    assert_eq!(server.requests("/report-en"), ["GET", "GET"]);
}

#[test]
fn the_check_still_judges_the_first_max_body_bytes_and_verification_reads_further() {
    let server = Server::start();
    let text = article(&server, &[("au moins 261", "soldats", "/long")]);
    let (claims, links, _) = run(
        &server,
        "analyze",
        &text,
        &["--allow-private", "--max-body", "20000"],
    );
    assert_eq!(links[0]["status"], "ok", "{links:?}");
    assert_eq!(claim(&claims, "1", "261")["verification"], "1:verified");
    let (claims, _, _) = run(
        &server,
        "analyze",
        &text,
        &[
            "--allow-private",
            "--max-body",
            "20000",
            "--max-page",
            "30000",
        ],
    );
    assert_eq!(
        claim(&claims, "1", "261")["verification"],
        "1:figure_not_found",
        "the figure is beyond --max-page"
    );
    // With the default --max-body the word is within what the check judges.
    let (claims, links, _) = run(&server, "analyze", &text, &["--allow-private"]);
    assert_eq!(links[0]["status"], "blocked", "{links:?}");
    assert_eq!(claim(&claims, "1", "261")["verification"], "1:unreachable");
    assert_eq!(server.requests("/long"), ["GET", "GET", "GET"]);
}

#[test]
fn links_verify_writes_the_verdicts_in_links_csv() {
    let server = Server::start();
    let text = article(
        &server,
        &[
            ("au moins 261", "soldats", "/fr"),
            ("au moins 261", "soldats", "/other"),
        ],
    );
    let (_, links, _) = run(&server, "links", &text, &["--allow-private"]);
    let by_ref: HashMap<&str, &str> = links
        .iter()
        .map(|r| (r["ref"].as_str(), r["verification"].as_str()))
        .collect();
    assert!(by_ref["1"].ends_with(":verified"), "{links:#?}");
    assert!(by_ref["2"].ends_with(":figure_not_found"), "{links:#?}");
}

#[test]
fn without_allow_private_nothing_is_fetched_and_every_reference_is_unreachable() {
    let server = Server::start();
    let text = article(
        &server,
        &[
            ("au moins 261", "soldats", "/report-en"),
            ("au moins 261", "soldats", "/fr"),
        ],
    );
    let (claims, _, _) = run(&server, "analyze", &text, &["--no-archives"]);
    assert_eq!(claim(&claims, "1", "261")["verification"], "1:unreachable");
    assert_eq!(claim(&claims, "2", "261")["verification"], "2:unreachable");
    assert!(server.seen.lock().expect("log").is_empty(), "nothing asked");
}

#[test]
fn the_html_report_counts_the_figures_found_on_their_pages() {
    let server = Server::start();
    let text = article(
        &server,
        &[
            ("au moins 261", "soldats", "/report-en"),
            ("77", "rebelles", "=r0"),
        ],
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("article.wiki");
    std::fs::write(&file, &text).expect("write");
    let out = dir.path().join("out");
    let output = Command::cargo_bin("crosscheck")
        .expect("binary")
        .args([
            "analyze",
            "--verify",
            "--quiet",
            "--no-cache",
            "--allow-private",
        ])
        .args(["--host-interval", "5", "--no-archives"])
        .arg(&file)
        .arg("--out")
        .arg(&out)
        .output()
        .expect("runs");
    assert!(output.status.success(), "{output:?}");
    let html = std::fs::read_to_string(out.join("report.html")).expect("report.html");
    assert!(
        html.contains(
            "<li>1 figures found on a cited page</li><li>1 not found on a page read</li>"
        ),
        "{html}"
    );
}
