//! The `crosscheck` binary as a user runs it: exit codes, batches with bad inputs,
//! hostile bytes, and the CSV it writes.

mod common;

use assert_cmd::Command;
use predicates::prelude::*;

fn crosscheck() -> Command {
    let mut cmd = Command::cargo_bin("crosscheck").expect("the binary is built");
    cmd.current_dir(common::root());
    cmd
}

/// Runs `analyze` on the given files into a fresh directory; returns it.
fn analyze(files: &[&std::path::Path]) -> (tempfile::TempDir, assert_cmd::assert::Assert) {
    let out = tempfile::tempdir().expect("temp dir");
    let assert = crosscheck()
        .arg("analyze")
        .args(files)
        .arg("--out")
        .arg(out.path())
        .assert();
    (out, assert)
}

fn read_csv(path: &std::path::Path) -> Vec<csv::StringRecord> {
    let mut reader = csv::Reader::from_path(path).expect("the report is CSV");
    reader.records().map(|r| r.expect("a CSV row")).collect()
}

#[test]
fn a_bad_input_is_reported_and_the_batch_goes_on() {
    let dir = tempfile::tempdir().expect("temp dir");
    let bad = dir.path().join("bad.txt");
    std::fs::write(&bad, b"Titre\nune ligne \xff cass\xe9e\n").expect("write");
    let good = common::path("seeds/fr_bataille_de_jisr_al_choghour_2015.txt");
    let (out, assert) = analyze(&[&bad, &good]);
    assert
        .code(1)
        .stderr(predicate::str::contains(
            "bad.txt:2:11: not UTF-8 text (byte 0xff)",
        ))
        .stdout(predicate::str::contains(
            "82 references, 161 markers (0 unresolved)",
        ));
    let refs = read_csv(&out.path().join("references.csv"));
    assert_eq!(refs.len(), 82);
}

#[test]
fn hostile_bytes_end_in_a_clear_error_never_a_panic() {
    let dir = tempfile::tempdir().expect("temp dir");
    let cases: [(&str, Vec<u8>, &str); 4] = [
        ("empty.txt", Vec::new(), "empty.txt:1:1: empty input"),
        (
            "blank.txt",
            b"\n \n\t".to_vec(),
            "blank.txt:1:1: empty input",
        ),
        (
            "binary.bin",
            vec![0x7f, b'E', b'L', b'F', 0, 1, 2],
            "binary.bin:1:5: binary data",
        ),
        (
            "latin1.txt",
            b"Bataille d\xe9cisive\n".to_vec(),
            "latin1.txt:1:11: not UTF-8 text",
        ),
    ];
    for (name, bytes, message) in cases {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).expect("write");
        let (out, assert) = analyze(&[&path]);
        // Nothing read: exit 2, and no report replaces anything.
        assert.code(2).stderr(predicate::str::contains(message));
        assert_eq!(
            std::fs::read_dir(out.path()).expect("list").count(),
            0,
            "{name}"
        );
    }
}

#[test]
fn a_50_mb_line_gives_a_report() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("huge.txt");
    let mut text = String::from("Titre\n\n");
    while text.len() < 50 * 1024 * 1024 {
        text.push_str("Le 3 mai, des soldats sont tués près de la ville[1] selon l'OSDH. ");
    }
    text.push('\n');
    std::fs::write(&path, &text).expect("write");
    let (out, assert) = analyze(&[&path]);
    assert.code(0).stdout(predicate::str::contains("huge.txt"));
    let findings = read_csv(&out.path().join("findings.csv"));
    assert!(findings.len() > 700_000, "every [1] is reported as missing");
    assert_eq!(&findings[0][1], "missing_reference");
    assert_eq!((&findings[0][2], &findings[0][3]), ("3", "49"));
}

