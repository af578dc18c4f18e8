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

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    name: Option<String>,
    source: toml::Spanned<String>,
    languages: toml::Spanned<Vec<toml::Spanned<String>>>,
    statements: Option<String>,
    locales: Option<String>,
    output: Option<String>,
    front_matter_keys: Option<Vec<String>>,
    references: Option<References>,
    fuzzy_threshold: Option<toml::Spanned<f32>>,
    publish_threshold: Option<toml::Spanned<f64>>,
    check: Option<toml::Spanned<CheckConfig>>,
    catalog_format: Option<CatalogFormat>,
    layout: Option<Layout>,
    #[serde(default)]
    language: BTreeMap<String, toml::Spanned<RawLanguage>>,
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

    fn validate(&self) -> Result<(), Msg> {
        for id in self.disable.iter().chain(self.severity.keys()) {
            if crate::check::default_severity(id).is_none() {
                return Err(Msg::new("config-unknown-check").arg("id", id));
            }
        }
        Ok(())
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLanguage {
    direction: Option<Direction>,
    name: Option<String>,
    publish_threshold: Option<f64>,
    check: Option<CheckConfig>,
    catalog_format: Option<CatalogFormat>,
    digits: Option<Digits>,
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
    pub references: References,
    /// Minimum similarity (0–1) for a changed segment to keep its old translation.
    pub fuzzy_threshold: f32,
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
    /// Per-language catalog formats and digit systems.
    pub language_format: BTreeMap<String, CatalogFormat>,
    pub language_digits: BTreeMap<String, Digits>,
}

/// A configuration problem with its position (one [`SyntaxError`](crate::error::SyntaxError) for every reader).
pub type ConfigError = crate::error::SyntaxError;

fn relative_dir(
    value: Option<String>,
    default: &str,
    key: &str,
    text: &str,
) -> Result<String, ConfigError> {
    let v = value.unwrap_or_else(|| default.to_string());
    let bad = v.is_empty()
        || v.starts_with('/')
        || v.starts_with('\\')
        || v.contains(':')
        || v.split(['/', '\\']).any(|p| p == "..");
    if bad {
        let offset = text
            .find(&format!("{key} "))
            .or_else(|| text.find(key))
            .unwrap_or(0);
        let (line, column) = crate::source::line_col(text, offset);
        return Err(ConfigError {
            line,
            column,
            message: Msg::new("config-relative-dir")
                .arg("key", key)
                .arg("value", v),
        });
    }
    Ok(v.trim_end_matches('/').to_string())
}

/// A TOML or serde message as a [`Msg`]: the kinds users meet (unknown,
/// missing or duplicate keys, unknown values, wrong types) get their own ids
/// so other languages can say them; English keeps the parser's own text.
fn toml_message(text: &str) -> Msg {
    let none_if_empty = |s: String| if s.is_empty() { "none".to_string() } else { s };
    if text == "duplicate key" {
        return Msg::new("config-duplicate-key-here").arg("detail", text);
    }
    // Names in backticks: the key or value, then what was expected.
    let ticked = |s: &str| -> Vec<String> {
        s.split('`')
            .skip(1)
            .step_by(2)
            .map(|n| format!("`{n}`"))
            .collect()
    };
    if let Some((found, expected)) = text
        .strip_prefix("invalid type: ")
        .and_then(|r| r.split_once(", expected "))
    {
        return Msg::new("config-invalid-type")
            .arg("detail", text)
            .arg("name", ticked(found).into_iter().next().unwrap_or_default())
            .arg("expected", none_if_empty(expected.to_string()));
    }
    let kinds = [
        ("unknown field ", "config-unknown-field"),
        ("unknown variant ", "config-unknown-value"),
        ("missing field ", "config-missing-field"),
        ("duplicate key ", "config-duplicate-key"),
        ("duplicate field ", "config-duplicate-key"),
    ];
    let Some((id, rest)) = kinds
        .iter()
        .find_map(|(prefix, id)| text.strip_prefix(prefix).map(|r| (*id, r)))
    else {
        return Msg::new("config-toml").arg("detail", text);
    };
    let (name, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
    Msg::new(id)
        .arg("detail", text)
        .arg("name", ticked(name).into_iter().next().unwrap_or_default())
        .arg("expected", none_if_empty(ticked(expected).join(", ")))
}

impl Config {
    /// Parses `dragoman.toml`. `default_name` is used when `name` is absent.
    #[allow(clippy::too_many_lines)] // over 100 lines: to split (redesign, issue 16)
    pub fn parse(text: &str, default_name: &str) -> Result<Config, ConfigError> {
        let raw: RawConfig = toml::from_str(text).map_err(|e| {
            let (line, column) = e
                .span()
                .map(|s| crate::source::line_col(text, s.start))
                .unwrap_or((1, 1));
            ConfigError {
                line,
                column,
                message: toml_message(e.message().trim()),
            }
        })?;
        let at = |span: std::ops::Range<usize>, message: Msg| {
            let (line, column) = crate::source::line_col(text, span.start);
            ConfigError {
                line,
                column,
                message,
            }
        };
        let source = Language::parse(raw.source.get_ref())
            .map_err(|m| at(raw.source.span(), m.within("source")))?;
        let mut languages: Vec<Language> = Vec::new();
        let mut language_publish_threshold = BTreeMap::new();
        let mut language_check = BTreeMap::new();
        let mut language_format = BTreeMap::new();
        let mut language_digits = BTreeMap::new();
        let check = match &raw.check {
            Some(c) => {
                c.get_ref()
                    .validate()
                    .map_err(|m| at(c.span(), m.within("[check]")))?;
                c.get_ref().clone()
            }
            None => CheckConfig::default(),
        };
        let mut overrides: BTreeMap<String, (Option<Direction>, Option<String>)> = BTreeMap::new();
        for (k, v) in &raw.language {
            let lang = Language::parse(k)
                .map_err(|m| at(v.span(), m.within(format!("[language.{k}]"))))?;
            let span = v.span();
            let v = v.get_ref();
            if let Some(t) = v.publish_threshold {
                if !(0.0..=100.0).contains(&t) {
                    return Err(at(
                        span,
                        Msg::new("config-percentage")
                            .arg("key", format!("[language.{k}] publish_threshold")),
                    ));
                }
                language_publish_threshold.insert(lang.tag.clone(), t);
            }
            if let Some(f) = v.catalog_format {
                language_format.insert(lang.tag.clone(), f);
            }
            if let Some(d) = v.digits {
                language_digits.insert(lang.tag.clone(), d);
            }
            if let Some(c) = &v.check {
                c.validate()
                    .map_err(|m| at(span.clone(), m.within(format!("[language.{k}.check]"))))?;
                language_check.insert(lang.tag.clone(), c.clone());
            }
            overrides.insert(lang.tag, (v.direction, v.name.clone()));
        }
        let fuzzy_threshold = match &raw.fuzzy_threshold {
            Some(t) if !(0.0..=1.0).contains(t.get_ref()) => {
                return Err(at(
                    t.span(),
                    Msg::new("config-fraction").arg("key", "fuzzy_threshold"),
                ));
            }
            Some(t) => *t.get_ref(),
            None => 0.6,
        };
        let publish_threshold = match &raw.publish_threshold {
            Some(t) if !(0.0..=100.0).contains(t.get_ref()) => {
                return Err(at(
                    t.span(),
                    Msg::new("config-percentage").arg("key", "publish_threshold"),
                ));
            }
            Some(t) => *t.get_ref(),
            None => 0.0,
        };
        for l in raw.languages.get_ref() {
            let mut lang =
                Language::parse(l.get_ref()).map_err(|m| at(l.span(), m.within("languages")))?;
            if lang.tag == source.tag {
                return Err(at(
                    l.span(),
                    Msg::new("config-source-language")
                        .arg("tag", &lang.tag)
                        .within("languages"),
                ));
            }
            if languages.iter().any(|x| x.tag == lang.tag) {
                return Err(at(
                    l.span(),
                    Msg::new("config-listed-twice")
                        .arg("tag", &lang.tag)
                        .within("languages"),
                ));
            }
            if let Some((dir, name)) = overrides.get(&lang.tag) {
                if let Some(d) = dir {
                    lang.direction = *d;
                }
                if let Some(n) = name {
                    lang.name = n.clone();
                }
            }
            languages.push(lang);
        }
        for (tag, span) in raw.language.iter().map(|(k, v)| (k, v.span())) {
            let canon = Language::parse(tag).map(|l| l.tag).unwrap_or_default();
            if !languages.iter().any(|l| l.tag == canon) {
                return Err(at(
                    span,
                    Msg::new("config-language-not-listed")
                        .arg("section", format!("[language.{tag}]")),
                ));
            }
        }
        let keys = raw
            .front_matter_keys
            .unwrap_or_else(|| vec!["title".into(), "description".into()]);
        Ok(Config {
            name: raw.name.unwrap_or_else(|| default_name.to_string()),
            source,
            languages,
            statements: relative_dir(raw.statements, "statements", "statements", text)?,
            locales: relative_dir(raw.locales, "locales", "locales", text)?,
            output: relative_dir(raw.output, "build", "output", text)?,
            front_matter_keys: keys,
            references: raw.references.unwrap_or_default(),
            fuzzy_threshold,
            publish_threshold,
            language_publish_threshold,
            check,
            language_check,
            catalog_format: raw.catalog_format.unwrap_or_default(),
            layout: raw.layout.unwrap_or_default(),
            language_format,
            language_digits,
        })
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

#[cfg(test)]
mod tests;
