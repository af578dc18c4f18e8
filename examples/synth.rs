//! Synthetic corpus generator for scaling measurements (deterministic).
//! Usage: cargo run --release --example synth -- SOURCE_DIR OUT_DIR SCALE [EDIT_PERCENT] [SEED]
//! Writes OUT_DIR/dragoman.toml and OUT_DIR/statements/copy-K/… : SCALE copies of
//! every Markdown file under SOURCE_DIR, with EDIT_PERCENT of their paragraphs
//! reworded (one word swapped), so sync has real matching work.

use std::path::PathBuf;

#[path = "../tests/support/corpus.rs"]
mod support;

fn main() {
    let a: Vec<String> = std::env::args().collect();
    let (src, out) = (PathBuf::from(&a[1]), PathBuf::from(&a[2]));
    let scale: usize = a[3].parse().unwrap();
    let edit: u64 = a.get(4).and_then(|x| x.parse().ok()).unwrap_or(10);
    let mut seed: u64 = a.get(5).and_then(|x| x.parse().ok()).unwrap_or(42);
    let mut rnd = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let files = support::md_files(&src);
    std::fs::create_dir_all(out.join("statements")).unwrap();
    std::fs::write(out.join("dragoman.toml"), "name = \"synthetic\"\nsource = \"en\"\nlanguages = [\"es\", \"fa\", \"ar\"]\nreferences = \"file\"\n").unwrap();
    for k in 0..scale {
        for f in &files {
            let rel = f.strip_prefix(&src).unwrap();
            let text = std::fs::read_to_string(f).unwrap();
            let mut body = String::with_capacity(text.len());
            for para in text.split_inclusive("\n\n") {
                if k > 0
                    && rnd() % 100 < edit
                    && para.chars().next().is_some_and(char::is_alphabetic)
                {
                    // Reword: swap the first two words.
                    let mut words: Vec<&str> = para.splitn(3, ' ').collect();
                    if words.len() == 3 {
                        words.swap(0, 1);
                    }
                    body.push_str(&words.join(" "));
                } else {
                    body.push_str(para);
                }
            }
            let dest = out.join("statements").join(format!("copy-{k}")).join(rel);
            std::fs::create_dir_all(dest.parent().unwrap()).unwrap();
            std::fs::write(dest, body).unwrap();
        }
    }
    println!("{} statements in {}", files.len() * scale, out.display());
}
