//! Tests of front matter, segments, ranges and directives.

use super::*;

fn keys() -> Vec<String> {
    vec!["title".into(), "description".into()]
}

fn texts(src: &str) -> Vec<(String, String)> {
    extract(src, &keys())
        .unwrap()
        .segments
        .into_iter()
        .map(|s| (s.kind.describe(), s.text))
        .collect()
}

#[test]
fn front_matter_and_body() {
    let src = "---\ntitle: My statement\ndescription: >\n  Folded\n  text\ndate: 2024\nauthor: Jane\n---\n\n## Intro\n\nI am a 10\\-year\\-old\ncommunity member.\n";
    let t = texts(src);
    assert_eq!(t[0], ("front matter: title".into(), "My statement".into()));
    assert_eq!(
        t[1],
        ("front matter: description".into(), "Folded text".into())
    );
    assert_eq!(t[2], ("heading 2".into(), "Intro".into()));
    assert_eq!(
        t[3],
        (
            "paragraph".into(),
            "I am a 10-year-old community member.".into()
        )
    );
    assert_eq!(t.len(), 4);
}

#[test]
fn front_matter_key_lines() {
    let src = "---\ntitle: A\ndescription: B\n---\nBody text.\n";
    let d = extract(src, &keys()).unwrap();
    assert_eq!(d.segments[0].line, 2);
    assert_eq!(d.segments[1].line, 3);
    assert_eq!(&src[d.segments[1].range.clone()], " B");
    assert_eq!(d.segments[2].line, 5);
}

/// YAML mistakes get ids by kind; a duplicate key is named without the
/// parser's advice for programmers.
#[test]
fn yaml_errors_by_kind() {
    let err = |fm: &str| extract(&format!("---\n{fm}\n---\n\nBody.\n"), &keys()).unwrap_err();
    let e = err("title: a\ntitle: b");
    assert_eq!((e.line, e.column), (3, 1));
    assert_eq!(e.to_string(), "3:1: front matter: `title` is given twice");
    let kind = |fm: &str| match &err(fm).message.args[0].1 {
        crate::ui::Arg::Msg(m) => m.id,
        _ => "",
    };
    assert_eq!(kind("title: [a"), "yaml-unclosed-bracket");
    assert_eq!(kind("title: a: b"), "yaml-mapping-values");
    assert_eq!(kind("- a\n- b"), "yaml-not-mapping");
    assert_eq!(kind("title: *x"), "yaml-unknown-anchor");
    assert_eq!(kind("title: a\n\tdescription: b"), "yaml-tab");
}

#[test]
fn unclosed_front_matter_is_an_error() {
    let e = extract("---\ntitle: x\n\nBody\n", &keys()).unwrap_err();
    assert!(e.to_string().contains("never closed"));
}

#[test]
fn bad_yaml_reports_line() {
    let e = extract(
        "---\ntitle: ok\ndescription: [unclosed\n---\nBody\n",
        &keys(),
    )
    .unwrap_err();
    assert!(e.line >= 3, "{e}");
}

#[test]
fn mid_document_rule_is_not_front_matter() {
    let src = "Para one.\n\n---\ntitle: no\n---\n\nPara two.\n";
    let t = texts(src);
    assert!(t.iter().any(|(_, s)| s == "Para two."));
}

#[test]
fn lists_tables_code_quotes_footnotes() {
    let src = "1. **Lead**: text\n2. Second *item*\n   continues\n\n- tight\n  - nested\n\n| A | B |\n|---|---|\n| c \\| d | `x` |\n\n```\ncode here\n```\n\n    indented code\n\n> quoted words\n\nNote[^1].\n\n[^1]: The footnote text.\n\n![alt text](img.png)\n\n<div>html block</div>\n";
    let t = texts(src);
    let want: Vec<(&str, &str)> = vec![
        ("list item", "**Lead**: text"),
        ("list item", "Second _item_ continues"),
        ("list item", "tight"),
        ("list item", "nested"),
        ("table header", "A"),
        ("table header", "B"),
        ("table cell", "c \\| d"),
        ("block quote", "quoted words"),
        ("paragraph", "Note[^1]."),
        ("footnote", "The footnote text."),
        ("paragraph", "![alt text](img.png)"),
        ("html <div>", "html block"),
    ];
    let got: Vec<(&str, &str)> = t.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    assert_eq!(got, want);
}

