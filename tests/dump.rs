//! Dumps: the wikitext fixture and a few other pages exported as a MediaWiki dump,
//! plain, bzip2 and multistream bzip2 with its index, read through the binary; what it
//! reports for a page is what it reports for the same wikitext read as a file.

mod common;

use std::io::Write;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use bzip2::write::BzEncoder;
use bzip2::Compression;

const HEAD: &str = "<mediawiki xmlns=\"http://www.mediawiki.org/xml/export-0.11/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" version=\"0.11\" xml:lang=\"fr\">\n  <siteinfo>\n    <sitename>Wikipédia</sitename>\n  </siteinfo>\n";
const TAIL: &str = "</mediawiki>\n";
const CATEGORY: &str = "[[Catégorie:Bataille de la guerre civile syrienne]]";

/// The reports with one row per item of an article (an `article` column first).
const PER_ARTICLE: [&str; 6] = [
    "claims.csv",
    "references.csv",
    "sentences.csv",
    "findings.csv",
    "claims_by_source.csv",
    "contested.csv",
];

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn page(title: &str, ns: i64, id: u64, text: &str, redirect: bool) -> String {
    let redirect = if redirect {
        "    <redirect title=\"Bataille de Test\" />\n"
    } else {
        ""
    };
    format!(
        "  <page>\n    <title>{}</title>\n    <ns>{ns}</ns>\n    <id>{id}</id>\n{redirect}    <revision>\n      <id>{}</id>\n      <timestamp>2024-06-0{id}T12:00:00Z</timestamp>\n      <text bytes=\"{}\" xml:space=\"preserve\">{}</text>\n    </revision>\n  </page>\n",
        escape(title),
        id * 100,
        text.len(),
        escape(text)
    )
}

fn fixture() -> String {
    std::fs::read_to_string(common::path("tests/fixtures/fr_bataille_de_test.wiki"))
        .expect("the fixture reads")
}

/// The pages of the test dump: (id, title, XML).
fn pages() -> Vec<(u64, String, String)> {
    let text = fixture();
    assert!(text.contains(CATEGORY), "the fixture is in its category");
    let other = text.replace(CATEGORY, "[[Catégorie:Siège]]");
    vec![
        (1, "Bataille de Test".into(), page("Bataille de Test", 0, 1, &text, false)),
        (
            2,
            "Test (bataille)".into(),
            page("Test (bataille)", 0, 2, "#REDIRECTION [[Bataille de Test]]", true),
        ),
        (
            3,
            "Discussion:Bataille de Test".into(),
            page("Discussion:Bataille de Test", 1, 3, &text, false),
        ),
        (
            4,
            "Page cassée".into(),
            "  <page>\n    <title>Page cassée</title>\n    <ns>0</ns>\n    <id>4</id>\n    <revision>\n      <text>abc</texte>\n    </revision>\n  </page>\n".into(),
        ),
        (5, "Siège de Test".into(), page("Siège de Test", 0, 5, &other, false)),
    ]
}

fn xml() -> String {
    let mut x = HEAD.to_owned();
    for (_, _, p) in pages() {
        x.push_str(&p);
    }
    x.push_str(TAIL);
    x
}

fn bz2(bytes: &[u8]) -> Vec<u8> {
    let mut e = BzEncoder::new(Vec::new(), Compression::best());
    e.write_all(bytes).expect("compress");
    e.finish().expect("compress")
}

