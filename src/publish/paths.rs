//! `output_path`: where a statement's translated file goes inside the output
//! folder, as a template: `{lang}/{path}` (per-language folders),
//! `{dir}/{stem}.{lang}.{ext}` (beside the original, as Zola and Hugo read
//! translations)… Validated when read (it stays inside the output folder and
//! tells languages and statements apart); collisions between statements are
//! found when the paths are made. Pure.

use super::template::Piece::{Placeholder, Text};
use crate::ui::Msg;

/// The placeholders, as error messages list them.
pub const PLACEHOLDERS: &str = "{lang}, {path}, {dir}, {stem}, {ext}";

#[derive(Debug, Clone, PartialEq, Eq)]
enum Piece {
    Text(String),
    Lang,
    Path,
    Dir,
    Stem,
    Ext,
}

/// A validated `output_path`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutputPath {
    /// As written.
    pub template: String,
    pieces: Vec<Piece>,
}

impl OutputPath {
    /// Parses a template; an error is a byte offset in it and a message.
    pub fn parse(template: &str) -> Result<OutputPath, (usize, Msg)> {
        let bad = |at: usize, why: &str| {
            (
                at,
                Msg::new("config-output-path")
                    .arg("template", template)
                    .arg("why", why.to_string())
                    .arg("placeholders", PLACEHOLDERS)
                    .arg("lang", "{lang}")
                    .arg("file", "{path} / {stem}"),
            )
        };
        let names = ["lang", "path", "dir", "stem", "ext"];
        let pieces: Vec<Piece> = super::template::pieces(template, &names)
            .map_err(|(at, why)| bad(at, why))?
            .into_iter()
            .map(|p| match p {
                Placeholder(0) => Piece::Lang,
                Placeholder(1) => Piece::Path,
                Placeholder(2) => Piece::Dir,
                Placeholder(3) => Piece::Stem,
                Placeholder(_) => Piece::Ext,
                Text(t) => Piece::Text(t),
            })
            .collect();
        let literal_dots = template.split('/').any(|c| c == "." || c == "..");
        if template.starts_with('/') || literal_dots {
            return Err(bad(0, "inside"));
        }
        if !pieces.contains(&Piece::Lang) {
            return Err(bad(0, "lang"));
        }
        if !pieces
            .iter()
            .any(|p| matches!(p, Piece::Path | Piece::Stem))
        {
            return Err(bad(0, "statement"));
        }
        Ok(OutputPath {
            template: template.to_string(),
            pieces,
        })
    }

    /// Whether the statement at `rel` has its files of every language in
    /// one folder (Zola's `name.fa.md` beside `name.md`, Hugo's by file
    /// name): two languages' files have the same parent.
    pub fn shares_folder(&self, rel: &str) -> bool {
        let parent = |tag: &str| {
            let file = self.file(rel, tag, false);
            file.rsplit_once('/')
                .map(|(d, _)| d.to_string())
                .unwrap_or_default()
        };
        parent("xa") == parent("xb")
    }

    /// The file of the statement at `rel` (under `statements`, `posts/a.md`)
    /// in language `lang`, relative to the output folder. `source`: the
    /// source language's copy, which drops a `.{lang}` suffix (the original
    /// keeps its name where translations sit beside it). Empty folders (of
    /// `{dir}` at the top) are left out.
    pub fn file(&self, rel: &str, lang: &str, source: bool) -> String {
        let (dir, name) = rel.rsplit_once('/').unwrap_or(("", rel));
        let (stem, ext) = name.rsplit_once('.').unwrap_or((name, ""));
        let mut out = String::with_capacity(rel.len() + 16);
        for (i, p) in self.pieces.iter().enumerate() {
            match p {
                Piece::Text(t) => {
                    // `.{lang}` of the source: both go.
                    let next_is_lang = matches!(self.pieces.get(i + 1), Some(Piece::Lang));
                    if source && next_is_lang && t.ends_with('.') {
                        out.push_str(&t[..t.len() - 1]);
                    } else {
                        out.push_str(t);
                    }
                }
                Piece::Lang => {
                    let dotted = matches!(i.checked_sub(1).and_then(|j| self.pieces.get(j)), Some(Piece::Text(t)) if t.ends_with('.'));
                    if !(source && dotted) {
                        out.push_str(lang);
                    }
                }
                Piece::Path => out.push_str(rel),
                Piece::Dir => out.push_str(dir),
                Piece::Stem => out.push_str(stem),
                Piece::Ext => out.push_str(ext),
            }
        }
        out.split('/')
            .filter(|c| !c.is_empty())
            .collect::<Vec<_>>()
            .join("/")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(t: &str, rel: &str, lang: &str, source: bool) -> String {
        OutputPath::parse(t).unwrap().file(rel, lang, source)
    }

    #[test]
    fn languages_sharing_a_folder() {
        let shares = |t: &str, rel: &str| OutputPath::parse(t).unwrap().shares_folder(rel);
        assert!(shares("{dir}/{stem}.{lang}.{ext}", "posts/a.md"));
        assert!(shares("{path}.{lang}", "posts/a.md"));
        assert!(!shares("{lang}/{path}", "a.md"));
        assert!(!shares("{lang}-{path}", "posts/a.md"));
        assert!(shares("{lang}-{path}", "a.md"));
    }

    #[test]
    fn placeholders() {
        assert_eq!(
            file("{lang}/{path}", "posts/a.md", "es", false),
            "es/posts/a.md"
        );
        assert_eq!(
            file("{lang}/{path}", "posts/a.md", "en", true),
            "en/posts/a.md"
        );
        let beside = "{dir}/{stem}.{lang}.{ext}";
        assert_eq!(file(beside, "posts/a.md", "fa", false), "posts/a.fa.md");
        assert_eq!(file(beside, "posts/a.md", "en", true), "posts/a.md");
        assert_eq!(file(beside, "top.md", "fa", false), "top.fa.md");
        assert_eq!(file(beside, "b/index.md", "es", false), "b/index.es.md");
        assert_eq!(
            file("{lang}/src/{path}", "SUMMARY.md", "ar", false),
            "ar/src/SUMMARY.md"
        );
    }

    #[test]
    fn templates_that_cannot_work_are_refused() {
        let why = |t: &str| match OutputPath::parse(t) {
            Err((at, m)) => (at, m.to_string()),
            Ok(_) => panic!("{t} accepted"),
        };
        assert_eq!(why("{lang}/{slug}.md").0, 7);
        assert_eq!(why("{lang}/{path").0, 7);
        assert!(
            why("../{lang}/{path}").1.contains("inside"),
            "{:?}",
            why("../{lang}/{path}")
        );
        assert!(why("/srv/{lang}/{path}").1.contains("inside"));
        assert!(why("{path}").1.contains("{lang}"));
        assert!(why("{lang}/{dir}.md").1.contains("{path}"));
        assert_eq!(why("{lang}/a:{path}").0, 8);
    }
}
