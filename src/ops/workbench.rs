//! The translator's workbench (`serve`) as library operations: one
//! statement's entries in one language as a translator sees them (merged in
//! memory with the current source, with the diff of a stale entry, findings,
//! suggestions and a version), saving one entry — never over a newer one —,
//! checking a draft, and the page as `build` would make it.

use std::collections::HashMap;
use std::path::PathBuf;

use crate::catalog::{Catalog, Message};
use crate::fsio::Durability;
use crate::lang::Language;
use crate::project::*;
use crate::ui::Msg;

/// One statement's entries in one language.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Entries {
    pub lang: String,
    pub statement: String,
    pub title: String,
    pub entries: Vec<Entry>,
}

/// An entry as the workbench shows it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Entry {
    pub id: String,
    pub context: Option<String>,
    pub source: String,
    pub translation: String,
    /// `translated`, `stale` or `untranslated`.
    pub state: &'static str,
    /// The source the translation was made from (a stale entry).
    pub previous: Option<String>,
    /// Word diff previous → source (a stale entry with a previous source).
    pub diff: Vec<crate::diff::DiffPart>,
    /// The change's most significant class (`wording`, `number`…).
    pub class: Option<String>,
    pub findings: Vec<crate::check::Finding>,
    pub suggestions: Vec<Suggestion>,
    /// Changes whenever the entry on disk changes: a save names the version
    /// it was made from.
    pub version: String,
    /// Notes for translators (what the segment is, extractor comments).
    pub notes: Vec<String>,
    /// Translators' comments and dragoman's (`covers …`, `carried over …`).
    pub comments: Vec<String>,
}

/// A translation to start from.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Suggestion {
    /// `memory` (a translation of similar text) or `glossary` (a term that
    /// stays as it is).
    pub kind: &'static str,
    pub source: String,
    pub translation: String,
    /// Similarity of the sources, 0..1 (1 for glossary terms).
    pub similarity: f32,
}

/// A save of one entry (`PUT /api/entries`).
#[derive(Debug, Clone, serde::Deserialize)]
pub struct Save {
    pub lang: String,
    pub statement: String,
    pub id: String,
    pub translation: String,
    pub version: String,
    #[serde(default)]
    pub reviewed: bool,
}

/// What a save did.
#[derive(Debug, Clone)]
pub enum Saved {
    Saved(Entry),
    /// The entry changed since the version the save was made from: nothing
    /// was written; this is the entry now.
    Conflict(Entry),
}

/// The catalog a statement's messages are read from and written to, and
/// its messages in the current source's order.
struct Unit {
    path: PathBuf,
    /// What is written back (the statement's merged catalog, or the single
    /// catalog of the language).
    catalog: Catalog,
    /// The statement's current messages: indices into `catalog.messages`,
    /// or the template message when the catalog lacks it (single layout).
    messages: Vec<Slot>,
    /// The single catalog's text as read (a save then rewrites one entry).
    text: Option<String>,
}

/// Where a current message of a statement stands.
#[derive(Clone)]
enum Slot {
    /// In the catalog, at this index.
    At(usize),
    /// Not in the (single) catalog yet: the template's message.
    New(Box<Message>),
}

impl Unit {
    fn message<'a>(&'a self, slot: &'a Slot) -> &'a Message {
        match slot {
            Slot::At(i) => &self.catalog.messages[*i],
            Slot::New(t) => t,
        }
    }
}

/// The version of an entry as it stands.
fn version(m: &Message) -> String {
    let key = format!(
        "{:?}\u{0}{}\u{0}{:?}\u{0}{:?}",
        m.translation,
        m.stale,
        m.previous.as_ref().map(|p| &p.source),
        m.comments
    );
    format!("{:016x}", xxhash_rust::xxh3::xxh3_64(key.as_bytes()))
}

impl Project {
    /// The statement shown as `display` (`statements/x.md`).
    fn statement_named(&self, display: &str) -> Result<Statement> {
        self.statement(display)?
            .ok_or_else(|| Error::msg(Msg::new("serve-unknown-statement").arg("name", display)))
    }

    fn target_language(&self, tag: &str) -> Result<Language> {
        let unknown = || Error::msg(Msg::new("serve-unknown-language").arg("lang", tag));
        let l = self.language_named(tag).map_err(|_| unknown())?;
        self.config
            .translated()
            .find(|t| t.tag == l.tag)
            .cloned()
            .ok_or_else(unknown)
    }

