//! The one catalog model. PO and FTL are codecs for it.

use crate::directive::Directive;
use crate::lang::Language;
use crate::po::{self, PoEntry, PoFile, Strings};
use crate::source::{Document, Segment, segment_id};
use rayon::prelude::*;

/// The source text a stale translation was made from.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Previous {
    pub context: Option<String>,
    pub source: String,
    pub source_plural: Option<String>,
}

/// One message: a source segment and its translation.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Message {
    pub context: Option<String>,
    pub source: String,
    pub source_plural: Option<String>,
    /// One string, or one per plural form. Empty strings mean untranslated.
    pub translation: Vec<String>,
    /// The source changed since the translation was made (PO `fuzzy`).
    pub stale: bool,
    pub previous: Option<Box<Previous>>,
    /// Notes for translators from the extractor (PO `#.`).
    pub notes: Strings,
    /// Translators' own comments (PO `# `).
    pub comments: Strings,
    /// Where the source occurs (`file:line`).
    pub references: Strings,
    /// Flags other than `fuzzy` (`c-format`, ...), kept as read.
    pub flags: Strings,
    pub obsolete: bool,
    /// 1-based line in the catalog file it was read from (0 if built).
    pub line: u32,
}

/// Translation state of a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum State {
    Translated,
    Stale,
    Untranslated,
    Obsolete,
}

impl Message {
    pub fn new(context: Option<String>, source: String) -> Message {
        Message {
            context,
            source,
            translation: vec![String::new()],
            ..Default::default()
        }
    }

    pub fn has_translation(&self) -> bool {
        !self.translation.is_empty() && self.translation.iter().all(|t| !t.is_empty())
    }

    pub fn state(&self) -> State {
        if self.obsolete {
            State::Obsolete
        } else if self.covered() {
            // Shown by the stale translation before it: stale too.
            State::Stale
        } else if !self.has_translation() {
            State::Untranslated
        } else if self.stale {
            State::Stale
        } else {
            State::Translated
        }
    }

    /// A stale translation made from a whole paragraph that the source split:
    /// it stands for the parts after it (`dragoman: covers …`).
    pub fn covers(&self) -> bool {
        self.stale && self.has_translation() && self.has_directive(Directive::Covers)
    }

    /// A part of a split paragraph without its own translation yet, shown by
    /// the covering translation before it (`dragoman: covered by …`).
    pub fn covered(&self) -> bool {
        !self.obsolete && !self.has_translation() && self.has_directive(Directive::CoveredBy)
    }

    /// Whether a comment is a directive of this kind (`Directive::Covers`).
    pub(crate) fn has_directive(&self, kind: fn(String) -> Directive) -> bool {
        let want = kind(String::new());
        self.comments.iter().any(|c| want.same_kind(c))
    }

    /// Removes the comments that are directives of this kind.
    pub(crate) fn drop_directive(&mut self, kind: fn(String) -> Directive) {
        let want = kind(String::new());
        self.comments.retain(|c| !want.same_kind(c));
    }

    /// The source a translation answers to: the whole paragraph for a
    /// covering translation (what it was made from), else the source.
    pub fn answers_to(&self) -> &str {
        match &self.previous {
            Some(p) if self.covers() => &p.source,
            _ => &self.source,
        }
    }

    pub fn key(&self) -> (Option<&str>, &str) {
        (self.context.as_deref(), &self.source)
    }

    pub fn id(&self) -> String {
        segment_id(self.context.as_deref(), &self.source)
    }

    /// The translation used in a build (first form), if any.
    pub fn text(&self) -> Option<&str> {
        if self.obsolete || !self.has_translation() {
            None
        } else {
            self.translation.first().map(String::as_str)
        }
    }
}

/// A catalog: header entry and messages (obsolete ones last).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Catalog {
    /// The header entry (PO `msgid ""`), kept whole so nothing is lost.
    pub header: Option<Message>,
    pub messages: Vec<Message>,
}

impl Catalog {
    /// Header fields as `(key, value)` pairs.
    pub fn header_fields(&self) -> Vec<(String, String)> {
        self.header
            .as_ref()
            .and_then(|h| h.translation.first())
            .map(|s| po::header_fields(s))
            .unwrap_or_default()
    }

