//! JSON front matter (Hugo): an object at byte 0 followed by a line break;
//! a value's range is its string literal, quotes included.

use std::ops::Range;

use indexmap::IndexMap;
use serde_json::value::RawValue;

use super::{Block, Format, StringValue, join};
use crate::source::{LineIndex, SourceError};
use crate::ui::Msg;

/// Whether the file starts with what can only be a JSON object (`{` then a
/// key or `}`), not Markdown that happens to start with a brace.
pub(super) fn starts(src: &str) -> bool {
    src.strip_prefix('{')
        .map(|r| r.trim_start())
        .is_some_and(|r| r.starts_with(['"', '}']))
}

pub(super) fn split(src: &str) -> Result<Block, SourceError> {
    let mut stream = serde_json::Deserializer::from_str(src).into_iter::<&RawValue>();
    match stream.next() {
        Some(Ok(_)) => {
            let end = stream.byte_offset();
            let rest = &src[end..];
            let line_end = rest.find('\n').map(|i| end + i + 1).unwrap_or(src.len());
            Ok(Block {
                format: Format::Json,
                text: 0..end,
                body_start: line_end,
            })
        }
        Some(Err(e)) => Err(error(&e)),
        None => Err(error(&serde_json::from_str::<()>("").unwrap_err())),
    }
}

fn error(e: &serde_json::Error) -> SourceError {
    let message = e.to_string();
    let detail = message.split(" at line ").next().unwrap_or(&message);
    SourceError {
        line: e.line().max(1),
        column: e.column().max(1),
        message: Msg::new("source-front-matter-json").arg("detail", detail),
    }
}

pub(super) fn string_values(
    src: &str,
    range: Range<usize>,
    index: &LineIndex,
) -> Result<IndexMap<String, StringValue>, SourceError> {
    let mut out = IndexMap::new();
    walk(src, &src[range], "", 0, index, &mut out).map_err(|e| error(&e))?;
    Ok(out)
}

/// Collects the strings of the object `text` (a slice of `src`).
fn walk(
    src: &str,
    text: &str,
    path: &str,
    depth: usize,
    index: &LineIndex,
    out: &mut IndexMap<String, StringValue>,
) -> Result<(), serde_json::Error> {
    if depth >= 8 {
        return Ok(());
    }
    let map: IndexMap<String, &RawValue> = serde_json::from_str(text)?;
    for (k, raw) in map {
        let r = raw.get();
        let key = join(path, &k);
        if r.starts_with('"') {
            let start = r.as_ptr() as usize - src.as_ptr() as usize;
            let text: String = serde_json::from_str(r)?;
            out.insert(
                key,
                StringValue::at(src, index, text, start..start + r.len()),
            );
        } else if r.starts_with('{') {
            walk(src, r, &key, depth + 1, index, out)?;
        }
    }
    Ok(())
}
