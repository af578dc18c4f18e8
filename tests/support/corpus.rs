//! The corpora in `../shared` (comprehensive-rust, rust-blog), shared by the tests and the
//! examples that read it (`#[path]`-included, so it is not a test target).
#![allow(dead_code)] // each includer uses part of it

use std::path::{Path, PathBuf};

use dragoman::catalog::Catalog;
use dragoman::source::{Document, extract};

/// The corpus folder, or None outside CI when `../shared` is absent (the caller
/// then skips, saying so). Under `CI=true` a missing corpus fails the test.
pub fn corpus() -> Option<PathBuf> {
    shared_corpus("comprehensive-rust")
}

/// The rust-blog corpus (a Zola site: TOML front matter, raw HTML, page
/// bundles), located like [`corpus`].
pub fn rust_blog() -> Option<PathBuf> {
    shared_corpus("rust-blog")
}

fn shared_corpus(name: &str) -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/corpora")
        .join(name);
    if dir.is_dir() {
        return Some(dir);
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "CI must have ../shared/corpora/{name}"
    );
    eprintln!("SKIPPED: {} not found (runs in CI)", dir.display());
    None
}

/// Every `.md` file under `dir`, sorted.
pub fn md_files(dir: &Path) -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let mut entries: Vec<_> = std::fs::read_dir(dir).unwrap().flatten().collect();
        entries.sort_by_key(|e| e.path());
        for e in entries {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "md") {
                out.push(p);
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, &mut out);
    out
}

/// One template for the whole corpus (as mdbook-xgettext makes), references
/// being the files' paths relative to the corpus.
pub fn template(corpus: &Path) -> Catalog {
    use rayon::prelude::*;
    let docs: Vec<(String, Document)> = md_files(&corpus.join("src"))
        .par_iter()
        .map(|f| {
            let text = std::fs::read_to_string(f).unwrap();
            (
                f.strip_prefix(corpus).unwrap().display().to_string(),
                extract(&text, &[]).unwrap(),
            )
        })
        .collect();
    let refs: Vec<(&str, &Document)> = docs.iter().map(|(p, d)| (p.as_str(), d)).collect();
    Catalog::template("comprehensive-rust", &refs, |p, _| Some(p.to_string()))
}
