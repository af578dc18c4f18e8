//! Front matter: split at byte 0 (never with pulldown-cmark's metadata
//! option) in the three ways static-site generators write it — YAML between
//! `---` lines, TOML between `+++` lines (Hugo, Zola), a JSON object (Hugo) —
//! and its string values found by dotted key path (`title`,
//! `extra.summary`), each with the byte range a translation replaces.
//! Everything else in the block stays byte-identical.

use std::ops::Range;

use indexmap::IndexMap;

use super::{LineIndex, SourceError};
use crate::ui::Msg;

mod json;
mod toml;
mod yaml;

use yaml::yaml_options;
pub use yaml::yaml_quote;

/// How a front matter block is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Between `---` lines (closed by `---` or `...`).
    Yaml,
    /// Between `+++` lines.
    Toml,
    /// A JSON object at byte 0, followed by a line break.
    Json,
}

/// A front matter block found at byte 0.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub format: Format,
    /// Byte range of the block's text (between the fences; for JSON, the
    /// object itself).
    pub text: Range<usize>,
    /// Byte offset where the Markdown body starts.
    pub body_start: usize,
}

/// One string value of the front matter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StringValue {
    pub text: String,
    /// The bytes a translation replaces (see [`quoted`]).
    pub range: Range<usize>,
    /// 1-based line and column of the value.
    pub line: usize,
    pub column: usize,
}

impl StringValue {
    /// `text`, standing at `range` of `src` (its line and column from there).
    fn at(src: &str, index: &LineIndex, text: String, range: Range<usize>) -> StringValue {
        let (line, column) = index.line_col(src, range.start);
        StringValue {
            text,
            range,
            line,
            column,
        }
    }
}

/// Splits front matter at byte 0. None when the file has none.
pub fn split_front_matter(src: &str) -> Result<Option<Block>, SourceError> {
    let first_end = src.find('\n').unwrap_or(src.len());
    let first = src[..first_end].trim_end();
    let (format, fence) = match first {
        "---" => (Format::Yaml, "---"),
        "+++" => (Format::Toml, "+++"),
        _ if json::starts(src) => return json::split(src).map(Some),
        _ => return Ok(None),
    };
    if first_end == src.len() {
        return Err(unclosed(fence));
    }
    let start = first_end + 1;
    let mut pos = start;
    while pos < src.len() {
        let end = src[pos..].find('\n').map(|i| pos + i).unwrap_or(src.len());
        let line = src[pos..end].trim_end();
        if line == fence || (format == Format::Yaml && line == "...") {
            return Ok(Some(Block {
                format,
                text: start..pos,
                body_start: (end + 1).min(src.len()),
            }));
        }
        pos = end + 1;
    }
    Err(unclosed(fence))
}

fn unclosed(fence: &str) -> SourceError {
    SourceError {
        line: 1,
        column: 1,
        message: Msg::new("source-front-matter-open").arg("fence", fence),
    }
}

/// Every string value of the block by dotted key path (values inside
/// tables and mappings; not inside lists), in file order.
pub(crate) fn string_values(
    src: &str,
    block: &Block,
    index: &LineIndex,
) -> Result<IndexMap<String, StringValue>, SourceError> {
    match block.format {
        Format::Yaml => yaml::string_values(src, block.text.clone(), index),
        Format::Toml => toml::string_values(src, block.text.clone(), index),
        Format::Json => json::string_values(src, block.text.clone(), index),
    }
}

/// Everything a block's `text` holds, as data (dates as their text), for
/// page templates: authors, date, tags… A block already read by
/// [`string_values`] is valid; anything unreadable is `null`.
pub(crate) fn data(text: &str, format: Format) -> serde_json::Value {
    match format {
        Format::Yaml => {
            serde_saphyr::from_str_with_options::<serde_json::Value>(text, yaml_options())
                .unwrap_or_default()
        }
        Format::Toml => ::toml::from_str::<::toml::Table>(text)
            .map(|t| toml::to_json(::toml::Value::Table(t)))
            .unwrap_or_default(),
        Format::Json => serde_json::from_str(text).unwrap_or_default(),
    }
}

/// A translated value as it replaces the bytes of [`StringValue::range`].
pub fn quoted(format: Format, text: &str) -> String {
    match format {
        // The range starts right after the key's colon.
        Format::Yaml => format!(" {}", yaml_quote(text)),
        Format::Toml => ::toml::Value::String(text.to_string()).to_string(),
        Format::Json => serde_json::to_string(text).unwrap_or_else(|_| "\"\"".into()),
    }
}

/// The key path of `path` joined with `key`.
fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

#[cfg(test)]
mod tests;
