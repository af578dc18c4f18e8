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
