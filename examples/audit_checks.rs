//! The reviewer's audit of `check`, reproducible (run it through
//! `scripts/audit-checks`):
//!
//! - `sample [SEED] [PER_CELL]` prints a seeded sample of findings on the
//!   comprehensive-rust catalogs, stratified by language and check (up to
//!   PER_CELL of each), as tab-separated lines to judge: `lang check key state`
//!   then the message, source and translation to read.
//! - `precision [--write]` replays `tests/judged-findings.tsv` and prints the
//!   precision per language and per check (judged real / judged); `--write`
//!   puts the tables into docs/checks.md between the audit markers.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

#[path = "../tests/support/audit.rs"]
mod audit;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let corpus = PathBuf::from(
        std::env::var("DRAGOMAN_CORPUS")
            .unwrap_or_else(|_| "../shared/corpora/comprehensive-rust".into()),
    );
    match args.first().map(String::as_str) {
        Some("sample") => {
            let seed = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(2026);
            let per_cell = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(5);
            sample(&corpus, seed, per_cell);
        }
        Some("precision") => precision(&corpus, args.iter().any(|a| a == "--write")),
        _ => {
            eprintln!("usage: audit_checks sample [SEED] [PER_CELL] | precision [--write]");
            std::process::exit(2);
        }
    }
}

/// The seeds of the judged samples, round by round.
const SEEDS: [u64; 3] = [2026, 7, 11];

/// xorshift64*: a seeded order without a dependency.
fn shuffled<T>(mut v: Vec<T>, seed: u64) -> Vec<T> {
    let mut x = seed.max(1);
    for i in (1..v.len()).rev() {
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        let j = (x.wrapping_mul(0x2545_F491_4F6C_DD1D) % (i as u64 + 1)) as usize;
        v.swap(i, j);
    }
    v
}

fn sample(corpus: &Path, seed: u64, per_cell: usize) {
    let mut cells: BTreeMap<(&str, &str), Vec<String>> = BTreeMap::new();
    for a in audit::audit(corpus) {
        let mut seen = Vec::new();
        for f in &a.findings {
            if seen.contains(&f.check) {
                continue;
            }
            seen.push(f.check);
            let line = format!(
                "{}\t{}\t{}\t{}\t{}\n    src: {}\n    tr:  {}",
                a.lang,
                f.check,
                a.key,
                a.state,
                f.message,
                a.source.replace('\n', "⏎"),
                a.translation.replace('\n', "⏎")
            );
            cells.entry((a.lang, f.check)).or_default().push(line);
        }
    }
    for ((lang, check), lines) in cells {
        let n = lines.len();
        for line in shuffled(lines, seed).into_iter().take(per_cell) {
            println!("{line}");
        }
        eprintln!("{lang} {check}: {n} findings");
    }
}

fn precision(corpus: &Path, write: bool) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(root.join("tests/judged-findings.tsv")).unwrap();
    let judged = audit::judged(&text);
    let audited = audit::audit(corpus);
    let by_key: BTreeMap<(&str, &str), &audit::Audited> = audited
        .iter()
        .map(|a| ((a.lang, a.key.as_str()), a))
        .collect();
    for j in &judged {
        let found = by_key
            .get(&(j.lang.as_str(), j.key.as_str()))
            .is_some_and(|a| a.findings.iter().any(|f| f.check == j.check));
        if found != j.real {
            let verdict = if j.real { "real" } else { "false" };
            eprintln!("drift: {} {} {} judged {verdict}", j.lang, j.check, j.key);
        }
    }
    let count = |round: u32, pick: &dyn Fn(&audit::Judged) -> bool| {
        let js: Vec<&audit::Judged> = judged
            .iter()
            .filter(|j| j.round == round && pick(j))
            .collect();
        (js.iter().filter(|j| j.real).count(), js.len())
    };
    let pct =
        |(r, n): (usize, usize)| format!("{r}/{n} ({:.0} %)", r as f64 * 100.0 / n.max(1) as f64);
    let mut out = String::new();
    let last = judged.iter().map(|j| j.round).max().unwrap_or(1);
    out.push_str(
        "| sample | seed | judged real / judged | on translated entries |\n|---|---|---|---|\n",
    );
    for round in 1..=last {
        let seed = SEEDS.get(round as usize - 1).copied().unwrap_or(0);
        out.push_str(&format!(
            "| {round}{} | {seed} | {} | {} |\n",
            if round == 1 {
                " (before the fixes)"
            } else {
                ""
            },
            pct(count(round, &|_| true)),
            pct(count(round, &|j| j.state == "translated"))
        ));
    }
    out.push_str(&format!(
        "\nSample {last} (after the fixes) by language and by check:\n\n| language | real / judged |\n|---|---|\n"
    ));
    for lang in audit::LANGUAGES {
        out.push_str(&format!(
            "| {lang} | {} |\n",
            pct(count(last, &|j| j.lang == lang))
        ));
    }
    out.push_str("\n| check | real / judged |\n|---|---|\n");
    let mut checks: Vec<&str> = judged
        .iter()
        .filter(|j| j.round == last)
        .map(|j| j.check.as_str())
        .collect();
    checks.sort();
    checks.dedup();
    for c in checks {
        out.push_str(&format!(
            "| `{c}` | {} |\n",
            pct(count(last, &|j| j.check == c))
        ));
    }
    print!("{out}");
    if write {
        let path = root.join("docs/checks.md");
        let doc = std::fs::read_to_string(&path).unwrap();
        let (begin, end) = ("<!-- audit:begin -->\n", "<!-- audit:end -->");
        let a = doc.find(begin).expect("begin marker in docs/checks.md");
        let b = doc.find(end).expect("end marker in docs/checks.md");
        let new = format!("{}{begin}{out}{}", &doc[..a], &doc[b..]);
        std::fs::write(&path, new).unwrap();
    }
}
