//! Our PO layer against GNU gettext: byte-identical to `msgcat`, accepted by
//! `msgfmt -c`. Under CI (CI=true) a missing gettext is a failure, not a skip.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use dragoman::po::{self, PoEntry, PoFile};
use proptest::prelude::*;

/// A GNU gettext program (`msgcat`, `msgfmt`…), as `project::tool` finds it.
pub(crate) fn tool(name: &str) -> Option<PathBuf> {
    crate::project::tool(name)
}

/// `msgfmt -c` accepts `path` and `msgcat` would write it as it is (a
/// skip outside CI when gettext is missing).
pub fn msgfmt_check(path: &Path) {
    if tool("msgcat").is_none() || tool("msgfmt").is_none() {
        return;
    }
    let out = Command::new("msgfmt")
        .args(["-c", "-o", "/dev/null"])
        .arg(path)
        .output()
        .unwrap();
    assert!(
        out.status.success() && out.stderr.is_empty(),
        "msgfmt -c {}: {}",
        path.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(path).unwrap();
    assert_eq!(
        msgcat(&text),
        text,
        "{} is not in msgcat layout",
        path.display()
    );
}

fn msgcat(text: &str) -> String {
    msgcat_with(&[], text)
}

/// `msgcat ARGS -` on `text`.
pub(crate) fn msgcat_with(args: &[&str], text: &str) -> String {
    let mut child = Command::new("msgcat")
        .args(args)
        .arg("-")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(text.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "msgcat failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn po_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            po_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "po" || x == "pot") {
            out.push(p);
        }
    }
}

use crate::corpus as support;

#[test]
fn real_catalogs_match_msgcat_byte_for_byte() {
    if tool("msgcat").is_none() {
        return;
    }
    let Some(corpus) = support::corpus() else {
        return;
    };
    let dir = corpus.join("po");
    for lang in ["es", "fa", "ar"] {
        let path = dir.join(format!("{lang}.po"));
        let text = std::fs::read_to_string(&path).unwrap();
        let ours = po::write(&po::parse(&text).unwrap());
        let theirs = msgcat(&text);
        if ours != theirs {
            let line = ours
                .lines()
                .zip(theirs.lines())
                .position(|(a, b)| a != b)
                .unwrap_or(0);
            panic!(
                "{lang}.po differs from msgcat at line {}:\n ours:   {:?}\n msgcat: {:?}",
                line + 1,
                ours.lines().nth(line),
                theirs.lines().nth(line)
            );
        }
    }
}

#[test]
fn sample_catalogs_are_canonical_and_valid() {
    if tool("msgcat").is_none() || tool("msgfmt").is_none() {
        return;
    }
    let mut files = Vec::new();
    po_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("locales"),
        &mut files,
    );
    assert!(files.len() >= 16);
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        assert_eq!(
            msgcat(&text),
            text,
            "{} is not in msgcat layout",
            f.display()
        );
        if f.extension().is_some_and(|x| x == "po") {
            let out = Command::new("msgfmt")
                .args(["-c", "-o", "/dev/null"])
                .arg(&f)
                .output()
                .unwrap();
            assert!(
                out.status.success(),
                "msgfmt -c {}: {}",
                f.display(),
                String::from_utf8_lossy(&out.stderr)
            );
            assert!(
                out.stderr.is_empty(),
                "msgfmt -c warns on {}: {}",
                f.display(),
                String::from_utf8_lossy(&out.stderr)
            );
        }
    }
}

fn token() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "[a-zA-Z]{1,12}",
        3 => Just(" ".to_string()),
        1 => Just("\n".to_string()),
        1 => Just("\t".to_string()),
        1 => Just("\"".to_string()),
        1 => Just("\\".to_string()),
        1 => prop::sample::select(vec![
            "سلام", "می‌خواهم", "۱۲۳", "العربية", "日本語のテキスト", "¿Qué?", "«guillemets»",
            "C++", "https://example.org/a/b.html#x", "`code`", "**bold**", "e.g.", "(paren)",
            "\u{200F}", "\u{200C}", "😀", "—", "-", "/", "%d", "$", "1.5", "a.b", "\u{a0}",
        ]).prop_map(str::to_string),
        1 => "[0-9]{1,6}",
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(token(), 0..60).prop_map(|v| v.concat())
}

