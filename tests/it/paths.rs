//! File names and folder contents are untrusted: nothing is read or written
//! outside the project, whatever the names, links or special files.
#![cfg(unix)]

use std::fs;
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use assert_cmd::Command;
use tempfile::TempDir;

/// A project in `<tmp>/project` (so `<tmp>` shows anything written outside it).
fn project() -> (TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("project");
    fs::create_dir_all(root.join("statements")).unwrap();
    fs::write(
        root.join("dragoman.toml"),
        "source = \"en\"\nlanguages = [\"es\"]\n",
    )
    .unwrap();
    fs::write(
        root.join("statements/plain.md"),
        "---\ntitle: Plain\n---\n\nA plain statement.\n",
    )
    .unwrap();
    (tmp, root)
}

/// The binary, uncached, never hanging (a FIFO must not block it).
fn dragoman(dir: &Path) -> Command {
    let mut c = crate::project::dragoman_uncached(dir);
    c.timeout(Duration::from_secs(20));
    c
}

/// Every path under `dir`, relative, sorted (links not followed).
fn tree(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    fn walk(root: &Path, d: &Path, out: &mut Vec<String>) {
        for e in fs::read_dir(d).unwrap().flatten() {
            let p = e.path();
            out.push(p.strip_prefix(root).unwrap().to_string_lossy().into_owned());
            if e.file_type().unwrap().is_dir() {
                walk(root, &p, out);
            }
        }
    }
    walk(dir, dir, &mut out);
    out.sort();
    out
}

#[test]
fn a_backslash_is_part_of_a_name_not_a_way_out() {
    let (tmp, root) = project();
    let name = "x\\..\\..\\secret.md";
    fs::write(root.join("statements").join(name), "Sneaky text.\n").unwrap();
    // A file the name would reach if backslashes were separators.
    fs::write(tmp.path().join("secret.po"), "untouched").unwrap();
    dragoman(&root).arg("sync").assert().success();
    dragoman(&root).arg("build").assert().success();
    let catalog = root.join("locales/es").join("x\\..\\..\\secret.po");
    assert!(catalog.is_file(), "{:?}", tree(&root));
    assert_eq!(
        fs::read_to_string(tmp.path().join("secret.po")).unwrap(),
        "untouched"
    );
    // Nothing appeared beside the project.
    assert_eq!(
        tree(tmp.path())
            .iter()
            .filter(|p| !p.starts_with("project"))
            .count(),
        1
    );
}

#[test]
fn links_inside_the_project_are_never_written_through() {
    for link in [
        "locales/templates",
        "locales/es",
        "locales",
        "build",
        "statements",
    ] {
        let (tmp, root) = project();
        let elsewhere = tmp.path().join("elsewhere");
        fs::create_dir_all(&elsewhere).unwrap();
        if link != "statements" {
            // A first sync makes the folders; then one is replaced by a link.
            dragoman(&root).arg("sync").assert().success();
            dragoman(&root).arg("build").assert().success();
        }
        let at = root.join(link);
        if at.exists() {
            fs::rename(&at, elsewhere.join("moved")).unwrap();
            fs::create_dir_all(elsewhere.join("moved")).ok();
        }
        std::os::unix::fs::symlink(&elsewhere, &at).unwrap();
        let before = tree(&elsewhere);
        let cmd = if link == "build" { "build" } else { "sync" };
        let out = dragoman(&root).arg(cmd).output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{link}: {err}");
        // The configured folders themselves are checked when the project opens.
        assert!(
            err.contains("is a symbolic link") || err.contains("leads outside the project"),
            "{link}: {err}"
        );
        assert_eq!(before, tree(&elsewhere), "{link}: written through the link");
    }
}

#[test]
fn control_characters_in_names_are_refused_before_anything_is_written() {
    let (_tmp, root) = project();
    dragoman(&root).arg("sync").assert().success();
    fs::write(root.join("statements/bad\nname.md"), "Text.\n").unwrap();
    let before = tree(&root);
    let out = dragoman(&root).arg("sync").output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("a file name with a control character: bad\\nname.md"),
        "{err}"
    );
    assert_eq!(before, tree(&root));
}

