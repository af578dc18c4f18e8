//! The malformed-input corpus (`tests/malformed/`): every bad file gets a clear
//! error with `file:line(:column)`, exit code 2 and no file changed; legal but
//! unusual input is handled correctly.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use predicates::prelude::*;

use crate::project;
use crate::project::dragoman;
use project::sample;

fn case(name: &str) -> Vec<u8> {
    fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/malformed")
            .join(name),
    )
    .unwrap()
}

fn tree(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    fn walk(d: &Path, out: &mut BTreeMap<PathBuf, Vec<u8>>) {
        for e in fs::read_dir(d).unwrap().flatten() {
            let p = e.path();
            let meta = fs::symlink_metadata(&p).unwrap();
            if meta.is_dir() {
                walk(&p, out);
            } else if meta.is_file() {
                out.insert(p.clone(), fs::read(&p).unwrap());
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, &mut out);
    out
}

/// Runs the commands that read what is broken and expects exit 2 with `needle`
/// on stderr and nothing changed.
fn rejected_by(dir: &Path, needle: &str, commands: &[&[&str]]) {
    let before = tree(dir);
    for cmd in commands {
        dragoman(dir)
            .args(cmd.iter())
            .assert()
            .code(2)
            .stderr(predicate::str::contains(needle));
        assert!(
            before == tree(dir),
            "{cmd:?} changed files on bad input ({needle})"
        );
    }
}

/// Bad statements and configuration: every command.
fn rejected(dir: &Path, needle: &str) {
    rejected_by(
        dir,
        needle,
        &[
            &["sync"],
            &["build"],
            &["status"],
            &["check"],
            &["extract"],
            &["diff"],
            &["impact"],
        ],
    );
}

/// Bad catalogs: every command that reads catalogs (extract does not), and
/// conversion to the other format.
fn rejected_catalog(dir: &Path, needle: &str, to: &str) {
    rejected_by(
        dir,
        needle,
        &[
            &["sync"],
            &["build"],
            &["status"],
            &["check"],
            &["diff"],
            &["impact"],
            &["convert", "--to", to],
        ],
    );
}

#[test]
fn bad_catalogs() {
    for (file, needle) in [
        (
            "po/truncated-string.po",
            "locales/fa/amara-okafor.po:8:8: unterminated string",
        ),
        (
            "po/bad-escape.po",
            "locales/fa/amara-okafor.po:8:13: invalid escape sequence `\\q`",
        ),
        (
            "po/duplicate-msgid.po",
            "locales/fa/amara-okafor.po:10:1: duplicate message definition (first defined at line 7)",
        ),
        (
            "po/invalid-utf8.po",
            "locales/fa/amara-okafor.po:8:1: catalog is not valid UTF-8",
        ),
        (
            "po/unknown-keyword.po",
            "locales/fa/amara-okafor.po:3:1: unknown keyword `keyword`",
        ),
    ] {
        let dir = sample();
        fs::write(dir.path().join("locales/fa/amara-okafor.po"), case(file)).unwrap();
        rejected_catalog(dir.path(), needle, "ftl");
    }
    for (file, needle) in [
        (
            "ftl/junk.ftl",
            "locales/fa/amara-okafor.ftl:3:6: FTL syntax error",
        ),
        (
            "ftl/no-source.ftl",
            "locales/fa/amara-okafor.ftl:1:1: message `amara-okafor-0000000000` has no `# dragoman-source:` comment",
        ),
    ] {
        let dir = sample();
        fs::remove_file(dir.path().join("locales/fa/amara-okafor.po")).unwrap();
        fs::write(dir.path().join("locales/fa/amara-okafor.ftl"), case(file)).unwrap();
        rejected_catalog(dir.path(), needle, "po");
    }
}

#[test]
fn bad_statements() {
    for (file, needle) in [
        (
            "md/unclosed-front-matter.md",
            "statements/bad.md:1:1: front matter opened with `---` is never closed",
        ),
        ("md/yaml-bomb.md", "statements/bad.md:"),
        ("md/bad-yaml.md", "statements/bad.md:2:"),
        (
            "md/invalid-utf8.md",
            "statements/bad.md:5:1: file is not valid UTF-8",
        ),
    ] {
        let dir = sample();
        fs::write(dir.path().join("statements/bad.md"), case(file)).unwrap();
        rejected(dir.path(), needle);
    }
}

#[test]
fn bad_configs() {
    for (file, needle) in [
        (
            "toml/unknown-key.toml",
            "dragoman.toml:3:1: unknown field `colour`",
        ),
        (
            "toml/bad-tag.toml",
            "dragoman.toml:2:20: languages: `not a tag` is not a valid language tag",
        ),
        ("toml/syntax.toml", "dragoman.toml:"),
        (
            "toml/escaping-path.toml",
            "dragoman.toml:3:1: `statements` must be a relative folder inside the project",
        ),
    ] {
        let dir = sample();
        fs::write(dir.path().join("dragoman.toml"), case(file)).unwrap();
        rejected(dir.path(), needle);
    }
}

#[cfg(unix)]
#[test]
fn symbolic_links_cannot_lead_outside() {
    let outside = tempfile::tempdir().unwrap();
    fs::write(
        outside.path().join("secret.po"),
        "msgid \"a\"\nmsgstr \"b\"\n",
    )
    .unwrap();
    fs::write(outside.path().join("secret.md"), "Secret text.\n").unwrap();
    // A catalog that is a link.
    let dir = sample();
    let cat = dir.path().join("locales/fa/amara-okafor.po");
    fs::remove_file(&cat).unwrap();
    std::os::unix::fs::symlink(outside.path().join("secret.po"), &cat).unwrap();
    // (convert skips links: it only rewrites regular catalog files.)
    rejected_by(
        dir.path(),
        "locales/fa/amara-okafor.po:1:1: is a symbolic link",
        &[
            &["sync"],
            &["build"],
            &["status"],
            &["check"],
            &["diff"],
            &["impact"],
        ],
    );
    // The statements folder is a link to elsewhere.
    let dir = sample();
    fs::rename(dir.path().join("statements"), dir.path().join("real")).unwrap();
    std::os::unix::fs::symlink(outside.path(), dir.path().join("statements")).unwrap();
    rejected(dir.path(), "`statements` folder");
    // A statement that is a link is not read.
    let dir = sample();
    std::os::unix::fs::symlink(
        outside.path().join("secret.md"),
        dir.path().join("statements/link.md"),
    )
    .unwrap();
    dragoman(dir.path()).arg("extract").assert().success();
    assert!(!dir.path().join("locales/templates/link.pot").exists());
}

#[test]
fn legal_but_unusual_input_is_handled() {
    // BOM and CRLF catalogs are read (and written back in the canonical layout).
    for (file, want) in [
        ("po/bom.po", "آمارا اوکافور با BOM"),
        ("po/crlf.po", "آمارا اوکافور با CRLF"),
    ] {
        let dir = sample();
        fs::write(dir.path().join("locales/fa/amara-okafor.po"), case(file)).unwrap();
        dragoman(dir.path()).arg("sync").assert().success();
        let po = fs::read_to_string(dir.path().join("locales/fa/amara-okafor.po")).unwrap();
        assert!(po.contains(want), "{file}");
        assert!(!po.starts_with('\u{feff}') && !po.contains('\r'), "{file}");
        dragoman(dir.path()).arg("build").assert().success();
        assert!(
            fs::read_to_string(dir.path().join("build/fa/amara-okafor.html"))
                .unwrap()
                .contains(want)
        );
    }
    // BOM, CRLF and YAML anchors in statements.
    for (file, segments) in [
        ("md/bom.md", &["With a BOM", "Body with a BOM."][..]),
        (
            "md/crlf.md",
            &[
                "With CRLF",
                "Heading",
                "item one",
                "item two",
                "A paragraph over two lines.",
            ][..],
        ),
        (
            "md/yaml-anchors.md",
            &["Shared title", "Anchors within limits are fine."][..],
        ),
    ] {
        let dir = sample();
        fs::write(dir.path().join("statements/odd.md"), case(file)).unwrap();
        dragoman(dir.path()).arg("sync").assert().success();
        let pot = fs::read_to_string(dir.path().join("locales/templates/odd.pot")).unwrap();
        for s in segments {
            assert!(
                pot.contains(&format!("msgid \"{s}\"")),
                "{file}: {s}\n{pot}"
            );
        }
        dragoman(dir.path()).arg("build").assert().success();
        let md = fs::read(dir.path().join("build/es/odd.md")).unwrap();
        if file.contains("crlf") {
            assert!(
                md.windows(2).any(|w| w == b"\r\n"),
                "untouched bytes keep CRLF"
            );
        }
    }
    // A very long line in a statement and in a catalog.
    let dir = sample();
    let long = "word ".repeat(200_000);
    fs::write(dir.path().join("statements/long.md"), format!("{long}\n")).unwrap();
    dragoman(dir.path()).arg("sync").assert().success();
    let po = fs::read_to_string(dir.path().join("locales/fa/long.po")).unwrap();
    assert!(po.len() > 1_000_000);
    assert!(po.lines().all(|l| l.chars().count() <= 79));
    dragoman(dir.path()).arg("build").assert().success();
}

#[test]
fn the_project_lock() {
    let dir = sample();
    let lock = dir.path().join("locales/.dragoman.lock");
    // Held by a running process (this test): writers wait, then give up clearly.
    fs::write(&lock, format!("{}\n", std::process::id())).unwrap();
    let before = tree(dir.path());
    dragoman(dir.path())
        .env("DRAGOMAN_LOCK_WAIT_MS", "300")
        .arg("sync")
        .assert()
        .code(2)
        .stderr(predicate::str::contains(format!(
            "another dragoman (pid {}) is writing this project",
            std::process::id()
        )));
    assert!(before == tree(dir.path()));
    // Readers do not need it.
    dragoman(dir.path()).arg("status").assert().success();
    // Left by a process that died: taken over, with its temp files cleaned up.
    let mut pid = 4_000_000u32;
    while Path::new(&format!("/proc/{pid}")).exists() {
        pid += 1;
    }
    fs::write(&lock, format!("{pid}\n")).unwrap();
    fs::write(
        dir.path().join("locales/fa/.amara-okafor.po.12345.tmp"),
        "half",
    )
    .unwrap();
    dragoman(dir.path()).arg("sync").assert().success();
    assert!(!lock.exists(), "released on exit");
    assert!(
        !dir.path()
            .join("locales/fa/.amara-okafor.po.12345.tmp")
            .exists()
    );
}

#[test]
fn deeply_nested_fluent_is_bad_input_not_a_crash() {
    // 5,000 levels overflowed the parser's stack (and left the lock behind).
    let deep = format!(
        "# dragoman-source: x\namara = {}x{}\n",
        "{ ".repeat(5000),
        " }".repeat(5000)
    );
    let dir = sample();
    fs::remove_file(dir.path().join("locales/fa/amara-okafor.po")).unwrap();
    fs::write(dir.path().join("locales/fa/amara-okafor.ftl"), &deep).unwrap();
    rejected_catalog(
        dir.path(),
        "locales/fa/amara-okafor.ftl:2:73: placeables nested more than 32 deep",
        "po",
    );
    // Site strings are read by build alone.
    let dir = sample();
    fs::write(dir.path().join("locales/fa/site.ftl"), &deep).unwrap();
    rejected_by(
        dir.path(),
        "locales/fa/site.ftl:2:73: placeables nested more than 32 deep",
        &[&["build"]],
    );
}
