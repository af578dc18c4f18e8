//! `build`: localized Markdown and HTML pages, the index, the dashboard and badges, staged
//! and put in place at once.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::build::listing::{self, Listing};
use crate::build::pages::{self, Languages, Rendered, Target};
use crate::build::{self, IndexCell};
use crate::cache::Run;
use crate::fsio::{Jail, Staged, remove_stale_temps, utf8_text};

mod generate;
mod output;
use crate::lang::Language;
use crate::project::*;
use crate::site::Site;
use crate::source::Statement;
use crate::status::{LanguageStatus, StatementStatus};
use crate::ui::Msg;
use output::Output;

impl Project {
    /// The output folder may not hold, or be inside, the statements or the
    /// catalogs: a build would write over them (or read its own pages).
    pub fn check_output(&self, out: &Path) -> Result<()> {
        let o = lexical(out);
        for (key, dir) in [
            ("statements", self.statements_dir()),
            ("locales", self.locales_dir()),
        ] {
            let d = lexical(&dir);
            if o.starts_with(&d) || d.starts_with(&o) {
                return Err(Error::msg(
                    Msg::new("project-output-overlaps")
                        .arg("out", out.display())
                        .arg("key", key)
                        .arg("dir", self.display(&dir)),
                ));
            }
        }
        Ok(())
    }

    /// `build`: localized Markdown and HTML for every selected language, the
    /// source pages, and `index.html`. Returns the report: per language the pages
    /// built, held back, outdated and the translations refused.
    pub fn build(&self, langs: &[Language], out: &Path) -> Result<BuildReport> {
        self.build_target(crate::publish::SiteTarget::Html, langs, out)
    }

    /// `build` for `target`: the HTML build for `html`, else the files of a
    /// site generator (`generate`).
    pub fn build_target(
        &self,
        target: crate::publish::SiteTarget,
        langs: &[Language],
        out: &Path,
    ) -> Result<BuildReport> {
        self.check_output(out)?;
        let _lock = self.writer()?;
        let out = &lexical(out);
        // Temp files an interrupted build left (a running build's stay).
        remove_stale_temps(out);
        // Same inputs and the outputs untouched since the last build: done.
        let tags: Vec<&str> = langs.iter().map(|l| l.tag.as_str()).collect();
        let stored = |report: BuildReport| BuildReport {
            files_written: 0,
            ..report
        };
        self.memo("build", &(target.as_str(), &tags, out), stored, || {
            let (report, outputs) = match target {
                crate::publish::SiteTarget::Html => self.build_uncached(langs, out)?,
                _ => self.generate(target, langs, out)?,
            };
            Ok(Run {
                later: Some(report.clone()),
                result: report,
                outputs,
                changed_inputs: false,
            })
        })
    }

