//! Copies of the sample project for CLI tests (`#[path]`-included).
#![allow(dead_code)] // each includer uses part of it

use std::fs;
use std::path::Path;

use tempfile::TempDir;

/// The dragoman binary, to run in `dir`.
pub fn dragoman(dir: &Path) -> assert_cmd::Command {
    let mut c = assert_cmd::Command::cargo_bin("dragoman").unwrap();
    c.current_dir(dir);
    c
}

/// The dragoman binary in `dir`, with the cache off: every run does the work.
pub fn dragoman_uncached(dir: &Path) -> assert_cmd::Command {
    let mut c = dragoman(dir);
    c.env("DRAGOMAN_NO_CACHE", "1");
    c
}

/// Runs dragoman in `dir` with `args`, which must succeed, and parses what it
/// prints as JSON.
pub fn json(dir: &Path, args: &[&str]) -> serde_json::Value {
    let out = dragoman(dir).args(args).output().unwrap();
    assert!(
        out.status.success(),
        "dragoman {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// Copies a folder tree.
pub fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for e in fs::read_dir(from).unwrap().flatten() {
        let p = e.path();
        let t = to.join(e.file_name());
        if p.is_dir() {
            copy_dir(&p, &t);
        } else {
            fs::copy(&p, &t).unwrap();
            // Copies are the tests' own, writable even when the original is
            // not (../shared is read-only; dragoman never replaces a read-only file).
            let mut perm = fs::metadata(&t).unwrap().permissions();
            #[allow(clippy::permissions_set_readonly_false)]
            perm.set_readonly(false);
            fs::set_permissions(&t, perm).unwrap();
        }
    }
}

/// A temporary copy of the sample project in this repository (config,
/// statements, catalogs).
pub fn sample() -> TempDir {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().unwrap();
    fs::copy(root.join("dragoman.toml"), dir.path().join("dragoman.toml")).unwrap();
    copy_dir(&root.join("statements"), &dir.path().join("statements"));
    copy_dir(&root.join("locales"), &dir.path().join("locales"));
    dir
}

/// A copy of the fixture blog (`tests/fixtures/blog`: TOML, YAML and JSON
/// front matter, raw HTML, relative images, a page bundle), no catalogs yet.
pub fn blog() -> TempDir {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/blog");
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&root, dir.path());
    dir
}

/// The sample project's statements alone, as a single-layout project
/// (`locales/<lang>.po`) translating into `languages`, with no catalogs yet.
pub fn sample_single(languages: &[&str]) -> TempDir {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&root.join("statements"), &dir.path().join("statements"));
    let list: Vec<String> = languages.iter().map(|l| format!("\"{l}\"")).collect();
    fs::write(
        dir.path().join("dragoman.toml"),
        format!(
            "source = \"en\"\nlanguages = [{}]\nlayout = \"single\"\n",
            list.join(", ")
        ),
    )
    .unwrap();
    dir
}

/// Replaces the first `from` in a file with `to`; `from` must be there.
pub fn edit(path: &Path, from: &str, to: &str) {
    let text = fs::read_to_string(path).unwrap();
    assert!(text.contains(from), "{from:?} not in {}", path.display());
    fs::write(path, text.replacen(from, to, 1)).unwrap();
}

/// The commands an English `dragoman --help` lists (without `help`).
pub fn help_commands(top_help: &str) -> Vec<String> {
    let list = &top_help[top_help.find("Commands:").unwrap()..top_help.find("Options:").unwrap()];
    // Command lines are indented by two spaces; wrapped descriptions by more.
    list.lines()
        .skip(1)
        .filter(|l| l.starts_with("  ") && !l.starts_with("   "))
        .filter_map(|l| l.split_whitespace().next())
        .filter(|c| *c != "help")
        .map(str::to_string)
        .collect()
}

/// A file's text (the test fails with its path when it cannot be read).
pub fn read(p: &Path) -> String {
    fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// Adds `lines` to the project's dragoman.toml; returns the text before.
pub fn configure(d: &Path, lines: &str) -> String {
    let cfg = d.join("dragoman.toml");
    let base = read(&cfg);
    fs::write(&cfg, format!("{base}{lines}")).unwrap();
    base
}

/// Writes `files` (path relative to `dir`, bytes), making their folders.
pub fn write_files<B: AsRef<[u8]>>(dir: &Path, files: &[(&str, B)]) {
    for (name, bytes) in files {
        let p = dir.join(name);
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(p, bytes.as_ref()).unwrap();
    }
}

/// A command on `PATH` or in cargo's bin folder; None (and a note) when it
/// is not installed, a failure under `CI=true` (`.ci/run` installs it).
pub fn tool(name: &str) -> Option<std::path::PathBuf> {
    let cargo_bin = std::env::var_os("HOME").map(|h| Path::new(&h).join(".cargo/bin"));
    let found = std::env::var_os("PATH")
        .map(|p| std::env::split_paths(&p).collect::<Vec<_>>())
        .unwrap_or_default()
        .into_iter()
        .chain(cargo_bin)
        .map(|d| d.join(name))
        .find(|p| p.is_file());
    if found.is_none() {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must have {name} (.ci/run installs it)"
        );
        eprintln!("SKIPPED: {name} is not installed (see .ci/run)");
    }
    found
}
