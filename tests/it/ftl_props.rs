//! PO → FTL → PO keeps the model exactly, for random catalogs in every state,
//! with braces, quotes, newlines, RTL text and bidi marks.

use dragoman::catalog::{Catalog, Message, Previous};
use proptest::prelude::*;

fn text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => "[a-zA-Z]{1,8}",
        2 => Just(" ".to_string()),
        1 => Just("\n".to_string()),
        1 => prop::sample::select(vec![
            "{", "}", "{ $x }", "\"", "\\", "[", "*", ".", "#", "=", "-", "سلام", "می‌خواهم", "۱۲۳", "العربية",
            "\u{200F}", "\u{200E}", "\u{2067}", "\u{2069}", "«", "»", "`code`", "**b**", "\t", "  ", "😀",
        ]).prop_map(str::to_string),
    ];
    prop::collection::vec(piece, 1..24).prop_map(|v| v.concat())
}

fn message() -> impl Strategy<Value = Message> {
    (
        text(),
        prop::option::of(text()),
        prop_oneof![Just(0u8), Just(1), Just(2), Just(3)],
        text(),
        prop::option::of(text()),
        prop::collection::vec("[a-zA-Z ,.]{0,20}", 0..2),
        prop::collection::vec("[a-z/]{1,12}\\.md:[1-9][0-9]{0,2}", 0..3),
    )
        .prop_map(
            |(source, context, state, translation, previous, comments, references)| {
                let mut m = Message::new(context, source);
                m.comments = comments
                    .into_iter()
                    .map(|c| c.trim().to_string())
                    .filter(|c| !c.is_empty() && !c.starts_with("dragoman"))
                    .collect();
                m.notes = vec!["paragraph".into()].into();
                m.references = references.into();
                match state {
                    0 => {}
                    1 => m.translation = vec![translation],
                    2 => {
                        m.translation = vec![translation];
                        m.stale = true;
                        m.previous = previous.map(|source| {
                            Box::new(Previous {
                                source,
                                ..Default::default()
                            })
                        });
                    }
                    _ => {
                        m.translation = vec![translation];
                        m.obsolete = true;
                    }
                }
                m
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn po_ftl_po_is_lossless(msgs in prop::collection::vec(message(), 1..10)) {
        // A catalog as sync would hold it: unique keys, obsolete last.
        let mut seen = std::collections::HashSet::new();
        let mut messages: Vec<Message> = msgs.into_iter().filter(|m| seen.insert((m.context.clone(), m.source.clone()))).collect();
        messages.sort_by_key(|m| m.obsolete);
        let mut header = Message::new(None, String::new());
        header.translation = vec!["Language: fa\nContent-Type: text/plain; charset=UTF-8\n".into()];
        let cat = Catalog { header: Some(header), messages };
        // Through PO first (the model as PO stores it), then FTL and back.
        let from_po = Catalog::parse_po(&cat.write_po()).unwrap();
        let ftl = dragoman::ftl::write(&from_po);
        let back = dragoman::ftl::parse(&ftl).map_err(|e| TestCaseError::fail(format!("{e}\n{ftl}")))?;
        prop_assert_eq!(back.write_po(), from_po.write_po(), "{}", ftl);
        // And writing again gives the same FTL.
        prop_assert_eq!(&dragoman::ftl::write(&back), &ftl);
        // What sync writes is what `fmt` keeps: no churn between the two.
        let formatted = dragoman::ftl::canonical_any(&ftl).map_err(|e| TestCaseError::fail(format!("{e}\n{ftl}")))?;
        prop_assert_eq!(formatted, ftl);
    }
}