    /// The build itself; returns the report and the files written.
    fn build_uncached(
        &self,
        langs: &[Language],
        out: &Path,
    ) -> Result<(BuildReport, Vec<PathBuf>)> {
        let statements = self.statements()?;
        let templates = self.reading_templates(&statements);
        let words = templates.word_memo();
        let (unpublished, early) = self.unpublished(&statements, (&templates, &words), langs)?;
        let langs = Languages {
            source: &self.config.source,
            targets: langs,
            unpublished: Some(&unpublished),
        };
        let sites: Vec<Site> = langs.all().map(|l| self.site(l)).collect::<Result<_>>()?;
        let taken = statements.iter().map(pages::html_name).collect();
        // Byline and tags: each statement's front matter read once for all
        // languages.
        let metas: Vec<build::Meta> = statements.par_iter().map(build::Meta::of).collect();
        let shared = Shared {
            words: &words,
            // Read while the source language's pages are made (below).
            heading_ids: &[],
            source_bodies: &[],
            same_bodies: &(0..statements.len())
                .map(|_| Default::default())
                .collect::<Vec<_>>(),
            metas: &metas,
            index_name: listing::index_name(&taken),
            statements: &statements,
            langs,
            sites: &sites,
            theme: &self.theme()?,
            sanitizer: &build::Sanitizer::new(&self.config.allowed_iframe_hosts),
            pages: &statements.iter().map(|s| s.rel.clone()).collect(),
        };
        let mut output = self.output(out);
        // A language's catalogs merge while the one before it is built (the
        // first, while the source language's pages are).
        // (With `below_threshold = "skip"` each was merged already.)
        let early = std::sync::Mutex::new(early);
        let merge = |li: usize| {
            if let Some(merged) = early.lock().ok().and_then(|mut e| e.get_mut(li)?.take()) {
                return Ok(merged);
            }
            let lang = &langs.targets[li];
            self.merge_language_using(lang, &statements, &templates, self.reading_options())
        };
        let (source, mut next) = rayon::join(
            || -> Result<_> {
                let (entries, bodies) = output.source_pages(&shared, self.may_hold_back(langs))?;
                let heads: Vec<_> = entries
                    .iter()
                    .map(|e| (e.title.clone(), e.date.clone()))
                    .collect();
                output.listing(&self.listing(&shared, 0), entries)?;
                output.assets(&self.statements_dir(), &assets(&statements), langs)?;
                Ok((heads, bodies))
            },
            || (!langs.targets.is_empty()).then(|| merge(0)),
        );
        let (heads, bodies) = source?;
        // Headings keep the source's ids in every language.
        let shared = Shared {
            heading_ids: &bodies.heading_ids,
            source_bodies: &bodies.bodies,
            ..shared
        };
        let mut cells: Vec<Vec<Option<IndexCell>>> = vec![Vec::new(); statements.len()];
        let (mut coverage, mut built) = (Vec::new(), Vec::new());
        for li in 0..langs.targets.len() {
            let merged = next.take().unwrap_or_else(|| merge(li))?;
            let (this, following) = rayon::join(
                || self.build_language(&shared, li, merged, &mut output, &mut cells),
                || (li + 1 < langs.targets.len()).then(|| merge(li + 1)),
            );
            next = following;
            let (this, status) = this?;
            built.push(this);
            coverage.push(status);
        }
        output.overview(&self.config.name, &shared, coverage, cells, heads)?;
        let written = output.written;
        let outputs = output.staged.commit()?;
        let report = BuildReport {
            files_written: written,
            languages: built,
        };
        Ok((report, outputs))
    }

