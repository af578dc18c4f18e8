//! `dragoman serve` on the comprehensive-rust corpus (574 statements, es/fa/ar
//! in one catalog per language): how long the home page, a statement's entries
//! and saves take, and the server's peak memory. Numbers for
//! docs/performance.md; not a test.
//!
//! `cargo build --release && cargo run --release --example serve_load [SAVES]`

#[path = "../tests/support/corpus.rs"]
mod corpus;
#[path = "../tests/support/server.rs"]
mod server;

use std::time::Instant;

use serde_json::json;

fn ms(d: std::time::Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

fn main() {
    let saves: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(200);
    let Some(corpus) = corpus::corpus() else {
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    let d = tmp.path();
    let bin = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/release/dragoman");
    let run = |args: &[&str]| {
        let out = std::process::Command::new(&bin)
            .current_dir(d)
            .args(args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    copy_corpus(&corpus, d);
    run(&["init"]);
    run(&["sync"]);
    let started = Instant::now();
    let server = server::Server::start_with(&bin, d, &[]);
    let up = started.elapsed();
    let t = Instant::now();
    let home = server.get("/");
    let home_cold = t.elapsed();
    assert_eq!(home.status, 200);
    let t = Instant::now();
    assert_eq!(server.get("/").status, 200);
    let home_warm = t.elapsed();
    let statement = "src/concurrency/async-pitfalls/cancellation.md";
    let path = format!("/api/entries?lang=fa&statement={statement}");
    let t = Instant::now();
    let list = server.get(&path).json();
    let entries_cold = t.elapsed();
    let t = Instant::now();
    let _ = server.get(&path).json();
    let entries_warm = t.elapsed();
    let entries = list["entries"].as_array().unwrap().clone();
    let csrf = server.csrf();
    let mut times = Vec::with_capacity(saves);
    for k in 0..saves {
        let e = &entries[k % entries.len()];
        let now = server.get(&path).json();
        let cur = now["entries"]
            .as_array()
            .unwrap()
            .iter()
            .find(|x| x["id"] == e["id"])
            .unwrap()
            .clone();
        let body = json!({"lang": "fa", "statement": statement, "id": e["id"],
            "translation": format!("ترجمهٔ آزمایشی {k}"), "version": cur["version"]});
        let t = Instant::now();
        let r = server.put("/api/entries", &body, &csrf);
        times.push(ms(t.elapsed()));
        assert_eq!(r.status, 200, "{}", r.body);
    }
    times.sort_by(f64::total_cmp);
    let rss = server.peak_memory_kib();
    println!("| measure | value |");
    println!("|---|---:|");
    println!("| statements | {} |", list_len(&home.body));
    println!("| server up (listening) | {:.0} ms |", ms(up));
    println!("| home page, first | {:.0} ms |", ms(home_cold));
    println!("| home page, again | {:.0} ms |", ms(home_warm));
    println!(
        "| entries of `{statement}` ({} entries), first | {:.0} ms |",
        entries.len(),
        ms(entries_cold)
    );
    println!("| entries, again | {:.0} ms |", ms(entries_warm));
    println!(
        "| save p50 ({saves} saves) | {:.1} ms |",
        percentile(&times, 0.5)
    );
    println!("| save p99 | {:.1} ms |", percentile(&times, 0.99));
    println!("| save max | {:.1} ms |", times[times.len() - 1]);
    println!(
        "| peak memory (VmHWM) | {} MiB |",
        rss.map_or("?".into(), |k| (k / 1024).to_string())
    );
}

fn list_len(home: &str) -> usize {
    home.matches("<tr data-title=").count()
}

/// The corpus's sources and catalogs, writable, in `d`.
fn copy_corpus(corpus: &std::path::Path, d: &std::path::Path) {
    for sub in ["src", "po"] {
        let st = std::process::Command::new("cp")
            .args(["-r"])
            .arg(corpus.join(sub))
            .arg(d)
            .status()
            .unwrap();
        assert!(st.success());
    }
    let st = std::process::Command::new("chmod")
        .args(["-R", "u+w"])
        .arg(d)
        .status()
        .unwrap();
    assert!(st.success());
}
