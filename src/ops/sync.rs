//! `sync`: every language's catalogs merged with the current statements and written (never
//! over an edit saved meanwhile: the merge runs again).

use std::collections::BTreeMap;
use std::fs;
use std::path::PathBuf;

use rayon::prelude::*;

use crate::cache::Run;
use crate::catalog::Catalog;
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

    fn sync_once(
        &self,
        langs: &[Language],
        opts: SyncOptions,
        dry_run: bool,
    ) -> Result<Vec<LanguageSync>> {
        // Nothing changed since a sync that left everything as it found it:
        // its report stands and nothing needs writing.
        let tags: Vec<&str> = langs.iter().map(|l| l.tag.as_str()).collect();
        let stored = |settled: Vec<(String, SyncReport)>| {
            settled
                .into_iter()
                .map(|(lang, report)| LanguageSync {
                    lang,
                    report,
                    written: 0,
                })
                .collect()
        };
        self.memo("sync", &(&tags, opts), stored, || {
            let statements = self.statements()?;
            let templates = self.templates(&statements);
            // Every catalog holds the templates' msgids: laid out once.
            let laid = crate::po::Laid::new(
                templates
                    .par_iter()
                    .flat_map_iter(|t| t.messages.iter().map(|m| m.source.as_str())),
                self.config.po_wrap,
            );
            let laid = Some(&laid);
            if dry_run {
                let plan = self.plan_sync(langs, &statements, &templates, opts, laid)?;
                let written = self.would_write(&plan.files)?;
                return Ok(Run {
                    result: plan.result(&written),
                    later: None,
                    outputs: Vec::new(),
                    changed_inputs: false,
                });
            }
            // The template files are made while the languages merge; nothing
            // is written before every language has merged.
            let (plan, template_files) = rayon::join(
                || self.plan_sync(langs, &statements, &templates, opts, laid),
                || self.template_files(&statements, Some(&templates), laid),
            );
            let plan = plan?;
            let (written, touched) = self.apply_sync(&statements, template_files, &plan)?;
            Ok(Run {
                result: plan.result(&written),
                later: Some(plan.settled),
                outputs: Vec::new(),
                changed_inputs: touched,
            })
        })
    }

    /// Every selected language merged in memory: the files to write, the
    /// catalogs to remove and the reports. Pseudo-locales have no catalogs.
    fn plan_sync(
        &self,
        langs: &[Language],
        statements: &[Statement],
        templates: &crate::project::Templates,
        opts: SyncOptions,
        laid: Option<&crate::po::Laid>,
    ) -> Result<SyncPlan> {
        let real: Vec<&Language> = langs
            .iter()
            .filter(|l| crate::pseudo::Pseudo::of(&l.tag).is_none())
            .collect();
        // Languages are independent: each is merged and serialized on its own.
        // What a later sync reports as unchanged, per statement: its template.
        let settled: Vec<SyncReport> = (0..templates.len())
            .map(|i| settled_report(&templates[i], templates.words(i)))
            .collect();
        let done = std::sync::atomic::AtomicUsize::new(0);
        let plans = real
            .par_iter()
            .map(|&lang| {
                let mut plan = SyncPlan::default();
                let merged = self.merge_language_using(lang, statements, templates, opts)?;
                let mut total = SyncReport::default();
                for m in &merged {
                    total.add(&m.report);
                }
                let mut later = SyncReport::default();
                for (st, r) in statements.iter().zip(&settled) {
                    if st.translated_into(&lang.tag) {
                        later.add(r);
                    }
                }
                plan.settled.push((lang.tag.clone(), later));
                if self.single() {
                    self.plan_single(lang, merged, &mut plan, laid);
                } else {
                    self.plan_per_statement(lang, statements, merged, &mut plan, laid);
                }
                plan.reports.push((lang.tag.clone(), total));
                let n = done.fetch_add(1, std::sync::atomic::Ordering::Relaxed) + 1;
                self.tell(
                    || Msg::new("progress-sync").arg("lang", &lang.tag),
                    n,
                    real.len(),
                );
                Ok(plan)
            })
            .collect::<Result<Vec<SyncPlan>>>()?;
        let mut plan = SyncPlan::default();
        for p in plans {
            plan.settled.extend(p.settled);
            plan.files.extend(p.files);
            plan.removals.extend(p.removals);
            plan.reports.extend(p.reports);
        }
        Ok(plan)
    }

    /// Single layout: the language's units combined into its one catalog.
    fn plan_single(
        &self,
        lang: &Language,
        merged: Vec<Merged>,
        plan: &mut SyncPlan,
        laid: Option<&crate::po::Laid>,
    ) {
        let t = crate::timing::phase("single catalog");
        let cat = self.single_catalog_owned(lang, merged);
        drop(t);
        let _t = crate::timing::phase("plan single: text");
        let format = self.config.catalog_format(&lang.tag);
        let path = self.single_path(&lang.tag, format);
        // A catalog read in the other format is migrated: written in
        // the configured one, then removed.
        let other = self.single_path(&lang.tag, format.other());
        if !path.exists() && other.exists() {
            plan.removals.push(other);
        }
        let text = self.serialize_catalog_laid(&path, cat, laid);
        plan.files.push((path, text));
    }

    /// Per-statement layout: one catalog per statement; catalogs of the other
    /// format migrate, and emptied catalogs of vanished statements go.
    fn plan_per_statement(
        &self,
        lang: &Language,
        statements: &[Statement],
        merged: Vec<Merged>,
        plan: &mut SyncPlan,
        laid: Option<&crate::po::Laid>,
    ) {
        for m in merged {
            if let Some(i) = m.statement
                && !statements[i].translated_into(&lang.tag)
                && holds_nothing(&m.catalog)
            {
                // Opted out of this language, nothing of a translator's to
                // keep: no catalog.
                if m.path.exists() {
                    plan.removals.push(m.path.clone());
                }
                continue;
            }
            if let Some(i) = m.statement {
                let other = self.other_catalog_path(&lang.tag, &self.catalog_name(&statements[i]));
                if other.exists() {
                    plan.removals.push(other);
                }
            } else if holds_nothing(&m.catalog) {
                // The statement was renamed or deleted and everything
                // translated moved with it: no header-only file stays.
                plan.removals.push(m.path.clone());
                continue;
            }
            let text = self.serialize_catalog_laid(&m.path, m.catalog, laid);
            plan.files.push((m.path, text));
        }
    }

    /// Writes the templates and the planned catalogs, then removes the
    /// migrated ones. Returns the catalogs written per language and whether
    /// anything on disk changed.
    fn apply_sync(
        &self,
        statements: &[Statement],
        template_files: Vec<(PathBuf, String)>,
        plan: &SyncPlan,
    ) -> Result<(BTreeMap<String, usize>, bool)> {
        let (_, templates_written) = self.write_template_files(statements, template_files)?;
        // Catalogs migrated to another format replace files that are
        // removed below: their new versions must be on disk first.
        let durability = if plan.removals.is_empty() {
            Durability::Replacing
        } else {
            Durability::Always
        };
        let t = crate::timing::phase("write catalogs");
        let changed = self.write_catalogs(&plan.files, durability)?;
        drop(t);
        let mut written: BTreeMap<String, usize> = BTreeMap::new();
        for ((path, _), changed) in plan.files.iter().zip(changed) {
            if changed {
                *written.entry(self.lang_of(path)).or_default() += 1;
            }
        }
        // Catalogs migrated to the configured format: the old file goes only
        // after the new one is safely written.
        for old in &plan.removals {
            self.remove_catalog(old)?;
        }
        let touched = templates_written + written.values().sum::<usize>() + plan.removals.len();
        Ok((written, touched > 0))
    }

    /// The catalogs a sync would write, per language (a dry run).
    fn would_write(&self, files: &[(PathBuf, String)]) -> Result<BTreeMap<String, usize>> {
        let mut written: BTreeMap<String, usize> = BTreeMap::new();
        for (path, text) in files {
            let bytes = self.catalog_bytes(path, text)?;
            if fs::read(path).ok().as_deref() != Some(bytes.as_ref()) {
                *written.entry(self.lang_of(path)).or_default() += 1;
            }
        }
        Ok(written)
    }
}

