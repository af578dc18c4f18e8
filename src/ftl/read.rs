//! Reading FTL: the Fluent parser behind a nesting limit and a panic guard,
//! and a dragoman catalog back into the model (what translators add kept).

use super::*;

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
pub(crate) fn parse_resource(text: &str) -> Result<ast::Resource<&str>, FtlError> {
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

/// Parses an FTL catalog written by [`write`] (or edited by a translator).
/// Syntax errors are never dropped: the first one is returned with its position.
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
    for entry in &res.body {
        match entry {
            Entry::ResourceComment(c) => {
                if let Some(h) = header(c) {
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
                    kept.extend(kept_entry(entry));
                }
            }
            Entry::Comment(_) | Entry::Term(_) => kept.extend(kept_entry(entry)),
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
                let mut m = message(msg, line)?;
                m.obsolete = obsolete;
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

/// The catalog header from the resource comment, if it holds one.
fn header(c: &ast::Comment<&str>) -> Option<Message> {
    let mut h = Message::new(None, String::new());
    let mut header = None;
    for l in &c.content {
        if let Some(v) = l.strip_prefix(&format!("{P}header: ")) {
            header = Some(unesc(v));
        } else if *l == format!("{P}header-fuzzy") {
            h.stale = true;
        } else if let Some(v) = l.strip_prefix(&format!("{P}comment: ")) {
            crate::po::push_string(&mut h.comments, unesc(v));
        } else {
            crate::po::push_string(&mut h.comments, l.to_string());
        }
    }
    h.translation = vec![header?];
    Some(h)
}

/// An entry that is not a message (a translator's comment, a term), kept as
/// a header comment so a write gives it back.
fn kept_entry(e: &Entry<&str>) -> Option<String> {
    // An empty comment (`##` alone) holds nothing, and the serializer
    // drops it from a body: nothing to keep (found by fuzzing).
    if let Entry::Comment(c) | Entry::GroupComment(c) = e
        && c.content.iter().all(|l| l.trim().is_empty())
    {
        return None;
    }
    // Trailing empty comment lines do not survive a write and a read:
    // they are not kept either (found by fuzzing).
    let mut e = e.clone();
    if let Entry::Comment(c) | Entry::GroupComment(c) = &mut e {
        while c.content.last().is_some_and(|l| l.trim().is_empty()) {
            c.content.pop();
        }
    }
    let text = fluent_syntax::serializer::serialize(&ast::Resource { body: vec![e] });
    Some(format!("{ENTRY}{}", esc(text.trim_end())))
}

/// What a message's `# dragoman:` comment lines say.
#[derive(Default)]
struct Said {
    source: Option<String>,
    state: &'static str,
    /// `translation-N` lines (plural forms after the first).
    extra: Vec<(usize, String)>,
    no_translation: bool,
    previous: Option<Previous>,
    previous_context: Option<String>,
}

/// One catalog message from an FTL message and its comment.
fn message(msg: &ast::Message<&str>, line: usize) -> Result<Message, FtlError> {
    let value = msg.value.as_ref().map(decode_pattern).unwrap_or_default();
    let mut m = Message::new(None, String::new());
    m.line = crate::source::narrow(line);
    for a in &msg.attributes {
        let attribute = format!("{ATTRIBUTE}{}", esc(&attribute_text(a)));
        crate::po::push_string(&mut m.comments, attribute);
    }
    let mut said = Said::default();
    for l in msg.comment.iter().flat_map(|c| c.content.iter()) {
        match l.strip_prefix(P) {
            Some(rest) => comment_line(rest, l, &mut m, &mut said),
            None => crate::po::push_string(&mut m.comments, l.to_string()),
        }
    }
    let Some(source) = said.source else {
        return Err(FtlError {
            line,
            column: 1,
            message: Msg::new("ftl-no-source").arg("id", msg.id.name),
        });
    };
    if let Some(p) = said.previous.as_mut() {
        p.context = said.previous_context;
    }
    m.previous = said.previous.map(Box::new);
    // An untranslated message carries the source as its value; once the
    // translator changes the value it counts as translated.
    let untranslated = said.state == "untranslated" && value == source;
    m.source = source;
    m.stale = said.state == "stale";
    said.extra.sort();
    m.translation = if said.no_translation {
        Vec::new()
    } else {
        let first = if untranslated { String::new() } else { value };
        std::iter::once(first)
            .chain(said.extra.into_iter().map(|(_, t)| t))
            .collect()
    };
    Ok(m)
}

/// One `# dragoman: key: value` line (`rest` after the prefix; `line` whole).
fn comment_line(rest: &str, line: &str, m: &mut Message, said: &mut Said) {
    let (key, val) = rest.split_once(": ").unwrap_or((rest, ""));
    match key {
        "source" => said.source = Some(unesc(val)),
        "comment" => crate::po::push_string(&mut m.comments, unesc(val)),
        "note" => crate::po::push_string(&mut m.notes, unesc(val)),
        "ref" => {
            for r in val.split_whitespace() {
                crate::po::push_string(&mut m.references, r.to_string());
            }
        }
        "flags" => {
            for f in val.split(',').map(str::trim).filter(|f| !f.is_empty()) {
                crate::po::push_string(&mut m.flags, f.to_string());
            }
        }
        "context" => m.context = Some(unesc(val)),
        "state" => {
            said.state = if val.trim() == "stale" {
                "stale"
            } else {
                "untranslated"
            }
        }
        "previous" => {
            said.previous.get_or_insert_with(Previous::default).source = unesc(val);
        }
        "previous-context" => said.previous_context = Some(unesc(val)),
        "previous-plural" => {
            said.previous
                .get_or_insert_with(Previous::default)
                .source_plural = Some(unesc(val))
        }
        "source-plural" => m.source_plural = Some(unesc(val)),
        "no-translation" => said.no_translation = true,
        k if k.starts_with("translation-") => {
            let n: usize = k["translation-".len()..].parse().unwrap_or(usize::MAX);
            said.extra.push((n, unesc(val)));
        }
        _ => crate::po::push_string(&mut m.comments, line.to_string()),
    }
}
