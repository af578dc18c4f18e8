//! `check`: every translation of the selected languages through the check engine (and
//! `--fix`'s safe fixes, written back).

use std::path::PathBuf;

use rayon::prelude::*;

use crate::fsio::{Durability, Jail};
use crate::lang::Language;
use crate::project::*;
use crate::source::SegmentKind;

impl Project {
    /// `check`: every translation (translated or stale) of the selected
    /// languages' catalogs. With `fix`, safe fixes are written first (atomically)
    /// and the fixed text is checked. Returns the findings and how many entries
    /// were fixed.
    pub fn check(&self, langs: &[Language], fix: bool) -> Result<CheckReport> {
        // Fixes are written back: a writer.
        let _lock = if fix { Some(self.writer()?) } else { None };
        let statements = self.statements()?;
        self.check_layout()?;
        let mut findings = Vec::new();
        let mut fixed = 0;
        let mut writes: Vec<(PathBuf, String)> = Vec::new();
        let all: Vec<&Statement> = statements.iter().collect();
        let by_display: std::collections::HashMap<&str, &Statement> =
            statements.iter().map(|s| (s.display.as_str(), s)).collect();
        for lang in langs
            .iter()
            .filter(|l| crate::pseudo::Pseudo::of(&l.tag).is_none())
        {
            let cfg = self.config.check_for(&lang.tag);
            let files = self.catalog_files(&lang.tag, &all)?;
            let compounds = compounds_of(&lang.tag, &files);
            for (path, mut cat, st_display) in files {
                let display = self.display(&path);
                // The catalog's statement, for its links' targets (found once
                // per catalog, not per message).
                let st = st_display
                    .as_deref()
                    .and_then(|d| by_display.get(d).copied());
                let exists = |target: &str| st.is_none_or(|st| self.target_exists(st, target));
                let at = Entries {
                    lang,
                    cfg: &cfg,
                    around: Around {
                        exists: &exists,
                        compounds: &compounds,
                    },
                    file: &display,
                    statement: st_display.as_deref(),
                    // The header's number of plural forms, for `plural-forms`.
                    nplurals: cat
                        .header
                        .as_ref()
                        .and_then(|h| h.translation.first())
                        .and_then(|h| crate::po::nplurals(h)),
                    fix,
                };
                // Entries are checked in parallel; findings stay in file order.
                let done: Vec<(Vec<LocatedFinding>, usize)> = cat
                    .messages
                    .par_iter_mut()
                    .filter(|m| !m.obsolete && m.has_translation())
                    .map(|m| self.check_entry(&at, m))
                    .collect();
                let mut changed = false;
                for (found, n) in done {
                    findings.extend(found);
                    fixed += n;
                    changed |= n > 0;
                }
                if changed {
                    let text = self.serialize_catalog(&path, &cat);
                    writes.push((path, text));
                }
            }
        }
        findings.extend(self.source_link_findings(&statements));
        self.write_catalogs(&writes, Durability::Always)?;
        Ok(CheckReport { findings, fixed })
    }
}

/// Where the entries of one catalog are checked.
struct Entries<'a> {
    lang: &'a Language,
    cfg: &'a crate::config::CheckConfig,
    around: Around<'a>,
    /// The catalog as shown to users, and its statement's.
    file: &'a str,
    statement: Option<&'a str>,
    /// The header's number of plural forms.
    nplurals: Option<usize>,
    fix: bool,
}

impl Project {
    /// One entry of a catalog: its safe fixes applied first with `fix`
    /// (how many translations changed), then what `check` finds in it.
    fn check_entry(
        &self,
        at: &Entries,
        m: &mut crate::catalog::Message,
    ) -> (Vec<LocatedFinding>, usize) {
        let tag = &at.lang.tag;
        // A covering translation (a split paragraph) answers to the whole
        // paragraph it was made from.
        let source = m.answers_to().to_string();
        let mut fixed = 0;
        if at.fix {
            for t in m.translation.iter_mut() {
                if let Some(f) = crate::check::fix(&source, t, tag) {
                    *t = f;
                    fixed += 1;
                }
            }
        }
        let mut found: Vec<(String, crate::check::Finding)> = Vec::new();
        if let Some(n) = at.nplurals.filter(|_| m.source_plural.is_some()) {
            let forms = m.translation.len();
            let f = with_context(tag, at.cfg, m, |ctx| {
                crate::check::plural_forms(forms, n, ctx)
            });
            found.extend(f.into_iter().map(|f| (m.translation.join(" | "), f)));
        }
        for t in &m.translation {
            let f = self.entry_findings(tag, at.cfg, m, &source, t, &at.around);
            found.extend(f.into_iter().map(|f| (t.clone(), f)));
        }
        let located = found
            .into_iter()
            .map(|(t, f)| LocatedFinding {
                state: if m.stale { "stale" } else { "translated" },
                check: f.check,
                severity: f.severity,
                lang: tag.clone(),
                file: at.file.to_string(),
                line: m.line as usize,
                statement: at
                    .statement
                    .map_or_else(|| Self::statement_of(m), str::to_string),
                id: m.id(),
                source: source.clone(),
                translation: t,
                message: f.message,
                msg: f.msg,
                span: f.span,
            })
            .collect();
        (located, fixed)
    }

