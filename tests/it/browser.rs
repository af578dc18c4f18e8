//! The built pages as a reader's browser sees them: headless Chromium (Debian's
//! `chromium`) driven by playwright-core. CI installs both (`.ci/run`); elsewhere
//! the test reports that it could not run. Screenshots go to
//! `target/browser-screenshots/` (the Persian page among them).

use std::path::{Path, PathBuf};
use std::process::Command;

use assert_cmd::cargo::CommandCargoExt;
use serde_json::Value;

use crate::project;
use project::sample;

fn tools() -> Option<PathBuf> {
    let module = Path::new(env!("CARGO_MANIFEST_DIR")).join(".ci/node");
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    let ok = module
        .join("node_modules/playwright-core/package.json")
        .is_file()
        && Path::new(&chromium).is_file()
        && Command::new("node")
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success());
    if !ok {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must have chromium, node and playwright-core (.ci/run installs them)"
        );
        eprintln!("SKIPPED: chromium, node or playwright-core missing (see .ci/run)");
        return None;
    }
    Some(module)
}

#[test]
fn pages_read_right_in_chromium() {
    let Some(module) = tools() else { return };
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = sample();
    let st = Command::cargo_bin("dragoman")
        .unwrap()
        .current_dir(dir.path())
        .arg("build")
        .status()
        .unwrap();
    assert!(st.success());
    let shots = root.join("target/browser-screenshots");
    std::fs::create_dir_all(&shots).unwrap();
    let out = Command::new("node")
        .arg(root.join("tests/support/browser.mjs"))
        .arg(&module)
        .arg(dir.path().join("build"))
        .arg(&shots)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    for (page, info) in v.as_object().unwrap() {
        assert_eq!(
            info["errors"],
            serde_json::json!([]),
            "console errors on {page}"
        );
        assert!(shots.join(info["screenshot"].as_str().unwrap()).is_file());
    }
    // Persian and Arabic: right-to-left body and paragraphs, left-to-right code.
    for page in [
        "fa/board-2025/kenji-sato.html",
        "ar/samira-haddad.html",
        "ar-XB/board-2025/kenji-sato.html",
    ] {
        let p = &v[page];
        assert_eq!(p["htmlDir"], "rtl", "{page}");
        assert_eq!(p["bodyDirection"], "rtl", "{page}");
        for para in p["paragraphs"].as_array().unwrap() {
            let want = if para["lang"] == "en" { "ltr" } else { "rtl" };
            assert_eq!(para["dir"], want, "{page}: {para}");
        }
        for c in p["code"].as_array().unwrap() {
            assert_eq!(c, "ltr", "{page}");
        }
        for li in p["listItems"].as_array().unwrap() {
            let want = if li["lang"] == "en" { "ltr" } else { "rtl" };
            assert_eq!(li["dir"], want, "{page}: {li}");
        }
    }
    let fa = &v["fa/board-2025/kenji-sato.html"];
    assert!(!fa["code"].as_array().unwrap().is_empty());
    let spans: Vec<&str> = fa["ltrSpans"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["text"].as_str().unwrap())
        .collect();
    assert!(
        spans.contains(&"C++") && spans.contains(&"@kenji-ops"),
        "{spans:?}"
    );
    for s in fa["ltrSpans"].as_array().unwrap() {
        assert_eq!(s["dir"], "ltr");
    }
    // The untranslated English paragraph reads left to right.
    assert!(
        fa["paragraphs"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["lang"] == "en" && p["dir"] == "ltr")
    );
    // Switcher: names in their own language, each with lang and dir; it navigates.
    let sw = fa["switcher"].as_array().unwrap();
    assert!(
        sw.iter()
            .any(|l| l["lang"] == "fa" && l["dir"] == "rtl" && l["text"] == "فارسی")
    );
    assert!(
        sw.iter()
            .any(|l| l["lang"] == "es" && l["dir"] == "ltr" && l["text"] == "Español")
    );
    assert_eq!(fa["afterSwitch"]["lang"], "es");
    assert!(
        fa["afterSwitch"]["url"]
            .as_str()
            .unwrap()
            .ends_with("/es/board-2025/kenji-sato.html")
    );
    // The outdated banner on a stale Persian page.
    assert!(
        v["fa/samira-haddad.html"]["banner"]
            .as_str()
            .unwrap()
            .contains("قدیمی")
    );
    // Left-to-right pages stay left-to-right; the accented pseudo-locale is longer.
    assert_eq!(v["es/lucas-moreau.html"]["bodyDirection"], "ltr");
    assert_eq!(v["en-XA/amara-okafor.html"]["bodyDirection"], "ltr");
    assert_eq!(v["index.html"]["bodyDirection"], "ltr");
}
