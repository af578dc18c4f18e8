//! Coverage: segments and words per language and statement.

use serde::{Deserialize, Serialize};

use rustc_hash::{FxHashMap, FxHashSet};

use crate::catalog::{Catalog, Message, State};

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

mod words;

/// Words of a text, as Unicode word segmentation sees them.
pub fn word_count(text: &str) -> usize {
    words::count(text)
}

/// Word counts of texts taken once (the templates' sources, which every
/// language's catalogs share), for counting many catalogs of them.
#[derive(Default)]
pub struct WordMemo<'a>(FxHashMap<&'a str, usize>);

impl<'a> WordMemo<'a> {
    /// From texts and their word counts.
    pub fn from_counted(counted: impl Iterator<Item = (&'a str, usize)>) -> WordMemo<'a> {
        WordMemo(counted.collect())
    }

    fn words(&self, text: &str) -> usize {
        match self.0.get(text) {
            Some(&n) => n,
            None => word_count(text),
        }
    }
}

impl Counts {
    pub fn of(catalog: &Catalog) -> Counts {
        Counts::of_with(catalog, &WordMemo::default())
    }

    /// [`Counts::of`] with the words of known texts looked up.
    pub fn of_with(catalog: &Catalog, memo: &WordMemo) -> Counts {
        let mut c = Counts::default();
        for m in &catalog.messages {
            c.count(m, memo);
        }
        c.finish()
    }

    /// The counts of the catalogs joined into one (the single layout's
    /// catalog, as `project::merge::combine` joins them), without joining
    /// them: each live key counted once, in the state of its first message;
    /// an obsolete message only when its key is neither live nor counted.
    pub fn of_combined<'a>(catalogs: impl Iterator<Item = &'a Catalog>, memo: &WordMemo) -> Counts {
        let catalogs: Vec<&Catalog> = catalogs.collect();
        let messages = || catalogs.iter().flat_map(|c| &c.messages);
        let mut seen: FxHashSet<(Option<&str>, &str)> = FxHashSet::default();
        let mut c = Counts::default();
        for m in messages().filter(|m| !m.obsolete) {
            if seen.insert(m.key()) {
                c.count(m, memo);
            }
        }
        for m in messages().filter(|m| m.obsolete) {
            if seen.insert(m.key()) {
                c.count(m, memo);
            }
        }
        c.finish()
    }

    fn count(&mut self, m: &Message, memo: &WordMemo) {
        let state = m.state();
        if state == State::Obsolete {
            self.obsolete += 1;
            return;
        }
        let words = memo.words(&m.source);
        match state {
            State::Translated => {
                self.translated += 1;
                self.translated_words += words;
            }
            State::Stale => self.stale += 1,
            _ => self.untranslated += 1,
        }
        self.segments += 1;
        self.words += words;
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
    /// "Complete", the summary of a language's fully translated statements
    /// (folded in a `<details>` of the Markdown report).
    pub complete: String,
    /// "More", before the count of statements a Markdown report too long
    /// for a comment leaves out.
    pub more: String,
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
            complete: "complete".into(),
            more: "more: `dragoman status` lists them all".into(),
        }
    }
}

/// The most a Markdown report may hold: a GitHub comment's limit.
pub const MARKDOWN_LIMIT: usize = 65_536;

impl Report {
    /// Per-language totals only (`status --summary`).
    pub fn summary(mut self) -> Report {
        for l in &mut self.languages {
            l.statements.clear();
        }
        self
    }

