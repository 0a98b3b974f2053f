//! Reports: the CSV files of a run, written whole or not at all.
//!
//! Every file of a run is first written to a temporary file in the output directory;
//! only when all are complete are they renamed over their final names. A run that
//! fails half-way leaves the directory as it was.

mod csv;
mod html;
mod links;
mod merge;
mod quantities;
mod sqlite;
mod stream;
mod suggest;
mod summary;

pub use self::csv::{
    escape_cell, write_claims, write_claims_by_source, write_contested, write_findings,
    write_links, write_references, write_sentences, write_sources, ArticleRows, ArticleTables,
    ARTICLE_TABLES,
};
pub use html::{escape_html, write_html};
pub use links::write_link_suggestions;
pub use merge::merge;
pub use quantities::write_quantities;
pub use sqlite::is_database;
pub use stream::{RenderedArticle, Renderer, StreamReport, MAX_HTML_ARTICLES};
pub use suggest::write_suggestions;
pub use summary::write_summary;

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use tempfile::NamedTempFile;

use crate::error::{Error, Result};

/// A set of report files being written into one directory.
#[derive(Debug)]
pub struct ReportSet {
    dir: PathBuf,
    staged: Vec<(NamedTempFile, PathBuf)>,
}

impl ReportSet {
    /// A set writing into `dir` (created if missing).
    ///
    /// # Errors
    /// The directory cannot be created.
    pub fn new(dir: &Path) -> Result<Self> {
        std::fs::create_dir_all(dir).map_err(|source| Error::Io {
            path: dir.to_path_buf(),
            source,
        })?;
        Ok(Self {
            dir: dir.to_path_buf(),
            staged: Vec::new(),
        })
    }

    /// Writes one file of the set to a temporary file beside its final name.
    ///
    /// # Errors
    /// The temporary file cannot be created or written, or `write` fails.
    pub fn stage<F>(&mut self, name: &str, write: F) -> Result<()>
    where
        F: FnOnce(&mut dyn Write) -> Result<()>,
    {
        let mut out = self.create(name)?;
        write(&mut out)?;
        self.add(out)
    }

    /// Opens one file of the set as a temporary file beside its final name, to be
    /// written over time (a streamed run) and then handed to [`ReportSet::add`].
    ///
    /// # Errors
    /// The temporary file cannot be created.
    pub fn create(&self, name: &str) -> Result<Staged> {
        let path = self.dir.join(name);
        let io = |source| Error::Io {
            path: path.clone(),
            source,
        };
        let tmp = NamedTempFile::new_in(&self.dir).map_err(io)?;
        // A temporary file is private (0600); a report is an ordinary file.
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::Permissions::from_mode(0o644);
            tmp.as_file().set_permissions(mode).map_err(io)?;
        }
        Ok(Staged {
            out: BufWriter::with_capacity(1 << 16, tmp),
            path,
        })
    }

    /// Adds a file written through [`ReportSet::create`] to the set: flushed and
    /// synced, renamed into place at [`ReportSet::commit`].
    ///
    /// # Errors
    /// The file cannot be flushed or synced.
    pub fn add(&mut self, staged: Staged) -> Result<()> {
        let Staged { out, path } = staged;
        let io = |source| Error::Io {
            path: path.clone(),
            source,
        };
        let tmp = out.into_inner().map_err(|e| io(e.into_error()))?;
        tmp.as_file().sync_all().map_err(io)?;
        self.staged.push((tmp, path));
        Ok(())
    }

    /// Renames every staged file over its final name; returns the paths written.
    ///
    /// # Errors
    /// A rename fails (the files renamed before it stay in place).
    pub fn commit(self) -> Result<Vec<PathBuf>> {
        let mut done = Vec::new();
        for (tmp, path) in self.staged {
            tmp.persist(&path).map_err(|e| Error::Io {
                path: path.clone(),
                source: e.error,
            })?;
            done.push(path);
        }
        Ok(done)
    }
}

/// A report file being written to its temporary file (see [`ReportSet::create`]);
/// dropped without [`ReportSet::add`], it is removed.
#[derive(Debug)]
pub struct Staged {
    out: BufWriter<NamedTempFile>,
    path: PathBuf,
}

impl Write for Staged {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.out.write(buf)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.out.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_is_replaced_until_commit() {
        let dir = tempfile::tempdir().expect("temp dir");
        let target = dir.path().join("a.csv");
        std::fs::write(&target, "old\n").expect("write");
        let mut set = ReportSet::new(dir.path()).expect("set");
        set.stage("a.csv", |w| {
            w.write_all(b"new\n").map_err(|source| Error::Io {
                path: "a.csv".into(),
                source,
            })
        })
        .expect("stage");
        assert_eq!(std::fs::read_to_string(&target).expect("read"), "old\n");
        set.commit().expect("commit");
        assert_eq!(std::fs::read_to_string(&target).expect("read"), "new\n");
    }

    #[test]
    fn a_failed_file_leaves_the_others_untouched() {
        let dir = tempfile::tempdir().expect("temp dir");
        let target = dir.path().join("a.csv");
        std::fs::write(&target, "old\n").expect("write");
        let mut set = ReportSet::new(dir.path()).expect("set");
        set.stage("a.csv", |w| {
            w.write_all(b"new\n").map_err(|source| Error::Io {
                path: "a.csv".into(),
                source,
            })
        })
        .expect("stage");
        let failed = set.stage("b.csv", |_| Err(Error::Usage("disk full".into())));
        assert!(failed.is_err());
        drop(set);
        assert_eq!(std::fs::read_to_string(&target).expect("read"), "old\n");
        let leftovers = std::fs::read_dir(dir.path()).expect("list").count();
        assert_eq!(leftovers, 1, "temporary files are removed");
    }
}