    /// `st`'s messages in `lang` as they stand on disk, merged with the
    /// current source (per-statement catalogs: the statement's catalog merged
    /// with its template, as `sync` would; the single layout: the template's
    /// messages found in the one catalog).
    fn unit(&self, lang: &Language, st: &Statement) -> Result<Unit> {
        let template = self.template(st);
        if self.single() {
            let format = self.config.catalog_format(&lang.tag);
            let (path, text, mut catalog) = match self.read_single_text(&lang.tag)? {
                Some((p, t, c)) => (p, Some(t), c),
                None => (
                    self.single_path(&lang.tag, format),
                    None,
                    Catalog::default(),
                ),
            };
            if text.is_none() {
                let header = crate::catalog::language_header(&self.config.name, lang);
                catalog.ensure_header_fields(&header);
            }
            let at: HashMap<(Option<&str>, &str), usize> = catalog
                .messages
                .iter()
                .enumerate()
                .filter(|(_, m)| !m.obsolete)
                .map(|(i, m)| (m.key(), i))
                .collect();
            let messages = template
                .messages
                .iter()
                .map(|t| {
                    at.get(&t.key())
                        .map_or_else(|| Slot::New(Box::new(t.clone())), |&i| Slot::At(i))
                })
                .collect();
            return Ok(Unit {
                path,
                catalog,
                messages,
                text,
            });
        }
        let name = self.catalog_name(st);
        let (path, old) = match self.read_lang_catalog(&lang.tag, &name)? {
            Some(found) => found,
            None => (self.catalog_path(&lang.tag, &name), Catalog::default()),
        };
        let (mut catalog, _) = crate::sync::merge(&template, &old, self.sync_options());
        catalog.ensure_header_fields(&crate::catalog::language_header(&self.config.name, lang));
        let live = catalog.messages.iter().filter(|m| !m.obsolete).count();
        Ok(Unit {
            path,
            catalog,
            messages: (0..live).map(Slot::At).collect(),
            text: None,
        })
    }

    /// One statement's entries in one language, with findings and (from
    /// `memory`, when given) suggestions.
    pub fn entries(
        &self,
        lang: &str,
        statement: &str,
        memory: Option<&crate::ops::memory::Memory>,
    ) -> Result<Entries> {
        let lang = self.target_language(lang)?;
        let st = self.statement_named(statement)?;
        let unit = self.unit(&lang, &st)?;
        let cfg = self.config.check_for(&lang.tag);
        let exists = |t: &str| self.target_exists(&st, t);
        let entries = unit
            .messages
            .iter()
            .map(|slot| {
                let m = unit.message(slot);
                let mut e = self.entry(&lang, &cfg, m, &exists);
                if let Some(mem) = memory {
                    e.suggestions = mem.suggest(&m.source);
                    // Its own translation is no suggestion.
                    e.suggestions.retain(|s| s.translation != e.translation);
                }
                e.suggestions.extend(glossary(&cfg.glossary, &m.source));
                e
            })
            .collect();
        Ok(Entries {
            lang: lang.tag.clone(),
            statement: st.display.clone(),
            title: crate::build::pages::source_title(&st),
            entries,
        })
    }

    fn entry(
        &self,
        lang: &Language,
        cfg: &crate::config::CheckConfig,
        m: &Message,
        exists: &(dyn Fn(&str) -> bool + Sync),
    ) -> Entry {
        let translation = m.translation.first().cloned().unwrap_or_default();
        let state = match m.state() {
            crate::catalog::State::Stale => "stale",
            crate::catalog::State::Translated => "translated",
            _ => "untranslated",
        };
        let previous = m.previous.as_ref().map(|p| p.source.clone());
        let (diff, class) = match &previous {
            Some(p) if m.stale || m.covered() => {
                let classes = crate::diff::classify(p, &m.source);
                let class = crate::diff::primary(&classes).map(|c| c.as_str().to_string());
                (crate::diff::word_diff(p, &m.source), class)
            }
            _ => (Vec::new(), None),
        };
        let findings = if m.has_translation() {
            let none = crate::check::Compounds::default();
            let around = super::check::Around {
                exists,
                compounds: &none,
            };
            self.entry_findings(&lang.tag, cfg, m, m.answers_to(), &translation, &around)
        } else {
            Vec::new()
        };
        Entry {
            id: m.id(),
            context: m.context.clone(),
            source: m.source.clone(),
            translation,
            state,
            previous,
            diff,
            class,
            findings,
            suggestions: Vec::new(),
            version: version(m),
            notes: m.notes.to_vec(),
            comments: m.comments.to_vec(),
        }
    }

