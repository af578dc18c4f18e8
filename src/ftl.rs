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

mod read;
mod value;

use read::*;
pub use read::{MAX_NESTING, check_nesting, parse, too_deep};
use value::*;
pub use value::{decode_pattern, encode_pattern};

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

/// A FTL problem with its position (one [`SyntaxError`](crate::error::SyntaxError) for every reader).
pub type FtlError = crate::error::SyntaxError;

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

#[cfg(test)]
mod tests;
