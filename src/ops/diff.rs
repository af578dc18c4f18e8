//! `diff`: every stale entry with the word diff of its source change.

use crate::lang::Language;
use crate::project::*;
use crate::ui::Msg;

impl Project {
    /// `diff`: every stale entry of the selected languages' catalogs (as written
    /// by the last sync), optionally only for some statements.
    pub fn stale_entries(&self, langs: &[Language], only: &[String]) -> Result<Vec<StaleEntry>> {
        let statements = self.statements()?;
        let wanted = named_statements(&statements, only)?;
        let mut out = Vec::new();
        for lang in langs {
            let chosen: Vec<&Statement> = statements.iter().filter(|s| wanted(s)).collect();
            let chosen_names: Vec<&str> = chosen.iter().map(|s| s.display.as_str()).collect();
            for (path, cat, st_display) in self.catalog_files(&lang.tag, &chosen)? {
                for m in cat.messages.iter().filter(|m| {
                    m.state() == crate::catalog::State::Stale
                        && (st_display.is_some()
                            || only.is_empty()
                            || chosen_names.contains(&Self::statement_of(m).as_str()))
                }) {
                    let previous = m.previous.as_ref().map(|p| p.source.clone());
                    let (class, classes, diff) = match &previous {
                        Some(p) => {
                            let classes = crate::diff::classify(p, &m.source);
                            let class = crate::diff::primary(&classes)
                                .map(|c| c.as_str())
                                .unwrap_or("none");
                            (
                                class.to_string(),
                                classes,
                                crate::diff::word_diff(p, &m.source),
                            )
                        }
                        None => ("review".to_string(), Vec::new(), Vec::new()),
                    };
                    out.push(StaleEntry {
                        lang: lang.tag.clone(),
                        path: self.display(&path),
                        line: m.line as usize,
                        id: m.id(),
                        statement: st_display.clone().unwrap_or_else(|| Self::statement_of(m)),
                        class,
                        classes,
                        previous,
                        source: m.source.clone(),
                        translation: m.translation.first().cloned().unwrap_or_default(),
                        diff,
                    });
                }
            }
        }
        Ok(out)
    }
}

/// Which statements a command was asked about: all when `only` is empty,
/// else those named (`statements/x.md`, `x.md` or `x`; a leading `./`
/// allowed). A name that is no statement is an error.
pub(crate) fn named_statements<'a>(
    statements: &[Statement],
    only: &'a [String],
) -> Result<impl Fn(&Statement) -> bool + 'a> {
    let names = |st: &Statement, o: &str| {
        let o = o.trim_start_matches("./");
        o == st.display || o == st.rel || o == st.stem()
    };
    if let Some(o) = only
        .iter()
        .find(|o| !statements.iter().any(|st| names(st, o)))
    {
        return Err(Error::msg(
            Msg::new("project-not-a-statement").arg("name", o),
        ));
    }
    Ok(move |st: &Statement| only.is_empty() || only.iter().any(|o| names(st, o)))
}

/// A stale catalog entry, for `diff`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct StaleEntry {
    pub lang: String,
    /// The catalog file.
    pub path: String,
    /// Line of the entry's `msgid` in the catalog.
    pub line: usize,
    pub id: String,
    pub statement: String,
    /// The most significant change class (`review` when there is no previous source).
    pub class: String,
    #[serde(skip)]
    pub classes: Vec<crate::diff::ChangeClass>,
    pub previous: Option<String>,
    pub source: String,
    pub translation: String,
    pub diff: Vec<crate::diff::DiffPart>,
}
