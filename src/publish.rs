//! Publishing for site generators: which files a `target` writes for a
//! statement in a language, where (`output_path`), and with which keys in
//! their front matter. Pure; `ops::build::generate` reads and writes.
//!
//! - `markdown`: the translated Markdown tree (`{lang}/{path}`), `lang` set;
//! - `hugo`: every language's content folder (`{lang}/{path}`, one
//!   `contentDir` per language), `translationKey` tying a statement's
//!   languages together, `lang`;
//! - `zola`: translations beside the originals (`{dir}/{stem}.{lang}.{ext}`,
//!   the source keeping its name), keys under `[extra]` (Zola refuses
//!   unknown top-level keys);
//! - `mdbook`: one book per language (`{lang}/src/{path}`, a `book.toml`
//!   with `book.language`), no front matter (mdbook would show it).
//!
//! Every target marks a statement published with stale translations:
//! `outdated = true` in its front matter, a note in its body, or both
//! (`outdated_note`).

pub mod keys;
pub mod paths;
pub mod summary;
pub mod template;

use serde::Deserialize;

use crate::source::Format;
pub use keys::Value;

/// A key to set: (table, key, value); the table None is the top level.
pub type Key = (Option<&'static str>, &'static str, Value);
pub use paths::OutputPath;

/// `target`: what `build` makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum SiteTarget {
    /// dragoman's own HTML pages, index and dashboard, plus Markdown.
    #[default]
    Html,
    /// The translated Markdown tree only.
    Markdown,
    Hugo,
    Zola,
    Mdbook,
}

/// `below_threshold`: what a statement translated less than its language's
/// `publish_threshold` becomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum BelowThreshold {
    /// The source text, with a notice (as always before).
    #[default]
    Source,
    /// Not written, and nothing links to it.
    Skip,
}

/// `outdated_note`: how a page with stale translations says so.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum OutdatedNote {
    /// `outdated = true` in the front matter (the generator's theme shows it).
    FrontMatter,
    /// A note at the top of the body.
    Body,
    /// Both.
    #[default]
    Both,
}

impl OutdatedNote {
    pub fn in_front_matter(self) -> bool {
        matches!(self, OutdatedNote::FrontMatter | OutdatedNote::Both)
    }

    pub fn in_body(self) -> bool {
        matches!(self, OutdatedNote::Body | OutdatedNote::Both)
    }
}

impl SiteTarget {
    pub fn as_str(self) -> &'static str {
        match self {
            SiteTarget::Html => "html",
            SiteTarget::Markdown => "markdown",
            SiteTarget::Hugo => "hugo",
            SiteTarget::Zola => "zola",
            SiteTarget::Mdbook => "mdbook",
        }
    }

    /// Where files go unless `output_path` says otherwise.
    pub fn default_output_path(self) -> OutputPath {
        let t = match self {
            SiteTarget::Zola => "{dir}/{stem}.{lang}.{ext}",
            SiteTarget::Mdbook => "{lang}/src/{path}",
            SiteTarget::Html | SiteTarget::Markdown | SiteTarget::Hugo => "{lang}/{path}",
        };
        OutputPath::parse(t).expect("the built-in output paths parse")
    }

    /// Whether the source language's files are written too (the generator
    /// builds every language from the output).
    pub fn writes_source(self) -> bool {
        matches!(
            self,
            SiteTarget::Hugo | SiteTarget::Zola | SiteTarget::Mdbook
        )
    }

    /// Whether files keep a front matter block (mdbook shows it as text).
    pub fn front_matter(self) -> bool {
        self != SiteTarget::Mdbook
    }

    /// The format of a block made for a statement that has none.
    pub fn new_front_matter(self) -> Format {
        match self {
            SiteTarget::Zola => Format::Toml,
            _ => Format::Yaml,
        }
    }

    /// The path under `statements` a statement is published as. Zola reads
    /// a language code after the first `.` of a file name (`a.fa.md`), so a
    /// statement whose name has a dot of its own (`Rust-1.5.md`) becomes a
    /// page bundle (`Rust-1.5/index.md`, `Rust-1.5/index.fa.md`).
    pub fn file_rel(self, rel: &str) -> std::borrow::Cow<'_, str> {
        if self != SiteTarget::Zola {
            return rel.into();
        }
        let (dir, name) = rel.rsplit_once('/').map_or(("", rel), |(d, n)| (d, n));
        let stem = name.strip_suffix(".md").unwrap_or(name);
        if !stem.contains('.') {
            return rel.into();
        }
        match dir {
            "" => format!("{stem}/index.md").into(),
            d => format!("{d}/{stem}/index.md").into(),
        }
    }

    /// Whether a statement is written in every language even below the
    /// threshold with `below_threshold = "skip"`: Zola's sections
    /// (`_index.md`) have no fallback to the default language.
    pub fn always_written(self, rel: &str) -> bool {
        match self {
            SiteTarget::Zola => rel == "_index.md" || rel.ends_with("/_index.md"),
            // A book without its summary is no book.
            SiteTarget::Mdbook => rel == "SUMMARY.md",
            _ => false,
        }
    }

    /// Whether a statement's file may carry a notice in its body (held
    /// back, outdated): not mdbook's `SUMMARY.md`, which is a list of
    /// chapters, not a page.
    pub fn notices_in(self, rel: &str) -> bool {
        !(self == SiteTarget::Mdbook && rel == "SUMMARY.md")
    }

    /// Front matter a translation changes besides its keys: Zola publishes
    /// a page whose front matter sets `path` at that very path in every
    /// language, so a translation's goes under its language (`fa/…`), and
    /// the original's `aliases` (old addresses) stay the original's.
    /// `path`: the source's top-level `path`, if any.
    pub fn translation_edits(
        self,
        lang: &str,
        path: Option<&str>,
    ) -> (Vec<Key>, &'static [&'static str]) {
        if self != SiteTarget::Zola {
            return (Vec::new(), &[]);
        }
        let keys = path
            .map(|p| {
                vec![(
                    None,
                    "path",
                    Value::Str(format!("{lang}/{}", p.trim_start_matches('/'))),
                )]
            })
            .unwrap_or_default();
        (keys, &["aliases"])
    }

    /// The table custom keys go into (Zola: `extra`).
    fn table(self) -> Option<&'static str> {
        (self == SiteTarget::Zola).then_some("extra")
    }

    /// The keys of a statement's file in a language. `stem`: the statement's
    /// path without `.md` (the same in every language); `outdated`: stale
    /// translations were used and the note goes in the front matter.
    pub fn keys(self, lang: &str, stem: &str, outdated: bool) -> Vec<Key> {
        if !self.front_matter() {
            return Vec::new();
        }
        let table = self.table();
        let mut out = Vec::with_capacity(3);
        if self == SiteTarget::Hugo {
            out.push((None, "translationKey", Value::Str(stem.to_string())));
        }
        out.push((table, "lang", Value::Str(lang.to_string())));
        if outdated {
            out.push((table, "outdated", Value::Bool(true)));
        }
        out
    }
}