    /// What `check` finds in translation `t` of entry `m` (answering to
    /// `source`), with the language's configuration `cfg` and what is
    /// `around` the entry (files beside the statement, the project's
    /// compounds).
    pub(crate) fn entry_findings(
        &self,
        lang: &str,
        cfg: &crate::config::CheckConfig,
        m: &crate::catalog::Message,
        source: &str,
        t: &str,
        around: &Around,
    ) -> Vec<crate::check::Finding> {
        with_context(lang, cfg, m, |ctx| {
            let ctx = crate::check::Context {
                compounds: Some(around.compounds),
                ..ctx.clone()
            };
            let found = crate::check::check(source, t, &ctx);
            let links = crate::check::link_targets(source, t, &ctx, around.exists);
            found.into_iter().chain(links).collect()
        })
    }

    /// Whether a relative link target of `st` is a file or folder beside the
    /// statements (a target climbing out of the folder is not).
    pub(crate) fn target_exists(&self, st: &Statement, target: &str) -> bool {
        let Some(path) = crate::build::resolve(&st.rel, target) else {
            return false;
        };
        let path = self.statements_dir().join(path);
        Jail::new(&self.statements_dir()).holds_file(&path) || path.is_dir()
    }

    /// The statements' own relative links and images that point at nothing,
    /// once each (not per language).
    fn source_link_findings(&self, statements: &[Statement]) -> Vec<LocatedFinding> {
        let cfg = self.config.check.clone();
        let ctx = crate::check::Context {
            lang: &self.config.source.tag,
            heading: false,
            glossary: &cfg.glossary,
            url_map: &cfg.url_map,
            disabled: &cfg.disable,
            severities: &cfg.severity,
            kind: None,
            compounds: None,
        };
        let mut out = Vec::new();
        for st in statements {
            let exists = |t: &str| self.target_exists(st, t);
            for (target, f) in
                crate::check::source_link_targets(crate::build::body_of(&st.src), &ctx, &exists)
            {
                let at = st.src.find(&target).unwrap_or(0);
                out.push(LocatedFinding {
                    state: "source",
                    check: f.check,
                    severity: f.severity,
                    lang: self.config.source.tag.clone(),
                    file: st.display.clone(),
                    line: crate::source::line_col(&st.src, at).0,
                    statement: st.display.clone(),
                    id: String::new(),
                    source: target,
                    translation: String::new(),
                    message: f.message,
                    msg: f.msg,
                    span: None,
                });
            }
        }
        out
    }
}

/// What `check` found (and fixed).
#[derive(Debug, Clone, serde::Serialize)]
pub struct CheckReport {
    pub findings: Vec<LocatedFinding>,
    /// Translations `--fix` changed.
    pub fixed: usize,
}

/// A check finding located in a catalog (`check --format json` items).
#[derive(Debug, Clone, serde::Serialize)]
pub struct LocatedFinding {
    pub check: &'static str,
    /// The entry's state: `translated`, `stale` (CI and reviewers filter on
    /// it), or `source` for a finding in a statement itself.
    pub state: &'static str,
    pub severity: crate::check::Severity,
    pub lang: String,
    pub file: String,
    pub line: usize,
    pub statement: String,
    pub id: String,
    pub source: String,
    pub translation: String,
    pub message: String,
    /// The message as an id and arguments (for the interface language).
    #[serde(skip)]
    pub msg: crate::check::Msg,
    #[serde(skip)]
    pub span: Option<std::ops::Range<usize>>,
}

/// Runs `f` with the check context of entry `m` in `lang`: the language's
/// configuration, the checks its translator allowed (never the security
/// ones), the kind of segment.
/// What is around an entry that its checks look at: whether a relative link
/// target is a file beside the statement, the project's Persian compounds.
pub(crate) struct Around<'a> {
    pub(crate) exists: &'a (dyn Fn(&str) -> bool + Sync),
    pub(crate) compounds: &'a crate::check::Compounds,
}

/// For Persian, the compounds the language's catalogs write with a ZWNJ
/// (`fa-zwnj-consistency` holds every entry to them); none otherwise.
fn compounds_of(
    lang: &str,
    files: &[(PathBuf, crate::catalog::Catalog, Option<String>)],
) -> crate::check::Compounds {
    if lang.split(['-', '_']).next() != Some("fa") {
        return crate::check::Compounds::default();
    }
    let translations = files
        .iter()
        .flat_map(|(_, cat, _)| cat.messages.iter().filter(|m| !m.obsolete))
        .flat_map(|m| m.translation.iter().map(String::as_str));
    crate::check::Compounds::of(translations)
}

fn with_context<R>(
    lang: &str,
    cfg: &crate::config::CheckConfig,
    m: &crate::catalog::Message,
    f: impl FnOnce(&crate::check::Context) -> R,
) -> R {
    let mut disabled = cfg.disable.clone();
    // A translator cannot waive what guards the page.
    disabled.extend(
        allowed_checks(&m.comments)
            .into_iter()
            .filter(|id| !crate::check::is_security(id)),
    );
    let kind = SegmentKind::of_notes(&m.notes);
    let heading = matches!(
        kind,
        Some(
            SegmentKind::Heading(_)
                | SegmentKind::FrontMatter(_)
                | SegmentKind::TableCell
                | SegmentKind::TableHeader
        )
    );
    let ctx = crate::check::Context {
        lang,
        heading,
        glossary: &cfg.glossary,
        url_map: &cfg.url_map,
        disabled: &disabled,
        severities: &cfg.severity,
        kind: kind.as_ref(),
        compounds: None,
    };
    f(&ctx)
}

/// Check ids a translator allowed on an entry with `# dragoman: allow ID[, ID…]`.
pub fn allowed_checks(comments: &[String]) -> Vec<String> {
    comments
        .iter()
        .filter_map(|c| crate::directive::Directive::parse(c))
        .flat_map(|d| d.allowed())
        .collect()
}
