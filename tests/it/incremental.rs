//! The cache (`.dragoman/cache`): a re-run with nothing changed returns what a
//! full run would, writes nothing, and any change to an input or an output is
//! noticed.

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;

use crate::project;
use project::{edit, sample};

fn run(dir: &Path, args: &[&str], cache: bool) -> String {
    let mut c = Command::cargo_bin("dragoman").unwrap();
    c.current_dir(dir).args(args);
    if !cache {
        c.env("DRAGOMAN_NO_CACHE", "1");
    }
    let out = c.output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Every file below `dir` except the cache, with its bytes.
fn files(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    fn walk(d: &Path, root: &Path, out: &mut Vec<(PathBuf, Vec<u8>)>) {
        let mut es: Vec<_> = fs::read_dir(d).unwrap().flatten().collect();
        es.sort_by_key(|e| e.path());
        for e in es {
            let p = e.path();
            let rel = p.strip_prefix(root).unwrap().to_path_buf();
            if rel.starts_with(".dragoman") || rel.ends_with(".dragoman.lock") {
                continue;
            }
            if p.is_dir() {
                walk(&p, root, out);
            } else {
                out.push((rel, fs::read(&p).unwrap()));
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, dir, &mut out);
    out
}

/// After a sync that wrote catalogs, the cached answers of every cached
/// command are the answers a full run gives.
fn cached_equals_fresh(dir: &Path) {
    run(dir, &["build"], true);
    for args in [
        &["extract"][..],
        &["sync"][..],
        &["sync", "--lang", "es"][..],
        &["status", "--format", "json"][..],
        &["status", "--lang", "fa", "--format", "json"][..],
        &["build"][..],
    ] {
        // The first cached run may fill the cache; the second must hit it.
        let first = run(dir, args, true);
        let before = files(dir);
        let cached = run(dir, args, true);
        assert_eq!(files(dir), before, "{args:?}: a cached run wrote files");
        let fresh = run(dir, args, false);
        assert_eq!(cached, fresh, "{args:?}: cached report differs");
        assert_eq!(first, fresh, "{args:?}: first re-run differs");
        assert_eq!(files(dir), before, "{args:?}: a no-op run wrote files");
    }
}

#[test]
fn no_op_reruns_answer_like_full_runs() {
    let dir = sample();
    let st = dir.path().join("statements/amara-okafor.md");
    edit(&st, "more than 400 members", "more than 450 members");
    edit(
        &st,
        "Thank you for reading",
        "A brand new paragraph about budgets.\n\nThank you for reading",
    );
    // This sync writes catalogs; it stores what the next sync will report.
    let out = run(dir.path(), &["sync"], true);
    assert!(out.contains("1 new"), "{out}");
    cached_equals_fresh(dir.path());
    let out = run(dir.path(), &["sync"], true);
    assert!(
        out.contains("0 new, 0 stale") && out.contains("0 catalog(s) written"),
        "{out}"
    );
    let out = run(dir.path(), &["build"], true);
    assert!(out.contains("0 file(s) written"), "{out}");
}

#[test]
fn single_layout_cache_answers_like_full_runs() {
    let dir = project::sample_single(&["es", "fa"]);
    run(dir.path(), &["sync"], true);
    let es = dir.path().join("locales/es.po");
    let mut cat = dragoman::catalog::Catalog::parse_po(&fs::read_to_string(&es).unwrap()).unwrap();
    for m in cat.messages.iter_mut().step_by(2) {
        m.translation = vec![format!("ES {}", m.source)];
    }
    fs::write(&es, cat.write_po()).unwrap();
    edit(
        &dir.path().join("statements/lucas-moreau.md"),
        "in plain language",
        "in simple words",
    );
    let out = run(dir.path(), &["sync"], true);
    let es_line = out.lines().find(|l| l.starts_with("es:")).unwrap();
    assert!(
        !es_line.contains(" 0 stale") && es_line.contains("1 catalog(s) written"),
        "{out}"
    );
    cached_equals_fresh(dir.path());
}

#[test]
fn every_kind_of_change_is_noticed() {
    let dir = sample();
    let d = dir.path();
    run(d, &["sync"], true);
    run(d, &["build"], true);
    let status = |d: &Path| {
        let v: serde_json::Value = serde_json::from_str(&run(
            d,
            &["status", "--format", "json", "--lang", "es"],
            true,
        ))
        .unwrap();
        v["languages"][0]["total"].clone()
    };
    let before = status(d);
    // A translator fills an entry: status, sync and build see it.
    let cat = d.join("locales/es/lucas-moreau.po");
    let text = fs::read_to_string(&cat).unwrap();
    let mut c = dragoman::catalog::Catalog::parse_po(&text).unwrap();
    let m = c.messages.iter_mut().find(|m| !m.obsolete).unwrap();
    m.translation = vec!["Traducción nueva".into()];
    m.stale = !m.stale;
    fs::write(&cat, c.write_po()).unwrap();
    let after = status(d);
    assert_ne!(before, after, "status saw the catalog edit");
    let out = run(d, &["build"], true);
    assert!(!out.contains(" 0 file(s) written"), "{out}");
    // A removed output is made again.
    let page = d.join("build/fa/samira-haddad.html");
    fs::remove_file(&page).unwrap();
    let out = run(d, &["build"], true);
    assert!(out.contains("1 file(s) written"), "{out}");
    assert!(page.is_file());
    // An edited output is made again.
    fs::write(&page, "vandalised").unwrap();
    run(d, &["build"], true);
    assert_ne!(fs::read_to_string(&page).unwrap(), "vandalised");
    // A statement edit reaches sync, status and build.
    edit(
        &d.join("statements/lucas-moreau.md"),
        "in plain language",
        "in simple words",
    );
    let out = run(d, &["sync", "--lang", "es"], true);
    assert!(out.contains("1 catalog(s) written"), "{out}");
    // The configuration is an input too.
    let cfg = d.join("dragoman.toml");
    let text = fs::read_to_string(&cfg).unwrap();
    fs::write(&cfg, text.replace("languages = [", "languages = [\"de\", ")).unwrap();
    let out = run(d, &["sync"], true);
    assert!(out.contains("de: "), "{out}");
    assert!(d.join("locales/de/lucas-moreau.po").is_file());
}

#[test]
fn cache_folder_ignores_itself_and_can_be_deleted() {
    let dir = sample();
    let d = dir.path();
    let first = run(d, &["status", "--format", "json"], true);
    let ignore = fs::read_to_string(d.join(".dragoman/.gitignore")).unwrap();
    assert!(ignore.lines().any(|l| l == "*"), "{ignore}");
    fs::remove_dir_all(d.join(".dragoman")).unwrap();
    assert_eq!(run(d, &["status", "--format", "json"], true), first);
    // A damaged cache file is a miss, never an error.
    for f in fs::read_dir(d.join(".dragoman/cache")).unwrap().flatten() {
        fs::write(f.path(), "{\"inputs\": 1").unwrap();
    }
    assert_eq!(run(d, &["status", "--format", "json"], true), first);
}