#[test]
fn odd_files_are_skipped_with_a_warning() {
    let (_tmp, root) = project();
    dragoman(&root).arg("sync").assert().success();
    // A name that is not UTF-8, a FIFO statement, a FIFO catalog, a linked statement.
    let latin1 = std::ffi::OsStr::from_bytes(b"caf\xe9.md");
    fs::write(root.join("statements").join(latin1), "Text.\n").unwrap();
    for fifo in ["statements/pipe.md", "locales/es/pipe.po"] {
        let c = std::ffi::CString::new(root.join(fifo).as_os_str().as_bytes()).unwrap();
        // SAFETY: a valid C string; mkfifo only creates a file.
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0);
    }
    std::os::unix::fs::symlink("/etc/hostname", root.join("statements/linked.md")).unwrap();
    let out = dragoman(&root).arg("status").output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(err.contains("its name is not UTF-8"), "{err}");
    assert!(
        err.contains("statements/pipe.md`: not a regular file"),
        "{err}"
    );
    assert!(
        err.contains("locales/es/pipe.po`: not a regular file"),
        "{err}"
    );
    assert!(
        err.contains("statements/linked.md`: a symbolic link"),
        "{err}"
    );
}

#[test]
fn a_fifo_where_a_catalog_belongs_is_an_error_not_a_hang() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    fs::create_dir_all(root.join("statements")).unwrap();
    fs::create_dir_all(root.join("locales")).unwrap();
    fs::write(
        root.join("dragoman.toml"),
        "source = \"en\"\nlanguages = [\"es\"]\nlayout = \"single\"\n",
    )
    .unwrap();
    fs::write(root.join("statements/a.md"), "Text.\n").unwrap();
    let c = std::ffi::CString::new(root.join("locales/es.po").as_os_str().as_bytes()).unwrap();
    // SAFETY: as above.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0);
    let out = dragoman(root).arg("status").output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("locales/es.po: not a regular file"), "{err}");
}

#[test]
fn the_output_may_not_overlap_statements_or_catalogs() {
    let (_tmp, root) = project();
    dragoman(&root).arg("sync").assert().success();
    for out in ["statements/site", ".", "locales", "locales/es/out"] {
        let before = tree(&root);
        let o = dragoman(&root)
            .args(["build", "--out", out])
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(2), "{out}: {err}");
        assert!(err.contains("overlaps the"), "{out}: {err}");
        assert_eq!(before, tree(&root), "{out}");
    }
    fs::write(
        root.join("dragoman.toml"),
        "source = \"en\"\nlanguages = [\"es\"]\noutput = \"locales/site\"\n",
    )
    .unwrap();
    let o = dragoman(&root).arg("build").output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    // Beside them is fine.
    dragoman(&root)
        .args(["build", "--out", "public"])
        .assert()
        .success();
}

/// The lock line of a running process (pid, host, boot, start time), as
/// dragoman writes it.
fn holder(pid: u32) -> String {
    let stat = fs::read_to_string(format!("/proc/{pid}/stat")).unwrap();
    let start = stat[stat.rfind(')').unwrap() + 1..]
        .split_whitespace()
        .nth(19)
        .unwrap()
        .to_string();
    let host = fs::read_to_string("/proc/sys/kernel/hostname").unwrap_or_default();
    let boot = fs::read_to_string("/proc/sys/kernel/random/boot_id").unwrap_or_default();
    format!("{pid} {} {} {start}\n", host.trim(), boot.trim())
}

