//! The catalogs of a project on disk: where a language's catalogs are, reading
//! them (PO in its header's charset, what was read remembered), writing them
//! (never over an edit made since), and languages found there but not listed.

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::*;
use crate::catalog::Catalog;
use crate::fsio::{Durability, Expect, content_hash, utf8_text, write_all_expecting};
use crate::ui::Msg;

impl Project {
    /// Records what a catalog held when it was read (None: absent).
    pub(crate) fn remember(&self, path: &Path, bytes: Option<&[u8]>) {
        let e = bytes.map_or(Expect::Absent, |b| Expect::Hash(content_hash(b)));
        if let Ok(mut r) = self.reads.lock() {
            r.insert(path.to_path_buf(), e);
        }
    }

    /// What a catalog must still hold before it is replaced: what was read,
    /// or nothing for a catalog never read (a new one).
    pub(crate) fn expectation(&self, path: &Path) -> Expect {
        self.reads
            .lock()
            .ok()
            .and_then(|r| r.get(path).copied())
            .unwrap_or(Expect::Absent)
    }

    /// Writes catalogs (inside the project), never over an edit made since
    /// they were read.
    pub(crate) fn write_catalogs(
        &self,
        files: &[(PathBuf, String)],
        durable: Durability,
    ) -> Result<Vec<bool>> {
        self.jail()
            .check_all(files.iter().map(|(p, _)| p.as_path()))?;
        let encoded = files
            .iter()
            .map(|(p, text)| Ok((p.clone(), self.catalog_bytes(p, text)?.into_owned())))
            .collect::<Result<Vec<_>>>()?;
        write_all_expecting(&encoded, durable, &|p| self.expectation(p))
    }

