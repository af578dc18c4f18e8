//! Quality bar for stale matching: on the comprehensive-rust corpus (current
//! sources against its older es/fa/ar catalogs), dragoman keeps at least as many
//! old translations (translated + stale) as GNU msgmerge with fuzzy matching.
//! The msgmerge figures were measured with `cargo run --release --example
//! msgmerge_compare` (gettext 0.21) and are recorded in docs/performance.md.

use std::path::{Path, PathBuf};

use dragoman::catalog::{Catalog, State};
use dragoman::source::extract;
use dragoman::sync::{SyncOptions, merge};

/// (language, translations msgmerge keeps: translated + fuzzy)
const MSGMERGE: [(&str, usize); 3] = [("es", 2608), ("fa", 2544), ("ar", 822)];

fn md_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut es: Vec<_> = std::fs::read_dir(dir).unwrap().flatten().collect();
    es.sort_by_key(|e| e.path());
    for e in es {
        let p = e.path();
        if p.is_dir() {
            md_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "md") {
            out.push(p);
        }
    }
}

#[test]
fn keeps_at_least_as_many_translations_as_msgmerge() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora/comprehensive-rust");
    if !corpus.is_dir() {
        assert!(std::env::var_os("CI").is_none(), "CI must have ../shared");
        eprintln!("SKIPPED: {} not found (runs in CI)", corpus.display());
        return;
    }
    let mut files = Vec::new();
    md_files(&corpus.join("src"), &mut files);
    let srcs: Vec<(String, String)> = files
        .iter()
        .map(|f| {
            (
                f.strip_prefix(&corpus).unwrap().display().to_string(),
                std::fs::read_to_string(f).unwrap(),
            )
        })
        .collect();
    let docs: Vec<(String, dragoman::source::Document)> = srcs
        .iter()
        .map(|(p, s)| (p.clone(), extract(s, &[]).unwrap()))
        .collect();
    let refs: Vec<(&str, &dragoman::source::Document)> =
        docs.iter().map(|(p, d)| (p.as_str(), d)).collect();
    let template = Catalog::template("comprehensive-rust", &refs, |p, _| Some(p.to_string()));
    for (lang, theirs) in MSGMERGE {
        let old = Catalog::parse_po(
            &std::fs::read_to_string(corpus.join(format!("po/{lang}.po"))).unwrap(),
        )
        .unwrap();
        let before: usize = old.messages.iter().filter(|m| m.has_translation()).count();
        let (new, _) = merge(&template, &old, SyncOptions::default());
        let kept = new
            .messages
            .iter()
            .filter(|m| matches!(m.state(), State::Translated | State::Stale))
            .count();
        let after: usize = new.messages.iter().filter(|m| m.has_translation()).count();
        eprintln!("{lang}: dragoman keeps {kept}, msgmerge {theirs}");
        assert!(
            kept >= theirs,
            "{lang}: dragoman keeps {kept} < msgmerge {theirs}"
        );
        // And nothing is lost: every old translation is live or obsolete.
        assert!(
            after
                >= before
                    - old
                        .messages
                        .iter()
                        .filter(|m| m.has_translation() && m.obsolete)
                        .count()
                        .min(before)
        );
    }
}

/// The checker runs over every entry of the real es/fa/ar catalogs without
/// crashing, and finds the known real problems there.
#[test]
fn checker_runs_on_the_real_catalogs() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora/comprehensive-rust");
    if !corpus.is_dir() {
        assert!(std::env::var_os("CI").is_none(), "CI must have ../shared");
        eprintln!("SKIPPED: {} not found (runs in CI)", corpus.display());
        return;
    }
    let empty = std::collections::BTreeMap::new();
    let sev = std::collections::BTreeMap::new();
    let mut total = 0;
    for lang in ["es", "fa", "ar"] {
        let cat = Catalog::parse_po(
            &std::fs::read_to_string(corpus.join(format!("po/{lang}.po"))).unwrap(),
        )
        .unwrap();
        for m in cat.messages.iter().filter(|m| m.has_translation()) {
            let ctx = dragoman::check::Context {
                lang,
                heading: false,
                glossary: &[],
                url_map: &empty,
                disabled: &[],
                severities: &sev,
            };
            let found = dragoman::check::check(&m.source, &m.translation[0], &ctx);
            total += found.len();
            // A real bug in the Persian catalog: `Box<T>` written `<Box<T`.
            if lang == "fa" && m.source == "`Box<T>`" {
                assert!(found.iter().any(|f| f.check == "md-code"), "{found:?}");
            }
        }
    }
    assert!(total > 100, "{total}");
}
