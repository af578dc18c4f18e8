//! Pseudo-locales: generated "translations" that show layout problems before any
//! translator starts. `en-XA` accents and lengthens text (fluent-pseudo);
//! `ar-XB` presents it right-to-left (each text run wrapped in RLO … PDF, like
//! Android's pseudo-locale) on a right-to-left page. Only text changes: URLs,
//! code, placeholders and Markdown syntax stay intact.

use std::borrow::Cow;

use pulldown_cmark::{Event, Parser};

use crate::catalog::Catalog;
use crate::source::markdown_options;

/// The pseudo-locales dragoman knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pseudo {
    /// `en-XA`: accented and about a third longer.
    Accented,
    /// `ar-XB`: right-to-left presentation.
    Bidi,
}

impl Pseudo {
    /// The pseudo-locale a language tag names, if any.
    pub fn of(tag: &str) -> Option<Pseudo> {
        match tag {
            "en-XA" => Some(Pseudo::Accented),
            "ar-XB" => Some(Pseudo::Bidi),
            _ => None,
        }
    }

    /// The transform for plain text (also used for site strings).
    pub fn text_fn(self) -> fn(&str) -> Cow<str> {
        match self {
            Pseudo::Accented => accented,
            Pseudo::Bidi => bidi,
        }
    }

    /// Pseudo-localizes a segment (inline Markdown): only text changes.
    pub fn segment(self, text: &str) -> String {
        let f = self.text_fn();
        let mut edits: Vec<(std::ops::Range<usize>, String)> = Vec::new();
        for (e, r) in Parser::new_ext(text, markdown_options()).into_offset_iter() {
            // Only text that stands for itself in the source (no escapes, no
            // entities), so Markdown syntax is never touched.
            if let Event::Text(t) = e
                && text.get(r.clone()) == Some(t.as_ref())
                && t.chars().any(char::is_alphabetic)
            {
                edits.push((r, f(&t).into_owned()));
            }
        }
        let mut out = text.to_string();
        for (r, rep) in edits.into_iter().rev() {
            out.replace_range(r, &rep);
        }
        out
    }

    /// A catalog "translating" every message of a template.
    pub fn catalog(self, template: &Catalog) -> Catalog {
        template.translated_by(|s| self.segment(s))
    }
}

fn accented(s: &str) -> Cow<'_, str> {
    fluent_pseudo::transform(s, false, true)
}

/// Wraps each text run in RLO … PDF, keeping leading and trailing spaces outside.
fn bidi(s: &str) -> Cow<'_, str> {
    let core = s.trim();
    if core.is_empty() {
        return Cow::Borrowed(s);
    }
    let lead = &s[..s.len() - s.trim_start().len()];
    let trail = &s[s.trim_end().len()..];
    Cow::Owned(format!("{lead}\u{202E}{core}\u{202C}{trail}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accented_keeps_markdown_urls_and_code() {
        let t = Pseudo::Accented
            .segment("**Mentoring**: see [my site](https://example.org/a) and run `cargo build`.");
        assert!(t.starts_with("**"), "{t}");
        assert!(t.contains("](https://example.org/a)"), "{t}");
        assert!(t.contains("`cargo build`"), "{t}");
        assert!(!t.contains("Mentoring"), "text is accented: {t}");
        assert!(t.chars().count() > 80, "and longer: {t}");
        // Escapes are left alone.
        assert!(Pseudo::Accented.segment("a \\*b\\* c").contains("\\*"));
    }

    #[test]
    fn bidi_wraps_text_runs() {
        let t = Pseudo::Bidi.segment("Hello **world**!");
        assert_eq!(t, "\u{202E}Hello\u{202C} **\u{202E}world\u{202C}**!");
        assert_eq!(Pseudo::of("ar-XB"), Some(Pseudo::Bidi));
        assert_eq!(Pseudo::of("ar"), None);
    }
}
