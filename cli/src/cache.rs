//! The linter's index cache on disk ([`warmly::IndexCache`]): the keyed tables of the phrase
//! index, kept between runs so that a run on one draft does not key every phrase again. One file
//! per rule set (`index-<hash>.bin`, about 300 KB), in `$WARMLY_CACHE_DIR`, else
//! `$XDG_CACHE_HOME/warmly`, else `~/.cache/warmly` (`%LOCALAPPDATA%\warmly` on Windows).
//! `WARMLY_NO_CACHE=1` turns it off. The cache never fails a run: a file that cannot be read or
//! written is skipped, and one that does not fit its rules is not used (the linter checks).

use std::path::{Path, PathBuf};

/// How many tables the cache keeps (one per rule set: the built-in rules, each project's
/// `warmly.toml`...); older ones are removed when a new one is written.
const KEEP: usize = 4;

/// The index cache in a directory, or none.
#[derive(Debug)]
pub struct FileCache {
    dir: Option<PathBuf>,
}

impl FileCache {
    /// The cache the environment asks for (see the module documentation).
    pub fn from_env() -> FileCache {
        let var = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty());
        if var("WARMLY_NO_CACHE").is_some_and(|v| v != "0") {
            return FileCache { dir: None };
        }
        let dir = var("WARMLY_CACHE_DIR").map(PathBuf::from).or_else(|| {
            var("XDG_CACHE_HOME")
                .map(PathBuf::from)
                .or_else(|| var("HOME").map(|h| Path::new(&h).join(".cache")))
                .or_else(|| var("LOCALAPPDATA").map(PathBuf::from))
                .map(|d| d.join("warmly"))
        });
        FileCache { dir }
    }

    /// A cache in `dir` (for tests).
    #[cfg(test)]
    pub fn in_dir(dir: &Path) -> FileCache {
        FileCache {
            dir: Some(dir.to_path_buf()),
        }
    }

    fn file(&self, source: u64) -> Option<PathBuf> {
        Some(self.dir.as_ref()?.join(format!("index-{source:016x}.bin")))
    }

    /// Remove all but the [`KEEP`] newest tables but `keep`.
    fn prune(dir: &Path, keep: &Path) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        let mut tables: Vec<(std::time::SystemTime, PathBuf)> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| {
                p != keep
                    && p.file_name()
                        .and_then(|n| n.to_str())
                        .is_some_and(|n| n.starts_with("index-") && n.ends_with(".bin"))
            })
            .filter_map(|p| Some((p.metadata().ok()?.modified().ok()?, p)))
            .collect();
        tables.sort();
        let extra = (tables.len() + 1).saturating_sub(KEEP);
        for (_, path) in tables.into_iter().take(extra) {
            let _ = std::fs::remove_file(path);
        }
    }
}

impl warmly::IndexCache for FileCache {
    fn load(&mut self, source: u64) -> Option<Vec<u8>> {
        std::fs::read(self.file(source)?).ok()
    }

    fn store(&mut self, source: u64, table: &[u8]) {
        let (Some(dir), Some(path)) = (self.dir.as_ref(), self.file(source)) else {
            return;
        };
        if std::fs::create_dir_all(dir).is_err() {
            return;
        }
        // Written aside and renamed: a run reading the table at the same time sees all of it
        // or none.
        let tmp = dir.join(format!("index-{source:016x}.{}.tmp", std::process::id()));
        if std::fs::write(&tmp, table).is_ok() && std::fs::rename(&tmp, &path).is_ok() {
            FileCache::prune(dir, &path);
        } else {
            let _ = std::fs::remove_file(&tmp);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use warmly::{Config, IndexCache, Linter};

    #[test]
    fn tables_are_kept_read_back_and_pruned() {
        let dir = tempfile::tempdir().unwrap();
        let mut cache = FileCache::in_dir(dir.path());
        let computed = Linter::with_cache(&Config::default(), &mut cache).unwrap();
        let files = |d: &Path| std::fs::read_dir(d).unwrap().count();
        assert_eq!(files(dir.path()), 1);
        let cached = Linter::with_cache(&Config::default(), &mut cache).unwrap();
        let text = "Calm down. Per my last email, you failed to attach the receipt.";
        assert_eq!(computed.lint(text), cached.lint(text));
        // A damaged table is not used, and is replaced.
        let file = std::fs::read_dir(dir.path())
            .unwrap()
            .next()
            .unwrap()
            .unwrap()
            .path();
        std::fs::write(&file, b"not a table").unwrap();
        let again = Linter::with_cache(&Config::default(), &mut cache).unwrap();
        assert_eq!(computed.lint(text), again.lint(text));
        assert!(std::fs::metadata(&file).unwrap().len() > 100_000);
        // Six rule sets: the four newest tables are kept.
        for id in ["a", "b", "c", "d", "e"] {
            std::thread::sleep(std::time::Duration::from_millis(20));
            cache.store(id.len() as u64 + id.as_bytes()[0] as u64, b"x");
        }
        assert_eq!(files(dir.path()), KEEP);
        // No directory: nothing is kept, nothing fails.
        let mut none = FileCache { dir: None };
        assert!(none.load(1).is_none());
        none.store(1, b"x");
    }
}
