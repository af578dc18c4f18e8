//! Runs `dragoman check` rules over the comprehensive-rust es/fa/ar catalogs and
//! prints the finding rate per check, with a few samples for review.
//! Usage: cargo run --release --example check_corpus [CORPUS_DIR] [SAMPLES]

use std::collections::BTreeMap;
use std::path::PathBuf;

use dragoman::catalog::Catalog;
use dragoman::check::{CHECKS, Context, check};

fn main() {
    let corpus = std::env::args()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("../shared/corpora/comprehensive-rust"));
    let samples: usize = std::env::args()
        .nth(2)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let empty = BTreeMap::new();
    let sev = BTreeMap::new();
    let glossary: Vec<String> = vec![];
    let mut table: BTreeMap<&str, BTreeMap<&str, usize>> = BTreeMap::new();
    let mut totals: BTreeMap<&str, usize> = BTreeMap::new();
    for lang in ["es", "fa", "ar"] {
        let text = std::fs::read_to_string(corpus.join(format!("po/{lang}.po"))).unwrap();
        let cat = Catalog::parse_po(&text).unwrap();
        let mut n = 0;
        let mut shown: BTreeMap<&str, usize> = BTreeMap::new();
        // Code comments and string literals (extracted by mdbook-i18n-helpers, never by
        // dragoman) are left out: they are not prose.
        let codeish = |s: &str| {
            ["//", "\"", "/*", "b\"", "r\"", "r#\""]
                .iter()
                .any(|p| s.starts_with(p))
        };
        for m in cat
            .messages
            .iter()
            .filter(|m| !m.obsolete && m.has_translation() && !codeish(&m.source))
        {
            n += 1;
            let heading = m.notes.iter().any(|x| x.contains("heading")) || !m.source.contains(' ');
            let ctx = Context {
                lang,
                heading,
                glossary: &glossary,
                url_map: &empty,
                disabled: &[],
                severities: &sev,
                kind: None,
            };
            for f in check(&m.source, &m.translation[0], &ctx) {
                *table.entry(f.check).or_default().entry(lang).or_default() += 1;
                let s = shown.entry(f.check).or_default();
                if *s < samples {
                    *s += 1;
                    println!(
                        "[{lang}] {} (line {}): {}\n   src: {}\n   tr:  {}\n",
                        f.check,
                        m.line,
                        f.message,
                        m.source.replace('\n', "⏎"),
                        m.translation[0].replace('\n', "⏎")
                    );
                }
            }
        }
        totals.insert(lang, n);
    }
    println!("| check | es | fa | ar |\n|---|---:|---:|---:|");
    println!(
        "| entries checked | {} | {} | {} |",
        totals["es"], totals["fa"], totals["ar"]
    );
    for (id, _, _) in CHECKS {
        let row = table.get(id);
        let cell = |l: &str| {
            let k = row.and_then(|r| r.get(l)).copied().unwrap_or(0);
            let pct = k as f64 * 100.0 / totals[l].max(1) as f64;
            if k == 0 {
                "0".to_string()
            } else {
                format!("{k} ({pct:.1}%)")
            }
        };
        println!(
            "| `{id}` | {} | {} | {} |",
            cell("es"),
            cell("fa"),
            cell("ar")
        );
    }
}
