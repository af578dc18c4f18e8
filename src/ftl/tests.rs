//! Tests of the Fluent codec: values, states, comments, round trips.

use super::*;

fn value_round_trip(s: &str) {
    let res = ast::Resource {
        body: vec![Entry::Message(ast::Message {
            id: ast::Identifier {
                name: "k".to_string(),
            },
            value: Some(encode_pattern(s)),
            attributes: vec![],
            comment: None,
        })],
    };
    let text = fluent_syntax::serializer::serialize(&res);
    let parsed = fluent_syntax::parser::parse(text.as_str())
        .unwrap_or_else(|e| panic!("{s:?} → {text:?}: {e:?}"));
    let Entry::Message(m) = &parsed.body[0] else {
        panic!("{text}")
    };
    assert_eq!(decode_pattern(m.value.as_ref().unwrap()), s, "via {text:?}");
}

#[test]
fn values_round_trip() {
    for s in [
        "plain",
        "Use {braces} here",
        "line one\n* bullet\n[link]: x\n.dot",
        " leading and trailing ",
        "a\n\nb",
        "a\n  indented\nb",
        "ends with newline\n",
        "\nstarts with newline",
        "quote \" and backslash \\ inside {",
        "سلام «دنیا» \u{200F}RLM and \u{2067}isolate\u{2069}",
        "[not a variant]",
        "*star",
        ".dot",
        "tab\there",
        "{ $var }",
        "lone\rcarriage\r\r returns",
        "bell\u{7} and nul\u{0}",
        "a\n\tb starts with a tab\t",
        "\t\tboth\n \tmixed",
    ] {
        value_round_trip(s);
    }
}

/// No line of a value starts with a tab after its indentation
/// (@fluent/bundle would end the value there).
#[test]
fn no_continuation_line_starts_with_a_tab() {
    let cat = Catalog {
        header: None,
        messages: vec![{
            let mut m = crate::catalog::Message::new(None, "code".into());
            m.translation = vec!["línea\n\tsangrada\n\t\totra".into()];
            m
        }],
    };
    let text = write(&cat);
    for line in text.lines().filter(|l| !l.starts_with('#')) {
        assert!(
            !line.trim_start_matches(' ').starts_with('\t'),
            "{line:?} in {text}"
        );
    }
    let back = parse(&text).unwrap();
    assert_eq!(back.messages[0].translation, cat.messages[0].translation);
}

#[test]
fn catalog_round_trip_all_states() {
    let po = "msgid \"\"\nmsgstr \"\"\n\"Language: fa\\n\"\n\"Plural-Forms: nplurals=2; plural=(n > 1);\\n\"\n\n# translator note\n#. paragraph\n#: statements/a.md:3 statements/a.md:9\nmsgid \"Hello {world}\"\nmsgstr \"سلام {دنیا}\"\n\n#. heading 2\n#, fuzzy\n#| msgid \"Old title\"\nmsgid \"New title\"\nmsgstr \"عنوان قدیمی\"\n\nmsgctxt \"menu\"\nmsgid \"Open\"\nmsgstr \"\"\n\nmsgid \"one file\"\nmsgid_plural \"%d files\"\nmsgstr[0] \"یک فایل\"\nmsgstr[1] \"%d فایل\"\n\n#~ msgid \"Gone\"\n#~ msgstr \"رفته\"\n";
    let cat = Catalog::parse_po(po).unwrap();
    let ftl = write(&cat);
    let back = parse(&ftl).unwrap();
    let strip = |c: &Catalog| {
        let mut c = c.clone();
        for m in &mut c.messages {
            m.line = 0;
        }
        if let Some(h) = &mut c.header {
            h.line = 0;
        }
        c
    };
    assert_eq!(strip(&back), strip(&cat), "{ftl}");
    assert_eq!(back.write_po(), po);
    assert!(ftl.contains("## dragoman-obsolete: no longer in the statement"));
    assert!(ftl.contains("# dragoman-state: stale\n# dragoman-previous: Old title\n"));
}

#[test]
fn a_group_after_the_obsolete_one_round_trips() {
    // Found by fuzzing: live messages after a translator's group comment
    // that follows the obsolete group.
    let text = "# dragoman-source: A\na = A\n\n## dragoman-obsolete: gone\n\n# dragoman-source: B\nb = B\n\n## Translator's group\n\n# dragoman-source: C\nc = C\n";
    let cat = parse(text).unwrap();
    let states: Vec<bool> = cat.messages.iter().map(|m| m.obsolete).collect();
    assert_eq!(states, [false, false, true]);
    let again = parse(&write(&cat)).unwrap();
    assert_eq!(again.write_po(), cat.write_po());
}

#[test]
fn odd_translator_comments_survive() {
    // Found by fuzzing: a white-space-only comment line was lost.
    let po = "# \n#  two\n# dragoman-like\nmsgid \"\"\nmsgstr \"Language: fa\\n\"\n\n#  \n#\nmsgid \"a\"\nmsgstr \"b\"\n";
    let cat = Catalog::parse_po(po).unwrap();
    let back = parse(&write(&cat)).unwrap();
    assert_eq!(back.write_po(), cat.write_po(), "{}", write(&cat));
}

#[test]
fn translator_edits_an_untranslated_message() {
    let ftl = "# dragoman-state: untranslated\n# dragoman-source: Hello\nhello-0000000000 = Hola\n";
    let c = parse(ftl).unwrap();
    assert_eq!(c.messages[0].text(), Some("Hola"));
    let ftl =
        "# dragoman-state: untranslated\n# dragoman-source: Hello\nhello-0000000000 = Hello\n";
    assert_eq!(parse(ftl).unwrap().messages[0].text(), None);
}

#[test]
fn errors_have_positions_and_junk_is_never_dropped() {
    let e = parse("# dragoman-source: a\nok = fine\nbad line here\n").unwrap_err();
    assert_eq!(e.line, 3, "{e}");
    let e = parse("plain = no source comment\n").unwrap_err();
    assert!(e.to_string().contains("no `# dragoman-source:`"), "{e}");
    assert_eq!(e.line, 1);
}

#[test]
fn parser_panics_are_syntax_errors() {
    // Found by fuzzing: fluent-syntax panics on this input.
    let text =
        String::from_utf8_lossy(include_bytes!("../../tests/malformed/ftl/parser-panic.ftl"))
            .into_owned();
    let e = parse(&text).unwrap_err();
    assert!(e.to_string().contains("FTL syntax error"), "{e}");
}

#[test]
fn comment_escapes() {
    for s in ["a\\b", "x\ny", " edge ", "\u{1}", "plain text"] {
        assert_eq!(unesc(&esc(s)), s);
    }
}

#[test]
fn an_empty_group_comment_is_nothing_to_keep() {
    // Found by fuzzing: `##` alone, and a comment ending in an empty line.
    for text in ["##\n", "# a\n# b\n#\n"] {
        let cat = parse(text).unwrap();
        let again = parse(&write(&cat)).unwrap();
        assert_eq!(again.write_po(), cat.write_po(), "{text:?}");
    }
}
