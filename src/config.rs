//! `dragoman.toml`: the project configuration.

use crate::ui::Msg;
use std::collections::BTreeMap;

use serde::Deserialize;

use crate::lang::{Direction, Language};

/// Where to add a language to the `languages = [...]` array of a configuration
/// text, to edit it in place: the byte offset after the last element (true:
/// a comma is needed) or just after `[` when the list is empty.
pub fn languages_insert_at(text: &str) -> Option<(usize, bool)> {
    #[derive(Deserialize)]
    struct Only {
        languages: toml::Spanned<Vec<toml::Spanned<String>>>,
    }
    let only: Only = toml::from_str(text).ok()?;
    match only.languages.get_ref().last() {
        Some(last) => Some((last.span().end, true)),
        None => {
            let span = only.languages.span();
            text.get(span.clone())?
                .starts_with('[')
                .then_some((span.start + 1, false))
        }
    }
}

/// `text` with the top-level key `key` (`layout` or `catalog_format`) set to
/// the string `value`: its value replaced where it is, or a line added before
/// the first table (comments and everything else kept).
pub fn with_top_level_string(text: &str, key: &str, value: &str) -> String {
    let quoted = toml::Value::String(value.to_string()).to_string();
    #[derive(Deserialize)]
    struct Keys {
        layout: Option<toml::Spanned<String>>,
        catalog_format: Option<toml::Spanned<String>>,
    }
    let keys: Option<Keys> = toml::from_str(text).ok();
    let span = keys.and_then(|k| match key {
        "layout" => k.layout.map(|v| v.span()),
        "catalog_format" => k.catalog_format.map(|v| v.span()),
        _ => None,
    });
    if let Some(span) = span {
        return format!("{}{quoted}{}", &text[..span.start], &text[span.end..]);
    }
    // Before the first `[table]` header, else at the end.
    let mut at = text.len();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if line.trim_start().starts_with('[') {
            at = offset;
            break;
        }
        offset += line.len();
    }
    let (head, tail) = text.split_at(at);
    let sep = if head.is_empty() || head.ends_with('\n') {
        ""
    } else {
        "\n"
    };
    format!("{head}{sep}{key} = {quoted}\n{tail}")
}

/// Iframe sources allowed when `allowed_iframe_hosts` is not set: the
/// privacy-friendly video embeds (`host` or `host/path-prefix`).
pub const DEFAULT_IFRAME_HOSTS: [&str; 3] = [
    "www.youtube-nocookie.com",
    "www.youtube.com/embed",
    "player.vimeo.com",
];

/// The file format of language catalogs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum CatalogFormat {
    /// gettext PO (`locales/<lang>/<path>.po`).
    #[default]
    Po,
    /// Fluent (`locales/<lang>/<path>.ftl`).
    Ftl,
}

impl CatalogFormat {
    pub fn extension(self) -> &'static str {
        match self {
            CatalogFormat::Po => "po",
            CatalogFormat::Ftl => "ftl",
        }
    }

    pub fn other(self) -> CatalogFormat {
        match self {
            CatalogFormat::Po => CatalogFormat::Ftl,
            CatalogFormat::Ftl => CatalogFormat::Po,
        }
    }
}

/// How catalogs are laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum Layout {
    /// One catalog per language and statement: `locales/<lang>/<path>.po`.
    #[default]
    PerStatement,
    /// One catalog per language, `locales/<lang>.po` (mdbook-i18n-helpers, po4a);
    /// one template, `locales/messages.pot`.
    Single,
}

/// How `#:` references are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum References {
    /// `file:line` (default).
    #[default]
    Line,
    /// `file` only: no churn when lines shift.
    File,
    /// No references at all.
    None,
}

/// `[check]` (and `[language.X.check]`): configuration of `dragoman check`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CheckConfig {
    /// Check ids to turn off.
    #[serde(default)]
    pub disable: Vec<String>,
    /// Severity per check id.
    #[serde(default)]
    pub severity: BTreeMap<String, crate::check::Severity>,
    /// Terms that stay untranslated (names, brands): not reported as untranslated.
    #[serde(default)]
    pub glossary: Vec<String>,
    /// Allowed localized URLs: source URL prefix → translated URL prefix.
    #[serde(default)]
    pub url_map: BTreeMap<String, String>,
}

impl CheckConfig {
    /// This configuration with `more` on top (lists joined, maps overridden).
    pub fn merged(&self, more: &CheckConfig) -> CheckConfig {
        let mut c = self.clone();
        c.disable.extend(more.disable.iter().cloned());
        c.glossary.extend(more.glossary.iter().cloned());
        c.severity
            .extend(more.severity.iter().map(|(k, v)| (k.clone(), *v)));
        c.url_map
            .extend(more.url_map.iter().map(|(k, v)| (k.clone(), v.clone())));
        c
    }

    pub(crate) fn validate(&self) -> Result<(), Msg> {
        for id in self.disable.iter().chain(self.severity.keys()) {
            if crate::check::default_severity(id).is_none() {
                return Err(Msg::new("config-unknown-check").arg("id", id));
            }
        }
        Ok(())
    }
}

