//! dragoman's own interface language (help summaries, headings, errors,
//! reports), dogfooding Fluent: resources embedded in the binary (`src/ui/`),
//! chosen from `--ui-lang`, `DRAGOMAN_UI_LANG`, `LC_ALL`, `LC_MESSAGES` or
//! `LANG` (first set wins), English for anything a language lacks.
//! Pure: the caller passes the environment in.

use std::borrow::Cow;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

/// Interface languages with their resources.
pub const LANGUAGES: &[(&str, &str)] = &[
    ("en", include_str!("ui/en.ftl")),
    ("es", include_str!("ui/es.ftl")),
    ("fa", include_str!("ui/fa.ftl")),
];

/// The interface language for a locale setting such as `fa_IR.UTF-8`,
/// `es_ES@euro`, `pt-BR`, `C` or `POSIX`: the language subtag when dragoman
/// speaks it, else None.
pub fn language_of(setting: &str) -> Option<&'static str> {
    let base = setting
        .split(['.', '@'])
        .next()
        .unwrap_or("")
        .split(['_', '-'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    LANGUAGES.iter().map(|(l, _)| *l).find(|l| *l == base)
}

/// Picks the interface language from, in order: `--ui-lang`,
/// `DRAGOMAN_UI_LANG`, `LC_ALL`, `LC_MESSAGES`, `LANG`. The first that is set
/// (and not empty) decides; one dragoman does not speak means English.
pub fn choose(settings: &[Option<&str>]) -> &'static str {
    settings
        .iter()
        .flatten()
        .find(|s| !s.is_empty())
        .and_then(|s| language_of(s))
        .unwrap_or("en")
}

/// Message `id` from the first bundle that formats it without error (a
/// language, then its fallback), else the id itself.
pub(crate) fn format_first(
    bundles: &[&FluentBundle<FluentResource>],
    id: &str,
    args: &[(&str, FluentValue)],
) -> String {
    let mut fargs = FluentArgs::new();
    for (k, v) in args {
        fargs.set(*k, v.clone());
    }
    for b in bundles {
        if let Some(p) = b.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            let s: Cow<str> = b.format_pattern(p, Some(&fargs), &mut errors);
            if errors.is_empty() {
                return s.into_owned();
            }
        }
    }
    id.to_string()
}

pub struct Ui {
    lang: &'static str,
    bundle: FluentBundle<FluentResource>,
    fallback: FluentBundle<FluentResource>,
}

fn bundle(lang: &str) -> FluentBundle<FluentResource> {
    let text = LANGUAGES
        .iter()
        .find(|(l, _)| *l == lang)
        .map(|(_, t)| *t)
        .unwrap_or(LANGUAGES[0].1);
    let mut b = FluentBundle::new(vec![lang.parse().expect("interface language tag")]);
    b.set_use_isolating(false);
    b.add_resource(FluentResource::try_new(text.to_string()).expect("interface strings parse"))
        .expect("interface strings have unique ids");
    b
}

impl Ui {
    pub fn new(lang: &str) -> Ui {
        let lang = language_of(lang).unwrap_or("en");
        Ui {
            lang,
            bundle: bundle(lang),
            fallback: bundle("en"),
        }
    }

    pub fn lang(&self) -> &'static str {
        self.lang
    }

    /// A message with arguments, in the interface language, else English.
    pub fn fmt(&self, id: &str, args: &[(&str, FluentValue)]) -> String {
        format_first(&[&self.bundle, &self.fallback], id, args)
    }

    pub fn text(&self, id: &str) -> String {
        self.fmt(id, &[])
    }

    /// True when the interface language itself has the message.
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }
}

thread_local! {
    static ENGLISH: Ui = Ui::new("en");
}

/// A message in English, with string arguments (check messages: the library
/// reports them in English; the CLI may show them in another language).
pub fn english(id: &str, args: &[(&'static str, String)]) -> String {
    ENGLISH.with(|ui| ui.fmt_strings(id, args))
}

impl Ui {
    /// A message with string arguments.
    pub fn fmt_strings(&self, id: &str, args: &[(&'static str, String)]) -> String {
        let args: Vec<(&str, FluentValue)> = args
            .iter()
            .map(|(k, v)| (*k, FluentValue::from(v.as_str())))
            .collect();
        self.fmt(id, &args)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_settings() {
        assert_eq!(language_of("fa_IR.UTF-8"), Some("fa"));
        assert_eq!(language_of("es_ES@euro"), Some("es"));
        assert_eq!(language_of("en"), Some("en"));
        assert_eq!(language_of("C.UTF-8"), None);
        assert_eq!(language_of("de_DE.UTF-8"), None);
        assert_eq!(
            choose(&[None, Some(""), Some("es_MX.UTF-8"), Some("fa")]),
            "es"
        );
        assert_eq!(
            choose(&[Some("de"), Some("fa")]),
            "en",
            "the first set decides"
        );
        assert_eq!(choose(&[None, None]), "en");
    }

    #[test]
    fn every_language_has_every_message_and_plural() {
        let ids = |text: &str| -> Vec<String> {
            text.lines()
                .filter_map(|l| l.split_once(" = ").map(|(k, _)| k.trim().to_string()))
                .filter(|k| !k.starts_with('#') && !k.starts_with(' ') && !k.is_empty())
                .collect()
        };
        let en = ids(LANGUAGES[0].1);
        assert!(en.len() > 30);
        for (lang, text) in LANGUAGES {
            let ui = Ui::new(lang);
            for id in &en {
                assert!(
                    ui.has(id) || text.contains(&format!("{id} =")),
                    "{lang}: {id}"
                );
            }
        }
        let es = Ui::new("es");
        assert_eq!(
            es.fmt("sync-written", &[("count", 1.into())]),
            "1 catálogo escrito"
        );
        assert_eq!(
            es.fmt("sync-written", &[("count", 3.into())]),
            "3 catálogos escritos"
        );
        assert_eq!(Ui::new("fa").text("error"), "خطا");
        assert_eq!(Ui::new("xx").text("status-language"), "Language");
    }
}
