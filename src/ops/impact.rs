//! `impact`: what a pending source change costs each language, from the statements at a git
//! revision to the working tree.

use crate::lang::Language;
use crate::project::*;
use crate::source::{self};
use crate::sync::SyncReport;
use crate::ui::Msg;

impl Project {
    /// The statements as they were at git revision `rev`.
    pub fn statements_at(&self, rev: &str) -> Result<Vec<Statement>> {
        let git = |args: &[&str]| -> Result<Vec<u8>> {
            let out = std::process::Command::new("git")
                .arg("-C")
                .arg(&self.root)
                .args(args)
                .output()
                .map_err(|e| Error::msg(Msg::new("project-git-missing").arg("detail", e)))?;
            if !out.status.success() {
                return Err(Error::msg(
                    Msg::new("project-git-failed")
                        .arg("command", args.join(" "))
                        .arg("detail", String::from_utf8_lossy(&out.stderr).trim()),
                ));
            }
            Ok(out.stdout)
        };
        let prefix = String::from_utf8_lossy(&git(&["rev-parse", "--show-prefix"])?)
            .trim()
            .to_string();
        let dir = format!("{prefix}{}/", self.config.statements);
        let list = git(&["ls-tree", "-r", "-z", "--name-only", rev, "--", &dir])?;
        let keys = &self.config.front_matter_keys;
        let mut out = Vec::new();
        for name in list.split(|b| *b == 0).filter(|n| !n.is_empty()) {
            let name = String::from_utf8_lossy(name).into_owned();
            let Some(rel) = name.strip_prefix(&dir) else {
                continue;
            };
            if !rel.ends_with(".md")
                || rel.split('/').any(|c| c.starts_with('.'))
                || !self.config.selection.selects(rel)
            {
                continue;
            }
            let display = format!("{}/{rel}", self.config.statements);
            let bytes = git(&["show", &format!("{rev}:{name}")])?;
            let src = String::from_utf8(bytes).map_err(|_| {
                Error::file(
                    format!("{display} (at {rev})"),
                    Msg::new("utf8-invalid").arg("what", "text"),
                )
            })?;
            let doc = source::extract(&src, keys)
                .map_err(|e| e.in_file(format!("{display} (at {rev})")))?;
            out.push(Statement::new(rel.to_string(), display, src, doc));
        }
        out.sort_by(|a, b| a.rel.cmp(&b.rel));
        Ok(out)
    }

    /// `impact`: what the pending source change would do to each language's
    /// catalogs, without writing anything. Without `base`, the change is the
    /// working tree against the catalogs; with `base`, the working tree against
    /// the statements at that git revision (catalogs taken as synced to it).
    pub fn impact(
        &self,
        langs: &[Language],
        base: Option<&str>,
    ) -> Result<Vec<(String, SyncReport)>> {
        let statements = self.statements()?;
        let base_statements = base.map(|rev| self.statements_at(rev)).transpose()?;
        let opts = self.sync_options();
        let templates = self.reading_templates(&statements);
        let base_templates = base_statements.as_deref().map(|s| self.templates(s));
        let mut out = Vec::new();
        for lang in langs {
            let merged = match (&base_statements, &base_templates) {
                (Some(old_st), Some(old_t)) => {
                    let at_base = self.merge_language_using(lang, old_st, old_t, opts)?;
                    let olds = at_base.into_iter().map(|m| (m.path, m.catalog)).collect();
                    self.merge_with(lang, &statements, &templates, olds, opts)
                }
                _ => self.merge_language_using(lang, &statements, &templates, opts)?,
            };
            let mut total = SyncReport::default();
            for m in &merged {
                total.add(&m.report);
            }
            out.push((lang.tag.clone(), total));
        }
        Ok(out)
    }
}