    /// One target language's pages, index and feed; its report and coverage.
    fn build_language(
        &self,
        shared: &Shared,
        li: usize,
        merged: Vec<crate::project::Merged>,
        output: &mut Output,
        cells: &mut [Vec<Option<IndexCell>>],
    ) -> Result<(BuiltLanguage, LanguageStatus)> {
        let (statements, langs) = (shared.statements, shared.langs);
        let lang = &langs.targets[li];
        let site = &shared.sites[li + 1];
        let check_cfg = self.config.check_for(&lang.tag);
        let stale_note = site.stale_block();
        let lang_pages = published(statements, langs, li);
        let target = Target {
            lang,
            threshold: self.config.publish_threshold(&lang.tag),
            guard: build::Guard {
                url_map: &check_cfg.url_map,
                trusted: crate::pseudo::Pseudo::of(&lang.tag).is_some(),
            },
            source_tag: &langs.source.tag,
            sanitizer: shared.sanitizer,
            stale_note: &stale_note,
            pages: Some((&lang_pages, shared.pages)),
        };
        // With a page of every statement in this language's folder, links
        // between statements lead where the source's pages lead theirs: a
        // page held back takes the source's body as it is.
        let same_links = lang_pages.len() == shared.pages.len();
        let mut this = BuiltLanguage::new(&lang.tag, target.threshold);
        let mut rows = Vec::with_capacity(statements.len());
        let mut entries = Vec::with_capacity(statements.len());
        for (ci, chunk) in statements.chunks(CHUNK).enumerate() {
            let first = ci * CHUNK;
            self.tell(
                || Msg::new("progress-build").arg("lang", &lang.tag),
                first,
                statements.len(),
            );
            // Rendering and templating run in parallel; counting, in order.
            let made: Vec<_> = chunk
                .par_iter()
                .enumerate()
                .map(|(k, st)| {
                    // No page in a language the statement opts out of.
                    if !st.translated_into(&lang.tag) {
                        return None;
                    }
                    let catalog = &merged[first + k].catalog;
                    if !langs.publishes(li, st) {
                        // Below the threshold, left out: counted, not made.
                        let mut tally = BuiltLanguage::new(&lang.tag, target.threshold);
                        tally.skipped.push(st.display.clone());
                        let counts = crate::status::Counts::of_with(catalog, shared.words);
                        return Some((counts, tally, true, None));
                    }
                    let reuse = shared.reuse(first + k, li, same_links);
                    let (counts, rendered) = pages::render_reusing(st, catalog, target, reuse);
                    let mut tally = BuiltLanguage::new(&lang.tag, target.threshold);
                    tally.count(st, &rendered);
                    let held_back = matches!(rendered, Rendered::HeldBack { .. });
                    let meta = &shared.metas[first + k];
                    let files = pages::target_files(
                        shared.theme,
                        st,
                        meta,
                        langs,
                        li,
                        site,
                        (counts, rendered),
                    );
                    Some((counts, tally, held_back, Some(files)))
                })
                .collect();
            let mut files = Vec::with_capacity(chunk.len() * 2);
            for (k, (st, made)) in chunk.iter().zip(made).enumerate() {
                let Some((counts, tally, held_back, made)) = made else {
                    cells[first + k].push(None);
                    continue;
                };
                this.add(tally);
                let html_rel = pages::html_name(st);
                rows.push(StatementStatus {
                    path: st.display.clone(),
                    counts,
                });
                let href = match made {
                    Some(made) => {
                        let made = made.map_err(theme_error)?;
                        files.push((output.dir.join(&lang.tag).join(&html_rel), made.html));
                        files.push((output.dir.join(&lang.tag).join(&st.rel), made.markdown));
                        entries.push(made.entry);
                        format!("{}/{html_rel}", lang.tag)
                    }
                    // Not published: no link.
                    None => String::new(),
                };
                let cell = index_cell(href, &counts, held_back, &shared.sites[0]);
                cells[first + k].push(Some(cell));
            }
            output.emit(files)?;
        }
        output.listing(&self.listing(shared, li + 1), entries)?;
        let status = LanguageStatus::new(&lang.tag, lang.direction.as_str(), rows);
        this.percent = status.total.percent;
        Ok((this, status))
    }

    /// With `below_threshold = "skip"`, the statements each target language
    /// leaves out (translated less than its publish threshold): known before
    /// any page is made, since every language's pages link to the others.
    /// Also the catalogs merged to know it, per language, for its pages.
    fn unpublished(
        &self,
        statements: &[Statement],
        (templates, words): (&crate::project::Templates, &crate::status::WordMemo),
        langs: &[Language],
    ) -> Result<(pages::Unpublished, Vec<Option<Vec<Merged>>>)> {
        let mut out = pages::Unpublished::new();
        let mut early = Vec::new();
        if self.config.below_threshold != crate::publish::BelowThreshold::Skip {
            return Ok((out, early));
        }
        for (li, lang) in langs.iter().enumerate() {
            let threshold = self.config.publish_threshold(&lang.tag);
            if threshold <= 0.0 {
                early.push(None);
                continue;
            }
            let merged =
                self.merge_language_using(lang, statements, templates, self.reading_options())?;
            for (st, m) in statements.iter().zip(&merged) {
                let below = crate::status::Counts::of_with(&m.catalog, words).percent < threshold;
                if st.translated_into(&lang.tag) && below {
                    out.insert((li, st.rel.clone()));
                }
            }
            early.push(Some(merged));
        }
        Ok((out, early))
    }

    /// Whether a target language can publish a page held back in the source
    /// language (a publish threshold above 0, and not `below_threshold =
    /// "skip"`, which leaves such a page out).
    fn may_hold_back(&self, langs: Languages) -> bool {
        self.config.below_threshold != crate::publish::BelowThreshold::Skip
            && langs
                .targets
                .iter()
                .any(|l| self.config.publish_threshold(&l.tag) > 0.0)
    }

