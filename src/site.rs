//! Site strings (the words a build puts around statements), formatted with
//! fluent-bundle: built-in resources for en, es, fa and ar, overridden message by
//! message by a project's `locales/<lang>/site.ftl`, English as the fallback.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentResource, FluentValue};
use icu::datetime::DateTimeFormatter;
use icu::datetime::fieldsets::YMD;
use unic_langid::LanguageIdentifier;

use crate::config::Digits;

/// The words a page needs, already formatted for its language (see `site`).
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Labels {
    pub languages: String,
    pub translated_from: String,
    pub source_link: String,
    /// "12 of 15 segments translated".
    pub coverage: String,
    pub index_title: String,
    /// Link text to `status.html`.
    pub dashboard: String,
    pub statement: String,
    pub held_back_mark: String,
}

/// The built-in site strings of a language, if dragoman ships them.
pub fn builtin(lang: &str) -> Option<&'static str> {
    match lang.split(['-', '_']).next().unwrap_or(lang) {
        "en" => Some(include_str!("site/en.ftl")),
        "es" => Some(include_str!("site/es.ftl")),
        "fa" => Some(include_str!("site/fa.ftl")),
        "ar" => Some(include_str!("site/ar.ftl")),
        _ => None,
    }
}

/// A `site.ftl` problem with its position (one [`SyntaxError`](crate::error::SyntaxError) for every reader).
pub type SiteError = crate::error::SyntaxError;

fn with_digits(s: &str, zero: u32) -> String {
    s.chars()
        .map(|c| match c.to_digit(10) {
            Some(d) if c.is_ascii_digit() => char::from_u32(zero + d).unwrap_or(c),
            _ => c,
        })
        .collect()
}

fn persian<M>(v: &FluentValue, _: &M) -> Option<String> {
    match v {
        FluentValue::Number(n) => Some(with_digits(&n.as_string(), 0x6F0)),
        _ => None,
    }
}

fn arabic<M>(v: &FluentValue, _: &M) -> Option<String> {
    match v {
        FluentValue::Number(n) => Some(with_digits(&n.as_string(), 0x660)),
        _ => None,
    }
}

/// Site strings of one language.
pub struct Site {
    bundle: FluentBundle<FluentResource>,
    fallback: FluentBundle<FluentResource>,
    /// Long dates in the language's calendar and digits (see `with_dates`).
    dates: Option<DateTimeFormatter<YMD>>,
}

fn resource(text: &str) -> Result<FluentResource, SiteError> {
    crate::ftl::check_nesting(text)?;
    FluentResource::try_new(text.to_string()).map_err(|(_, errors)| {
        let pos = errors.first().map(|e| e.pos.start).unwrap_or(0);
        let (line, column) = crate::source::line_col(text, pos);
        SiteError {
            line,
            column,
            message: crate::ui::Msg::new("site-syntax").arg(
                "detail",
                errors
                    .first()
                    .map(|e| e.kind.to_string())
                    .unwrap_or_else(|| "syntax error".into()),
            ),
        }
    })
}

impl Site {
    /// Site strings for `lang`: built-in ones, then the project's `site.ftl`
    /// (`project`), which overrides message by message.
    pub fn new(
        lang: &LanguageIdentifier,
        digits: Digits,
        project: Option<&str>,
        pseudo: Option<crate::pseudo::Pseudo>,
    ) -> Result<Site, SiteError> {
        let mut bundle = FluentBundle::new_concurrent(vec![lang.clone()]);
        bundle.set_use_isolating(false);
        if let Some(p) = pseudo {
            bundle.set_transform(Some(p.text_fn()));
        }
        match digits {
            Digits::Persian => bundle.set_formatter(Some(persian)),
            Digits::Arabic => bundle.set_formatter(Some(arabic)),
            Digits::Latin => {}
        }
        let base = if pseudo.is_some() {
            "en".to_string()
        } else {
            lang.to_string()
        };
        if let Some(b) = builtin(&base) {
            bundle.add_resource_overriding(resource(b).expect("built-in site strings parse"));
        }
        if let Some(p) = project {
            bundle.add_resource_overriding(resource(p)?);
        }
        let en: LanguageIdentifier = "en".parse().expect("en");
        let mut fallback = FluentBundle::new_concurrent(vec![en]);
        fallback.set_use_isolating(false);
        fallback.add_resource_overriding(
            resource(builtin("en").unwrap_or_default()).expect("built-in site strings parse"),
        );
        Ok(Site {
            bundle,
            fallback,
            dates: None,
        })
    }