    pub fn header_field(&self, key: &str) -> Option<String> {
        self.header_fields()
            .into_iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v)
    }

    /// Sets header fields that are missing; keeps every existing one as it is.
    pub fn ensure_header_fields(&mut self, wanted: &[(&str, String)]) {
        let mut fields = self.header_fields();
        let mut changed = false;
        for (k, v) in wanted {
            if !fields.iter().any(|(fk, _)| fk == k) {
                fields.push((k.to_string(), v.clone()));
                changed = true;
            }
        }
        if changed || self.header.is_none() {
            let h = self
                .header
                .get_or_insert_with(|| Message::new(None, String::new()));
            h.translation = vec![po::header_msgstr(&fields)];
        }
    }

    pub fn find(&self, context: Option<&str>, source: &str) -> Option<&Message> {
        self.messages
            .iter()
            .find(|m| !m.obsolete && m.context.as_deref() == context && m.source == source)
    }

    /// A copy with every message translated by `f(source)`: the source
    /// language's own catalog (`f` = identity), pseudo-locales.
    pub fn translated_by(&self, f: impl Fn(&str) -> String) -> Catalog {
        let mut c = self.clone();
        for m in &mut c.messages {
            m.translation = vec![f(&m.source)];
        }
        c
    }

    /// Builds a template (no translations) from extracted documents.
    /// `refs(segment)` gives the reference to record, if any.
    pub fn template(
        project_name: &str,
        docs: &[(&str, &Document)],
        refs: impl Fn(&str, &Segment) -> Option<String>,
    ) -> Catalog {
        let mut cat = Catalog::default();
        let segments = docs.iter().map(|(_, d)| d.segments.len()).sum();
        cat.messages.reserve(segments);
        let mut index: rustc_hash::FxHashMap<(Option<&str>, &str), usize> =
            rustc_hash::FxHashMap::with_capacity_and_hasher(segments, Default::default());
        for (path, doc) in docs {
            for seg in &doc.segments {
                let key = (seg.context.as_deref(), seg.text.as_str());
                let i = *index.entry(key).or_insert_with(|| {
                    cat.messages.push(Message::new(
                        seg.context.as_deref().map(str::to_owned),
                        seg.text.clone(),
                    ));
                    cat.messages.len() - 1
                });
                let m = &mut cat.messages[i];
                po::push_new(&mut m.notes, seg.kind.describe());
                if let Some(c) = &seg.comment {
                    po::push_new(&mut m.notes, c.to_string());
                }
                if let Some(r) = refs(path, seg) {
                    po::push_new(&mut m.references, r);
                }
            }
        }
        cat.ensure_header_fields(&template_header(project_name));
        cat
    }
}

fn template_header(project_name: &str) -> Vec<(&'static str, String)> {
    vec![
        ("Project-Id-Version", project_name.to_string()),
        ("Report-Msgid-Bugs-To", String::new()),
        ("MIME-Version", "1.0".into()),
        ("Content-Type", "text/plain; charset=UTF-8".into()),
        ("Content-Transfer-Encoding", "8bit".into()),
    ]
}

/// Header fields of a language catalog (filled in when missing).
pub fn language_header(project_name: &str, lang: &Language) -> Vec<(&'static str, String)> {
    vec![
        ("Project-Id-Version", project_name.to_string()),
        ("Report-Msgid-Bugs-To", String::new()),
        ("PO-Revision-Date", String::new()),
        ("Last-Translator", String::new()),
        ("Language-Team", String::new()),
        ("Language", lang.tag.clone()),
        ("MIME-Version", "1.0".into()),
        ("Content-Type", "text/plain; charset=UTF-8".into()),
        ("Content-Transfer-Encoding", "8bit".into()),
        (
            "Plural-Forms",
            crate::lang::plural_forms(&lang.id).to_string(),
        ),
    ]
}

// ---- PO codec -------------------------------------------------------------

