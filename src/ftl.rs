//! Fluent (FTL) codec for the catalog model: one message per segment (id = the
//! segment id), with everything PO carries kept in `# dragoman-…:` comments.
//!
//! ```ftl
//! ### dragoman-header: Language: fa\nPlural-Forms: …
//!
//! # dragoman-note: paragraph
//! # dragoman-ref: statements/amara-okafor.md:6
//! # dragoman-state: stale
//! # dragoman-previous: I have organized meetups for seven years.
//! # dragoman-source: I have organized meetups for eight years.
//! i-have-organized-meetups-0a1b2c3d4e = هفت سال است که …
//!
//! ## dragoman: obsolete
//! …
//! ```
//!
//! Values are written through fluent-syntax's serializer with our own encoder
//! (the serializer does not escape): `{`, `}`, line-initial `[`, `*`, `.`,
//! leading and trailing spaces and blank lines become string-literal
//! placeables, so any text round-trips exactly.

use fluent_syntax::ast::{self, Entry, Expression, InlineExpression, PatternElement};

use crate::catalog::{Catalog, Message, Previous};
use crate::ui::Msg;

const P: &str = "dragoman-";

/// What a translator writes in an FTL catalog that the catalog model has no
/// field for is kept in comments and written back as FTL: a message's
/// attributes (`.title = …`) in its comments, terms (`-brand = …`) and free
/// or group comments in the header's. Through PO they travel as translator
/// comments, so no format loses them.
const ATTRIBUTE: &str = "ftl-attribute: ";
const ENTRY: &str = "ftl-entry: ";

/// A message's attribute as FTL lines (`    .title = …`).
fn attribute_text(attr: &ast::Attribute<&str>) -> String {
    let res = ast::Resource {
        body: vec![Entry::Message(ast::Message {
            id: ast::Identifier { name: "x" },
            value: None,
            attributes: vec![attr.clone()],
            comment: None,
        })],
    };
    let text = fluent_syntax::serializer::serialize(&res);
    text.split_once('\n')
        .map_or(text.clone(), |(_, rest)| rest.to_string())
}

/// The attributes stored by [`attribute_text`], parsed back.
fn attributes_of(lines: &str) -> Option<Vec<ast::Attribute<String>>> {
    let res = fluent_syntax::parser::parse(format!("x =\n{lines}")).ok()?;
    match res.body.into_iter().next()? {
        Entry::Message(m) if !m.attributes.is_empty() => Some(m.attributes),
        _ => None,
    }
}

/// Entries stored by [`ENTRY`] comments, parsed back.
fn entries_of(text: &str) -> Vec<Entry<String>> {
    fluent_syntax::parser::parse(text.to_string())
        .map(|r| r.body)
        .unwrap_or_default()
}

/// A syntax error with its position (1-based line and column).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{line}:{column}: {message}")]
pub struct FtlError {
    pub line: usize,
    pub column: usize,
    pub message: Msg,
}