#[test]
fn a_50_mb_line_without_any_stop_gives_a_report() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("word.txt");
    std::fs::write(&path, "x".repeat(50 * 1024 * 1024)).expect("write");
    let (out, assert) = analyze(&[&path]);
    assert.code(0);
    let findings = read_csv(&out.path().join("findings.csv"));
    assert_eq!(&findings[0][1], "layout");
}

#[test]
fn a_50_mb_line_of_abbreviation_like_stops_gives_a_report() {
    // "a.a.a.…": every stop asks whether the word before it is an abbreviation.
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("dots.txt");
    std::fs::write(
        &path,
        format!(
            "Titre\n\nS\n\n[modifier | modifier le code]\n\n{}\n",
            "a.".repeat(25 * 1024 * 1024)
        ),
    )
    .expect("write");
    let (out, assert) = analyze(&[&path]);
    assert.code(0);
    let sentences = read_csv(&out.path().join("sentences.csv"));
    assert_eq!(
        sentences.len(),
        1,
        "no capital follows any stop: one sentence"
    );
}

#[test]
fn a_damaged_reference_list_gives_findings_with_lines_and_columns() {
    let text = "\
Bataille de Test

La bataille de Test oppose les rebelles aux forces loyalistes pendant tout le mois de mai 2015.[1] Elle fait 30 morts[3].

Notes et références

[modifier | modifier le code]
  1. AFP, « Titre un », Le Point, (consulté le )
  2. « Titre deux », OSDH,
  2. « Titre deux bis », OSDH,
  4. « jamais fermé, OSDH,
  5. a et b « Titre cinq », Gazette du Levant,
";
    let a = common::article_from("test.txt", text);
    let got: Vec<(&str, usize, usize)> = a
        .findings
        .iter()
        .map(|f| (f.kind.name(), f.line, f.column))
        .collect();
    assert_eq!(
        got,
        [
            ("missing_reference", 3, 118),
            ("uncited_reference", 9, 1),
            ("duplicate_reference", 10, 1),
            ("malformed_reference", 11, 6),
            ("uncited_reference", 12, 1),
            ("reference_numbering", 12, 1),
            ("unattributed_reference", 12, 1),
        ]
    );
    let malformed = &a.findings[3];
    assert_eq!(
        malformed.message,
        "cannot read this reference entry: expected closing quote"
    );
    assert_eq!(a.findings[5].message, "reference 5 where 3 was expected");
    assert!(a.findings[6].message.contains("Gazette du Levant"));
    // The rest is read: reference 1 is cited by the first sentence.
    assert_eq!(a.reference(1).map(|r| r.cited_by.clone()), Some(vec![1]));
}

#[test]
fn cells_that_a_spreadsheet_would_run_are_escaped() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("formula.txt");
    std::fs::write(
        &path,
        "=Bataille\n\nLa bataille de Test oppose les rebelles aux forces loyalistes pendant le mois de mai.[1]\n\n\
         Notes et références\n\n[modifier | modifier le code]\n  1. « =HYPERLINK(\"http://x\") », @Gazette, (consulté le )\n",
    )
    .expect("write");
    let (out, assert) = analyze(&[&path]);
    assert.code(0);
    let refs = read_csv(&out.path().join("references.csv"));
    let headers = csv::Reader::from_path(out.path().join("references.csv"))
        .expect("csv")
        .headers()
        .expect("header")
        .clone();
    let col = |name: &str| headers.iter().position(|h| h == name).expect("column");
    assert_eq!(&refs[0][col("title")], "'=HYPERLINK(\"http://x\")");
    assert_eq!(&refs[0][col("publisher")], "'@Gazette");
    assert_eq!(&refs[0][col("unknown_names")], "'@Gazette");
    let sources = read_csv(&out.path().join("sources.csv"));
    assert_eq!(&sources[0][1], "'@Gazette");
}

