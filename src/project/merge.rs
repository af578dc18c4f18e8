//! A language's catalogs merged in memory with the current statements (what
//! `sync` writes, and what `status`, `build` and `import` work on); the single
//! layout's one catalog split into units and joined back.

use std::collections::HashMap;
use std::path::PathBuf;

use rayon::prelude::*;

use super::*;
use crate::catalog::{Catalog, Message};
use crate::fsio::walk_files;
use crate::lang::Language;
use crate::status::{WordMemo, word_count};
use crate::sync::{self, SyncOptions, SyncReport};

impl Project {
    /// A language's one catalog (single layout) from its merged units: the
    /// old catalog's header comes back with its unit (the one without a
    /// statement; it is not read a second time), completed for `lang`.
    pub(crate) fn single_catalog(&self, lang: &Language, merged: &[Merged]) -> Catalog {
        let units = merged.iter().map(|m| (m.statement, m.catalog.clone()));
        self.single_catalog_of(lang, units.collect())
    }

    /// The same, taking the merged units (nothing is copied).
    pub(crate) fn single_catalog_owned(&self, lang: &Language, merged: Vec<Merged>) -> Catalog {
        let units = merged.into_iter().map(|m| (m.statement, m.catalog));
        self.single_catalog_of(lang, units.collect())
    }

    fn single_catalog_of(&self, lang: &Language, units: Vec<(Option<usize>, Catalog)>) -> Catalog {
        let header = units
            .iter()
            .find(|(st, _)| st.is_none())
            .and_then(|(_, c)| c.header.clone());
        let mut cat = combine(units.into_iter().map(|(_, c)| c), header);
        cat.ensure_header_fields(&crate::catalog::language_header(&self.config.name, lang));
        cat
    }

    /// Every catalog of `lang` merged in memory with the current source (what
    /// `sync` would write): one per statement, in statement order, then catalogs
    /// whose statement is gone (their translations become obsolete).
    pub fn merge_language(
        &self,
        lang: &Language,
        statements: &[Statement],
        opts: SyncOptions,
    ) -> Result<Vec<Merged>> {
        let templates = self.templates(statements);
        self.merge_language_using(lang, statements, &templates, opts)
    }

    /// Every statement's template (made once when several languages merge).
    pub fn templates(&self, statements: &[Statement]) -> Templates {
        self.templates_with(statements, self.config.references)
    }

    /// The templates for a command that reads translations and writes no
    /// catalog (`build`, `status`, `impact`, ...): without references, which
    /// a merge only copies into the catalogs it writes — one string per
    /// message less in every template and merged catalog.
    pub fn reading_templates(&self, statements: &[Statement]) -> Templates {
        self.templates_with(statements, References::None)
    }

    fn templates_with(&self, statements: &[Statement], refs: References) -> Templates {
        let _t = crate::timing::phase("templates");
        let (catalogs, words) = statements
            .par_iter()
            .map(|st| {
                let t = self.template_with(st, refs);
                // One long statement is counted in parallel too.
                let words = t
                    .messages
                    .par_iter()
                    .with_min_len(4096)
                    .map(|m| word_count(&m.source))
                    .collect();
                (t, words)
            })
            .unzip();
        Templates { catalogs, words }
    }

