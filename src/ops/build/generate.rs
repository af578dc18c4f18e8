//! `build` for a site generator (`target = "markdown" | "hugo" | "zola" |
//! "mdbook"`): each statement's file in each language where the generator
//! reads it (`output_path`), with the keys it uses in the front matter, and
//! the files the statements point at beside them. Staged and put in place at
//! once, like the HTML build. What goes where is `crate::publish`'s.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::{BuildReport, BuiltLanguage, RefusedTranslation};
use crate::build;
use crate::catalog::Catalog;
use crate::fsio::Jail;
use crate::lang::{Direction, Language};
use crate::project::*;
use crate::publish::{BelowThreshold, OutputPath, SiteTarget};
use crate::source::Statement;
use crate::status::Counts;
use crate::ui::Msg;

/// One statement's file in one language.
enum Made {
    Written {
        markdown: String,
        title: String,
        stale: usize,
        refused: Vec<build::Refused>,
        held_back: bool,
    },
    /// Below the threshold with `below_threshold = "skip"`.
    Skipped,
}

impl Project {
    /// The files of a site generator; the report and the files written.
    pub(super) fn generate(
        &self,
        target: SiteTarget,
        langs: &[Language],
        out: &Path,
    ) -> Result<(BuildReport, Vec<PathBuf>)> {
        let statements = self.statements()?;
        let layout = self
            .config
            .output_path
            .clone()
            .unwrap_or_else(|| target.default_output_path());
        let source = &self.config.source;
        check_collisions(&layout, target, source, langs, &statements)?;
        let templates = self.reading_templates(&statements);
        let mut output = self.output(out);
        let mut report = BuildReport::default();
        let mut assets = BTreeMap::new();
        if target.writes_source() {
            let files: Vec<(PathBuf, String)> = statements
                .iter()
                .map(|st| {
                    let keys = target.keys(&source.tag, st.stem(), false);
                    let md = finish(target, &st.src, &keys, &build::pages::source_title(st));
                    (
                        out.join(out_file(target, &layout, st, &source.tag, true)),
                        md,
                    )
                })
                .collect();
            output.emit(files)?;
            let written: Vec<&Statement> = statements.iter().collect();
            self.assets_of(&mut assets, (target, &layout), source, true, &written);
            if target == SiteTarget::Mdbook {
                self.book(&mut output, &layout, source, &statements, None)?;
            }
        }
        for lang in langs {
            let built = self.generate_language(
                target,
                &layout,
                lang,
                (&statements, &templates),
                &mut output,
                &mut assets,
            )?;
            report.languages.push(built);
        }
        self.copy_assets(&mut output, assets)?;
        report.files_written = output.written;
        let outputs = output.staged.commit()?;
        Ok((report, outputs))
    }

    /// One target language's files; its report.
    fn generate_language(
        &self,
        target: SiteTarget,
        layout: &OutputPath,
        lang: &Language,
        (statements, templates): (&[Statement], &crate::project::Templates),
        output: &mut super::Output,
        assets: &mut BTreeMap<PathBuf, PathBuf>,
    ) -> Result<BuiltLanguage> {
        let merged =
            self.merge_language_using(lang, statements, templates, self.reading_options())?;
        let site = self.site(lang)?;
        let threshold = self.config.publish_threshold(&lang.tag);
        let check_cfg = self.config.check_for(&lang.tag);
        let guard = build::Guard {
            url_map: &check_cfg.url_map,
            trusted: crate::pseudo::Pseudo::of(&lang.tag).is_some(),
        };
        let made: Vec<Option<(Counts, Made)>> = statements
            .par_iter()
            .zip(&merged)
            .map(|(st, m)| {
                st.translated_into(&lang.tag).then(|| {
                    let file = (target, layout);
                    self.make_file(file, st, &m.catalog, (lang, &site, threshold), guard)
                })
            })
            .collect();
        let mut built = BuiltLanguage::new(&lang.tag, threshold);
        let (mut files, mut written, mut titles) = (Vec::new(), Vec::new(), HashMap::new());
        let (mut skipped, mut summary) = (HashSet::new(), None);
        let mut covered = Counts::default();
        for (st, made) in statements.iter().zip(made) {
            let Some((counts, made)) = made else { continue };
            covered.add(&counts);
            match made {
                Made::Skipped => {
                    built.skipped.push(st.display.clone());
                    skipped.insert(st.rel.clone());
                }
                Made::Written {
                    markdown,
                    title,
                    stale,
                    refused,
                    held_back,
                } => {
                    built.pages += 1;
                    if held_back {
                        built.held_back.push(st.display.clone());
                    }
                    if stale > 0 {
                        built.outdated.push(st.display.clone());
                    }
                    built
                        .refused
                        .extend(refused.into_iter().map(|r| RefusedTranslation {
                            statement: st.display.clone(),
                            refused: r,
                        }));
                    if st.rel == "SUMMARY.md" {
                        summary = Some(files.len());
                    }
                    files.push((
                        output
                            .dir
                            .join(out_file(target, layout, st, &lang.tag, false)),
                        markdown,
                    ));
                    titles.insert(st.rel.as_str(), title);
                    written.push(st);
                }
            }
        }
        built.percent = covered.percent;
        // The book's own summary lists no chapter left out.
        if target == SiteTarget::Mdbook
            && let Some(i) = summary
        {
            files[i].1 = crate::publish::summary::without(&files[i].1, &skipped);
        }
        output.emit(files)?;
        self.assets_of(assets, (target, layout), lang, false, &written);
        if target == SiteTarget::Mdbook {
            self.book(output, layout, lang, statements, Some((&written, &titles)))?;
        }
        Ok(built)
    }

