//! `extract`: the statements' segments into templates (`locales/templates/*.pot`, or
//! `messages.pot` in the single layout), and the source-language FTL catalogs of a Fluent
//! project.

use std::path::PathBuf;

use rayon::prelude::*;

use crate::cache::Run;
use crate::catalog::Catalog;
use crate::config::References;
use crate::fsio::{Durability, walk_files, write_all};
use crate::project::*;
use crate::source::Document;

impl Project {
    /// `extract`: writes one template per statement; removes templates of
    /// statements that no longer exist.
    /// Nothing is read beyond a fingerprint when nothing changed since the
    /// last extract.
    pub fn extract(&self) -> Result<ExtractReport> {
        let _lock = self.writer()?;
        self.memo(
            "extract",
            &(),
            |statements| ExtractReport {
                statements,
                templates_written: 0,
            },
            || {
                let statements = self.statements()?;
                let (n, written) = self.write_templates(&statements, None)?;
                Ok(Run {
                    result: ExtractReport {
                        statements: n,
                        templates_written: written,
                    },
                    later: Some(n),
                    outputs: Vec::new(),
                    changed_inputs: written > 0,
                })
            },
        )
    }

    /// Whether a statement is translated into any of the project's
    /// languages (its front matter may opt out of all of them).
    pub fn translated_at_all(&self, st: &Statement) -> bool {
        self.config
            .languages
            .iter()
            .any(|l| st.translated_into(&l.tag))
    }

    /// Writes the templates of `statements` (`templates`: theirs, when a
    /// merge made them already; else they are made here); returns the
    /// statements read and the template files written or removed.
    pub(crate) fn write_templates(
        &self,
        statements: &[Statement],
        templates: Option<&[Catalog]>,
    ) -> Result<(usize, usize)> {
        let files = self.template_files(statements, templates, None);
        self.write_template_files(statements, files)
    }

    /// The template files of `statements` and their text (nothing written):
    /// `messages.pot` in the single layout, else one `.pot` per statement
    /// translated at all, and its source-language FTL in a Fluent project.
    pub(crate) fn template_files(
        &self,
        statements: &[Statement],
        templates: Option<&[Catalog]>,
        laid: Option<&crate::po::Laid>,
    ) -> Vec<(PathBuf, String)> {
        let _t = crate::timing::phase("template files");
        if self.single() {
            let docs: Vec<(&str, &Document)> = statements
                .iter()
                .filter(|s| self.translated_at_all(s))
                .map(|s| (s.display.as_str(), &s.doc))
                .collect();
            let mode = self.config.references;
            let template = Catalog::template(&self.config.name, &docs, |path, seg| match mode {
                References::Line => Some(format!("{path}:{}", seg.line)),
                References::File => Some(path.to_string()),
                References::None => None,
            });
            let text = template.into_po_laid(self.config.po_wrap, laid);
            return vec![(self.locales_dir().join("messages.pot"), text)];
        }
        let ftl = self.config.uses_ftl();
        let source_dir = self.locales_dir().join(&self.config.source.tag);
        statements
            .par_iter()
            .enumerate()
            .filter(|(_, s)| self.translated_at_all(s))
            .flat_map_iter(|(i, st)| {
                let template = match templates {
                    Some(t) => std::borrow::Cow::Borrowed(&t[i]),
                    None => std::borrow::Cow::Owned(self.template(st)),
                };
                let mut v = vec![(
                    self.template_path(&self.catalog_name(st)),
                    template.to_po_laid(self.config.po_wrap, laid),
                )];
                // Fluent projects also get the source-language catalog.
                if ftl {
                    v.push((
                        source_dir.join(format!("{}.ftl", self.catalog_name(st))),
                        crate::ftl::write_source(&template),
                    ));
                }
                v
            })
            .collect()
    }

    /// Writes template files made by [`Project::template_files`] and removes
    /// the templates (and FTL source catalogs) of statements no longer
    /// translated or gone; returns the statements read and the files written
    /// or removed.
    pub(crate) fn write_template_files(
        &self,
        statements: &[Statement],
        files: Vec<(PathBuf, String)>,
    ) -> Result<(usize, usize)> {
        let _t = crate::timing::phase("write templates");
        // Templates (and FTL source catalogs) are made from the statements:
        // no flush needed.
        self.jail()
            .check_all(files.iter().map(|(p, _)| p.as_path()))?;
        let mut written = write_all(&files, Durability::None)?
            .into_iter()
            .filter(|c| *c)
            .count();
        // The single layout's one template has no per-statement files to prune.
        if self.single() {
            return Ok((statements.len(), written));
        }
        let kept: Vec<&Statement> = statements
            .iter()
            .filter(|s| self.translated_at_all(s))
            .collect();
        let ftl = self.config.uses_ftl();
        let source_dir = self.locales_dir().join(&self.config.source.tag);
        let mut stale_files = Vec::new();
        let tdir = self.locales_dir().join("templates");
        let current: std::collections::HashSet<String> = kept
            .iter()
            .map(|s| format!("{}.pot", self.catalog_name(s)))
            .collect();
        for rel in walk_files(&tdir, &[".pot"])? {
            if !current.contains(&rel) {
                stale_files.push(tdir.join(&rel));
            }
        }
        if ftl {
            let current: std::collections::HashSet<String> = kept
                .iter()
                .map(|s| format!("{}.ftl", self.catalog_name(s)))
                .collect();
            for rel in walk_files(&source_dir, &[".ftl"])? {
                if !current.contains(&rel) && rel != "site.ftl" {
                    stale_files.push(source_dir.join(&rel));
                }
            }
        }
        for p in stale_files {
            self.jail().remove(&p)?;
            written += 1;
        }
        Ok((statements.len(), written))
    }
}

/// What `extract` did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct ExtractReport {
    /// Statements read.
    pub statements: usize,
    /// Template files written (or removed).
    pub templates_written: usize,
}