    /// A serialized catalog as the bytes of its file: a PO catalog in the
    /// charset its header declares (a character it cannot hold is an error
    /// at its line), FTL always UTF-8.
    pub fn catalog_bytes<'t>(
        &self,
        path: &Path,
        text: &'t str,
    ) -> Result<std::borrow::Cow<'t, [u8]>> {
        if is_ftl(path) {
            return Ok(std::borrow::Cow::Borrowed(text.as_bytes()));
        }
        crate::po::charset::encode(text).map_err(|e| e.in_file(self.display(path)))
    }

    /// Catalog folders (or single catalogs) in `locales/` for a language the
    /// configuration does not list are not read: a warning says so, rather
    /// than a silent 0 %.
    pub(crate) fn warn_unknown_languages(&self) {
        let Ok(entries) = fs::read_dir(self.locales_dir()) else {
            return;
        };
        for e in entries.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            let is_dir = e.file_type().is_ok_and(|t| t.is_dir());
            let stem = if is_dir {
                Some(name.as_str())
            } else {
                name.strip_suffix(".po")
                    .or_else(|| name.strip_suffix(".ftl"))
            };
            let Some(stem) = stem.filter(|s| !s.starts_with('.') && *s != "templates") else {
                continue;
            };
            let tag = stem.replace('_', "-");
            let known = std::iter::once(&self.config.source)
                .chain(&self.config.languages)
                .any(|l| l.tag.eq_ignore_ascii_case(&tag));
            if !known && stem != "messages" && crate::lang::Language::parse(&tag).is_ok() {
                crate::fsio::warn(
                    Msg::new("locales-unknown-language")
                        .arg("path", self.display(&e.path()))
                        .arg("tag", tag),
                );
            }
        }
    }

    /// Removes a catalog, unless it changed on disk since it was read.
    pub(crate) fn remove_catalog(&self, path: &Path) -> Result<()> {
        // Only a catalog that was read can have changed since.
        let expect = self.expectation(path);
        if matches!(expect, Expect::Hash(_)) && !crate::fsio::holds(path, expect) {
            return Err(Error::file(self.display(path), Msg::new("write-conflict")));
        }
        self.jail().remove(path)
    }

    /// The single catalog of a language and its path, whichever format it is in.
    pub(crate) fn read_single(&self, lang: &str) -> Result<Option<(PathBuf, Catalog)>> {
        Ok(self.read_single_text(lang)?.map(|(p, _, c)| (p, c)))
    }

    /// The same, with the catalog's text.
    pub(crate) fn read_single_text(
        &self,
        lang: &str,
    ) -> Result<Option<(PathBuf, String, Catalog)>> {
        let f = self.config.catalog_format(lang);
        for path in [self.single_path(lang, f), self.single_path(lang, f.other())] {
            if let Some((text, c)) = self.read_catalog_text(&path)? {
                return Ok(Some((path, text, c)));
            }
        }
        Ok(None)
    }

    /// The catalogs of a language as they are on disk, each with the statement it
    /// belongs to (`None` in the single layout: the statement comes from each
    /// entry's references).
    pub(crate) fn catalog_files(
        &self,
        lang: &str,
        statements: &[&Statement],
    ) -> Result<Vec<(PathBuf, Catalog, Option<String>)>> {
        if self.single() {
            return Ok(self
                .read_single(lang)?
                .map(|(p, c)| (p, c, None))
                .into_iter()
                .collect());
        }
        // Read in parallel; the first error in statement order is the one
        // reported.
        let read: Vec<_> = statements
            .par_iter()
            .map(|st| self.read_lang_catalog(lang, &self.catalog_name(st)))
            .collect();
        let mut out = Vec::new();
        for (st, r) in statements.iter().zip(read) {
            if let Some((p, c)) = r? {
                out.push((p, c, Some(st.display.clone())));
            }
        }
        Ok(out)
    }

    /// In the per-statement layout with a `catalog_path` of the project's
    /// own: every statement (`rels`: paths under `statements`) must get a
    /// catalog name that is a file and is its own (compared without case,
    /// as macOS and Windows do), and none may take the site strings'
    /// `site.ftl`. Checked before anything is read or written.
    pub(crate) fn check_catalog_names(&self, rels: &[String]) -> Result<()> {
        let cp = &self.config.catalog_path;
        if self.single() || cp.is_default() {
            return Ok(());
        }
        let mut seen: HashMap<String, &str> = HashMap::with_capacity(rels.len());
        if self.config.uses_ftl() {
            seen.insert("site".into(), "site.ftl");
        }
        let display = |rel: &str| format!("{}/{rel}", self.config.statements);
        for rel in rels {
            let name = cp.name(rel.strip_suffix(".md").unwrap_or(rel));
            if !crate::config::catalog_path::usable(&name) {
                let msg = Msg::new("project-catalog-unusable")
                    .arg("statement", display(rel))
                    .arg("template", &cp.template)
                    .arg("name", &name)
                    .arg("placeholders", crate::config::catalog_path::PLACEHOLDERS);
                return Err(Error::file(CONFIG_FILE, msg));
            }
            if let Some(first) = seen.insert(name.to_lowercase(), rel) {
                let first = match first {
                    "site.ftl" => format!("{}/<lang>/site.ftl", self.config.locales),
                    f => display(f),
                };
                let msg = Msg::new("project-catalog-collision")
                    .arg("first", first)
                    .arg("second", display(rel))
                    .arg(
                        "path",
                        format!(
                            "{}/<lang>/{name}.{}",
                            self.config.locales,
                            self.config.catalog_format.extension()
                        ),
                    )
                    .arg("template", &cp.template);
                return Err(Error::file(CONFIG_FILE, msg));
            }
        }
        Ok(())
    }

    /// The statement of an entry, from its first reference (single layout).
    pub(crate) fn statement_of(m: &crate::catalog::Message) -> String {
        m.references
            .first()
            .map(|r| {
                r.rsplit_once(':')
                    .filter(|(_, n)| n.chars().all(|c| c.is_ascii_digit()))
                    .map(|(f, _)| f)
                    .unwrap_or(r)
                    .to_string()
            })
            .unwrap_or_default()
    }

    /// The language a catalog path belongs to (`locales/fa/x.po` or `locales/fa.po`).
    pub(crate) fn lang_of(&self, path: &Path) -> String {
        let first = path
            .strip_prefix(self.locales_dir())
            .ok()
            .and_then(|p| p.components().next())
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .unwrap_or_default();
        let name = first
            .strip_suffix(".po")
            .or_else(|| first.strip_suffix(".ftl"))
            .unwrap_or(&first);
        // A gettext-style folder (`pt_BR`) belongs to its tag (`pt-BR`).
        self.config
            .languages
            .iter()
            .find(|l| l.tag == name || l.tag.replace('-', "_") == name)
            .map_or_else(|| name.to_string(), |l| l.tag.clone())
    }

    /// Reads a statement's catalog in a language, whichever format it is in.
    pub fn read_lang_catalog(&self, lang: &str, stem: &str) -> Result<Option<(PathBuf, Catalog)>> {
        for path in [
            self.catalog_path(lang, stem),
            self.other_catalog_path(lang, stem),
        ] {
            if let Some(c) = self.read_catalog(&path)? {
                return Ok(Some((path, c)));
            }
        }
        Ok(None)
    }

    /// Serializes a catalog in the format its path names (PO at the
    /// project's `po_wrap`).
    pub fn serialize_catalog(&self, path: &Path, cat: &Catalog) -> String {
        if is_ftl(path) {
            crate::ftl::write(cat)
        } else {
            cat.write_po_with(self.config.po_wrap)
        }
    }

    /// [`Project::serialize_catalog`] taking the catalog (its strings are
    /// moved, not copied), with msgids laid out already.
    pub fn serialize_catalog_laid(
        &self,
        path: &Path,
        cat: Catalog,
        laid: Option<&crate::po::Laid>,
    ) -> String {
        if is_ftl(path) {
            crate::ftl::write(&cat)
        } else {
            cat.into_po_laid(self.config.po_wrap, laid)
        }
    }

    /// Reads a catalog; Ok(None) when the file does not exist.
    pub fn read_catalog(&self, path: &Path) -> Result<Option<Catalog>> {
        Ok(self.read_catalog_text(path)?.map(|(_, c)| c))
    }

    /// Reads a catalog with its text (decoded from its charset).
    pub fn read_catalog_text(&self, path: &Path) -> Result<Option<(String, Catalog)>> {
        if fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
            return Err(Error::at(
                self.display(path),
                1,
                1,
                Msg::new("project-catalog-link"),
            ));
        }
        let read = self.jail().read(path)?;
        self.remember(path, read.as_deref());
        let Some(bytes) = read else {
            return Ok(None);
        };
        let display = self.display(path);
        let ftl = is_ftl(path);
        let text = if ftl {
            Ok(None)
        } else {
            crate::po::charset::decode(&bytes)
        };
        let text = match text {
            Ok(Some(text)) => text,
            Ok(None) => utf8_text(bytes, &display, "catalog")?,
            Err(e) => return Err(e.in_file(&display)),
        };
        let cat = if ftl {
            crate::ftl::parse(&text).map_err(|e| e.in_file(&display))?
        } else {
            Catalog::parse_po(&text).map_err(|e| e.in_file(&display))?
        };
        Ok(Some((text, cat)))
    }
}

/// Whether a catalog file is Fluent (by its name; anything else is PO).
pub(crate) fn is_ftl(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "ftl")
}