    /// One statement's file in a target language: translated (the outdated
    /// note where `outdated_note` says), the source with a notice below the
    /// threshold, or nothing (`below_threshold = "skip"`).
    fn make_file(
        &self,
        (target, layout): (SiteTarget, &OutputPath),
        st: &Statement,
        catalog: &Catalog,
        (lang, site, threshold): (&Language, &crate::site::Site, f64),
        guard: build::Guard,
    ) -> (Counts, Made) {
        let counts = Counts::of(catalog);
        if counts.percent < threshold {
            let skip = self.config.below_threshold == BelowThreshold::Skip;
            if skip && !target.always_written(&st.rel) {
                return (counts, Made::Skipped);
            }
            let md = match target.notices_in(&st.rel) {
                true => build::with_note(&st.src, &site.held_back(counts.percent)),
                false => st.src.clone(),
            };
            let mut keys = target.keys(&lang.tag, st.stem(), false);
            let md = translation_edits(target, st, &lang.tag, md, &mut keys);
            let md = self.with_variants(shares_folder(target, layout, st), st, &lang.tag, md);
            let title = build::pages::source_title(st);
            let markdown = finish(target, &md, &keys, &title);
            let made = Made::Written {
                markdown,
                title,
                stale: 0,
                refused: Vec::new(),
                held_back: true,
            };
            return (counts, made);
        }
        let note = self.config.outdated_note;
        let loc = build::localize_with(&st.src, &st.doc, Some(catalog), guard);
        let mut md = inert_foreign_html(&loc.markdown, &loc.foreign_html);
        if loc.stale > 0 && note.in_body() && target.notices_in(&st.rel) {
            md = build::with_note(&md, &site.outdated(loc.stale));
        }
        let outdated = loc.stale > 0 && note.in_front_matter();
        let mut keys = target.keys(&lang.tag, st.stem(), outdated);
        md = translation_edits(target, st, &lang.tag, md, &mut keys);
        md = self.with_variants(shares_folder(target, layout, st), st, &lang.tag, md);
        let title = loc
            .title
            .clone()
            .filter(|t| !t.trim().is_empty())
            .unwrap_or_else(|| build::pages::source_title(st));
        let markdown = finish(target, &md, &keys, &title);
        let made = Made::Written {
            markdown,
            title,
            stale: loc.stale,
            refused: loc.refused,
            held_back: false,
        };
        (counts, made)
    }

    /// The files the written statements point at, beside each statement's
    /// file in `lang` (a language's variant, `map.fa.png`, in place of the
    /// file when there is one), added to `wanted` (output path → source
    /// file) unless a language before took that path (layouts where the
    /// languages share a folder share its files).
    fn assets_of(
        &self,
        wanted: &mut BTreeMap<PathBuf, PathBuf>,
        (target, layout): (SiteTarget, &OutputPath),
        lang: &Language,
        source: bool,
        written: &[&Statement],
    ) {
        let dir = self.statements_dir();
        let jail = Jail::new(&dir);
        for st in written {
            let file = out_file(target, layout, st, &lang.tag, source);
            let out_dir = Path::new(&file)
                .parent()
                .unwrap_or(Path::new(""))
                .to_path_buf();
            let st_dir = Path::new(&st.rel)
                .parent()
                .unwrap_or(Path::new(""))
                .to_path_buf();
            let shared = shares_folder(target, layout, st);
            for target in build::relative_targets(build::body_of(&st.src)) {
                let Some(rel) = build::resolve(&st.rel, &target) else {
                    continue;
                };
                if rel.ends_with(".md") {
                    continue;
                }
                // The same path from the statement's file in the output.
                let Some(from_st) = Path::new(&rel)
                    .strip_prefix(&st_dir)
                    .ok()
                    .map(Path::to_path_buf)
                else {
                    continue;
                };
                let variant = build::variant(&rel, &lang.tag)
                    .filter(|v| !source && jail.holds_file(&dir.join(v)));
                // In a folder the languages share, a variant keeps its own
                // name (the translation points at it: `with_variants`).
                let (to, from) = match variant {
                    Some(v) if shared => {
                        let name = Path::new(&v).file_name().unwrap_or_default();
                        (from_st.with_file_name(name), dir.join(v))
                    }
                    Some(v) => (from_st, dir.join(v)),
                    None => (from_st, dir.join(&rel)),
                };
                if jail.holds_file(&from) {
                    wanted.entry(out_dir.join(to)).or_insert(from);
                }
            }
        }
    }

