//! FTL values and comment lines: the value encoder (string-literal
//! placeables for `{ } [ * .`, edge spaces, blank lines, controls) and
//! decoder, and the escaping of `dragoman-` comment values.

use super::*;

/// Escapes a value for a one-line comment: backslash, control characters, and
/// spaces at either end.
pub(crate) fn esc(s: &str) -> String {
    let n = s.chars().count();
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.chars().enumerate() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            ' ' if i == 0 || i + 1 == n => out.push_str("\\s"),
            c if c.is_control() => out.push_str(&format!("\\u{{{:X}}}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

pub(crate) fn unesc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut it = s.chars().peekable();
    while let Some(c) = it.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match it.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some('s') => out.push(' '),
            Some('\\') => out.push('\\'),
            Some('u') if it.peek() == Some(&'{') => {
                it.next();
                let hex: String = it.by_ref().take_while(|c| *c != '}').collect();
                if let Some(ch) = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                    out.push(ch);
                }
            }
            Some(other) => {
                out.push('\\');
                out.push(other);
            }
            None => out.push('\\'),
        }
    }
    out
}

pub(crate) fn literal(s: &str) -> PatternElement<String> {
    let escaped = s.replace('\\', "\\\\").replace('"', "\\\"");
    PatternElement::Placeable {
        expression: Expression::Inline(InlineExpression::StringLiteral { value: escaped }),
    }
}

/// Encodes text as a Fluent pattern that parses back to exactly the same text.
pub fn encode_pattern(text: &str) -> ast::Pattern<String> {
    let mut elements: Vec<PatternElement<String>> = Vec::new();
    let lines: Vec<&str> = text.split('\n').collect();
    let last = lines.len() - 1;
    for (li, line) in lines.iter().enumerate() {
        let newline = li < last;
        // Spaces and tabs at either end of a line are literals: Fluent takes
        // leading spaces as indentation, and @fluent/bundle ends a value at
        // a continuation line that starts with a tab.
        let body = line.trim_start_matches([' ', '\t']);
        let lead = &line[..line.len() - body.len()];
        let core = body.trim_end_matches([' ', '\t']);
        let trail = &body[core.len()..];
        let mut text_buf = String::new();
        let flush = |buf: &mut String, els: &mut Vec<PatternElement<String>>| {
            if !buf.is_empty() {
                els.push(PatternElement::TextElement {
                    value: std::mem::take(buf),
                });
            }
        };
        if !lead.is_empty() {
            elements.push(literal(lead));
        }
        for (ci, c) in core.chars().enumerate() {
            let special = matches!(c, '{' | '}')
                || (ci == 0 && lead.is_empty() && matches!(c, '[' | '*' | '.'));
            if c.is_control() && c != '\t' {
                // Control characters (a lone CR…) as `\uXXXX` escapes: parsers treat
                // some of them as line ends.
                flush(&mut text_buf, &mut elements);
                let code = c as u32;
                let value = if code <= 0xFFFF {
                    format!("\\u{code:04X}")
                } else {
                    format!("\\U{code:06X}")
                };
                elements.push(PatternElement::Placeable {
                    expression: Expression::Inline(InlineExpression::StringLiteral { value }),
                });
            } else if special {
                flush(&mut text_buf, &mut elements);
                elements.push(literal(&c.to_string()));
            } else {
                text_buf.push(c);
            }
        }
        flush(&mut text_buf, &mut elements);
        if !trail.is_empty() {
            elements.push(literal(trail));
        }
        if line.is_empty() {
            elements.push(literal(""));
        }
        if newline {
            match elements.last_mut() {
                Some(PatternElement::TextElement { value }) => value.push('\n'),
                _ => elements.push(PatternElement::TextElement { value: "\n".into() }),
            }
        }
    }
    ast::Pattern { elements }
}

pub(crate) fn unescape_literal(s: &str) -> String {
    let mut out = String::new();
    let mut it = s.chars();
    while let Some(c) = it.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match it.next() {
            Some('u') => {
                let hex: String = it.by_ref().take(4).collect();
                if let Some(ch) = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                    out.push(ch);
                }
            }
            Some('U') => {
                let hex: String = it.by_ref().take(6).collect();
                if let Some(ch) = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                    out.push(ch);
                }
            }
            Some(c) => out.push(c),
            None => {}
        }
    }
    out
}

/// The text of a parsed pattern. Placeables other than string literals (a
/// translator's `{ $var }`) are kept as their FTL source text.
pub fn decode_pattern(p: &ast::Pattern<&str>) -> String {
    let mut out = String::new();
    for e in &p.elements {
        match e {
            PatternElement::TextElement { value } => out.push_str(value),
            PatternElement::Placeable {
                expression: Expression::Inline(InlineExpression::StringLiteral { value }),
            } => out.push_str(&unescape_literal(value)),
            PatternElement::Placeable { expression } => {
                let res = ast::Resource {
                    body: vec![Entry::Message(ast::Message {
                        id: ast::Identifier { name: "x" },
                        value: Some(ast::Pattern {
                            elements: vec![PatternElement::Placeable {
                                expression: expression.clone(),
                            }],
                        }),
                        attributes: vec![],
                        comment: None,
                    })],
                };
                let s = fluent_syntax::serializer::serialize(&res);
                out.push_str(s.trim_end().trim_start_matches("x =").trim());
            }
        }
    }
    out
}
