//! The check table: every check fires where it should and stays quiet on traps.

use std::collections::BTreeMap;

use super::*;

mod audit;
mod languages;
mod orthography;
mod shape;

struct Case {
    lang: &'static str,
    heading: bool,
    source: &'static str,
    translation: &'static str,
    /// Checks that must fire.
    fires: &'static [&'static str],
    /// Checks that must not fire (false-positive traps).
    quiet: &'static [&'static str],
}

const fn c(
    lang: &'static str,
    source: &'static str,
    translation: &'static str,
    fires: &'static [&'static str],
    quiet: &'static [&'static str],
) -> Case {
    Case {
        lang,
        heading: false,
        source,
        translation,
        fires,
        quiet,
    }
}

const fn h(
    lang: &'static str,
    source: &'static str,
    translation: &'static str,
    fires: &'static [&'static str],
    quiet: &'static [&'static str],
) -> Case {
    Case {
        lang,
        heading: true,
        source,
        translation,
        fires,
        quiet,
    }
}

const ALL: &[&str] = &[
    "md-emphasis",
    "md-link",
    "md-image",
    "md-code",
    "md-footnote",
    "md-hard-break",
    "md-broken-delimiter",
    "md-html",
    "md-list-marker",
    "md-structure",
    "bidi-html",
    "url",
    "email",
    "number",
    "whitespace-edges",
    "double-space",
    "untranslated",
    "glossary",
    "length",
    "repeated-word",
    "brackets",
    "end-punctuation",
    "bidi-override",
    "bidi-unbalanced",
    "bidi-control",
    "bidi-mark-in-token",
    "control-char",
    "invisible-char",
    "zero-width",
    "nfc",
    "stray-backslash",
    "rtl-mirrored",
    "fa-arabic-letters",
    "fa-arabic-digits",
    "fa-mixed-digits",
    "fa-latin-punctuation",
    "fa-zwnj",
    "fa-zwnj-fused",
    "fa-guillemets",
    "fa-quotes",
    "rtl-code-spacing",
    "fa-tatweel",
    "es-question",
    "es-exclamation",
    "es-quote-period",
    "es-number-format",
    "number-reading",
    "number-separator",
    "ar-latin-punctuation",
    "ar-mixed-digits",
    "ar-persian-characters",
];

/// Every case of the table, in two files by family.
fn cases() -> impl Iterator<Item = &'static Case> {
    shape::CASES
        .iter()
        .chain(languages::CASES.iter())
        .chain(orthography::CASES.iter())
        .chain(audit::CASES.iter())
}

