//! Splicing, rendering and page tests.

use super::*;
use crate::catalog::Message;
use crate::source::{extract, yaml_quote};

fn catalog(pairs: &[(&str, &str, bool)]) -> Catalog {
    Catalog {
        header: None,
        messages: pairs
            .iter()
            .map(|(s, t, stale)| {
                let mut m = Message::new(None, s.to_string());
                m.translation = vec![t.to_string()];
                m.stale = *stale;
                m
            })
            .collect(),
    }
}

#[test]
fn a_stale_translation_may_keep_its_previous_links() {
    let src = "See [the guide](new.md) today.\n";
    let doc = crate::source::extract(src, &[]).unwrap();
    let mut cat = catalog(&[(
        "See [the guide](new.md) today.",
        "Mira [la guía](old.md) hoy.",
        true,
    )]);
    // Made from a previous source that linked to old.md: the maintainers' link.
    cat.messages[0].previous = Some(Box::new(crate::catalog::Previous {
        source: "See [the guide](old.md) today.".into(),
        ..Default::default()
    }));
    let l = localize(src, &doc, Some(&cat));
    assert!(l.refused.is_empty(), "{:?}", l.refused);
    assert!(l.markdown.contains("Mira [la guía](old.md) hoy."));
    // A link neither source had is refused.
    cat.messages[0].translation = vec!["Mira [la guía](https://evil.example/) hoy.".into()];
    let l = localize(src, &doc, Some(&cat));
    assert_eq!(l.refused.len(), 1);
    assert_eq!(l.markdown, src);
}

#[test]
fn splices_and_keeps_untouched_bytes() {
    let src = "---\ntitle: Hello\ndate: 2024-01-01 # kept\n---\n\n## Intro  \n\n- item *one*\n  continues\n- untranslated\n\n| A | B |\n|---|--:|\n| x | y |\n";
    let keys = vec!["title".to_string()];
    let doc = extract(src, &keys).unwrap();
    let cat = catalog(&[
        ("Hello", "Hola: \"mundo\"", false),
        ("Intro", "Introducción", false),
        ("item _one_ continues", "elemento _uno_\\\nsigue", false),
        ("x", "a|b", false),
    ]);
    let l = localize(src, &doc, Some(&cat));
    assert_eq!(
        l.markdown,
        "---\ntitle: \"Hola: \\\"mundo\\\"\"\ndate: 2024-01-01 # kept\n---\n\n## Introducción  \n\n- elemento _uno_\\\n  sigue\n- untranslated\n\n| A | B |\n|---|--:|\n| a\\|b | y |\n"
    );
    assert_eq!((l.translated, l.stale), (4, 0));
    assert_eq!(l.title.as_deref(), Some("Hola: \"mundo\""));
}

#[test]
fn stale_note_after_front_matter() {
    let src = "---\ntitle: Hello\n---\nBody text.\n";
    let doc = extract(src, &["title".to_string()]).unwrap();
    let cat = catalog(&[("Body text.", "Texto.", true)]);
    let l = localize(src, &doc, Some(&cat));
    assert_eq!(l.markdown, "---\ntitle: Hello\n---\nTexto.\n");
    assert_eq!(
        with_note(&l.markdown, "Outdated"),
        "---\ntitle: Hello\n---\n> Outdated\n\nTexto.\n"
    );
    assert_eq!(l.stale, 1);
}

#[test]
fn html_is_safe_and_code_ltr() {
    let h = render_html(
        "Text `a < b` <script>alert(1)</script>\n\n```rust\nfn x() {}\n```\n\n<!-- c -->\n<iframe src=x></iframe>\n",
    );
    assert!(h.contains("<code dir=\"ltr\">a &lt; b</code>"), "{h}");
    assert!(!h.contains("<script>"), "{h}");
    assert!(!h.contains("<iframe"), "{h}");
    assert!(
        h.contains("<pre dir=\"ltr\"><code class=\"language-rust\">"),
        "{h}"
    );
    assert!(!h.contains("<!--"));
}

