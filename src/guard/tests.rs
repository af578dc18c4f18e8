//! Tests of the guard: refusals, characters, destinations, the skeleton.

use super::*;

fn refuse(kind: SegmentKind, source: &str, t: &str) -> Option<Refusal> {
    inspect(&kind, &[source], t, &BTreeMap::new())
}

#[test]
fn plain_and_inline_translations_pass() {
    for t in [
        "Hola **mundo** con `código` y [enlace](https://example.org/).",
        "Dos\nlíneas",
        "<b>inline</b> html is text",
        "1986\\. un año",
        "a | b",
        "🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F} flag",
        "\u{2067}aislado\u{2069} ok",
    ] {
        assert_eq!(
            refuse(
                SegmentKind::Paragraph,
                "Hello [link](https://example.org/)",
                t
            ),
            None,
            "{t}"
        );
    }
}

#[test]
fn block_breakouts_are_refused() {
    let cases = [
        ("a\n```\nb", "fence"),
        ("a\n~~~", "fence"),
        ("<pre>\nx", "html-block"),
        ("<!-- x", "html-block"),
        ("a\n<script>alert(1)</script>", "html-block"),
        ("[s]: https://evil.example/", "link-definition"),
        ("a\n\n[s]: https://evil.example/", "link-definition"),
        ("a\n# h", "heading"),
        ("a\n> q", "block-quote"),
        ("a\n- b", "list"),
        ("a\n\nb", "blocks"),
        ("a\n***", "rule"),
        ("[^1]: note", "footnote-definition"),
        ("\tcode", "indented-code"),
        ("| a | b |\n|---|---|", "table"),
        ("   ", "empty"),
    ];
    for (t, what) in cases {
        assert_eq!(
            refuse(SegmentKind::Paragraph, "x", t),
            Some(Refusal::Structure(what.into())),
            "{t:?}"
        );
    }
}

#[test]
fn heading_attributes_and_breaks() {
    let h = SegmentKind::Heading(2);
    assert!(matches!(
        refuse(h.clone(), "Title", "Título {onfocus=alert(1) autofocus}"),
        Some(Refusal::HeadingAttributes(_))
    ));
    assert!(matches!(
        refuse(h.clone(), "Title", "Título {#x .y}"),
        Some(Refusal::HeadingAttributes(_))
    ));
    assert_eq!(
        refuse(h.clone(), "Title", "Título\nmás"),
        Some(Refusal::Structure("line-break".into()))
    );
    assert_eq!(refuse(h, "Title", "Título con {llaves"), None);
}

#[test]
fn destinations_must_come_from_the_source() {
    let src = "See [a](./x.md) and ![i](img.png)";
    assert_eq!(
        refuse(SegmentKind::Paragraph, src, "Ver [a](x.md) e ![i](img.png)"),
        None
    );
    assert_eq!(
        refuse(
            SegmentKind::Paragraph,
            src,
            "Ver [a](https://evil.example/)"
        ),
        Some(Refusal::Destination("https://evil.example/".into()))
    );
    assert_eq!(
        refuse(SegmentKind::Paragraph, src, "<https://evil.example/>"),
        Some(Refusal::Destination("https://evil.example/".into()))
    );
    let map = BTreeMap::from([(
        "https://a.org/".to_string(),
        "https://a.org/es/".to_string(),
    )]);
    assert!(destination_allowed(
        "https://a.org/x",
        "https://a.org/es/x",
        &map
    ));
}

#[test]
fn characters_that_reorder_or_hide() {
    assert_eq!(characters("a\u{202E}b"), Some(Refusal::Bidi('\u{202E}')));
    assert_eq!(
        characters("a\u{202B}b\u{202C}"),
        Some(Refusal::Bidi('\u{202B}'))
    );
    assert_eq!(characters("a\u{2067}b"), Some(Refusal::Isolates));
    assert_eq!(characters("a\u{2069}b"), Some(Refusal::Isolates));
    assert_eq!(characters("a\u{1b}[2J"), Some(Refusal::Control('\u{1b}')));
    assert_eq!(characters("a\u{9b}b"), Some(Refusal::Control('\u{9b}')));
    assert_eq!(characters("a\rb"), Some(Refusal::Control('\r')));
    assert_eq!(characters("a\r\nb\tc"), None);
    assert_eq!(
        characters("a\u{E0041}"),
        Some(Refusal::Invisible('\u{E0041}'))
    );
    // Front matter: only characters.
    assert_eq!(
        refuse(
            SegmentKind::FrontMatter("title".into()),
            "T",
            "# not a heading"
        ),
        None
    );
}

#[test]
fn skeleton_sees_blocks_not_text() {
    let a = skeleton("# T {#x}\n\nHello *a*\n\n```\ncode\n```\n");
    let b = skeleton("# Título {#x}\n\nHola *b* más\n\n```\ncode\n```\n");
    assert_eq!(a.diverges_from(&b), None);
    let c = skeleton("# T {#y}\n\nHello\n\n```\ncode\n```\n");
    assert_eq!(a.diverges_from(&c), Some(0));
    let d = skeleton("Hello [r]\n\n[r]: https://e/\n");
    assert_eq!(d.defs.len(), 1);
    assert_eq!(d.links, [(6, "https://e/".to_string())]);
}

