//! `import`: hand-made translations of statements into catalogs, by
//! structural alignment (`align`). The I/O side: reading files, finding the
//! statement, filling and writing its catalog.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::align::{self, Found, Misalignment};
use crate::directive::Directive;
use crate::fsio::{Durability, Jail, walk_files};
use crate::lang::Language;
use crate::project::{Error, Merged, Project, Result, Statement, read_markdown};
use crate::source::Segment;
use crate::ui::Msg;

/// A misalignment with both places as `file:line`.
#[derive(Debug, Clone, Serialize)]
pub struct Located {
    /// `statements/x.md:12`, when a source block is involved.
    pub source: Option<String>,
    /// `translated/x.md:14`, when a translated block is involved.
    pub translation: Option<String>,
    pub message: Msg,
}

/// What importing one translated file did.
#[derive(Debug, Clone, Serialize)]
pub struct ImportReport {
    pub statement: String,
    pub translation: String,
    /// Translations written into the catalog (including those for review).
    pub imported: usize,
    /// Of those, the ones marked stale for review (uncertain, merged, split).
    pub for_review: usize,
    /// Existing translations left as they were (no `--overwrite`).
    pub kept: usize,
    /// Source segments the translated file has no translation for.
    pub missing: usize,
    /// Blocks the translated file leaves in the source language: not imported
    /// (they are not translations; the segment stays untranslated).
    pub untranslated: usize,
    pub issues: Vec<Located>,
}

/// A statement file and its hand translation.
pub type FilePair = (PathBuf, PathBuf);

impl Project {
    /// Pairs for the batch form: every statement with a file at the same
    /// relative path under `dir`; and the files there with no statement.
    pub fn import_pairs(&self, dir: &Path) -> Result<(Vec<FilePair>, Vec<String>)> {
        if !dir.is_dir() {
            return Err(Error::msg(
                Msg::new("import-not-a-folder").arg("path", dir.display()),
            ));
        }
        let statements = self.statement_files()?;
        let translated = walk_files(dir, &[".md"])?;
        let known: std::collections::HashSet<&String> = statements.iter().collect();
        let pairs = statements
            .iter()
            .filter(|rel| translated.contains(rel))
            .map(|rel| (self.statements_dir().join(rel), dir.join(rel)))
            .collect();
        let orphans = translated
            .iter()
            .filter(|rel| !known.contains(rel))
            .map(|rel| dir.join(rel).display().to_string())
            .collect();
        Ok((pairs, orphans))
    }

    /// Imports hand translations (`(statement file, translated file)` pairs)
    /// into `lang`'s catalogs. Existing translations stay unless `overwrite`.
    /// Nothing is written when any file is bad.
    pub fn import(
        &self,
        lang: &Language,
        pairs: &[FilePair],
        overwrite: bool,
    ) -> Result<Vec<ImportReport>> {
        if crate::pseudo::Pseudo::of(&lang.tag).is_some() {
            return Err(Error::msg(Msg::new("import-pseudo").arg("tag", &lang.tag)));
        }
        let _lock = self.writer()?;
        let statements = self.statements()?;
        // Read and align everything first: a bad file stops the import before
        // anything is written.
        let mut work = Vec::new();
        for (src, tr) in pairs {
            let si = self.statement_index(&statements, src)?;
            let tr_display = tr.display().to_string();
            // The translated file is named by the user; it is read as a
            // regular file (no FIFO, no link), wherever it is.
            let jail = Jail::new(tr.parent().unwrap_or(Path::new("")));
            let keys = &self.config.front_matter_keys;
            let (_, doc) = read_markdown(&jail, tr, &tr_display, keys)?;
            let (found, issues) = align::import(&statements[si].doc, &doc);
            work.push((si, tr_display, found, issues));
        }
        let mut merged = self.merge_language(lang, &statements, self.sync_options())?;
        let mut filler = Filler {
            glossary: self.config.check_for(&lang.tag).glossary,
            overwrite,
            single: self.single(),
            touched: BTreeSet::new(),
        };
        let reports = work
            .into_iter()
            .map(|(si, tr_display, found, issues)| {
                filler.statement(&mut merged, &statements, si, tr_display, &found, issues)
            })
            .collect();
        if filler.touched.is_empty() {
            return Ok(reports);
        }
        let files: Vec<(PathBuf, String)> = if self.single() {
            let cat = self.single_catalog(lang, &merged);
            let path = self.single_path(&lang.tag, self.config.catalog_format(&lang.tag));
            let text = self.serialize_catalog(&path, &cat);
            vec![(path, text)]
        } else {
            filler
                .touched
                .into_iter()
                .map(|u| {
                    let m = &merged[u];
                    (m.path.clone(), self.serialize_catalog(&m.path, &m.catalog))
                })
                .collect()
        };
        // Imported translations exist nowhere else yet: always flushed.
        self.write_catalogs(&files, Durability::Always)?;
        Ok(reports)
    }

