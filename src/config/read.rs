//! Reading `dragoman.toml`: the TOML as written (with spans), validated into
//! a [`Config`]; every error points at its line and column.

use std::collections::BTreeMap;
use std::ops::Range;

use serde::Deserialize;
use toml::Spanned;

use super::catalog_path::CatalogPath;
use super::selection::Selection;
use super::{CatalogFormat, CheckConfig, Config, ConfigError, Digits, Layout, References};
use crate::lang::{Direction, Language};
use crate::ui::Msg;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    name: Option<String>,
    source: Spanned<String>,
    languages: Spanned<Vec<Spanned<String>>>,
    statements: Option<String>,
    locales: Option<String>,
    output: Option<String>,
    front_matter_keys: Option<Vec<String>>,
    include: Option<Vec<Spanned<String>>>,
    exclude: Option<Vec<Spanned<String>>>,
    references: Option<References>,
    fuzzy_threshold: Option<Spanned<f32>>,
    publish_threshold: Option<Spanned<f64>>,
    check: Option<Spanned<CheckConfig>>,
    catalog_format: Option<CatalogFormat>,
    layout: Option<Layout>,
    catalog_path: Option<Spanned<String>>,
    target: Option<crate::publish::SiteTarget>,
    output_path: Option<Spanned<String>>,
    below_threshold: Option<crate::publish::BelowThreshold>,
    outdated_note: Option<crate::publish::OutdatedNote>,
    bundle_image_max_kb: Option<u64>,
    allowed_iframe_hosts: Option<Vec<String>>,
    base_url: Option<String>,
    catalog_suggestions: Option<bool>,
    po_wrap: Option<Spanned<PoWrap>>,
    #[serde(default)]
    language: BTreeMap<String, Spanned<RawLanguage>>,
}

/// `po_wrap = 79` (a page width) or `po_wrap = false` (`msgcat --no-wrap`).
#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(untagged)]
enum PoWrap {
    Wrap(bool),
    Width(i64),
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

/// Per-language settings from `[language.X]` sections, by canonical tag.
#[derive(Default)]
struct Sections {
    publish_threshold: BTreeMap<String, f64>,
    check: BTreeMap<String, CheckConfig>,
    format: BTreeMap<String, CatalogFormat>,
    digits: BTreeMap<String, Digits>,
    /// Direction and name overrides.
    overrides: BTreeMap<String, (Option<Direction>, Option<String>)>,
}

/// The configuration text, for positions of errors.
struct Text<'t>(&'t str);

type Patterns = Option<Vec<Spanned<String>>>;