fn entry() -> impl Strategy<Value = PoEntry> {
    (
        text().prop_filter("msgid is not empty", |s| !s.is_empty()),
        text(),
        prop::option::of(text()),
        any::<bool>(),
        prop::option::of(text()),
        prop::collection::vec("[a-z/]{1,20}\\.md(:[1-9][0-9]{0,3})?", 0..6),
        any::<bool>(),
        prop::collection::vec("[a-zA-Z .,!?]{0,30}", 0..2),
        prop::bool::weighted(0.3),
    )
        .prop_map(
            |(msgid, msgstr, ctx, fuzzy, prev, refs, obsolete, comments, no_wrap)| {
                // gettext drops `fuzzy` from untranslated entries.
                let fuzzy = fuzzy && !msgstr.is_empty();
                let mut flags: Vec<String> = if fuzzy { vec!["fuzzy".into()] } else { vec![] };
                if no_wrap {
                    // Lines end only after `\n`, however long.
                    flags.push("no-wrap".into());
                }
                PoEntry {
                    translator_comments: comments.into(),
                    extracted_comments: vec!["paragraph".into()].into(),
                    references: if obsolete {
                        Default::default()
                    } else {
                        refs.into_iter()
                            .fold(Vec::new(), |mut v, r| {
                                if !v.contains(&r) {
                                    v.push(r);
                                }
                                v
                            })
                            .into()
                    },
                    flags: flags.into(),
                    previous_msgid: if fuzzy { prev } else { None },
                    msgctxt: ctx,
                    msgid,
                    msgstr: vec![msgstr],
                    obsolete,
                    ..Default::default()
                }
            },
        )
}

fn file() -> impl Strategy<Value = PoFile> {
    prop::collection::vec(entry(), 1..12).prop_map(|mut entries| {
        // gettext keeps one entry per (msgctxt, msgid), drops untranslated obsolete
        // ones and writes obsolete entries last.
        let mut seen = std::collections::HashSet::new();
        entries.retain(|e| seen.insert((e.msgctxt.clone(), e.msgid.clone())));
        entries.retain(|e| !(e.obsolete && e.msgstr[0].is_empty()));
        entries.sort_by_key(|e| e.obsolete);
        let header = PoEntry {
            msgstr: vec!["Content-Type: text/plain; charset=UTF-8\nLanguage: fa\n".into()],
            ..Default::default()
        };
        PoFile {
            header: Some(header),
            entries,
        }
    })
}

fn strip_lines(mut f: PoFile) -> PoFile {
    if let Some(h) = &mut f.header {
        h.line = 0;
    }
    for e in &mut f.entries {
        e.line = 0;
    }
    f
}

proptest! {
    #![proptest_config(ProptestConfig { cases: std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(64), ..ProptestConfig::default() })]

    #[test]
    fn write_then_read_is_lossless(f in file()) {
        let text = po::write(&f);
        let back = strip_lines(po::parse(&text).unwrap());
        prop_assert_eq!(back, f);
    }

    /// `-w N` and `--no-wrap` projects keep their layout (`po_wrap`).
    #[test]
    fn written_layout_at_any_width_is_msgcats(f in file(), width in prop::option::of(30usize..120)) {
        prop_assume!(!f.entries.is_empty());
        if tool("msgcat").is_some() {
            let (wrap, args) = match width {
                Some(w) => (po::Wrap { width: w, strings: true }, vec!["-w".to_string(), w.to_string()]),
                None => (po::Wrap { width: 79, strings: false }, vec!["--no-wrap".to_string()]),
            };
            let text = po::write_with(&f, wrap);
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            prop_assert_eq!(msgcat_with(&args, &text), text);
        }
    }

    #[test]
    fn written_layout_is_msgcats(f in file()) {
        prop_assume!(!f.entries.is_empty());
        if tool("msgcat").is_some() {
            let text = po::write(&f);
            prop_assert_eq!(msgcat(&text), text);
        }
    }
}

