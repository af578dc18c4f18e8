//! Skipping work that was already done: a content-hash fingerprint of a
//! command's inputs (and, for `build`, of its outputs), stored with the
//! command's result in `.dragoman/cache/<command>.json` at the project root.
//!
//! When the fingerprint matches, the command returns the stored result and
//! touches nothing; otherwise it does the work and stores the new fingerprint.
//! The cache is an optimisation only: reading or writing it never fails a
//! command, a damaged or missing file is a miss, and `DRAGOMAN_NO_CACHE=1`
//! turns it off (the CLI decides; the library only takes `on`). It reads and
//! writes through `fsio` and depends on nothing else of the crate.

use std::fs;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::{Deserialize, Serialize, de::DeserializeOwned};
use xxhash_rust::xxh3::Xxh3;

use crate::fsio;

/// Folder of the cache, relative to the project root.
pub const DIR: &str = ".dragoman";

/// The `.gitignore` the cache folder holds.
const IGNORE: &str = "# dragoman's cache: safe to delete\n*\n";

static HITS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// How many answers this process took from the cache (for `--verbose`).
pub fn hits() -> usize {
    HITS.load(std::sync::atomic::Ordering::Relaxed)
}

/// A running fingerprint of inputs.
pub struct Fingerprint(Xxh3);

impl Default for Fingerprint {
    fn default() -> Self {
        Self::new()
    }
}

impl Fingerprint {
    /// Starts with what every result depends on: the dragoman executable.
    pub fn new() -> Fingerprint {
        let mut h = Xxh3::new();
        h.update(env!("CARGO_PKG_VERSION").as_bytes());
        // The executable itself (size and modification time), so that a rebuilt
        // binary never reuses results of an older one.
        if let Some(meta) = std::env::current_exe()
            .ok()
            .and_then(|p| fs::metadata(p).ok())
        {
            h.update(&meta.len().to_le_bytes());
            h.update(&mtime_ns(&meta).to_le_bytes());
        }
        Fingerprint(h)
    }

    /// Adds a labelled value (arguments, configuration bytes).
    pub fn add(&mut self, label: &str, bytes: &[u8]) {
        self.0.update(&(label.len() as u64).to_le_bytes());
        self.0.update(label.as_bytes());
        self.0.update(&(bytes.len() as u64).to_le_bytes());
        self.0.update(bytes);
    }

    /// Adds every file below `dir` whose name ends with one of `exts` (the
    /// files the commands read, by the same walk): its relative path and a
    /// hash of its content. A missing or unreadable folder adds nothing but
    /// its label (the command itself then reports the problem).
    pub fn add_tree(&mut self, label: &str, dir: &Path, exts: &[&str]) {
        let files = crate::fsio::walk_files(dir, exts).unwrap_or_default();
        let hashes: Vec<(String, u128)> = files
            .into_par_iter()
            .map(|rel| {
                let h = fs::read(dir.join(&rel))
                    .map(|b| xxhash_rust::xxh3::xxh3_128(&b))
                    .unwrap_or(0);
                (rel, h)
            })
            .collect();
        self.add(label, &(hashes.len() as u64).to_le_bytes());
        for (rel, h) in hashes {
            self.add(&rel, &h.to_le_bytes());
        }
    }

    /// Adds the size and modification time of every file below `dir` (the
    /// assets a build copies: cheap to check, and any rewrite shows).
    pub fn add_stamps(&mut self, label: &str, dir: &Path) {
        let files = crate::fsio::walk_files(dir, &[""]).unwrap_or_default();
        let paths: Vec<PathBuf> = files.iter().map(|rel| dir.join(rel)).collect();
        let stamps = stamp_outputs(&paths);
        self.add(label, &(stamps.len() as u64).to_le_bytes());
        for (path, len, time) in stamps {
            let mut bytes = len.to_le_bytes().to_vec();
            bytes.extend(time.to_le_bytes());
            self.add(&path, &bytes);
        }
    }

    pub fn finish(&self) -> String {
        format!("{:032x}", self.0.digest128())
    }
}

fn mtime_ns(meta: &fs::Metadata) -> i128 {
    meta.modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map(|d| d.as_nanos() as i128)
        .unwrap_or(0)
}

/// Size and modification time of output files: cheap to check, and any
/// rewrite or removal of an output shows.
pub fn stamp_outputs(paths: &[PathBuf]) -> Vec<(String, u64, i128)> {
    paths
        .par_iter()
        .map(|p| {
            let (len, t) = fs::metadata(p)
                .map(|m| (m.len(), mtime_ns(&m)))
                .unwrap_or((u64::MAX, 0));
            (p.to_string_lossy().into_owned(), len, t)
        })
        .collect()
}

#[derive(Serialize, Deserialize)]
struct Entry<T> {
    inputs: String,
    #[serde(default)]
    outputs: Vec<(String, u64, i128)>,
    result: T,
}

/// What one run of a command gave (see `Cache::memo`).
pub struct Run<T, R> {
    /// This run's answer.
    pub result: R,
    /// What a later run with the same inputs answers; `None` stores nothing
    /// (a dry run).
    pub later: Option<T>,
    /// Files the run wrote: a later answer from the cache needs them untouched.
    pub outputs: Vec<PathBuf>,
    /// Whether the run wrote any of the command's own inputs.
    pub changed_inputs: bool,
}

impl<T: Clone> Run<T, T> {
    /// A run that reads only: its answer is a later run's answer.
    pub fn answer(result: T) -> Run<T, T> {
        Run {
            later: Some(result.clone()),
            result,
            outputs: Vec::new(),
            changed_inputs: false,
        }
    }
}

