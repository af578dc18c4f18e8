//! Tests of front matter in YAML, TOML and JSON: splitting, values by path,
//! ranges and quoting.

use super::*;

fn values(src: &str) -> Vec<(String, String, String)> {
    let block = split_front_matter(src).unwrap().unwrap();
    let index = LineIndex::new(src);
    string_values(src, &block, &index)
        .unwrap()
        .into_iter()
        .map(|(k, v)| (k, v.text, src[v.range].to_string()))
        .collect()
}

fn triple(k: &str, v: &str, raw: &str) -> (String, String, String) {
    (k.into(), v.into(), raw.into())
}

#[test]
fn yaml_values_by_path_with_their_regions() {
    let src = "---\ntitle: Plain\ndescription: >\n  Folded\n  text\n\n# note\nparams:\n  summary: \"Inner\"\n  deeper:\n    alt: x y\n  n: 3\ntags: [a, b]\n---\nBody\n";
    assert_eq!(
        values(src),
        vec![
            triple("title", "Plain", " Plain"),
            triple("description", "Folded text\n", " >\n  Folded\n  text"),
            triple("params.summary", "Inner", " \"Inner\""),
            triple("params.deeper.alt", "x y", " x y"),
        ]
    );
}

#[test]
fn toml_values_by_path_in_file_order() {
    let src = "+++\ntitle = \"Zebra \\\"quoted\\\"\"\npath = '2024/x'\ndate = 2024-05-01\nauthors = [\"A\"]\n\n[extra]\nsummary = \"\"\"\nLong\"\"\"\nteam = \"T\"\n+++\nBody\n";
    assert_eq!(
        values(src),
        vec![
            triple("title", "Zebra \"quoted\"", "\"Zebra \\\"quoted\\\"\""),
            triple("path", "2024/x", "'2024/x'"),
            triple("extra.summary", "Long", "\"\"\"\nLong\"\"\""),
            triple("extra.team", "T", "\"T\""),
        ]
    );
    let block = split_front_matter(src).unwrap().unwrap();
    assert_eq!(block.format, Format::Toml);
    assert_eq!(&src[block.body_start..], "Body\n");
}

#[test]
fn json_values_by_path() {
    let src = "{\n  \"title\": \"A \\u00e9\",\n  \"params\": {\"description\": \"D\"},\n  \"n\": 1\n}\nBody\n";
    assert_eq!(
        values(src),
        vec![
            triple("title", "A é", "\"A \\u00e9\""),
            triple("params.description", "D", "\"D\""),
        ]
    );
    let block = split_front_matter(src).unwrap().unwrap();
    assert_eq!(block.format, Format::Json);
    assert_eq!(&src[block.body_start..], "Body\n");
}

#[test]
fn markdown_starting_with_a_brace_has_no_front_matter() {
    assert_eq!(
        split_front_matter("{{< shortcode >}}\nText\n").unwrap(),
        None
    );
    assert_eq!(split_front_matter("{not json}\n").unwrap(), None);
}

#[test]
fn errors_point_into_the_file() {
    let e = split_front_matter("+++\ntitle = \"x\"\n").unwrap_err();
    assert_eq!(
        e.to_string(),
        "1:1: front matter opened with `+++` is never closed (expected a `+++` line)"
    );
    let src = "+++\ntitle = \"x\"\ntitle = \"y\"\n+++\n";
    let block = split_front_matter(src).unwrap().unwrap();
    let e = string_values(src, &block, &LineIndex::new(src)).unwrap_err();
    assert_eq!(e.line, 3, "{e}");
    assert!(e.to_string().contains("front matter (TOML)"), "{e}");
    let e = split_front_matter("{\"title\": }\nBody\n").unwrap_err();
    assert_eq!((e.line, e.column), (1, 11), "{e}");
}

/// A quoted value read back in its format gives the text, whatever it holds.
#[test]
fn quoted_values_read_back() {
    for text in [
        "plain",
        "a \"b\" 'c' \\ d",
        "line\nbreak",
        "tab\tand \u{7f} and ۱۲",
        "#not a comment: x",
    ] {
        let yaml = format!("---\nk:{}\n---\n", quoted(Format::Yaml, text));
        let toml = format!("+++\nk = {}\n+++\n", quoted(Format::Toml, text));
        let json = format!("{{\"k\": {}}}\n", quoted(Format::Json, text));
        for src in [yaml, toml, json] {
            assert_eq!(values(&src)[0].1, text, "{src}");
        }
    }
}

/// An anchored value is what aliases repeat: it is not offered (replacing it
/// would change them); an alias itself is an ordinary value (found by fuzzing).
#[test]
fn anchored_values_are_not_offered() {
    let src = "---\ntitle: &a Hello there\ndescription: *a\n---\nBody\n";
    let v = values(src);
    assert_eq!(v, vec![triple("description", "Hello there", " *a")]);
}