    /// Index of the statement at `path` (as given on the command line).
    fn statement_index(&self, statements: &[Statement], path: &Path) -> Result<usize> {
        // As given (from the current folder), else from the project root or
        // the statements folder (`statements/x.md`, `x.md`).
        let found = [
            path.to_path_buf(),
            self.root.join(path),
            self.statements_dir().join(path),
        ]
        .into_iter()
        .find(|p| p.is_file())
        .unwrap_or_else(|| path.to_path_buf());
        let real = found.canonicalize().map_err(|e| Error::io(path, e))?;
        let dir = self
            .statements_dir()
            .canonicalize()
            .unwrap_or_else(|_| self.statements_dir());
        let rel = real
            .strip_prefix(&dir)
            .map(|r| r.to_string_lossy().replace('\\', "/"))
            .map_err(|_| {
                Error::msg(
                    Msg::new("import-outside-statements")
                        .arg("path", path.display())
                        .arg("dir", &self.config.statements),
                )
            })?;
        statements.iter().position(|s| s.rel == rel).ok_or_else(|| {
            Error::msg(Msg::new("import-not-a-statement").arg("path", path.display()))
        })
    }
}

fn locate(m: &Misalignment, src: &str, tr: &str) -> Located {
    Located {
        source: m.src_line.map(|l| format!("{src}:{l}")),
        translation: m.tr_line.map(|l| format!("{tr}:{l}")),
        message: m.message.clone(),
    }
}

/// Fills merged catalogs with aligned translations.
struct Filler {
    glossary: Vec<String>,
    overwrite: bool,
    /// Single layout: a message is one entry whatever statement it is in.
    single: bool,
    /// Units whose catalog changed.
    touched: BTreeSet<usize>,
}

/// What became of one aligned translation.
enum Filled {
    Imported,
    Kept,
    Nothing,
}

impl Filler {
    /// Imports the translations `found` for statement `si`.
    fn statement(
        &mut self,
        merged: &mut [Merged],
        statements: &[Statement],
        si: usize,
        tr_display: String,
        found: &[Found],
        mut issues: Vec<Misalignment>,
    ) -> ImportReport {
        let st = &statements[si];
        let mut r = ImportReport {
            statement: st.display.clone(),
            translation: tr_display,
            imported: 0,
            for_review: 0,
            kept: 0,
            missing: issues.iter().filter(|m| m.tr_line.is_none()).count(),
            untranslated: 0,
            issues: Vec::new(),
        };
        // In the single layout a message is one entry whatever statement
        // it appears in: fill it everywhere.
        let units: Vec<usize> = if self.single {
            (0..merged.len())
                .filter(|&i| merged[i].statement.is_some())
                .collect()
        } else {
            vec![si]
        };
        for f in found {
            let seg = &st.doc.segments[f.src];
            if crate::check::left_in_source(&seg.text, &f.text, &self.glossary) {
                r.untranslated += 1;
                issues.push(Misalignment {
                    src_line: Some(seg.line as usize),
                    tr_line: Some(f.tr_line),
                    message: Msg::new("import-left-untranslated").arg_msg("kind", seg.kind.msg()),
                });
                continue;
            }
            match self.fill(merged, &units, si, seg, f, &r.translation) {
                Filled::Imported => {
                    r.imported += 1;
                    r.for_review += usize::from(!f.certain);
                }
                Filled::Kept => r.kept += 1,
                Filled::Nothing => {}
            }
        }
        // In document order.
        issues.sort_by_key(|m| m.src_line.or(m.tr_line));
        r.issues = issues
            .iter()
            .map(|m| locate(m, &st.display, &r.translation))
            .collect();
        r
    }

    /// Puts one translation into the messages of `seg` in `units`.
    fn fill(
        &mut self,
        merged: &mut [Merged],
        units: &[usize],
        si: usize,
        seg: &Segment,
        f: &Found,
        tr_display: &str,
    ) -> Filled {
        let mut applied = false;
        let mut kept = false;
        // Counted for the statement imported (or any, in the single layout).
        let counts = |u: usize| u == si || units.len() == 1;
        for &u in units {
            for m in merged[u].catalog.messages.iter_mut().filter(|m| {
                !m.obsolete
                    && m.source == seg.text
                    && m.context.as_deref() == seg.context.as_deref()
            }) {
                if m.has_translation() && !self.overwrite {
                    kept |= counts(u);
                    continue;
                }
                m.translation = vec![f.text.clone()];
                m.stale = !f.certain;
                m.previous = None;
                m.comments.retain(|c| !crate::directive::is_imported(c));
                if let Some(note) = &f.note {
                    let from = format!("{tr_display}:{}: {note}", f.tr_line);
                    m.comments.push(Directive::ImportedFrom(from).to_comment());
                }
                applied |= counts(u);
                self.touched.insert(u);
            }
        }
        if applied {
            Filled::Imported
        } else if kept {
            Filled::Kept
        } else {
            Filled::Nothing
        }
    }
}
