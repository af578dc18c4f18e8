//! End-to-end tests of the `dragoman` binary on a copy of the sample project.

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;
use tempfile::TempDir;

use crate::project;
use crate::project::dragoman;
use project::{edit, sample};

/// Adds a top-level key to a project's dragoman.toml (before its first table).
fn add_top_level(dir: &Path, line: &str) {
    let cfg = dir.join("dragoman.toml");
    let text = fs::read_to_string(&cfg).unwrap();
    let at = text.find("\n[").map(|i| i + 1).unwrap_or(text.len());
    fs::write(&cfg, format!("{}{line}\n{}", &text[..at], &text[at..])).unwrap();
}

/// Every file under `dir` with its bytes, to prove nothing changed.
fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    fn walk(d: &Path, out: &mut Vec<(PathBuf, Vec<u8>)>) {
        let mut es: Vec<_> = fs::read_dir(d).unwrap().flatten().collect();
        es.sort_by_key(|e| e.path());
        for e in es {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else {
                out.push((p.clone(), fs::read(&p).unwrap()));
            }
        }
    }
    walk(dir, &mut out);
    out
}

#[test]
fn help_everywhere() {
    for sub in ["extract", "sync", "status", "build"] {
        Command::cargo_bin("dragoman")
            .unwrap()
            .args([sub, "--help"])
            .assert()
            .success()
            .stdout(predicate::str::contains("Usage"));
    }
}

#[test]
fn committed_catalogs_are_in_sync() {
    // The sample project in the repository is what `sync` would write.
    let dir = sample();
    let before = snapshot(&dir.path().join("locales"));
    dragoman(dir.path()).arg("sync").assert().success();
    assert_eq!(before, snapshot(&dir.path().join("locales")));
}

#[test]
fn extract_writes_templates_mirroring_folders() {
    let dir = sample();
    fs::remove_dir_all(dir.path().join("locales/templates")).unwrap();
    dragoman(dir.path())
        .arg("extract")
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "extracted 4 statement(s); 4 template(s) written",
        ));
    let pot = fs::read_to_string(dir.path().join("locales/templates/amara-okafor.pot")).unwrap();
    insta::assert_snapshot!("amara_template", pot);
    assert!(
        dir.path()
            .join("locales/templates/board-2025/kenji-sato.pot")
            .is_file()
    );
    // Unchanged source: nothing rewritten.
    dragoman(dir.path())
        .arg("extract")
        .assert()
        .success()
        .stdout(predicate::str::contains("0 template(s) written"));
}

#[test]
fn project_found_from_subfolder_and_by_flag() {
    let dir = sample();
    dragoman(&dir.path().join("statements/board-2025"))
        .arg("extract")
        .assert()
        .success();
    Command::cargo_bin("dragoman")
        .unwrap()
        .current_dir(std::env::temp_dir())
        .args([
            "--project",
            dir.path().to_str().unwrap(),
            "status",
            "--lang",
            "es",
        ])
        .assert()
        .success();
}

#[test]
fn missing_config_explains_how_to_create_one() {
    let dir = tempfile::tempdir().unwrap();
    dragoman(dir.path()).arg("status").assert().code(2).stderr(
        predicate::str::contains("no dragoman.toml").and(predicate::str::contains("dragoman init")),
    );
}

