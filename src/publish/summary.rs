//! An mdbook `SUMMARY.md` without the chapters a language does not publish
//! (`below_threshold = "skip"`): an entry with no sub-entries goes; one
//! with sub-entries stays as a draft chapter (`[Title]()`: listed, no page,
//! no link), so the entries below keep their place. Pure.

use std::collections::HashSet;

/// A summary link's target as a path relative to the summary (`./`,
/// fragment and percent-encoding removed).
fn target_path(dest: &str) -> String {
    let dest = dest.trim();
    let dest = dest.split(['#', '?']).next().unwrap_or("");
    let dest = percent_encoding::percent_decode_str(dest).decode_utf8_lossy();
    dest.trim_start_matches("./").to_string()
}

/// The link target of an entry line (`- [Title](ch1.md)`, `[Intro](intro.md)`),
/// as the byte range of what is inside the parentheses.
fn entry_target(line: &str) -> Option<std::ops::Range<usize>> {
    let start = line.rfind("](")? + 2;
    let len = line[start..].find(')')?;
    Some(start..start + len)
}

fn indent(line: &str) -> usize {
    line.len() - line.trim_start().len()
}

/// `summary` without the entries whose target is in `skipped` (paths
/// relative to the summary's folder).
pub fn without(summary: &str, skipped: &HashSet<String>) -> String {
    let lines: Vec<&str> = summary.split_inclusive('\n').collect();
    let mut out = String::with_capacity(summary.len());
    for (i, line) in lines.iter().enumerate() {
        let Some(range) = entry_target(line).filter(|r| {
            let t = target_path(&line[r.clone()]);
            !t.is_empty() && skipped.contains(&t)
        }) else {
            out.push_str(line);
            continue;
        };
        let next = lines[i + 1..].iter().find(|l| !l.trim().is_empty());
        let has_children = next.is_some_and(|n| {
            let t = n.trim_start();
            (t.starts_with(['-', '*']) || t.starts_with(|c: char| c.is_ascii_digit()))
                && indent(n) > indent(line)
        });
        if has_children {
            out.push_str(&line[..range.start]);
            out.push_str(&line[range.end..]);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skipped_chapters_leave_the_summary() {
        let summary = "# Summary\n\n[Intro](intro.md)\n\n- [One](one.md)\n- [Two](./two.md#top)\n  - [Two a](two/a.md)\n  - [Two b](two/b%20c.md)\n- [Three](three.md)\n";
        let skipped: HashSet<String> = ["intro.md", "two.md", "two/b c.md", "three.md"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(
            without(summary, &skipped),
            "# Summary\n\n\n- [One](one.md)\n- [Two]()\n  - [Two a](two/a.md)\n"
        );
        assert_eq!(without(summary, &HashSet::new()), summary);
    }
}