#[test]
fn fallback_blocks_are_marked_ltr() {
    let src = "## Title\n\nUntranslated para.\n\n- item one\n- item two\n\nDone.\n";
    let doc = extract(src, &[]).unwrap();
    let cat = catalog(&[
        ("Title", "عنوان", false),
        ("item one", "مورد", false),
        ("Done.", "تمام.", false),
    ]);
    let l = localize(src, &doc, Some(&cat));
    assert_eq!(l.fallback.len(), 2);
    let h = render_html_marked(&l.markdown, &l.fallback, "en", true);
    assert!(h.contains("<h2 id=\"عنوان\">عنوان</h2>"), "{h}");
    assert!(
        h.contains("<p lang=\"en\" dir=\"ltr\">Untranslated para.</p>"),
        "{h}"
    );
    assert!(h.contains("<li>مورد</li>"), "{h}");
    assert!(
        h.contains("<li lang=\"en\" dir=\"ltr\">item two</li>"),
        "{h}"
    );
    assert!(h.contains("<p>تمام.</p>"), "{h}");
    assert!(!render_html_marked("<b onclick=x>hi</b>\n", &[], "en", true).contains("<b"));
}

#[test]
fn ltr_islands_isolate_weak_edges() {
    let wrapped = |t: &str| -> Vec<String> {
        ltr_islands(t)
            .into_iter()
            .filter(|(l, _)| *l)
            .map(|(_, s)| s.to_string())
            .collect()
    };
    assert_eq!(wrapped("با C++ کار می‌کنم."), vec!["C++"]);
    assert_eq!(wrapped("ما را در @pycon دنبال کنید"), vec!["@pycon"]);
    assert_eq!(wrapped("برچسب #PyConUS2018 است"), vec!["#PyConUS2018"]);
    assert_eq!(
        wrapped("نشانی https://example.org/ را ببینید"),
        vec!["https://example.org/"]
    );
    assert_eq!(wrapped("دما -5 درجه"), vec!["-5"]);
    assert_eq!(wrapped("نسخهٔ v3.12 آمد."), vec!["v3.12"]);
    // Strong at both ends: nothing to do. Trailing sentence punctuation stays outside.
    assert!(wrapped("بنیاد Python Software Foundation است.").is_empty());
    assert!(wrapped("در PyCon.").is_empty());
    assert_eq!(wrapped("زبان C++.")[0], "C++");
    // Adjacent Latin words form one run.
    assert_eq!(wrapped("از C and C++ استفاده"), vec!["C and C++"]);
    // A bracket or quote pair is never split: pairs around the run stay
    // outside it (the bidi algorithm pairs them), pairs inside stay inside.
    assert!(wrapped("درخواست (RFI) را بفرستید").is_empty());
    assert!(wrapped("طبق [PEP 8] بنویسید").is_empty());
    assert!(wrapped("ببینید RFI.").is_empty());
    assert_eq!(wrapped("زبان «C++» را"), vec!["C++"]);
    assert_eq!(wrapped("زبان (C++) را"), vec!["C++"]);
    assert_eq!(wrapped("تابع \"@x\" را"), vec!["@x"]);
    assert_eq!(wrapped("با f(x) کار"), vec!["f(x)"]);
    assert_eq!(wrapped("با -f(x) کار"), vec!["-f(x)"]);
    assert_eq!(wrapped("(یک RFI) و (RFI یک)"), Vec::<String>::new());
    assert!(wrapped("(see @foo) دیدن").is_empty());
    assert_eq!(wrapped("(@foo) دیدن"), vec!["@foo"]);
    for t in [
        "(RFI)", "[PEP 8]", "«C++»", "(C++)", "a (b) c", "((x", "x))", "\"q", "(", "«»",
    ] {
        for (_, piece) in ltr_islands(&format!("ا {t} ب"))
            .into_iter()
            .filter(|(l, _)| *l)
        {
            for (o, c) in [('(', ')'), ('[', ']'), ('«', '»')] {
                assert_eq!(
                    piece.matches(o).count(),
                    piece.matches(c).count(),
                    "{t}: {piece}"
                );
            }
        }
    }
    // Plain numbers and RTL text are left alone; pieces cover the whole text.
    assert!(wrapped("۲۰۱۹ و 2019").is_empty());
    let t = "الف C++ ب";
    assert_eq!(
        ltr_islands(t).iter().map(|(_, s)| *s).collect::<String>(),
        t
    );
}