    /// Formats dates for `tag` with CLDR data (ICU4X): the language's own
    /// calendar and digits (Persian calendar and digits for `fa`, Arabic
    /// digits for `ar`, Spanish month names for `es`); `digits`, when the
    /// project sets them, chooses the numbering.
    pub fn with_dates(mut self, tag: &str, digits: Option<Digits>) -> Site {
        let nu = match digits {
            Some(Digits::Latin) => "-u-nu-latn",
            Some(Digits::Persian) => "-u-nu-arabext",
            Some(Digits::Arabic) => "-u-nu-arab",
            None => "",
        };
        let locale: Option<icu::locale::Locale> = format!("{tag}{nu}").parse().ok();
        self.dates = locale.and_then(|l| DateTimeFormatter::try_new(l.into(), YMD::long()).ok());
        self
    }

    /// `2024-03-18` as a long date in the page's language, or None when it
    /// is not such a date (or dates were not set up).
    pub fn long_date(&self, iso: &str) -> Option<String> {
        let mut parts = iso.trim().splitn(3, '-');
        let year: i32 = parts.next()?.parse().ok()?;
        let month: u8 = parts.next()?.parse().ok()?;
        let day: u8 = parts.next()?.get(..2)?.parse().ok()?;
        let date = icu::calendar::Date::try_new_iso(year, month, day).ok()?;
        Some(self.dates.as_ref()?.format(&date).to_string())
    }

    /// Formats message `id`, falling back to English message by message.
    pub fn format(&self, id: &str, args: &[(&str, FluentValue)]) -> String {
        crate::ui::format_first(&[&self.bundle, &self.fallback], id, args)
    }

    pub fn text(&self, id: &str) -> String {
        self.format(id, &[])
    }

    /// The outdated notice, naming how many passages changed.
    pub fn outdated(&self, changed: usize) -> String {
        self.format("site-outdated", &[("changed", FluentValue::from(changed))])
    }

    /// "Page 2 of 5" on an index page.
    pub fn page_of(&self, page: usize, pages: usize) -> String {
        self.format(
            "site-page",
            &[
                ("page", FluentValue::from(page)),
                ("pages", FluentValue::from(pages)),
            ],
        )
    }

    /// The note after a block whose translation is stale.
    pub fn stale_block(&self) -> String {
        self.format("site-stale-block", &[])
    }

    /// The notice on a statement published in the source language.
    pub fn held_back(&self, percent: f64) -> String {
        self.format(
            "site-held-back",
            &[("percent", FluentValue::from(percent.round()))],
        )
    }

    /// The labels a page needs.
    pub fn labels(&self, translated: usize, total: usize) -> Labels {
        Labels {
            languages: self.text("site-languages"),
            translated_from: self.text("site-translated-from"),
            source_link: self.text("site-source-link"),
            coverage: self.format(
                "site-coverage",
                &[
                    ("translated", FluentValue::from(translated)),
                    ("total", FluentValue::from(total)),
                ],
            ),
            index_title: self.text("site-index-title"),
            dashboard: self.text("site-dashboard"),
            statement: self.text("site-statement"),
            held_back_mark: self.text("site-held-back-mark"),
        }
    }

