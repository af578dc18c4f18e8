//! Statement sets: `include` / `exclude` globs in `dragoman.toml` decide which
//! Markdown files are statements, for every command.

use std::fs;
use std::path::Path;

use crate::project::{dragoman, json};

/// The statements `status` lists for the first language (or `--lang`s).
fn status_of(d: &Path, langs: &[&str]) -> Vec<String> {
    let mut args = vec!["status", "--format", "json"];
    for l in langs {
        args.extend(["--lang", l]);
    }
    json(d, &args)["languages"][0]["statements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["path"].as_str().unwrap().to_string())
        .collect()
}

fn write(root: &Path, rel: &str, text: &str) {
    let p = root.join(rel);
    fs::create_dir_all(p.parent().unwrap()).unwrap();
    fs::write(p, text).unwrap();
}

/// A blog with current posts, an archive and a draft.
fn blog(selection: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(
        d,
        "dragoman.toml",
        &format!("source = \"en\"\nlanguages = [\"es\"]\n{selection}"),
    );
    write(
        d,
        "statements/now.md",
        "# Harbour news\n\nThe ferry runs again.\n",
    );
    write(
        d,
        "statements/archive/2015/old.md",
        "# Old news\n\nThe pier was painted.\n",
    );
    write(
        d,
        "statements/drafts/_next.md",
        "# Next\n\nNot ready yet.\n",
    );
    dir
}

fn status_paths(d: &Path) -> Vec<String> {
    let mut paths = status_of(d, &[]);
    paths.sort();
    paths
}

#[test]
fn every_markdown_file_without_patterns() {
    let dir = blog("");
    dragoman(dir.path()).arg("sync").assert().success();
    assert_eq!(status_paths(dir.path()).len(), 3);
}

#[test]
fn excluded_files_are_read_by_no_command() {
    let dir = blog("exclude = [\"archive/**\", \"**/_*.md\"]\n");
    let d = dir.path();
    dragoman(d).arg("sync").assert().success();
    assert!(d.join("locales/templates/now.pot").is_file());
    assert!(!d.join("locales/templates/archive").exists());
    assert!(!d.join("locales/templates/drafts").exists());
    assert_eq!(status_paths(d), ["statements/now.md"]);
    dragoman(d).args(["check"]).assert().success();
    dragoman(d).arg("build").assert().success();
    assert!(d.join("build/es/now.html").is_file());
    assert!(!d.join("build/es/archive").exists() && !d.join("build/en/archive").exists());
    let index = fs::read_to_string(d.join("build/index.html")).unwrap();
    assert!(!index.contains("Old news") && !index.contains("_next"));
}

#[test]
fn include_selects_and_exclude_still_removes() {
    let dir = blog("include = [\"*.md\", \"archive/**\"]\nexclude = [\"archive/2015/*\"]\n");
    let d = dir.path();
    dragoman(d).arg("sync").assert().success();
    // `*.md` stays in the top folder; the 2015 archive is excluded again.
    assert_eq!(status_paths(d), ["statements/now.md"]);
    fs::write(
        d.join("dragoman.toml"),
        "source = \"en\"\nlanguages = [\"es\"]\ninclude = [\"**/*.md\"]\nexclude = [\"drafts/**\"]\n",
    )
    .unwrap();
    assert_eq!(
        status_paths(d),
        ["statements/archive/2015/old.md", "statements/now.md"]
    );
}

#[test]
fn a_bad_pattern_is_an_error_with_its_position() {
    let dir = blog("exclude = [\"ok/**\",\n  \"[z-a\"]\n");
    dragoman(dir.path())
        .arg("status")
        .assert()
        .code(2)
        .stderr(predicates::str::contains("dragoman.toml:4:3"))
        .stderr(predicates::str::contains("[z-a"));
}

/// Leaving a statement out keeps its translations (obsolete in its catalog);
/// taking it back brings them back.
#[test]
fn excluding_a_translated_statement_loses_nothing() {
    let dir = blog("");
    let d = dir.path();
    dragoman(d).arg("sync").assert().success();
    let po = d.join("locales/es/archive/2015/old.po");
    let text = fs::read_to_string(&po).unwrap();
    let text = text.replace(
        "msgid \"The pier was painted.\"\nmsgstr \"\"",
        "msgid \"The pier was painted.\"\nmsgstr \"Pintaron el muelle.\"",
    );
    assert!(text.contains("Pintaron"));
    fs::write(&po, text).unwrap();
    let toml = "source = \"en\"\nlanguages = [\"es\"]\n";
    fs::write(
        d.join("dragoman.toml"),
        format!("{toml}exclude = [\"archive/**\"]\n"),
    )
    .unwrap();
    dragoman(d).arg("sync").assert().success();
    let kept = fs::read_to_string(&po).unwrap();
    assert!(
        kept.contains("#~ msgstr \"Pintaron el muelle.\""),
        "kept as obsolete:\n{kept}"
    );
    fs::write(d.join("dragoman.toml"), toml).unwrap();
    dragoman(d).arg("sync").assert().success();
    let back = fs::read_to_string(&po).unwrap();
    assert!(back.contains("\nmsgstr \"Pintaron el muelle.\""), "{back}");
    assert!(!back.contains("#~"), "{back}");
}

/// `translate = false` in a statement's front matter (or a list of the
/// languages it is translated into) keeps it out of those languages' catalogs,
/// coverage and pages; its source page is still published.
#[test]
fn front_matter_opts_a_statement_out() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write(
        d,
        "dragoman.toml",
        "source = \"en\"\nlanguages = [\"es\", \"fa\"]\n",
    );
    write(
        d,
        "statements/archive/old.md",
        "+++\ntitle = \"Old news\"\n[extra]\ntranslate = false\n+++\n\nThe pier was painted.\n",
    );
    write(
        d,
        "statements/now.md",
        "---\ntitle: Harbour news\ntranslate: [es]\n---\n\nThe ferry runs again.\n",
    );
    write(
        d,
        "statements/all.md",
        "# Everyone\n\nRead in every language.\n",
    );
    dragoman(d).arg("sync").assert().success();
    assert!(!d.join("locales/templates/archive").exists(), "no template");
    assert!(d.join("locales/templates/now.pot").is_file());
    assert!(!d.join("locales/es/archive").exists() && !d.join("locales/fa/archive").exists());
    assert!(d.join("locales/es/now.po").is_file() && !d.join("locales/fa/now.po").exists());
    assert_eq!(
        status_of(d, &["es"]),
        ["statements/all.md", "statements/now.md"]
    );
    assert_eq!(status_of(d, &["fa"]), ["statements/all.md"]);
    dragoman(d).arg("build").assert().success();
    assert!(
        d.join("build/en/archive/old.html").is_file(),
        "source published"
    );
    assert!(!d.join("build/es/archive/old.html").exists());
    assert!(d.join("build/es/now.html").is_file() && !d.join("build/fa/now.html").exists());
    let page = fs::read_to_string(d.join("build/en/now.html")).unwrap();
    assert!(page.contains("hreflang=\"es\"") && !page.contains("hreflang=\"fa\""));
    let index = fs::read_to_string(d.join("build/index.html")).unwrap();
    assert!(
        index.contains("<td data-lang=\"fa\" data-state=\"off\">—</td>"),
        "no cell where there is no page"
    );
}