#[test]
fn unsafe_urls_are_neutralized() {
    for bad in [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        " javascript:x",
        "java\tscript:x",
        "data:text/html,x",
        "vbscript:x",
    ] {
        assert!(!safe_url(bad), "{bad:?}");
    }
    for good in [
        "https://example.org/a:b",
        "http://x",
        "mailto:a@b.org",
        "../x.html",
        "#top",
        "x.html?q=a:b",
        "./page:1",
    ] {
        assert!(safe_url(good), "{good:?}");
    }
    let h = render_html(
        "[click](javascript:alert(1)) ![x](javascript:alert(2)) <a href=\"javascript:x\">y</a> <iframe src=x></iframe> <img src=x onerror=alert(1)>\n",
    );
    let lower = h.to_lowercase();
    assert!(
        !lower.contains("<a href=\"javascript") && !lower.contains("<img src=\"javascript"),
        "{h}"
    );
    assert!(
        !lower.contains(" onerror=alert(1)>"),
        "raw HTML is escaped text: {h}"
    );
    assert!(
        !h.contains("<iframe") && !h.contains("<img src=x") && !h.contains("<a href=\"javascript"),
        "{h}"
    );
    assert!(h.contains("<a href=\"#\">click</a>"), "{h}");
}

#[test]
fn table_alignment_is_logical() {
    let h = render_html("| a | b |\n|:--|--:|\n| x | y |\n");
    assert!(
        h.contains("text-align: start") && h.contains("text-align: end"),
        "{h}"
    );
    assert!(!h.contains("text-align: left"));
}

#[test]
fn rtl_pages_wrap_islands_in_html() {
    let h = render_html_marked("با C++ و `x++` و ![C++ logo](c.png)\n", &[], "en", true);
    assert!(
        h.contains("با <span dir=\"ltr\">C++</span> و <code dir=\"ltr\">x++</code>"),
        "{h}"
    );
    assert!(h.contains("alt=\"C++ logo\""), "alt text untouched: {h}");
    let ltr = render_html_marked("With C++\n", &[], "en", false);
    assert!(!ltr.contains("<span"));
}

/// A code block is left-to-right as a whole: its text takes no islands (a
/// highlighter would see the markup as code).
#[test]
fn rtl_code_blocks_take_no_islands() {
    let md = "با u32 و C++\n\n```rust\nlet x: u32 = -5; // C++\n```\n\n    fn f() -> u32\n";
    let h = render_html_marked(md, &[], "en", true);
    assert!(
        h.contains("با <span dir=\"ltr\">"),
        "prose keeps its islands: {h}"
    );
    let code = &h[h.find("<pre").unwrap()..];
    assert!(!code.contains("<span"), "{h}");
    assert!(
        code.contains("let x: u32 = -5; // C++") && code.contains("fn f() -&gt; u32"),
        "{h}"
    );
}

#[test]
fn rtl_title_gets_rlm() {
    assert_eq!(
        title_for(Direction::Rtl, "PyCon در ایران"),
        "\u{200F}PyCon در ایران"
    );
    assert_eq!(title_for(Direction::Rtl, "ایران"), "ایران");
    assert_eq!(title_for(Direction::Ltr, "PyCon"), "PyCon");
}

#[test]
fn yaml_quoting_round_trips() {
    for s in [
        "plain",
        "a: b",
        "# not comment",
        "\"quoted\" \\ back",
        "line\nbreak",
        "- item",
        "yes",
        "سلام «دنیا»",
        // Controls, C1 and DEL are not printable YAML: escaped.
        "esc \u{1b}]0;x\u{7} c1 \u{9b} \u{85} del \u{7f}",
    ] {
        let y = format!("k: {}\n", yaml_quote(s));
        assert!(!y.contains(|c: char| c.is_control() && c != '\n'), "{y:?}");
        let v: std::collections::BTreeMap<String, String> = serde_saphyr::from_str(&y).unwrap();
        assert_eq!(v["k"], s);
    }
}

