//! `crosscheck merge`: the report sets of several runs (the shards of a dump) made
//! into one.
//!
//! Input: report directories written by `analyze` (CSV files, not databases). Output:
//! one set in another directory, all or nothing like any run's: the per-article CSV
//! files concatenated in the order the directories are given (each header once), and
//! `sources.csv` summed per source, its scores computed again from the summed
//! agreements and comparisons, in the registry's order, as one run over all the
//! articles would give it (the shards hold different articles). `report.html` holds
//! the merged source table only: the articles' sections need the articles.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::csv::{ARTICLE_TABLES, TABLE_COLUMNS};
use super::{html, ReportSet};
use crate::analysis::{reliability, Reliability};
use crate::error::{Error, Result};
use crate::model::Registry;

fn csv_error(path: &Path, source: csv::Error) -> Error {
    Error::Csv {
        path: path.to_path_buf(),
        source,
    }
}

fn columns(name: &str) -> &'static [&'static str] {
    let table = name.trim_end_matches(".csv");
    TABLE_COLUMNS
        .iter()
        .find(|(t, _)| *t == table)
        .map_or(&[], |(_, c)| *c)
}

/// Opens one report of a set, checking its header.
fn open(dir: &Path, name: &str) -> Result<(csv::Reader<std::fs::File>, PathBuf)> {
    let path = dir.join(name);
    let mut reader = csv::Reader::from_path(&path).map_err(|e| csv_error(&path, e))?;
    let header = reader.headers().map_err(|e| csv_error(&path, e))?.clone();
    let expected = columns(name);
    if header.iter().ne(expected.iter().copied()) {
        return Err(Error::Input {
            location: crate::Location {
                file: path.display().to_string(),
                line: 1,
                column: 1,
            },
            message: format!(
                "not a crosscheck report: expected the columns {}",
                expected.join(",")
            ),
        });
    }
    Ok((reader, path))
}

fn number(record: &csv::StringRecord, i: usize, path: &Path, line: u64) -> Result<usize> {
    let cell = record.get(i).unwrap_or("").trim();
    cell.parse::<usize>().map_err(|_| Error::Input {
        location: crate::Location {
            file: path.display().to_string(),
            line: usize::try_from(line).unwrap_or(usize::MAX),
            column: i + 1,
        },
        message: format!("expected a count, found {cell:?}"),
    })
}

/// Merges the report sets in `dirs` into `out`; returns the files written.
///
/// # Errors
/// A report is missing or is not one of crosscheck's (its header, a count that is no
/// number), or the merged set cannot be written (`out` is then left as it was).
pub fn merge(dirs: &[PathBuf], out: &Path, registry: &Registry) -> Result<Vec<PathBuf>> {
    let mut set = ReportSet::new(out)?;
    for name in ARTICLE_TABLES {
        set.stage(name, |w| {
            let mut writer = csv::Writer::from_writer(w);
            writer
                .write_record(columns(name))
                .map_err(|e| csv_error(Path::new(name), e))?;
            for dir in dirs {
                let (mut reader, path) = open(dir, name)?;
                for record in reader.byte_records() {
                    let record = record.map_err(|e| csv_error(&path, e))?;
                    writer
                        .write_byte_record(&record)
                        .map_err(|e| csv_error(Path::new(name), e))?;
                }
            }
            writer.flush().map_err(|source| Error::Io {
                path: PathBuf::from(name),
                source,
            })
        })?;
    }
    // sources.csv: counts summed per (key, name), scores computed again.
    let mut known: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut unknown: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut scores: BTreeMap<String, Reliability> = BTreeMap::new();
    for dir in dirs {
        let (mut reader, path) = open(dir, "sources.csv")?;
        for record in reader.records() {
            let record = record.map_err(|e| csv_error(&path, e))?;
            // The record's own line: a quoted cell may hold newlines.
            let line = record.position().map_or(0, csv::Position::line);
            let count = |i| number(&record, i, &path, line);
            let key = record.get(0).unwrap_or("").to_owned();
            let (refs, articles) = (count(5)?, count(6)?);
            if key.is_empty() {
                let name = record.get(1).unwrap_or("").to_owned();
                let e = unknown.entry(name).or_default();
                (e.0, e.1) = (e.0.saturating_add(refs), e.1.saturating_add(articles));
                continue;
            }
            let e = known.entry(key.clone()).or_default();
            (e.0, e.1) = (e.0.saturating_add(refs), e.1.saturating_add(articles));
            let r = scores.entry(key).or_default();
            r.origin_claims = r.origin_claims.saturating_add(count(7)?);
            r.carrier_claims = r.carrier_claims.saturating_add(count(8)?);
            r.sole_source_claims = r.sole_source_claims.saturating_add(count(9)?);
            r.contested_claims = r.contested_claims.saturating_add(count(10)?);
            r.agreements = r.agreements.saturating_add(count(11)?);
            r.comparisons = r.comparisons.saturating_add(count(12)?);
            r.corroborated_headlines = r.corroborated_headlines.saturating_add(count(16)?);
        }
    }
    reliability::score_all(&mut scores, registry);
    let table = crate::analysis::sources_from_counts(&known, &unknown, registry, &scores);
    set.stage("sources.csv", |w| super::write_sources(w, &table))?;
    set.stage("report.html", |w| {
        let mut h = String::new();
        html::html_head(&mut h);
        let note = format!(
            "Merged from {} report sets: the articles are in the CSV files; the sources below count them all.",
            dirs.len()
        );
        html::html_tail(&mut h, &table, Some(&note));
        w.write_all(h.as_bytes()).map_err(|source| Error::Io {
            path: PathBuf::from("report.html"),
            source,
        })
    })?;
    set.commit()
}
