//! TOML front matter (`+++`, as Hugo and Zola write it): parsed with the
//! toml crate's spanned document parser; a value's range is its string
//! literal, quotes included.

use std::ops::Range;

use indexmap::IndexMap;
use toml::de::{DeTable, DeValue};

use super::{StringValue, join};
use crate::source::{LineIndex, SourceError};
use crate::ui::Msg;

pub(super) fn string_values(
    src: &str,
    range: Range<usize>,
    index: &LineIndex,
) -> Result<IndexMap<String, StringValue>, SourceError> {
    let text = &src[range.clone()];
    let table = DeTable::parse(text).map_err(|e| {
        let at = range.start + e.span().map(|s| s.start).unwrap_or(0);
        let (line, column) = index.line_col(src, at);
        SourceError {
            line,
            column,
            message: Msg::new("source-front-matter-toml").arg("detail", e.message().trim()),
        }
    })?;
    let mut found = Vec::new();
    walk(table.get_ref(), "", 0, &mut found);
    // The parser's tables are sorted by key: file order is span order.
    found.sort_by_key(|(_, _, span)| span.start);
    Ok(found
        .into_iter()
        .map(|(key, text, span)| {
            let at = range.start + span.start..range.start + span.end;
            (key, StringValue::at(src, index, text, at))
        })
        .collect())
}

/// Collects (dotted key, value, span) of the strings in `table`.
fn walk(table: &DeTable, path: &str, depth: usize, out: &mut Vec<(String, String, Range<usize>)>) {
    if depth >= 8 {
        return;
    }
    for (k, v) in table {
        let key = join(path, k.get_ref());
        match v.get_ref() {
            DeValue::String(s) => out.push((key, s.to_string(), v.span())),
            DeValue::Table(t) => walk(t, &key, depth + 1, out),
            _ => {}
        }
    }
}

/// A TOML value as JSON data; dates and times as their TOML text.
pub(super) fn to_json(v: toml::Value) -> serde_json::Value {
    use serde_json::Value as J;
    match v {
        toml::Value::String(s) => J::String(s),
        toml::Value::Integer(i) => J::from(i),
        toml::Value::Float(f) => J::from(f),
        toml::Value::Boolean(b) => J::Bool(b),
        toml::Value::Datetime(d) => J::String(d.to_string()),
        toml::Value::Array(a) => J::Array(a.into_iter().map(to_json).collect()),
        toml::Value::Table(t) => J::Object(t.into_iter().map(|(k, v)| (k, to_json(v))).collect()),
    }
}