    /// The Markdown report, sized for a pull-request comment at any project
    /// size: the totals first; then per language the statements that need
    /// attention (not complete), and the complete ones folded in a
    /// `<details>`; past [`MARKDOWN_LIMIT`] the folded lists go, then the
    /// attention rows are cut with a count.
    pub fn to_markdown_with(&self, h: &Headings) -> String {
        let header = format!(
            "| {} |\n|---|---|---:|---:|---:|---:|---:|---:|\n",
            h.columns.join(" | ")
        );
        let mut out = header.clone();
        for l in &self.languages {
            out.push_str(&md_row(
                &format!("**{}**", l.lang),
                &format!("**{}**", h.total),
                &l.total,
            ));
        }
        let needs = |c: &Counts| c.percent < 100.0 || c.stale > 0;
        // Per language: the statements needing attention, the folded rest.
        let mut parts: Vec<(&str, String, String)> = Vec::new();
        for l in self.languages.iter().filter(|l| !l.statements.is_empty()) {
            let (open, done): (Vec<_>, Vec<_>) =
                l.statements.iter().partition(|s| needs(&s.counts));
            let rows: Vec<String> = open
                .iter()
                .map(|s| md_row(&l.lang, &s.path, &s.counts))
                .collect();
            let folded = if done.is_empty() {
                String::new()
            } else {
                let table: String = done
                    .iter()
                    .map(|s| md_row(&l.lang, &s.path, &s.counts))
                    .collect();
                format!(
                    "\n<details><summary>{} — {}: {}</summary>\n\n{header}{table}\n</details>\n",
                    l.lang,
                    h.complete,
                    done.len()
                )
            };
            let attention = if rows.is_empty() {
                String::new()
            } else {
                format!("\n{header}{}", rows.concat())
            };
            parts.push((&l.lang, attention, folded));
        }
        let whole: usize = parts.iter().map(|(_, a, f)| a.len() + f.len()).sum();
        let keep_folded = out.len() + whole <= MARKDOWN_LIMIT;
        // Each language gets an even share of what the totals leave.
        let share =
            MARKDOWN_LIMIT.saturating_sub(out.len() + 200 * parts.len()) / parts.len().max(1);
        for (lang, attention, folded) in &parts {
            let text = if keep_folded {
                format!("{attention}{folded}")
            } else {
                cut(attention, share, lang, h)
            };
            out.push_str(&text);
        }
        out
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

/// `table` (a header and rows) cut to about `room` bytes, with the count of
/// rows left out.
fn cut(table: &str, room: usize, lang: &str, h: &Headings) -> String {
    if table.len() <= room {
        return table.to_string();
    }
    let lines: Vec<&str> = table.lines().collect();
    let mut out = String::new();
    let mut kept = 0;
    for line in &lines {
        if out.len() + line.len() + 1 > room {
            break;
        }
        out.push_str(line);
        out.push('\n');
        kept += 1;
    }
    // The blank line and the two header lines are no statements.
    let left = lines.len().saturating_sub(kept.max(3));
    out.push_str(&format!("\n_{lang}: {left} {}_\n", h.more));
    out
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

    #[test]
    fn a_big_projects_markdown_fits_a_comment() {
        let statement = |i: usize, done: bool| StatementStatus {
            path: format!("content/posts/2024-01-{i:04}-a-rather-long-post-name/index.md"),
            counts: Counts {
                segments: 40,
                translated: if done { 40 } else { 12 },
                untranslated: if done { 0 } else { 28 },
                percent: if done { 100.0 } else { 30.0 },
                ..Counts::default()
            },
        };
        let languages = ["es", "fa", "ar"]
            .iter()
            .map(|l| {
                LanguageStatus::new(
                    l,
                    "ltr",
                    (0..800).map(|i| statement(i, i % 3 == 0)).collect(),
                )
            })
            .collect();
        let report = Report {
            source: "en".into(),
            languages,
        };
        let md = report.to_markdown_with(&Headings::default());
        assert!(md.len() <= MARKDOWN_LIMIT, "{}", md.len());
        assert!(md.starts_with("| Language"), "totals first");
        assert!(md.contains("| **ar** | **total** |"));
        assert!(
            md.contains("_es: ") && md.contains("more: "),
            "cut with a count"
        );
        // A small project lists everything, complete statements folded.
        let small = Report {
            source: "en".into(),
            languages: vec![LanguageStatus::new(
                "es",
                "ltr",
                vec![statement(1, true), statement(2, false)],
            )],
        };
        let md = small.to_markdown_with(&Headings::default());
        assert!(
            md.contains("<details><summary>es — complete: 1</summary>"),
            "{md}"
        );
        assert!(!md.contains("more: "), "{md}");
        assert!(small.summary().languages[0].statements.is_empty());
    }
}
