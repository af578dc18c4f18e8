//! Layouts that can change: catalogs of the other layout are an error naming
//! them and the command to run, never a silent 0 %; `dragoman migrate` moves
//! every translation, stale state and obsolete entry, both ways.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use dragoman::catalog::{Catalog, State};

use crate::corpus as support;
use crate::project::{copy_dir, dragoman, json, sample};

/// Every translation of every language's catalogs, by (language, source):
/// (state, translation), obsolete entries included.
fn translations(locales: &Path) -> BTreeMap<(String, String), (String, Vec<String>)> {
    let mut out = BTreeMap::new();
    for (rel, bytes) in crate::busy::files(locales) {
        let rel = rel.to_string_lossy().to_string();
        if !rel.ends_with(".po") {
            continue;
        }
        let lang = rel.split(['/', '.']).next().unwrap().to_string();
        let cat = Catalog::parse_po(&String::from_utf8(bytes).unwrap()).unwrap();
        for m in cat.messages.iter().filter(|m| m.has_translation()) {
            let state = format!("{:?}", m.state());
            out.insert(
                (lang.clone(), m.source.clone()),
                (state, m.translation.clone()),
            );
        }
    }
    out
}

fn totals(d: &Path) -> Vec<serde_json::Value> {
    json(d, &["status", "--format", "json"])["languages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            let t = &l["total"];
            serde_json::json!([l["lang"], t["translated"], t["stale"], t["untranslated"]])
        })
        .collect()
}

#[test]
fn changing_the_layout_by_hand_is_an_error_not_zero_percent() {
    let dir = sample();
    let d = dir.path();
    let toml = fs::read_to_string(d.join("dragoman.toml")).unwrap();
    fs::write(
        d.join("dragoman.toml"),
        format!("layout = \"single\"\n{toml}"),
    )
    .unwrap();
    for cmd in [&["status"][..], &["sync"], &["build"], &["check"]] {
        dragoman(d)
            .args(cmd)
            .assert()
            .code(2)
            .stderr(predicates::str::contains(
                "of the per-statement layout exist",
            ))
            .stderr(predicates::str::contains("locales/es/amara-okafor.po"))
            .stderr(predicates::str::contains(
                "dragoman migrate --layout single",
            ));
    }
    assert!(!d.join("locales/es.po").exists(), "nothing written");
}

#[test]
fn migrate_both_ways_keeps_every_translation() {
    let dir = sample();
    let d = dir.path();
    dragoman(d).arg("sync").assert().success();
    let before = translations(&d.join("locales"));
    let counts = totals(d);
    assert!(
        before
            .values()
            .any(|(s, _)| s == &format!("{:?}", State::Stale))
    );
    assert!(
        before
            .values()
            .any(|(s, _)| s == &format!("{:?}", State::Obsolete))
    );
    dragoman(d)
        .args(["migrate", "--layout", "single"])
        .assert()
        .success()
        .stdout(predicates::str::contains("single layout"));
    assert!(d.join("locales/fa.po").is_file() && !d.join("locales/fa/amara-okafor.po").exists());
    let toml = fs::read_to_string(d.join("dragoman.toml")).unwrap();
    assert!(
        toml.contains("layout = \"single\"") && toml.contains("# dragoman sample"),
        "{toml}"
    );
    assert_eq!(
        translations(&d.join("locales")),
        before,
        "nothing lost or changed"
    );
    assert_eq!(totals(d), counts);
    dragoman(d).arg("sync").assert().success();
    dragoman(d)
        .args(["migrate", "--layout", "per-statement"])
        .assert()
        .success();
    assert!(!d.join("locales/fa.po").exists() && d.join("locales/fa/amara-okafor.po").is_file());
    assert_eq!(translations(&d.join("locales")), before, "and back");
    assert_eq!(totals(d), counts);
    // The one catalog's obsolete entries belong to no statement now: kept apart.
    let leftovers = fs::read_to_string(d.join("locales/es/_migrated.po")).unwrap();
    assert!(leftovers.contains("#~ msgid"), "{leftovers}");
}

#[test]
fn migrate_converts_the_format_too() {
    let dir = sample();
    let d = dir.path();
    let before = translations(&d.join("locales"));
    dragoman(d)
        .args(["migrate", "--layout", "single", "--format", "ftl"])
        .assert()
        .success();
    assert!(d.join("locales/fa.ftl").is_file() && !d.join("locales/fa.po").exists());
    let toml = fs::read_to_string(d.join("dragoman.toml")).unwrap();
    assert!(toml.contains("catalog_format = \"ftl\""), "{toml}");
    dragoman(d)
        .args(["migrate", "--format", "po"])
        .assert()
        .success();
    assert_eq!(translations(&d.join("locales")).len(), before.len());
}

/// Two statements translating the same sentence differently cannot share
/// one catalog: nothing is written and the error names both.
#[test]
fn migrate_refuses_to_lose_a_translation() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::create_dir_all(d.join("statements")).unwrap();
    fs::write(
        d.join("dragoman.toml"),
        "source = \"en\"\nlanguages = [\"es\"]\n",
    )
    .unwrap();
    for name in ["a", "b"] {
        fs::write(d.join(format!("statements/{name}.md")), "Welcome aboard.\n").unwrap();
    }
    dragoman(d).arg("sync").assert().success();
    for (name, t) in [("a", "Bienvenida a bordo."), ("b", "Bienvenidos a bordo.")] {
        let p = d.join(format!("locales/es/{name}.po"));
        let po = fs::read_to_string(&p).unwrap().replace(
            "msgid \"Welcome aboard.\"\nmsgstr \"\"",
            &format!("msgid \"Welcome aboard.\"\nmsgstr \"{t}\""),
        );
        fs::write(p, po).unwrap();
    }
    dragoman(d)
        .args(["migrate", "--layout", "single"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("locales/es/a.po"))
        .stderr(predicates::str::contains("locales/es/b.po"));
    assert!(!d.join("locales/es.po").exists());
    assert!(
        !fs::read_to_string(d.join("dragoman.toml"))
            .unwrap()
            .contains("layout")
    );
}

/// The corpus, adopted in its single layout, moved to one catalog per
/// statement and back: the same translations in the same states.
#[test]
fn migrate_the_corpus_both_ways() {
    let Some(corpus) = support::corpus() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    copy_dir(&corpus.join("src"), &d.join("src"));
    copy_dir(&corpus.join("po"), &d.join("po"));
    fs::write(
        d.join("dragoman.toml"),
        "source = \"en\"\nlanguages = [\"es\", \"fa\", \"ar\"]\nstatements = \"src\"\nlocales = \"po\"\nlayout = \"single\"\nreferences = \"file\"\n",
    )
    .unwrap();
    dragoman(d).args(["-q", "sync"]).assert().success();
    let before = translations(&d.join("po"));
    let counts = totals(d);
    dragoman(d)
        .args(["-q", "migrate", "--layout", "per-statement"])
        .assert()
        .success();
    assert!(d.join("po/fa/concurrency/async-pitfalls.po").is_file());
    let moved = translations(&d.join("po"));
    assert_eq!(moved.len(), before.len());
    assert_eq!(
        moved, before,
        "one catalog per statement, the same translations"
    );
    dragoman(d)
        .args(["-q", "migrate", "--layout", "single"])
        .assert()
        .success();
    let after = translations(&d.join("po"));
    assert_eq!(after.len(), before.len());
    assert_eq!(after, before, "the same translations, states included");
    assert_eq!(totals(d), counts, "the same coverage");
}
