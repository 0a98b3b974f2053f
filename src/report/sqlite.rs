//! The reports as one SQLite database (`--out reports.sqlite`), for runs of millions of
//! rows: one table per CSV report (`references`, `sources`, `sentences`, `findings`,
//! `claims`, `claims_by_source`, `contested`), with the same columns and cells, numbers
//! stored as numbers and empty optional numbers as NULL.
//!
//! Written to a temporary file beside the target in one transaction, then renamed
//! into place: like the CSV reports, all or nothing. It writes no `report.html`.

use std::path::{Path, PathBuf};

use rusqlite::types::Value;
use rusqlite::Connection;

use super::csv::TABLE_COLUMNS;
use crate::error::{Error, Result};

/// Tells whether an `--out` path asks for a database (`.sqlite`, `.sqlite3`, `.db`).
///
/// ```
/// use std::path::Path;
/// use crosscheck::report::is_database;
/// assert!(is_database(Path::new("out/frwiki.sqlite")));
/// assert!(!is_database(Path::new("reports/")));
/// ```
pub fn is_database(out: &Path) -> bool {
    out.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| matches!(e, "sqlite" | "sqlite3" | "db"))
}

/// A report database being written.
pub struct Database {
    /// `None` once closed.
    conn: Option<Connection>,
    tmp: PathBuf,
    path: PathBuf,
    /// Each table's name and its insert statement.
    inserts: Vec<(&'static str, String)>,
}

fn quote(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

impl Database {
    /// Creates the tables in a temporary file beside `path` and opens a transaction.
    ///
    /// # Errors
    /// The file cannot be created.
    pub fn create(path: &Path) -> Result<Self> {
        let dir = path
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        std::fs::create_dir_all(dir).map_err(|source| Error::Io {
            path: dir.to_path_buf(),
            source,
        })?;
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
        let _ = std::fs::remove_file(&tmp);
        let sql = |source| Error::Sqlite {
            path: path.to_path_buf(),
            source,
        };
        let conn = Connection::open(&tmp).map_err(sql)?;
        conn.set_prepared_statement_cache_capacity(16);
        let mut schema = String::from("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;\n");
        for (table, columns) in TABLE_COLUMNS {
            let cols: Vec<String> = columns.iter().map(|c| quote(c)).collect();
            schema.push_str(&format!(
                "CREATE TABLE {} ({});\n",
                quote(table),
                cols.join(", ")
            ));
        }
        schema.push_str("BEGIN;\n");
        conn.execute_batch(&schema).map_err(sql)?;
        let inserts = TABLE_COLUMNS
            .iter()
            .map(|(table, columns)| {
                let placeholders = vec!["?"; columns.len()].join(", ");
                let sql = format!("INSERT INTO {} VALUES ({placeholders})", quote(table));
                (*table, sql)
            })
            .collect();
        Ok(Self {
            conn: Some(conn),
            tmp,
            path: path.to_path_buf(),
            inserts,
        })
    }

    /// Inserts one row (its cells, in the order of the table's columns) into `table`.
    ///
    /// # Errors
    /// The insert fails (a full disk).
    pub fn insert(&self, table: &str, row: &[Value]) -> Result<()> {
        let Some(sql) = self
            .inserts
            .iter()
            .find(|(t, _)| *t == table)
            .map(|(_, sql)| sql)
        else {
            return Ok(());
        };
        let err = |source| Error::Sqlite {
            path: self.path.clone(),
            source,
        };
        let Some(conn) = &self.conn else {
            return Ok(());
        };
        let mut stmt = conn.prepare_cached(sql).map_err(err)?;
        stmt.execute(rusqlite::params_from_iter(row)).map_err(err)?;
        Ok(())
    }

    /// Commits, closes and renames the database into place; returns its path.
    ///
    /// # Errors
    /// The commit, the close or the rename fails.
    pub fn finish(mut self) -> Result<PathBuf> {
        let path = self.path.clone();
        let sql = |source| Error::Sqlite {
            path: path.clone(),
            source,
        };
        if let Some(conn) = self.conn.take() {
            conn.execute_batch("COMMIT;").map_err(sql)?;
            conn.close().map_err(|(_, e)| sql(e))?;
        }
        // The database was written with `synchronous = OFF` and no journal: its bytes
        // reach the disk before the name does, or a crash could leave a torn file in
        // place of the last good one.
        let io = |source| Error::Io {
            path: self.tmp.clone(),
            source,
        };
        std::fs::File::open(&self.tmp)
            .and_then(|f| f.sync_all())
            .map_err(io)?;
        std::fs::rename(&self.tmp, &path).map_err(|source| Error::Io {
            path: path.clone(),
            source,
        })?;
        Ok(path)
    }
}

impl Drop for Database {
    fn drop(&mut self) {
        // Unfinished (a failed run): the temporary file goes; a finished one was renamed.
        let _ = std::fs::remove_file(&self.tmp);
    }
}
