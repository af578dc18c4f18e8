//! The floor `scripts/bench-peers` prints beside dragoman's timings: read
//! every Markdown file under a folder and parse it with pulldown-cmark (the
//! option set dragoman uses), in parallel, doing nothing else.
//! Usage: `parse_floor DIR` (prints files, bytes and events).

use std::path::{Path, PathBuf};

use rayon::prelude::*;

fn markdown_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            markdown_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "md") {
            out.push(p);
        }
    }
}

fn main() {
    let dir = std::env::args().nth(1).expect("usage: parse_floor DIR");
    let mut files = Vec::new();
    markdown_files(Path::new(&dir), &mut files);
    let (bytes, events) = files
        .par_iter()
        .map(|p| {
            let text = std::fs::read_to_string(p).unwrap_or_default();
            let parser =
                pulldown_cmark::Parser::new_ext(&text, dragoman::source::markdown_options());
            (text.len(), parser.into_offset_iter().count())
        })
        .reduce(|| (0, 0), |a, b| (a.0 + b.0, a.1 + b.1));
    println!("{} files, {bytes} bytes, {events} events", files.len());
}