/// Raw HTML: the statement's own is rendered through the allow-list; what a
/// translation brings is text, unless it is a tag its source has.
#[test]
fn raw_html_of_statements_renders_and_of_translations_does_not() {
    let src = "Intro with <b>bold</b> words <img src=\"i.png\" alt=\"an icon\">.\n\n<table class=\"caption\"><tr><td><img src=\"a.png\" alt=\"Pier\"></td></tr></table>\n\n<script>alert(1)</script>\n\nPlain paragraph.\n";
    let doc = extract(src, &[]).unwrap();
    let cat = catalog(&[
        (
            "Intro with <b>bold</b> words <img src=\"i.png\" alt=\"an icon\">.",
            "Intro con <b>negrita</b> y <i onclick=\"x()\">más</i> <img src=\"i.png\" alt=\"un icono\">.",
            false,
        ),
        (
            "Plain paragraph.",
            "Párrafo <img src=x onerror=alert(1)> simple.",
            false,
        ),
    ]);
    let html = sanitized_page(src, &doc, &cat);
    assert!(
        html.contains("<b>negrita</b>"),
        "the source's own tag: {html}"
    );
    assert!(
        html.contains("<img src=\"i.png\" alt=\"un icono\">"),
        "the source's own tag, its alt text translated: {html}"
    );
    assert!(
        html.contains("&lt;i onclick"),
        "a tag the source lacks is text: {html}"
    );
    assert!(html.contains("&lt;img src=x onerror"), "{html}");
    assert!(
        !html.contains("onerror=\"") && !html.contains("<i "),
        "{html}"
    );
    assert!(
        html.contains("<table class=\"caption\">")
            && html.contains("<img src=\"a.png\" alt=\"Pier\">"),
        "{html}"
    );
    assert!(
        !html.contains("<script") && !html.contains("alert(1)</"),
        "{html}"
    );
    // Without a sanitizer every raw HTML is text (as before).
    let plain = render_html(src);
    assert!(
        plain.contains("&lt;table") && !plain.contains("<table"),
        "{plain}"
    );
}

/// Text in raw HTML is translated in place: tags stay, the translation is
/// escaped into its place (never markup), unquoted attribute values get quotes.
#[test]
fn text_in_raw_html_is_translated_in_place() {
    let src = "<table class=\"caption\">\n<tr><td><img src=\"a.png\" alt=\"A pier\"></td></tr>\n<tr><td>The light\n  flashes.</td></tr>\n</table>\n\n<p title=tip>Tip text</p>\n";
    let doc = extract(src, &[]).unwrap();
    let kinds: Vec<String> = doc.segments.iter().map(|s| s.kind.describe()).collect();
    assert_eq!(
        kinds,
        ["html <img alt>", "html <td>", "html <p title>", "html <p>"]
    );
    let cat = catalog(&[
        ("A pier", "Un \"muelle\"", false),
        (
            "The light flashes.",
            "La luz </td><script>x()</script> parpadea.",
            false,
        ),
        ("tip", "consejo onclick=x()", false),
        ("Tip text", "Texto del consejo", false),
    ]);
    let loc = localize_with(src, &doc, Some(&cat), Guard::default());
    assert!(loc.refused.is_empty(), "{:?}", loc.refused);
    assert_eq!(
        loc.markdown,
        "<table class=\"caption\">\n<tr><td><img src=\"a.png\" alt=\"Un &quot;muelle&quot;\"></td></tr>\n<tr><td>La luz &lt;/td&gt;&lt;script&gt;x()&lt;/script&gt; parpadea.</td></tr>\n</table>\n\n<p title=\"consejo onclick=x()\">Texto del consejo</p>\n"
    );
    let sanitizer = Sanitizer::default();
    let html = render_body(
        &loc.markdown,
        &Render {
            sanitizer: Some(&sanitizer),
            ..Render::default()
        },
    );
    assert!(!html.contains("<script"), "{html}");
    assert!(
        html.contains("<p title=\"consejo onclick=x()\">"),
        "words of one value: {html}"
    );
    assert!(html.contains("alt=\"Un &quot;muelle&quot;\""), "{html}");
}

