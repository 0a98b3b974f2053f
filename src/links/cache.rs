//! The link cache: checks and archive lookups kept between runs, so checking again the
//! next day does not ask the same sites again.
//!
//! One JSON object per line, appended and flushed as each result comes, so a run
//! stopped halfway keeps everything it had checked; the last line for a URL wins. A
//! line that does not read (a run killed mid-write) is skipped. Timeouts and errors
//! are not reused: they are asked again.

use std::collections::HashMap;
use std::io::{BufRead, Write};
use std::path::Path;
use std::sync::Mutex;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::{now_epoch, Archived, Check, LinkStatus};
use crate::error::{Error, Result};

#[derive(Debug, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
enum Entry {
    Check {
        check: Check,
    },
    Archive {
        url: String,
        found: Option<Archived>,
        at: u64,
    },
}

/// The cache: what was loaded, and the file new results go to.
pub(crate) struct Cache {
    checks: HashMap<String, Check>,
    archives: HashMap<String, Option<Archived>>,
    file: Option<Mutex<std::fs::File>>,
}

impl Cache {
    /// Opens (or creates) the cache file, keeping the entries younger than `max_age`;
    /// `None` is no cache.
    pub(crate) fn open(path: Option<&Path>, max_age: Duration) -> Result<Self> {
        let mut cache = Self {
            checks: HashMap::new(),
            archives: HashMap::new(),
            file: None,
        };
        let Some(path) = path else {
            return Ok(cache);
        };
        let io = |source| Error::Io {
            path: path.to_path_buf(),
            source,
        };
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(io)?;
        }
        let oldest = now_epoch().saturating_sub(max_age.as_secs());
        if let Ok(file) = std::fs::File::open(path) {
            for line in std::io::BufReader::new(file).lines() {
                let Ok(line) = line else { break };
                match serde_json::from_str::<Entry>(&line) {
                    Ok(Entry::Check { check }) if check.checked_at >= oldest => {
                        if matches!(check.status, LinkStatus::Timeout | LinkStatus::Error) {
                            cache.checks.remove(&check.url);
                        } else {
                            cache.checks.insert(check.url.clone(), check);
                        }
                    }
                    Ok(Entry::Archive { url, found, at }) if at >= oldest => {
                        cache.archives.insert(url, found);
                    }
                    _ => {}
                }
            }
        }
        let file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)
            .map_err(io)?;
        cache.file = Some(Mutex::new(file));
        Ok(cache)
    }

    pub(crate) fn check(&self, url: &str) -> Option<Check> {
        self.checks.get(url).cloned()
    }

    pub(crate) fn archive(&self, url: &str) -> Option<Option<Archived>> {
        self.archives.get(url).cloned()
    }

    fn append(&self, entry: &Entry) {
        let Some(file) = &self.file else { return };
        let Ok(mut line) = serde_json::to_string(entry) else {
            return;
        };
        line.push('\n');
        let mut file = match file.lock() {
            Ok(f) => f,
            Err(poisoned) => poisoned.into_inner(),
        };
        // A cache that cannot be written only costs a later run its time.
        let _ = file.write_all(line.as_bytes()).and_then(|()| file.flush());
    }

    pub(crate) fn put_check(&self, check: &Check) {
        self.append(&Entry::Check {
            check: check.clone(),
        });
    }

    pub(crate) fn put_archive(&self, url: &str, found: Option<&Archived>) {
        self.append(&Entry::Archive {
            url: url.to_owned(),
            found: found.cloned(),
            at: now_epoch(),
        });
    }
}

/// The default cache file: `$XDG_CACHE_HOME/crosscheck/links.jsonl`, else
/// `~/.cache/crosscheck/links.jsonl` (`%LOCALAPPDATA%` on Windows).
pub fn default_path() -> Option<std::path::PathBuf> {
    let base = std::env::var_os("XDG_CACHE_HOME")
        .filter(|v| !v.is_empty())
        .map(std::path::PathBuf::from)
        .or_else(|| std::env::var_os("LOCALAPPDATA").map(std::path::PathBuf::from))
        .or_else(|| std::env::var_os("HOME").map(|h| std::path::PathBuf::from(h).join(".cache")))?;
    Some(base.join("crosscheck").join("links.jsonl"))
}