/// Writes the dump as a multistream file (the head, pages two by two, the tail, each
/// its own bzip2 stream) and its index, as the wikis name them.
fn write_multistream(dir: &Path) -> PathBuf {
    let dump = dir.join("testwiki-20240601-pages-articles-multistream.xml.bz2");
    let mut out = bz2(HEAD.as_bytes());
    let mut index = String::new();
    for group in pages().chunks(2) {
        let offset = out.len();
        let mut xml = String::new();
        for (id, title, p) in group {
            xml.push_str(p);
            index.push_str(&format!("{offset}:{id}:{title}\n"));
        }
        out.extend(bz2(xml.as_bytes()));
    }
    out.extend(bz2(TAIL.as_bytes()));
    std::fs::write(&dump, out).expect("write the dump");
    std::fs::write(
        dir.join("testwiki-20240601-pages-articles-multistream-index.txt.bz2"),
        bz2(index.as_bytes()),
    )
    .expect("write the index");
    dump
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn analyze(args: &[&str], out: &Path) -> Run {
    let output = Command::cargo_bin("crosscheck")
        .expect("the binary is built")
        .current_dir(common::root())
        .arg("analyze")
        .args(args)
        .arg("--out")
        .arg(out)
        .output()
        .expect("the binary runs");
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// A report's rows, the `article` column first.
fn rows(dir: &Path, name: &str) -> Vec<Vec<String>> {
    let mut r = csv::Reader::from_path(dir.join(name)).expect("the report reads");
    r.records()
        .map(|rec| rec.expect("a CSV row").iter().map(str::to_owned).collect())
        .collect()
}

fn articles(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = rows(dir, "sentences.csv")
        .into_iter()
        .filter_map(|r| r.first().cloned())
        .collect();
    names.dedup();
    names
}

#[test]
fn a_page_reports_what_its_wikitext_reports_as_a_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let dump = dir.path().join("dump.xml");
    std::fs::write(&dump, xml()).expect("write");
    let single = dir.path().join("single");
    let wiki = common::path("tests/fixtures/fr_bataille_de_test.wiki");
    let one = analyze(&[wiki.to_str().expect("utf-8 path")], &single);
    assert_eq!(one.code, 0, "{}", one.stderr);
    let out = dir.path().join("out");
    let run = analyze(&[dump.to_str().expect("utf-8 path")], &out);
    assert_eq!(run.code, 1, "a page could not be read: {}", run.stderr);
    assert_eq!(articles(&out), ["Bataille de Test", "Siège de Test"]);
    for name in PER_ARTICLE {
        let from_dump: Vec<Vec<String>> = rows(&out, name)
            .into_iter()
            .filter(|r| r.first().map(String::as_str) == Some("Bataille de Test"))
            .map(|r| r.into_iter().skip(1).collect())
            .collect();
        let from_file: Vec<Vec<String>> = rows(&single, name)
            .into_iter()
            .map(|r| r.into_iter().skip(1).collect())
            .collect();
        assert!(
            !from_file.is_empty() || name == "findings.csv",
            "{name} has rows"
        );
        assert_eq!(from_dump, from_file, "{name}");
    }
    // Real values, read through the dump.
    let claims = rows(&out, "claims.csv");
    let first = claims.first().expect("a claim");
    assert_eq!(
        &first[..7],
        [
            "Bataille de Test",
            "c1",
            "Bataille de Test",
            "strength",
            "loyalist",
            "",
            "6000"
        ]
    );
    let html = std::fs::read_to_string(out.join("report.html")).expect("report.html");
    assert!(
        html.contains("revision 100 of 2024-06-01T12:00:00Z"),
        "the revision is said"
    );
    assert!(
        !run.stderr.contains("pages,") && !run.stderr.contains('\r'),
        "no progress on a pipe: {}",
        run.stderr
    );
    assert!(run.stdout.contains(
        "dump: 4 pages read, 2 articles analysed; skipped 1 redirects, 1 pages of other namespaces, 0 filtered out; 1 could not be read"
    ), "{}", run.stdout);
}

#[test]
fn a_malformed_page_is_named_with_its_place_and_the_others_report() {
    let dir = tempfile::tempdir().expect("temp dir");
    let dump = dir.path().join("dump.xml");
    let xml = xml();
    std::fs::write(&dump, &xml).expect("write");
    let run = analyze(
        &[dump.to_str().expect("utf-8 path")],
        &dir.path().join("out"),
    );
    let bad_line = xml
        .lines()
        .position(|l| l.contains("</texte>"))
        .expect("the bad line")
        + 1;
    let expected = format!(
        "{}:{bad_line}:16: malformed XML: expected </text>, found </texte> (page \"Page cassée\"",
        dump.display()
    );
    assert!(run.stderr.contains(&expected), "{}", run.stderr);
    assert_eq!(run.code, 1);
    assert_eq!(
        articles(&dir.path().join("out")),
        ["Bataille de Test", "Siège de Test"]
    );
}

#[test]
fn plain_bzip2_and_multistream_dumps_give_the_same_reports() {
    let dir = tempfile::tempdir().expect("temp dir");
    let plain = dir.path().join("dump.xml");
    std::fs::write(&plain, xml()).expect("write");
    let single = dir.path().join("dump.xml.bz2");
    std::fs::write(&single, bz2(xml().as_bytes())).expect("write");
    let multi = write_multistream(dir.path());
    let mut outs = Vec::new();
    for (n, input) in [&plain, &single, &multi].into_iter().enumerate() {
        let out = dir.path().join(format!("out{n}"));
        let run = analyze(&[input.to_str().expect("utf-8 path")], &out);
        assert_eq!(run.code, 1, "{}", run.stderr);
        assert!(run.stderr.contains("Page cassée"), "{}", run.stderr);
        outs.push(out);
    }
    assert!(
        analyze(
            &[multi.to_str().expect("utf-8 path")],
            &dir.path().join("x")
        )
        .stderr
        .contains(&format!("{}: bzip2 stream at byte ", multi.display())),
        "a multistream error names its stream"
    );
    for name in PER_ARTICLE.iter().chain(&["sources.csv", "report.html"]) {
        let first = std::fs::read(outs[0].join(name)).expect("read");
        for out in &outs[1..] {
            assert!(
                std::fs::read(out.join(name)).expect("read") == first,
                "{name} differs in {}",
                out.display()
            );
        }
    }
    assert_eq!(articles(&outs[2]), ["Bataille de Test", "Siège de Test"]);
}

#[test]
fn filters_choose_the_pages() {
    let dir = tempfile::tempdir().expect("temp dir");
    let dump = dir.path().join("dump.xml.bz2");
    std::fs::write(&dump, bz2(xml().as_bytes())).expect("write");
    let d = dump.to_str().expect("utf-8 path");
    let out = dir.path().join("cat");
    let run = analyze(
        &[d, "--category", "bataille_de_la guerre civile syrienne"],
        &out,
    );
    assert_eq!(articles(&out), ["Bataille de Test"], "{}", run.stderr);
    assert!(run.stdout.contains("1 filtered out"), "{}", run.stdout);
    let out = dir.path().join("title");
    analyze(&[d, "--title-regex", "^Siège"], &out);
    assert_eq!(articles(&out), ["Siège de Test"]);
    let out = dir.path().join("ns");
    analyze(&[d, "--namespace", "0,1"], &out);
    assert_eq!(
        articles(&out),
        [
            "Bataille de Test",
            "Discussion:Bataille de Test",
            "Siège de Test"
        ]
    );
    let out = dir.path().join("none");
    let run = analyze(&[d, "--title-regex", "^Nothing"], &out);
    assert_eq!(run.code, 2, "no article read");
    assert!(
        !out.join("claims.csv").exists(),
        "nothing read, nothing written"
    );
    let run = analyze(&[d, "--title-regex", "(unclosed"], &out);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("--title-regex"), "{}", run.stderr);
}

