//! Progress for long work: the library tells what advances; the CLI draws a
//! bar only on a terminal, so pipes and CI logs stay clean.

use std::sync::{Arc, Mutex};

use assert_cmd::Command;
use dragoman::project::{Progress, Project};
use dragoman::ui::Msg;

use crate::project;
use project::sample;

#[test]
fn sync_and_build_report_progress() {
    let dir = sample();
    let mut p = Project::open(dir.path()).unwrap();
    let seen: Arc<Mutex<Vec<(String, u64, u64)>>> = Arc::default();
    let log = seen.clone();
    p.progress = Some(Progress(Arc::new(move |what: &Msg, done, total| {
        log.lock().unwrap().push((what.english(), done, total));
    })));
    let langs = p.config.languages.clone();
    p.sync(&langs, p.sync_options(), true).unwrap();
    p.build(&langs, &dir.path().join("out")).unwrap();
    let seen = seen.lock().unwrap();
    assert!(seen.contains(&("read".into(), 4, 4)), "{seen:?}");
    for tag in ["es", "fa", "ar"] {
        assert!(
            seen.iter()
                .any(|(w, _, t)| w == &format!("sync {tag}") && *t == 3),
            "{seen:?}"
        );
    }
    for tag in ["es", "fa", "ar", "en-XA", "ar-XB"] {
        assert!(
            seen.iter()
                .any(|(w, d, t)| w == &format!("build {tag}") && *d == 0 && *t == 4),
            "{seen:?}"
        );
    }
    assert!(seen.iter().all(|(_, d, t)| d <= t));
}

#[test]
fn no_progress_bar_when_not_on_a_terminal() {
    let dir = sample();
    let out = Command::cargo_bin("dragoman")
        .unwrap()
        .current_dir(dir.path())
        .args(["build"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
