//! `status`: coverage per language and statement, merged in memory with the current source.

use rayon::prelude::*;

use crate::cache::Run;
use crate::lang::Language;
use crate::project::*;
use crate::pseudo::Pseudo;
use crate::status::{Counts, LanguageStatus, Report, StatementStatus, WordMemo};

impl Project {
    /// `status`: coverage of the current source, per language and statement.
    pub fn status(&self, langs: &[Language]) -> Result<Report> {
        let tags: Vec<&str> = langs.iter().map(|l| l.tag.as_str()).collect();
        self.memo(
            "status",
            &tags,
            |r| r,
            || self.status_uncached(langs).map(Run::answer),
        )
    }

    fn status_uncached(&self, langs: &[Language]) -> Result<Report> {
        // The single layout's catalogs are read while the statements are
        // (per language: Some(what was read) when read ahead).
        let ahead = |l: &Language| self.single() && Pseudo::of(&l.tag).is_none();
        let (statements, read) = rayon::join(
            || self.statements(),
            || {
                langs
                    .par_iter()
                    .map(|l| ahead(l).then(|| self.read_single(&l.tag)).transpose())
                    .collect::<Result<Vec<_>>>()
            },
        );
        let statements = statements?;
        if langs.iter().any(|l| Pseudo::of(&l.tag).is_none()) {
            self.check_layout()?;
        }
        let read = read?;
        let templates = self.reading_templates(&statements);
        let memo = templates.word_memo();
        let opts = self.reading_options();
        let languages = langs
            .par_iter()
            .zip(read)
            .map(|(lang, read)| {
                let merged = match read {
                    Some(old) => self.merge_single(lang, &statements, &templates, old, opts),
                    None => self.merge_language_using(lang, &statements, &templates, opts)?,
                };
                self.language_status(lang, &statements, merged, &memo)
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(Report {
            source: self.config.source.tag.clone(),
            languages,
        })
    }

    /// One language's coverage: its catalogs merged in memory, counted.
    fn language_status(
        &self,
        lang: &Language,
        statements: &[Statement],
        merged: Vec<Merged>,
        memo: &WordMemo,
    ) -> Result<LanguageStatus> {
        // One catalog (single layout): its totals count each message
        // once, and its obsolete entries, as msgfmt --statistics does.
        let single = (self.single() && Pseudo::of(&lang.tag).is_none())
            .then(|| Counts::of_combined(merged.iter().map(|m| &m.catalog), memo));
        let rows = merged
            .into_iter()
            .filter_map(|m| {
                // A statement that opts out of this language is not counted.
                let i = m
                    .statement
                    .filter(|&i| statements[i].translated_into(&lang.tag));
                i.map(|i| StatementStatus {
                    path: statements[i].display.clone(),
                    counts: Counts::of_with(&m.catalog, memo),
                })
            })
            .collect();
        let mut status = LanguageStatus::new(&lang.tag, lang.direction.as_str(), rows);
        if let Some(total) = single {
            status.total = total;
        }
        Ok(status)
    }
}