fn from_entry(e: PoEntry) -> Message {
    let stale = e.is_fuzzy();
    let mut flags = e.flags;
    if stale {
        flags.retain(|f| f != "fuzzy");
    }
    let previous = e.previous_msgid.map(|source| Previous {
        context: e.previous_msgctxt,
        source,
        source_plural: e.previous_msgid_plural,
    });
    Message {
        context: e.msgctxt,
        source: e.msgid,
        source_plural: e.msgid_plural,
        translation: if e.msgstr.is_empty() {
            vec![String::new()]
        } else {
            e.msgstr
        },
        stale,
        previous: previous.map(Box::new),
        notes: e.extracted_comments,
        comments: e.translator_comments,
        references: e.references,
        flags,
        obsolete: e.obsolete,
        line: crate::source::narrow(e.line),
    }
}

fn to_entry(m: &Message) -> PoEntry {
    into_entry(m.clone())
}

fn into_entry(m: Message) -> PoEntry {
    // gettext drops `fuzzy` from untranslated entries; so do we.
    let fuzzy = m.stale && m.has_translation();
    let mut flags = m.flags;
    if fuzzy {
        flags.insert(0, "fuzzy".to_string());
    }
    let (pc, pi, pp) = match m.previous {
        Some(p) => (p.context, Some(p.source), p.source_plural),
        None => (None, None, None),
    };
    // Obsolete entries are written as msgmerge and Translate Toolkit write
    // them, without `#.` and `#:`: the tools can take turns without churn.
    let (notes, references) = if m.obsolete {
        (Strings::new(), Strings::new())
    } else {
        (m.notes, m.references)
    };
    PoEntry {
        translator_comments: m.comments,
        extracted_comments: notes,
        references,
        flags,
        previous_msgctxt: pc,
        previous_msgid: pi,
        previous_msgid_plural: pp,
        msgctxt: m.context,
        msgid: m.source,
        msgid_plural: m.source_plural,
        msgstr: m.translation,
        obsolete: m.obsolete,
        line: m.line as usize,
    }
}

impl Catalog {
    pub fn from_po(file: PoFile) -> Catalog {
        let mut messages: Vec<Message> = file.entries.into_iter().map(from_entry).collect();
        // Collected in place, into the entries' larger buffer: given back.
        messages.shrink_to_fit();
        Catalog {
            header: file.header.map(from_entry),
            messages,
        }
    }

    pub fn to_po(&self) -> PoFile {
        PoFile {
            header: self.header.as_ref().map(to_entry),
            entries: self.messages.iter().map(to_entry).collect(),
        }
    }

    /// Parses PO text into the model.
    pub fn parse_po(text: &str) -> Result<Catalog, po::PoError> {
        po::parse(text).map(Catalog::from_po)
    }

    /// Serializes the model as PO text (msgcat layout).
    pub fn write_po(&self) -> String {
        self.to_po_laid(po::Wrap::default(), None)
    }

    /// The same at a project's page width (`po_wrap`).
    pub fn write_po_with(&self, wrap: po::Wrap) -> String {
        self.to_po_laid(wrap, None)
    }

    /// [`Catalog::write_po_with`] with msgids laid out already. Messages
    /// are copied into PO entries a chunk at a time, as they are written.
    pub fn to_po_laid(&self, wrap: po::Wrap, laid: Option<&po::Laid>) -> String {
        let header = self.header.as_ref().map(to_entry);
        po::write_each(
            header.as_ref(),
            self.messages.par_iter().map(to_entry),
            wrap,
            laid,
        )
    }