#[test]
fn a_truncated_bzip2_dump_reports_the_pages_before_the_cut() {
    let dir = tempfile::tempdir().expect("temp dir");
    let good: String = format!(
        "{HEAD}{}",
        pages()
            .into_iter()
            .filter(|(id, _, _)| *id == 1)
            .map(|(_, _, p)| p)
            .collect::<String>()
    );
    // Two streams: the first page whole, then the rest cut in the middle.
    let mut bytes = bz2(good.as_bytes());
    let rest = bz2(format!("{}{TAIL}", pages()[4].2).as_bytes());
    bytes.extend(rest.get(..rest.len() / 2).expect("half"));
    let dump = dir.path().join("cut.xml.bz2");
    std::fs::write(&dump, bytes).expect("write");
    let out = dir.path().join("out");
    let run = analyze(&[dump.to_str().expect("utf-8 path")], &out);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains(&format!("{}", dump.display()))
            && run.stderr.contains("the input ends or breaks off"),
        "{}",
        run.stderr
    );
    assert_eq!(articles(&out), ["Bataille de Test"]);
}

#[test]
fn streamed_reports_of_the_seeds_are_the_committed_reports() {
    let grammars = common::grammars();
    let dir = tempfile::tempdir().expect("temp dir");
    let mut report =
        crosscheck::report::StreamReport::new(dir.path(), &grammars.registry).expect("open");
    for path in common::seed_paths() {
        let article = common::article(path.to_str().expect("utf-8 path"));
        let (contests, comparisons) = crosscheck::analysis::find_contested(&article);
        report.add(&article, &contests, &comparisons).expect("add");
    }
    let written = report.finish().expect("finish");
    assert_eq!(written.len(), 8);
    for path in written {
        let name = path.file_name().expect("a name");
        let kept = std::fs::read(common::path("reports").join(name)).expect("committed");
        assert!(
            std::fs::read(&path).expect("fresh") == kept,
            "{} differs from reports/",
            name.to_string_lossy()
        );
    }
}

