//! Translation memory for the workbench: every current translation of a
//! language (not stale), indexed by its source's trigrams, so the translations
//! of the same or similar text anywhere in the project are offered.

use crate::ops::workbench::Suggestion;
use crate::project::*;
use crate::sync::similar::{Index, similarity};

/// Fewest similarity for a suggestion from memory.
const MIN: f32 = 0.6;
/// At most this many suggestions per entry.
const MAX: usize = 3;

/// A language's translations, searchable by source.
pub struct Memory {
    /// (source, translation), each pair once.
    items: Vec<(String, String)>,
    index: Index,
}

impl Project {
    /// The translation memory of `lang`: its catalogs as they stand.
    pub fn memory(&self, lang: &str) -> Result<Memory> {
        let statements = self.statements()?;
        let all: Vec<&Statement> = statements.iter().collect();
        let catalogs = self.catalog_files(lang, &all)?;
        Ok(Memory::of(catalogs.iter().map(|(_, c, _)| c)))
    }
}

impl Memory {
    /// The current translations (not stale) of `catalogs`, each pair once.
    pub fn of<'c>(catalogs: impl Iterator<Item = &'c crate::catalog::Catalog>) -> Memory {
        let mut items: Vec<(String, String)> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for m in catalogs.flat_map(|c| &c.messages) {
            if m.obsolete || m.stale || !m.has_translation() || m.translation.len() != 1 {
                continue;
            }
            let pair = (m.source.clone(), m.translation[0].clone());
            if seen.insert(pair.clone()) {
                items.push(pair);
            }
        }
        let index = Index::new(items.iter().map(|(s, _)| s.as_str()));
        Memory { items, index }
    }

    /// Translations of text like `source`, most similar first (the same
    /// text first of all).
    pub fn suggest(&self, source: &str) -> Vec<Suggestion> {
        let ids = self.index.candidates(source, MIN, 16, |_| true);
        let mut found: Vec<(f32, usize)> = ids
            .into_iter()
            .map(|id| (similarity(source, &self.items[id].0), id))
            .filter(|(s, _)| *s >= MIN)
            .collect();
        found.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
        found
            .into_iter()
            .take(MAX)
            .map(|(s, id)| Suggestion {
                kind: "memory",
                source: self.items[id].0.clone(),
                translation: self.items[id].1.clone(),
                similarity: s,
            })
            .collect()
    }

    /// How many translations it holds.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

/// An untranslated entry and the translations of similar text elsewhere.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Suggested {
    pub lang: String,
    pub statement: String,
    pub id: String,
    pub source: String,
    pub suggestions: Vec<Suggestion>,
}

impl Project {
    /// `suggest`: for every untranslated entry of the selected statements
    /// (all when `only` is empty), the translation memory's matches, in each
    /// language. Writes nothing.
    pub fn suggest(
        &self,
        langs: &[crate::lang::Language],
        only: &[String],
    ) -> Result<Vec<Suggested>> {
        let statements = self.statements()?;
        let wanted = super::diff::named_statements(&statements, only)?;
        let mut out = Vec::new();
        for lang in langs
            .iter()
            .filter(|l| crate::pseudo::Pseudo::of(&l.tag).is_none())
        {
            // The memory of the catalogs merged with the current source (read
            // once, for both).
            let merged = self.merge_language(lang, &statements, self.reading_options())?;
            let memory = Memory::of(merged.iter().map(|m| &m.catalog));
            for m in merged {
                let Some(st) = m.statement.map(|i| &statements[i]) else {
                    continue;
                };
                if !wanted(st) {
                    continue;
                }
                for msg in m.catalog.messages.iter().filter(|x| !x.obsolete) {
                    if msg.state() != crate::catalog::State::Untranslated {
                        continue;
                    }
                    let suggestions = memory.suggest(&msg.source);
                    if !suggestions.is_empty() {
                        out.push(Suggested {
                            lang: lang.tag.clone(),
                            statement: st.display.clone(),
                            id: msg.id(),
                            source: msg.source.clone(),
                            suggestions,
                        });
                    }
                }
            }
        }
        Ok(out)
    }
}
