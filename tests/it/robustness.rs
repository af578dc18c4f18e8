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
                let mut m = dragoman::catalog::Message::new(seg.context.as_deref().map(str::to_owned), seg.text.clone());
                m.translation = vec![format!("«{}»\n| \\ `x` **y", seg.text)];
                cat.messages.push(m);
            }
            let built = dragoman::build::localize(&s, &doc, Some(&cat));
            let _ = dragoman::build::render_html_marked(dragoman::build::body_of(&built.markdown), &built.fallback, "en", true);
        }
    }
}

/// Documents with every kind of segment and container.
const DOCS: &[&str] = &[
    include_str!("../fixtures/hostile/statement.md"),
    "# Title {#top}\n\nFirst paragraph with [a link](https://example.org/a) and ![an image](img.png).\n\n1. one item\n   continued\n2. two *items*\n   - nested item\n\n> quoted **text**\n> - quoted list\n\nSetext heading\n--------------\n\n<div>\nraw block\n</div>\n\nLast words[^n] and [ref][r].\n\n[^n]: A note.\n\n[r]: https://example.org/r\n",
    "- [ ] task one\n- [x] task two\n\n| a | b |\n|:--|--:|\n| cell one | cell two |\n\n    indented code\n\nEnd.\n",
];

fn hostile_translation() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("```".to_string()),
        Just("~~~".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just("<!--".to_string()),
        Just("-->".to_string()),
        Just("<pre>".to_string()),
        Just("<script>alert(1)</script>".to_string()),
        Just("<img src=x onerror=alert(1)>".to_string()),
        Just("[s]: https://evil.example/".to_string()),
        Just("[r]: https://evil.example/".to_string()),
        Just("[s]".to_string()),
        Just("[ref][r]".to_string()),
        Just("# ".to_string()),
        Just("> ".to_string()),
        Just("- ".to_string()),
        Just("1. ".to_string()),
        Just("|".to_string()),
        Just("---".to_string()),
        Just("===".to_string()),
        Just("    ".to_string()),
        Just("\t".to_string()),
        Just("{#x .y onclick=z}".to_string()),
        Just("[^n]".to_string()),
        Just("[^m]: ".to_string()),
        Just("<div>".to_string()),
        Just("[x](javascript:alert(1))".to_string()),
        Just("[x](https://evil.example/)".to_string()),
        Just("[a link](https://example.org/a)".to_string()),
        Just("![i](img.png)".to_string()),
        Just("\u{202E}".to_string()),
        Just("\u{2067}".to_string()),
        Just("\u{1b}".to_string()),
        Just("*".to_string()),
        Just("`".to_string()),
        Just("\\".to_string()),
        "[a-z ]{0,6}",
        "\\PC{0,2}",
    ];
    prop::collection::vec(piece, 1..12).prop_map(|v| v.concat())
}

/// The page of `src` with `translation` on segment `k` (and nothing else translated).
fn page_with(
    src: &str,
    doc: &dragoman::source::Document,
    k: usize,
    translation: &str,
) -> (String, Option<String>) {
    let seg = &doc.segments[k];
    let mut cat = dragoman::catalog::Catalog::default();
    let mut m = dragoman::catalog::Message::new(
        seg.context.as_deref().map(str::to_owned),
        seg.text.clone(),
    );
    m.translation = vec![translation.to_string()];
    cat.messages.push(m);
    let built = dragoman::build::localize(src, doc, Some(&cat));
    let body = dragoman::build::body_of(&built.markdown);
    // As pages do: headings keep the source's ids.
    let ids = dragoman::build::anchors::heading_ids(dragoman::build::body_of(src));
    let render = dragoman::build::Render {
        source_lang: "en",
        heading_ids: Some(&ids),
        ..Default::default()
    };
    (dragoman::build::render_body(body, &render), built.title)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1500, ..ProptestConfig::default() })]

    /// The build's invariant: whatever one translation contains, every other
    /// segment renders the same, and nothing but text markup reaches the page.
    #[test]
    fn one_translation_changes_only_its_segment(d in 0..DOCS.len(), k in 0usize..64, t in hostile_translation()) {
        let src = DOCS[d];
        let doc = extract(src, &["title".to_string()]).unwrap();
        let k = k % doc.segments.len();
        // The harmless translation: the source text with a marker word (same
        // links and footnote references, which number the page's footnotes).
        let benign_text = format!("BENIGN {} BENIGN", doc.segments[k].text);
        let (benign, benign_title) = page_with(src, &doc, k, &benign_text);
        let (hostile, hostile_title) = page_with(src, &doc, k, &t);
        let sources = dragoman::guard::rendered_destinations(&doc.segments[k].text);
        let dest_ok = |d: &str| sources.iter().any(|s| s == d);
        if let Err(e) = dragoman::guard::confined(&benign, &hostile, "BENIGN", &dest_ok) {
            prop_assert!(false, "segment {k} {:?} ← {t:?}: {e}\n{hostile}", doc.segments[k].text);
        }
        if benign_title.as_deref() != Some(benign_text.as_str()) {
            prop_assert_eq!(benign_title, hostile_title);
        }
    }
}

/// Text as translations carry it: words of three scripts, addresses (one
/// inside another), code, links, numbers, brackets, template directives,
/// bidi and joiner controls.
fn translation_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just(" ".to_string()),
        Just("\n".to_string()),
        Just("http://a.example/x".to_string()),
        Just("https://b.example/p?u=http://c.example/".to_string()),
        Just("`code`".to_string()),
        Just("[link](https://d.example/)".to_string()),
        Just("![img](p.png)".to_string()),
        Just("{{%directive x}}".to_string()),
        Just("{% raw %}".to_string()),
        Just("{{".to_string()),
        Just("}}".to_string()),
        Just("1,234.5".to_string()),
        Just("۱۲۳".to_string()),
        Just("٣٫٥".to_string()),
        Just("(".to_string()),
        Just(")".to_string()),
        Just("«".to_string()),
        Just("¿".to_string()),
        Just("!".to_string()),
        Just("**".to_string()),
        Just("\u{200C}".to_string()),
        Just("\u{202E}".to_string()),
        Just("&#x202E;".to_string()),
        Just("e\u{301}".to_string()),
        Just("<span dir=\"ltr\">".to_string()),
        "[a-zA-Z]{1,8}",
        "[آ-ی]{1,6}",
        "\\PC{0,3}",
    ];
    prop::collection::vec(piece, 0..30).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, ..ProptestConfig::default() })]

    /// The check engine and its safe fixes take any source and translation
    /// (the same text half the time: text left in the source language).
    #[test]
    fn checks_never_panic(
        source in translation_like(),
        other in translation_like(),
        same in any::<bool>(),
        lang in prop::sample::select(vec!["es", "fa", "ar", "de"]),
        heading in any::<bool>(),
    ) {
        use dragoman::check::{Context, check, fix};
        use dragoman::source::SegmentKind;
        let translation = if same { source.clone() } else { other };
        let kind = if heading { SegmentKind::Heading(2) } else { SegmentKind::Paragraph };
        let (url_map, severities) = Default::default();
        let glossary = vec!["Rust".to_string()];
        let ctx = Context {
            lang,
            heading,
            glossary: &glossary,
            url_map: &url_map,
            disabled: &[],
            severities: &severities,
            kind: Some(&kind),
            compounds: None,
        };
        for f in check(&source, &translation, &ctx) {
            if let Some(span) = f.span {
                prop_assert!(span.start <= span.end);
            }
        }
        if let Some(fixed) = fix(&source, &translation, lang) {
            check(&source, &fixed, &ctx);
        }
    }
}