    /// The listing (index pages, feed) of language `index` (0: the source).
    fn listing<'a>(&'a self, shared: &'a Shared, index: usize) -> Listing<'a> {
        Listing {
            theme: shared.theme,
            site_name: &self.config.name,
            index,
            langs: shared.langs,
            site: &shared.sites[index],
            base_url: self.config.base_url.as_deref(),
            name: shared.index_name,
        }
    }
}

/// What every language of a build shares.
pub(super) struct Shared<'a> {
    statements: &'a [Statement],
    /// The words of the templates' messages.
    words: &'a crate::status::WordMemo<'a>,
    /// Per statement, the ids of its headings.
    heading_ids: &'a [Vec<String>],
    /// Per statement, its body as the source language's page has it (none
    /// when no language can hold a page back).
    source_bodies: &'a [String],
    /// Per statement, the bodies of its pages that show only its source.
    same_bodies: &'a [pages::SameBody],
    /// Per statement, what its front matter says for the byline.
    metas: &'a [build::Meta],
    langs: Languages<'a>,
    /// Site strings: the source language's first, then the targets'.
    sites: &'a [Site],
    theme: &'a build::Theme,
    sanitizer: &'a build::Sanitizer,
    /// The name of the languages' index pages (see `listing::index_name`).
    index_name: &'a str,
    /// Every statement's path (the source language has a page of each).
    pages: &'a HashSet<String>,
}

impl<'a> Shared<'a> {
    /// What rendering statement `i` in target `li` takes from the other
    /// languages; `same_links`: its links lead where the source page's do.
    fn reuse(&self, i: usize, li: usize, same_links: bool) -> pages::Reuse<'a> {
        pages::Reuse {
            heading_ids: Some(&self.heading_ids[i]),
            words: Some(self.words),
            source_body: self
                .source_bodies
                .get(i)
                .filter(|_| same_links)
                .map(String::as_str),
            // Kept only for a language still to come.
            same_body: same_links
                .then(|| (&self.same_bodies[i], li + 1 < self.langs.targets.len())),
        }
    }
}

impl Project {
    /// Where a build writes: the output folder is a jail of its own when it
    /// is outside the project.
    fn output<'a>(&self, out: &'a Path) -> Output<'a> {
        let jail = if out.starts_with(lexical(&self.root)) {
            self.jail()
        } else {
            Jail::new(out)
        };
        Output {
            dir: out,
            jail,
            staged: Staged::default(),
            written: 0,
        }
    }

    /// The theme: the built-in templates, with the project's
    /// `templates/<name>` in place of any of them.
    pub(crate) fn theme(&self) -> Result<build::Theme> {
        let jail = self.jail();
        let mut overrides = Vec::new();
        for name in build::theme::names() {
            let path = self.root.join(TEMPLATES).join(name);
            if let Some(bytes) = jail.read(&path)? {
                let display = self.display(&path);
                overrides.push((name.to_string(), utf8_text(bytes, &display, "file")?));
            }
        }
        build::Theme::new(&overrides).map_err(theme_error)
    }
}

/// The folder of a project's own templates.
pub const TEMPLATES: &str = "templates";

/// A template's error, placed in its file.
pub(super) fn theme_error((name, e): pages::ThemeError) -> Error {
    e.in_file(format!("{TEMPLATES}/{name}"))
}

/// Pages are made and written a chunk of statements at a time, one language
/// at a time, so memory holds one language's catalogs and one chunk of pages,
/// whatever the size of the project. The heavy, pure work (splicing and
/// rendering) is parallel; the page assembly with site strings (Fluent
/// bundles are not Sync) follows it.
const CHUNK: usize = 256;

/// What `build` made.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BuildReport {
    /// Files written (0 when nothing changed since the last build).
    pub files_written: usize,
    pub languages: Vec<BuiltLanguage>,
}

