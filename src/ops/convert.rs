//! `convert`: catalogs rewritten between PO and FTL, every state kept, the old files removed
//! after the new ones are written.

use std::path::PathBuf;

use crate::fsio::{Durability, walk_files};
use crate::lang::Language;
use crate::project::*;
use crate::ui::Msg;

impl Project {
    /// `convert`: rewrites the catalogs of the selected languages in `to`
    /// (every state kept), removing the old files. Returns the files converted.
    pub fn convert(
        &self,
        langs: &[Language],
        to: crate::config::CatalogFormat,
    ) -> Result<ConvertReport> {
        let _lock = self.writer()?;
        let mut plan: Vec<(PathBuf, String, PathBuf)> = Vec::new();
        for lang in langs
            .iter()
            .filter(|l| crate::pseudo::Pseudo::of(&l.tag).is_none())
        {
            for old in self.convertible(lang, to)? {
                let Some(cat) = self.read_catalog(&old)? else {
                    continue;
                };
                let new = old.with_extension(to.extension());
                if new.exists() {
                    return Err(Error::msg(
                        Msg::new("project-both-exist")
                            .arg("old", self.display(&old))
                            .arg("new", self.display(&new)),
                    ));
                }
                let text = self.serialize_catalog(&new, &cat);
                plan.push((new, text, old));
            }
        }
        for (new, text, old) in &plan {
            self.write_catalogs(&[(new.clone(), text.clone())], Durability::Always)?;
            self.jail().remove(old)?;
        }
        // Languages whose configured format is another one: the next sync
        // would convert them back.
        let config_disagrees = langs
            .iter()
            .filter(|l| self.config.catalog_format(&l.tag) != to)
            .map(|l| l.tag.clone())
            .collect();
        Ok(ConvertReport {
            config_disagrees,
            converted: plan.len(),
            to: to.extension().to_string(),
        })
    }
}

impl Project {
    /// A language's catalogs in the other format than `to`: its one catalog
    /// in the single layout, else every catalog in its folder (site strings
    /// aside).
    fn convertible(
        &self,
        lang: &Language,
        to: crate::config::CatalogFormat,
    ) -> Result<Vec<PathBuf>> {
        if self.single() {
            let old = self.single_path(&lang.tag, to.other());
            return Ok(if old.is_file() { vec![old] } else { Vec::new() });
        }
        let ldir = self.lang_dir(&lang.tag);
        let from = to.other().extension();
        Ok(walk_files(&ldir, &[&format!(".{from}")])?
            .into_iter()
            .filter(|rel| rel != "site.ftl")
            .map(|rel| ldir.join(rel))
            .collect())
    }
}

/// What `convert` did (fields in the order its JSON has always had).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ConvertReport {
    /// Languages whose `catalog_format` in dragoman.toml is not the target.
    pub config_disagrees: Vec<String>,
    /// Catalog files converted.
    pub converted: usize,
    /// The target format's extension (`po`, `ftl`).
    pub to: String,
}