    pub fn stale_mark(&self, count: usize) -> String {
        self.format("site-stale-mark", &[("count", FluentValue::from(count))])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(lang: &str, digits: Digits) -> Site {
        Site::new(&lang.parse().unwrap(), digits, None, None).unwrap()
    }

    #[test]
    fn long_dates_in_each_languages_calendar_and_digits() {
        let date = |tag: &str, digits: Option<Digits>| {
            site(tag, Digits::Latin)
                .with_dates(tag, digits)
                .long_date("2024-03-18")
                .unwrap()
        };
        assert_eq!(date("en", None), "March 18, 2024");
        assert_eq!(date("es", None), "18 de marzo de 2024");
        // The Solar Hijri calendar, Persian digits: 28 Esfand 1402.
        let fa = date("fa", None);
        assert!(
            fa.contains("۱۴۰۲") && fa.contains("۲۸") && fa.contains("اسفند"),
            "{fa}"
        );
        assert!(date("fa", Some(Digits::Latin)).contains("1402"));
        let ar = date("ar", Some(Digits::Arabic));
        assert!(ar.contains("٢٠٢٤") && ar.contains("مارس"), "{ar}");
        assert_eq!(
            site("en", Digits::Latin)
                .with_dates("en", None)
                .long_date("someday"),
            None
        );
        assert_eq!(
            site("en", Digits::Latin).long_date("2024-03-18"),
            None,
            "not set up"
        );
    }

    #[test]
    fn plurals_per_language() {
        let en = site("en", Digits::Latin);
        assert_eq!(
            en.outdated(1),
            "This translation may be outdated: one passage of the original changed after it was translated."
        );
        assert!(en.outdated(3).contains("3 passages"));
        let es = site("es", Digits::Latin);
        assert!(es.outdated(1).contains("un pasaje del original cambió"));
        assert!(
            es.outdated(1_000_000).contains("1000000 pasajes"),
            "{}",
            es.outdated(1_000_000)
        );
        let ar = site("ar", Digits::Latin);
        assert!(ar.outdated(1).contains("تغيّر مقطع واحد"));
        assert!(ar.outdated(2).contains("تغيّر مقطعان"));
        assert!(ar.outdated(3).contains("تغيّرت 3 مقاطع"));
        assert!(ar.outdated(11).contains("تغيّر 11 مقطعًا"));
        assert!(ar.outdated(100).contains("تغيّر 100 مقطع "));
        let fa = site("fa", Digits::Persian);
        assert!(fa.outdated(1).contains("یک بخش"));
        assert!(fa.outdated(2).contains("۲ بخش"), "{}", fa.outdated(2));
        assert_eq!(fa.labels(12, 15).coverage, "۱۲ از ۱۵ بخش ترجمه شده است");
        assert!(
            !fa.outdated(2).contains('\u{2068}'),
            "no FSI/PDI isolation in plain text"
        );
    }

    #[test]
    fn project_overrides_and_fallback() {
        let fa: LanguageIdentifier = "fa".parse().unwrap();
        let s = Site::new(
            &fa,
            Digits::Latin,
            Some("site-index-title = انتخابات ۲۰۲۵\n"),
            None,
        )
        .unwrap();
        assert_eq!(s.text("site-index-title"), "انتخابات ۲۰۲۵");
        assert_eq!(s.text("site-languages"), "زبان‌ها");
        let de = Site::new(
            &"de".parse().unwrap(),
            Digits::Latin,
            Some("site-languages = Sprachen\n"),
            None,
        )
        .unwrap();
        assert_eq!(de.text("site-languages"), "Sprachen");
        assert_eq!(
            de.text("site-source-link"),
            "Read the original",
            "English fallback per message"
        );
        let Err(e) = Site::new(&fa, Digits::Latin, Some("ok = fine\n!!! broken\n"), None) else {
            panic!("a broken site.ftl is an error")
        };
        assert_eq!(e.line, 2);
        // Pseudo-locales: English strings, transformed.
        let xa = Site::new(
            &"en-XA".parse().unwrap(),
            Digits::Latin,
            None,
            Some(crate::pseudo::Pseudo::Accented),
        )
        .unwrap();
        assert_ne!(xa.text("site-languages"), "Languages");
        assert!(xa.text("site-languages").chars().count() > "Languages".len());
    }
}
