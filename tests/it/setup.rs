//! `init` and `add-lang`: starting a project and adding languages.

use std::fs;

use predicates::prelude::*;

use crate::project;
use crate::project::dragoman;
use project::sample;

#[test]
fn init_starts_a_project_that_works() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    dragoman(d)
        .args(["init", "--lang", "es", "--lang", "fa_IR"])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("wrote")
                .and(predicate::str::contains("created statements/"))
                .and(predicate::str::contains("languages: es, fa-IR")),
        );
    let config = fs::read_to_string(d.join("dragoman.toml")).unwrap();
    assert!(
        config.contains("languages = [\"es\", \"fa-IR\"]"),
        "{config}"
    );
    assert!(
        config.lines().filter(|l| l.starts_with('#')).count() > 8,
        "commented"
    );
    assert!(d.join("statements").is_dir() && d.join("locales").is_dir());
    // A second init refuses; --force replaces.
    dragoman(d)
        .arg("init")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("already exists"));
    dragoman(d)
        .args(["init", "--force", "--lang", "ar"])
        .assert()
        .success();
    assert!(
        fs::read_to_string(d.join("dragoman.toml"))
            .unwrap()
            .contains("languages = [\"ar\"]")
    );
    // The whole pipeline runs on it.
    fs::write(
        d.join("statements/hello.md"),
        "---\ntitle: Hello\n---\n\n## About\n\nA statement.\n",
    )
    .unwrap();
    dragoman(d).arg("sync").assert().success();
    assert!(d.join("locales/ar/hello.po").is_file());
    dragoman(d).arg("build").assert().success();
    assert!(d.join("build/ar/hello.html").is_file());
}

#[test]
fn init_adopts_an_mdbook_i18n_project() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::create_dir_all(d.join("src")).unwrap();
    fs::create_dir_all(d.join("po")).unwrap();
    fs::write(
        d.join("src/SUMMARY.md"),
        "# Summary\n\n- [Intro](intro.md)\n",
    )
    .unwrap();
    fs::write(d.join("src/intro.md"), "# Intro\n\nHello world.\n").unwrap();
    fs::write(d.join("book.toml"), "[book]\nsrc = \"src\"\n").unwrap();
    fs::write(
        d.join("po/es.po"),
        "msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n\nmsgid \"Hello world.\"\nmsgstr \"Hola mundo.\"\n",
    )
    .unwrap();
    fs::write(d.join("po/fa.po"), "msgid \"\"\nmsgstr \"\"\n").unwrap();
    dragoman(d).arg("init").assert().success().stdout(
        predicate::str::contains("found 2 statement(s) in src/")
            .and(predicate::str::contains("mdbook project"))
            .and(predicate::str::contains("layout = \"single\"")),
    );
    let config = fs::read_to_string(d.join("dragoman.toml")).unwrap();
    for line in [
        "statements = \"src\"",
        "locales = \"po\"",
        "layout = \"single\"",
        "languages = [\"es\", \"fa\"]",
    ] {
        assert!(config.contains(line), "{line} in {config}");
    }
    dragoman(d).arg("sync").assert().success();
    assert!(
        fs::read_to_string(d.join("po/es.po"))
            .unwrap()
            .contains("msgstr \"Hola mundo.\"")
    );
}

#[test]
fn add_lang_edits_the_list_and_creates_catalogs() {
    let dir = sample();
    let d = dir.path();
    let before = fs::read_to_string(d.join("dragoman.toml")).unwrap();
    dragoman(d)
        .args(["add-lang", "de"])
        .assert()
        .success()
        .stdout(
            predicate::str::contains(
                "added de (Deutsch, ltr); 4 catalog(s) written in locales/de/",
            )
            .and(predicate::str::contains("dragoman status --lang de")),
        );
    let after = fs::read_to_string(d.join("dragoman.toml")).unwrap();
    // Only the list changed; its comment and every other line are kept.
    assert_eq!(
        after,
        before.replace("\"ar-XB\"]", "\"ar-XB\", \"de\"]"),
        "{after}"
    );
    assert!(d.join("locales/de/board-2025/kenji-sato.po").is_file());
    dragoman(d)
        .args(["status", "--lang", "de", "--format", "json"])
        .assert()
        .success();
    // Already there, a name instead of a tag, a typo'd code.
    dragoman(d)
        .args(["add-lang", "fa"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("`fa` is already in this project"));
    dragoman(d)
        .args(["add-lang", "Farsi"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("did you mean `fa`?"));
    dragoman(d)
        .args(["add-lang", "persan"])
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("not a language code").and(predicate::str::contains("`fa`")),
        );
    dragoman(d)
        .args(["add-lang", "en"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("source language"));
}

#[test]
fn add_lang_into_an_empty_multiline_list() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::create_dir_all(d.join("statements")).unwrap();
    fs::write(
        d.join("dragoman.toml"),
        "source = \"en\"\nlanguages = [\n  # none yet\n]\n",
    )
    .unwrap();
    // No language yet: sync extracts and says what to do next.
    dragoman(d)
        .arg("sync")
        .assert()
        .success()
        .stdout("no languages yet: dragoman add-lang es\n");
    dragoman(d).args(["add-lang", "es"]).assert().success();
    dragoman(d).args(["add-lang", "pt_BR"]).assert().success();
    let config = fs::read_to_string(d.join("dragoman.toml")).unwrap();
    assert_eq!(
        config, "source = \"en\"\nlanguages = [\"es\", \"pt-BR\"\n  # none yet\n]\n",
        "{config}"
    );
}

#[test]
fn mistyped_languages_and_commands_get_suggestions() {
    let dir = sample();
    let d = dir.path();
    dragoman(d)
        .args(["status", "--lang", "fs"])
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("did you mean `es`?")
                .or(predicate::str::contains("did you mean `fa`?")),
        );
    dragoman(d)
        .args(["status", "--lang", "de"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("dragoman add-lang de"));
    // A language's English name points to its tag.
    dragoman(d)
        .args(["status", "--lang", "Farsi"])
        .assert()
        .code(2)
        .stderr(predicate::str::ends_with("did you mean `fa`?\n"));
    dragoman(d)
        .args(["status", "--lang", "german"])
        .assert()
        .code(2)
        .stderr(predicate::str::ends_with(
            "add it with `dragoman add-lang de`\n",
        ));
    dragoman(d)
        .arg("stauts")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("status"));
}
