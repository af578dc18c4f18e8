//! Keys a site generator reads, set in a translated file's front matter in
//! the source's own format (YAML, TOML or JSON), everything else kept byte
//! for byte: `lang`, `outdated`, Hugo's `translationKey`, Zola's `extra`
//! table. A key already there is replaced; a file without front matter gets
//! a block in the format the generator prefers. Pure.

use crate::source::{Format, split_front_matter};

/// A value to set (strings and booleans are all the generators need).
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Str(String),
    Bool(bool),
}

impl Value {
    /// The value's text: a double-quoted string (JSON escapes, which YAML and
    /// TOML basic strings read the same) or `true` / `false`.
    fn text(&self) -> String {
        match self {
            Value::Str(s) => serde_json::to_string(s).expect("a string serializes"),
            Value::Bool(b) => b.to_string(),
        }
    }
}

/// Keys to set: (`table`, key, value); `table` None is the top level, Some
/// a table at the top level (`extra`).
pub type Keys<'a> = [(Option<&'a str>, &'a str, Value)];

/// `markdown` with `keys` set in its front matter (`new_format`: the format
/// of a block made for a file that has none). A block that cannot be read
/// is left as it is (None).
pub fn set(markdown: &str, keys: &Keys, new_format: Format) -> Option<String> {
    if keys.is_empty() {
        return Some(markdown.to_string());
    }
    let Ok(block) = split_front_matter(markdown) else {
        return None;
    };
    let Some(block) = block else {
        let (open, close) = fences(new_format);
        let text = match new_format {
            Format::Json => json(keys, "{}")?,
            Format::Yaml => yaml("", keys),
            Format::Toml => toml("", keys),
        };
        return Some(format!("{open}{text}{close}\n{markdown}"));
    };
    let inner = &markdown[block.text.clone()];
    let text = match block.format {
        Format::Yaml => yaml(inner, keys),
        Format::Toml => toml(inner, keys),
        Format::Json => json(keys, inner)?,
    };
    Some(format!(
        "{}{text}{}",
        &markdown[..block.text.start],
        &markdown[block.text.end..]
    ))
}

/// `markdown` without the top-level `key` in its front matter (with its
/// value, however many lines it spans); unchanged when it has none or the
/// block cannot be read.
pub fn remove(markdown: &str, key: &str) -> String {
    let Ok(Some(block)) = split_front_matter(markdown) else {
        return markdown.to_string();
    };
    let inner = &markdown[block.text.clone()];
    let text = match block.format {
        Format::Yaml => {
            let mut lines: Vec<String> = lines(inner).into_iter().map(String::from).collect();
            if let Some(i) = lines.iter().position(|l| yaml_key(l) == Some((0, key))) {
                let end = (i + 1..lines.len())
                    .find(|&j| yaml_top_level(&lines[j]) || lines[j].trim_start().starts_with('#'))
                    .unwrap_or(lines.len());
                lines.drain(i..end);
            }
            lines.concat()
        }
        Format::Toml => toml_remove(inner, key),
        Format::Json => {
            let Ok(mut v) = serde_json::from_str::<serde_json::Value>(inner) else {
                return markdown.to_string();
            };
            if let Some(o) = v.as_object_mut() {
                o.remove(key);
            }
            serde_json::to_string_pretty(&v).unwrap_or_else(|_| inner.to_string())
        }
    };
    format!(
        "{}{text}{}",
        &markdown[..block.text.start],
        &markdown[block.text.end..]
    )
}

/// A top-level TOML key and its value removed: the value's brackets and
/// braces counted (outside strings) to find where a multi-line array ends.
fn toml_remove(text: &str, key: &str) -> String {
    let lines = lines(text);
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    let mut in_tables = false;
    while i < lines.len() {
        let l = lines[i];
        in_tables |= l.trim_start().starts_with('[');
        let is_key = !in_tables
            && l.split_once('=')
                .is_some_and(|(k, _)| k.trim().trim_matches('"') == key);
        if !is_key {
            out.push_str(l);
            i += 1;
            continue;
        }
        let mut depth = toml_depth(l.split_once('=').map_or("", |(_, v)| v));
        i += 1;
        while depth > 0 && i < lines.len() {
            depth += toml_depth(lines[i]);
            i += 1;
        }
    }
    out
}

