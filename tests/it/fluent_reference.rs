//! Every .ftl dragoman writes parses with zero Junk in the reference
//! implementation (@fluent/syntax, npm) and gives the same message values.
//! CI installs it (`.ci/run`); elsewhere the test reports that it could not run.

use std::path::{Path, PathBuf};
use std::process::Command;

use assert_cmd::cargo::CommandCargoExt;

use crate::project;
use project::sample;

/// The folder holding `node_modules/@fluent/syntax`, if available.
fn fluent_syntax_dir() -> Option<PathBuf> {
    let candidates = [
        std::env::var_os("DRAGOMAN_FLUENT_SYNTAX_DIR").map(PathBuf::from),
        Some(Path::new(env!("CARGO_MANIFEST_DIR")).join(".ci/node")),
    ];
    let node_ok = Command::new("node")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    let found = candidates
        .into_iter()
        .flatten()
        .find(|d| d.join("node_modules/@fluent/syntax/package.json").is_file())
        .filter(|_| node_ok);
    if found.is_none() {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must have node and @fluent/syntax (.ci/run installs it into .ci/node)"
        );
        eprintln!(
            "SKIPPED: node or @fluent/syntax missing (npm install --prefix .ci/node @fluent/syntax)"
        );
    }
    found
}

fn ftl_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            ftl_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "ftl") {
            out.push(p);
        }
    }
}

#[test]
fn reference_parser_agrees() {
    let Some(module_dir) = fluent_syntax_dir() else {
        return;
    };
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    // The sample project as a Fluent project.
    let dir = sample();
    let run = |args: &[&str]| {
        let st = Command::cargo_bin("dragoman")
            .unwrap()
            .current_dir(dir.path())
            .args(args)
            .status()
            .unwrap();
        assert!(st.success(), "{args:?}");
    };
    run(&["convert", "--to", "ftl"]);
    // A statement full of text that needs escaping in FTL.
    std::fs::write(
        dir.path().join("statements/tricky.md"),
        "---\ntitle: \"  {Braces} and [brackets]\"\n---\n\n* starts with a star\n\n.dot {x} } {\n\nPersian «سلام» \u{200F}RLM \u{2067}isolate\u{2069}\n\nHard  \nbreak and trailing\\\nbackslash\n",
    )
    .unwrap();
    let cfg = dir.path().join("dragoman.toml");
    let text = std::fs::read_to_string(&cfg).unwrap();
    let at = text.find("\n[").map(|i| i + 1).unwrap_or(text.len());
    std::fs::write(
        &cfg,
        format!("{}catalog_format = \"ftl\"\n{}", &text[..at], &text[at..]),
    )
    .unwrap();
    run(&["sync"]);
    let mut files = Vec::new();
    ftl_files(&dir.path().join("locales"), &mut files);
    ftl_files(&root.join("src/site"), &mut files);
    files.sort();
    assert!(files.len() >= 20, "{files:?}");
    let out = Command::new("node")
        .arg(root.join("tests/support/fluent-values.mjs"))
        .arg(&module_dir)
        .args(&files)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut compared = 0;
    for f in &files {
        let entry = &v[f.to_str().unwrap()];
        assert_eq!(
            entry["junk"],
            serde_json::json!([]),
            "Junk in {}",
            f.display()
        );
        if f.file_name().is_some_and(|n| n == "site.ftl") || f.starts_with(root.join("src/site")) {
            continue; // site strings use selectors; their values are not plain text
        }
        let text = std::fs::read_to_string(f).unwrap();
        let cat = dragoman::ftl::parse(&text).unwrap();
        // Our reading of each message value equals the reference parser's.
        let res = fluent_syntax::parser::parse(text.as_str()).unwrap();
        for e in &res.body {
            if let fluent_syntax::ast::Entry::Message(m) = e {
                let ours = dragoman::ftl::decode_pattern(m.value.as_ref().unwrap());
                assert_eq!(
                    entry["values"][m.id.name],
                    serde_json::Value::String(ours.clone()),
                    "{}: {}",
                    f.display(),
                    m.id.name
                );
                compared += 1;
            }
        }
        assert!(!cat.messages.is_empty());
    }
    assert!(compared > 100, "{compared}");
}
