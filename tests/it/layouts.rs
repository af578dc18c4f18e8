//! The single layout (one catalog per language) works like the per-statement
//! one in every command: `convert` included.

use std::fs;

use crate::project::{dragoman, sample_single};

#[test]
fn convert_works_in_the_single_layout() {
    let dir = sample_single(&["es", "fa"]);
    let d = dir.path();
    dragoman(d).arg("sync").assert().success();
    let po = fs::read_to_string(d.join("locales/fa.po")).unwrap();
    let status = |d: &std::path::Path| {
        let out = dragoman(d)
            .args(["status", "--format", "json"])
            .output()
            .unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        v["languages"].clone()
    };
    let before = status(d);
    dragoman(d)
        .args(["convert", "--to", "ftl"])
        .assert()
        .success()
        .stdout(predicates::str::contains("converted 2 catalog(s) to ftl"));
    assert!(d.join("locales/fa.ftl").is_file() && !d.join("locales/fa.po").exists());
    assert_eq!(status(d), before, "the same catalogs, in FTL");
    dragoman(d)
        .args(["convert", "--to", "po"])
        .assert()
        .success();
    assert_eq!(
        fs::read_to_string(d.join("locales/fa.po")).unwrap(),
        po,
        "and back, byte for byte"
    );
}

/// In one catalog, `status` totals count each message once and count the
/// obsolete entries, as `msgfmt --statistics` does.
#[test]
fn single_layout_totals_count_each_message_once() {
    let dir = sample_single(&["es"]);
    let d = dir.path();
    // The same paragraph in two statements: one message in the catalog.
    let twice = "A sentence both statements share, word for word.\n";
    for st in ["statements/lucas-moreau.md", "statements/amara-okafor.md"] {
        let text = fs::read_to_string(d.join(st)).unwrap();
        fs::write(d.join(st), format!("{text}\n{twice}")).unwrap();
    }
    dragoman(d).arg("sync").assert().success();
    // The shared sentence translated once.
    let po_path = d.join("locales/es.po");
    let po = fs::read_to_string(&po_path).unwrap();
    let translated = po.replace(
        "msgid \"A sentence both statements share, word for word.\"\nmsgstr \"\"",
        "msgid \"A sentence both statements share, word for word.\"\nmsgstr \"Una frase compartida.\"",
    );
    fs::write(&po_path, &translated).unwrap();
    let cat = dragoman::catalog::Catalog::parse_po(&translated).unwrap();
    let live = cat.messages.iter().filter(|m| !m.obsolete).count();
    let out = dragoman(d)
        .args(["status", "--format", "json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let total = &v["languages"][0]["total"];
    assert_eq!(total["segments"], live, "{total}");
    assert_eq!(total["translated"], 1, "{total}");
    let rows: u64 = v["languages"][0]["statements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["segments"].as_u64().unwrap())
        .sum();
    assert_eq!(
        rows,
        live as u64 + 1,
        "the statements' rows count the shared one in each"
    );
}

/// `po_wrap = false` keeps a `--no-wrap` project's layout: its catalogs, as
/// `msgcat --no-wrap` writes them, go through sync, fmt and a save untouched
/// (the default would rewrap every long line).
#[test]
fn a_no_wrap_project_keeps_its_layout() {
    let dir = crate::project::sample();
    let d = dir.path();
    let toml = fs::read_to_string(d.join("dragoman.toml")).unwrap();
    fs::write(d.join("dragoman.toml"), format!("po_wrap = false\n{toml}")).unwrap();
    dragoman(d).arg("sync").assert().success();
    let po = d.join("locales/fa/amara-okafor.po");
    let text = fs::read_to_string(&po).unwrap();
    assert!(
        text.lines().any(|l| l.chars().count() > 79),
        "long lines stay long: {text}"
    );
    // Under CI a missing msgcat fails (gettext::tool); elsewhere it is said.
    if crate::gettext::tool("msgcat").is_some() {
        let again = crate::gettext::msgcat_with(&["--no-wrap"], &text);
        assert_eq!(again, text, "msgcat --no-wrap layout");
    }
    dragoman(d)
        .args(["sync", "--dry-run"])
        .assert()
        .success()
        .stdout(predicates::str::contains("0 catalog(s) would be written"));
    dragoman(d).args(["fmt", "--check"]).assert().success();
    dragoman(d)
        .args(["fmt", "--check", "locales"])
        .assert()
        .success();
    // A width of 60, and a width that is no width.
    fs::write(d.join("dragoman.toml"), format!("po_wrap = 60\n{toml}")).unwrap();
    dragoman(d).arg("sync").assert().success();
    let text = fs::read_to_string(&po).unwrap();
    let width = |l: &str| unicode_width::UnicodeWidthStr::width(l);
    assert!(text.lines().all(|l| width(l) <= 60), "{text}");
    if crate::gettext::tool("msgcat").is_some() {
        assert_eq!(
            crate::gettext::msgcat_with(&["-w", "60"], &text),
            text,
            "msgcat -w 60 layout"
        );
    }
    fs::write(d.join("dragoman.toml"), format!("po_wrap = 5\n{toml}")).unwrap();
    dragoman(d)
        .arg("status")
        .assert()
        .code(2)
        .stderr(predicates::str::contains("dragoman.toml:1:11"))
        .stderr(predicates::str::contains("po_wrap must be a page width"));
}

/// A plural entry with more forms than the header's `nplurals` is read (as
/// `msgcat` reads it) and reported by `check`, not refused.
#[test]
fn a_plural_entry_with_extra_forms_is_a_finding_not_a_read_error() {
    let dir = crate::project::sample();
    let d = dir.path();
    let po = d.join("locales/fa/lucas-moreau.po");
    let mut text = fs::read_to_string(&po).unwrap();
    text.push_str("\nmsgid \"one vote\"\nmsgid_plural \"%d votes\"\nmsgstr[0] \"یک رأی\"\nmsgstr[1] \"%d رأی\"\nmsgstr[2] \"%d رأی‌ها\"\n");
    fs::write(&po, text).unwrap();
    dragoman(d)
        .args(["status", "--lang", "fa"])
        .assert()
        .success();
    let out = dragoman(d)
        .args(["check", "--lang", "fa", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let f = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["check"] == "plural-forms")
        .unwrap_or_else(|| panic!("{v:#}"));
    assert_eq!(f["severity"], "error");
    assert!(f["message"].as_str().unwrap().contains("3 forms"), "{f}");
}

/// `check --state translated` leaves out stale entries (awaiting a
/// translator), `--state stale` shows only them.
#[test]
fn check_can_leave_stale_entries_out() {
    let dir = crate::project::sample();
    let d = dir.path();
    let po = d.join("locales/fa/samira-haddad.po");
    let text = fs::read_to_string(&po).unwrap();
    // An error in the stale entry only.
    let text = text.replacen(
        "msgstr \"\"\n\"نام من سمیراست.",
        "msgstr \"\"\n\"<b>نام</b> من سمیراست.",
        1,
    );
    assert!(text.contains("<b>نام</b>"));
    fs::write(&po, text).unwrap();
    let run = |state: &str| {
        let out = dragoman(d)
            .args([
                "check", "--lang", "fa", "--format", "json", "--state", state,
            ])
            .output()
            .unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let states: Vec<String> = v["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["state"].as_str().unwrap().to_string())
            .collect();
        (out.status.code(), states)
    };
    let (code, all) = run("all");
    assert_eq!(code, Some(1));
    assert!(all.iter().any(|s| s == "stale"), "{all:?}");
    let (code, translated) = run("translated");
    assert_eq!(code, Some(0), "{translated:?}");
    assert!(translated.iter().all(|s| s != "stale"));
    let (_, stale) = run("stale");
    assert!(
        !stale.is_empty() && stale.iter().all(|s| s != "translated"),
        "{stale:?}"
    );
    // Human output: the stale entries' findings last, under their count.
    let out = dragoman(d)
        .args(["check", "--lang", "fa", "--state", "all"])
        .env("DRAGOMAN_UI_LANG", "en")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    let heading = format!("{} finding(s) on stale entries", stale.len());
    let at = text.find(&heading).unwrap_or_else(|| panic!("{text}"));
    assert!(
        text[at..].contains("<b>"),
        "the stale finding comes after: {text}"
    );
}
