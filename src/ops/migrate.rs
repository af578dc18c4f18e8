//! `migrate`: catalogs moved from one layout to the other (and, with a format,
//! converted), every translation, stale state and obsolete entry kept; the
//! configuration rewritten to match; and the check every command makes first:
//! catalogs of the other layout are an error, never a silent 0 %.

use std::path::PathBuf;

use crate::config::with_top_level_string;
use crate::config::{CatalogFormat, Layout};
use crate::fsio::{Durability, walk_files};
use crate::lang::Language;
use crate::project::*;
use crate::ui::Msg;

/// Where a per-statement project keeps what a single catalog held that no
/// statement has any more (obsolete entries): an orphan catalog, which `sync`
/// keeps like a deleted statement's.
pub const LEFTOVERS: &str = "_migrated.po";

impl Project {
    /// The catalogs of the layout the configuration does not name, for the
    /// project's languages: `locales/<lang>.po` in a per-statement project,
    /// `locales/<lang>/…` in a single one (site strings aside).
    pub fn other_layout_catalogs(&self) -> Result<Vec<PathBuf>> {
        let mut found = Vec::new();
        for lang in self.config.translated() {
            if self.single() {
                let dir = self.lang_dir(&lang.tag);
                let files = walk_files(&dir, &[".po", ".ftl"])?;
                found.extend(
                    files
                        .into_iter()
                        .filter(|r| r != "site.ftl")
                        .map(|r| dir.join(r)),
                );
            } else {
                for f in [CatalogFormat::Po, CatalogFormat::Ftl] {
                    let p = self.single_path(&lang.tag, f);
                    if p.is_file() {
                        found.push(p);
                    }
                }
            }
        }
        Ok(found)
    }

    /// Fails when catalogs of the other layout exist: the command would not
    /// see their translations. The error names them and the command that
    /// moves them.
    pub fn check_layout(&self) -> Result<()> {
        let found = self.other_layout_catalogs()?;
        if found.is_empty() {
            return Ok(());
        }
        let (configured, other) = match self.config.layout {
            Layout::Single => ("single", "per-statement"),
            Layout::PerStatement => ("per-statement", "single"),
        };
        let shown: Vec<String> = found.iter().take(5).map(|p| self.display(p)).collect();
        Err(Error::msg(
            Msg::new("project-layout-mismatch")
                .arg("layout", configured)
                .arg("other", other)
                .arg("count", found.len())
                .arg_list("files", shown),
        ))
    }

    /// `migrate`: moves every language's catalogs into `layout` (from the
    /// layout they are in), then converts them to `format` when given, and
    /// sets both in `dragoman.toml`. New catalogs are written before the old
    /// ones go; nothing is written when a translation would be lost.
    pub fn migrate(
        &self,
        layout: Option<Layout>,
        format: Option<CatalogFormat>,
    ) -> Result<MigrateReport> {
        let mut report = MigrateReport::default();
        if let Some(to) = layout {
            let _lock = self.writer()?;
            let target = self.with_layout(to);
            // The catalogs to move: the other layout's, seen from the target.
            let found = target.other_layout_catalogs()?;
            if !found.is_empty() {
                let from = self.with_layout(other(to));
                let statements = self.statements()?;
                let templates = self.templates(&statements);
                let mut files = Vec::new();
                for lang in self.config.translated() {
                    files.extend(from.migrated(&target, lang, &statements, &templates)?);
                }
                report.written = files.len();
                self.write_catalogs(&files, Durability::Always)?;
                self.edit_config(|t| Ok(with_top_level_string(t, "layout", layout_name(to))))?;
                for old in &found {
                    self.jail().remove(old)?;
                }
                report.removed = found.len();
            } else {
                self.edit_config(|t| Ok(with_top_level_string(t, "layout", layout_name(to))))?;
            }
            report.layout = Some(layout_name(to).to_string());
        }
        if let Some(to) = format {
            let project = Project::open(&self.root)?;
            let langs: Vec<Language> = project.config.translated().cloned().collect();
            report.converted = project.convert(&langs, to)?.converted;
            project
                .edit_config(|t| Ok(with_top_level_string(t, "catalog_format", to.extension())))?;
            report.format = Some(to.extension().to_string());
        }
        Ok(report)
    }

    /// This project as if its configuration said `layout`.
    fn with_layout(&self, layout: Layout) -> Project {
        let mut p = self.clone();
        p.config.layout = layout;
        p
    }

    /// One language's catalogs, read in this project's layout and merged with
    /// the statements as `sync` would, laid out as `target` lays them out.
    fn migrated(
        &self,
        target: &Project,
        lang: &Language,
        statements: &[Statement],
        templates: &crate::project::Templates,
    ) -> Result<Vec<(PathBuf, String)>> {
        let opts = crate::sync::SyncOptions {
            suggestions: false,
            ..self.sync_options()
        };
        let merged = self.merge_language_using(lang, statements, templates, opts)?;
        let format = self.config.catalog_format(&lang.tag);
        if target.single() {
            refuse_conflicts(self, lang, &merged)?;
            let cat = target.single_catalog_owned(lang, merged);
            let path = target.single_path(&lang.tag, format);
            return Ok(vec![(path.clone(), target.serialize_catalog(&path, &cat))]);
        }
        let mut files = Vec::new();
        for m in merged {
            let path = match m.statement {
                Some(i) => target.catalog_path(&lang.tag, &target.catalog_name(&statements[i])),
                // What the one catalog held that no statement has now.
                None if m.catalog.messages.iter().any(|m| m.has_translation()) => {
                    target.lang_dir(&lang.tag).join(LEFTOVERS)
                }
                None => continue,
            };
            files.push((path.clone(), target.serialize_catalog(&path, &m.catalog)));
        }
        Ok(files)
    }
}

/// Two statements' catalogs that translate the same text differently cannot
/// become one catalog without losing one: nothing is written, and the error
/// names them.
fn refuse_conflicts(project: &Project, lang: &Language, merged: &[Merged]) -> Result<()> {
    /// A text's first translation and the catalog it came from.
    type First<'a> = (&'a Vec<String>, &'a PathBuf);
    let mut seen: std::collections::HashMap<(Option<&str>, &str), First> =
        std::collections::HashMap::new();
    for m in merged {
        for msg in m.catalog.messages.iter().filter(|x| !x.obsolete) {
            if !msg.has_translation() {
                continue;
            }
            match seen.get(&msg.key()) {
                Some((t, first)) if **t != msg.translation => {
                    return Err(Error::msg(
                        Msg::new("migrate-conflict")
                            .arg("lang", &lang.tag)
                            .arg("source", &msg.source)
                            .arg("first", project.display(first))
                            .arg("second", project.display(&m.path)),
                    ));
                }
                Some(_) => {}
                None => {
                    seen.insert(msg.key(), (&msg.translation, &m.path));
                }
            }
        }
    }
    Ok(())
}

fn other(layout: Layout) -> Layout {
    match layout {
        Layout::Single => Layout::PerStatement,
        Layout::PerStatement => Layout::Single,
    }
}

fn layout_name(layout: Layout) -> &'static str {
    match layout {
        Layout::Single => "single",
        Layout::PerStatement => "per-statement",
    }
}

/// What `migrate` did.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct MigrateReport {
    /// The layout the catalogs are in now (None: not asked).
    pub layout: Option<String>,
    /// Catalog files written in the new layout.
    pub written: usize,
    /// Catalog files of the old layout removed.
    pub removed: usize,
    /// The catalog format now (None: not asked).
    pub format: Option<String>,
    /// Catalog files converted to that format.
    pub converted: usize,
}