#[test]
fn a_database_holds_the_same_rows_as_the_csv_files() {
    let dir = tempfile::tempdir().expect("temp dir");
    let dump = dir.path().join("dump.xml");
    std::fs::write(&dump, xml()).expect("write");
    let d = dump.to_str().expect("utf-8 path");
    let csv_out = dir.path().join("csv");
    analyze(&[d], &csv_out);
    let db_path = dir.path().join("db").join("reports.sqlite");
    let run = analyze(&[d], &db_path);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stdout.contains("reports.sqlite"), "{}", run.stdout);
    let leftovers: Vec<_> = std::fs::read_dir(dir.path().join("db"))
        .expect("list")
        .map(|e| e.expect("entry").file_name())
        .collect();
    assert_eq!(leftovers, ["reports.sqlite"], "no temporary file is left");
    let db = rusqlite::Connection::open(&db_path).expect("the database opens");
    for table in [
        "references",
        "sentences",
        "claims",
        "claims_by_source",
        "contested",
        "sources",
    ] {
        let count: i64 = db
            .query_row(&format!("SELECT count(*) FROM \"{table}\""), [], |r| {
                r.get(0)
            })
            .expect("count");
        let rows = rows(&csv_out, &format!("{table}.csv")).len();
        assert_eq!(count as usize, rows, "{table}");
        assert!(rows > 0, "{table} has rows");
    }
    let (low, side): (i64, String) = db
        .query_row(
            "SELECT low, side FROM claims WHERE article = 'Bataille de Test' AND claim_id = 'c1'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .expect("claim c1");
    assert_eq!((low, side.as_str()), (6000, "loyalist"));
    let first_claims = rows(&csv_out, "claims.csv");
    let high: Option<i64> = db
        .query_row(
            "SELECT high FROM claims WHERE article = 'Bataille de Test' AND claim_id = 'c3'",
            [],
            |r| r.get(0),
        )
        .expect("claim c3");
    let csv_high = first_claims
        .iter()
        .find(|r| r[0] == "Bataille de Test" && r[1] == "c3")
        .map(|r| r[7].clone())
        .expect("c3 in claims.csv");
    assert_eq!(high.map(|h| h.to_string()).unwrap_or_default(), csv_high);
}

#[test]
fn shards_merged_give_the_reports_of_one_run() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = fixture();
    let mut xml = HEAD.to_owned();
    let titles: Vec<String> = (1..=6).map(|n| format!("Bataille de Test {n}")).collect();
    for (n, title) in titles.iter().enumerate() {
        // Each page its own figures, so the rows differ between pages.
        let varied = text.replace("261", &format!("26{n}"));
        xml.push_str(&page(title, 0, n as u64 + 1, &varied, false));
    }
    xml.push_str(TAIL);
    let dump = dir.path().join("dump.xml");
    std::fs::write(&dump, xml).expect("write");
    let d = dump.to_str().expect("utf-8 path");
    let whole = dir.path().join("whole");
    assert_eq!(analyze(&[d], &whole).code, 0);
    let mut shard_dirs = Vec::new();
    let mut seen = Vec::new();
    for i in 0..2u64 {
        let out = dir.path().join(format!("shard{i}"));
        let run = analyze(&[d, "--shard", &format!("{i}/2")], &out);
        let expected: Vec<String> = titles
            .iter()
            .filter(|t| crosscheck::input::dump::shard_of(t, 2) == i)
            .cloned()
            .collect();
        assert!(!expected.is_empty(), "both shards have pages");
        assert_eq!(articles(&out), expected, "{}", run.stderr);
        seen.extend(expected);
        shard_dirs.push(out);
    }
    seen.sort();
    assert_eq!(seen, titles, "the shards cover the dump once");
    let merged = dir.path().join("merged");
    let status = Command::cargo_bin("crosscheck")
        .expect("the binary is built")
        .current_dir(common::root())
        .arg("merge")
        .args(&shard_dirs)
        .arg("--out")
        .arg(&merged)
        .output()
        .expect("merge runs");
    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    for name in PER_ARTICLE {
        let mut a = rows(&merged, name);
        let mut b = rows(&whole, name);
        a.sort();
        b.sort();
        assert_eq!(a, b, "{name}");
    }
    assert_eq!(
        std::fs::read_to_string(merged.join("sources.csv")).expect("merged"),
        std::fs::read_to_string(whole.join("sources.csv")).expect("whole"),
        "sources.csv summed and scored again is the one run's"
    );
    let bad = Command::cargo_bin("crosscheck")
        .expect("the binary is built")
        .arg("merge")
        .arg(dir.path())
        .arg("--out")
        .arg(dir.path().join("bad"))
        .output()
        .expect("merge runs");
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("references.csv"));
}