/// Escapes a value for a one-line comment: backslash, control characters, and
/// spaces at either end.
fn esc(s: &str) -> String {
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

fn unesc(s: &str) -> String {
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

fn literal(s: &str) -> PatternElement<String> {
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
        let body = line.trim_start_matches(' ');
        let lead = &line[..line.len() - body.len()];
        let core = body.trim_end_matches(' ');
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

fn unescape_literal(s: &str) -> String {
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

/// A translator's comment as an FTL comment line. Lines the serializer would not
/// keep as they are (white space only, line breaks, a `dragoman-` prefix) are
/// escaped in a `dragoman-comment:` line.
fn comment_line(x: &str) -> String {
    let plain =
        !x.is_empty() && !x.trim().is_empty() && !x.contains(['\n', '\r']) && !x.starts_with(P);
    if plain || x.is_empty() {
        x.to_string()
    } else {
        format!("{P}comment: {}", esc(x))
    }
}

fn comment(lines: Vec<String>) -> Option<ast::Comment<String>> {
    (!lines.is_empty()).then_some(ast::Comment { content: lines })
}

fn message_entry(m: &Message, id: String) -> Entry<String> {
    let mut attributes = Vec::new();
    let mut c: Vec<String> = Vec::new();
    for x in &m.comments {
        match x
            .strip_prefix(ATTRIBUTE)
            .and_then(|a| attributes_of(&unesc(a)))
        {
            Some(a) => attributes.extend(a),
            None => c.push(comment_line(x)),
        }
    }
    for n in &m.notes {
        c.push(format!("{P}note: {}", esc(n)));
    }
    if !m.references.is_empty() {
        c.push(format!("{P}ref: {}", m.references.join(" ")));
    }
    if !m.flags.is_empty() {
        c.push(format!("{P}flags: {}", m.flags.join(", ")));
    }
    if let Some(ctx) = &m.context {
        c.push(format!("{P}context: {}", esc(ctx)));
    }
    let translated = m.has_translation();
    if !translated {
        c.push(format!("{P}state: untranslated"));
    } else if m.stale {
        c.push(format!("{P}state: stale"));
    }
    if let Some(p) = &m.previous {
        if let Some(pc) = &p.context {
            c.push(format!("{P}previous-context: {}", esc(pc)));
        }
        c.push(format!("{P}previous: {}", esc(&p.source)));
        if let Some(pp) = &p.source_plural {
            c.push(format!("{P}previous-plural: {}", esc(pp)));
        }
    }
    if let Some(sp) = &m.source_plural {
        c.push(format!("{P}source-plural: {}", esc(sp)));
    }
    for (i, t) in m.translation.iter().enumerate().skip(1) {
        c.push(format!("{P}translation-{i}: {}", esc(t)));
    }
    if m.translation.is_empty() {
        c.push(format!("{P}no-translation"));
    }
    c.push(format!("{P}source: {}", esc(&m.source)));
    let value = match m.translation.first() {
        Some(t) if !t.is_empty() => t.as_str(),
        _ => m.source.as_str(),
    };
    Entry::Message(ast::Message {
        id: ast::Identifier { name: id },
        value: Some(encode_pattern(value)),
        attributes,
        comment: comment(c),
    })
}

/// Serializes a catalog as FTL.
pub fn write(cat: &Catalog) -> String {
    let mut body: Vec<Entry<String>> = Vec::new();
    let mut kept: Vec<Entry<String>> = Vec::new();
    if let Some(h) = &cat.header {
        let mut lines: Vec<String> = Vec::new();
        for x in &h.comments {
            match x.strip_prefix(ENTRY) {
                Some(e) => kept.extend(entries_of(&unesc(e))),
                None => lines.push(comment_line(x)),
            }
        }
        if h.stale {
            lines.push(format!("{P}header-fuzzy"));
        }
        lines.push(format!(
            "{P}header: {}",
            esc(h.translation.first().map(String::as_str).unwrap_or(""))
        ));
        body.push(Entry::ResourceComment(ast::Comment { content: lines }));
    }
    // Terms and free comments a translator wrote, after the header.
    body.extend(kept);
    let mut used: std::collections::HashSet<String> = std::collections::HashSet::new();
    let mut unique = |base: String| {
        let mut id = base.clone();
        let mut n = 2;
        while !used.insert(id.clone()) {
            id = format!("{base}-{n}");
            n += 1;
        }
        id
    };
    for m in cat.messages.iter().filter(|m| !m.obsolete) {
        body.push(message_entry(m, unique(m.id())));
    }
    if cat.messages.iter().any(|m| m.obsolete) {
        body.push(Entry::GroupComment(ast::Comment {
            content: vec![format!(
                "{P}obsolete: no longer in the statement; kept by dragoman"
            )],
        }));
        for m in cat.messages.iter().filter(|m| m.obsolete) {
            body.push(message_entry(m, unique(m.id())));
        }
    }
    spaced(&fluent_syntax::serializer::serialize(&ast::Resource {
        body,
    }))
}

/// One blank line between entries, for people reading the file (the serializer
/// writes messages back to back; the parser accepts both).
fn spaced(ftl: &str) -> String {
    let mut out = String::with_capacity(ftl.len() + ftl.len() / 8);
    let mut prev: Option<&str> = None;
    for line in ftl.lines() {
        if let Some(p) = prev
            && line.starts_with('#')
            && !p.is_empty()
            && !p.starts_with('#')
        {
            out.push('\n');
        }
        out.push_str(line);
        out.push('\n');
        prev = Some(line);
    }
    out
}

thread_local! {
    static QUIET_PANIC: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Deepest nesting of placeables (`{ { … } }`) dragoman reads: the Fluent
/// parser and serializer recurse once per level, so a file nested thousands
/// deep would overflow the stack. Real catalogs stay under five.
pub const MAX_NESTING: usize = 32;

/// The position of the first placeable nested deeper than [`MAX_NESTING`]:
/// braces are counted outside string literals and comment lines.
pub fn too_deep(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut line_start = true;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let at_line_start = std::mem::replace(&mut line_start, c == '\n');
        if in_string {
            match c {
                '\\' => {
                    chars.next();
                }
                '"' | '\n' => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '#' if depth == 0 && at_line_start => {
                // A comment line: skip to its end.
                for (_, c) in chars.by_ref() {
                    if c == '\n' {
                        line_start = true;
                        break;
                    }
                }
            }
            '{' => {
                depth += 1;
                if depth > MAX_NESTING {
                    return Some(i);
                }
            }
            '}' => depth = depth.saturating_sub(1),
            '"' if depth > 0 => in_string = true,
            _ => {}
        }
    }
    None
}

/// The error for a file nested deeper than [`MAX_NESTING`], if it is.
pub fn check_nesting(text: &str) -> Result<(), FtlError> {
    match too_deep(text) {
        None => Ok(()),
        Some(at) => {
            let (line, column) = crate::source::line_col(text, at);
            Err(FtlError {
                line,
                column,
                message: Msg::new("ftl-too-deep").arg("max", MAX_NESTING),
            })
        }
    }
}

/// Parses FTL with the Fluent parser; the first syntax error, with its
/// position, is the error. The parser's panics (fluent-syntax 0.12 panics on
/// some malformed input, found by fuzzing) are a syntax error too, not a
/// crash, and print nothing; other panics still print as usual.
fn parse_resource(text: &str) -> Result<ast::Resource<&str>, FtlError> {
    check_nesting(text)?;
    static HOOK: std::sync::Once = std::sync::Once::new();
    HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !QUIET_PANIC.with(|q| q.get()) {
                previous(info);
            }
        }));
    });
    QUIET_PANIC.with(|q| q.set(true));
    let parsed = std::panic::catch_unwind(|| fluent_syntax::parser::parse(text));
    QUIET_PANIC.with(|q| q.set(false));
    match parsed {
        Ok(Ok(res)) => Ok(res),
        Ok(Err((_, errors))) => {
            let (line, column) = crate::source::line_col(text, errors[0].pos.start);
            Err(FtlError {
                line,
                column,
                message: Msg::new("ftl-syntax").arg("detail", &errors[0].kind),
            })
        }
        Err(_) => Err(FtlError {
            line: 1,
            column: 1,
            message: Msg::new("ftl-unreadable"),
        }),
    }
}

