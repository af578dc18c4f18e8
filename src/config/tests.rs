//! Tests of dragoman.toml parsing and validation.

use super::*;
use read::toml_message;

#[test]
fn minimal() {
    let c = Config::parse(
        "source = \"en\"\nlanguages = [\"es\", \"fa\", \"ar\"]\n",
        "demo",
    )
    .unwrap();
    assert_eq!(c.name, "demo");
    assert_eq!(c.statements, "statements");
    assert_eq!(c.locales, "locales");
    assert_eq!(c.output, "build");
    assert_eq!(c.front_matter_keys, vec!["title", "description"]);
    assert_eq!(c.direction("fa"), Direction::Rtl);
    assert_eq!(c.direction("es"), Direction::Ltr);
    assert_eq!(c.references, References::Line);
}

#[test]
fn unknown_key_names_line() {
    let e = Config::parse(
        "source = \"en\"\nlanguages = [\"es\"]\nlanguagez = 1\n",
        "d",
    )
    .unwrap_err();
    assert_eq!(e.line, 3);
    assert!(e.to_string().contains("languagez"), "{e}");
}

#[test]
fn bad_tag_names_line() {
    let e = Config::parse(
        "source = \"en\"\nlanguages = [\n  \"es\",\n  \"not a tag\",\n]\n",
        "d",
    )
    .unwrap_err();
    assert_eq!(e.line, 4);
    assert!(e.to_string().contains("not a tag"));
}

#[test]
fn direction_override() {
    let c = Config::parse(
        "source = \"en\"\nlanguages = [\"fa\"]\n[language.fa]\ndirection = \"ltr\"\nname = \"Farsi\"\n",
        "d",
    )
    .unwrap();
    assert_eq!(c.direction("fa"), Direction::Ltr);
    assert_eq!(c.languages[0].name, "Farsi");
    let e = Config::parse(
        "source = \"en\"\nlanguages = [\"fa\"]\n[language.de]\nname = \"x\"\n",
        "d",
    )
    .unwrap_err();
    assert!(e.to_string().contains("not in `languages`"));
}

#[test]
fn check_configuration() {
    let c = Config::parse(
        "source = \"en\"\nlanguages = [\"fa\"]\n[check]\ndisable = [\"double-space\"]\nglossary = [\"PyCon\"]\n[check.severity]\nmd-emphasis = \"error\"\n[language.fa.check]\ndisable = [\"fa-zwnj\"]\n",
        "d",
    )
    .unwrap();
    let fa = c.check_for("fa");
    assert_eq!(fa.disable, vec!["double-space", "fa-zwnj"]);
    assert_eq!(fa.glossary, vec!["PyCon"]);
    assert_eq!(fa.severity["md-emphasis"], crate::check::Severity::Error);
    let e = Config::parse(
        "source = \"en\"\nlanguages = [\"fa\"]\n\n[check]\ndisable = [\"no-such-check\"]\n",
        "d",
    )
    .unwrap_err();
    assert_eq!(e.line, 4);
    assert!(e.to_string().contains("no-such-check"));
}

/// TOML and serde messages become ids other languages can say, keeping
/// the parser's English text for English.
#[test]
fn toml_messages_by_kind() {
    let text = |m: &Msg, name: &str| {
        m.args
            .iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| match v {
                crate::ui::Arg::Text(t) => t.clone(),
                _ => String::new(),
            })
            .unwrap_or_default()
    };
    let m = toml_message("unknown field `colour`, expected one of `name`, `source`");
    assert_eq!(m.id, "config-unknown-field");
    assert_eq!(text(&m, "name"), "`colour`");
    assert_eq!(text(&m, "expected"), "`name`, `source`");
    assert_eq!(
        m.english(),
        "unknown field `colour`, expected one of `name`, `source`"
    );
    let m = toml_message("unknown variant `up`, expected `ltr` or `rtl`");
    assert_eq!(
        (m.id, text(&m, "expected")),
        ("config-unknown-value", "`ltr`, `rtl`".into())
    );
    let m = toml_message("unknown field `x`, there are no fields");
    assert_eq!(
        (m.id, text(&m, "expected")),
        ("config-unknown-field", "none".into())
    );
    assert_eq!(
        toml_message("missing field `languages`").id,
        "config-missing-field"
    );
    assert_eq!(
        toml_message("duplicate key").id,
        "config-duplicate-key-here"
    );
    let m = toml_message("invalid type: integer `3`, expected a sequence");
    assert_eq!(
        (m.id, text(&m, "expected")),
        ("config-invalid-type", "a sequence".into())
    );
    let m = toml_message("unclosed array, expected `]`");
    assert_eq!(
        (m.id, m.english()),
        ("config-toml", "unclosed array, expected `]`".into())
    );
}

#[test]
fn escaping_folders_rejected() {
    let e = Config::parse(
        "source = \"en\"\nlanguages = [\"es\"]\noutput = \"../out\"\n",
        "d",
    )
    .unwrap_err();
    assert_eq!(e.line, 3);
}
