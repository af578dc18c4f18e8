//! Coverage: segments and words per language and statement.

use serde::{Deserialize, Serialize};
use unicode_segmentation::UnicodeSegmentation;

use crate::catalog::{Catalog, State};

/// Counts for one catalog, or a sum of them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct Counts {
    pub segments: usize,
    pub translated: usize,
    pub stale: usize,
    pub untranslated: usize,
    pub obsolete: usize,
    pub words: usize,
    pub translated_words: usize,
    /// Translated (not stale) over all segments, in percent; 100 when there are none.
    pub percent: f64,
}

/// Words of a text, as Unicode word segmentation sees them.
pub fn word_count(text: &str) -> usize {
    text.unicode_words().count()
}

impl Counts {
    pub fn of(catalog: &Catalog) -> Counts {
        let mut c = Counts::default();
        for m in &catalog.messages {
            let words = word_count(&m.source);
            match m.state() {
                State::Obsolete => {
                    c.obsolete += 1;
                    continue;
                }
                State::Translated => {
                    c.translated += 1;
                    c.translated_words += words;
                }
                State::Stale => c.stale += 1,
                State::Untranslated => c.untranslated += 1,
            }
            c.segments += 1;
            c.words += words;
        }
        c.finish()
    }

    pub fn add(&mut self, o: &Counts) {
        self.segments += o.segments;
        self.translated += o.translated;
        self.stale += o.stale;
        self.untranslated += o.untranslated;
        self.obsolete += o.obsolete;
        self.words += o.words;
        self.translated_words += o.translated_words;
        *self = self.finish();
    }

    fn finish(mut self) -> Counts {
        self.percent = if self.segments == 0 {
            100.0
        } else {
            let p = self.translated as f64 * 100.0 / self.segments as f64;
            (p * 10.0).round() / 10.0
        };
        self
    }
}

/// One statement's coverage in one language.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct StatementStatus {
    pub path: String,
    #[serde(flatten)]
    pub counts: Counts,
}

/// One language's coverage.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct LanguageStatus {
    pub lang: String,
    pub direction: String,
    pub total: Counts,
    pub statements: Vec<StatementStatus>,
}

/// The whole report (`status --format json`).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Report {
    pub source: String,
    pub languages: Vec<LanguageStatus>,
}

impl LanguageStatus {
    pub fn new(lang: &str, direction: &str, statements: Vec<StatementStatus>) -> LanguageStatus {
        let mut total = Counts::default();
        for s in &statements {
            total.add(&s.counts);
        }
        LanguageStatus {
            lang: lang.to_string(),
            direction: direction.to_string(),
            total: total.finish(),
            statements,
        }
    }
}

/// Column headings of the reports, and the word for a language's total row
/// (English by default; the CLI passes its interface language's).
#[derive(Debug, Clone)]
pub struct Headings {
    /// Language, Statement, Translated, Stale, Untranslated, Obsolete, Words, Coverage.
    pub columns: [String; 8],
    pub total: String,
}

impl Default for Headings {
    fn default() -> Self {
        Headings {
            columns: [
                "Language",
                "Statement",
                "Translated",
                "Stale",
                "Untranslated",
                "Obsolete",
                "Words",
                "Coverage",
            ]
            .map(String::from),
            total: "total".into(),
        }
    }
}

impl Report {
    /// Markdown table with the given headings.
    pub fn to_markdown_with(&self, h: &Headings) -> String {
        let mut s = format!(
            "| {} |\n|---|---|---:|---:|---:|---:|---:|---:|\n",
            h.columns.join(" | ")
        );
        for l in &self.languages {
            for st in &l.statements {
                s.push_str(&md_row(&l.lang, &st.path, &st.counts));
            }
            s.push_str(&md_row(
                &format!("**{}**", l.lang),
                &format!("**{}**", h.total),
                &l.total,
            ));
        }
        s
    }

    /// Terminal table with the given headings.
    pub fn to_table_with(&self, h: &Headings) -> String {
        let mut t = comfy_table::Table::new();
        t.load_style(comfy_table::presets::UTF8_FULL_CONDENSED);
        t.set_header(h.columns.to_vec());
        for l in &self.languages {
            for st in &l.statements {
                t.add_row(row(&l.lang, &st.path, &st.counts));
            }
            t.add_row(row(&l.lang, &h.total, &l.total));
        }
        for i in 2..8 {
            if let Some(c) = t.column_mut(i) {
                c.set_cell_alignment(comfy_table::CellAlignment::Right);
            }
        }
        t.to_string()
    }
}

fn row(lang: &str, path: &str, c: &Counts) -> Vec<String> {
    vec![
        lang.to_string(),
        path.to_string(),
        format!("{}/{}", c.translated, c.segments),
        c.stale.to_string(),
        c.untranslated.to_string(),
        c.obsolete.to_string(),
        format!("{}/{}", c.translated_words, c.words),
        format!("{:.1}%", c.percent),
    ]
}

fn md_row(lang: &str, path: &str, c: &Counts) -> String {
    format!("| {} |\n", row(lang, path, c).join(" | "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts() {
        let c = Catalog::parse_po(
            "msgid \"One two\"\nmsgstr \"Uno dos\"\n\n#, fuzzy\nmsgid \"Three\"\nmsgstr \"Tres\"\n\nmsgid \"Four five six\"\nmsgstr \"\"\n\n#~ msgid \"Old\"\n#~ msgstr \"Viejo\"\n",
        )
        .unwrap();
        let k = Counts::of(&c);
        assert_eq!(
            (
                k.segments,
                k.translated,
                k.stale,
                k.untranslated,
                k.obsolete
            ),
            (3, 1, 1, 1, 1)
        );
        assert_eq!((k.words, k.translated_words), (6, 2));
        assert_eq!(k.percent, 33.3);
        assert_eq!(Counts::of(&Catalog::default()).percent, 100.0);
    }

    #[test]
    fn words_in_persian_and_spanish() {
        assert_eq!(word_count("Hola, ¿cómo estás?"), 3);
        assert_eq!(word_count("**Mentoring**: I ran `x`"), 4);
    }
}