#[test]
fn status_formats_and_gate() {
    let dir = sample();
    let out = dragoman(dir.path())
        .args(["status", "--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["source"], "en");
    let langs = v["languages"].as_array().unwrap();
    assert_eq!(langs.len(), 5);
    assert_eq!(langs[3]["lang"], "en-XA");
    assert_eq!(langs[4]["direction"], "rtl");
    let fa = &langs[1];
    assert_eq!(fa["lang"], "fa");
    assert_eq!(fa["direction"], "rtl");
    for key in [
        "segments",
        "translated",
        "stale",
        "untranslated",
        "obsolete",
        "words",
        "translated_words",
        "percent",
    ] {
        assert!(fa["total"].get(key).is_some(), "total.{key}");
        assert!(
            fa["statements"][0].get(key).is_some(),
            "statements[0].{key}"
        );
    }
    assert!(
        fa["statements"][0]["path"]
            .as_str()
            .unwrap()
            .starts_with("statements/")
    );
    assert!(fa["total"]["stale"].as_u64().unwrap() >= 1);
    assert_eq!(langs[0]["total"]["percent"], 100.0);
    let ar_pct = langs[2]["total"]["percent"].as_f64().unwrap();
    assert!(ar_pct > 0.0 && ar_pct < 80.0, "ar is partial: {ar_pct}");

    dragoman(dir.path())
        .args(["status", "--min", "100"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("fa"));
    dragoman(dir.path())
        .args(["status", "--lang", "es", "--min", "100"])
        .assert()
        .success();
    let md = dragoman(dir.path())
        .args(["status", "--format", "markdown"])
        .output()
        .unwrap();
    insta::assert_snapshot!("status_markdown", String::from_utf8(md.stdout).unwrap());
    // `--summary`: per-language totals only.
    let out = dragoman(dir.path())
        .args(["status", "--summary", "--format", "json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let langs = v["languages"].as_array().unwrap();
    assert!(
        langs.len() >= 3
            && langs
                .iter()
                .all(|l| l["statements"].as_array().unwrap().is_empty())
    );
    assert!(
        langs
            .iter()
            .all(|l| l["total"]["segments"].as_u64() > Some(0)),
        "{v}"
    );
    dragoman(dir.path())
        .args(["status", "--summary"])
        .assert()
        .success()
        .stdout(predicate::str::contains("statements/").not());
    dragoman(dir.path())
        .args(["status"])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("statements/samira-haddad.md")
                .and(predicate::str::contains("Coverage")),
        );
}

#[test]
fn unknown_language_is_a_usage_error() {
    let dir = sample();
    dragoman(dir.path())
        .args(["status", "--lang", "de"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("`de` is not in this project"));
    dragoman(dir.path()).args(["frobnicate"]).assert().code(2);
}

/// The sample with one statement changed: one item reworded, a number
/// changed, an item deleted and a paragraph added.
fn reworded_sample() -> (TempDir, PathBuf) {
    let dir = sample();
    let st = dir.path().join("statements/amara-okafor.md");
    let src = fs::read_to_string(&st).unwrap();
    // Reword one item, change a number, delete an item, add a paragraph.
    let src = src
        .replace("Small grants should be easier to request", "Small grants must be simpler to request")
        .replace("more than 400 members", "more than 450 members")
        .replace(
            "3. **Accessibility**: Every event we support should publish its accessibility information in advance.\n",
            "",
        )
        .replace("Thank you for reading", "A brand new paragraph about budgets.\n\nThank you for reading");
    fs::write(&st, src).unwrap();
    (dir, st)
}

#[test]
fn sync_dry_run_and_impact_write_nothing() {
    let (dir, _) = reworded_sample();
    dragoman(dir.path())
        .args(["sync", "--lang", "es", "--dry-run"])
        .assert()
        .success()
        .stdout(predicate::str::contains("es: 44 unchanged, 1 new, 1 stale, 1 carried over, 1 obsolete; 1 catalog(s) would be written"));
    let before = snapshot(&dir.path().join("locales"));
    dragoman(dir.path())
        .args(["impact", "--lang", "es", "--format", "json"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "\"stale\": {\n        \"segments\": 1,",
        ));
    assert_eq!(
        before,
        snapshot(&dir.path().join("locales")),
        "dry runs write nothing"
    );
}

#[test]
fn sync_tracks_source_changes_and_never_drops_translations() {
    let (dir, _) = reworded_sample();
    dragoman(dir.path())
        .args(["sync", "--lang", "es"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "es: 44 unchanged, 1 new, 1 stale, 1 carried over, 1 obsolete; 1 catalog(s) written",
        ));
    let po = fs::read_to_string(dir.path().join("locales/es/amara-okafor.po")).unwrap();
    assert!(po.contains("#, fuzzy\n#| msgid \"\"\n#| \"**Grants**: Small grants should be easier to request, with answers within \"\n#| \"30 days.\"\n"), "{po}");
    assert!(
        po.contains("con respuesta en un plazo de 30 días"),
        "old translation kept"
    );
    assert!(
        po.contains("# dragoman: carried over (number 400 → 450)\n"),
        "{po}"
    );
    let cat = dragoman::catalog::Catalog::parse_po(&po).unwrap();
    assert!(
        cat.messages.iter().any(|m| m
            .text()
            .is_some_and(|t| t.contains("con más de 450 miembros"))),
        "number carried into the translation"
    );
    assert!(
        po.contains("#~ msgid \"\"\n#~ \"**Accessibility**"),
        "removed segment kept as obsolete"
    );
    assert!(
        po.contains("#~ \"**Accesibilidad**: cada evento"),
        "with its translation"
    );
    assert!(po.contains("msgid \"A brand new paragraph about budgets.\"\nmsgstr \"\""));
}

#[test]
fn diff_shows_a_stale_entry_with_its_word_diff_and_class() {
    let (dir, _) = reworded_sample();
    dragoman(dir.path())
        .args(["sync", "--lang", "es"])
        .assert()
        .success();
    // diff shows the stale entry with a word diff and its class.
    dragoman(dir.path())
        .args([
            "diff",
            "--lang",
            "es",
            "--color",
            "never",
            "statements/amara-okafor.md",
        ])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("locales/es/amara-okafor.po:")
                .and(predicate::str::contains(
                    "[wording] statements/amara-okafor.md",
                ))
                .and(predicate::str::contains(
                    "Small grants [-should-]{+must+} be [-easier-]{+simpler+} to request",
                ))
                .and(predicate::str::contains("es: **Subvenciones**")),
        );
}

#[test]
fn sync_touches_only_the_selected_language_and_is_idempotent() {
    let (dir, _) = reworded_sample();
    dragoman(dir.path())
        .args(["sync", "--lang", "es"])
        .assert()
        .success();
    // fa was not selected: untouched.
    let fa = fs::read_to_string(dir.path().join("locales/fa/amara-okafor.po")).unwrap();
    assert!(!fa.contains("21 days"));
    // Idempotent.
    let before = snapshot(&dir.path().join("locales"));
    dragoman(dir.path())
        .args(["sync", "--lang", "es"])
        .assert()
        .success();
    assert_eq!(before, snapshot(&dir.path().join("locales")));
}

#[test]
fn deleting_a_statement_keeps_its_translations_as_obsolete() {
    let (dir, st) = reworded_sample();
    dragoman(dir.path())
        .args(["sync", "--lang", "es"])
        .assert()
        .success();
    // Deleting the statement keeps its translations as obsolete entries.
    fs::remove_file(&st).unwrap();
    dragoman(dir.path()).args(["sync"]).assert().success();
    let po = fs::read_to_string(dir.path().join("locales/es/amara-okafor.po")).unwrap();
    assert!(po.contains("#~ msgstr \"Amara Okafor\""), "{po}");
    assert!(
        !dir.path()
            .join("locales/templates/amara-okafor.pot")
            .exists()
    );
}

#[test]
fn references_can_be_file_only() {
    let dir = sample();
    add_top_level(dir.path(), "references = \"file\"");
    dragoman(dir.path()).arg("extract").assert().success();
    let pot = fs::read_to_string(dir.path().join("locales/templates/amara-okafor.pot")).unwrap();
    assert!(pot.contains("#: statements/amara-okafor.md\n"), "{pot}");
}

#[test]
fn build_writes_markdown_and_html() {
    let dir = sample();
    dragoman(dir.path()).arg("build").assert().success();
    let b = dir.path().join("build");
    for lang in ["en", "es", "fa", "ar"] {
        for st in [
            "amara-okafor",
            "lucas-moreau",
            "samira-haddad",
            "board-2025/kenji-sato",
        ] {
            assert!(
                b.join(format!("{lang}/{st}.md")).is_file(),
                "{lang}/{st}.md"
            );
            assert!(
                b.join(format!("{lang}/{st}.html")).is_file(),
                "{lang}/{st}.html"
            );
        }
    }
    let fa = fs::read_to_string(b.join("fa/board-2025/kenji-sato.html")).unwrap();
    assert!(fa.contains("<html lang=\"fa\" dir=\"rtl\">"));
    assert!(fa.contains("<pre dir=\"ltr\">"));
    assert!(
        !fa.contains("class=\"banner\""),
        "no stale translation there"
    );
    let fa_samira = fs::read_to_string(b.join("fa/samira-haddad.html")).unwrap();
    assert!(
        fa_samira.contains("class=\"banner\" role=\"note\">این ترجمه ممکن است قدیمی باشد"),
        "stale translation shows the outdated banner"
    );
    assert!(
        fa_samira.contains("<p>۱۱ از ۱۲ بخش ترجمه شده است</p>"),
        "coverage line from site.ftl, in Persian digits"
    );
    assert!(
        fa_samira.contains("یک بخش از متن اصلی پس از ترجمه تغییر کرده است"),
        "naming how many passages changed"
    );
    // The stale passage itself carries a visible note.
    assert_eq!(
        fa_samira.matches("class=\"stale\"").count(),
        1,
        "{fa_samira}"
    );
    assert!(
        fa_samira.contains(
            " <small class=\"stale-mark\">متن اصلی پس از این ترجمه تغییر کرده است</small></p>"
        ),
        "{fa_samira}"
    );
    assert!(!fa.contains("class=\"stale\""));
    assert!(
        fa.contains("href=\"../../en/board-2025/kenji-sato.html\""),
        "link back to the source"
    );
    assert!(fa.contains("<meta charset=\"utf-8\">"));
    let es = fs::read_to_string(b.join("es/lucas-moreau.html")).unwrap();
    assert!(es.contains("<html lang=\"es\" dir=\"ltr\">"));
    assert!(es.contains("<code dir=\"ltr\">ledger-cli</code>"));
    assert!(!es.contains("class=\"banner\""));
    // Markdown: front matter translated and quoted, untouched bytes identical.
    let es_md = fs::read_to_string(b.join("es/lucas-moreau.md")).unwrap();
    assert!(es_md.starts_with(
        "---\ntitle: \"Lucas Moreau\"\ndescription: \"Por qué me presento a tesorero\"\n---\n"
    ));
    assert!(es_md.contains("|------|------|\n| 2019 | Voluntario en conferencias |"));
    let fa_md = fs::read_to_string(b.join("fa/samira-haddad.md")).unwrap();
    assert!(
        fa_md.contains("---\n> "),
        "outdated note after the front matter"
    );
    let fa_md = fs::read_to_string(b.join("fa/board-2025/kenji-sato.md")).unwrap();
    assert!(!fa_md.contains("---\n> "));
    assert!(
        fa_md.contains("```sh\ncurl -sI https://mirror.example.org/status\n```"),
        "code untouched"
    );
    let index = fs::read_to_string(b.join("index.html")).unwrap();
    for l in [
        "es/amara-okafor.html",
        "fa/samira-haddad.html",
        "ar/board-2025/kenji-sato.html",
    ] {
        assert!(index.contains(l), "{l}");
    }
    // A second build rewrites nothing.
    dragoman(dir.path())
        .arg("build")
        .assert()
        .success()
        .stdout(predicate::str::contains("0 file(s) written"));
    // --out and --lang.
    let out = dir.path().join("elsewhere");
    dragoman(dir.path())
        .args(["build", "--lang", "fa", "--out", out.to_str().unwrap()])
        .assert()
        .success();
    assert!(out.join("fa/amara-okafor.html").is_file());
    assert!(!out.join("es").exists());
}

fn assert_rejected(dir: &Path, args: &[&str], needle: &str) {
    let before = snapshot(dir);
    dragoman(dir)
        .args(args)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(needle));
    assert!(
        before == snapshot(dir),
        "nothing may change on bad input ({needle})"
    );
}

#[test]
fn bad_input_names_file_and_line_and_writes_nothing() {
    let dir = sample();
    let po = dir.path().join("locales/fa/lucas-moreau.po");
    let good = fs::read_to_string(&po).unwrap();
    fs::write(
        &po,
        good.replacen("msgstr \"\"", "msgstr \"unterminated", 1),
    )
    .unwrap();
    assert_rejected(dir.path(), &["sync"], "locales/fa/lucas-moreau.po:");
    assert_rejected(dir.path(), &["build"], "unterminated string");
    fs::write(&po, good).unwrap();

    let st = dir.path().join("statements/samira-haddad.md");
    let good = fs::read_to_string(&st).unwrap();
    fs::write(
        &st,
        good.replacen("title: Samira Haddad", "title: [unclosed", 1),
    )
    .unwrap();
    assert_rejected(dir.path(), &["sync"], "statements/samira-haddad.md:");
    fs::write(&st, good.replacen("---\n\n## Intro", "\n\n## Intro", 1)).unwrap();
    assert_rejected(
        dir.path(),
        &["extract"],
        "statements/samira-haddad.md:1:1: front matter opened with `---` is never closed",
    );
    let mut bytes = good.clone().into_bytes();
    bytes.splice(10..10, [b'\n', 0xff, 0xfe]);
    fs::write(&st, bytes).unwrap();
    assert_rejected(
        dir.path(),
        &["build"],
        "statements/samira-haddad.md:3:1: file is not valid UTF-8",
    );
    fs::write(&st, good).unwrap();

    let cfg = dir.path().join("dragoman.toml");
    let good = fs::read_to_string(&cfg).unwrap();
    add_top_level(dir.path(), "colour = \"blue\"");
    assert_rejected(
        dir.path(),
        &["status"],
        "dragoman.toml:6:1: unknown field `colour`",
    );
    fs::write(
        &cfg,
        good.replace("\"ar\", \"en-XA\"", "\"a r\", \"en-XA\""),
    )
    .unwrap();
    assert_rejected(dir.path(), &["status"], "dragoman.toml:4:");
}

#[test]
fn impact_against_a_git_revision() {
    let dir = sample();
    let git = |args: &[&str]| {
        let out = std::process::Command::new("git")
            .args(["-c", "user.name=t", "-c", "user.email=t@example.org"])
            .args(args)
            .current_dir(dir.path())
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    git(&["init", "-q"]);
    git(&["add", "."]);
    git(&["commit", "-q", "-m", "base"]);
    let st = dir.path().join("statements/lucas-moreau.md");
    let src = fs::read_to_string(&st).unwrap();
    fs::write(
        &st,
        src.replace("## About me", "## About me\n\nA new sentence for everyone.")
            .replace("runs on `ledger-cli`", "runs on `hledger`")
            .replace("in plain language", "in simple words"),
    )
    .unwrap();
    let out = dragoman(dir.path())
        .args(["impact", "--base", "HEAD", "--format", "json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["base"], "HEAD");
    let es = &v["languages"][0];
    assert_eq!(es["lang"], "es");
    assert_eq!(es["new"]["segments"], 1);
    assert_eq!(es["new"]["words"], 5);
    assert_eq!(es["stale"]["segments"], 1, "wording change");
    assert_eq!(es["carried"]["segments"], 1, "code change carried over");
    // Markdown for a pull-request comment.
    dragoman(dir.path())
        .args([
            "impact", "--base", "HEAD", "--format", "markdown", "--lang", "fa",
        ])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("| fa | 1 (5 words) | 1 (")
                .and(predicate::str::contains("since `HEAD`")),
        );
    dragoman(dir.path())
        .args(["impact", "--base", "no-such-rev"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("git ls-tree"));
}

#[test]
fn publish_threshold_holds_back_mostly_untranslated_statements() {
    let dir = sample();
    let cfg = dir.path().join("dragoman.toml");
    let text = fs::read_to_string(&cfg).unwrap() + "\n[language.ar]\npublish_threshold = 50\n";
    fs::write(&cfg, text).unwrap();
    let out = dragoman(dir.path()).arg("build").output().unwrap();
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains("\n  ar: 2 statement(s) below the publish threshold (50%): the source is published instead\n"),
        "{stdout}"
    );
    // The same as JSON, from the cache (nothing changed): 0 files written.
    let out = dragoman(dir.path())
        .args(["build", "--format", "json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["files_written"], 0);
    let ar = v["languages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["lang"] == "ar")
        .unwrap();
    let held = ar["held_back"].as_array().unwrap();
    assert_eq!(held.len(), 2, "{held:?}");
    assert!(held.contains(&serde_json::json!("statements/lucas-moreau.md")));
    assert!(!held.contains(&serde_json::json!("statements/samira-haddad.md")));
    assert_eq!(ar["publish_threshold"], 50.0);
    assert_eq!(ar["pages"], 4);
    let b = dir.path().join("build");
    // ar/lucas-moreau is 21 % translated: published as the English source with a notice.
    let page = fs::read_to_string(b.join("ar/lucas-moreau.html")).unwrap();
    assert!(
        page.contains("<html lang=\"ar\" dir=\"rtl\">"),
        "the chrome stays Arabic"
    );
    assert!(
        page.contains("<article lang=\"en\" dir=\"ltr\">"),
        "the article is the English source"
    );
    assert!(page.contains("class=\"banner\" role=\"note\">لم يُترجَم هذا البيان بعد"));
    assert!(page.contains("About me"));
    let md = fs::read_to_string(b.join("ar/lucas-moreau.md")).unwrap();
    assert!(md.contains("---\n> لم يُترجَم هذا البيان بعد"));
    assert!(md.contains("## About me"));
    // ar/samira-haddad is 67 %: published translated.
    let page = fs::read_to_string(b.join("ar/samira-haddad.html")).unwrap();
    assert!(page.contains("سميرة حداد"));
    assert!(!page.contains("<article lang=\"en\""));
    let index = fs::read_to_string(b.join("index.html")).unwrap();
    assert!(index.contains("(held back)"));
    // Bad values are errors that name the line.
    let text = fs::read_to_string(&cfg)
        .unwrap()
        .replace("publish_threshold = 50", "publish_threshold = 150");
    fs::write(&cfg, text).unwrap();
    dragoman(dir.path()).arg("build").assert().code(2).stderr(
        predicate::str::contains("dragoman.toml:")
            .and(predicate::str::contains("publish_threshold")),
    );
}

#[test]
fn check_passes_the_clean_sample() {
    let dir = sample();
    // The sample translations are clean.
    dragoman(dir.path())
        .args(["check", "--color", "never"])
        .assert()
        .success()
        .stdout(predicate::str::contains("0 error(s), 0 warning(s), 0 info"));
}

/// The sample with broken translations: a broken delimiter, a bidi mark in a
/// URL and Arabic letters in Persian (fa), a changed code span (es). Returns
/// the fa catalog.
fn broken_sample() -> (TempDir, PathBuf) {
    let dir = sample();
    // Break some translations.
    let edit = |path: &Path, f: &dyn Fn(&str) -> String| {
        let mut cat =
            dragoman::catalog::Catalog::parse_po(&fs::read_to_string(path).unwrap()).unwrap();
        for m in &mut cat.messages {
            for t in &mut m.translation {
                *t = f(t);
            }
        }
        fs::write(path, cat.write_po()).unwrap();
    };
    let po = dir.path().join("locales/fa/amara-okafor.po");
    edit(&po, &|t| {
        t.replace("**راهنمایی**: برنامه‌ای", "** راهنمایی **: برنامه‌ای")
            .replace(
                "(https://example.org/amara)",
                "(https://example.org/amara\u{200F})",
            )
            .replace("آمارا اوکافور", "آمارا اوكافور")
    });
    let es = dir.path().join("locales/es/lucas-moreau.po");
    edit(&es, &|t| t.replace("`ledger-cli`", "`ledger`"));

    (dir, po)
}

#[test]
fn check_reports_findings_as_json_and_fails() {
    let (dir, _) = broken_sample();
    let out = dragoman(dir.path())
        .args(["check", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "errors fail the check");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let findings = v["findings"].as_array().unwrap();
    let ids: Vec<&str> = findings
        .iter()
        .map(|f| f["check"].as_str().unwrap())
        .collect();
    for want in [
        "md-broken-delimiter",
        "bidi-mark-in-token",
        "fa-arabic-letters",
        "md-code",
    ] {
        assert!(ids.contains(&want), "{want} in {ids:?}");
    }
    let f = findings.iter().find(|f| f["check"] == "md-code").unwrap();
    for key in [
        "check",
        "severity",
        "lang",
        "file",
        "line",
        "statement",
        "id",
        "source",
        "translation",
        "message",
    ] {
        assert!(f.get(key).is_some(), "{key}");
    }
    assert_eq!(f["lang"], "es");
    assert_eq!(f["state"], "translated");
    assert_eq!(f["file"], "locales/es/lucas-moreau.po");
    assert_eq!(f["statement"], "statements/lucas-moreau.md");
    assert!(f["line"].as_u64().unwrap() > 0);
    assert_eq!(f["severity"], "error");
    assert!(v["summary"]["error"].as_u64().unwrap() >= 3);
}

#[test]
fn check_reports_for_people_and_for_github() {
    let (dir, _) = broken_sample();
    // Human output: file:line, source and translation with the problem marked.
    dragoman(dir.path())
        .args(["check", "--lang", "fa", "--color", "never"])
        .assert()
        .code(1)
        .stdout(
            predicate::str::contains("error[bidi-mark-in-token]")
                .and(predicate::str::contains("--> locales/fa/amara-okafor.po:"))
                .and(predicate::str::contains("⟦")),
        );
    // GitHub annotations.
    dragoman(dir.path())
        .args(["check", "--lang", "es", "--format", "github"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "::error file=locales/es/lucas-moreau.po,line=",
        ));
}

#[test]
fn check_findings_can_be_allowed_and_fixed() {
    let (dir, po) = broken_sample();
    // A translator allows a finding on one entry.
    let text = fs::read_to_string(&po).unwrap().replace(
        "#. front matter: title\n",
        "# dragoman: allow fa-arabic-letters\n#. front matter: title\n",
    );
    fs::write(&po, &text).unwrap();
    let out = dragoman(dir.path())
        .args(["check", "--lang", "fa", "--format", "json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(
        v["findings"]
            .as_array()
            .unwrap()
            .iter()
            .all(|f| f["check"] != "fa-arabic-letters")
    );

    // --fix repairs what is safe (the bidi mark in a URL is not touched by --fix,
    // Arabic letters are), writing the catalog.
    let text = fs::read_to_string(&po)
        .unwrap()
        .replace("# dragoman: allow fa-arabic-letters\n", "");
    fs::write(&po, &text).unwrap();
    dragoman(dir.path())
        .args(["check", "--lang", "fa", "--fix", "--color", "never"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("fixed 1 translation(s)"));
    let fixed = fs::read_to_string(&po).unwrap();
    assert!(fixed.contains("آمارا اوکافور") && !fixed.contains("اوكافور"));
}

#[test]
fn check_configuration_disables_checks_and_gates_warnings() {
    let (dir, _) = broken_sample();
    // Configuration: turn checks off, or make warnings fail.
    let cfg = dir.path().join("dragoman.toml");
    let base = fs::read_to_string(&cfg).unwrap();
    fs::write(&cfg, format!("{base}\n[check]\ndisable = [\"md-broken-delimiter\", \"bidi-mark-in-token\", \"md-link\", \"md-code\"]\n")).unwrap();
    let out = dragoman(dir.path())
        .args(["check", "--color", "never"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    fs::write(
        &cfg,
        format!("{base}\n[check]\ndisable = [\"md-broken-delimiter\", \"bidi-mark-in-token\", \"md-link\"]\n[check.severity]\nmd-code = \"warning\"\n"),
    )
    .unwrap();
    dragoman(dir.path()).args(["check"]).assert().success();
    dragoman(dir.path())
        .args(["check", "--deny", "warning"])
        .assert()
        .code(1);
}

/// Everything a PO project does, an FTL project does the same way: the same
/// source edits give the same catalogs (as a model), status, diff and build.
/// Returns the two projects, edited and synced.
fn po_and_ftl_projects() -> (TempDir, TempDir) {
    let po = sample();
    let ftl = sample();
    dragoman(ftl.path())
        .args(["convert", "--to", "ftl"])
        .assert()
        .success()
        .stdout(predicate::str::contains("converted 12 catalog(s) to ftl"));
    add_top_level(ftl.path(), "catalog_format = \"ftl\"");
    for dir in [&po, &ftl] {
        let st = dir.path().join("statements/amara-okafor.md");
        let src = fs::read_to_string(&st)
            .unwrap()
            .replace(
                "Small grants should be easier to request",
                "Small grants must be simpler to request",
            )
            .replace("more than 400 members", "more than 450 members")
            .replace(
                "Thank you for reading",
                "A brand new paragraph.\n\nThank you for reading",
            );
        fs::write(&st, src).unwrap();
        dragoman(dir.path()).arg("sync").assert().success();
    }
    assert!(
        ftl.path().join("locales/en/amara-okafor.ftl").is_file(),
        "source-language catalog"
    );
    assert!(!ftl.path().join("locales/fa/amara-okafor.po").exists());
    (po, ftl)
}

#[test]
fn ftl_catalogs_hold_what_po_catalogs_hold() {
    let (po, ftl) = po_and_ftl_projects();
    // Same catalogs, as a model.
    for lang in ["es", "fa", "ar"] {
        for st in [
            "amara-okafor",
            "lucas-moreau",
            "samira-haddad",
            "board-2025/kenji-sato",
        ] {
            let a = dragoman::catalog::Catalog::parse_po(
                &fs::read_to_string(po.path().join(format!("locales/{lang}/{st}.po"))).unwrap(),
            )
            .unwrap();
            let b = dragoman::ftl::parse(
                &fs::read_to_string(ftl.path().join(format!("locales/{lang}/{st}.ftl"))).unwrap(),
            )
            .unwrap();
            assert_eq!(a.write_po(), b.write_po(), "{lang}/{st}");
        }
    }
}

#[test]
fn ftl_project_reports_like_po_project() {
    let (po, ftl) = po_and_ftl_projects();
    let out = |dir: &TempDir, args: &[&str]| {
        String::from_utf8(dragoman(dir.path()).args(args).output().unwrap().stdout).unwrap()
    };
    assert_eq!(
        out(&po, &["status", "--format", "json"]),
        out(&ftl, &["status", "--format", "json"])
    );
    let strip_paths = |s: String| s.replace(".ftl:", ":").replace(".po:", ":");
    let (da, db) = (
        out(&po, &["diff", "--color", "never"]),
        out(&ftl, &["diff", "--color", "never"]),
    );
    assert!(da.contains("[wording]"));
    let no_lines = |s: String| {
        s.lines()
            .map(|l| {
                l.split(':').next().unwrap_or("").to_string()
                    + &l.splitn(3, ':')
                        .nth(2)
                        .map(str::to_string)
                        .unwrap_or_default()
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(no_lines(strip_paths(da)), no_lines(strip_paths(db)));
    let summary =
        |s: String| serde_json::from_str::<serde_json::Value>(&s).unwrap()["summary"].clone();
    assert_eq!(
        summary(out(&po, &["check", "--format", "json"])),
        summary(out(&ftl, &["check", "--format", "json"]))
    );
}

#[test]
fn ftl_project_builds_like_po_project() {
    let (po, ftl) = po_and_ftl_projects();
    // Identical build output.
    dragoman(po.path()).arg("build").assert().success();
    dragoman(ftl.path()).arg("build").assert().success();
    let a = snapshot(&po.path().join("build"));
    let b = snapshot(&ftl.path().join("build"));
    let rel = |v: Vec<(PathBuf, Vec<u8>)>, root: &Path| {
        v.into_iter()
            .map(|(p, c)| (p.strip_prefix(root).unwrap().to_path_buf(), c))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        rel(a, &po.path().join("build")),
        rel(b, &ftl.path().join("build"))
    );
}

#[test]
fn ftl_project_converts_back_to_the_same_po() {
    let (po, ftl) = po_and_ftl_projects();
    // And back to PO: the same catalogs byte for byte.
    dragoman(ftl.path())
        .args(["convert", "--to", "po"])
        .assert()
        .success();
    for lang in ["es", "fa", "ar"] {
        let a =
            fs::read_to_string(po.path().join(format!("locales/{lang}/amara-okafor.po"))).unwrap();
        let b =
            fs::read_to_string(ftl.path().join(format!("locales/{lang}/amara-okafor.po"))).unwrap();
        assert_eq!(a, b);
    }
}

/// Every page the build writes is well-formed HTML (html5ever reports no parse
/// error), is complete, and carries no script.
#[test]
fn built_pages_are_valid_html() {
    use html5ever::tendril::TendrilSink;
    let dir = sample();
    dragoman(dir.path()).arg("build").assert().success();
    let mut pages = 0;
    for (path, bytes) in snapshot(&dir.path().join("build")) {
        if path.extension().is_none_or(|e| e != "html") {
            continue;
        }
        let html = String::from_utf8(bytes).unwrap();
        let opts = html5ever::ParseOpts {
            tree_builder: html5ever::tree_builder::TreeBuilderOpts {
                exact_errors: true,
                scripting_enabled: false,
                ..Default::default()
            },
            ..Default::default()
        };
        let dom =
            html5ever::parse_document(markup5ever_rcdom::RcDom::default(), opts).one(html.as_str());
        let errors = dom.errors.borrow();
        assert!(errors.is_empty(), "{}: {:?}", path.display(), *errors);
        assert!(
            matches!(
                dom.quirks_mode.get(),
                html5ever::tree_builder::QuirksMode::NoQuirks
            ),
            "{}",
            path.display()
        );
        // Scripts: only the grid's (labels and code) on the overview pages.
        let overview = ["index.html", "status.html"].map(|n| dir.path().join("build").join(n));
        let scripts = if overview.contains(&path) { 2 } else { 0 };
        assert_eq!(
            html.matches("<script").count(),
            scripts,
            "{}",
            path.display()
        );
        assert!(html.trim_end().ends_with("</html>"));
        pages += 1;
    }
    assert!(
        pages > 6 * 4,
        "every language × statement page and the index: {pages}"
    );
    // The checker itself does see broken HTML.
    let opts = html5ever::ParseOpts {
        tree_builder: html5ever::tree_builder::TreeBuilderOpts {
            exact_errors: true,
            ..Default::default()
        },
        ..Default::default()
    };
    let bad = html5ever::parse_document(markup5ever_rcdom::RcDom::default(), opts)
        .one("<!DOCTYPE html><html><body><p><b>x</p></i></body></html>");
    assert!(!bad.errors.borrow().is_empty());
}

#[test]
fn single_layout_project() {
    let dir = project::sample_single(&["es", "fa"]);
    dragoman(dir.path()).arg("sync").assert().success();
    assert!(dir.path().join("locales/messages.pot").is_file());
    let es = dir.path().join("locales/es.po");
    let mut cat = dragoman::catalog::Catalog::parse_po(&fs::read_to_string(&es).unwrap()).unwrap();
    for m in &mut cat.messages {
        m.translation = vec![format!("ES {}", m.source)];
    }
    fs::write(&es, cat.write_po()).unwrap();
    let st = dir.path().join("statements/lucas-moreau.md");
    edit(&st, "in plain language", "in simple words");
    dragoman(dir.path())
        .args(["sync", "--lang", "es"])
        .assert()
        .success()
        .stdout(predicate::str::contains("1 stale"));
    dragoman(dir.path())
        .args([
            "diff",
            "--lang",
            "es",
            "--color",
            "never",
            "statements/lucas-moreau.md",
        ])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("locales/es.po:").and(predicate::str::contains(
                "in [-plain-]{+simple+} [-language-]{+words+}.",
            )),
        );
    let out = dragoman(dir.path())
        .args(["status", "--format", "json", "--lang", "es"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["languages"][0]["total"]["stale"], 1);
    assert_eq!(v["languages"][0]["statements"].as_array().unwrap().len(), 4);
    dragoman(dir.path())
        .args(["check", "--lang", "es"])
        .assert()
        .success();
    dragoman(dir.path()).arg("build").assert().success();
    assert!(
        fs::read_to_string(dir.path().join("build/es/amara-okafor.md"))
            .unwrap()
            .contains("ES ")
    );
}

#[test]
fn fmt_checks_and_rewrites_catalogs() {
    let dir = sample();
    // The sample's catalogs are canonical; site.ftl files too.
    dragoman(dir.path())
        .args(["fmt", "--check"])
        .assert()
        .success();
    let ftl = dir.path().join("locales/fa/site.ftl");
    let text = fs::read_to_string(&ftl).unwrap();
    let messy = text.replace("site-languages = ", "site-languages=");
    fs::write(&ftl, &messy).unwrap();
    dragoman(dir.path())
        .args(["fmt", "--check"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("locales/fa/site.ftl"));
    assert_eq!(fs::read_to_string(&ftl).unwrap(), messy);
    dragoman(dir.path()).arg("fmt").assert().success();
    assert!(
        fs::read_to_string(&ftl)
            .unwrap()
            .contains("site-languages = ")
    );
    // Broken files are errors with a position, never "fixed".
    fs::write(&ftl, "ok = fine\n!!! broken\n").unwrap();
    dragoman(dir.path())
        .arg("fmt")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("site.ftl:2:1: FTL syntax error"));
}

/// Catalogs `sync` and `convert` write are already canonical for `fmt` (PO and
/// FTL alike), and the acting commands report as JSON too.
#[test]
fn fmt_keeps_what_sync_writes_and_commands_report_json() {
    let dir = sample();
    let d = dir.path();
    let json = |args: &[&str]| -> serde_json::Value {
        let out = dragoman(d).args(args).output().unwrap();
        assert!(out.status.success(), "{args:?}");
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let v = json(&["convert", "--to", "ftl", "--lang", "fa", "--format", "json"]);
    assert_eq!(v["converted"], 4);
    assert_eq!(v["to"], "ftl");
    assert_eq!(v["config_disagrees"], serde_json::json!(["fa"]));
    let v = json(&["fmt", "--check", "--format", "json"]);
    assert_eq!(
        v["files"],
        serde_json::json!([]),
        "FTL catalogs churn under fmt"
    );
    // A catalog made messy is listed, and fmt gives back dragoman's layout.
    let cat = d.join("locales/fa/amara-okafor.ftl");
    let clean = fs::read_to_string(&cat).unwrap();
    fs::write(&cat, clean.replace("\n\n", "\n")).unwrap();
    let v = json(&["fmt", "--format", "json"]);
    let files = v["files"].as_array().unwrap();
    assert_eq!(files.len(), 1);
    assert!(files[0].as_str().unwrap().ends_with("amara-okafor.ftl"));
    assert_eq!(fs::read_to_string(&cat).unwrap(), clean);
    let v = json(&["extract", "--format", "json"]);
    assert_eq!(v["statements"], 4);
}

/// Parallel work (reading, merging, writing, rendering) must not change a
/// single byte of the results: the same edit synced and built with one thread
/// and with four gives identical catalogs, pages and reports.
#[test]
fn results_do_not_depend_on_thread_count() {
    let run = |threads: &str| {
        let dir = sample();
        let st = dir.path().join("statements/amara-okafor.md");
        let src = fs::read_to_string(&st).unwrap();
        let src = src
            .replace(
                "Small grants should be easier to request",
                "Small grants must be simpler to request",
            )
            .replace("more than 400 members", "more than 450 members")
            .replace(
                "Thank you for reading",
                "A brand new paragraph about budgets.\n\nThank you for reading",
            );
        fs::write(&st, src).unwrap();
        let mut reports = Vec::new();
        for args in [
            &["sync"][..],
            &["build"][..],
            &["status", "--format", "json"][..],
            &["check", "--format", "json"][..],
        ] {
            let out = dragoman(dir.path())
                .env("RAYON_NUM_THREADS", threads)
                .args(args)
                .output()
                .unwrap();
            assert!(
                out.status.code().is_some_and(|c| c <= 1),
                "{args:?} with {threads} thread(s): {}",
                String::from_utf8_lossy(&out.stderr)
            );
            // Reports may name the project's (temporary) folder.
            let text = String::from_utf8(out.stdout).unwrap();
            reports.push(text.replace(&dir.path().display().to_string(), "<project>"));
        }
        let files: Vec<(PathBuf, Vec<u8>)> = snapshot(dir.path())
            .into_iter()
            .map(|(p, b)| (p.strip_prefix(dir.path()).unwrap().to_path_buf(), b))
            // The lock and the cache (it holds timestamps) are not results.
            .filter(|(p, _)| !p.ends_with(".dragoman.lock") && !p.starts_with(".dragoman"))
            .collect();
        (files, reports)
    };
    let (one_files, one_reports) = run("1");
    let (four_files, four_reports) = run("4");
    assert!(
        one_files.iter().any(|(p, _)| p.starts_with("build")),
        "build wrote pages"
    );
    assert_eq!(one_files.len(), four_files.len());
    for ((pa, a), (pb, b)) in one_files.iter().zip(&four_files) {
        assert_eq!(pa, pb);
        assert!(a == b, "{} differs between 1 and 4 threads", pa.display());
    }
    assert_eq!(one_reports, four_reports);
}

#[test]
fn single_layout_catalog_migrates_to_the_configured_format() {
    let dir = project::sample_single(&["es"]);
    let d = dir.path();
    dragoman(d).arg("sync").assert().success();
    let po = d.join("locales/es.po");
    let mut cat = dragoman::catalog::Catalog::parse_po(&fs::read_to_string(&po).unwrap()).unwrap();
    for m in cat.messages.iter_mut().step_by(3) {
        m.translation = vec![format!("ES {}", m.source)];
    }
    let translated = cat.messages.iter().filter(|m| m.has_translation()).count();
    fs::write(&po, cat.write_po()).unwrap();
    add_top_level(d, "catalog_format = \"ftl\"");
    dragoman(d).arg("sync").assert().success();
    assert!(!po.exists(), "the PO catalog was migrated and removed");
    let ftl = dragoman::ftl::parse(&fs::read_to_string(d.join("locales/es.ftl")).unwrap()).unwrap();
    let done = |c: &dragoman::catalog::Catalog| {
        c.messages
            .iter()
            .filter(|m| m.state() == dragoman::catalog::State::Translated)
            .count()
    };
    assert_eq!(done(&ftl), translated);
    // Back to PO: the header (Language, Plural-Forms) survives both ways.
    let cfg = d.join("dragoman.toml");
    edit(&cfg, "catalog_format = \"ftl\"\n", "");
    dragoman(d).arg("sync").assert().success();
    let back = fs::read_to_string(&po).unwrap();
    assert!(
        back.contains("\"Language: es\\n\"") && !d.join("locales/es.ftl").exists(),
        "{back}"
    );
    let cat = dragoman::catalog::Catalog::parse_po(&back).unwrap();
    assert_eq!(done(&cat), translated);
}

#[test]
fn ftl_terms_attributes_and_comments_a_translator_adds_survive_sync() {
    let dir = sample();
    let d = dir.path();
    add_top_level(d, "catalog_format = \"ftl\"");
    dragoman(d).arg("sync").assert().success();
    let path = d.join("locales/es/amara-okafor.ftl");
    let text = fs::read_to_string(&path).unwrap();
    // A term, a free comment and a group comment after the header; an
    // attribute on the first message.
    let first_msg = text.find("\n\n").unwrap() + 2;
    let mut edited = format!(
        "{}-brand = Dragomán\n    .gender = masculine\n\n# Nota libre del equipo de traducción\n\n## Grupo: títulos\n\n{}",
        &text[..first_msg],
        &text[first_msg..]
    );
    let value_end = edited[first_msg..]
        .find("\n\n")
        .map(|i| first_msg + i)
        .unwrap();
    let value_end = edited[..value_end]
        .rfind('\n')
        .map_or(value_end, |_| value_end);
    edited.insert_str(value_end, "\n    .title = Título { -brand }");
    fs::write(&path, &edited).unwrap();
    dragoman::ftl::parse(&edited).expect("the edited catalog is valid FTL");
    for _ in 0..2 {
        dragoman(d).arg("sync").assert().success();
        let after = fs::read_to_string(&path).unwrap();
        for kept in [
            "-brand = Dragomán",
            ".gender = masculine",
            "# Nota libre del equipo de traducción",
            "## Grupo: títulos",
            ".title = Título { -brand }",
        ] {
            assert!(after.contains(kept), "{kept:?} lost:\n{after}");
        }
    }
    // Through PO and back: still there.
    dragoman(d)
        .args(["convert", "--to", "po"])
        .assert()
        .success();
    dragoman(d)
        .args(["convert", "--to", "ftl"])
        .assert()
        .success();
    let back = fs::read_to_string(&path).unwrap();
    assert!(
        back.contains("-brand = Dragomán") && back.contains(".title = Título { -brand }"),
        "{back}"
    );
}

#[test]
fn a_renamed_statement_leaves_no_header_only_catalog() {
    let dir = sample();
    let d = dir.path();
    fs::write(
        d.join("statements/newcomer.md"),
        "---\ntitle: A newcomer\n---\n\nA paragraph nobody else has.\n",
    )
    .unwrap();
    dragoman(d).arg("sync").assert().success();
    edit(
        &d.join("locales/es/newcomer.po"),
        "msgid \"A paragraph nobody else has.\"\nmsgstr \"\"",
        "msgid \"A paragraph nobody else has.\"\nmsgstr \"Un párrafo que nadie más tiene.\"",
    );
    fs::rename(
        d.join("statements/newcomer.md"),
        d.join("statements/renamed.md"),
    )
    .unwrap();
    dragoman(d).arg("sync").assert().success();
    for lang in ["es", "fa", "ar"] {
        assert!(
            !d.join(format!("locales/{lang}/newcomer.po")).exists(),
            "{lang}"
        );
    }
    let moved = fs::read_to_string(d.join("locales/es/renamed.po")).unwrap();
    assert!(
        moved.contains("msgstr \"Un párrafo que nadie más tiene.\""),
        "{moved}"
    );
    // A deleted statement whose translations have nowhere to go: they stay, obsolete.
    fs::remove_file(d.join("statements/renamed.md")).unwrap();
    dragoman(d).arg("sync").assert().success();
    let kept = fs::read_to_string(d.join("locales/es/renamed.po")).unwrap();
    assert!(
        kept.contains("#~ msgstr \"Un párrafo que nadie más tiene.\""),
        "{kept}"
    );
    assert!(
        !d.join("locales/fa/renamed.po").exists(),
        "nothing translated in fa"
    );
}
