//! `catalog_path`: where a statement's catalog goes in the per-statement
//! layout, as a template (`locales/{lang}/{bundle}.po`). The part after
//! `<locales>/{lang}/` and before the extension names the catalog (and the
//! statement's template, `locales/templates/<name>.pot`); placeholders come
//! from the statement's path under `statements`:
//!
//! - `{path}`: without `.md` (`posts/harbor/index`), the default;
//! - `{dir}`: its folder (`posts/harbor`; empty at the top);
//! - `{name}`: its file name without `.md` (`index`);
//! - `{bundle}`: the folder of a page bundle's `index.md` / `_index.md`,
//!   `{path}` for any other file (and for a bundle at the top).
//!
//! Pure: the template is validated here; names that collide or come out
//! empty are found against the statements by `Project::statements`.

use crate::publish::template::Piece::{Placeholder, Text};
use crate::ui::Msg;

/// The placeholders, as error messages list them.
pub const PLACEHOLDERS: &str = "{path}, {dir}, {name}, {bundle}";

/// One piece of the name template.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Piece {
    Text(String),
    Path,
    Dir,
    Name,
    Bundle,
}

/// The validated `catalog_path`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogPath {
    /// As written (for messages); empty for the default.
    pub template: String,
    pieces: Vec<Piece>,
    /// A literal extension (`.po` / `.ftl`); None: `.{ext}`, the format's.
    pub extension: Option<super::CatalogFormat>,
}

impl Default for CatalogPath {
    /// `<locales>/{lang}/{path}.{ext}`.
    fn default() -> Self {
        CatalogPath {
            template: String::new(),
            pieces: vec![Piece::Path],
            extension: None,
        }
    }
}

impl CatalogPath {
    /// Parses a template; an error is a byte offset in it and a message.
    pub fn parse(template: &str, locales: &str) -> Result<CatalogPath, (usize, Msg)> {
        let bad = |at: usize, why: &str| {
            (
                at,
                Msg::new("config-catalog-path")
                    .arg("template", template)
                    .arg("why", why.to_string())
                    .arg("prefix", format!("{locales}/{{lang}}/"))
                    .arg("ext", ".{ext}")
                    .arg("placeholders", PLACEHOLDERS),
            )
        };
        let prefix = format!("{locales}/{{lang}}/");
        let Some(rest) = template.strip_prefix(&prefix) else {
            return Err(bad(0, "prefix"));
        };
        let (middle, extension) = if let Some(m) = rest.strip_suffix(".{ext}") {
            (m, None)
        } else if let Some(m) = rest.strip_suffix(".po") {
            (m, Some(super::CatalogFormat::Po))
        } else if let Some(m) = rest.strip_suffix(".ftl") {
            (m, Some(super::CatalogFormat::Ftl))
        } else {
            let dot = template.rfind('.').unwrap_or(template.len());
            return Err(bad(dot, "extension"));
        };
        let base = prefix.len();
        let pieces: Vec<Piece> =
            crate::publish::template::pieces(middle, &["path", "dir", "name", "bundle"])
                .map_err(|(at, why)| bad(base + at, why))?
                .into_iter()
                .map(|p| match p {
                    Placeholder(0) => Piece::Path,
                    Placeholder(1) => Piece::Dir,
                    Placeholder(2) => Piece::Name,
                    Placeholder(_) => Piece::Bundle,
                    Text(t) => Piece::Text(t),
                })
                .collect();
        let dots = middle.split('/').any(|c| c == "." || c == "..");
        if dots || middle.starts_with('/') || middle.contains("//") {
            return Err(bad(base, "component"));
        }
        // `{dir}` alone is fine for a site of bundles: collisions are
        // found against the statements.
        if pieces.iter().all(|p| matches!(p, Piece::Text(_))) {
            return Err(bad(base, "unique"));
        }
        Ok(CatalogPath {
            template: template.to_string(),
            pieces,
            extension,
        })
    }