/// Text of raw HTML left in English on a Persian page reads left to right;
/// untranslated attribute values are left alone.
#[test]
fn untranslated_html_text_is_marked_with_its_language() {
    let src = "<table>\n<tr><td><img src=\"a.png\" alt=\"A pier\"></td><td>The light\n  flashes.</td></tr>\n<tr><td>Night.</td></tr>\n</table>\n";
    let doc = extract(src, &[]).unwrap();
    let cat = catalog(&[("Night.", "شب.", false)]);
    let loc = localize_with(src, &doc, Some(&cat), Guard::default());
    assert_eq!(loc.fallback_html.len(), 1, "the td, not the alt: {loc:?}");
    let sanitizer = Sanitizer::default();
    let html = render_body(
        &loc.markdown,
        &Render {
            fallback_html: &loc.fallback_html,
            source_lang: "en",
            rtl: true,
            sanitizer: Some(&sanitizer),
            ..Render::default()
        },
    );
    assert!(
        html.contains("<td><span lang=\"en\" dir=\"ltr\">The light\n  flashes.</span></td>"),
        "{html}"
    );
    assert!(
        html.contains("<td>شب.</td>") && html.contains("alt=\"A pier\""),
        "{html}"
    );
}

#[test]
fn noscript_content_is_shown() {
    let sanitizer = Sanitizer::default();
    let html = render_body(
        "<div><NoScript>\n<img alt=\"chart\" src=\"c.png\"/>\n</noscript></div>\n",
        &Render {
            sanitizer: Some(&sanitizer),
            ..Render::default()
        },
    );
    assert!(
        html.contains("<img alt=\"chart\" src=\"c.png\">") && !html.contains("&lt;"),
        "{html}"
    );
}

/// A catalog where "Part one." covers "Part two." (a split paragraph).
fn split_catalog(covering: &str) -> Catalog {
    let mut cat = catalog(&[
        ("Part one.", covering, true),
        ("Part two.", "", false),
        ("Part three.", "", false),
    ]);
    cat.messages[0].previous = Some(Box::new(crate::catalog::Previous {
        source: "Part one. Part two. See [the site](https://example.org/).".into(),
        ..Default::default()
    }));
    cat.messages[0]
        .comments
        .push("dragoman: covers the next paragraph".into());
    for m in &mut cat.messages[1..] {
        m.comments
            .push("dragoman: covered by the paragraph before".into());
    }
    cat
}

#[test]
fn a_covered_paragraph_leaves_the_page_only_right_after_its_cover() {
    let src = "Part one.\n\nPart two.\n\n- a list\n\nPart three.\n";
    let doc = extract(src, &[]).unwrap();
    let cat = split_catalog("Uno. Dos. Ver [el sitio](https://example.org/).");
    let l = localize(src, &doc, Some(&cat));
    assert!(l.refused.is_empty(), "{:?}", l.refused);
    // Part two is shown by the cover; part three is not adjacent: it stays.
    assert_eq!(
        l.markdown,
        "Uno. Dos. Ver [el sitio](https://example.org/).\n\n\n\n- a list\n\nPart three.\n"
    );
    assert_eq!((l.translated, l.stale), (2, 2));
    // A refused cover covers nothing: every part shows its source.
    let cat = split_catalog("Uno. Ver [el sitio](https://evil.example/).");
    let l = localize(src, &doc, Some(&cat));
    assert_eq!(l.refused.len(), 1);
    assert_eq!(l.markdown, src);
    // A cover that is no longer stale covers nothing either.
    let mut cat = split_catalog("Uno.");
    cat.messages[0].stale = false;
    assert_eq!(
        localize(src, &doc, Some(&cat)).markdown,
        src.replace("Part one.", "Uno.")
    );
}