#[test]
fn a_lock_whose_process_id_was_reused_is_taken_over() {
    let (_tmp, root) = project();
    dragoman(&root).arg("sync").assert().success();
    let lock = root.join("locales/.dragoman.lock");
    let host = fs::read_to_string("/proc/sys/kernel/hostname").unwrap_or_default();
    let boot = fs::read_to_string("/proc/sys/kernel/random/boot_id").unwrap_or_default();
    // PID 1 runs (it always does), but it is not the process that took the lock.
    fs::write(&lock, format!("1 {} {} 1\n", host.trim(), boot.trim())).unwrap();
    let out = dragoman(&root).arg("sync").output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(
        err.contains("took over the lock `locales/.dragoman.lock` left by process 1"),
        "{err}"
    );
    assert!(!lock.exists());
    // A lock held by a live process (this test) waits, then fails.
    let me = std::process::id();
    fs::write(&lock, holder(me)).unwrap();
    let out = dragoman(&root)
        .arg("sync")
        .env("DRAGOMAN_LOCK_WAIT_MS", "0")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains(&format!("another dragoman (pid {me}) is writing")),
        "{err}"
    );
    fs::remove_file(&lock).unwrap();
}

#[test]
fn temp_files_an_interrupted_build_left_are_removed() {
    let (_tmp, root) = project();
    dragoman(&root).arg("build").assert().success();
    let dead = root.join("build/es/.plain.html.4000000.tmp");
    let mine_running = root.join(format!("build/es/.plain.md.{}.tmp", std::process::id()));
    fs::write(&dead, "half a page").unwrap();
    fs::write(&mine_running, "a running build's page").unwrap();
    fs::write(
        root.join("statements/plain.md"),
        "---\ntitle: Plain\n---\n\nChanged.\n",
    )
    .unwrap();
    dragoman(&root).arg("build").assert().success();
    assert!(!dead.exists(), "a dead build's temp file stays");
    assert!(
        mine_running.exists(),
        "a running build's temp file was removed"
    );
}

#[test]
fn gettext_style_language_folders_are_recognized_and_strangers_named() {
    let (_tmp, root) = project();
    fs::write(
        root.join("dragoman.toml"),
        "source = \"en\"\nlanguages = [\"pt-BR\"]\n",
    )
    .unwrap();
    fs::create_dir_all(root.join("locales/pt_BR")).unwrap();
    fs::create_dir_all(root.join("locales/de")).unwrap();
    fs::write(
        root.join("locales/pt_BR/plain.po"),
        "msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\"Language: pt_BR\\n\"\n\nmsgid \"Plain\"\nmsgstr \"Simples\"\n\nmsgid \"A plain statement.\"\nmsgstr \"Uma declaração simples.\"\n",
    )
    .unwrap();
    let out = dragoman(&root)
        .args(["status", "--format", "json"])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["languages"][0]["lang"], "pt-BR", "{v}");
    assert_eq!(v["languages"][0]["total"]["percent"], 100.0, "{v}");
    assert!(
        err.contains(
            "`locales/de` holds catalogs for `de`, which is not one of the project's languages"
        ),
        "{err}"
    );
    dragoman(&root).arg("sync").assert().success();
    assert!(
        !root.join("locales/pt-BR").exists(),
        "a second folder for the same language"
    );
    let po = fs::read_to_string(root.join("locales/pt_BR/plain.po")).unwrap();
    assert!(po.contains("Uma declaração simples."), "{po}");
}

#[test]
fn the_library_takes_the_lock_itself() {
    // A caller of the library cannot write around another writer.
    let (_tmp, root) = project();
    let mut q = dragoman::project::Project::open(&root).unwrap();
    q.lock_wait = Duration::from_millis(0);
    let langs = q.config.languages.clone();
    let lock = root.join("locales/.dragoman.lock");
    fs::create_dir_all(root.join("locales")).unwrap();
    // Held by the parent of this process (alive, not us).
    let parent = std::os::unix::process::parent_id();
    fs::write(&lock, holder(parent)).unwrap();
    for e in [
        q.sync(&langs, q.sync_options(), false).unwrap_err(),
        q.extract().unwrap_err(),
        q.build(&langs, &root.join("build")).unwrap_err(),
    ] {
        assert_eq!(e.message.id, "project-locked");
    }
    // A dry run only reads.
    q.sync(&langs, q.sync_options(), true).unwrap();
    fs::remove_file(&lock).unwrap();
}
