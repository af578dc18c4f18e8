//! Identity property: when every translation equals its source text, the built
//! Markdown renders like the source (soft line breaks count as spaces, since
//! segments are normalized to one line).

use std::path::Path;

use dragoman::build::{body_of, localize};
use dragoman::catalog::Catalog;
use dragoman::source::{extract, markdown_options};
use pulldown_cmark::{CowStr, Event, Parser};

/// HTML of a Markdown body, with soft breaks rendered as spaces.
fn html(md: &str) -> String {
    let events = Parser::new_ext(md, markdown_options()).map(|e| match e {
        Event::SoftBreak => Event::Text(CowStr::Borrowed(" ")),
        e => e,
    });
    let mut out = String::new();
    pulldown_cmark::html::push_html(&mut out, events);
    // Spaces before a line break are never displayed (a segment's text does
    // not keep them).
    while out.contains(" <br />") {
        out = out.replace(" <br />", "<br />");
    }
    out
}

/// Returns None when the document round-trips, or a description of the first difference.
fn check(src: &str, keys: &[String]) -> Option<String> {
    let doc = match extract(src, keys) {
        Ok(d) => d,
        Err(e) => return Some(format!("extract failed: {e}")),
    };
    let catalog =
        Catalog::template("identity", &[("", &doc)], |_, _| None).translated_by(str::to_string);
    let built = localize(src, &doc, Some(&catalog));
    if built.translated != doc.segments.len() {
        return Some(format!(
            "{} of {} segments spliced",
            built.translated,
            doc.segments.len()
        ));
    }
    let (a, b) = (html(body_of(src)), html(body_of(&built.markdown)));
    if a == b {
        return None;
    }
    let (a, b) = (a.lines().collect::<Vec<_>>(), b.lines().collect::<Vec<_>>());
    let i = a
        .iter()
        .zip(&b)
        .position(|(x, y)| x != y)
        .unwrap_or(a.len().min(b.len()));
    Some(format!(
        "HTML line {}: source {:?} vs built {:?}",
        i + 1,
        a.get(i),
        b.get(i)
    ))
}

use crate::corpus as support;

#[test]
fn sample_statements_round_trip() {
    let keys = vec!["title".to_string(), "description".to_string()];
    let files = support::md_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("statements"));
    assert!(files.len() >= 4);
    for f in files {
        let src = std::fs::read_to_string(&f).unwrap();
        assert_eq!(check(&src, &keys), None, "{}", f.display());
    }
}

#[test]
fn tricky_documents_round_trip() {
    let keys = vec!["title".to_string()];
    let docs = [
        "* a\n* b\n\n  continued *para*\n\n  > quoted\n  > lines\n",
        "1. one\n   two\n2. **three**\n\n   para in item\n",
        "| a \\| b | `c\\|d` |\n|---|:-:|\n| *x* | [y](z) |\n",
        "Line with hard break  \nnext line\\\nthird\n",
        "> - quoted list\n>   continued\n> - second\n",
        "Text with \\*not emphasis\\* and 1\\. and \\# hash\n\n\\- not a list\n",
        "# Heading with `code` and [link](http://x \"t\")\n\nSetext\n======\n",
        "Footnote[^a].\n\n[^a]: Body of the\n    footnote.\n",
        "- [ ] task one\n- [x] task two\n",
        "![alt *text*](img.png \"title\") after\n",
        "<div>\nhtml\n</div>\n\nText <b>inline</b> html.\n",
        "    indented code\n\nafter\n",
        "Term  \n    not code because continuation\n",
        "***bold-italic***\nfollowed by text\n",
        "Ends with backslash\\\n",
        "1) paren list\n2) second\n",
        "~~strike~~ and _under_ and __strong__\n",
        // Found by fuzzing: content that starts with white space other than a space.
        "\u{c}Form feed first.\n",
        "\u{a0}No-break space first.\n",
        "- \u{a0}item\n",
        "# Heading with a trailing tab\t\n",
        "title\r\u{b}\r\n",
    ];
    for d in docs {
        assert_eq!(check(d, &keys), None, "{d:?}");
    }
}

/// The real corpus (CI has ../shared): report how many files differ; the goal is 0.
#[test]
fn comprehensive_rust_corpus_round_trips() {
    let Some(corpus) = support::corpus() else {
        return;
    };
    let root = corpus.join("src");
    let keys = vec!["title".to_string(), "description".to_string()];
    let files = support::md_files(&root);
    let mut failures = Vec::new();
    for f in &files {
        let src = std::fs::read_to_string(f).unwrap();
        if let Some(why) = check(&src, &keys) {
            failures.push(format!("{}: {why}", f.display()));
        }
    }
    eprintln!("identity: {} files, {} differ", files.len(), failures.len());
    assert!(files.len() >= 500);
    assert!(
        failures.is_empty(),
        "{} files differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// The rust-blog corpus (TOML front matter, raw HTML): every post builds with
/// every translation equal to its source, and renders the same. The issue's
/// bar is 99 %; the posts that differ are listed.
#[test]
fn rust_blog_round_trips() {
    let Some(blog) = support::rust_blog() else {
        return;
    };
    let keys = vec!["title".to_string(), "description".to_string()];
    let files = support::md_files(&blog.join("content"));
    let mut failures = Vec::new();
    for f in &files {
        let src = std::fs::read_to_string(f).unwrap();
        if let Some(why) = check(&src, &keys) {
            failures.push(format!("{}: {why}", f.display()));
        }
    }
    eprintln!("identity: {} posts, {} differ", files.len(), failures.len());
    assert!(files.len() >= 750);
    assert!(
        failures.is_empty(),
        "{} posts differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