#[test]
fn check_table() {
    let glossary = vec!["Python Software Foundation".to_string()];
    let empty = BTreeMap::new();
    let sev = BTreeMap::new();
    let mut failures = Vec::new();
    let (heading, paragraph) = (SegmentKind::Heading(2), SegmentKind::Paragraph);
    assert!(cases().count() >= 40);
    for case in cases() {
        let ctx = Context {
            lang: case.lang,
            heading: case.heading,
            glossary: &glossary,
            url_map: &empty,
            disabled: &[],
            severities: &sev,
            kind: Some(if case.heading { &heading } else { &paragraph }),
            compounds: None,
        };
        let found: Vec<&str> = check(case.source, case.translation, &ctx)
            .iter()
            .map(|f| f.check)
            .collect();
        for want in case.fires {
            if !found.contains(want) {
                failures.push(format!(
                    "{} {:?} → {:?}: expected {want}, got {found:?}",
                    case.lang, case.source, case.translation
                ));
            }
        }
        for quiet in case.quiet {
            if found.contains(quiet) && !case.fires.contains(quiet) {
                failures.push(format!(
                    "{} {:?} → {:?}: false positive {quiet}",
                    case.lang, case.source, case.translation
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Checks that look at files beside the statements (tested below and in
/// `tests/it/blog.rs`), not at the text alone.
/// Checks of a catalog, a file or the whole project, with tests of their own.
const FILE_CHECKS: [&str; 4] = [
    "link-target",
    "source-link-target",
    "plural-forms",
    "fa-zwnj-consistency",
];

#[test]
fn every_check_is_exercised() {
    for (id, _, _) in CHECKS {
        if FILE_CHECKS.contains(id) {
            continue;
        }
        assert!(cases().any(|c| c.fires.contains(id)), "no case fires {id}");
        assert!(ALL.contains(id), "{id} missing from ALL");
    }
}

#[test]
fn configuration_disables_and_changes_severity() {
    let empty = BTreeMap::new();
    let mut sev = BTreeMap::new();
    sev.insert("double-space".to_string(), Severity::Error);
    let disabled = vec!["md-emphasis".to_string()];
    let ctx = Context {
        lang: "es",
        heading: false,
        glossary: &[],
        url_map: &empty,
        disabled: &disabled,
        severities: &sev,
        kind: None,
        compounds: None,
    };
    let f = check("**A** b c.", "A  b c.", &ctx);
    assert!(f.iter().all(|f| f.check != "md-emphasis"));
    assert_eq!(
        f.iter()
            .find(|f| f.check == "double-space")
            .map(|f| f.severity),
        Some(Severity::Error)
    );
}

#[test]
fn url_map_allows_localized_links() {
    let mut map = BTreeMap::new();
    map.insert(
        "https://example.org/en/".to_string(),
        "https://example.org/es/".to_string(),
    );
    let sev = BTreeMap::new();
    let ctx = Context {
        lang: "es",
        heading: false,
        glossary: &[],
        url_map: &map,
        disabled: &[],
        severities: &sev,
        kind: None,
        compounds: None,
    };
    let f = check(
        "See [docs](https://example.org/en/guide).",
        "Mira [docs](https://example.org/es/guide).",
        &ctx,
    );
    assert!(f.iter().all(|f| f.check != "md-link"), "{f:?}");
}

#[test]
fn fixes_are_safe() {
    assert_eq!(
        fix("Python.", "پايتون و كتاب.", "fa").as_deref(),
        Some("پایتون و کتاب.")
    );
    assert_eq!(
        fix("In Arabic: كتاب.", "به عربی: كتاب.", "fa"),
        None,
        "copied tokens are kept"
    );
    assert_eq!(fix("x", "a\u{202E}b", "es").as_deref(), Some("ab"));
    assert_eq!(fix("x", "Cafe\u{301}", "es").as_deref(), Some("Café"));
    assert_eq!(fix("x", "نعم", "ar"), None);
    // Never inside code or URLs: the bytes there stay as they are.
    assert_eq!(
        fix(
            "Run `Cafe\u{301}`.",
            "Ejecuta `Cafe\u{301}` Cafe\u{301}.",
            "es"
        )
        .as_deref(),
        Some("Ejecuta `Cafe\u{301}` Café.")
    );
    assert_eq!(
        fix(
            "[a](https://e.org/ك)",
            "[كتاب](https://e.org/ك) https://x.org/ي",
            "fa"
        )
        .as_deref(),
        Some("[کتاب](https://e.org/ك) https://x.org/ي")
    );
}

#[test]
fn code_and_urls_compare_in_nfc_on_both_sides() {
    let ctx = Context::plain("es", false);
    // The source in NFD, the translation in NFC (or the reverse): same code, same URL.
    for (s, t) in [
        ("Run `cafe\u{301}` now.", "Ejecuta `café` ahora."),
        ("Run `café` now.", "Ejecuta `cafe\u{301}` ahora."),
        (
            "See [x](https://e.org/cafe\u{301}).",
            "Mira [x](https://e.org/café).",
        ),
    ] {
        let f = check(s, t, &ctx);
        assert!(
            f.iter()
                .all(|f| !matches!(f.check, "md-code" | "md-link" | "url")),
            "{s} → {t}: {f:?}"
        );
    }
}

#[test]
fn every_check_is_documented() {
    let doc = include_str!("../../docs/checks.md");
    let why = &doc[doc
        .find("## Why each severity")
        .expect("the severity section")..];
    for (id, sev, _) in CHECKS {
        let row = format!("| `{id}` | {} |", sev.as_str());
        assert!(doc.contains(&row), "{id} is not in docs/checks.md");
        assert!(
            why.contains(&row),
            "{id}'s severity is not explained in docs/checks.md"
        );
    }
}
