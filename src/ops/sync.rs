//! `sync`: every language's catalogs merged with the current statements and written (never
//! over an edit saved meanwhile: the merge runs again).

use std::collections::BTreeMap;
use std::fs;
use std::path::PathBuf;

use crate::cache::Cache;
use crate::catalog::{Catalog, language_header};
use crate::fsio::Durability;
use crate::lang::Language;
use crate::project::*;
use crate::sync::{SyncOptions, SyncReport};
use crate::ui::Msg;

impl Project {
    /// `sync`: extract, then merge templates into every selected language's
    /// catalogs. Everything is computed before anything is written; with
    /// `dry_run` nothing is written at all.
    pub fn sync(
        &self,
        langs: &[Language],
        opts: SyncOptions,
        dry_run: bool,
    ) -> Result<Vec<LanguageSync>> {
        let _lock = if dry_run { None } else { Some(self.writer()?) };
        // A catalog saved by a translator while the merge ran is never
        // overwritten: the merge runs again from the new content.
        let mut tries = 0;
        loop {
            match self.sync_once(langs, opts, dry_run) {
                Err(e) if crate::fsio::is_conflict(&e) && tries < 4 => tries += 1,
                r => return r,
            }
        }
    }

    #[allow(clippy::too_many_lines)] // over 100 lines: to split (redesign, issue 16)
    pub(crate) fn sync_once(
        &self,
        langs: &[Language],
        opts: SyncOptions,
        dry_run: bool,
    ) -> Result<Vec<LanguageSync>> {
        // Nothing changed since a sync that left everything as it found it:
        // its report stands and nothing needs writing.
        let tags: Vec<&str> = langs.iter().map(|l| l.tag.as_str()).collect();
        let args = format!("sync {tags:?} {opts:?}");
        let cache = Cache::new(&self.root, "sync", self.cache);
        let key = self.fingerprint(&args);
        if let Some(r) = cache.get::<Vec<(String, SyncReport)>>(&key) {
            return Ok(r
                .into_iter()
                .map(|(lang, report)| LanguageSync {
                    lang,
                    report,
                    written: 0,
                })
                .collect());
        }
        let statements = self.statements()?;
        // What a sync of the result would report (every live message unchanged).
        let mut settled: Vec<(String, SyncReport)> = Vec::new();
        let mut plan: Vec<(PathBuf, String)> = Vec::new();
        let mut removals: Vec<PathBuf> = Vec::new();
        let mut reports = Vec::new();
        let real: Vec<&Language> = langs
            .iter()
            .filter(|l| crate::pseudo::Pseudo::of(&l.tag).is_none())
            .collect();
        for (li, lang) in real.iter().copied().enumerate() {
            self.tell(
                || Msg::new("progress-sync").arg("lang", &lang.tag),
                li,
                real.len(),
            );
            let mut total = SyncReport::default();
            if self.single() {
                let merged = self.merge_language(lang, &statements, opts)?;
                for m in &merged {
                    total.add(&m.report);
                }
                // The old catalog's header comes back with its unit (the one
                // without a statement); it is not read a second time.
                let header = merged
                    .iter()
                    .find(|m| m.statement.is_none())
                    .and_then(|m| m.catalog.header.clone());
                let mut cat = Self::combine(&merged, header);
                cat.ensure_header_fields(&language_header(&self.config.name, lang));
                settled.push((
                    lang.tag.clone(),
                    settled_report(
                        merged
                            .iter()
                            .filter(|m| m.statement.is_some())
                            .map(|m| &m.catalog),
                    ),
                ));
                let format = self.config.catalog_format(&lang.tag);
                let path = self.single_path(&lang.tag, format);
                // A catalog read in the other format is migrated: written in
                // the configured one, then removed.
                let other = self.single_path(&lang.tag, format.other());
                if !path.exists() && other.exists() {
                    removals.push(other);
                }
                plan.push((path.clone(), Self::serialize_catalog(&path, &cat)));
                reports.push((lang.tag.clone(), total));
                continue;
            }
            let merged = self.merge_language(lang, &statements, opts)?;
            settled.push((
                lang.tag.clone(),
                settled_report(merged.iter().map(|m| &m.catalog)),
            ));
            for m in merged {
                total.add(&m.report);
                if let Some(i) = m.statement {
                    let other = self.other_catalog_path(&lang.tag, statements[i].stem());
                    if other.exists() {
                        removals.push(other);
                    }
                } else if holds_nothing(&m.catalog) {
                    // The statement was renamed or deleted and everything
                    // translated moved with it: no header-only file stays.
                    removals.push(m.path.clone());
                    continue;
                }
                plan.push((m.path.clone(), Self::serialize_catalog(&m.path, &m.catalog)));
            }
            reports.push((lang.tag.clone(), total));
        }
        let mut written: BTreeMap<String, usize> = BTreeMap::new();
        if !dry_run {
            let (_, templates_written) = self.write_templates(&statements)?;
            // Catalogs migrated to another format replace files that are
            // removed below: their new versions must be on disk first.
            let durability = if removals.is_empty() {
                Durability::Replacing
            } else {
                Durability::Always
            };
            let changed = self.write_catalogs(&plan, durability)?;
            for ((path, _), changed) in plan.iter().zip(changed) {
                if changed {
                    let lang = self.lang_of(path);
                    *written.entry(lang).or_default() += 1;
                }
            }
            // Catalogs migrated to the configured format: the old file goes only
            // after the new one is safely written.
            for old in &removals {
                self.remove_catalog(old)?;
            }
            // The inputs changed only if something was written or removed.
            let touched = templates_written + written.values().sum::<usize>() + removals.len();
            let key = if touched == 0 {
                key
            } else {
                self.fingerprint(&args)
            };
            cache.put(&key, &[], &settled);
        } else {
            for (path, text) in &plan {
                let bytes = self.catalog_bytes(path, text)?;
                if fs::read(path).ok().as_deref() != Some(bytes.as_ref()) {
                    let lang = self.lang_of(path);
                    *written.entry(lang).or_default() += 1;
                }
            }
        }
        Ok(reports
            .into_iter()
            .map(|(lang, report)| {
                let written = written.get(&lang).copied().unwrap_or(0);
                LanguageSync {
                    lang,
                    report,
                    written,
                }
            })
            .collect())
    }
}

/// Whether a catalog holds nothing a translator wrote: no translation and no
/// comment of theirs (dragoman's own comments do not count).
fn holds_nothing(cat: &Catalog) -> bool {
    cat.messages.iter().all(|m| {
        !m.has_translation() && m.comments.iter().all(|c| crate::directive::is_directive(c))
    })
}

/// The report of a sync that finds `catalogs` already synced: every live
/// message unchanged.
fn settled_report<'a>(catalogs: impl IntoIterator<Item = &'a Catalog>) -> SyncReport {
    let mut r = SyncReport::default();
    for m in catalogs.into_iter().flat_map(|c| &c.messages) {
        if !m.obsolete {
            r.unchanged.segments += 1;
            r.unchanged.words += crate::status::word_count(&m.source);
        }
    }
    r
}

/// What `sync` did for one language.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct LanguageSync {
    pub lang: String,
    /// New, stale, carried over, moved, obsolete… segments and words.
    pub report: SyncReport,
    /// Catalog files written (or, in a dry run, that would be).
    pub written: usize,
}