/// `dragoman fmt` puts any PO file into msgcat's layout without changing its
/// content (the real catalogs, reshuffled by an editor, come back identical).
#[test]
fn fmt_restores_msgcat_layout_of_real_catalogs() {
    use assert_cmd::Command as Cmd;
    let corpus =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora/comprehensive-rust/po");
    let dir = tempfile::tempdir().unwrap();
    let sources: Vec<PathBuf> = if corpus.is_dir() {
        ["es", "fa", "ar"]
            .iter()
            .map(|l| corpus.join(format!("{l}.po")))
            .collect()
    } else {
        assert!(std::env::var_os("CI").is_none(), "CI must have ../shared");
        vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("locales/fa/amara-okafor.po")]
    };
    for src in &sources {
        let original = std::fs::read_to_string(src).unwrap();
        let model = po::parse(&original).unwrap();
        // Re-wrapped differently (as another tool might): one long line per string.
        let messy = original.replace("\"\n\"", "");
        let path = dir.path().join(src.file_name().unwrap());
        std::fs::write(&path, &messy).unwrap();
        Cmd::cargo_bin("dragoman")
            .unwrap()
            .args(["fmt", "--check"])
            .arg(&path)
            .assert()
            .code(1);
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            messy,
            "--check changes nothing"
        );
        Cmd::cargo_bin("dragoman")
            .unwrap()
            .arg("fmt")
            .arg(dir.path())
            .assert()
            .success();
        let formatted = std::fs::read_to_string(&path).unwrap();
        let mut back = po::parse(&formatted).unwrap();
        let mut model = model.clone();
        for e in back.entries.iter_mut().chain(back.header.iter_mut()) {
            e.line = 0;
        }
        for e in model.entries.iter_mut().chain(model.header.iter_mut()) {
            e.line = 0;
        }
        assert_eq!(back, model, "content unchanged");
        if tool("msgcat").is_some() {
            assert_eq!(msgcat(&formatted), formatted, "msgcat layout");
        }
        Cmd::cargo_bin("dragoman")
            .unwrap()
            .args(["fmt", "--check"])
            .arg(&path)
            .assert()
            .success();
    }
}