#[test]
fn a_bad_index_is_said_and_the_dump_is_read_without_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let multi = write_multistream(dir.path());
    let index = dir
        .path()
        .join("testwiki-20240601-pages-articles-multistream-index.txt.bz2");
    std::fs::write(&index, bz2(b"0:1:Bataille de Test\nnot an index line\n")).expect("write");
    let out = dir.path().join("out");
    let run = analyze(&[multi.to_str().expect("utf-8 path")], &out);
    let expected = format!(
        "warning: {}:2:1: expected offset:page_id:title; reading {} as one stream instead",
        index.display(),
        multi.display()
    );
    assert!(run.stderr.contains(&expected), "{}", run.stderr);
    assert_eq!(run.code, 1, "the malformed page still fails");
    assert_eq!(articles(&out), ["Bataille de Test", "Siège de Test"]);
    std::fs::write(&index, bz2(b"99999999:1:Bataille de Test\n")).expect("write");
    let run = analyze(&[multi.to_str().expect("utf-8 path")], &out);
    assert!(
        run.stderr
            .contains("offset 99999999 is past the dump's end"),
        "{}",
        run.stderr
    );
}

#[test]
fn an_input_that_is_not_a_dump_is_in_one_shard_only() {
    let dir = tempfile::tempdir().expect("temp dir");
    let dump = dir.path().join("dump.xml");
    std::fs::write(&dump, xml()).expect("write");
    let extra = dir.path().join("extra.wiki");
    std::fs::write(&extra, fixture().replace("261", "262")).expect("write");
    let (d, e) = (
        dump.to_str().expect("utf-8 path"),
        extra.to_str().expect("utf-8 path"),
    );
    let whole = dir.path().join("whole");
    analyze(&[d, e], &whole);
    let mut sharded = 0;
    for i in 0..2u64 {
        let out = dir.path().join(format!("shard{i}"));
        analyze(&[d, e, "--shard", &format!("{i}/2")], &out);
        if out.join("references.csv").is_file() {
            sharded += rows(&out, "references.csv").len();
        }
    }
    assert_eq!(
        sharded,
        rows(&whole, "references.csv").len(),
        "the shards hold the extra input's rows once between them"
    );
}

