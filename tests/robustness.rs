//! Readers never panic, whatever the input.

use dragoman::po;
use dragoman::source::extract;
use proptest::prelude::*;

fn po_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("msgid ".to_string()),
        Just("msgstr ".to_string()),
        Just("msgstr[1] ".to_string()),
        Just("msgid_plural ".to_string()),
        Just("msgctxt ".to_string()),
        Just("#~ ".to_string()),
        Just("#| ".to_string()),
        Just("#, fuzzy".to_string()),
        Just("\"".to_string()),
        Just("\\".to_string()),
        Just("\n".to_string()),
        Just("\r\n".to_string()),
        "[a-z ]{0,5}",
        "\\PC{0,3}",
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

fn md_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("---\n".to_string()),
        Just("title: ".to_string()),
        Just("\n".to_string()),
        Just("- ".to_string()),
        Just("1. ".to_string()),
        Just("> ".to_string()),
        Just("| a |".to_string()),
        Just("|---|".to_string()),
        Just("```".to_string()),
        Just("**".to_string()),
        Just("_".to_string()),
        Just("\\".to_string()),
        Just("[x](y)".to_string()),
        Just("[^1]".to_string()),
        Just("[^1]: ".to_string()),
        Just("<!-- dragoman: skip -->".to_string()),
        Just("&amp;".to_string()),
        Just("    ".to_string()),
        "[a-zA-Z ]{0,6}",
        "\\PC{0,3}",
    ];
    prop::collection::vec(piece, 0..50).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn po_reader_never_panics(s in po_like()) {
        if let Ok(f) = po::parse(&s) {
            // Whatever it accepts, it can write and read back.
            let text = po::write(&f);
            prop_assert!(po::parse(&text).is_ok(), "{text:?}");
        }
    }

    #[test]
    fn extraction_never_panics_and_ranges_are_valid(s in md_like()) {
        if let Ok(doc) = extract(&s, &["title".to_string()]) {
            for seg in &doc.segments {
                prop_assert!(seg.range.start <= seg.range.end && seg.range.end <= s.len());
                prop_assert!(s.is_char_boundary(seg.range.start) && s.is_char_boundary(seg.range.end));
                prop_assert!(seg.line >= 1);
            }
            // Splicing any translation in never panics and renders.
            let mut cat = dragoman::catalog::Catalog::default();
            for seg in &doc.segments {
                let mut m = dragoman::catalog::Message::new(seg.context.clone(), seg.text.clone());
                m.translation = vec![format!("«{}»\n| \\ `x` **y", seg.text)];
                cat.messages.push(m);
            }
            let built = dragoman::build::localize(&s, &doc, Some(&cat));
            let _ = dragoman::build::render_html_marked(dragoman::build::body_of(&built.markdown), &built.fallback, "en", true);
        }
    }
}
