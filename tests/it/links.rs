//! Links between statements on the built pages: a Markdown link to another
//! statement (`b.md#part`) leads to its page in the same language
//! (`b.html#part`), to the original's page when the language leaves that
//! statement out (`below_threshold = "skip"`), and a link to a Markdown file
//! that is not a statement leads to that file, copied beside the pages.

use crate::project::{dragoman, read, write_files};

#[test]
fn links_between_statements_lead_to_their_pages() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write_files(
        d,
        &[
            (
                "dragoman.toml",
                "source = \"en\"\nlanguages = [\"fa\"]\nstatements = \"content\"\nexclude = [\"notes/**\"]\npublish_threshold = 50\nbelow_threshold = \"skip\"\n",
            ),
            (
                "content/sub/a.md",
                "# Alpha\n\nSee [the part](../b.md#part), [gamma](../c.md), [notes](../notes/extra.md) and [web](https://example.org/x.md).\n",
            ),
            ("content/b.md", "# Beta\n\n## Part\n\nText.\n"),
            ("content/c.md", "# Gamma\n\nLeft in English.\n"),
            ("content/notes/extra.md", "Not a statement.\n"),
        ],
    );
    dragoman(d).args(["-q", "sync"]).assert().success();
    let fa = |s: &str| {
        let t = match s {
            "Alpha" => "آلفا",
            "See [the part](../b.md#part), [gamma](../c.md), [notes](../notes/extra.md) and [web](https://example.org/x.md)." => {
                "ببینید [بخش](../b.md#part)، [گاما](../c.md)، [یادداشت‌ها](../notes/extra.md) و [وب](https://example.org/x.md)."
            }
            "Beta" => "بتا",
            "Part" => "بخش",
            "Text." => "متن.",
            _ => return None,
        };
        Some(t.to_string())
    };
    crate::blog::translate(d, "fa", "sub/a", &fa);
    crate::blog::translate(d, "fa", "b", &fa);
    dragoman(d).args(["-q", "build"]).assert().success();
    let en = read(&d.join("build/en/sub/a.html"));
    for want in [
        "href=\"../b.html#part\"",
        "href=\"../c.html\"",
        "href=\"../notes/extra.md\"",
        "href=\"https://example.org/x.md\"",
    ] {
        assert!(en.contains(want), "{want} in {en}");
    }
    assert!(read(&d.join("build/en/b.html")).contains("<h2 id=\"part\">"));
    // Gamma is left out of Persian: its link leads to the original.
    let page = read(&d.join("build/fa/sub/a.html"));
    for want in [
        "href=\"../b.html#part\"",
        "href=\"../../en/c.html\"",
        "href=\"../notes/extra.md\"",
    ] {
        assert!(page.contains(want), "{want} in {page}");
    }
    assert!(!d.join("build/fa/c.html").exists());
    assert!(d.join("build/en/c.html").is_file());
    for lang in ["en", "fa"] {
        let notes = d.join(format!("build/{lang}/notes/extra.md"));
        assert_eq!(read(&notes), "Not a statement.\n");
    }
}

/// A page held back (translated below the threshold) shows the source's
/// body: its links lead where the source page's do when the language has a
/// page of every statement, and to the original of a statement it leaves
/// out; untranslated pages above a zero threshold mark their blocks the same
/// way in every language.
#[test]
fn held_back_pages_link_like_their_language() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write_files(
        d,
        &[
            (
                "dragoman.toml",
                "source = \"en\"\nlanguages = [\"es\", \"fa\", \"ar\"]\nstatements = \"content\"\n[language.es]\npublish_threshold = 50\n[language.fa]\npublish_threshold = 50\n",
            ),
            (
                "content/sub/a.md",
                "# Alpha\n\nSee [the part](../b.md#part) and [gamma](../c.md).\n\n| C++ | v3.12 |\n|---|---|\n| x | -5 |\n",
            ),
            ("content/b.md", "# Beta\n\n## Part\n\nText.\n"),
            (
                "content/c.md",
                "+++\ntitle = \"Gamma\"\n[extra]\ntranslate = [\"fa\", \"ar\"]\n+++\n\nNot in Spanish.\n",
            ),
        ],
    );
    dragoman(d).args(["-q", "sync"]).assert().success();
    dragoman(d).args(["-q", "build"]).assert().success();
    let article = |lang: &str| {
        let page = read(&d.join(format!("build/{lang}/sub/a.html")));
        let start = page.find("<h1").unwrap();
        page[start..page[start..].find("</table>").unwrap() + start].to_string()
    };
    let (en, es, fa, ar) = (article("en"), article("es"), article("fa"), article("ar"));
    assert!(en.contains("href=\"../c.html\"") && en.contains("href=\"../b.html#part\""));
    assert_eq!(fa, en, "fa has every page: the source's body");
    // Spanish has no page of Gamma: its link leads to the original.
    assert_eq!(
        es,
        en.replace("href=\"../c.html\"", "href=\"../../en/c.html\"")
    );
    // Arabic publishes it untranslated: blocks marked English, the table's
    // left-to-right runs isolated.
    assert!(ar.contains("<p lang=\"en\" dir=\"ltr\">See "), "{ar}");
    assert!(ar.contains("<span dir=\"ltr\">C++</span>"), "{ar}");
}