/// The `book.toml` of one language's book (mdbook): the project's own
/// `book.toml` when it has one (every other setting kept), with
/// `book.language`, `book.text-direction` and `book.src` set; else a
/// minimal one titled `title`. None when the project's cannot be read.
pub fn book_toml(project: Option<&str>, title: &str, lang: &str, rtl: bool) -> Option<String> {
    let mut doc: toml::Table = match project {
        Some(text) => toml::from_str(text).ok()?,
        None => toml::Table::new(),
    };
    let book = doc
        .entry("book")
        .or_insert_with(|| toml::Value::Table(toml::Table::new()))
        .as_table_mut()?;
    book.entry("title")
        .or_insert_with(|| toml::Value::String(title.to_string()));
    book.insert("language".into(), toml::Value::String(lang.to_string()));
    book.insert("src".into(), toml::Value::String("src".into()));
    let dir = if rtl { "rtl" } else { "ltr" };
    book.insert("text-direction".into(), toml::Value::String(dir.into()));
    toml::to_string(&doc).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_per_target() {
        let zola = SiteTarget::Zola.keys("fa", "posts/a", true);
        assert_eq!(
            zola,
            [
                (Some("extra"), "lang", Value::Str("fa".into())),
                (Some("extra"), "outdated", Value::Bool(true))
            ]
        );
        let hugo = SiteTarget::Hugo.keys("es", "posts/a", false);
        assert_eq!(
            hugo[0],
            (None, "translationKey", Value::Str("posts/a".into()))
        );
        assert_eq!(hugo.len(), 2);
        assert!(SiteTarget::Mdbook.keys("es", "a", true).is_empty());
    }

    #[test]
    fn zola_names_and_edits() {
        let z = SiteTarget::Zola;
        assert_eq!(z.file_rel("Rust-1.5.md"), "Rust-1.5/index.md");
        assert_eq!(z.file_rel("inside-rust/1.2.md"), "inside-rust/1.2/index.md");
        assert_eq!(z.file_rel("posts/a.md"), "posts/a.md");
        assert_eq!(SiteTarget::Hugo.file_rel("Rust-1.5.md"), "Rust-1.5.md");
        assert!(z.always_written("_index.md") && z.always_written("inside-rust/_index.md"));
        assert!(
            !z.always_written("posts/index.md") && !SiteTarget::Hugo.always_written("_index.md")
        );
        let (keys, drop) = z.translation_edits("fa", Some("/2015/12/10/Rust-1.5"));
        assert_eq!(
            keys,
            [(None, "path", Value::Str("fa/2015/12/10/Rust-1.5".into()))]
        );
        assert_eq!(drop, ["aliases"]);
        assert!(
            SiteTarget::Hugo
                .translation_edits("fa", Some("x"))
                .0
                .is_empty()
        );
    }

    #[test]
    fn a_book_per_language() {
        let own = "[book]\ntitle = \"Notes\"\nauthors = [\"A\"]\n\n[output.html]\ngit-repository-url = \"x\"\n";
        let t: toml::Table =
            toml::from_str(&book_toml(Some(own), "P", "fa", true).unwrap()).unwrap();
        assert_eq!(t["book"]["title"].as_str(), Some("Notes"));
        assert_eq!(t["book"]["language"].as_str(), Some("fa"));
        assert_eq!(t["book"]["text-direction"].as_str(), Some("rtl"));
        assert_eq!(
            t["output"]["html"]["git-repository-url"].as_str(),
            Some("x")
        );
        let t: toml::Table = toml::from_str(&book_toml(None, "P", "es", false).unwrap()).unwrap();
        assert_eq!(t["book"]["title"].as_str(), Some("P"));
        assert!(book_toml(Some("not toml ["), "P", "es", false).is_none());
    }
}