#[test]
fn merge_saturates_huge_counts_and_names_the_line_of_a_bad_one() {
    let dir = tempfile::tempdir().expect("temp dir");
    let dump = dir.path().join("dump.xml");
    std::fs::write(&dump, xml()).expect("write");
    let a = dir.path().join("a");
    analyze(&[dump.to_str().expect("utf-8 path")], &a);
    let b = dir.path().join("b");
    std::fs::create_dir_all(&b).expect("b");
    for entry in std::fs::read_dir(&a).expect("list") {
        let entry = entry.expect("entry");
        std::fs::copy(entry.path(), b.join(entry.file_name())).expect("copy");
    }
    let sources = rows(&a, "sources.csv");
    assert!(sources.len() >= 2, "two sources at least");
    let header: Vec<String> = csv::Reader::from_path(a.join("sources.csv"))
        .expect("reads")
        .headers()
        .expect("header")
        .iter()
        .map(str::to_owned)
        .collect();
    let write = |dir: &Path, rows: &[Vec<String>]| {
        let mut w = csv::Writer::from_path(dir.join("sources.csv")).expect("write");
        w.write_record(&header).expect("header");
        for r in rows {
            w.write_record(r).expect("row");
        }
        w.flush().expect("flush");
    };
    let mut huge = sources.clone();
    huge[0][5] = usize::MAX.to_string();
    huge[0][7] = usize::MAX.to_string();
    write(&a, &huge);
    write(&b, &huge);
    let merge = |dirs: &[&Path], out: &Path| {
        Command::cargo_bin("crosscheck")
            .expect("the binary is built")
            .current_dir(common::root())
            .arg("merge")
            .args(dirs)
            .arg("--out")
            .arg(out)
            .output()
            .expect("merge runs")
    };
    let merged = merge(&[&a, &b], &dir.path().join("m"));
    assert!(
        merged.status.success(),
        "{}",
        String::from_utf8_lossy(&merged.stderr)
    );
    // A name holding a newline, then a count that is no number on the next record:
    // that record starts on line 4 of the file.
    let mut bad = sources.clone();
    bad[0][1] = "a name\non two lines".into();
    bad[1][5] = "many".into();
    write(&b, &bad);
    let failed = merge(&[&a, &b], &dir.path().join("n"));
    assert_eq!(failed.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&failed.stderr);
    assert!(
        stderr.contains(&format!(
            "{}:4:6: expected a count",
            b.join("sources.csv").display()
        )),
        "{stderr}"
    );
}

/// A dump in a declared language (`<mediawiki xml:lang="…">`) with one English page.
fn english_dump(dir: &Path, root_lang: Option<&str>) -> PathBuf {
    let text = "The '''Battle of Testville''' took place in May 2015. At least 30 soldiers were \
                killed on 3 May 2015, according to the Syrian Observatory for Human Rights.\
                <ref>{{cite web |title=Thirty soldiers killed |website=SOHR \
                |url=https://example.org/a}}</ref>\n\n== References ==\n{{reflist}}\n";
    let head = match root_lang {
        Some(l) => HEAD.replace("xml:lang=\"fr\"", &format!("xml:lang=\"{l}\"")),
        None => HEAD.replace(" xml:lang=\"fr\"", ""),
    };
    let path = dir.join(format!("{}.xml", root_lang.unwrap_or("none")));
    let xml = format!(
        "{head}{}{TAIL}",
        page("Battle of Testville", 0, 1, text, false)
    );
    std::fs::write(&path, xml).expect("write");
    path
}

/// The (category, side, low) of each claim of a run.
fn figures(out: &Path) -> Vec<(String, String, String)> {
    rows(out, "claims.csv")
        .into_iter()
        .map(|r| (r[3].clone(), r[4].clone(), r[6].clone()))
        .collect()
}

#[test]
fn the_pages_of_a_dump_are_read_in_the_language_it_declares() {
    let dir = tempfile::tempdir().expect("temp dir");
    let killed = vec![("killed".to_owned(), "loyalist".to_owned(), "30".to_owned())];
    // Declared English, or nothing declared (detected): the English lexicon reads it.
    for lang in [Some("en"), None] {
        let out = dir.path().join(format!("out-{lang:?}"));
        let dump = english_dump(dir.path(), lang);
        let run = analyze(&[dump.to_str().expect("utf-8 path")], &out);
        assert_eq!(run.code, 0, "{}", run.stderr);
        assert_eq!(figures(&out), killed, "{lang:?}");
    }
    // A page of a French wiki is read in French: the English words are not its own.
    let out = dir.path().join("out-fr");
    let dump = english_dump(dir.path(), Some("fr"));
    let run = analyze(&[dump.to_str().expect("utf-8 path")], &out);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(figures(&out), []);
    // `--lang` is asked for by the user: it wins over the dump's word.
    let out = dir.path().join("out-fr-lang-en");
    let run = analyze(&[dump.to_str().expect("utf-8 path"), "--lang", "en"], &out);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(figures(&out), killed);
    // A language no lexicon has is left to detection.
    let out = dir.path().join("out-de");
    let dump = english_dump(dir.path(), Some("de"));
    let run = analyze(&[dump.to_str().expect("utf-8 path")], &out);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(figures(&out), killed);
}
