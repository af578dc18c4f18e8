//! Crash safety: `dragoman sync` killed with SIGKILL at random moments never
//! leaves a catalog half-written. After each kill, every catalog parses and is
//! byte-identical to its state before or after the sync; the next sync (which
//! takes over the stale lock) finishes the job.
//!
//! 200 kills by default; `DRAGOMAN_CRASH_RUNS=2000 cargo test --release --test crash`
//! for a longer, nightly-style run.

use std::process::Command;
use std::time::{Duration, Instant};

use assert_cmd::cargo::CommandCargoExt;

use crate::project;
use project::copy_dir;

use crate::busy;
use busy::{files, project};

#[test]
fn sigkill_never_leaves_a_half_written_catalog() {
    let runs: usize = std::env::var("DRAGOMAN_CRASH_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200);
    let base = tempfile::tempdir().unwrap();
    project(base.path());
    let before = files(&base.path().join("locales"));
    // The state after a complete sync, and how long one takes.
    // (The shortest of three: the first run of a binary can be much slower,
    // and kill times are drawn within the duration of a sync.)
    let mut took = Duration::MAX;
    let mut after = Default::default();
    for _ in 0..3 {
        let done = tempfile::tempdir().unwrap();
        copy_dir(base.path(), done.path());
        let t0 = Instant::now();
        assert!(busy::spawn_sync(done.path()).wait().unwrap().success());
        took = took.min(t0.elapsed());
        after = files(&done.path().join("locales"));
    }
    assert_ne!(before, after);

    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut interrupted = 0;
    for run in 0..runs {
        let dir = tempfile::tempdir().unwrap();
        copy_dir(base.path(), dir.path());
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let delay = Duration::from_micros(seed % (took.as_micros() as u64 * 12 / 10 + 1));
        let mut child = busy::spawn_sync(dir.path());
        std::thread::sleep(delay);
        let _ = child.kill(); // SIGKILL
        let status = child.wait().unwrap();
        if !status.success() {
            interrupted += 1;
        }
        let now = files(&dir.path().join("locales"));
        for (path, content) in &now {
            let ok = before.get(path) == Some(content) || after.get(path) == Some(content);
            assert!(
                ok,
                "run {run} (killed after {delay:?}): {} is neither the old nor the new version",
                path.display()
            );
            if path.extension().is_some_and(|e| e == "po" || e == "pot") {
                assert!(dragoman::po::parse(std::str::from_utf8(content).unwrap()).is_ok());
            }
        }
        for path in before.keys().chain(after.keys()) {
            assert!(
                now.contains_key(path) || !before.contains_key(path) || !after.contains_key(path),
                "run {run}: {} vanished",
                path.display()
            );
        }
        // Every translation survives, and the next sync completes the work.
        if run % 20 == 0 {
            let st = Command::cargo_bin("dragoman")
                .unwrap()
                .current_dir(dir.path())
                .args(["-q", "sync"])
                .status()
                .unwrap();
            assert!(st.success(), "run {run}: sync after a kill");
            assert_eq!(
                files(&dir.path().join("locales")),
                after,
                "run {run}: resumed sync"
            );
            assert!(!dir.path().join("locales/.dragoman.lock").exists());
        }
    }
    eprintln!("crash test: {runs} runs, {interrupted} killed mid-sync (one sync takes {took:?})");
    assert!(
        interrupted * 5 >= runs,
        "too few kills landed during the sync: {interrupted}/{runs}"
    );
}