    /// Whether this is the default (`{path}`, the format's extension).
    pub fn is_default(&self) -> bool {
        self.pieces == [Piece::Path]
    }

    /// The catalog name of the statement whose path without `.md` is
    /// `stem` (`posts/harbor/index`): the part between `<lang>/` and the
    /// extension. May be unusable (an empty component): see [`usable`].
    pub fn name(&self, stem: &str) -> String {
        if let [Piece::Path] = self.pieces.as_slice() {
            return stem.to_string();
        }
        let (dir, name) = stem.rsplit_once('/').unwrap_or(("", stem));
        let mut out = String::with_capacity(stem.len());
        for p in &self.pieces {
            match p {
                Piece::Text(t) => out.push_str(t),
                Piece::Path => out.push_str(stem),
                Piece::Dir => out.push_str(dir),
                Piece::Name => out.push_str(name),
                Piece::Bundle => out.push_str(crate::source::bundle_of(stem)),
            }
        }
        out
    }
}

/// Whether a catalog name can be a file under the language's folder: no
/// empty, `.` or `..` component, no hidden file.
pub fn usable(name: &str) -> bool {
    !name.is_empty()
        && name
            .split('/')
            .all(|c| !c.is_empty() && c != "." && c != ".." && !c.starts_with('.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(template: &str, stem: &str) -> String {
        CatalogPath::parse(template, "locales").unwrap().name(stem)
    }

    #[test]
    fn placeholders() {
        let t = "locales/{lang}/{bundle}.{ext}";
        assert_eq!(name(t, "posts/harbor/index"), "posts/harbor");
        assert_eq!(name(t, "posts/harbor/_index"), "posts/harbor");
        assert_eq!(name(t, "posts/fog"), "posts/fog");
        assert_eq!(name(t, "index"), "index");
        assert_eq!(name("locales/{lang}/{dir}.po", "a/b/index"), "a/b");
        assert_eq!(name("locales/{lang}/{dir}.po", "index"), "");
        assert_eq!(name("locales/{lang}/{name}-x.po", "a/b/c"), "c-x");
        assert_eq!(name("locales/{lang}/{dir}.{name}.po", "a/b/c"), "a/b.c");
        assert_eq!(name("locales/{lang}/{path}.{ext}", "a/b"), "a/b");
        assert_eq!(name("locales/{lang}/po/{dir}/{name}.po", "a/b"), "po/a/b");
        assert!(
            CatalogPath::parse("locales/{lang}/{path}.{ext}", "locales")
                .unwrap()
                .is_default()
        );
        assert!(!usable("") && !usable("a//b") && !usable("/index") && !usable("a/.po"));
        assert!(usable("posts/harbor"));
    }

    #[test]
    fn templates_that_cannot_work_are_refused() {
        let why = |t: &str| match CatalogPath::parse(t, "po") {
            Err((at, m)) => (at, m.to_string()),
            Ok(_) => panic!("{t} accepted"),
        };
        assert_eq!(why("locales/{lang}/{path}.po").0, 0, "not under `po`");
        assert!(why("po/{path}.po").1.contains("po/{lang}/"));
        assert_eq!(why("po/{lang}/{path}.txt").0, 16);
        assert_eq!(why("po/{lang}/{stem}.po").0, 10);
        assert_eq!(why("po/{lang}/{path.po").0, 10);
        assert_eq!(
            why("po/{lang}/catalog.po").0,
            10,
            "every statement would share it"
        );
        assert!(CatalogPath::parse("po/{lang}/{dir}.po", "po").is_ok());
        assert!(why("po/{lang}/../{path}.po").1.contains(".."));
        assert_eq!(why("po/{lang}/a:{path}.po").0, 11);
        assert_eq!(
            CatalogPath::parse("po/{lang}/{dir}/{name}.ftl", "po")
                .unwrap()
                .extension,
            Some(crate::config::CatalogFormat::Ftl)
        );
    }
}