/// A Latin-1 catalog (as `msgfmt` accepts) is read by its header and written
/// back in Latin-1: never UTF-8 bytes under a Latin-1 header.
#[test]
fn a_latin1_catalog_stays_latin1() {
    if tool("msgfmt").is_none() || tool("msgconv").is_none() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::create_dir_all(d.join("statements")).unwrap();
    std::fs::write(
        d.join("dragoman.toml"),
        "source = \"en\"\nlanguages = [\"es\"]\n",
    )
    .unwrap();
    let run = |args: &[&str]| {
        use assert_cmd::cargo::CommandCargoExt;
        let out = Command::cargo_bin("dragoman")
            .unwrap()
            .current_dir(d)
            .args(args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    std::fs::write(
        d.join("statements/a.md"),
        "Good morning, sir.\n\nA second paragraph.\n",
    )
    .unwrap();
    run(&["sync"]);
    let po = d.join("locales/es/a.po");
    // A translator's tool converted it to Latin-1 and translated one entry.
    let utf8 = std::fs::read_to_string(&po).unwrap().replace(
        "msgid \"Good morning, sir.\"\nmsgstr \"\"",
        "msgid \"Good morning, sir.\"\nmsgstr \"Buenos días, señor.\"",
    );
    let conv = Command::new("msgconv")
        .args(["--to-code=ISO-8859-1", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    conv.stdin
        .as_ref()
        .unwrap()
        .write_all(utf8.as_bytes())
        .unwrap();
    let latin1 = conv.wait_with_output().unwrap().stdout;
    assert!(std::str::from_utf8(&latin1).is_err(), "really Latin-1");
    std::fs::write(&po, &latin1).unwrap();
    // The source changes: sync rewrites the catalog, in Latin-1.
    std::fs::write(
        d.join("statements/a.md"),
        "Good morning, sir.\n\nA third paragraph.\n",
    )
    .unwrap();
    run(&["sync"]);
    let after = std::fs::read(&po).unwrap();
    assert!(
        std::str::from_utf8(&after).is_err(),
        "written back as UTF-8"
    );
    let text: String = after.iter().map(|&b| b as char).collect();
    assert!(
        text.contains("charset=ISO-8859-1") && text.contains("Buenos días, señor."),
        "{text}"
    );
    assert!(text.contains("A third paragraph."));
    let check = Command::new("msgfmt")
        .args(["-c", "-o", "/dev/null"])
        .arg(&po)
        .output()
        .unwrap();
    assert!(
        check.status.success(),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
    // status reads it too, and fmt leaves it in msgcat's layout and charset.
    run(&["status"]);
    run(&["fmt", "locales"]);
    let msgcat = Command::new("msgcat").arg(&po).output().unwrap().stdout;
    assert_eq!(std::fs::read(&po).unwrap(), msgcat);
    // Text Latin-1 cannot hold: a clear error, the catalog untouched.
    std::fs::write(
        d.join("statements/a.md"),
        "Good morning, sir.\n\nA dash — here.\n",
    )
    .unwrap();
    use assert_cmd::cargo::CommandCargoExt;
    let out = Command::cargo_bin("dragoman")
        .unwrap()
        .current_dir(d)
        .arg("sync")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("locales/es/a.po:") && err.contains("ISO-8859-1 cannot hold “—”"),
        "{err}"
    );
    assert_eq!(std::fs::read(&po).unwrap(), msgcat);
}

/// `fmt` takes files one by one, like `msgcat` in a loop: a broken file is
/// reported with file:line (exit 2) and the others are formatted all the same.
#[test]
fn fmt_formats_the_good_files_past_a_broken_one() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("a.po");
    let broken = dir.path().join("b.po");
    std::fs::write(
        &good,
        "msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n\nmsgid \"\"\n\"A short line \"\n\"split oddly\"\nmsgstr \"x\"\n",
    )
    .unwrap();
    std::fs::write(
        &broken,
        "msgid \"ok\"\nmsgstr \"ok\"\n\nmsgid \"unterminated\nmsgstr \"\"\n",
    )
    .unwrap();
    let out = Command::new(assert_cmd::cargo::cargo_bin("dragoman"))
        .arg("fmt")
        .arg(dir.path())
        .env("DRAGOMAN_UI_LANG", "en")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("b.po:4:"), "{err}");
    let formatted = std::fs::read_to_string(&good).unwrap();
    assert!(
        formatted.contains("msgid \"A short line split oddly\""),
        "{formatted}"
    );
    assert!(
        std::fs::read_to_string(&broken)
            .unwrap()
            .contains("unterminated")
    );
}

/// `msgmerge` (which writes obsolete entries without `#.`/`#:`) run on the
/// sample's synced catalogs against their templates changes nothing: the
/// tools can take turns.
#[test]
fn msgmerge_leaves_synced_catalogs_alone() {
    if tool("msgmerge").is_none() {
        return;
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut merged = 0;
    for lang in ["es", "fa", "ar"] {
        let mut files = Vec::new();
        po_files(&root.join("locales").join(lang), &mut files);
        for po in files {
            let rel = po.strip_prefix(root.join("locales").join(lang)).unwrap();
            let pot = root
                .join("locales/templates")
                .join(rel)
                .with_extension("pot");
            let out = Command::new("msgmerge")
                .args(["-q", "--previous", "-o", "-"])
                .arg(&po)
                .arg(&pot)
                .output()
                .unwrap();
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
            let text = std::fs::read_to_string(&po).unwrap();
            assert_eq!(
                String::from_utf8(out.stdout).unwrap(),
                text,
                "{}",
                po.display()
            );
            merged += usize::from(text.contains("#~ msgid"));
        }
    }
    assert!(merged >= 2, "the sample has catalogs with obsolete entries");
}