#[test]
fn a_second_run_replaces_the_reports_and_leaves_no_temporary_file() {
    let seed = common::path("seeds/fr_offensive_de_maarat_al_nouman_et_saraqeb.tokenized.txt");
    let (out, assert) = analyze(&[&seed]);
    assert.code(0);
    crosscheck()
        .arg("analyze")
        .arg(common::path("tests/fixtures/en_jisr_al_shughur.txt"))
        .arg("--out")
        .arg(out.path())
        .assert()
        .code(0);
    let mut names: Vec<String> = std::fs::read_dir(out.path())
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "claims.csv",
            "claims_by_source.csv",
            "contested.csv",
            "findings.csv",
            "references.csv",
            "report.html",
            "sentences.csv",
            "sources.csv"
        ]
    );
    let refs = read_csv(&out.path().join("references.csv"));
    assert_eq!(refs.len(), 26, "the second run's article only");
}

#[test]
fn an_unknown_language_or_format_is_a_usage_error() {
    let seed = common::path("seeds/fr_bataille_de_jisr_al_choghour_2015.txt");
    crosscheck()
        .args(["analyze", "--lang", "de"])
        .arg(&seed)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "no lexicon for language \"de\" (known: en, fr)",
        ));
    crosscheck()
        .args(["analyze", "--format", "pdf"])
        .arg(&seed)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown format \"pdf\""));
}

#[test]
fn a_source_added_to_the_registry_is_used_without_rebuilding() {
    let dir = tempfile::tempdir().expect("temp dir");
    let grammars = dir.path().join("grammars");
    std::fs::create_dir(&grammars).expect("mkdir");
    for name in ["fr.toml", "en.toml"] {
        std::fs::copy(
            common::path(&format!("grammars/{name}")),
            grammars.join(name),
        )
        .expect("copy");
    }
    let mut registry = std::fs::read_to_string(common::path("grammars/sources.csv")).expect("read");
    registry.push_str("gazette_levant,Gazette du Levant,newspaper,LB,independent,not_listed,Gazette du Levant;GdL,gazette-levant.example,Test source.\n");
    std::fs::write(grammars.join("sources.csv"), registry).expect("write");
    let article = dir.path().join("a.txt");
    std::fs::write(
        &article,
        "Bataille de Test\n\nLa bataille de Test oppose les rebelles aux forces loyalistes pendant le mois de mai.[1]\n\n\
         Notes et références\n\n[modifier | modifier le code]\n  1. « Titre », GdL, (consulté le )\n",
    )
    .expect("write");
    let out = dir.path().join("out");
    crosscheck()
        .arg("analyze")
        .arg(&article)
        .arg("--grammars")
        .arg(&grammars)
        .arg("--out")
        .arg(&out)
        .assert()
        .code(0);
    let sources = read_csv(&out.join("sources.csv"));
    assert_eq!(&sources[0][0], "gazette_levant");
    assert_eq!(&sources[0][4], "not_listed");
}

#[test]
fn sources_named_together_are_each_a_claimant_of_their_figure() {
    let dir = tempfile::tempdir().expect("temp dir");
    let article = dir.path().join("a.txt");
    std::fs::write(
        &article,
        "Battle of Test (2015)\n\nThe SOHR and Al-Masdar News reported 261 loyalist deaths.[1]\n\n\
         References\n[edit]\n1. ^ Karouny, Mariam (24 May 2015). \"Title\". Reuters. Retrieved 25 May 2015.\n",
    )
    .expect("write");
    let (out, assert) = analyze(&[&article]);
    assert.code(0);
    let rows: Vec<(String, String, String)> = read_csv(&out.path().join("claims_by_source.csv"))
        .iter()
        .map(|r| (r[1].to_owned(), r[9].to_owned(), r[10].to_owned()))
        .collect();
    let row = |role: &str, key: &str| ("c1".to_owned(), role.to_owned(), key.to_owned());
    assert_eq!(
        rows,
        [
            row("claimant", "sohr"),
            row("claimant", "al_masdar"),
            row("reference", "reuters")
        ]
    );
}
