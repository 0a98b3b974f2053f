//! `reports/` holds what the README's main command writes for the seeds; this test
//! runs the same command into a temporary directory and compares every file.

mod common;

use assert_cmd::Command;

#[test]
fn the_committed_reports_are_what_the_seeds_give() {
    let out = tempfile::tempdir().expect("temp dir");
    Command::cargo_bin("crosscheck")
        .expect("the binary is built")
        .current_dir(common::root())
        .arg("analyze")
        .args(common::seed_paths())
        .arg("--out")
        .arg(out.path())
        .assert()
        .code(0);
    let mut written: Vec<String> = std::fs::read_dir(out.path())
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    written.sort();
    let mut committed: Vec<String> = std::fs::read_dir(common::path("reports"))
        .expect("reports/ exists")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".csv") || n.ends_with(".html"))
        .collect();
    committed.sort();
    assert_eq!(
        written, committed,
        "reports/ holds exactly the files a run writes"
    );
    for name in written {
        let fresh = std::fs::read_to_string(out.path().join(&name)).expect("fresh report");
        let kept =
            std::fs::read_to_string(common::path("reports").join(&name)).expect("committed report");
        assert!(
            fresh == kept,
            "reports/{name} is out of date: run `cargo run --release -- analyze seeds/*.txt --out reports/`"
        );
    }
}
