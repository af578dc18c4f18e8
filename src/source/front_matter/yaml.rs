//! YAML front matter: parsed with serde-saphyr under a budget, its keys'
//! regions found by lines for splicing (YAML values may span lines); YAML
//! errors as messages people can read.

use std::ops::Range;

use indexmap::IndexMap;

use super::{StringValue, join};
use crate::source::{LineIndex, SourceError};

pub(super) fn yaml_options() -> serde_saphyr::Options {
    let mut budget = serde_saphyr::Budget::default();
    budget.max_events = 20_000;
    budget.max_aliases = 100;
    budget.max_anchors = 100;
    budget.max_nodes = 10_000;
    budget.max_depth = 32;
    budget.max_documents = 1;
    budget.max_total_scalar_bytes = 1 << 20;
    let mut o = serde_saphyr::Options::default();
    o.budget = Some(budget);
    o
}

/// A YAML parser message as a [`crate::ui::Msg`]: the kinds people make
/// (unclosed bracket, tab, stray `: `, duplicate key, not a mapping, unknown
/// alias) get ids other languages can say; English keeps the parser's text,
/// except a duplicate key, whose parser text gives advice for programmers.
pub(crate) fn yaml_message(text: &str) -> crate::ui::Msg {
    use crate::ui::Msg;
    if let Some(rest) = text.strip_prefix("duplicate mapping key: ") {
        let key = rest.split(',').next().unwrap_or(rest).trim();
        return Msg::new("yaml-duplicate-key").arg("key", key);
    }
    if let Some(rest) = text.strip_prefix("unclosed bracket ") {
        return Msg::new("yaml-unclosed-bracket")
            .arg("detail", text)
            .arg("bracket", rest.trim_matches('\''));
    }
    let id = if text.contains("found a tab") {
        "yaml-tab"
    } else if text.starts_with("mapping values are not allowed") {
        "yaml-mapping-values"
    } else if text == "expected mapping start" {
        "yaml-not-mapping"
    } else if text.contains("unknown anchor") {
        "yaml-unknown-anchor"
    } else {
        "yaml-other"
    };
    Msg::new(id).arg("detail", text)
}

/// The string values of a YAML block by dotted key path.
pub(super) fn string_values(
    src: &str,
    yaml: Range<usize>,
    index: &LineIndex,
) -> Result<IndexMap<String, StringValue>, SourceError> {
    let text = &src[yaml.clone()];
    let (base_line, _) = index.line_col(src, yaml.start);
    if text.trim().is_empty() {
        return Ok(IndexMap::new());
    }
    type Map = IndexMap<String, serde_saphyr::Spanned<serde_json::Value>>;
    let parsed: Result<Option<Map>, _> = serde_saphyr::from_str_with_options(text, yaml_options());
    let map = parsed.map_err(|e| {
        let (line, column) = e
            .location()
            .map(|l| (l.line() as usize, l.column() as usize))
            .unwrap_or((1, 1));
        let msg = e.to_string();
        let mut first = msg.lines().next().unwrap_or("invalid YAML").trim();
        // The position is ours (file line and column); drop the parser's own.
        first = first.strip_prefix("error:").map(str::trim).unwrap_or(first);
        if first.starts_with("line ")
            && let Some((_, rest)) = first.split_once(": ")
        {
            first = rest;
        }
        let first = first.to_string();
        SourceError {
            line: base_line + line.max(1) - 1,
            column: column.max(1),
            message: crate::ui::Msg::new("source-front-matter-yaml")
                .arg_msg("detail", yaml_message(&first)),
        }
    })?;
    let mut out = IndexMap::new();
    for (k, v) in map.unwrap_or_default() {
        match v.value {
            serde_json::Value::String(s) => {
                let Some(range) = region(src, &yaml, &[k.as_str()]) else {
                    continue;
                };
                // An anchored value (`&a …`) is what aliases elsewhere
                // repeat: replacing it would change them too (found by
                // fuzzing). It is not offered for translation.
                if anchored(src, &range) {
                    continue;
                }
                let line = base_line + (v.referenced.line() as usize).max(1) - 1;
                let column = v.referenced.column() as usize;
                out.insert(
                    k,
                    StringValue {
                        text: s,
                        range,
                        line,
                        column,
                    },
                );
            }
            serde_json::Value::Object(o) => {
                nested(src, &yaml, index, &mut vec![k.as_str()], &o, &mut out);
            }
            _ => {}
        }
    }
    // Nested mappings come back sorted by key: file order is range order.
    out.sort_by(|_, a, _, b| a.range.start.cmp(&b.range.start));
    Ok(out)
}