    /// A statement's file in `tag` pointing at the language's variants of
    /// its images and files (`map.fa.png`), when its folder is shared with
    /// the other languages (in a folder of its own, the variant is copied
    /// under the original's name instead).
    fn with_variants(&self, shared: bool, st: &Statement, tag: &str, md: String) -> String {
        if !shared {
            return md;
        }
        let dir = self.statements_dir();
        let jail = Jail::new(&dir);
        let body_start = md.len() - build::body_of(&md).len();
        let body = build::retarget(&md[body_start..], |dest| {
            let rel = build::resolve(&st.rel, &build::relative_path(dest)?)?;
            if rel.ends_with(".md") {
                return None;
            }
            let v = build::variant(&rel, tag)?;
            jail.holds_file(&dir.join(&v))
                .then(|| build::with_file_name(dest, &v))
        });
        format!("{}{body}", &md[..body_start])
    }

    /// Copies the assets `wanted` names (output path → source file).
    fn copy_assets(
        &self,
        output: &mut super::Output,
        wanted: BTreeMap<PathBuf, PathBuf>,
    ) -> Result<()> {
        let jail = Jail::new(&self.statements_dir());
        let all: Vec<_> = wanted.into_iter().collect();
        for chunk in all.chunks(32) {
            let files = chunk
                .iter()
                .map(|(to, from)| Ok((output.dir.join(to), jail.read(from)?.unwrap_or_default())))
                .collect::<Result<Vec<_>>>()?;
            output.emit(files)?;
        }
        Ok(())
    }

    /// An mdbook language's `book.toml` (beside its `src`), and its
    /// `SUMMARY.md` when the project has none among its statements: the
    /// statements written, by title. `written`: a target language's
    /// statements and titles (None: the source, every statement).
    fn book(
        &self,
        output: &mut super::Output,
        layout: &OutputPath,
        lang: &Language,
        statements: &[Statement],
        written: Option<(&[&Statement], &HashMap<&str, String>)>,
    ) -> Result<()> {
        let source = written.is_none();
        let summary = layout.file("SUMMARY.md", &lang.tag, source);
        let src_dir = Path::new(&summary).parent().unwrap_or(Path::new(""));
        let root = src_dir.parent().unwrap_or(Path::new(""));
        let own_path = self.root.join("book.toml");
        let own = match self.jail().read(&own_path)? {
            Some(bytes) => Some(crate::fsio::utf8_text(
                bytes,
                &self.display(&own_path),
                "file",
            )?),
            None => None,
        };
        let toml = crate::publish::book_toml(
            own.as_deref(),
            &self.config.name,
            &lang.tag,
            lang.direction == Direction::Rtl,
        )
        .ok_or_else(|| Error::file(self.display(&own_path), Msg::new("build-book-toml")))?;
        let mut files = vec![(output.dir.join(root).join("book.toml"), toml)];
        if !statements.iter().any(|s| s.rel == "SUMMARY.md") {
            let mut text = format!("# {}\n\n", self.config.name);
            let all: Vec<&Statement> = statements.iter().collect();
            let (list, titles) = match written {
                Some((w, t)) => (w.to_vec(), Some(t)),
                None => (all, None),
            };
            for st in list {
                let title = titles
                    .and_then(|t| t.get(st.rel.as_str()).cloned())
                    .unwrap_or_else(|| build::pages::source_title(st));
                let link = Path::new(&layout.file(&st.rel, &lang.tag, source))
                    .strip_prefix(src_dir)
                    .map(|p| p.to_string_lossy().replace('\\', "/"))
                    .unwrap_or_else(|_| st.rel.clone());
                text.push_str(&format!(
                    "- [{}]({})\n",
                    escape_link_text(&title),
                    link.replace(' ', "%20")
                ));
            }
            files.push((output.dir.join(&summary), text));
        }
        output.emit(files)
    }
}