/// One built language.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct BuiltLanguage {
    pub lang: String,
    /// Statements built (each as HTML and Markdown).
    pub pages: usize,
    /// Statements published with an "outdated" notice (stale translations).
    pub outdated: Vec<String>,
    /// Statements below the publish threshold: the source is published instead.
    pub held_back: Vec<String>,
    /// Statements below the publish threshold left out (`below_threshold =
    /// "skip"`): no page, nothing links to them.
    #[serde(default)]
    pub skipped: Vec<String>,
    /// Translations not published because they would reach outside their
    /// segment (the source text stands in their place).
    pub refused: Vec<RefusedTranslation>,
    /// Coverage of the language (percent of segments translated).
    pub percent: f64,
    pub publish_threshold: f64,
}

impl BuiltLanguage {
    fn new(lang: &str, publish_threshold: f64) -> BuiltLanguage {
        BuiltLanguage {
            lang: lang.to_string(),
            pages: 0,
            outdated: Vec::new(),
            held_back: Vec::new(),
            skipped: Vec::new(),
            refused: Vec::new(),
            percent: 0.0,
            publish_threshold,
        }
    }

    /// Adds what another tally of this language counted.
    fn add(&mut self, other: BuiltLanguage) {
        self.pages += other.pages;
        self.held_back.extend(other.held_back);
        self.skipped.extend(other.skipped);
        self.outdated.extend(other.outdated);
        self.refused.extend(other.refused);
    }

    /// Counts one statement's page.
    fn count(&mut self, st: &Statement, rendered: &Rendered) {
        self.pages += 1;
        match rendered {
            Rendered::HeldBack { .. } => self.held_back.push(st.display.clone()),
            Rendered::Published { loc, .. } => {
                if loc.stale > 0 {
                    self.outdated.push(st.display.clone());
                }
                self.refused
                    .extend(loc.refused.iter().map(|r| RefusedTranslation {
                        statement: st.display.clone(),
                        refused: r.clone(),
                    }));
            }
        }
    }
}

/// A translation `build` did not publish.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RefusedTranslation {
    /// The statement (as shown to users).
    pub statement: String,
    /// The segment and why (its fields stand beside `statement` in JSON).
    #[serde(flatten)]
    pub refused: build::Refused,
}

/// A statement's cell in one language on the overview pages.
fn index_cell(
    href: String,
    counts: &crate::status::Counts,
    held_back: bool,
    site: &Site,
) -> IndexCell {
    IndexCell {
        href,
        percent: counts.percent,
        stale: counts.stale,
        stale_label: site.stale_mark(counts.stale),
        held_back,
        states: build::grid::states(counts.translated, counts.stale, counts.segments, held_back),
    }
}

/// The statements target `li` has a page of (links lead to them).
fn published(statements: &[Statement], langs: Languages, li: usize) -> HashSet<String> {
    statements
        .iter()
        .filter(|st| langs.publishes(li, st))
        .map(|st| st.rel.clone())
        .collect()
}

/// The files the statements' relative links and images point at, relative
/// to the statements folder, each once: targets inside the folder only
/// (`..` may not climb out of it), never a statement (it has its page; a
/// Markdown file that is not a statement is copied like an image).
/// Whether each exists is for the reader of the folder to say.
fn assets(statements: &[Statement]) -> Vec<String> {
    let pages: HashSet<&str> = statements.iter().map(|s| s.rel.as_str()).collect();
    let mut out = std::collections::BTreeSet::new();
    for st in statements {
        for target in build::relative_targets(build::body_of(&st.src)) {
            if let Some(path) = build::resolve(&st.rel, &target)
                && !pages.contains(path.as_str())
            {
                out.insert(path);
            }
        }
    }
    out.into_iter().collect()
}

/// `path` made absolute, with `.` and `..` resolved by name (links are not
/// followed: this compares where paths point by their text).
fn lexical(path: &Path) -> PathBuf {
    let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut out = PathBuf::new();
    for c in abs.components() {
        match c {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                out.pop();
            }
            c => out.push(c),
        }
    }
    out
}