/// The page of `src` translated by `cat`, raw HTML sanitized as the build
/// does it.
fn sanitized_page(src: &str, doc: &Document, cat: &Catalog) -> String {
    let loc = localize_with(src, doc, Some(cat), Guard::default());
    render_body(
        &loc.markdown,
        &Render {
            foreign_html: &loc.foreign_html,
            sanitizer: Some(&Sanitizer::default()),
            ..Render::default()
        },
    )
}

/// A translator's bidi workaround (`<span dir=ltr>C++</span>`) is dropped:
/// the words stay, no tag shows as text; any other foreign tag still does.
#[test]
fn a_translations_direction_span_is_dropped() {
    let src = "We use C++ and `x`.\n";
    let doc = extract(src, &[]).unwrap();
    let cat = catalog(&[(
        "We use C++ and `x`.",
        "ما از <span dir=ltr>C++</span> و <bdi>`x`</bdi> و <u>این</u> استفاده می‌کنیم.",
        false,
    )]);
    let html = sanitized_page(src, &doc, &cat);
    assert!(html.contains("C++"), "{html}");
    assert!(
        !html.contains("span dir=ltr") && !html.contains("bdi&gt;"),
        "{html}"
    );
    assert!(html.contains("&lt;u&gt;"), "another tag is text: {html}");
}

/// Blocks find their fallback and stale ranges whatever order the ranges
/// come in, and a page of many untranslated blocks marks each of them.
#[test]
fn fallback_and_stale_blocks_are_found_in_any_order() {
    let md: String = (0..300)
        .map(|i| format!("- Item {i} of the list.\n"))
        .collect();
    let starts: Vec<usize> = md.match_indices("Item").map(|(at, _)| at).collect();
    let range = |at: usize| at..at + md[at..].find('\n').unwrap();
    let fallback: Vec<_> = starts
        .iter()
        .rev()
        .step_by(2)
        .map(|&at| range(at))
        .collect();
    let stale: Vec<_> = starts
        .iter()
        .rev()
        .skip(1)
        .step_by(2)
        .map(|&at| range(at))
        .collect();
    let html = render_body(
        &md,
        &Render {
            fallback: &fallback,
            stale: &stale,
            stale_note: "(old)",
            source_lang: "en",
            ..Render::default()
        },
    );
    assert_eq!(
        html.matches("<li lang=\"en\" dir=\"ltr\">").count(),
        150,
        "{html}"
    );
    assert_eq!(html.matches("class=\"stale\"").count(), 150, "{html}");
    assert_eq!(html.matches("(old)").count(), 150);
}

/// On a page of many linked items, each translation's links are checked
/// against its own segment's: the one that brings a new destination is
/// refused, wherever it stands, and only it.
#[test]
fn each_segment_of_a_long_page_is_checked_for_its_own_links() {
    let src: String = (0..400)
        .map(|i| format!("- Item {i}, see [page {i}](p{i}.md).\n"))
        .collect();
    let doc = extract(&src, &[]).unwrap();
    let pairs: Vec<(String, String)> = (0..400)
        .map(|i| {
            let dest = if i == 333 {
                "https://evil.example/".to_string()
            } else {
                format!("p{i}.md")
            };
            (
                format!("Item {i}, see [page {i}](p{i}.md)."),
                format!("Elemento {i}, ver [página {i}]({dest})."),
            )
        })
        .collect();
    let pairs: Vec<(&str, &str, bool)> = pairs
        .iter()
        .map(|(s, t)| (s.as_str(), t.as_str(), false))
        .collect();
    let l = localize(&src, &doc, Some(&catalog(&pairs)));
    assert_eq!(l.refused.len(), 1, "{:?}", l.refused);
    assert!(l.markdown.contains("- Item 333, see [page 333](p333.md)."));
    assert!(
        l.markdown
            .contains("- Elemento 332, ver [página 332](p332.md).")
    );
    assert!(
        l.markdown
            .contains("- Elemento 334, ver [página 334](p334.md).")
    );
}
