//! The coverage dashboard (`build/status.html`) and badges
//! (`build/badges/<lang>.svg`) of the sample project: snapshots, since the
//! page is the product.

use std::fs;

use assert_cmd::Command;

use crate::project;
use project::sample;

#[test]
fn dashboard_and_badges_of_the_sample_project() {
    let dir = sample();
    let d = dir.path();
    Command::cargo_bin("dragoman")
        .unwrap()
        .current_dir(d)
        .args(["-q", "build"])
        .assert()
        .success();
    let page = fs::read_to_string(d.join("build/status.html")).unwrap();
    // The grid's code is tested in Chromium (tests/it/grid.rs), not here.
    let (head, rest) = page.split_once("<script>\n").unwrap();
    let (_, tail) = rest.split_once("</script>").unwrap();
    let page = format!("{head}<script>…grid.js…</script>{tail}");
    insta::assert_snapshot!("status_html", page);
    for lang in ["es", "fa", "ar"] {
        let badge = fs::read_to_string(d.join(format!("build/badges/{lang}.svg"))).unwrap();
        insta::assert_snapshot!(format!("badge_{lang}"), badge);
    }
    // The index links to the dashboard.
    let index = fs::read_to_string(d.join("build/index.html")).unwrap();
    assert!(index.contains("<a href=\"status.html\">"), "{index}");
}

/// A project written in Arabic: the dashboard and the index are Arabic and
/// right to left, like the source pages.
#[test]
fn a_right_to_left_source_makes_right_to_left_reports() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    project::write_files(
        d,
        &[
            (
                "dragoman.toml",
                "source = \"ar\"\nlanguages = [\"en\"]\nstatements = \"statements\"\n",
            ),
            (
                "statements/bayan.md",
                "---\ntitle: بيان المرشح\n---\n\n# بيان المرشح\n\nنص قصير عن البرنامج.\n",
            ),
        ],
    );
    let run = |args: &[&str]| {
        Command::cargo_bin("dragoman")
            .unwrap()
            .current_dir(d)
            .args(args)
            .assert()
            .success();
    };
    run(&["-q", "sync"]);
    run(&["-q", "build"]);
    let status = fs::read_to_string(d.join("build/status.html")).unwrap();
    let index = fs::read_to_string(d.join("build/index.html")).unwrap();
    for page in [&status, &index] {
        assert!(page.contains("<html lang=\"ar\" dir=\"rtl\">"), "{page}");
    }
    assert!(status.contains("حالة الترجمة") && status.contains("<h2>اللغات</h2>"));
    assert!(!status.contains("translation status") && !status.contains(">coverage<"));
    assert!(
        status.contains("title=\"بيان المرشح بلغة en: 0.0٪ مترجَم\""),
        "{status}"
    );
    assert!(status.contains("alt=\"الترجمة إلى en: 0٪\""), "{status}");
}
