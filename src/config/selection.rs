//! Which Markdown files under the statements folder are statements:
//! `include` and `exclude` globs in `dragoman.toml`, matched against the
//! path relative to the statements folder (`2019/post.md`). `*` and `?` stay
//! within one folder, `**` crosses folders; a file is a statement when it
//! matches an `include` pattern (or there are none) and no `exclude` one.

use globset::{Glob, GlobBuilder, GlobSet, GlobSetBuilder};

/// The statements a project translates (every `.md` file by default).
#[derive(Debug, Clone, Default)]
pub struct Selection {
    include: Option<GlobSet>,
    exclude: Option<GlobSet>,
    /// The patterns as written, `(include, exclude)`.
    pub patterns: (Vec<String>, Vec<String>),
}

/// Compiles one pattern (`*` does not cross `/`).
pub fn glob(pattern: &str) -> Result<Glob, globset::Error> {
    GlobBuilder::new(pattern)
        .literal_separator(true)
        .backslash_escape(true)
        .build()
}

fn set(patterns: &[String]) -> Result<Option<GlobSet>, (usize, globset::Error)> {
    if patterns.is_empty() {
        return Ok(None);
    }
    let mut b = GlobSetBuilder::new();
    for (i, p) in patterns.iter().enumerate() {
        b.add(glob(p).map_err(|e| (i, e))?);
    }
    b.build().map(Some).map_err(|e| (0, e))
}

impl Selection {
    /// The selection of `include` and `exclude` patterns; an error gives the
    /// list (`true`: include) and index of the pattern that does not compile.
    pub fn new(
        include: Vec<String>,
        exclude: Vec<String>,
    ) -> Result<Selection, (bool, usize, globset::Error)> {
        Ok(Selection {
            include: set(&include).map_err(|(i, e)| (true, i, e))?,
            exclude: set(&exclude).map_err(|(i, e)| (false, i, e))?,
            patterns: (include, exclude),
        })
    }

    /// Whether the file at `rel` (relative to the statements folder, `/`
    /// between folders) is a statement.
    pub fn selects(&self, rel: &str) -> bool {
        self.include.as_ref().is_none_or(|s| s.is_match(rel))
            && !self.exclude.as_ref().is_some_and(|s| s.is_match(rel))
    }

    /// Whether every file is a statement (no pattern given).
    pub fn is_everything(&self) -> bool {
        self.include.is_none() && self.exclude.is_none()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sel(include: &[&str], exclude: &[&str]) -> Selection {
        let v = |p: &[&str]| p.iter().map(|s| s.to_string()).collect();
        Selection::new(v(include), v(exclude)).unwrap()
    }

    #[test]
    fn everything_by_default() {
        let s = sel(&[], &[]);
        assert!(s.is_everything());
        assert!(s.selects("a.md") && s.selects("x/y/z.md"));
    }

    #[test]
    fn stars_stay_in_their_folder() {
        let s = sel(&["*.md", "posts/**"], &["posts/drafts/**", "**/_*.md"]);
        assert!(s.selects("top.md"));
        assert!(!s.selects("other/deep.md"), "* does not cross folders");
        assert!(s.selects("posts/2019/a/index.md"));
        assert!(!s.selects("posts/drafts/new.md"));
        assert!(!s.selects("posts/_index.md") && !s.selects("_index.md"));
    }

    #[test]
    fn a_bad_pattern_is_named() {
        let err = Selection::new(vec!["ok/*".into()], vec!["a/**".into(), "[z-a".into()]);
        let (include, at, _) = err.unwrap_err();
        assert!(!include);
        assert_eq!(at, 1);
    }
}
