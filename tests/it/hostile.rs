//! The hostile-catalog corpus: translations written by an attacker (script
//! vectors, attribute lists, structure break-outs, bidi, control characters)
//! go through `check` and `build`. For every case `check` reports an error on
//! the entry, no script, handler or foreign attribute reaches the page, and
//! every other part of the page is byte-identical to a build where the same
//! segment holds a harmless translation.

use crate::project::dragoman_uncached as dragoman;
use std::fs;

const STATEMENT: &str = include_str!("../fixtures/hostile/statement.md");

/// The segment a case attacks: its source text and its `#.` note.
#[derive(Clone, Copy)]
enum Target {
    Title,
    Heading,
    Paragraph,
    Item,
    Quote,
    Cell,
}

impl Target {
    /// The source text in statement number `n` (every statement's texts are
    /// its own, so no translation is reused from another statement).
    fn source(self, n: usize) -> String {
        match self {
            Target::Title => "A statement under attack N",
            Target::Heading => "Plan N",
            Target::Paragraph => "The plan N is simple and [clear](https://example.org/plan).",
            Target::Item => "First item N of the list",
            Target::Quote => "A quoted line N of text.",
            Target::Cell => "Chair N of the board",
        }
        .replace('N', &format!("n{n}"))
    }

    fn note(self) -> &'static str {
        match self {
            Target::Title => "front matter: title",
            Target::Heading => "heading 2",
            Target::Paragraph => "paragraph",
            Target::Item => "list item",
            Target::Quote => "block quote",
            Target::Cell => "table cell",
        }
    }
}

use Target::*;

/// (target, hostile translation)
const CASES: &[(Target, &str)] = &[
    // Script and handlers as raw HTML.
    (Paragraph, "<script>alert(1)</script>"),
    (Paragraph, "Texto <script>alert(1)</script>"),
    (Paragraph, "Texto\n<script>alert(1)</script>"),
    (Paragraph, "<img src=x onerror=alert(1)>"),
    (Paragraph, "Texto <img src=x onerror=alert(1)>"),
    (Paragraph, "Texto <svg onload=alert(1)>"),
    (
        Paragraph,
        "Texto\n<iframe src=\"javascript:alert(1)\"></iframe>",
    ),
    (
        Paragraph,
        "Texto <iframe src=https://evil.example/></iframe>",
    ),
    (Paragraph, "Texto <a href=javascript:alert(1)>clic</a>"),
    (
        Paragraph,
        "Texto <a href=\"https://evil.example/\">clic</a>",
    ),
    (Paragraph, "<details open ontoggle=alert(1)>Texto"),
    (
        Paragraph,
        "Texto <math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
    ),
    (
        Paragraph,
        "Texto <form action=https://evil.example/><button>ok</button></form>",
    ),
    (Paragraph, "Texto <base href=https://evil.example/>"),
    (
        Paragraph,
        "Texto <meta http-equiv=refresh content=\"0;url=https://evil.example/\">",
    ),
    (
        Paragraph,
        "Texto <object data=javascript:alert(1)></object>",
    ),
    (
        Paragraph,
        "Texto <link rel=stylesheet href=https://evil.example/x.css>",
    ),
    (Paragraph, "Texto <style>body{display:none}</style>"),
    (
        Paragraph,
        "Texto <div style=\"position:fixed;inset:0\">tapa</div>",
    ),
    // Links and images to elsewhere.
    (Paragraph, "[clic](javascript:alert(1))"),
    (Paragraph, "[clic](JaVaScRiPt:alert(1))"),
    (Paragraph, "[clic](&#106;avascript:alert(1))"),
    (Paragraph, "<javascript:alert(1)>"),
    (Paragraph, "![x](javascript:alert(1))"),
    (Paragraph, "Texto ![x](https://tracker.example/pixel.gif)"),
    (Paragraph, "Texto [claro](https://evil.example/)"),
    (Paragraph, "Texto <https://evil.example/>"),
    (Paragraph, "[x][s]\n\n[s]: https://evil.example/"),
    (Paragraph, "[s]: https://evil.example/"),
    (Paragraph, "Texto\n\n[docs]: https://evil.example/"),
    (Paragraph, "[docs]: https://evil.example/"),
    // Blocks that swallow or change the rest of the page.
    (Paragraph, "Texto\n```\n"),
    (Paragraph, "Texto\n~~~"),
    (Paragraph, "```js\nalert(1)\n```"),
    (Paragraph, "Texto\n<pre>"),
    (Paragraph, "Texto\n<!--"),
    (Paragraph, "<!-- oculto"),
    (Paragraph, "Texto\n<textarea>"),
    (Paragraph, "Texto\n<div>"),
    (Paragraph, "Texto\n\n# Encabezado falso"),
    (Paragraph, "Texto\n# Falso"),
    (Paragraph, "Texto\n> cita"),
    (Paragraph, "Texto\n- elemento"),
    (Paragraph, "Texto\n1. elemento"),
    (Paragraph, "Texto\n***"),
    (Paragraph, "Texto\n==="),
    (Paragraph, "Texto\n---"),
    (Paragraph, "Texto\n| a | b |\n|---|---|"),
    (Paragraph, "Texto\n[^9]: nota"),
    (Paragraph, "\tcódigo"),
    // Bidi controls, control and invisible characters.
    (Paragraph, "Texto \u{202E}lanif"),
    (Paragraph, "Texto \u{202B}abc"),
    (Paragraph, "\u{202D}10 20 30\u{202C}"),
    (Paragraph, "Texto \u{2067}abierto"),
    (Paragraph, "Texto \u{2069} cerrado"),
    (Paragraph, "Texto \u{1b}]0;pwned\u{7}"),
    (Paragraph, "Texto \u{1b}[2J"),
    (Paragraph, "Texto \u{9b}31m"),
    (Paragraph, "Texto \u{8}\u{8}\u{8}"),
    (Paragraph, "Texto\u{E0001}\u{E0041}\u{E0042}"),
    // Headings: attribute lists and breaks.
    (Heading, "Plan {onfocus=alert(1) autofocus}"),
    (Heading, "Plan {style=\"position:fixed;top:0\"}"),
    (Heading, "Plan {#main .evil}"),
    (Heading, "Plan\n<script>alert(1)</script>"),
    (Heading, "Plan <img src=x onerror=alert(1)>"),
    (Heading, "Plan \u{202E}"),
    // Other containers.
    (Item, "Elemento\n- otro"),
    (Item, "Elemento\n\n<script>alert(1)</script>"),
    (Item, "Elemento [x](javascript:alert(1))"),
    (Quote, "Cita\n\n# fuera"),
    (Quote, "Cita </blockquote><script>alert(1)</script>"),
    (Cell, "celda | <script>alert(1)</script>"),
    (Cell, "celda <img src=x onerror=alert(1)>"),
    // Front matter.
    (Title, "Título </title><script>alert(1)</script>"),
    (Title, "Título \u{202E}"),
    (Title, "Título \u{1b}]0;pwned\u{7}"),
];

