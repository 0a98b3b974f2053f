//! Articles by address, against a local server that plays the MediaWiki API: a page,
//! a missing page, a redirect, an unknown revision, a server error and an answer too
//! slow for the timeout. Every case ends in a report or a clear error.

mod common;

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use assert_cmd::Command;

const FIXTURE: &str = "tests/fixtures/fr_bataille_de_test.wiki";
const PAGE: &str = "https://fr.wikipedia.org/wiki/Bataille_de_Test";

/// A wiki API on 127.0.0.1; it records the User-Agent of every request.
struct Wiki {
    api: String,
    agents: Arc<Mutex<Vec<String>>>,
}

fn page_json(title: &str, revid: u64, text: &str, redirect_from: Option<&str>) -> String {
    let mut query = serde_json::json!({
        "pages": [{
            "pageid": 1, "ns": 0, "title": title,
            "revisions": [{
                "revid": revid, "parentid": revid - 1,
                "timestamp": "2025-03-14T09:26:53Z",
                "slots": { "main": { "contentmodel": "wikitext", "contentformat": "text/x-wiki", "content": text } }
            }]
        }]
    });
    if let Some(from) = redirect_from {
        query["redirects"] = serde_json::json!([{ "from": from, "to": title }]);
    }
    serde_json::json!({ "batchcomplete": true, "query": query }).to_string()
}

fn answer(target: &str, text: &str) -> (u16, String, Duration) {
    let ok = |body: String| (200, body, Duration::ZERO);
    if target.contains("titles=Bataille+de+Test") {
        ok(page_json("Bataille de Test", 4242, text, None))
    } else if target.contains("revids=4241") {
        ok(page_json("Bataille de Test", 4241, text, None))
    } else if target.contains("titles=Bataille+de+l%27essai") {
        ok(page_json(
            "Bataille de Test",
            4242,
            text,
            Some("Bataille de l'essai"),
        ))
    } else if target.contains("titles=Manquante") {
        ok(r#"{"batchcomplete":true,"query":{"pages":[{"ns":0,"title":"Manquante","missing":true}]}}"#.into())
    } else if target.contains("revids=99") {
        ok(
            r#"{"batchcomplete":true,"query":{"badrevids":{"99":{"revid":99,"missing":true}}}}"#
                .into(),
        )
    } else if target.contains("titles=Lente") {
        (
            200,
            page_json("Lente", 7, text, None),
            Duration::from_secs(5),
        )
    } else {
        (500, "Internal Server Error".into(), Duration::ZERO)
    }
}

fn serve(stream: TcpStream, text: &str, agents: &Mutex<Vec<String>>) {
    let mut reader = BufReader::new(stream.try_clone().expect("clone the stream"));
    let mut request = String::new();
    if reader.read_line(&mut request).is_err() {
        return;
    }
    let target = request.split_whitespace().nth(1).unwrap_or("").to_owned();
    let mut line = String::new();
    while reader.read_line(&mut line).is_ok_and(|n| n > 0) && line != "\r\n" {
        if let Some(agent) = line.to_ascii_lowercase().strip_prefix("user-agent:") {
            let start = line.len() - agent.len();
            agents
                .lock()
                .expect("lock")
                .push(line[start..].trim().to_owned());
        }
        line.clear();
    }
    let (status, body, delay) = answer(&target, text);
    std::thread::sleep(delay);
    let reason = if status == 200 {
        "OK"
    } else {
        "Internal Server Error"
    };
    let mut stream = stream;
    let _ = write!(
        stream,
        "HTTP/1.1 {status} {reason}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
}

fn start_wiki() -> Wiki {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind a local port");
    let api = format!(
        "http://{}/w/api.php",
        listener.local_addr().expect("address")
    );
    let text = std::fs::read_to_string(common::path(FIXTURE)).expect("fixture");
    let agents = Arc::new(Mutex::new(Vec::new()));
    let seen = Arc::clone(&agents);
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let (text, seen) = (text.clone(), Arc::clone(&seen));
            std::thread::spawn(move || serve(stream, &text, &seen));
        }
    });
    Wiki { api, agents }
}

fn crosscheck() -> Command {
    let mut cmd = Command::cargo_bin("crosscheck").expect("the binary");
    cmd.current_dir(common::root())
        .env_remove("CROSSCHECK_CONTACT");
    cmd
}

/// The rows of a CSV report with its first column (the article's name) dropped.
fn rows_without_name(path: &std::path::Path) -> Vec<Vec<String>> {
    let mut reader = csv::Reader::from_path(path).expect("a report");
    reader
        .records()
        .map(|r| {
            r.expect("a row")
                .iter()
                .skip(1)
                .map(str::to_owned)
                .collect()
        })
        .collect()
}