    /// [`Project::merge_language`] with the statements' templates made already.
    pub fn merge_language_using(
        &self,
        lang: &Language,
        statements: &[Statement],
        templates: &Templates,
        opts: SyncOptions,
    ) -> Result<Vec<Merged>> {
        // Pseudo-locales have no catalogs: their "translations" are generated.
        if let Some(p) = crate::pseudo::Pseudo::of(&lang.tag) {
            return Ok(statements
                .iter()
                .enumerate()
                .map(|(i, st)| Merged {
                    statement: Some(i),
                    path: self.catalog_path(&lang.tag, &self.catalog_name(st)),
                    catalog: match st.translated_into(&lang.tag) {
                        true => p.catalog(&templates[i]),
                        false => Catalog::default(),
                    },
                    report: SyncReport::default(),
                })
                .collect());
        }
        // Catalogs of the other layout would be ignored: an error, not 0 %.
        self.check_layout()?;
        // Single layout: the one catalog joins as a unit without a template, so
        // every statement finds its translations there (as moves across units).
        if self.single() {
            let t = crate::timing::phase("read single catalog");
            let old = self.read_single(&lang.tag)?;
            drop(t);
            return Ok(self.merge_single(lang, statements, templates, old, opts));
        }
        // Each statement's catalog (configured format, or the other one: it is
        // migrated when written), then catalogs whose statement is gone.
        let mut olds: Vec<(PathBuf, Catalog)> = statements
            .par_iter()
            .map(|st| {
                let name = self.catalog_name(st);
                let path = self.catalog_path(&lang.tag, &name);
                Ok(match self.read_lang_catalog(&lang.tag, &name)? {
                    Some((_, c)) => (path, c),
                    None => (path, Catalog::default()),
                })
            })
            .collect::<Result<Vec<_>>>()?;
        let known: std::collections::HashSet<PathBuf> = statements
            .iter()
            .flat_map(|st| {
                let name = self.catalog_name(st);
                [
                    self.catalog_path(&lang.tag, &name),
                    self.other_catalog_path(&lang.tag, &name),
                ]
            })
            .collect();
        let ldir = self.lang_dir(&lang.tag);
        let mut orphans = walk_files(&ldir, &[".po", ".ftl"])?;
        orphans.retain(|rel| rel != "site.ftl");
        orphans.sort();
        for rel in orphans {
            let path = ldir.join(&rel);
            if !known.contains(&path)
                && let Some(c) = self.read_catalog(&path)?
            {
                olds.push((path, c));
            }
        }
        Ok(self.merge_with(lang, statements, templates, olds, opts))
    }

    /// The single layout's merge of `lang`, its one catalog (`old`, as
    /// [`Project::read_single`] reads it) read already.
    pub(crate) fn merge_single(
        &self,
        lang: &Language,
        statements: &[Statement],
        templates: &Templates,
        old: Option<(PathBuf, Catalog)>,
        opts: SyncOptions,
    ) -> Vec<Merged> {
        let olds = match old {
            Some((_, c)) => vec![(
                self.single_path(&lang.tag, self.config.catalog_format(&lang.tag)),
                c,
            )],
            None => Vec::new(),
        };
        let opts = SyncOptions {
            shared: true,
            ..opts
        };
        let mut merged = self.merge_with(lang, statements, templates, olds, opts);
        // A move within the one catalog is no change.
        for m in merged.iter_mut().filter(|m| m.statement.is_some()) {
            let r = &mut m.report;
            r.unchanged.segments += r.moved.segments;
            r.unchanged.words += r.moved.words;
            r.moved = Default::default();
        }
        merged
    }

    /// Merges the statements' templates into the given old catalogs (by path).
    pub(crate) fn merge_with(
        &self,
        lang: &Language,
        statements: &[Statement],
        all_templates: &Templates,
        olds: Vec<(PathBuf, Catalog)>,
        opts: SyncOptions,
    ) -> Vec<Merged> {
        // A statement not translated into `lang` has nothing to translate:
        // what its catalog held becomes obsolete (kept, and back if it returns).
        let empty = Catalog::default();
        let templates: Vec<(&Catalog, &[usize])> = statements
            .iter()
            .enumerate()
            .map(|(i, st)| {
                if st.translated_into(&lang.tag) {
                    (&all_templates[i], all_templates.words(i))
                } else {
                    (&empty, &[][..])
                }
            })
            .collect();
        let mut paths: Vec<PathBuf> = statements
            .iter()
            .map(|st| self.catalog_path(&lang.tag, &self.catalog_name(st)))
            .collect();
        let mut names: Vec<String> = statements.iter().map(|st| st.display.clone()).collect();
        let mut by_path: HashMap<PathBuf, Catalog> = HashMap::new();
        let mut extra = Vec::new();
        let known: std::collections::HashSet<&PathBuf> = paths.iter().collect();
        for (p, c) in olds {
            if !known.contains(&p) {
                extra.push(p.clone());
            }
            by_path.insert(p, c);
        }
        for p in extra {
            names.push(self.display(&p));
            paths.push(p);
        }
        let units: Vec<sync::Unit> = (0..paths.len())
            .map(|i| {
                let (template, words) = templates.get(i).copied().unwrap_or((&empty, &[]));
                sync::Unit {
                    path: &names[i],
                    template,
                    old: by_path.get(&paths[i]).unwrap_or(&empty),
                    words,
                }
            })
            .collect();
        let t = crate::timing::phase("merge_all");
        let merged = sync::merge_all(&units, opts);
        drop(t);
        merged
            .into_iter()
            .zip(paths)
            .enumerate()
            .map(|(i, ((mut catalog, report), path))| {
                catalog.ensure_header_fields(&language_header(&self.config.name, lang));
                Merged {
                    statement: (i < statements.len()).then_some(i),
                    path,
                    catalog,
                    report,
                }
            })
            .collect()
    }
}

