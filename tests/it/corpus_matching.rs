//! Stale matching on the comprehensive-rust corpus (current sources against its
//! older es/fa/ar catalogs). The bar is the old translations' usefulness, not
//! their number: a judged sample (docs/performance.md) found 93 % of dragoman's
//! stale matches useful, where keeping as many as GNU msgmerge's fuzzy matching
//! meant keeping junk ("Either" given the translation of "there"). So dragoman
//! keeps every exact match (msgmerge `--no-fuzzy-matching`), fewer fuzzy ones
//! than msgmerge, never the junk the reviewer found, and a second sync is a no-op.

use dragoman::catalog::{Catalog, State};
use dragoman::sync::{SyncOptions, merge};

use crate::project;
use project::copy_dir;

/// (language, translations msgmerge keeps: translated + fuzzy; translated
/// with `--no-fuzzy-matching`), measured with `cargo run --release --example
/// msgmerge_compare` (gettext 0.21).
const MSGMERGE: [(&str, usize, usize); 3] =
    [("es", 2608, 1832), ("fa", 2544, 1922), ("ar", 822, 502)];

use crate::corpus as support;

#[test]
fn keeps_exact_matches_and_only_useful_fuzzy_ones() {
    let Some(corpus) = support::corpus() else {
        return;
    };
    let template = support::template(&corpus);
    for (lang, theirs, exact) in MSGMERGE {
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
        eprintln!("{lang}: dragoman's one-catalog library merge keeps {kept}, msgmerge {theirs}");
        // On real data too, a second sync changes nothing.
        let (again, report) = merge(&template, &new, SyncOptions::default());
        assert!(
            again == new && !report.changed(),
            "{lang}: second sync changed the catalog: {report:?}"
        );
        // Every exact match, fuzzy matches only where they help.
        assert!(
            (exact..=theirs).contains(&kept),
            "{lang}: dragoman keeps {kept}; exact matches {exact}, msgmerge {theirs}"
        );
        // The reviewer's junk: "Either" given the translation of "there".
        let either = new.messages.iter().find(|m| m.source == "Either");
        assert!(
            either.is_none_or(|m| !m.has_translation()),
            "{lang}: {either:?}"
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
    let Some(corpus) = support::corpus() else {
        return;
    };
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
                kind: None,
                compounds: None,
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

/// Adopting an mdbook-i18n-helpers project as it is: `statements = "src"`,
/// `locales = "po"`, `layout = "single"`. dragoman sync keeps every exact
/// match and the fuzzy matches that help (fewer than msgmerge's).
#[test]
fn adopts_an_mdbook_project_with_single_layout() {
    let Some(corpus) = support::corpus() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&corpus.join("src"), &dir.path().join("src"));
    copy_dir(&corpus.join("po"), &dir.path().join("po"));
    std::fs::write(
        dir.path().join("dragoman.toml"),
        "name = \"comprehensive-rust\"\nsource = \"en\"\nlanguages = [\"es\", \"fa\", \"ar\"]\nstatements = \"src\"\nlocales = \"po\"\nlayout = \"single\"\nreferences = \"file\"\n",
    )
    .unwrap();
    use assert_cmd::cargo::CommandCargoExt;
    let st = std::process::Command::cargo_bin("dragoman")
        .unwrap()
        .current_dir(dir.path())
        .args(["-q", "sync"])
        .status()
        .unwrap();
    assert!(st.success());
    assert!(dir.path().join("po/messages.pot").is_file());
    for (lang, theirs, exact) in MSGMERGE {
        let cat = Catalog::parse_po(
            &std::fs::read_to_string(dir.path().join(format!("po/{lang}.po"))).unwrap(),
        )
        .unwrap();
        let kept = cat
            .messages
            .iter()
            .filter(|m| matches!(m.state(), State::Translated | State::Stale))
            .count();
        eprintln!("{lang}: dragoman sync (single layout) keeps {kept}, msgmerge {theirs}");
        assert!(
            (exact..=theirs).contains(&kept),
            "{lang}: {kept} outside {exact}..={theirs}"
        );
    }
    // A second sync changes nothing; build works on the adopted project.
    let before = std::fs::read(dir.path().join("po/fa.po")).unwrap();
    let st = std::process::Command::cargo_bin("dragoman")
        .unwrap()
        .current_dir(dir.path())
        .args(["-q", "sync"])
        .status()
        .unwrap();
    assert!(st.success());
    assert_eq!(before, std::fs::read(dir.path().join("po/fa.po")).unwrap());
}