#[test]
fn ranges_cover_inline_content() {
    let src = "## Title {#id}\n\n- item *one*\n> quote\n> more\n";
    let d = extract(src, &keys()).unwrap();
    let r: Vec<&str> = d.segments.iter().map(|s| &src[s.range.clone()]).collect();
    assert_eq!(r, vec!["Title", "item *one*", "quote\n> more"]);
    assert_eq!(&*d.segments[1].continuation, "  ");
    assert_eq!(&*d.segments[2].continuation, "> ");
}

#[test]
fn kinds_read_back_from_notes() {
    for k in [
        SegmentKind::FrontMatter("title".into()),
        SegmentKind::Heading(3),
        SegmentKind::Paragraph,
        SegmentKind::ListItem,
        SegmentKind::TableHeader,
        SegmentKind::TableCell,
        SegmentKind::BlockQuote,
        SegmentKind::Footnote,
    ] {
        assert_eq!(SegmentKind::from_note(&k.describe()), Some(k));
    }
    assert_eq!(SegmentKind::from_note("heading x"), None);
    assert_eq!(SegmentKind::of_notes(&["a translator's note".into()]), None);
}

#[test]
fn directives() {
    let src = "<!-- dragoman: skip -->\nSkipped.\n\n<!-- dragoman: context menu -->\nOpen\n\n<!-- dragoman: comment Keep it short -->\nShort.\n";
    let d = extract(src, &keys()).unwrap();
    assert_eq!(d.segments.len(), 2);
    assert_eq!(d.segments[0].context.as_deref(), Some("menu"));
    assert_eq!(d.segments[1].comment.as_deref(), Some("Keep it short"));
}

#[test]
fn ids_are_fluent_identifiers() {
    for t in ["Hello world", "۱۲۳ سلام", "2024 plans", "", "a"] {
        let id = segment_id(None, t);
        assert!(id.starts_with(|c: char| c.is_ascii_alphabetic()), "{id}");
        assert!(
            id.chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        );
    }
    assert_ne!(segment_id(None, "a"), segment_id(Some("x"), "a"));
    assert_eq!(
        segment_id(None, "Hello world, again"),
        segment_id(None, "Hello world, again")
    );
}

/// pulldown-cmark's range of a collapsed reference link (`[x][]`) in a table
/// cell stops before `[]`: the segment covers it anyway (found on rust-blog).
#[test]
fn collapsed_reference_in_a_table_cell_is_covered() {
    let src = "| a |\n|---|\n| [team#589][] |\n\n[team#589]: https://e.org/2\n";
    let d = extract(src, &[]).unwrap();
    assert_eq!(&src[d.segments[1].range.clone()], "[team#589][]");
}

#[test]
fn a_long_statement_normalizes_its_leaves_in_parallel_in_order() {
    // More leaves than the parallel threshold, with raw HTML text (whose
    // segments are not deferred) between them and reference links resolved.
    let mut src = String::from("# Title\n\n");
    for i in 0..1500 {
        src.push_str(&format!("- Item _{i}_\n  on [two][r] lines\n"));
        if i % 500 == 0 {
            src.push_str(&format!("\n<p>Raw block {i}</p>\n\n"));
        }
    }
    src.push_str("\n[r]: https://example.org/r\n");
    let doc = extract(&src, &keys()).unwrap();
    let got: Vec<&str> = doc.segments.iter().map(|s| s.text.as_str()).collect();
    let mut want = vec!["Title".to_string()];
    for i in 0..1500 {
        want.push(format!("Item _{i}_ on [two](https://example.org/r) lines"));
        if i % 500 == 0 {
            want.push(format!("Raw block {i}"));
        }
    }
    assert_eq!(got, want);
    let lines: Vec<u32> = doc.segments.iter().map(|s| s.line).collect();
    assert!(lines.windows(2).all(|w| w[0] < w[1]), "in source order");
}

/// A statement holds a segment per block, a long one a million: what few
/// segments have (a context, a comment, an HTML element's name) is boxed
/// text, and positions are 32 bits.
#[test]
fn a_segment_stays_small() {
    let size = std::mem::size_of::<Segment>();
    assert!(size <= 136, "{size} bytes");
}