/// Every statement's template, with the words of each message's source
/// counted once for all the languages merged against them.
pub struct Templates {
    catalogs: Vec<Catalog>,
    words: Vec<Vec<usize>>,
}

impl Templates {
    /// The words of each message of statement `i`'s template.
    pub fn words(&self, i: usize) -> &[usize] {
        &self.words[i]
    }

    /// The templates' word counts by source text.
    pub fn word_memo(&self) -> WordMemo<'_> {
        let counted = self.catalogs.iter().zip(&self.words).flat_map(|(t, w)| {
            t.messages
                .iter()
                .map(|m| m.source.as_str())
                .zip(w.iter().copied())
        });
        WordMemo::from_counted(counted)
    }
}

impl std::ops::Deref for Templates {
    type Target = [Catalog];

    fn deref(&self) -> &[Catalog] {
        &self.catalogs
    }
}

/// All statements' merged catalogs as one catalog (single layout): one entry
/// per message key, references and notes joined, obsolete entries last (one
/// per key, and none where the key is live). Messages are moved, not copied.
fn combine(catalogs: impl Iterator<Item = Catalog>, header: Option<Message>) -> Catalog {
    // Room for every message at once: the list and its index grown by
    // doubling would be copied into fresh memory again and again.
    let catalogs: Vec<Catalog> = catalogs.collect();
    let most = catalogs.iter().map(|c| c.messages.len()).sum();
    let mut out = Catalog {
        header,
        messages: Vec::with_capacity(most),
    };
    let (mut live, mut gone) = (KeyIndex::with_capacity(most), KeyIndex::default());
    let mut obsolete = Vec::new();
    for msg in catalogs.into_iter().flat_map(|c| c.messages) {
        if msg.obsolete {
            obsolete.push(msg);
            continue;
        }
        match live.find(&out.messages, &msg) {
            Some(i) => {
                let e = &mut out.messages[i];
                for r in msg.references {
                    crate::po::push_new(&mut e.references, r);
                }
                for n in msg.notes {
                    crate::po::push_new(&mut e.notes, n);
                }
            }
            None => live.push(&mut out.messages, msg),
        }
    }
    for msg in obsolete {
        let known = live
            .find(&out.messages, &msg)
            .or(gone.find(&out.messages, &msg));
        if known.is_none() {
            gone.push(&mut out.messages, msg);
        }
    }
    out
}

/// Positions of messages in a list by their key (context, source), without
/// copying keys: a hash of the key, compared in full on a hit. Nearly every
/// key has one position, held without an allocation of its own.
#[derive(Default)]
struct KeyIndex(rustc_hash::FxHashMap<u64, Positions>);

enum Positions {
    One(usize),
    Many(Vec<usize>),
}

impl KeyIndex {
    fn with_capacity(n: usize) -> KeyIndex {
        KeyIndex(rustc_hash::FxHashMap::with_capacity_and_hasher(
            n,
            Default::default(),
        ))
    }