/// A PO string literal.
fn po_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\u{7}' => out.push_str("\\a"),
            '\u{8}' => out.push_str("\\b"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A project whose statement `case-NNN.md` has `translations[NNN]` on its target.
fn project(translations: &[(Target, String)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    fs::write(
        root.join("dragoman.toml"),
        "source = \"en\"\nlanguages = [\"es\"]\n",
    )
    .unwrap();
    fs::create_dir_all(root.join("statements")).unwrap();
    fs::create_dir_all(root.join("locales/es")).unwrap();
    for (i, (target, t)) in translations.iter().enumerate() {
        let statement = STATEMENT
            .replace(" N ", &format!(" n{i} "))
            .replace(" N\n", &format!(" n{i}\n"));
        fs::write(root.join(format!("statements/case-{i:03}.md")), statement).unwrap();
        let po = format!(
            "msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\"Language: es\\n\"\n\n#. {}\nmsgid {}\nmsgstr {}\n",
            target.note(),
            po_string(&target.source(i)),
            po_string(t)
        );
        fs::write(root.join(format!("locales/es/case-{i:03}.po")), po).unwrap();
    }
    dir
}

#[test]
fn hostile_catalogs_change_only_their_own_segment() {
    assert!(CASES.len() >= 60, "{}", CASES.len());
    let hostile: Vec<(Target, String)> = CASES.iter().map(|(t, s)| (*t, s.to_string())).collect();
    // The harmless translation has the marker at both ends (see guard::confined).
    let benign: Vec<(Target, String)> = CASES
        .iter()
        .map(|(t, _)| (*t, "BENIGN BENIGN".into()))
        .collect();
    let h = project(&hostile);
    let b = project(&benign);

    // check: an error on every attacked entry, and exit 1.
    let out = dragoman(h.path())
        .args(["check", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let findings = json["findings"].as_array().unwrap();
    for (i, (_, t)) in CASES.iter().enumerate() {
        let file = format!("statements/case-{i:03}.md");
        let errors: Vec<&str> = findings
            .iter()
            .filter(|f| f["statement"] == file.as_str() && f["severity"] == "error")
            .map(|f| f["check"].as_str().unwrap())
            .collect();
        assert!(!errors.is_empty(), "case {i} {t:?}: check found no error");
    }

    // build: nothing reaches the page but the segment's own text.
    for dir in [&h, &b] {
        let out = dragoman(dir.path()).arg("build").output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    for (i, (_, t)) in CASES.iter().enumerate() {
        let page = |d: &tempfile::TempDir| {
            fs::read_to_string(d.path().join(format!("build/es/case-{i:03}.html"))).unwrap()
        };
        let (hp, bp) = (page(&h), page(&b));
        assert!(
            !hp.contains("<script"),
            "case {i} {t:?}: script in the page"
        );
        // The count of translated segments in the footer is lower when the
        // build refuses a translation: not part of the comparison.
        let drop_count = |p: &str| {
            p.lines()
                .filter(|l| !l.contains("segmentos traducidos"))
                .map(|l| format!("{l}\n"))
                .collect::<String>()
        };
        let dest_ok = |d: &str| d.starts_with("https://example.org/") || d.starts_with("../");
        if let Err(e) =
            dragoman::guard::confined(&drop_count(&bp), &drop_count(&hp), "BENIGN", &dest_ok)
        {
            panic!("case {i} {t:?}: {e}\n--- page ---\n{hp}");
        }
    }
}

#[test]
fn catalog_comments_cannot_waive_security_checks() {
    let dir = project(&[(Paragraph, "Texto <script>alert(1)</script>".into())]);
    let po = dir.path().join("locales/es/case-000.po");
    let text = fs::read_to_string(&po).unwrap();
    fs::write(
        &po,
        text.replace(
            "#. paragraph",
            "# dragoman: allow md-html, md-structure\n#. paragraph",
        ),
    )
    .unwrap();
    let out = dragoman(dir.path())
        .args(["check", "--format", "json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(
        json["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["check"] == "md-html")
    );
    // The maintainer can.
    fs::write(
        dir.path().join("dragoman.toml"),
        "source = \"en\"\nlanguages = [\"es\"]\n[check]\ndisable = [\"md-html\"]\n",
    )
    .unwrap();
    let out = dragoman(dir.path())
        .args(["check", "--format", "json"])
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(
        !json["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["check"] == "md-html")
    );
}

#[test]
fn build_reports_refused_translations() {
    let dir = project(&[(Paragraph, "Texto\n```\n".into())]);
    let out = dragoman(dir.path()).arg("build").output().unwrap();
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("es: statements/case-000.md:8: translation not published")
            && err.contains("a fenced code block"),
        "{err}"
    );
    let page = fs::read_to_string(dir.path().join("build/es/case-000.html")).unwrap();
    assert!(
        page.contains("The plan n0 is simple"),
        "the source text stands in"
    );
    let json = dragoman(dir.path())
        .args(["build", "--format", "json"])
        .env("DRAGOMAN_NO_CACHE", "1")
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(
        v["languages"][0]["refused"][0]["refusal"]["detail"],
        "fence"
    );
}

#[test]
fn terminal_output_shows_controls_escaped() {
    let cases = [(
        Paragraph,
        "Texto \u{1b}]0;pwned\u{7} \u{9b}2J \u{202E}fin".to_string(),
    )];
    let dir = project(&cases);
    // A stale entry for `diff`, with the same characters.
    let po = dir.path().join("locales/es/case-000.po");
    let text = fs::read_to_string(&po).unwrap();
    fs::write(
        &po,
        text.replace(
            "#. paragraph\n",
            "#. paragraph\n#, fuzzy\n#| msgid \"Old \u{1b}[2J text\"\n",
        ),
    )
    .unwrap();
    let raw = |s: &str| s.contains(['\u{1b}', '\u{9b}', '\u{7}', '\u{202E}']);
    for args in [&["check"][..], &["diff"], &["status"]] {
        let out = dragoman(dir.path()).args(args).output().unwrap();
        let (o, e) = (
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr),
        );
        assert!(!raw(&o) && !raw(&e), "{args:?}: {o:?} {e:?}");
        if args != ["status"] {
            assert!(o.contains("\\u{1b}]0;pwned\\u{7}"), "{args:?}: {o}");
        }
    }
    // With colors, the only escape sequences are dragoman's own colors.
    for args in [
        &["check", "--color", "always"][..],
        &["diff", "--color", "always"],
    ] {
        let out = dragoman(dir.path()).args(args).output().unwrap();
        let o = String::from_utf8_lossy(&out.stdout);
        for (i, _) in o.match_indices('\u{1b}') {
            let rest = &o[i + 1..];
            let sgr = rest.starts_with('[')
                && rest[1..].find('m').is_some_and(|m| {
                    rest[1..1 + m]
                        .chars()
                        .all(|c| c.is_ascii_digit() || c == ';')
                });
            assert!(
                sgr,
                "{args:?}: a raw escape sequence: {:?}",
                &o[i..(i + 12).min(o.len())]
            );
        }
        assert!(!o.contains(['\u{9b}', '\u{7}', '\u{202E}']), "{args:?}");
    }
}