impl Text<'_> {
    /// `include` / `exclude`: globs that must compile.
    fn selection(&self, include: &Patterns, exclude: &Patterns) -> Result<Selection, ConfigError> {
        let plain = |p: &Patterns| -> Vec<String> {
            p.iter().flatten().map(|s| s.get_ref().clone()).collect()
        };
        Selection::new(plain(include), plain(exclude)).map_err(|(inc, i, e)| {
            let (key, list) = if inc {
                ("include", include)
            } else {
                ("exclude", exclude)
            };
            let at = list.as_ref().and_then(|l| l.get(i));
            let msg = Msg::new("config-glob")
                .arg("key", key)
                .arg("pattern", at.map(|p| p.get_ref().as_str()).unwrap_or(""))
                .arg("error", e.kind().to_string());
            self.at(at.map(|p| p.span()).unwrap_or(0..0), msg)
        })
    }

    /// `catalog_path`: a template the statements' catalog names come from;
    /// a literal `.po` / `.ftl` must be every language's format.
    fn catalog_path(
        &self,
        value: &Option<Spanned<String>>,
        locales: &str,
        format_of: impl Fn(&str) -> CatalogFormat,
        languages: &[Language],
    ) -> Result<CatalogPath, ConfigError> {
        let Some(v) = value else {
            return Ok(CatalogPath::default());
        };
        // The span covers the quotes; offsets are inside the string.
        let start = v.span().start + 1;
        let parsed = CatalogPath::parse(v.get_ref(), locales)
            .map_err(|(at, msg)| self.at(start + at..start + at, msg))?;
        if let Some(ext) = parsed.extension
            && let Some(l) = languages.iter().find(|l| format_of(&l.tag) != ext)
        {
            let msg = Msg::new("config-catalog-path-format")
                .arg("ext", ext.extension())
                .arg("lang", &l.tag)
                .arg("format", format_of(&l.tag).extension())
                .arg("any", ".{ext}");
            return Err(self.at(v.span(), msg));
        }
        Ok(parsed)
    }

    /// `po_wrap = 79` (a width) or `false` (no wrapping); 79 by default.
    fn po_wrap(&self, value: &Option<Spanned<PoWrap>>) -> Result<crate::po::Wrap, ConfigError> {
        Ok(match value {
            None => crate::po::Wrap::default(),
            Some(w) => match *w.get_ref() {
                PoWrap::Wrap(true) => crate::po::Wrap::default(),
                PoWrap::Wrap(false) => crate::po::Wrap {
                    strings: false,
                    ..crate::po::Wrap::default()
                },
                PoWrap::Width(n) if (20..=10_000).contains(&n) => crate::po::Wrap {
                    width: n as usize,
                    strings: true,
                },
                PoWrap::Width(_) => {
                    return Err(self.at(w.span(), Msg::new("config-po-wrap")));
                }
            },
        })
    }

    /// `output_path`: a template of where generator targets write files.
    fn output_path(
        &self,
        value: &Option<Spanned<String>>,
    ) -> Result<Option<crate::publish::OutputPath>, ConfigError> {
        let Some(v) = value else { return Ok(None) };
        let start = v.span().start + 1;
        crate::publish::OutputPath::parse(v.get_ref())
            .map(Some)
            .map_err(|(at, msg)| self.at(start + at..start + at, msg))
    }

    fn at(&self, span: Range<usize>, message: Msg) -> ConfigError {
        let (line, column) = crate::source::line_col(self.0, span.start);
        ConfigError {
            line,
            column,
            message,
        }
    }

    /// A number within `range` (else the error `id` naming `key`), or `default`.
    fn bounded<T: Copy + PartialOrd>(
        &self,
        value: &Option<Spanned<T>>,
        range: std::ops::RangeInclusive<T>,
        id: &'static str,
        key: &str,
        default: T,
    ) -> Result<T, ConfigError> {
        match value {
            Some(t) if !range.contains(t.get_ref()) => {
                Err(self.at(t.span(), Msg::new(id).arg("key", key)))
            }
            Some(t) => Ok(*t.get_ref()),
            None => Ok(default),
        }
    }

    /// The `[language.X]` sections, validated.
    fn sections(
        &self,
        raw: &BTreeMap<String, Spanned<RawLanguage>>,
    ) -> Result<Sections, ConfigError> {
        let mut out = Sections::default();
        for (k, v) in raw {
            let lang = Language::parse(k)
                .map_err(|m| self.at(v.span(), m.within(format!("[language.{k}]"))))?;
            let span = v.span();
            let v = v.get_ref();
            if let Some(t) = v.publish_threshold {
                if !(0.0..=100.0).contains(&t) {
                    let key = format!("[language.{k}] publish_threshold");
                    return Err(self.at(span, Msg::new("config-percentage").arg("key", key)));
                }
                out.publish_threshold.insert(lang.tag.clone(), t);
            }
            if let Some(f) = v.catalog_format {
                out.format.insert(lang.tag.clone(), f);
            }
            if let Some(d) = v.digits {
                out.digits.insert(lang.tag.clone(), d);
            }
            if let Some(c) = &v.check {
                c.validate().map_err(|m| {
                    self.at(span.clone(), m.within(format!("[language.{k}.check]")))
                })?;
                out.check.insert(lang.tag.clone(), c.clone());
            }
            out.overrides
                .insert(lang.tag, (v.direction, v.name.clone()));
        }
        Ok(out)
    }

    /// The `languages` list: canonical, not the source, not twice, with the
    /// sections' overrides applied.
    fn languages(
        &self,
        list: &[Spanned<String>],
        source: &Language,
        sections: &Sections,
    ) -> Result<Vec<Language>, ConfigError> {
        let mut languages: Vec<Language> = Vec::new();
        for l in list {
            let mut lang = Language::parse(l.get_ref())
                .map_err(|m| self.at(l.span(), m.within("languages")))?;
            let problem = if lang.tag == source.tag {
                Some("config-source-language")
            } else if languages.iter().any(|x| x.tag == lang.tag) {
                Some("config-listed-twice")
            } else {
                None
            };
            if let Some(id) = problem {
                let msg = Msg::new(id).arg("tag", &lang.tag).within("languages");
                return Err(self.at(l.span(), msg));
            }
            if let Some((dir, name)) = sections.overrides.get(&lang.tag) {
                if let Some(d) = dir {
                    lang.direction = *d;
                }
                if let Some(n) = name {
                    lang.name = n.clone();
                }
            }
            languages.push(lang);
        }
        Ok(languages)
    }
}