/// The change in bracket depth over a line of TOML (strings and comments
/// skipped).
fn toml_depth(line: &str) -> i32 {
    let (mut depth, mut quote, mut escaped) = (0, None::<char>, false);
    for c in line.chars() {
        match quote {
            Some(q) => {
                if escaped {
                    escaped = false;
                } else if c == '\\' && q == '"' {
                    escaped = true;
                } else if c == q {
                    quote = None;
                }
            }
            None => match c {
                '"' | '\'' => quote = Some(c),
                '[' | '{' => depth += 1,
                ']' | '}' => depth -= 1,
                '#' => break,
                _ => {}
            },
        }
    }
    depth
}

fn fences(format: Format) -> (&'static str, &'static str) {
    match format {
        Format::Yaml => ("---\n", "---\n"),
        Format::Toml => ("+++\n", "+++\n"),
        Format::Json => ("", "\n"),
    }
}

/// Lines of a block, each with its line break.
fn lines(text: &str) -> Vec<&str> {
    text.split_inclusive('\n').collect()
}

fn ensure_newline(out: &mut String) {
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
}

/// YAML: a top-level `key:` line (with its indented continuation) is
/// replaced; a table's key goes under the table's block mapping (made when
/// missing) at its children's indentation.
fn yaml(text: &str, keys: &Keys) -> String {
    let mut lines: Vec<String> = lines(text).into_iter().map(String::from).collect();
    for (table, key, value) in keys {
        let line = |indent: &str| format!("{indent}{key}: {}\n", value.text());
        match table {
            None => {
                let n = lines.len();
                yaml_put(&mut lines, 0, n, "", key, line(""));
            }
            Some(t) => {
                let Some(head) = lines.iter().position(|l| yaml_key(l) == Some((0, t))) else {
                    if let Some(last) = lines.last_mut() {
                        ensure_newline(last);
                    }
                    lines.push(format!("{t}:\n"));
                    lines.push(line("  "));
                    continue;
                };
                let end = (head + 1..lines.len())
                    .find(|&i| yaml_top_level(&lines[i]))
                    .unwrap_or(lines.len());
                let indent = lines[head + 1..end]
                    .iter()
                    .find(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
                    .map(|l| l[..l.len() - l.trim_start().len()].to_string())
                    .unwrap_or_else(|| "  ".to_string());
                let new = line(&indent);
                yaml_put(&mut lines, head + 1, end, &indent, key, new);
            }
        }
    }
    lines.concat()
}

/// The indentation and key of a `key:` line.
fn yaml_key(line: &str) -> Option<(usize, &str)> {
    let indent = line.len() - line.trim_start().len();
    let rest = line.trim_start();
    let (k, after) = rest.split_once(':')?;
    let k = k.trim_end();
    let plain = !k.is_empty() && !k.starts_with(['#', '-', '"', '\'']) && !k.contains(' ');
    (plain && (after.is_empty() || after.starts_with([' ', '\n', '\r', '\t'])))
        .then_some((indent, k))
}

/// A line that starts a new top-level entry (not a comment, not blank,
/// not indented).
fn yaml_top_level(line: &str) -> bool {
    !line.trim().is_empty() && !line.starts_with([' ', '\t', '#'])
}

/// Sets `key` among lines `from..to` at indentation `indent`.
fn yaml_put(lines: &mut Vec<String>, from: usize, to: usize, indent: &str, key: &str, new: String) {
    let at = (from..to).find(|&i| yaml_key(&lines[i]) == Some((indent.len(), key)));
    match at {
        Some(i) => {
            // The entry's continuation: deeper-indented lines after it.
            let end = (i + 1..to)
                .find(|&j| {
                    let l = &lines[j];
                    !l.trim().is_empty() && l.len() - l.trim_start().len() <= indent.len()
                })
                .unwrap_or(to);
            lines.splice(i..end, [new]);
        }
        None => {
            if to > 0
                && let Some(prev) = lines.get_mut(to - 1)
            {
                ensure_newline(prev);
            }
            lines.insert(to, new);
        }
    }
}

/// TOML: top-level keys go before the first table header; a table's key
/// right after its `[table]` header (appended at the end when missing). A
/// key already there (a one-line `key = …`) is replaced.
fn toml(text: &str, keys: &Keys) -> String {
    let mut lines: Vec<String> = lines(text).into_iter().map(String::from).collect();
    for (table, key, value) in keys {
        let new = format!("{key} = {}\n", value.text());
        let header = |l: &str| l.trim_start().starts_with('[');
        let (from, to) = match table {
            None => (
                0,
                lines.iter().position(|l| header(l)).unwrap_or(lines.len()),
            ),
            Some(t) => {
                let name = format!("[{t}]");
                match lines.iter().position(|l| l.trim() == name) {
                    Some(h) => (
                        h + 1,
                        (h + 1..lines.len())
                            .find(|&i| header(&lines[i]))
                            .unwrap_or(lines.len()),
                    ),
                    None => {
                        if let Some(last) = lines.last_mut() {
                            ensure_newline(last);
                        }
                        lines.push(format!("\n{name}\n"));
                        (lines.len(), lines.len())
                    }
                }
            }
        };
        let is_key = |l: &str| {
            l.split_once('=')
                .is_some_and(|(k, _)| k.trim().trim_matches('"') == *key)
        };
        match (from..to).find(|&i| is_key(&lines[i])) {
            Some(i) => lines[i] = new,
            None => {
                // Before a table's trailing blank lines, after its keys.
                let mut at = to;
                while at > from && lines[at - 1].trim().is_empty() {
                    at -= 1;
                }
                if at > 0
                    && let Some(prev) = lines.get_mut(at - 1)
                {
                    ensure_newline(prev);
                }
                lines.insert(at, new);
            }
        }
    }
    lines.concat()
}

/// JSON: the object re-read, the keys set (tables as nested objects), and
/// written back with the keys in their order (serde_json keeps insertion
/// order here only for the keys it adds: the others come back sorted).
fn json(keys: &Keys, text: &str) -> Option<String> {
    let mut v: serde_json::Value = serde_json::from_str(text).ok()?;
    let obj = v.as_object_mut()?;
    for (table, key, value) in keys {
        let value = match value {
            Value::Str(s) => serde_json::Value::String(s.clone()),
            Value::Bool(b) => serde_json::Value::Bool(*b),
        };
        match table {
            None => {
                obj.insert((*key).to_string(), value);
            }
            Some(t) => {
                let inner = obj
                    .entry((*t).to_string())
                    .or_insert_with(|| serde_json::json!({}));
                inner.as_object_mut()?.insert((*key).to_string(), value);
            }
        }
    }
    serde_json::to_string_pretty(&v).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(
        pairs: &[(Option<&'static str>, &'static str, Value)],
    ) -> Vec<(Option<&'static str>, &'static str, Value)> {
        pairs.to_vec()
    }

    #[test]
    fn yaml_keys_are_added_and_replaced_in_place() {
        let md = "---\ntitle: \"Hola\"\nlang: en\ntags:\n  - a\n  - b\n# note\n---\n\nBody.\n";
        let out = set(
            md,
            &keys(&[
                (None, "lang", Value::Str("es".into())),
                (None, "outdated", Value::Bool(true)),
                (None, "tags", Value::Str("x".into())),
            ]),
            Format::Yaml,
        )
        .unwrap();
        assert_eq!(
            out,
            "---\ntitle: \"Hola\"\nlang: \"es\"\ntags: \"x\"\n# note\noutdated: true\n---\n\nBody.\n"
        );
        let nested = "---\ntitle: T\nextra:\n    summary: S\nafter: 1\n---\nB\n";
        let out = set(
            nested,
            &keys(&[(Some("extra"), "lang", Value::Str("fa".into()))]),
            Format::Yaml,
        )
        .unwrap();
        assert_eq!(
            out,
            "---\ntitle: T\nextra:\n    summary: S\n    lang: \"fa\"\nafter: 1\n---\nB\n"
        );
        let out = set(
            "---\ntitle: T\n---\nB\n",
            &keys(&[(Some("extra"), "lang", Value::Str("fa".into()))]),
            Format::Yaml,
        )
        .unwrap();
        assert_eq!(out, "---\ntitle: T\nextra:\n  lang: \"fa\"\n---\nB\n");
    }

    #[test]
    fn toml_keys_go_before_tables_and_into_theirs() {
        let md = "+++\ntitle = \"Hola\"\n\n[extra]\nrelease = true\n\n[taxonomies]\ntags = [\"a\"]\n+++\nBody\n";
        let out = set(
            md,
            &keys(&[
                (Some("extra"), "lang", Value::Str("es".into())),
                (Some("extra"), "outdated", Value::Bool(true)),
                (None, "translationKey", Value::Str("posts/a".into())),
            ]),
            Format::Toml,
        )
        .unwrap();
        assert_eq!(
            out,
            "+++\ntitle = \"Hola\"\ntranslationKey = \"posts/a\"\n\n[extra]\nrelease = true\nlang = \"es\"\noutdated = true\n\n[taxonomies]\ntags = [\"a\"]\n+++\nBody\n"
        );
        let parsed: toml::Table = toml::from_str(&out[4..out.rfind("+++").unwrap()]).unwrap();
        assert_eq!(parsed["extra"]["lang"].as_str(), Some("es"));
        // No [extra] yet: one is added; a key already there is replaced.
        let out = set(
            "+++\ntitle = \"T\"\nlang = \"en\"\n+++\n",
            &keys(&[
                (Some("extra"), "lang", Value::Str("fa".into())),
                (None, "lang", Value::Str("fa".into())),
            ]),
            Format::Toml,
        )
        .unwrap();
        assert_eq!(
            out,
            "+++\ntitle = \"T\"\nlang = \"fa\"\n\n[extra]\nlang = \"fa\"\n+++\n"
        );
    }

    #[test]
    fn keys_are_removed_with_their_whole_value() {
        let toml = "+++\npath = \"2015/a\"\naliases = [\n    \"a.html\",\n    \"b[1]\",\n]\ntitle = \"T\"\n\n[extra]\naliases = 1\n+++\nB\n";
        assert_eq!(
            remove(toml, "aliases"),
            "+++\npath = \"2015/a\"\ntitle = \"T\"\n\n[extra]\naliases = 1\n+++\nB\n"
        );
        let yaml = "---\ntitle: T\naliases:\n  - a\n  - b\ndate: 2024-01-01\n---\nB\n";
        assert_eq!(
            remove(yaml, "aliases"),
            "---\ntitle: T\ndate: 2024-01-01\n---\nB\n"
        );
        assert_eq!(remove("No front matter\n", "aliases"), "No front matter\n");
    }

    #[test]
    fn json_and_missing_front_matter() {
        let out = set(
            "{\"title\": \"T\"}\n\nBody\n",
            &keys(&[(None, "lang", Value::Str("es".into()))]),
            Format::Yaml,
        )
        .unwrap();
        let v: serde_json::Value =
            serde_json::from_str(&out[..out.find("\n\nBody").unwrap()]).unwrap();
        assert_eq!(v["lang"], "es");
        assert!(out.ends_with("\n\nBody\n"));
        let out = set(
            "Body \"quoted\"\n",
            &keys(&[(None, "title", Value::Str("A \"q\" \\ b".into()))]),
            Format::Toml,
        )
        .unwrap();
        assert_eq!(
            out,
            "+++\ntitle = \"A \\\"q\\\" \\\\ b\"\n+++\n\nBody \"quoted\"\n"
        );
        let out = set(
            "Body\n",
            &keys(&[(None, "lang", Value::Str("es".into()))]),
            Format::Yaml,
        )
        .unwrap();
        assert_eq!(out, "---\nlang: \"es\"\n---\n\nBody\n");
    }
}
