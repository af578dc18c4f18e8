//! `build/index.html` and `build/status.html` of a project too big to read
//! in one screen (230 statements), used in headless Chromium: pages of 100,
//! the text filter, the language × state filter (complete, stale, held
//! back, not translated), sorting by a language's coverage, the next page,
//! and the whole table with scripts off. The load times are printed (the
//! rust-blog figure is `scripts/bench-pages`'s, in docs/performance.md).

use std::fs;
use std::path::Path;

use dragoman::catalog::Catalog;
use serde_json::{Value, json};

use crate::project::{dragoman, edit};

const STATEMENTS: usize = 230;

/// Fills `lang`'s catalog of statement `i` with a translation of each
/// message (or only the first when `partial`).
fn translate(d: &Path, lang: &str, i: usize, partial: bool) {
    let path = d.join(format!("locales/{lang}/s{i:03}.po"));
    let mut cat = Catalog::parse_po(&fs::read_to_string(&path).unwrap()).unwrap();
    for (k, m) in cat.messages.iter_mut().enumerate() {
        if !partial || k == 0 {
            m.translation = vec![format!("[{lang}] {}", m.source)];
        }
    }
    fs::write(&path, cat.write_po()).unwrap();
}

/// 230 statements in es and fa: es has s000–s009; fa has s000–s039 whole
/// (s001 then goes stale), s040–s059 a third (held back: below fa's 50 %
/// threshold); s200 is not translated into fa at all.
fn project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::write(
        d.join("dragoman.toml"),
        "name = \"Lighthouses\"\nsource = \"en\"\nlanguages = [\"es\", \"fa\"]\n\n[language.fa]\npublish_threshold = 50\n",
    )
    .unwrap();
    fs::create_dir(d.join("statements")).unwrap();
    for i in 0..STATEMENTS {
        let opt = if i == 200 { "translate: [es]\n" } else { "" };
        fs::write(
            d.join(format!("statements/s{i:03}.md")),
            format!(
                "---\ntitle: Lighthouse {i:03}\n{opt}---\n\nThe keeper's first note, number {i}.\n\nThe keeper's second note, number {i}.\n"
            ),
        )
        .unwrap();
    }
    dragoman(d).args(["-q", "sync"]).assert().success();
    for i in 0..10 {
        translate(d, "es", i, false);
    }
    for i in 0..60 {
        translate(d, "fa", i, i >= 40);
    }
    edit(
        &d.join("statements/s001.md"),
        "second note, number 1.",
        "second note, number 1, revised.",
    );
    dragoman(d).args(["-q", "sync"]).assert().success();
    dragoman(d).args(["-q", "build"]).assert().success();
    dir
}

#[test]
fn index_and_dashboard_grids_in_chromium() {
    let Some(module) = crate::browser::tools() else {
        return;
    };
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = project();
    let build = dir.path().join("build");
    let shots = root.join("target/browser-screenshots");
    fs::create_dir_all(&shots).unwrap();
    let v = crate::browser::run_script(
        &module,
        "grid.mjs",
        &[
            build.as_os_str(),
            shots.as_os_str(),
            "lighthouse 07".as_ref(),
            "fa".as_ref(),
            "partial".as_ref(),
        ],
    );
    let prefix = crate::browser::url_of(&build);
    for page in ["index.html", "status.html"] {
        let p = &v[page];
        eprintln!("{page}: loaded in {} (ms since navigation)", p["timing"]);
        assert_eq!(p["errors"], json!([]), "{page}");
        for r in p["requests"].as_array().unwrap() {
            assert!(r.as_str().unwrap().starts_with(&prefix), "{page}: {r}");
        }
        // status.html: the heat table and the stale list.
        let grids = if page == "index.html" { 1 } else { 2 };
        assert_eq!(p["controls"], grids, "{page}");
        assert_eq!(
            p["start"],
            json!({"rows": 230, "visible": 100, "first": "Lighthouse 000statements/s000.md", "output": "1–100 of 230", "pager": "Page 1 of 3"}),
            "{page}"
        );
        assert_eq!(p["searched"]["visible"], 10, "{page}");
        assert_eq!(p["searched"]["output"], "1–10 of 10", "{page}");
        assert_eq!(p["searched"]["pager"], "hidden", "{page}");
        // fa, in progress: s001 (stale) and s040–s059 (held back).
        assert_eq!(p["filtered"]["visible"], 21, "{page}");
        assert_eq!(p["filtered"]["first"], "Lighthouse 001statements/s001.md");
        let states = p["filteredStates"].as_array().unwrap();
        assert_eq!(states[0], "partial stale", "{page}");
        assert!(states[1..].iter().all(|s| s == "partial held"), "{page}");
        // By fa coverage, most first; then least first, the statement not
        // translated into fa (no value) before the 0 % ones.
        let down = p["sortedDown"].as_array().unwrap();
        assert_eq!(down.len(), 100);
        assert!(down[..39].iter().all(|x| x == "100.0"), "{page}: {down:?}");
        assert_eq!(down[39], "66.7", "{page}");
        assert_eq!(p["ariaSort"], "descending", "{page}");
        let up = p["sortedUp"].as_array().unwrap();
        assert_eq!((&up[0], &up[1]), (&Value::Null, &json!("0.0")), "{page}");
        assert_eq!(p["nextPage"]["output"], "101–200 of 230", "{page}");
        assert_eq!(p["nextPage"]["pager"], "Page 2 of 3", "{page}");
        // Scripts off: every row, no controls.
        assert_eq!(p["noScript"]["visible"], 230, "{page}");
        assert_eq!(p["noScriptControls"], 0, "{page}");
        assert!(shots.join(p["screenshot"].as_str().unwrap()).is_file());
    }
    // Stale and complete counts as the filter sees them (fa).
    let index = fs::read_to_string(build.join("index.html")).unwrap();
    let fa_cells = |state: &str| {
        index
            .matches(&format!("data-lang=\"fa\" data-state=\"{state}\""))
            .count()
    };
    assert_eq!(fa_cells("complete"), 39);
    assert_eq!(fa_cells("partial stale"), 1);
    assert_eq!(fa_cells("partial held"), 20);
    assert_eq!(fa_cells("off"), 1);
    assert_eq!(fa_cells("untranslated held"), 169);
}