#[test]
fn a_page_by_address_gives_the_same_claims_as_its_file() {
    let wiki = start_wiki();
    let fetched = tempfile::tempdir().expect("temp dir");
    let file = tempfile::tempdir().expect("temp dir");
    let out = crosscheck()
        .args([
            "analyze",
            PAGE,
            "--wiki-api",
            &wiki.api,
            "--contact",
            "https://fr.wikipedia.org/wiki/Utilisateur:Exemple",
            "--out",
        ])
        .arg(fetched.path())
        .output()
        .expect("runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains("revision 4242 of 2025-03-14T09:26:53Z, fetched from https://fr.wikipedia.org/wiki/Bataille_de_Test"), "{stdout}");
    crosscheck()
        .args(["analyze", FIXTURE, "--out"])
        .arg(file.path())
        .assert()
        .code(0);
    for report in [
        "claims.csv",
        "references.csv",
        "contested.csv",
        "findings.csv",
    ] {
        assert_eq!(
            rows_without_name(&fetched.path().join(report)),
            rows_without_name(&file.path().join(report)),
            "{report}"
        );
    }
    // Every row names the revision read.
    let claims = std::fs::read_to_string(fetched.path().join("claims.csv")).expect("claims");
    let permalink = "https://fr.wikipedia.org/w/index.php?title=Bataille_de_Test&oldid=4242";
    assert_eq!(
        claims
            .lines()
            .skip(1)
            .filter(|l| l.starts_with(permalink))
            .count(),
        17
    );
    assert_eq!(claims.lines().count(), 18);
    let html = std::fs::read_to_string(fetched.path().join("report.html")).expect("html");
    assert!(html.contains("revision 4242 of 2025-03-14T09:26:53Z"));
    let agents = wiki.agents.lock().expect("lock").clone();
    assert_eq!(agents.len(), 1);
    assert!(agents[0].starts_with("crosscheck/"), "{agents:?}");
    assert!(agents[0].contains("Utilisateur:Exemple"), "{agents:?}");
}

#[test]
fn every_failure_is_named_and_the_batch_goes_on() {
    let wiki = start_wiki();
    let out_dir = tempfile::tempdir().expect("temp dir");
    let out = crosscheck()
        .args([
            "analyze",
            "https://fr.wikipedia.org/wiki/Manquante",
            "https://fr.wikipedia.org/wiki/Bataille_de_l'essai",
            "https://fr.wikipedia.org/w/index.php?title=Bataille_de_Test&oldid=99",
            "https://fr.wikipedia.org/wiki/Panne",
            "https://fr.wikipedia.org/wiki/Lente",
            "https://fr.wikipedia.org/w/index.php?oldid=4241",
            "--timeout",
            "1",
            "--wiki-api",
            &wiki.api,
            "--out",
        ])
        .arg(out_dir.path())
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    let stdout = String::from_utf8_lossy(&out.stdout);
    // Some inputs failed, the others are in the reports.
    assert_eq!(out.status.code(), Some(1), "{stdout}{stderr}");
    let api = &wiki.api;
    for expected in [
        "crosscheck: error: https://fr.wikipedia.org/wiki/Manquante: the page \"Manquante\" does not exist on https://fr.wikipedia.org".to_owned(),
        "crosscheck: warning: https://fr.wikipedia.org/wiki/Bataille_de_l'essai: \"Bataille de l'essai\" redirects to \"Bataille de Test\"; read \"Bataille de Test\"".to_owned(),
        "crosscheck: error: https://fr.wikipedia.org/w/index.php?title=Bataille_de_Test&oldid=99: revision 99 does not exist".to_owned(),
        format!("crosscheck: error: https://fr.wikipedia.org/wiki/Panne: {api} answered HTTP 500 Internal Server Error"),
        format!("crosscheck: error: https://fr.wikipedia.org/wiki/Lente: {api} did not answer within 1 s"),
    ] {
        assert!(stderr.contains(&expected), "missing {expected:?} in\n{stderr}");
    }
    let claims = std::fs::read_to_string(out_dir.path().join("claims.csv")).expect("claims");
    let read: std::collections::BTreeSet<&str> = claims
        .lines()
        .skip(1)
        .filter_map(|l| l.split(',').next())
        .collect();
    assert_eq!(
        read.into_iter().collect::<Vec<_>>(),
        [
            "https://fr.wikipedia.org/w/index.php?title=Bataille_de_Test&oldid=4241",
            "https://fr.wikipedia.org/w/index.php?title=Bataille_de_Test&oldid=4242",
        ]
    );
}

#[test]
fn a_wiki_that_cannot_be_reached_is_a_clear_error() {
    // A port that was just free: nothing listens there.
    let port = TcpListener::bind("127.0.0.1:0")
        .expect("bind")
        .local_addr()
        .expect("address")
        .port();
    let api = format!("http://127.0.0.1:{port}/w/api.php");
    let out_dir = tempfile::tempdir().expect("temp dir");
    let out = crosscheck()
        .args(["analyze", PAGE, "--wiki-api", &api, "--out"])
        .arg(out_dir.path())
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains(&format!(
            "{PAGE}: cannot reach {api}: the network is down or the address is wrong"
        )),
        "{stderr}"
    );
    assert_eq!(
        std::fs::read_dir(out_dir.path()).expect("dir").count(),
        0,
        "nothing written"
    );
}