impl Config {
    /// Parses `dragoman.toml`. `default_name` is used when `name` is absent.
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
        let t = Text(text);
        let source = Language::parse(raw.source.get_ref())
            .map_err(|m| t.at(raw.source.span(), m.within("source")))?;
        let check = match &raw.check {
            Some(c) => {
                c.get_ref()
                    .validate()
                    .map_err(|m| t.at(c.span(), m.within("[check]")))?;
                c.get_ref().clone()
            }
            None => CheckConfig::default(),
        };
        let sections = t.sections(&raw.language)?;
        let fuzzy_threshold = t.bounded(
            &raw.fuzzy_threshold,
            0.0..=1.0,
            "config-fraction",
            "fuzzy_threshold",
            0.6,
        )?;
        let publish_threshold = t.bounded(
            &raw.publish_threshold,
            0.0..=100.0,
            "config-percentage",
            "publish_threshold",
            0.0,
        )?;
        let po_wrap = t.po_wrap(&raw.po_wrap)?;
        let languages = t.languages(raw.languages.get_ref(), &source, &sections)?;
        for (tag, span) in raw.language.iter().map(|(k, v)| (k, v.span())) {
            let canon = Language::parse(tag).map(|l| l.tag).unwrap_or_default();
            if !languages.iter().any(|l| l.tag == canon) {
                let section = format!("[language.{tag}]");
                let msg = Msg::new("config-language-not-listed").arg("section", section);
                return Err(t.at(span, msg));
            }
        }
        let selection = t.selection(&raw.include, &raw.exclude)?;
        let locales = relative_dir(raw.locales, "locales", "locales", text)?;
        let catalog_format = raw.catalog_format.unwrap_or_default();
        let catalog_path = t.catalog_path(
            &raw.catalog_path,
            &locales,
            |tag| sections.format.get(tag).copied().unwrap_or(catalog_format),
            &languages,
        )?;
        let output_path = t.output_path(&raw.output_path)?;
        let keys = raw
            .front_matter_keys
            .unwrap_or_else(|| vec!["title".into(), "description".into()]);
        Ok(Config {
            name: raw.name.unwrap_or_else(|| default_name.to_string()),
            source,
            languages,
            statements: relative_dir(raw.statements, "statements", "statements", text)?,
            locales,
            output: relative_dir(raw.output, "build", "output", text)?,
            front_matter_keys: keys,
            selection,
            references: raw.references.unwrap_or_default(),
            fuzzy_threshold,
            publish_threshold,
            language_publish_threshold: sections.publish_threshold,
            check,
            language_check: sections.check,
            catalog_format,
            layout: raw.layout.unwrap_or_default(),
            catalog_path,
            target: raw.target.unwrap_or_default(),
            output_path,
            below_threshold: raw.below_threshold.unwrap_or_default(),
            outdated_note: raw.outdated_note.unwrap_or_default(),
            bundle_image_max_kb: raw.bundle_image_max_kb.unwrap_or(1024),
            language_format: sections.format,
            language_digits: sections.digits,
            allowed_iframe_hosts: raw
                .allowed_iframe_hosts
                .unwrap_or_else(|| super::DEFAULT_IFRAME_HOSTS.map(String::from).into()),
            catalog_suggestions: raw.catalog_suggestions.unwrap_or(false),
            po_wrap,
            base_url: raw
                .base_url
                .map(|u| u.trim_end_matches('/').to_string())
                .filter(|u| !u.is_empty()),
        })
    }
}

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
pub(super) fn toml_message(text: &str) -> Msg {
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