/// Digits used in numbers the build formats (coverage, counts).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Digits {
    /// 0–9.
    #[default]
    Latin,
    /// ۰–۹.
    Persian,
    /// ٠–٩.
    Arabic,
}

/// The validated configuration.
#[derive(Debug, Clone)]
pub struct Config {
    pub name: String,
    pub source: Language,
    pub languages: Vec<Language>,
    pub statements: String,
    pub locales: String,
    pub output: String,
    pub front_matter_keys: Vec<String>,
    /// Which Markdown files are statements (`include` / `exclude`).
    pub selection: Selection,
    pub references: References,
    /// Minimum similarity (0–1) for a changed segment to keep its old translation.
    pub fuzzy_threshold: f32,
    /// Write translation-memory suggestions into catalogs (`# dragoman:
    /// suggestion`); off by default: they would change catalogs nobody
    /// touched (the workbench and `dragoman suggest` show them).
    pub catalog_suggestions: bool,
    /// How PO catalogs are wrapped (`po_wrap`: a page width, or `false` as
    /// `msgcat --no-wrap`); 79 columns by default, as gettext.
    pub po_wrap: crate::po::Wrap,
    /// Coverage (percent) below which a statement is published in the source language.
    pub publish_threshold: f64,
    /// Per-language publish thresholds.
    pub language_publish_threshold: BTreeMap<String, f64>,
    /// `[check]`, project-wide.
    pub check: CheckConfig,
    /// `[language.X.check]`.
    pub language_check: BTreeMap<String, CheckConfig>,
    /// Catalog format, project-wide.
    pub catalog_format: CatalogFormat,
    /// Catalog layout.
    pub layout: Layout,
    /// Where each statement's catalog goes in the per-statement layout
    /// (`catalog_path`; ignored in the single layout).
    pub catalog_path: CatalogPath,
    /// What `build` makes (`target`; `build --target` overrides it).
    pub target: crate::publish::SiteTarget,
    /// Where the site-generator targets write each file (`output_path`);
    /// None: the target's own layout.
    pub output_path: Option<crate::publish::OutputPath>,
    /// A statement below its language's publish threshold: the source, or
    /// nothing (`below_threshold`).
    pub below_threshold: crate::publish::BelowThreshold,
    /// How a page with stale translations says so (`outdated_note`).
    pub outdated_note: crate::publish::OutdatedNote,
    /// The largest image an offline bundle carries, in KiB
    /// (`bundle_image_max_kb`, 1024 by default); larger ones leave their
    /// alt text.
    pub bundle_image_max_kb: u64,
    /// Per-language catalog formats and digit systems.
    pub language_format: BTreeMap<String, CatalogFormat>,
    pub language_digits: BTreeMap<String, Digits>,
    /// Hosts (`host` or `host/path-prefix`) an iframe in a statement may load
    /// from over `https`; other iframes lose their source.
    pub allowed_iframe_hosts: Vec<String>,
    /// Where the built site is published (`https://example.org/blog`, no
    /// trailing `/`): absolute links in feeds; None: relative ones.
    pub base_url: Option<String>,
}

/// A configuration problem with its position (one [`SyntaxError`](crate::error::SyntaxError) for every reader).
pub type ConfigError = crate::error::SyntaxError;

impl Config {
    /// The languages translators work on: the targets with catalogs (the
    /// pseudo-locales, which dragoman makes itself, aside).
    pub fn translated(&self) -> impl Iterator<Item = &Language> {
        self.languages
            .iter()
            .filter(|l| crate::pseudo::Pseudo::of(&l.tag).is_none())
    }

    pub fn language(&self, tag: &str) -> Option<&Language> {
        self.languages.iter().find(|l| l.tag == tag)
    }

    /// The publish threshold (percent) of a language.
    pub fn publish_threshold(&self, tag: &str) -> f64 {
        self.language_publish_threshold
            .get(tag)
            .copied()
            .unwrap_or(self.publish_threshold)
    }

    /// The catalog format of a language.
    pub fn catalog_format(&self, tag: &str) -> CatalogFormat {
        self.language_format
            .get(tag)
            .copied()
            .unwrap_or(self.catalog_format)
    }

    /// Whether any language uses Fluent catalogs (then the source-language
    /// catalog `locales/<source>/<path>.ftl` is written too).
    pub fn uses_ftl(&self) -> bool {
        self.languages
            .iter()
            .any(|l| self.catalog_format(&l.tag) == CatalogFormat::Ftl)
    }

    /// The digit system of a language's site strings.
    pub fn digits(&self, tag: &str) -> Digits {
        self.language_digits.get(tag).copied().unwrap_or_default()
    }

    /// The check configuration for a language (project-wide + per-language).
    pub fn check_for(&self, tag: &str) -> CheckConfig {
        match self.language_check.get(tag) {
            Some(l) => self.check.merged(l),
            None => self.check.clone(),
        }
    }

    /// Direction of a language, overrides included.
    pub fn direction(&self, tag: &str) -> Direction {
        self.language(tag)
            .map(|l| l.direction)
            .unwrap_or(Direction::Ltr)
    }
}

pub mod catalog_path;
mod read;
pub mod selection;
pub use catalog_path::CatalogPath;
pub use selection::Selection;
#[cfg(test)]
mod tests;