/// The target's edits of a translation's front matter (Zola: `path` under
/// the language, no `aliases`): keys added to `keys`, others removed.
fn translation_edits(
    target: SiteTarget,
    st: &Statement,
    tag: &str,
    mut md: String,
    keys: &mut Vec<crate::publish::Key>,
) -> String {
    // The top-level `path`, among the string values read with the statement.
    let source_path = st
        .doc
        .front_matter
        .as_ref()
        .and_then(|f| f.values.get("path"));
    let (edits, drop) = target.translation_edits(tag, source_path.map(String::as_str));
    keys.extend(edits);
    for key in drop {
        md = crate::publish::keys::remove(&md, key);
    }
    md
}

/// Whether `st`'s files of every language go to one folder.
fn shares_folder(target: SiteTarget, layout: &OutputPath, st: &Statement) -> bool {
    layout.shares_folder(&target.file_rel(&st.rel))
}

/// Where `st`'s file in language `tag` goes, relative to the output folder.
fn out_file(
    target: SiteTarget,
    layout: &OutputPath,
    st: &Statement,
    tag: &str,
    source: bool,
) -> String {
    layout.file(&target.file_rel(&st.rel), tag, source)
}

/// A file's final text: the keys set in its front matter, or (mdbook) its
/// front matter left out, the title kept as the first heading when the body
/// has none.
fn finish(
    target: SiteTarget,
    markdown: &str,
    keys: &crate::publish::keys::Keys,
    title: &str,
) -> String {
    if target.front_matter() {
        return crate::publish::keys::set(markdown, keys, target.new_front_matter())
            .unwrap_or_else(|| markdown.to_string());
    }
    let body = build::body_of(markdown).trim_start_matches('\n');
    let has_heading = body.lines().any(|l| l.starts_with("# "));
    if has_heading || title.trim().is_empty() {
        body.to_string()
    } else {
        format!("# {}\n\n{body}", title.trim())
    }
}

/// Raw HTML a translation brought (tags its source does not have) as text:
/// `&`, `<` and `>` escaped, so a generator shows it and never runs it.
fn inert_foreign_html(markdown: &str, ranges: &[std::ops::Range<usize>]) -> String {
    if ranges.is_empty() {
        return markdown.to_string();
    }
    let mut out = String::with_capacity(markdown.len() + 16);
    let mut at = 0;
    for r in ranges {
        out.push_str(&markdown[at..r.start]);
        for c in markdown[r.clone()].chars() {
            match c {
                '&' => out.push_str("&amp;"),
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                c => out.push(c),
            }
        }
        at = r.end;
    }
    out.push_str(&markdown[at..]);
    out
}

/// Link text in a generated SUMMARY.md: brackets and backslashes escaped.
fn escape_link_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '[' | ']' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Two files going to one path (compared without case, as macOS and
/// Windows do) are an error naming both, before anything is written.
fn check_collisions(
    layout: &OutputPath,
    target: SiteTarget,
    source: &Language,
    langs: &[Language],
    statements: &[Statement],
) -> Result<()> {
    let mut seen: HashMap<String, String> = HashMap::new();
    let mut claim = |path: String, who: String| -> Result<()> {
        if let Some(first) = seen.insert(path.to_lowercase(), who.clone()) {
            let msg = Msg::new("build-output-collision")
                .arg("first", first)
                .arg("second", who)
                .arg("path", path)
                .arg("template", &layout.template);
            return Err(Error::file(CONFIG_FILE, msg));
        }
        Ok(())
    };
    for st in statements {
        if target.writes_source() {
            let path = out_file(target, layout, st, &source.tag, true);
            claim(path, format!("{} ({})", st.display, source.tag))?;
        }
        for l in langs.iter().filter(|l| st.translated_into(&l.tag)) {
            claim(
                out_file(target, layout, st, &l.tag, false),
                format!("{} ({})", st.display, l.tag),
            )?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn foreign_html_becomes_text() {
        let md = "Hola <img src=x onerror=alert(1)> y <b>fin</b>.";
        let r = md.find('<').unwrap()..md.find('>').unwrap() + 1;
        assert_eq!(
            inert_foreign_html(md, &[r]),
            "Hola &lt;img src=x onerror=alert(1)&gt; y <b>fin</b>."
        );
    }

    #[test]
    fn mdbook_files_have_no_front_matter_but_keep_a_title() {
        let md = "---\ntitle: Hola\n---\n\nTexto.\n";
        assert_eq!(
            finish(SiteTarget::Mdbook, md, &[], "Hola"),
            "# Hola\n\nTexto.\n"
        );
        let md = "---\ntitle: Hola\n---\n\n# Ya\n\nTexto.\n";
        assert_eq!(
            finish(SiteTarget::Mdbook, md, &[], "Hola"),
            "# Ya\n\nTexto.\n"
        );
        assert_eq!(escape_link_text("a [b] \\"), "a \\[b\\] \\\\");
    }
}
