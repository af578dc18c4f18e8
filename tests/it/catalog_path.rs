//! `catalog_path`: per-statement catalogs named by a template, so the
//! catalogs of page bundles (`posts/<slug>/index.md`) are not all
//! `index.po`. Setting it moves every translation to the new names at the
//! next `sync` (the old catalogs are read until then); a template that
//! cannot work, or names two statements alike, is refused before anything
//! is written.

use std::fs;
use std::path::Path;

use crate::project::{blog, configure, dragoman, edit, json};

const BUNDLES: &str = "catalog_path = \"locales/{lang}/{bundle}.{ext}\"\n";

fn files(d: &Path) -> Vec<String> {
    if !d.join("locales").is_dir() {
        return Vec::new();
    }
    crate::busy::files(&d.join("locales"))
        .into_keys()
        .map(|p| format!("locales/{}", p.to_string_lossy().replace('\\', "/")))
        .collect()
}

fn coverage(d: &Path) -> serde_json::Value {
    let mut v = json(d, &["status", "--format", "json"]);
    for l in v["languages"].as_array_mut().unwrap() {
        for s in l["statements"].as_array_mut().unwrap() {
            // The same statements, whatever their catalogs are called.
            s.as_object_mut().unwrap().remove("catalog");
        }
    }
    v
}

#[test]
fn bundle_catalogs_are_named_by_their_folder_and_keep_every_translation() {
    let dir = blog();
    let d = dir.path();
    crate::blog::translate_two_posts(d);
    // One Spanish translation goes stale.
    edit(
        &d.join("content/tide-tables/index.md"),
        "change the most in the middle",
        "change most in the middle",
    );
    dragoman(d).args(["-q", "sync"]).assert().success();
    let before = coverage(d);
    assert_eq!(before["languages"][0]["total"]["stale"], 1, "{before}");
    let old_es = fs::read_to_string(d.join("locales/es/tide-tables/index.po")).unwrap();

    configure(d, BUNDLES);
    // Before any sync, the catalogs under their old names still count.
    assert_eq!(coverage(d), before);
    dragoman(d).args(["-q", "sync"]).assert().success();
    assert_eq!(
        files(d),
        [
            "locales/es/fog-signals.po",
            "locales/es/harbor-lights.po",
            "locales/es/tide-tables.po",
            "locales/fa/fog-signals.po",
            "locales/fa/harbor-lights.po",
            "locales/fa/tide-tables.po",
            "locales/templates/fog-signals.pot",
            "locales/templates/harbor-lights.pot",
            "locales/templates/tide-tables.pot",
        ]
    );
    assert_eq!(coverage(d), before);
    let es = fs::read_to_string(d.join("locales/es/tide-tables.po")).unwrap();
    // Every entry as it was (translations, the stale one's previous source).
    let body = |po: &str| po[po.find("\n\n").unwrap()..].to_string();
    assert_eq!(body(&es), body(&old_es));
    assert!(
        es.contains("#| msgid \"The hours between change the most in the middle of the tide.\"")
    );
    // A second sync changes nothing; the pages use the translations.
    let again = json(d, &["sync", "--format", "json"]);
    for l in again["languages"].as_array().unwrap() {
        assert_eq!(l["written"], 0, "{again}");
    }
    dragoman(d).args(["-q", "build"]).assert().success();
    let page = fs::read_to_string(d.join("build/es/tide-tables/index.html")).unwrap();
    assert!(page.contains("Cómo leer una tabla de mareas"));
    // And back to the default names, as losslessly.
    let cfg = d.join("dragoman.toml");
    let text = fs::read_to_string(&cfg).unwrap().replace(BUNDLES, "");
    fs::write(&cfg, text).unwrap();
    dragoman(d).args(["-q", "sync"]).assert().success();
    assert!(d.join("locales/es/tide-tables/index.po").is_file());
    assert!(!d.join("locales/es/tide-tables.po").exists());
    assert_eq!(coverage(d), before);
}

#[test]
fn templates_that_cannot_work_are_refused_with_their_position() {
    let dir = blog();
    let d = dir.path();
    configure(d, "catalog_path = \"locales/{lang}/{slug}.po\"\n");
    let out = dragoman(d).arg("sync").assert().code(2);
    let err = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(err.contains("dragoman.toml:8:32"), "{err}");
    assert!(err.contains("{path}, {dir}, {name}, {bundle}"), "{err}");
    assert_eq!(files(d), Vec::<String>::new(), "nothing written");
}

#[test]
fn a_literal_extension_must_be_every_languages_format() {
    let dir = blog();
    let d = dir.path();
    configure(
        d,
        "catalog_path = \"locales/{lang}/{bundle}.po\"\n\n[language.fa]\ncatalog_format = \"ftl\"\n",
    );
    let out = dragoman(d).arg("sync").assert().code(2);
    let err = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(
        err.contains("dragoman.toml:8:16") && err.contains("fa"),
        "{err}"
    );
    assert!(err.contains(".{ext}"), "{err}");
}

#[test]
fn statements_that_would_share_a_catalog_are_named() {
    let dir = blog();
    let d = dir.path();
    fs::create_dir_all(d.join("content/archive")).unwrap();
    fs::write(
        d.join("content/archive/harbor-lights.md"),
        "# Old lights\n\nThe old harbor lights were oil lamps.\n",
    )
    .unwrap();
    configure(d, "catalog_path = \"locales/{lang}/{name}.{ext}\"\n");
    let out = dragoman(d).arg("sync").assert().code(2);
    let err = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(
        err.contains("content/archive/harbor-lights.md")
            && err.contains("content/harbor-lights.md")
            && err.contains("locales/<lang>/harbor-lights.po"),
        "{err}"
    );
    assert_eq!(files(d), Vec::<String>::new(), "nothing written");
    // `{dir}` names only bundles: a file at the top has no folder.
    let cfg = d.join("dragoman.toml");
    let text = fs::read_to_string(&cfg)
        .unwrap()
        .replace("{name}.{ext}", "{dir}.{ext}");
    fs::write(&cfg, text).unwrap();
    let out = dragoman(d).arg("status").assert().code(2);
    let err = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(err.contains("content/fog-signals.md"), "{err}");
    assert!(err.contains("{bundle}"), "{err}");
}

#[test]
fn the_single_layout_has_no_statement_catalogs_to_name() {
    let dir = blog();
    let d = dir.path();
    configure(d, &format!("layout = \"single\"\n{BUNDLES}"));
    dragoman(d).args(["-q", "sync"]).assert().success();
    assert_eq!(
        files(d),
        ["locales/es.po", "locales/fa.po", "locales/messages.pot"]
    );
}