    fn hash(m: &Message) -> u64 {
        let mut h = xxhash_rust::xxh3::Xxh3::new();
        if let Some(c) = &m.context {
            h.update(b"\x01");
            h.update(c.as_bytes());
        }
        h.update(b"\x00");
        h.update(m.source.as_bytes());
        h.digest()
    }

    /// Where a message with `m`'s key stands in `list`, if indexed.
    fn find(&self, list: &[Message], m: &Message) -> Option<usize> {
        let same = |&i: &usize| list[i].key() == m.key();
        match self.0.get(&Self::hash(m))? {
            Positions::One(i) => Some(*i).filter(same),
            Positions::Many(at) => at.iter().copied().find(same),
        }
    }

    /// Appends `m` to `list` and indexes it.
    fn push(&mut self, list: &mut Vec<Message>, m: Message) {
        let at = list.len();
        match self.0.entry(Self::hash(&m)) {
            std::collections::hash_map::Entry::Vacant(e) => {
                e.insert(Positions::One(at));
            }
            std::collections::hash_map::Entry::Occupied(mut e) => {
                let p = e.get_mut();
                match p {
                    Positions::One(first) => *p = Positions::Many(vec![*first, at]),
                    Positions::Many(v) => v.push(at),
                }
            }
        }
        list.push(m);
    }
}

#[cfg(test)]
mod tests {
    use super::combine;
    use crate::catalog::Catalog;
    use crate::status::Counts;

    /// What a reading command merges against is the template a sync
    /// writes, message for message, without the references.
    #[test]
    fn reading_templates_are_the_templates_without_references() {
        let d = tempfile::tempdir().unwrap();
        std::fs::write(
            d.path().join("dragoman.toml"),
            "source = \"en\"\nlanguages = [\"es\"]\n",
        )
        .unwrap();
        std::fs::create_dir(d.path().join("statements")).unwrap();
        std::fs::write(
            d.path().join("statements/a.md"),
            "# Title\n\nOne paragraph.\n\n- An item\n- One paragraph.\n",
        )
        .unwrap();
        let project = crate::project::Project::open(d.path()).unwrap();
        let statements = project.statements().unwrap();
        let written = project.templates(&statements);
        let read = project.reading_templates(&statements);
        assert_eq!(written[0].messages.len(), 3);
        assert_eq!(written[0].messages[1].references.len(), 2);
        for (w, r) in written[0].messages.iter().zip(&read[0].messages) {
            assert!(r.references.is_empty());
            let mut w = w.clone();
            w.references.clear();
            assert_eq!(&w, r);
        }
        assert_eq!(written.words(0), read.words(0));
    }

    #[test]
    fn combined_counts_are_the_joined_catalogs_counts() {
        let units = [
            "msgid \"One\"\nmsgstr \"Uno\"\n\nmsgid \"Two words\"\nmsgstr \"\"\n\n#~ msgid \"Gone\"\n#~ msgstr \"Ido\"\n",
            "#, fuzzy\nmsgid \"One\"\nmsgstr \"Uno\"\n\nmsgctxt \"b\"\nmsgid \"Two words\"\nmsgstr \"Dos\"\n\n#~ msgid \"Gone\"\n#~ msgstr \"Ido\"\n\n#~ msgid \"Two words\"\n#~ msgstr \"Dos palabras\"\n",
            "#~ msgid \"Left\"\n#~ msgstr \"Dejado\"\n\nmsgid \"Three more words\"\nmsgstr \"Tres\"\n",
        ];
        let catalogs: Vec<Catalog> = units
            .iter()
            .map(|u| Catalog::parse_po(u).unwrap())
            .collect();
        let joined = combine(catalogs.clone().into_iter(), None);
        let counts = Counts::of_combined(catalogs.iter(), &Default::default());
        assert_eq!(counts, Counts::of(&joined));
        assert_eq!(
            (
                counts.segments,
                counts.translated,
                counts.stale,
                counts.obsolete
            ),
            (4, 3, 0, 2)
        );
    }
}
