//! Compares how many old translations dragoman keeps against GNU msgmerge, on the
//! comprehensive-rust corpus: its current sources against its older es/fa/ar
//! catalogs. Usage: cargo run --release --example msgmerge_compare [CORPUS_DIR]
//! Prints a Markdown table (for docs/performance.md).

use std::path::PathBuf;
use std::process::Command;
use std::time::Instant;

use dragoman::catalog::{Catalog, State};
use dragoman::sync::{SyncOptions, merge};

#[path = "../tests/support/corpus.rs"]
mod support;

fn kept(c: &Catalog) -> (usize, usize, usize) {
    let live: Vec<_> = c.messages.iter().filter(|m| !m.obsolete).collect();
    let t = live
        .iter()
        .filter(|m| m.state() == State::Translated)
        .count();
    let s = live.iter().filter(|m| m.state() == State::Stale).count();
    (t, s, live.len())
}

fn main() {
    let corpus = std::env::args()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("../shared/corpora/comprehensive-rust"));
    let template = support::template(&corpus);
    let pot = std::env::temp_dir().join("dragoman-compare.pot");
    std::fs::write(&pot, template.write_po()).unwrap();
    println!(
        "Template: {} messages from {} files.\n",
        template.messages.len(),
        support::md_files(&corpus.join("src")).len()
    );
    println!(
        "| lang | old catalog (translated) | tool | translated | stale/fuzzy | kept (translated + stale) | untranslated | time |"
    );
    println!("|---|---:|---|---:|---:|---:|---:|---:|");
    // LANGS=fa: only those languages (scripts/bench-peers times fa alone).
    let langs: Vec<String> = std::env::var("LANGS")
        .map(|v| v.split(',').map(str::to_string).collect())
        .unwrap_or_else(|_| vec!["es".into(), "fa".into(), "ar".into()]);
    for lang in &langs {
        let po = corpus.join(format!("po/{lang}.po"));
        let old = Catalog::parse_po(&std::fs::read_to_string(&po).unwrap()).unwrap();
        let old_translated = old
            .messages
            .iter()
            .filter(|m| !m.obsolete && m.has_translation())
            .count();
        let t0 = Instant::now();
        let (ours, _) = merge(&template, &old, SyncOptions::default());
        let dt = t0.elapsed();
        let (t, s, n) = kept(&ours);
        println!(
            "| {lang} | {old_translated} | dragoman merge | {t} | {s} | **{}** | {} | {:.2} s |",
            t + s,
            n - t - s,
            dt.as_secs_f64()
        );
        if std::env::var_os("SKIP_MSGMERGE").is_some() {
            continue;
        }
        for (label, extra) in [
            ("msgmerge", vec![]),
            ("msgmerge --no-fuzzy-matching", vec!["--no-fuzzy-matching"]),
        ] {
            let out = std::env::temp_dir().join(format!("dragoman-compare-{lang}.po"));
            let t0 = Instant::now();
            let status = Command::new("msgmerge")
                .args(["--quiet", "--previous"])
                .args(&extra)
                .arg("-o")
                .arg(&out)
                .arg(&po)
                .arg(&pot)
                .status()
                .expect("msgmerge (GNU gettext) is needed");
            let dt = t0.elapsed();
            assert!(status.success());
            let theirs = Catalog::parse_po(&std::fs::read_to_string(&out).unwrap()).unwrap();
            let (t, s, n) = kept(&theirs);
            println!(
                "| {lang} | {old_translated} | {label} | {t} | {s} | {} | {} | {:.2} s |",
                t + s,
                n - t - s,
                dt.as_secs_f64()
            );
        }
    }
}