/// The cache of one command.
pub struct Cache {
    path: Option<PathBuf>,
}

impl Cache {
    /// The cache of `command` in the project at `root`; `on` false: a cache
    /// that never answers and stores nothing (the CLI turns it off with
    /// `DRAGOMAN_NO_CACHE`).
    pub fn new(root: &Path, command: &str, on: bool) -> Cache {
        Cache {
            path: on.then(|| root.join(DIR).join("cache").join(format!("{command}.json"))),
        }
    }

    /// The stored result when the inputs (and outputs, if any were stored) are
    /// as they were when it was stored.
    fn get<T: DeserializeOwned>(&self, inputs: &str) -> Option<T> {
        let bytes = fs::read(self.path.as_ref()?).ok()?;
        let entry: Entry<T> = serde_json::from_slice(&bytes).ok()?;
        if entry.inputs != inputs {
            return None;
        }
        if !entry.outputs.is_empty() {
            let paths: Vec<PathBuf> = entry.outputs.iter().map(|o| PathBuf::from(&o.0)).collect();
            if stamp_outputs(&paths) != entry.outputs {
                return None;
            }
        }
        HITS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        Some(entry.result)
    }

    /// Stores a result (best effort: errors are ignored, the cache is only an
    /// optimisation).
    fn put<T: Serialize>(&self, inputs: &str, outputs: &[PathBuf], result: &T) {
        let Some(path) = &self.path else { return };
        let entry = Entry {
            inputs: inputs.to_string(),
            outputs: stamp_outputs(outputs),
            result,
        };
        let Ok(json) = serde_json::to_vec(&entry) else {
            return;
        };
        let Some(dir) = path.parent() else { return };
        // The cache folder ignores itself in git.
        let ignore = dir.parent().unwrap_or(dir).join(".gitignore");
        if !ignore.exists() {
            let _ = fsio::write_file(&ignore, IGNORE.as_bytes(), false);
        }
        let _ = fsio::write_file(path, &json, false);
    }

    /// Answers from the cache when the inputs (fingerprinted by `key`) and the
    /// stored outputs are as they were, through `stored`; otherwise runs the
    /// command and stores what a later run with the same inputs answers. When
    /// the run changed its own inputs (it wrote catalogs), they are
    /// fingerprinted again before storing.
    pub fn memo<T, R, E>(
        &self,
        key: impl Fn() -> String,
        stored: impl FnOnce(T) -> R,
        run: impl FnOnce() -> Result<Run<T, R>, E>,
    ) -> Result<R, E>
    where
        T: Serialize + DeserializeOwned,
    {
        if self.path.is_none() {
            // Off: nothing is looked up or stored, so nothing is fingerprinted.
            return run().map(|ran| ran.result);
        }
        let before = {
            let _t = crate::timing::phase("fingerprint");
            key()
        };
        if let Some(answer) = self.get(&before) {
            return Ok(stored(answer));
        }
        let ran = run()?;
        if let Some(later) = &ran.later {
            let key = if ran.changed_inputs {
                let _t = crate::timing::phase("fingerprint again");
                key()
            } else {
                before
            };
            self.put(&key, &ran.outputs, later);
        }
        Ok(ran.result)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprint_follows_content_not_time() {
        let d = tempfile::tempdir().unwrap();
        fs::create_dir_all(d.path().join("a/b")).unwrap();
        fs::write(d.path().join("a/b/x.md"), "one").unwrap();
        fs::write(d.path().join("a/y.txt"), "ignored").unwrap();
        let fp = |root: &Path| {
            let mut f = Fingerprint::new();
            f.add_tree("s", root, &[".md"]);
            f.finish()
        };
        let first = fp(d.path());
        fs::write(d.path().join("a/y.txt"), "changed, still ignored").unwrap();
        assert_eq!(fp(d.path()), first);
        fs::write(d.path().join("a/b/x.md"), "one").unwrap();
        assert_eq!(fp(d.path()), first, "same bytes rewritten");
        fs::write(d.path().join("a/b/x.md"), "two").unwrap();
        assert_ne!(fp(d.path()), first);
        fs::write(d.path().join("a/b/x.md"), "one").unwrap();
        fs::rename(d.path().join("a/b/x.md"), d.path().join("a/x.md")).unwrap();
        assert_ne!(fp(d.path()), first, "a move changes the fingerprint");
    }

    #[test]
    fn cache_hits_only_with_same_inputs_and_outputs() {
        let d = tempfile::tempdir().unwrap();
        let out = d.path().join("out.html");
        fs::write(&out, "page").unwrap();
        let c = Cache {
            path: Some(d.path().join(DIR).join("cache/build.json")),
        };
        assert_eq!(c.get::<u32>("k"), None);
        c.put("k", std::slice::from_ref(&out), &7u32);
        assert_eq!(c.get::<u32>("k"), Some(7));
        assert_eq!(c.get::<u32>("other"), None);
        assert!(d.path().join(DIR).join(".gitignore").exists());
        fs::write(&out, "page, edited").unwrap();
        assert_eq!(c.get::<u32>("k"), None, "an edited output is a miss");
        c.put("k", std::slice::from_ref(&out), &7u32);
        fs::remove_file(&out).unwrap();
        assert_eq!(c.get::<u32>("k"), None, "a removed output is a miss");
        fs::write(c.path.as_ref().unwrap(), "{not json").unwrap();
        assert_eq!(c.get::<u32>("k"), None, "a damaged cache is a miss");
    }
}
