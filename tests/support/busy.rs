//! A project that keeps a sync busy: the sample project plus 16 generated
//! statements, half translated into es/fa/ar, then every statement changed
//! (`#[path]`-included by the crash and concurrent-edit tests).
#![allow(dead_code)] // each includer uses part of it

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use assert_cmd::cargo::CommandCargoExt;

use super::project::copy_dir;

/// Every file under `dir` (hidden ones, the lock and temp files, left out).
pub fn files(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    fn walk(root: &Path, d: &Path, out: &mut BTreeMap<PathBuf, Vec<u8>>) {
        for e in fs::read_dir(d).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(root, &p, out);
            } else {
                let name = e.file_name().to_string_lossy().into_owned();
                if name.starts_with('.') {
                    continue; // the lock and temp files of a killed writer
                }
                out.insert(
                    p.strip_prefix(root).unwrap().to_path_buf(),
                    fs::read(&p).unwrap(),
                );
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

/// A project with many statements whose catalogs a sync will all rewrite.
pub fn project(root: &Path) {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    fs::write(
        root.join("dragoman.toml"),
        "name = \"crash\"\nsource = \"en\"\nlanguages = [\"es\", \"fa\", \"ar\"]\n",
    )
    .unwrap();
    copy_dir(&repo.join("statements"), &root.join("statements"));
    copy_dir(&repo.join("locales"), &root.join("locales"));
    for i in 0..16 {
        let mut s = format!("---\ntitle: Statement {i}\n---\n\n");
        for p in 0..15 {
            s.push_str(&format!("Paragraph {p} of statement {i} talks about community work and mentoring number {}.\n\n", p * i));
        }
        fs::write(root.join(format!("statements/gen-{i:02}.md")), s).unwrap();
    }
    let st = Command::cargo_bin("dragoman")
        .unwrap()
        .current_dir(root)
        .args(["-q", "sync"])
        .status()
        .unwrap();
    assert!(st.success());
    // Translate half of everything, then change every statement.
    for lang in ["es", "fa", "ar"] {
        for i in 0..16 {
            let p = root.join(format!("locales/{lang}/gen-{i:02}.po"));
            let mut cat =
                dragoman::catalog::Catalog::parse_po(&fs::read_to_string(&p).unwrap()).unwrap();
            for (k, m) in cat.messages.iter_mut().enumerate() {
                if k % 2 == 0 {
                    m.translation = vec![format!("[{lang}] {}", m.source)];
                }
            }
            fs::write(&p, cat.write_po()).unwrap();
        }
    }
    for i in 0..16 {
        let p = root.join(format!("statements/gen-{i:02}.md"));
        let s = fs::read_to_string(&p)
            .unwrap()
            .replace("community work", "community building");
        fs::write(p, s).unwrap();
    }
}

/// `dragoman -q sync` started in `dir` (no cache; stderr kept for the caller).
pub fn spawn_sync(dir: &Path) -> std::process::Child {
    Command::cargo_bin("dragoman")
        .unwrap()
        .current_dir(dir)
        .args(["-q", "sync"])
        .env("DRAGOMAN_NO_CACHE", "1")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}
