//! Plain prose without the Markdown serializer: a segment whose inline events
//! are only text (and soft breaks) and whose text holds no character the
//! serializer would escape is its own normalized form — the text, soft breaks
//! as spaces. Most paragraphs of prose are; the serializer costs a fifth of
//! reading the statements.

use pulldown_cmark::Event;

/// The normalized Markdown of `events` when it is their plain text, or None
/// (the serializer decides).
pub(super) fn plain_text(events: &[Event]) -> Option<String> {
    let mut out = String::new();
    for e in events {
        match e {
            Event::Text(t) => out.push_str(t),
            Event::SoftBreak => out.push(' '),
            _ => return None,
        }
    }
    plain(&out).then_some(out)
}

/// Whether `text`, as the whole text of a paragraph, comes out of the
/// serializer unchanged (after the trim of spaces it adds): no character
/// that begins markup, an escape or a character reference, no line break,
/// no block marker at its start — Markdown reads it as text and nothing
/// else (the guard's fast verdict rests on that too).
pub(crate) fn plain(text: &str) -> bool {
    // Escaped wherever they stand (or in a context this text could be in):
    // all ASCII, so looked up by byte.
    const SPECIAL: [bool; 256] = {
        let mut table = [false; 256];
        let chars = b"*[]`<>~&\\^$_|{}#\n\r";
        let mut i = 0;
        while i < chars.len() {
            table[chars[i] as usize] = true;
            i += 1;
        }
        table
    };
    let Some(first) = text.chars().next() else {
        return false;
    };
    // A paragraph's first character: white space is encoded, a list or
    // heading marker is escaped.
    if first.is_whitespace() || matches!(first, '-' | '+' | '=') {
        return false;
    }
    // `2018.` or `3)` at the start would read as an ordered list.
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 && matches!(text.as_bytes().get(digits), Some(b'.' | b')')) {
        return false;
    }
    // What the serializer trims at the end is trimmed here too.
    !text.ends_with([' ', '\n']) && !text.bytes().any(|b| SPECIAL[usize::from(b)])
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use pulldown_cmark::{Parser, Tag, TagEnd};

    /// The inline events of `md` read as one paragraph, as extraction sees them.
    fn inline_events(md: &str) -> Option<Vec<Event<'_>>> {
        let mut events: Vec<Event> =
            Parser::new_ext(md, crate::source::markdown_options()).collect();
        if events.first() != Some(&Event::Start(Tag::Paragraph))
            || events.last() != Some(&Event::End(TagEnd::Paragraph))
        {
            return None;
        }
        events.pop();
        events.remove(0);
        Some(events)
    }

    #[test]
    fn prose_is_its_own_normal_form() {
        for md in [
            "Plain words, and more: (with brackets) 2018!",
            "Line one\nline two.",
        ] {
            let events = inline_events(md).unwrap();
            let fast = plain_text(&events).expect("plain");
            assert_eq!(fast, crate::source::normalize_inline(events.clone()));
        }
        for md in [
            "1. not a list",
            "a *b*",
            "x_y z_",
            "a & b",
            "tab\tbetween",
            "50% of #3",
        ] {
            let events = inline_events(md).unwrap_or_default();
            let fast = plain_text(&events);
            assert!(
                fast.is_none() || fast == Some(crate::source::normalize_inline(events)),
                "{md:?}"
            );
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4000))]
        /// Whenever the shortcut answers, the serializer answers the same.
        #[test]
        fn the_shortcut_agrees_with_the_serializer(
            md in prop_oneof![
                "[a-z0-9 .,:;!?()'\"%/=+\\-*_\\[\\]`<>~&#|{}^$\\\\\t\u{a0}é٣\n]{1,24}",
                // Mostly prose, so that the shortcut answers often.
                "[a-z0-9 .,:;!?()'\"%/=+\\-\t\u{a0}é٣\n]{1,40}",
            ]
        ) {
            if let Some(events) = inline_events(&md)
                && let Some(fast) = plain_text(&events)
            {
                prop_assert_eq!(fast, crate::source::normalize_inline(events));
            }
        }
    }
}