#[test]
fn footnote_references_stay_as_the_source_has_them() {
    let src = "A claim[^1] and another[^2].";
    let r = |t: &str| refuse(SegmentKind::Paragraph, src, t);
    assert_eq!(
        r("Otra[^2] y una afirmación[^1]."),
        None,
        "reordered is fine"
    );
    for t in [
        "Una afirmación[^1].",
        "Una[^1] y otra[^2] y[^3].",
        "Una[^1][^1] y otra[^2].",
    ] {
        assert_eq!(
            r(t),
            Some(Refusal::Structure("footnote-reference".into())),
            "{t}"
        );
    }
    assert_eq!(footnote_references("x[^a] `[^b]` [^c]"), ["a", "c"]);
}

#[test]
fn character_references_are_the_characters_they_stand_for() {
    let r = |t: &str| refuse(SegmentKind::Paragraph, "Some text.", t);
    assert_eq!(r("Un &#x202E;texto."), Some(Refusal::Bidi('\u{202E}')));
    assert_eq!(r("Un &#27;[2J texto."), Some(Refusal::Control('\u{1b}')));
    assert_eq!(r("Un &amp; texto &lt;b&gt;."), None);
}

#[test]
fn nfc_borrows_normalized_text_and_composes_the_rest() {
    use unicode_normalization::UnicodeNormalization;
    for text in [
        "plain ASCII",
        "ya compuesto: canción",
        "فارسی‌نویسی",
        "한국어",
    ] {
        assert!(matches!(nfc(text), std::borrow::Cow::Borrowed(_)), "{text}");
    }
    for text in [
        "cancio\u{301}n",
        "e\u{301}\u{323}",
        "\u{212B}ngstr\u{F6}m",
        "\u{1100}\u{1161}",
    ] {
        let expected: String = text.nfc().collect();
        assert_ne!(text, expected);
        assert_eq!(nfc(text), expected.as_str(), "{text}");
    }
}

mod fast_path {
    use super::*;
    use proptest::prelude::*;

    /// Text from letters (Latin, Persian, Arabic), digits, the punctuation a
    /// line of words takes, and the characters that begin markup.
    fn text() -> impl Strategy<Value = String> {
        proptest::collection::vec(
            prop_oneof![
                4 => proptest::sample::select(vec![
                    "a", "Z", "é", "ñ", "س", "ل", "م", "۱", "7", " ", " ", ".", ",", "'", "\"",
                    "?", "!", "(", ")", "/", "%", "-", "+", "=", "@", "¿", "«", "»", "—", "،",
                    "؟", "\u{64E}", "\u{A0}", "\u{200C}", "\t", "·", ";",
                ]),
                1 => proptest::sample::select(vec![
                    "[", "]", "^", "<", ">", "&", "#", "*", "_", "`", "~", "|", "\\", "{", "}",
                    "\n", "\r", "\t", "\u{202E}", "\u{200B}", "1. ", "- ", "    ", "[^1]",
                    "](https://evil.example/)", "&#x202E;", "{#id}",
                ]),
            ],
            0..24,
        )
        .prop_map(|parts| parts.concat())
    }

    fn kind() -> impl Strategy<Value = SegmentKind> {
        proptest::sample::select(vec![
            SegmentKind::Paragraph,
            SegmentKind::Heading(2),
            SegmentKind::ListItem,
            SegmentKind::TableCell,
            SegmentKind::BlockQuote,
            SegmentKind::Footnote,
        ])
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4000))]
        /// The verdict without parsing is the verdict with it.
        #[test]
        fn a_line_of_words_is_judged_as_the_parser_judges_it(
            kind in kind(),
            t in text(),
            source in proptest::sample::select(vec![
                "Plain words here.",
                "Words with a note[^1] and [a link](https://example.org/).",
                "Only a note[^n].",
                "An embedded \u{202E} override.",
                "A heading {#anchor}",
            ]),
        ) {
            let map = BTreeMap::new();
            prop_assert_eq!(
                inspect(&kind, &[source], &t, &map),
                inspect_parsed(&kind, &[source], &t, &map),
                "{:?} of {:?}", t, source
            );
        }
    }

    #[test]
    fn prose_is_plain_and_markup_is_not() {
        for t in [
            "Hola, mundo: (uno) dos.",
            "سلام دنیا؟",
            "Él dijo «sí» — 50 %",
        ] {
            assert!(crate::source::plain(t), "{t}");
        }
        for t in [
            "", "1. uno", "- uno", " uno", "uno\ndos", "a [b](c)", "a <b>", "a &amp;", "a\\b",
            "a{#x}", "a | b",
        ] {
            assert!(!crate::source::plain(t), "{t}");
        }
    }
}