    /// [`Catalog::to_po_laid`], taking the catalog: its strings are moved,
    /// not copied.
    pub fn into_po_laid(self, wrap: po::Wrap, laid: Option<&po::Laid>) -> String {
        let header = self.header.map(into_entry);
        po::write_each(
            header.as_ref(),
            self.messages.into_par_iter().map(into_entry),
            wrap,
            laid,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A catalog holds a message per segment, a long statement a million:
    /// what few messages have (previous strings) lives behind a pointer, and
    /// the lists most have empty or with one string (notes, comments,
    /// references, flags) are one pointer each.
    #[test]
    fn a_message_stays_small() {
        let size = std::mem::size_of::<Message>();
        assert!(size <= 144, "{size} bytes");
    }

    /// Written a chunk of messages at a time (copied or moved), a catalog
    /// reads exactly as the whole PO model written at once: with and
    /// without a header, across chunk boundaries.
    #[test]
    fn writing_in_chunks_is_writing_the_model() {
        let mut text = String::from("msgid \"\"\nmsgstr \"Language: es\\n\"\n");
        for i in 0..1300 {
            let entry = match i % 4 {
                0 => {
                    format!("#. paragraph\n#: a.md:{i}\nmsgid \"Text {i}\"\nmsgstr \"Texto {i}\"\n")
                }
                1 => format!(
                    "#, fuzzy\n#| msgid \"Old {i}\"\nmsgid \"New {i}\"\nmsgstr \"Nuevo {i}\"\n"
                ),
                2 => format!(
                    "msgctxt \"c\"\nmsgid \"One {i}\"\nmsgid_plural \"Many {i}\"\nmsgstr[0] \"\"\nmsgstr[1] \"\"\n"
                ),
                _ => format!("#~ msgid \"Gone {i}\"\n#~ msgstr \"Ido {i}\"\n"),
            };
            text.push('\n');
            text.push_str(&entry);
        }
        let wrap = po::Wrap::default();
        for header in [true, false] {
            let mut c = Catalog::parse_po(&text).unwrap();
            if !header {
                c.header = None;
            }
            let whole = po::write_with(&c.to_po(), wrap);
            assert_eq!(c.to_po_laid(wrap, None), whole);
            assert_eq!(c.clone().into_po_laid(wrap, None), whole);
            assert_eq!(c.write_po(), whole);
            assert_eq!(whole.split("\n\n").count(), 1300 + usize::from(header));
        }
    }

    #[test]
    fn moving_into_the_po_model_is_copying_into_it() {
        let text = "msgid \"\"\nmsgstr \"Language: fa\\n\"\n\n# note\n#. paragraph\n#: a.md:3\n#, fuzzy, c-format\n#| msgctxt \"c\"\n#| msgid \"Old\"\nmsgctxt \"c\"\nmsgid \"New\"\nmsgid_plural \"News\"\nmsgstr[0] \"Nuevo\"\nmsgstr[1] \"Nuevos\"\n\n#. kept out\n#: b.md:1\n#~ msgid \"Gone\"\n#~ msgstr \"Ido\"\n";
        let c = Catalog::parse_po(text).unwrap();
        let copied = c.write_po();
        assert_eq!(copied, c.clone().into_po_laid(po::Wrap::default(), None));
        assert!(
            !copied.contains("kept out"),
            "obsolete entries lose #. and #:"
        );
    }

    #[test]
    fn po_round_trip_through_model() {
        let text = "msgid \"\"\nmsgstr \"Language: fa\\n\"\n\n# note\n#. paragraph\n#: statements/a.md:3\n#, fuzzy\n#| msgid \"Old\"\nmsgid \"New\"\nmsgstr \"Nuevo\"\n\nmsgid \"Empty\"\nmsgstr \"\"\n\n#~ msgid \"Gone\"\n#~ msgstr \"Ido\"\n";
        let c = Catalog::parse_po(text).unwrap();
        assert_eq!(c.messages[0].state(), State::Stale);
        assert_eq!(c.messages[0].previous.as_ref().unwrap().source, "Old");
        assert_eq!(c.messages[1].state(), State::Untranslated);
        assert_eq!(c.messages[2].state(), State::Obsolete);
        assert_eq!(c.header_field("Language").as_deref(), Some("fa"));
        assert_eq!(c.write_po(), text);
    }

    #[test]
    fn header_fields_filled_not_overwritten() {
        let mut c = Catalog::parse_po("msgid \"\"\nmsgstr \"Language: xx\\n\"\n").unwrap();
        let fa = Language::parse("fa").unwrap();
        c.ensure_header_fields(&language_header("p", &fa));
        assert_eq!(c.header_field("Language").as_deref(), Some("xx"));
        assert_eq!(
            c.header_field("Plural-Forms").as_deref(),
            Some("nplurals=2; plural=(n > 1);")
        );
    }
}
