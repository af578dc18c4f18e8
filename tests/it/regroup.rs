//! Paragraphs split or merged in the source: a page never shows the same
//! content twice nor loses some, and the split alone does not turn `check` red.

use std::fs;

use crate::project::{dragoman, edit, sample};

const WHOLE: &str = "Today it is a volunteer\\-run community with more than 400 members.";

#[test]
fn a_split_paragraph_shows_its_old_translation_once_and_checks_clean() {
    let dir = sample();
    let d = dir.path();
    let st = d.join("statements/amara-okafor.md");
    // One paragraph becomes two.
    edit(
        &st,
        &format!("evening class. {WHOLE}"),
        &format!("evening class.\n\n{WHOLE}"),
    );
    dragoman(d)
        .args(["sync"])
        .assert()
        .success()
        .stdout(predicates::str::contains("2 in split paragraphs"));
    let po = fs::read_to_string(d.join("locales/fa/amara-okafor.po")).unwrap();
    assert!(po.contains("# dragoman: covers the next paragraph"), "{po}");
    assert!(
        po.contains("# dragoman: covered by the paragraph before"),
        "{po}"
    );
    // A second sync writes nothing.
    dragoman(d)
        .args(["sync", "--dry-run"])
        .assert()
        .success()
        .stdout(predicates::str::contains("0 catalog(s) would be written"));

    dragoman(d).arg("build").assert().success();
    let fa = fs::read_to_string(d.join("build/fa/amara-okafor.html")).unwrap();
    // The old translation (it has both parts: ۴۰۰ members) once, marked stale;
    // the second part's English text is not shown beside it.
    assert_eq!(fa.matches("۴۰۰").count(), 1, "{fa}");
    assert!(!fa.contains("volunteer-run community"), "{fa}");
    assert!(fa.contains("class=\"stale\""), "{fa}");
    let md = fs::read_to_string(d.join("build/fa/amara-okafor.md")).unwrap();
    assert!(!md.contains("volunteer"), "{md}");
    // The status counts both parts as stale, none as untranslated.
    let out = dragoman(d)
        .args(["status", "--lang", "fa", "--format", "json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let amara = v["languages"][0]["statements"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["path"].as_str().unwrap().contains("amara"))
        .unwrap()
        .clone();
    assert_eq!(amara["untranslated"], 0, "{amara}");
    assert!(amara["stale"] == 2, "{amara}");
    // The covering translation answers to the whole paragraph: the numbers
    // that moved to the second part are no finding.
    let out = dragoman(d)
        .args(["check", "--format", "json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(out.status.success(), "{v}");
    let on_amara = |f: &&serde_json::Value| f["statement"] == "statements/amara-okafor.md";
    let found: Vec<_> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(on_amara)
        .collect();
    assert!(found.is_empty(), "{found:?}");

    // The translator separates the parts: the marks go, both render translated.
    let po = po
        .replace(
            "۱۲ نفره \"\n\"راه انداختم. امروز این گروه جامعه‌ای داوطلبانه با بیش از ۴۰۰ عضو است.\"",
            "۱۲ نفره راه انداختم.\"",
        )
        .replace("#, fuzzy\n", "");
    assert!(po.contains("۱۲ نفره راه انداختم.\""), "{po}");
    let po = po.replacen(
        "msgstr \"\"\n\n",
        "msgstr \"امروز این گروه جامعه‌ای داوطلبانه با بیش از ۴۰۰ عضو است.\"\n\n",
        1,
    );
    fs::write(d.join("locales/fa/amara-okafor.po"), &po).unwrap();
    dragoman(d).arg("sync").assert().success();
    let po = fs::read_to_string(d.join("locales/fa/amara-okafor.po")).unwrap();
    assert!(!po.contains("dragoman: cover"), "{po}");
    dragoman(d).arg("build").assert().success();
    let fa = fs::read_to_string(d.join("build/fa/amara-okafor.html")).unwrap();
    assert_eq!(fa.matches("۴۰۰").count(), 1, "{fa}");
    assert!(!fa.contains("class=\"stale\""), "{fa}");
}

#[test]
fn merged_paragraphs_keep_both_translations() {
    let dir = sample();
    let d = dir.path();
    let st = d.join("statements/amara-okafor.md");
    // The first two paragraphs become one.
    edit(
        &st,
        "grow everywhere.\n\n\n ***Background***\nI started",
        "grow everywhere. ***Background***\nI started",
    );
    dragoman(d)
        .args(["sync"])
        .assert()
        .success()
        .stdout(predicates::str::contains("merged paragraphs"));
    let po = fs::read_to_string(d.join("locales/fa/amara-okafor.po")).unwrap();
    assert!(po.contains("carried over (2 paragraphs merged)"), "{po}");
    dragoman(d).arg("build").assert().success();
    let fa = fs::read_to_string(d.join("build/fa/amara-okafor.html")).unwrap();
    assert!(fa.contains("مفتخرم") && fa.contains("۴۰۰"), "{fa}");
    assert!(!fa.contains("class=\"stale\""), "{fa}");
}
