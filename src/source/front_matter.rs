//! Front matter: split at byte 0 (never with pulldown-cmark's metadata
//! option), parsed with serde-saphyr under a budget, its keys' regions found
//! for splicing; YAML errors as messages people can read.

use super::*;

/// Splits front matter at byte 0: `---` line, YAML, `---` or `...` line.
/// Returns the YAML range and the body start, or None when there is none.
pub fn split_front_matter(src: &str) -> Result<Option<(Range<usize>, usize)>, SourceError> {
    let Some(first_end) = src.find('\n') else {
        return Ok(None);
    };
    if src[..first_end].trim_end() != "---" {
        return Ok(None);
    }
    let yaml_start = first_end + 1;
    let mut pos = yaml_start;
    while pos < src.len() {
        let end = src[pos..].find('\n').map(|i| pos + i).unwrap_or(src.len());
        let line = src[pos..end].trim_end();
        if line == "---" || line == "..." {
            let body_start = (end + 1).min(src.len());
            return Ok(Some((yaml_start..pos, body_start)));
        }
        pos = end + 1;
    }
    Err(SourceError {
        line: 1,
        column: 1,
        message: crate::ui::Msg::new("source-front-matter-open"),
    })
}

pub(crate) fn yaml_options() -> serde_saphyr::Options {
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

/// Parses the YAML of a front matter block into its top-level string values.
pub(crate) fn parse_front_matter(
    src: &str,
    yaml: Range<usize>,
    index: &LineIndex,
) -> Result<IndexMap<String, (String, usize, usize)>, SourceError> {
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
        if let serde_json::Value::String(s) = v.value {
            let line = base_line + (v.referenced.line() as usize).max(1) - 1;
            out.insert(k, (s, line, v.referenced.column() as usize));
        }
    }
    Ok(out)
}

/// The byte range of a top-level `key: value` entry (through its last line,
/// without the final newline) inside the YAML range.
pub fn key_region(src: &str, yaml: &Range<usize>, key: &str) -> Option<Range<usize>> {
    let text = &src[yaml.clone()];
    let mut pos = 0;
    let mut start = None;
    let mut end = 0;
    while pos < text.len() {
        let line_end = text[pos..]
            .find('\n')
            .map(|i| pos + i)
            .unwrap_or(text.len());
        let line = &text[pos..line_end];
        let top_level = !line.is_empty() && !line.starts_with([' ', '\t', '#']);
        if start.is_some() {
            if top_level {
                break;
            }
            if !line.trim().is_empty() && !line.trim_start().starts_with('#') {
                end = line_end;
            }
        } else if top_level {
            let k = line.split(':').next().unwrap_or("").trim();
            let k = k.trim_matches(|c| c == '"' || c == '\'');
            if k == key && line.contains(':') {
                start = Some(pos);
                end = line_end;
            }
        }
        pos = line_end + 1;
    }
    let end = if text[..end].ends_with('\r') {
        end - 1
    } else {
        end
    };
    start.map(|s| yaml.start + s..yaml.start + end)
}
