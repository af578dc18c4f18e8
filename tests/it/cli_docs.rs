//! docs/cli.md cannot drift from the CLI: every command has a section, every
//! flag `--help` shows is documented in its command's section (global flags in
//! the table at the top), and every flag the docs name exists. Also the
//! generated helpers: completions, man pages, --verbose.

use std::collections::BTreeSet;
use std::path::Path;

use assert_cmd::Command;

fn help(args: &[&str]) -> String {
    let out = Command::cargo_bin("dragoman")
        .unwrap()
        .args(args)
        .arg("--help")
        .output()
        .unwrap();
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

/// `--long` flags in a text.
fn flags(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for (i, _) in text.match_indices("--") {
        let rest = &text[i + 2..];
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_lowercase() || *c == '-')
            .collect();
        let before = text[..i].chars().last();
        if name.len() > 1
            && !name.ends_with('-')
            && before.is_none_or(|c| !c.is_alphanumeric() && c != '-')
        {
            out.insert(format!("--{name}"));
        }
    }
    out
}

/// The commands listed by `dragoman --help`.
fn commands() -> Vec<String> {
    project::help_commands(&help(&[]))
}

#[test]
fn every_command_and_flag_is_documented() {
    let doc =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/cli.md")).unwrap();
    let global: BTreeSet<String> = [
        "--project",
        "--quiet",
        "--verbose",
        "--ui-lang",
        "--help",
        "--version",
    ]
    .map(String::from)
    .into();
    let top_table = &doc[..doc.find("\n## ").unwrap()];
    for g in &global {
        assert!(
            top_table.contains(g.as_str()),
            "global {g} not in the table at the top"
        );
    }
    let cmds = commands();
    assert!(cmds.len() >= 14, "{cmds:?}");
    for cmd in &cmds {
        let heading = format!("\n## `dragoman {cmd}");
        let start = doc
            .find(&format!("{heading}`"))
            .or_else(|| doc.find(&format!("{heading} ")))
            .unwrap_or_else(|| panic!("docs/cli.md has no section for `dragoman {cmd}`"));
        let body = &doc[start + 1..];
        let section = &body[..body[3..].find("\n## ").map(|e| e + 3).unwrap_or(body.len())];
        let helped = flags(&help(&[cmd]));
        for f in helped.difference(&global) {
            assert!(
                section.contains(f.as_str()),
                "`dragoman {cmd} {f}` is not documented in its section of docs/cli.md"
            );
        }
        let heading_line = section.lines().next().unwrap();
        for f in flags(heading_line) {
            assert!(
                helped.contains(&f),
                "docs/cli.md names `dragoman {cmd} {f}`, which does not exist"
            );
        }
    }
}

#[test]
fn completions_and_man_pages() {
    for (shell, marker) in [
        ("bash", "complete -F _dragoman"),
        ("zsh", "#compdef dragoman"),
        ("fish", "complete -c dragoman"),
        ("powershell", "Register-ArgumentCompleter"),
    ] {
        let out = Command::cargo_bin("dragoman")
            .unwrap()
            .args(["completions", shell])
            .output()
            .unwrap();
        assert!(out.status.success(), "{shell}");
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(text.contains(marker), "{shell}: {marker}");
        assert!(
            text.contains("add-lang") && text.contains("import"),
            "{shell} knows the commands"
        );
    }
    let dir = tempfile::tempdir().unwrap();
    Command::cargo_bin("dragoman")
        .unwrap()
        .args(["man", "--out"])
        .arg(dir.path())
        .assert()
        .success();
    for cmd in commands() {
        let page = dir.path().join(format!("dragoman-{cmd}.1"));
        let text = std::fs::read_to_string(&page).unwrap_or_else(|_| panic!("{}", page.display()));
        assert!(
            text.contains(".TH dragoman-") && text.contains(".SH NAME"),
            "{cmd}"
        );
    }
    let out = Command::cargo_bin("dragoman")
        .unwrap()
        .arg("man")
        .output()
        .unwrap();
    assert!(String::from_utf8(out.stdout).unwrap().starts_with(".ie"));
}

use crate::project;

#[test]
fn verbose_says_where_the_answer_came_from() {
    let dir = project::sample();
    let run = || {
        let out = Command::cargo_bin("dragoman")
            .unwrap()
            .current_dir(dir.path())
            .args(["-v", "status"])
            .output()
            .unwrap();
        assert!(out.status.success());
        String::from_utf8(out.stderr).unwrap()
    };
    let first = run();
    assert!(
        first.contains("project: ") && first.contains("done in "),
        "{first}"
    );
    assert!(!first.contains("from the cache"), "{first}");
    assert!(run().contains("answered from the cache"));
}
