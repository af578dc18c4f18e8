//! Translation memory: `dragoman suggest` lists translations of similar text
//! for untranslated entries; catalogs carry suggestion comments only when a
//! project opts in (`catalog_suggestions = true`), so a translation in one
//! statement does not change the catalogs of others.

use std::fs;

use crate::project::{dragoman, edit, sample};

/// A new paragraph in lucas-moreau much like one translated in amara-okafor.
fn with_a_similar_paragraph() -> tempfile::TempDir {
    let dir = sample();
    edit(
        &dir.path().join("statements/lucas-moreau.md"),
        "Read the full budget proposal",
        "Thank you for reading my statement. You can find my past work on my website.\n\nRead the full budget proposal",
    );
    dir
}

#[test]
fn suggest_lists_translations_of_similar_text() {
    let dir = with_a_similar_paragraph();
    let d = dir.path();
    let out = dragoman(d)
        .args(["suggest", "--lang", "es", "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let found = v.as_array().unwrap();
    let s = found
        .iter()
        .find(|s| s["statement"] == "statements/lucas-moreau.md")
        .unwrap_or_else(|| panic!("{v:#}"));
    assert!(
        s["source"]
            .as_str()
            .unwrap()
            .starts_with("Thank you for reading my statement.")
    );
    let first = &s["suggestions"][0];
    assert!(first["similarity"].as_f64().unwrap() > 0.8, "{first}");
    assert!(
        first["translation"].as_str().unwrap().contains("Gracias"),
        "{first}"
    );
    // Text for people; only the statements named.
    dragoman(d)
        .args(["suggest", "--lang", "es", "statements/lucas-moreau.md"])
        .assert()
        .success()
        .stdout(predicates::str::contains("statements/lucas-moreau.md"));
    dragoman(d)
        .args(["suggest", "--lang", "es", "statements/amara-okafor.md"])
        .assert()
        .success()
        .stdout(predicates::str::contains("No suggestions"));
}

#[test]
fn catalogs_carry_suggestions_only_when_the_project_asks() {
    let dir = with_a_similar_paragraph();
    let d = dir.path();
    dragoman(d).arg("sync").assert().success();
    let po = fs::read_to_string(d.join("locales/es/lucas-moreau.po")).unwrap();
    assert!(!po.contains("dragoman: suggestion"), "{po}");
    let toml = fs::read_to_string(d.join("dragoman.toml")).unwrap();
    fs::write(
        d.join("dragoman.toml"),
        format!("catalog_suggestions = true\n{toml}"),
    )
    .unwrap();
    dragoman(d).arg("sync").assert().success();
    let po = fs::read_to_string(d.join("locales/es/lucas-moreau.po")).unwrap();
    assert!(po.contains("# dragoman: suggestion ("), "{po}");
    // Switched off again: the comments go.
    fs::write(d.join("dragoman.toml"), toml).unwrap();
    dragoman(d).arg("sync").assert().success();
    let po = fs::read_to_string(d.join("locales/es/lucas-moreau.po")).unwrap();
    assert!(!po.contains("dragoman: suggestion"), "{po}");
}
