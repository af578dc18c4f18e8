//! Hot paths, measured with divan: segmenting, PO read/write, matching,
//! splicing, HTML rendering. Inputs come from the comprehensive-rust corpus when
//! `../shared` exists, else from the sample statements.
//! `cargo bench` for numbers; CI runs `cargo bench -- --test` (compile + one iteration).

use std::path::Path;
use std::sync::OnceLock;

use dragoman::catalog::Catalog;
use dragoman::source::{Document, extract};
use dragoman::sync::{SyncOptions, merge};

fn main() {
    divan::main();
}

#[path = "../tests/support/corpus.rs"]
mod support;

struct Data {
    sources: Vec<String>,
    docs: Vec<Document>,
    template: Catalog,
    old_po: String,
}

fn data() -> &'static Data {
    static DATA: OnceLock<Data> = OnceLock::new();
    DATA.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let corpus = root.join("../shared/corpora/comprehensive-rust");
        // Not support::corpus(): benchmarks fall back to the sample, even in CI.
        let files = if corpus.join("src").is_dir() {
            support::md_files(&corpus.join("src"))
        } else {
            support::md_files(&root.join("statements"))
        };
        let sources: Vec<String> = files
            .iter()
            .map(|f| std::fs::read_to_string(f).unwrap())
            .collect();
        let docs: Vec<Document> = sources.iter().map(|s| extract(s, &[]).unwrap()).collect();
        let names: Vec<String> = files.iter().map(|f| f.display().to_string()).collect();
        let refs: Vec<(&str, &Document)> =
            names.iter().map(String::as_str).zip(docs.iter()).collect();
        let template = Catalog::template("bench", &refs, |p, _| Some(p.to_string()));
        let old_po = std::fs::read_to_string(corpus.join("po/fa.po")).unwrap_or_else(|_| {
            std::fs::read_to_string(root.join("locales/fa/amara-okafor.po")).unwrap()
        });
        Data {
            sources,
            docs,
            template,
            old_po,
        }
    })
}

#[divan::bench]
fn segment_all_statements() -> usize {
    data()
        .sources
        .iter()
        .map(|s| extract(divan::black_box(s), &[]).unwrap().segments.len())
        .sum()
}

#[divan::bench]
fn po_read() -> Catalog {
    Catalog::parse_po(divan::black_box(&data().old_po)).unwrap()
}

#[divan::bench]
fn po_write(b: divan::Bencher) {
    let cat = Catalog::parse_po(&data().old_po).unwrap();
    b.bench(|| divan::black_box(&cat).write_po());
}

#[divan::bench]
fn fuzzy_sync_against_old_catalog(b: divan::Bencher) {
    let old = Catalog::parse_po(&data().old_po).unwrap();
    b.bench(|| {
        merge(
            divan::black_box(&data().template),
            &old,
            SyncOptions::default(),
        )
    });
}

#[divan::bench]
fn splice_identity(b: divan::Bencher) {
    let d = data();
    let cats: Vec<Catalog> = d
        .docs
        .iter()
        .map(|doc| {
            Catalog::template("identity", &[("", doc)], |_, _| None).translated_by(str::to_string)
        })
        .collect();
    b.bench(|| {
        d.sources
            .iter()
            .zip(&d.docs)
            .zip(&cats)
            .map(|((s, doc), c)| dragoman::build::localize(s, doc, Some(c)).markdown.len())
            .sum::<usize>()
    });
}

#[divan::bench]
fn render_html_rtl() -> usize {
    data()
        .sources
        .iter()
        .map(|s| {
            dragoman::build::render_html_marked(dragoman::build::body_of(s), &[], "en", true).len()
        })
        .sum()
}