    /// The findings of a draft translation of entry `id` (as the translator
    /// types).
    pub fn check_draft(
        &self,
        lang: &str,
        statement: &str,
        id: &str,
        draft: &str,
    ) -> Result<Vec<crate::check::Finding>> {
        let lang = self.target_language(lang)?;
        let st = self.statement_named(statement)?;
        let unit = self.unit(&lang, &st)?;
        // The entry as it stands (its translator's `allow` comments apply);
        // a draft is a fresh translation: it answers to the current source.
        let m = unit
            .messages
            .iter()
            .map(|slot| unit.message(slot))
            .find(|m| m.id() == id)
            .ok_or_else(|| Error::msg(Msg::new("serve-unknown-entry").arg("id", id)))?;
        if draft.is_empty() {
            return Ok(Vec::new());
        }
        let cfg = self.config.check_for(&lang.tag);
        let exists = |t: &str| self.target_exists(&st, t);
        let none = crate::check::Compounds::default();
        let around = super::check::Around {
            exists: &exists,
            compounds: &none,
        };
        Ok(self.entry_findings(&lang.tag, &cfg, m, &m.source, draft, &around))
    }

    /// Saves one entry under the project lock, unless it changed on disk
    /// since `save.version` (then nothing is written: a conflict). A new
    /// text is a fresh translation (no longer stale); `reviewed` clears the
    /// stale state of the same text; an empty text makes the entry
    /// untranslated. Written as `sync` writes (merged with the current
    /// source), atomically, never over a file changed since it was read.
    pub fn save_entry(&self, save: &Save) -> Result<Saved> {
        let lang = self.target_language(&save.lang)?;
        let st = self.statement_named(&save.statement)?;
        let _lock = self.lock(std::time::Duration::from_secs(30))?;
        let mut tries = 0;
        loop {
            match self.save_once(&lang, &st, save) {
                Err(e) if crate::fsio::is_conflict(&e) && tries < 4 => tries += 1,
                r => return r,
            }
        }
    }

    fn save_once(&self, lang: &Language, st: &Statement, save: &Save) -> Result<Saved> {
        let mut unit = self.unit(lang, st)?;
        let cfg = self.config.check_for(&lang.tag);
        let exists = |t: &str| self.target_exists(st, t);
        let found = unit
            .messages
            .iter()
            .position(|slot| unit.message(slot).id() == save.id);
        let Some(k) = found else {
            return Err(Error::msg(
                Msg::new("serve-unknown-entry").arg("id", &save.id),
            ));
        };
        let i = match unit.messages[k].clone() {
            Slot::At(i) => i,
            Slot::New(t) => {
                // Single layout, not in the catalog yet: it joins it.
                let at = unit
                    .catalog
                    .messages
                    .iter()
                    .position(|m| m.obsolete)
                    .unwrap_or(unit.catalog.messages.len());
                unit.catalog.messages.insert(at, *t);
                at
            }
        };
        let before = unit.catalog.messages[i].clone();
        let m = &mut unit.catalog.messages[i];
        if version(m) != save.version {
            let now = self.entry(lang, &cfg, m, &exists);
            return Ok(Saved::Conflict(now));
        }
        let current = m.translation.first().cloned().unwrap_or_default();
        if save.translation.is_empty() {
            m.translation = vec![String::new(); m.translation.len().max(1)];
            m.stale = false;
            m.previous = None;
        } else if save.translation != current || save.reviewed {
            m.translation = vec![save.translation.clone()];
            m.stale = false;
            m.previous = None;
        }
        let saved = self.entry(lang, &cfg, m, &exists);
        // A big shared catalog: only the entry's own lines are rewritten
        // (the same bytes a whole serialization would give them).
        let spliced = match (&unit.text, &unit.messages[k]) {
            (Some(text), Slot::At(_)) if unit.path.extension().is_some_and(|e| e == "po") => {
                replace_entry(text, &before, m, self.config.po_wrap)
            }
            _ => None,
        };
        let text = spliced.unwrap_or_else(|| self.serialize_catalog(&unit.path, &unit.catalog));
        self.write_catalogs(&[(unit.path.clone(), text)], Durability::Replacing)?;
        Ok(Saved::Saved(saved))
    }