/// An FTL file in its canonical layout: a dragoman catalog as dragoman writes
/// it (what `sync` writes is already canonical), any other FTL file as the
/// Fluent serializer writes it. The content never changes: a catalog holding
/// something dragoman's model does not keep (a free comment) gets the
/// serializer's layout instead.
pub fn canonical_any(text: &str) -> Result<String, FtlError> {
    let serialized = canonical(text)?;
    if text.contains(&format!("# {P}source:"))
        && let Ok(cat) = parse(text)
    {
        let ours = write(&cat);
        if canonical(&ours).is_ok_and(|c| c == serialized) {
            return Ok(ours);
        }
    }
    Ok(serialized)
}

/// Any FTL file in the serializer's canonical layout (for `dragoman fmt`): the
/// content is unchanged; syntax errors are reported, never dropped.
pub fn canonical(text: &str) -> Result<String, FtlError> {
    parse_resource(text).map(|res| fluent_syntax::serializer::serialize(&res))
}

/// An FTL catalog of the source language: every value is the source text.
pub fn write_source(template: &Catalog) -> String {
    write(&template.translated_by(str::to_string))
}

/// Parses an FTL catalog written by [`write`] (or edited by a translator).
/// Syntax errors are never dropped: the first one is returned with its position.
#[allow(clippy::too_many_lines)] // over 100 lines: to split (redesign, issue 16)
pub fn parse(text: &str) -> Result<Catalog, FtlError> {
    let text_nobom = text.strip_prefix('\u{feff}').unwrap_or(text);
    let res = parse_resource(text_nobom)?;
    // Lines of message ids (the AST has no spans).
    let mut id_lines: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for (i, l) in text_nobom.lines().enumerate() {
        if let Some((id, _)) = l.split_once('=')
            && !l.starts_with([' ', '#', '.', '['])
        {
            id_lines.entry(id.trim()).or_insert(i + 1);
        }
    }
    let mut cat = Catalog::default();
    let mut obsolete = false;
    let mut kept: Vec<String> = Vec::new();
    let keep = |e: &Entry<&str>| {
        let text = fluent_syntax::serializer::serialize(&ast::Resource {
            body: vec![e.clone()],
        });
        format!("{ENTRY}{}", esc(text.trim_end()))
    };
    for entry in &res.body {
        match entry {
            Entry::ResourceComment(c) => {
                let mut h = Message::new(None, String::new());
                let mut header = None;
                for l in &c.content {
                    if let Some(v) = l.strip_prefix(&format!("{P}header: ")) {
                        header = Some(unesc(v));
                    } else if *l == format!("{P}header-fuzzy") {
                        h.stale = true;
                    } else if let Some(v) = l.strip_prefix(&format!("{P}comment: ")) {
                        h.comments.push(unesc(v));
                    } else {
                        h.comments.push(l.to_string());
                    }
                }
                if let Some(v) = header {
                    h.translation = vec![v];
                    cat.header = Some(h);
                }
            }
            Entry::GroupComment(c) => {
                let ours = c
                    .content
                    .first()
                    .is_some_and(|l| l.starts_with(&format!("{P}obsolete")));
                obsolete = ours;
                if !ours {
                    kept.push(keep(entry));
                }
            }
            Entry::Comment(_) | Entry::Term(_) => kept.push(keep(entry)),
            Entry::Junk { content } => {
                let offset = text_nobom.find(content).unwrap_or(0);
                let (line, column) = crate::source::line_col(text_nobom, offset);
                return Err(FtlError {
                    line,
                    column,
                    message: Msg::new("ftl-junk"),
                });
            }
            Entry::Message(msg) => {
                let line = id_lines.get(msg.id.name).copied().unwrap_or(0);
                let value = msg.value.as_ref().map(decode_pattern).unwrap_or_default();
                let mut m = Message::new(None, String::new());
                m.line = line;
                m.obsolete = obsolete;
                let mut source = None;
                let mut state = "";
                let mut extra: Vec<(usize, String)> = Vec::new();
                let mut no_translation = false;
                let mut prev: Option<Previous> = None;
                let mut prev_ctx = None;
                for a in &msg.attributes {
                    m.comments
                        .push(format!("{ATTRIBUTE}{}", esc(&attribute_text(a))));
                }
                for l in msg.comment.iter().flat_map(|c| c.content.iter()) {
                    let Some(rest) = l.strip_prefix(P) else {
                        m.comments.push(l.to_string());
                        continue;
                    };
                    let (key, val) = rest.split_once(": ").unwrap_or((rest, ""));
                    match key {
                        "source" => source = Some(unesc(val)),
                        "comment" => m.comments.push(unesc(val)),
                        "note" => m.notes.push(unesc(val)),
                        "ref" => m
                            .references
                            .extend(val.split_whitespace().map(str::to_string)),
                        "flags" => m.flags.extend(
                            val.split(',')
                                .map(|f| f.trim().to_string())
                                .filter(|f| !f.is_empty()),
                        ),
                        "context" => m.context = Some(unesc(val)),
                        "state" => {
                            state = if val.trim() == "stale" {
                                "stale"
                            } else {
                                "untranslated"
                            }
                        }
                        "previous" => {
                            prev.get_or_insert_with(Previous::default).source = unesc(val);
                        }
                        "previous-context" => prev_ctx = Some(unesc(val)),
                        "previous-plural" => {
                            prev.get_or_insert_with(Previous::default).source_plural =
                                Some(unesc(val))
                        }
                        "source-plural" => m.source_plural = Some(unesc(val)),
                        "no-translation" => no_translation = true,
                        k if k.starts_with("translation-") => {
                            let n: usize = k["translation-".len()..].parse().unwrap_or(usize::MAX);
                            extra.push((n, unesc(val)));
                        }
                        _ => m.comments.push(l.to_string()),
                    }
                }
                let Some(source) = source else {
                    return Err(FtlError {
                        line,
                        column: 1,
                        message: Msg::new("ftl-no-source").arg("id", msg.id.name),
                    });
                };
                if let Some(p) = prev.as_mut() {
                    p.context = prev_ctx;
                }
                m.previous = prev;
                // An untranslated message carries the source as its value; once the
                // translator changes the value it counts as translated.
                let untranslated = state == "untranslated" && value == source;
                m.source = source;
                m.stale = state == "stale";
                extra.sort();
                m.translation = if no_translation {
                    Vec::new()
                } else {
                    let first = if untranslated { String::new() } else { value };
                    std::iter::once(first)
                        .chain(extra.into_iter().map(|(_, t)| t))
                        .collect()
                };
                cat.messages.push(m);
            }
        }
    }
    // Live messages first, then obsolete ones, as `write` puts them (a group
    // comment after the obsolete group starts live messages again; found by
    // fuzzing).
    let (live, gone): (Vec<Message>, Vec<Message>) =
        cat.messages.into_iter().partition(|m| !m.obsolete);
    cat.messages = live.into_iter().chain(gone).collect();
    if !kept.is_empty() {
        let h = cat.header.get_or_insert_with(|| {
            let mut h = Message::new(None, String::new());
            h.translation = vec![String::new()];
            h
        });
        h.comments.extend(kept);
    }
    Ok(cat)
}

#[cfg(test)]
mod tests {
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
        ] {
            value_round_trip(s);
        }
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
        let ftl =
            "# dragoman-state: untranslated\n# dragoman-source: Hello\nhello-0000000000 = Hola\n";
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
            String::from_utf8_lossy(include_bytes!("../tests/malformed/ftl/parser-panic.ftl"))
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
}