/// The string values inside a mapping at `path` (positions from the lines).
fn nested<'a>(
    src: &str,
    yaml: &Range<usize>,
    index: &LineIndex,
    path: &mut Vec<&'a str>,
    map: &'a serde_json::Map<String, serde_json::Value>,
    out: &mut IndexMap<String, StringValue>,
) {
    // Nested mappings deeper than this are not looked into.
    if path.len() >= 8 {
        return;
    }
    for (k, v) in map {
        path.push(k);
        match v {
            serde_json::Value::String(s) => {
                if let Some(range) = region(src, yaml, path).filter(|r| !anchored(src, r)) {
                    let key = path[1..]
                        .iter()
                        .fold(path[0].to_string(), |p, k| join(&p, k));
                    let mut v = StringValue::at(src, index, s.clone(), range);
                    (v.line, v.column) = index.line_col(src, value_start(src, &v.range));
                    out.insert(key, v);
                }
            }
            serde_json::Value::Object(o) => nested(src, yaml, index, path, o, out),
            _ => {}
        }
        path.pop();
    }
}

/// Whether a value's region starts with an anchor (`&name`).
fn anchored(src: &str, range: &Range<usize>) -> bool {
    src[range.clone()].trim_start().starts_with('&')
}

/// Where a value's text starts in its region (after the spaces).
fn value_start(src: &str, range: &Range<usize>) -> usize {
    let r = &src[range.clone()];
    range.start + (r.len() - r.trim_start_matches([' ', '\t']).len())
}

/// The bytes of the value of the entry at `path` (`["extra", "summary"]`):
/// from just after its key's colon through its last line (without the final
/// line break and without trailing blank or comment lines).
pub(super) fn region(src: &str, yaml: &Range<usize>, path: &[&str]) -> Option<Range<usize>> {
    let text = &src[yaml.clone()];
    let lines = lines(text);
    // The block to search: lines [from, to) deeper than `parent`.
    let (mut from, mut to, mut parent) = (0, lines.len(), None::<usize>);
    for (depth, key) in path.iter().enumerate() {
        let child = lines[from..to]
            .iter()
            .find(|l| l.content())
            .map(|l| l.indent)?;
        if parent.is_some_and(|p| child <= p) {
            return None;
        }
        let at = (from..to).find(|&i| {
            let l = &lines[i];
            l.content() && l.indent == child && l.key(text) == Some(key)
        })?;
        let end = (at + 1..to)
            .find(|&i| lines[i].content() && lines[i].indent <= child)
            .unwrap_or(to);
        if depth + 1 == path.len() {
            let l = &lines[at];
            let colon = l.start + text[l.start..l.end].find(':')? + 1;
            let last = (at..end)
                .rev()
                .find(|&i| i == at || lines[i].content())
                .unwrap_or(at);
            let mut stop = lines[last].end;
            if text[..stop].ends_with('\r') {
                stop -= 1;
            }
            return Some(yaml.start + colon..yaml.start + stop.max(colon));
        }
        (from, to, parent) = (at + 1, end, Some(child));
    }
    None
}

/// A line of a YAML block.
struct Line {
    start: usize,
    end: usize,
    indent: usize,
    /// Not blank and not a comment.
    has_content: bool,
}

impl Line {
    fn content(&self) -> bool {
        self.has_content
    }

    /// The key of a `key: value` line (quotes removed).
    fn key<'t>(&self, text: &'t str) -> Option<&'t str> {
        let l = &text[self.start + self.indent..self.end];
        let (k, _) = l.split_once(':')?;
        Some(k.trim().trim_matches(|c| c == '"' || c == '\''))
    }
}

fn lines(text: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut pos = 0;
    while pos < text.len() {
        let end = text[pos..]
            .find('\n')
            .map(|i| pos + i)
            .unwrap_or(text.len());
        let l = &text[pos..end];
        let body = l.trim_start_matches(' ');
        let trimmed = body.trim();
        out.push(Line {
            start: pos,
            end,
            indent: l.len() - body.len(),
            has_content: !trimmed.is_empty()
                && !trimmed.starts_with('#')
                && !body.starts_with('\t'),
        });
        pos = end + 1;
    }
    out
}

/// Quotes a string as a YAML double-quoted scalar.
pub fn yaml_quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\u{85}' => out.push_str("\\N"),
            '\u{2028}' => out.push_str("\\L"),
            '\u{2029}' => out.push_str("\\P"),
            '\u{feff}' => out.push_str("\\uFEFF"),
            c if (c as u32) < 0x20 || ('\u{7f}'..='\u{9f}').contains(&c) => {
                out.push_str(&format!("\\x{:02X}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