    /// `st`'s page in `lang` as `build` makes it (whatever the publish
    /// threshold), from the catalogs as they stand.
    pub fn preview(&self, lang: &str, statement: &str) -> Result<String> {
        let lang = self.target_language(lang)?;
        let st = self.statement_named(statement)?;
        let unit = self.unit(&lang, &st)?;
        let mut catalog = Catalog::default();
        for slot in &unit.messages {
            catalog.messages.push(unit.message(slot).clone());
        }
        let targets = self.config.languages.clone();
        let li = targets
            .iter()
            .position(|l| l.tag == lang.tag)
            .expect("a target language");
        let langs = crate::build::pages::Languages {
            source: &self.config.source,
            targets: &targets,
            unpublished: None,
        };
        let site = self.site(&lang)?;
        let check_cfg = self.config.check_for(&lang.tag);
        let sanitizer = crate::build::Sanitizer::new(&self.config.allowed_iframe_hosts);
        let stale_note = site.stale_block();
        let target = crate::build::pages::Target {
            lang: &lang,
            threshold: 0.0,
            guard: crate::build::Guard {
                url_map: &check_cfg.url_map,
                trusted: false,
            },
            source_tag: &self.config.source.tag,
            sanitizer: &sanitizer,
            stale_note: &stale_note,
            pages: None,
        };
        let rendered = crate::build::pages::render(&st, &catalog, target);
        let theme = self.theme()?;
        let meta = crate::build::Meta::of(&st);
        let files =
            crate::build::pages::target_files(&theme, &st, &meta, langs, li, &site, rendered)
                .map_err(super::build::theme_error)?;
        Ok(files.html)
    }
}

/// `text` (a PO catalog) with entry `old` written as `new`: found by its
/// line, and only when its lines are exactly what the writer makes of `old`
/// (else None: the whole catalog is written).
fn replace_entry(
    text: &str,
    old: &Message,
    new: &Message,
    wrap: crate::po::Wrap,
) -> Option<String> {
    let one = |m: &Message| {
        Catalog {
            header: None,
            messages: vec![m.clone()],
        }
        .write_po_with(wrap)
    };
    let (was, now) = (one(old), one(new));
    // The entry's lines: back from its line over the lines before it that
    // belong to it (comments, msgctxt), forward to the blank line.
    let starts: Vec<usize> = std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    let line = (old.line as usize).checked_sub(1)?;
    let line_at = |n: usize| -> &str {
        let end = starts.get(n + 1).map_or(text.len(), |e| e - 1);
        &text[starts[n]..end]
    };
    let mut first = line;
    while first > 0 && !line_at(first - 1).is_empty() {
        first -= 1;
    }
    let mut last = line;
    while last + 1 < starts.len() && starts[last + 1] < text.len() && !line_at(last + 1).is_empty()
    {
        last += 1;
    }
    let start = starts[first];
    let end = starts.get(last + 1).copied().unwrap_or(text.len());
    if text.get(start..end)? != was.as_str() {
        return None;
    }
    Some(format!("{}{now}{}", &text[..start], &text[end..]))
}

/// Glossary terms in `source`: they stay as they are.
fn glossary(terms: &[String], source: &str) -> Vec<Suggestion> {
    terms
        .iter()
        .filter(|t| !t.is_empty() && source.contains(t.as_str()))
        .map(|t| Suggestion {
            kind: "glossary",
            source: t.clone(),
            translation: t.clone(),
            similarity: 1.0,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_entry_rewritten_is_the_whole_catalog_rewritten() {
        let text = "msgid \"\"\nmsgstr \"Language: fa\\n\"\n\n# a note\n#. paragraph\n#: a.md:3\nmsgctxt \"k\"\nmsgid \"First one.\"\nmsgstr \"\"\n\n#, fuzzy\n#| msgid \"Old second.\"\nmsgid \"\"\n\"Second, a long paragraph that the writer has to wrap over more than one line \"\n\"because it is long.\"\nmsgstr \"دوم\"\n\nmsgid \"Third.\"\nmsgstr \"سوم\"\n\n#~ msgid \"Gone.\"\n#~ msgstr \"رفته\"\n";
        let cat = Catalog::parse_po(text).unwrap();
        assert_eq!(
            cat.write_po(),
            text,
            "the fixture is in the writer's layout"
        );
        for i in 0..3 {
            let mut changed = cat.clone();
            let m = &mut changed.messages[i];
            m.translation = vec!["یک ترجمهٔ تازه که آن‌قدر بلند است که نویسنده باید آن را در بیش از یک سطر بشکند، و باز هم بلندتر.".into()];
            m.stale = false;
            m.previous = None;
            let spliced = replace_entry(
                text,
                &cat.messages[i],
                &changed.messages[i],
                Default::default(),
            )
            .unwrap();
            assert_eq!(spliced, changed.write_po(), "entry {i}");
        }
        // Not in the writer's layout: no splice (the whole catalog is written).
        let odd = text.replace("msgid \"Third.\"", "msgid  \"Third.\"");
        let odd_cat = Catalog::parse_po(&odd).unwrap();
        let third = odd_cat
            .messages
            .iter()
            .position(|m| m.source == "Third.")
            .unwrap();
        assert_eq!(
            replace_entry(
                &odd,
                &odd_cat.messages[third],
                &cat.messages[third],
                Default::default()
            ),
            None
        );
    }
}
