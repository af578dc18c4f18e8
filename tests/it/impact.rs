//! `impact` tells the two costs of a source change apart: translations it
//! invalidates (stale: the segment had a translation) and source words nobody
//! translated yet (new), in both layouts.

use std::fs;
use std::path::Path;

use crate::project::{dragoman, edit, json, sample, sample_single};

fn impact(d: &Path) -> serde_json::Value {
    json(d, &["impact", "--format", "json"])
}

fn lang<'a>(v: &'a serde_json::Value, tag: &str) -> &'a serde_json::Value {
    v["languages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["lang"] == tag)
        .unwrap()
}

const BEFORE: &str = "I would be glad to answer your questions at the candidates' forum.";
const AFTER: &str = "I would be glad to answer all your questions at the candidates' forum.";

/// The sentence is translated in Spanish and not in Arabic: rewording it
/// invalidates one Spanish translation and costs Arabic new words only.
#[test]
fn only_translated_segments_are_invalidated() {
    let dir = sample();
    let d = dir.path();
    let ar = fs::read_to_string(d.join("locales/ar/samira-haddad.po")).unwrap();
    assert!(
        ar.contains(&format!("msgid \"{BEFORE}\"\nmsgstr \"\"\n")),
        "untranslated in ar"
    );
    edit(&d.join("statements/samira-haddad.md"), BEFORE, AFTER);
    let v = impact(d);
    let words = 13;
    assert_eq!(lang(&v, "es")["stale"]["segments"], 1);
    assert_eq!(lang(&v, "es")["new"]["segments"], 0);
    assert_eq!(
        lang(&v, "ar")["stale"]["segments"],
        0,
        "nothing to invalidate"
    );
    assert_eq!(lang(&v, "ar")["new"]["segments"], 1);
    assert_eq!(lang(&v, "ar")["new"]["words"], words);
    assert_eq!(lang(&v, "ar")["obsolete"]["segments"], 0);
}

/// In one catalog per language, a reworded segment nobody translated is new
/// words too, and an untouched project costs nothing.
#[test]
fn single_layout_untranslated_changes_are_new_words() {
    let dir = sample_single(&["fa"]);
    let d = dir.path();
    dragoman(d).arg("sync").assert().success();
    let v = impact(d);
    assert_eq!(lang(&v, "fa")["new"]["segments"], 0, "nothing changed");
    assert_eq!(lang(&v, "fa")["stale"]["segments"], 0);
    edit(&d.join("statements/samira-haddad.md"), BEFORE, AFTER);
    let v = impact(d);
    assert_eq!(lang(&v, "fa")["new"]["segments"], 1);
    assert_eq!(lang(&v, "fa")["stale"]["segments"], 0);
    assert_eq!(lang(&v, "fa")["obsolete"]["segments"], 0);
}
