//! No lost edit: a translator saves a catalog while `sync` runs. Whatever the
//! timing, the saved translation is in the catalog afterwards (sync either
//! read it, or found the file changed before replacing it and merged again),
//! and every catalog stays valid.

use std::fs;
use std::path::Path;

use std::time::{Duration, Instant};

use crate::project;
use project::copy_dir;

use crate::busy;

/// An editor's save: the catalog read, one translation replaced by `text`,
/// written to a temp file and renamed over (as Poedit and most editors do).
fn save_edit(catalog: &Path, text: &str) {
    let po = fs::read_to_string(catalog).unwrap();
    let mut cat = dragoman::catalog::Catalog::parse_po(&po).unwrap();
    let m = cat
        .messages
        .iter_mut()
        .find(|m| !m.obsolete && m.source.starts_with("Paragraph 3 of statement 7"))
        .expect("the edited entry");
    m.translation = vec![text.to_string()];
    let tmp = catalog.with_extension("po~");
    fs::write(&tmp, cat.write_po()).unwrap();
    fs::rename(&tmp, catalog).unwrap();
}

#[test]
fn an_edit_saved_during_sync_is_never_lost() {
    let runs: u64 = std::env::var("DRAGOMAN_EDIT_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(40);
    let base = tempfile::tempdir().unwrap();
    busy::project(base.path());
    // How long a sync takes (the shortest of three).
    let mut took = Duration::MAX;
    for _ in 0..3 {
        let d = tempfile::tempdir().unwrap();
        copy_dir(base.path(), d.path());
        let t0 = Instant::now();
        assert!(busy::spawn_sync(d.path()).wait().unwrap().success());
        took = took.min(t0.elapsed());
    }
    let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
    for run in 0..runs {
        let dir = tempfile::tempdir().unwrap();
        copy_dir(base.path(), dir.path());
        let catalog = dir.path().join("locales/es/gen-07.po");
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let delay = Duration::from_micros(seed % (took.as_micros() as u64 * 12 / 10 + 1));
        let child = busy::spawn_sync(dir.path());
        std::thread::sleep(delay);
        let marker = format!("Traducción guardada por el editor, vez {run}");
        save_edit(&catalog, &marker);
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "run {run}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let text = fs::read_to_string(&catalog).unwrap();
        assert!(
            text.contains(&marker),
            "run {run} (edit after {delay:?}): the translator's edit was lost"
        );
        for (path, content) in busy::files(&dir.path().join("locales")) {
            if path.extension().is_some_and(|e| e == "po") {
                let t = std::str::from_utf8(&content).unwrap();
                assert!(dragoman::po::parse(t).is_ok(), "{}", path.display());
            }
        }
    }
    eprintln!("concurrent edits: {runs} runs, one sync takes {took:?}");
}