/// A sync computed in memory, before anything is written.
#[derive(Default)]
struct SyncPlan {
    /// What a sync of the result would report (every live message unchanged).
    settled: Vec<(String, SyncReport)>,
    /// Catalog files and their new text.
    files: Vec<(PathBuf, String)>,
    /// Catalogs to remove once the new files are written.
    removals: Vec<PathBuf>,
    /// Per language, what the merge did.
    reports: Vec<(String, SyncReport)>,
}

impl SyncPlan {
    fn result(&self, written: &BTreeMap<String, usize>) -> Vec<LanguageSync> {
        self.reports
            .iter()
            .map(|(lang, report)| LanguageSync {
                lang: lang.clone(),
                report: *report,
                written: written.get(lang).copied().unwrap_or(0),
            })
            .collect()
    }
}

/// Whether a catalog holds nothing a translator wrote: no translation and no
/// comment of theirs (dragoman's own comments do not count).
fn holds_nothing(cat: &Catalog) -> bool {
    cat.messages.iter().all(|m| {
        !m.has_translation() && m.comments.iter().all(|c| crate::directive::is_directive(c))
    })
}

/// The report of a sync that finds `template` (whose messages have `words`
/// words each) already synced: every message unchanged.
fn settled_report(template: &Catalog, words: &[usize]) -> SyncReport {
    let mut r = SyncReport::default();
    r.unchanged.segments = template.messages.len();
    r.unchanged.words = words.iter().sum();
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
