//! The house rules of `src/`, checked on every test run: no import cycle
//! between the library's modules, no file over 600 lines (data files aside),
//! and the file-system boundary (only `fsio` calls `std::fs` for writing).
//!
//! Files still over the limit are listed in `OVER_600` with their size at the
//! time they were listed: they may shrink, never grow, and a file that got
//! under the limit must leave the list (the redesign burns it down).

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// Files over 600 lines, and the most lines each may have.
const OVER_600: &[(&str, usize)] = &[];

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The library module a file belongs to (`src/project/merge.rs` → `project`);
/// None for the binary (`main.rs`, `cli/`) and `lib.rs`.
fn module_of(path: &Path) -> Option<String> {
    let rel = path.strip_prefix(src()).unwrap();
    let first = rel.components().next()?.as_os_str().to_str()?.to_string();
    let m = first.strip_suffix(".rs").unwrap_or(&first).to_string();
    (!matches!(m.as_str(), "main" | "lib" | "cli")).then_some(m)
}

/// The library modules a source text refers to through `crate::`.
fn references(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let code: String = text
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    let mut rest = code.as_str();
    while let Some(i) = rest.find("crate::") {
        rest = &rest[i + 7..];
        if let Some(group) = rest.strip_prefix('{') {
            // `use crate::{a::b, c};`: the top-level names of the group.
            let end = group.find("};").unwrap_or(group.len());
            let mut depth = 0;
            let mut name = String::new();
            for c in group[..end].chars() {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    c if depth == 0 && (c.is_alphanumeric() || c == '_') => name.push(c),
                    ':' | ',' | ' ' | '\n' if depth == 0 && !name.is_empty() => {
                        out.insert(std::mem::take(&mut name));
                    }
                    _ => {}
                }
            }
            if !name.is_empty() {
                out.insert(name);
            }
        } else {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            if !name.is_empty() {
                out.insert(name);
            }
        }
    }
    out
}

#[test]
fn no_import_cycle_between_modules() {
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for f in &files {
        let Some(m) = module_of(f) else { continue };
        let refs = references(&fs::read_to_string(f).unwrap());
        let e = graph.entry(m.clone()).or_default();
        e.extend(refs.into_iter().filter(|r| *r != m));
    }
    let modules: BTreeSet<String> = graph.keys().cloned().collect();
    for deps in graph.values_mut() {
        deps.retain(|d| modules.contains(d));
    }
    // A cycle shows as a path back to where it started.
    fn visit(
        m: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
        cycles: &mut Vec<String>,
    ) {
        if let Some(i) = path.iter().position(|p| p == m) {
            cycles.push(format!("{} → {m}", path[i..].join(" → ")));
            return;
        }
        if !done.insert(m.to_string()) {
            return;
        }
        path.push(m.to_string());
        for d in &graph[m] {
            visit(d, graph, path, done, cycles);
        }
        path.pop();
    }
    let mut cycles = Vec::new();
    let mut done = BTreeSet::new();
    for m in graph.keys() {
        visit(m, &graph, &mut Vec::new(), &mut done, &mut cycles);
    }
    assert!(cycles.is_empty(), "import cycles:\n{}", cycles.join("\n"));
    // The graph is what ARCHITECTURE.md describes: the core below, I/O above.
    for core in [
        "source", "catalog", "po", "sync", "build", "check", "guard", "status",
    ] {
        for io in ["fsio", "project", "ops", "cache"] {
            assert!(
                !graph[core].contains(io),
                "the pure core module `{core}` uses `{io}`"
            );
        }
    }
}

#[test]
fn files_stay_under_600_lines() {
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    let mut problems = Vec::new();
    for f in &files {
        let rel = f
            .strip_prefix(src().parent().unwrap())
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let lines = fs::read_to_string(f).unwrap().lines().count();
        match OVER_600.iter().find(|(p, _)| *p == rel) {
            Some((_, max)) if lines > *max => {
                problems.push(format!("{rel}: {lines} lines, more than its {max}"));
            }
            Some(_) if lines <= 600 => {
                problems.push(format!("{rel}: {lines} lines: take it off OVER_600"));
            }
            None if lines > 600 => problems.push(format!("{rel}: {lines} lines (limit 600)")),
            _ => {}
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn only_fsio_writes_files() {
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    let writes = [
        "fs::write(",
        "fs::rename(",
        "fs::remove_file(",
        "File::create(",
        "fs::create_dir_all(",
    ];
    let mut problems = Vec::new();
    for f in &files {
        let rel = f
            .strip_prefix(src())
            .unwrap()
            .to_string_lossy()
            .into_owned();
        // fsio is the layer; tests beside the code make fixtures.
        if rel.starts_with("fsio") {
            continue;
        }
        let text = fs::read_to_string(f).unwrap();
        let code = text.split("#[cfg(test)]").next().unwrap();
        for w in writes {
            if code.contains(w) {
                problems.push(format!("{rel} calls {w}"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
