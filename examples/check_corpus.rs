//! Runs `dragoman check` rules over the comprehensive-rust es/fa/ar catalogs and
//! prints the finding rate per check, with a few samples for review.
//! Usage: cargo run --release --example check_corpus [CORPUS_DIR] [SAMPLES]

use std::collections::BTreeMap;
use std::path::PathBuf;

use dragoman::check::CHECKS;

// The same entries and context as the audit (`scripts/audit-checks`).
#[path = "../tests/support/audit.rs"]
mod audit;

fn main() {
    let corpus = std::env::args()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("../shared/corpora/comprehensive-rust"));
    let samples: usize = std::env::args()
        .nth(2)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let mut table: BTreeMap<&str, BTreeMap<&str, usize>> = BTreeMap::new();
    let mut totals: BTreeMap<&str, usize> = BTreeMap::new();
    for lang in audit::LANGUAGES {
        let mut n = 0;
        let mut shown: BTreeMap<&str, usize> = BTreeMap::new();
        // Code comments and string literals (extracted by mdbook-i18n-helpers, never by
        // dragoman) are left out: they are not prose.
        for m in audit::entries(&corpus, lang) {
            n += 1;
            for f in audit::findings(lang, &m) {
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
