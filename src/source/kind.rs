//! Segment kinds: what a segment is, as notes in catalogs and as messages.

/// What a segment is, shown to translators as a `#.` comment.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SegmentKind {
    FrontMatter(Box<str>),
    Heading(u8),
    Paragraph,
    ListItem,
    TableHeader,
    TableCell,
    BlockQuote,
    Footnote,
    /// Text in raw HTML: an element's text, or a readable attribute's value.
    Html {
        element: Box<str>,
        attribute: Option<Box<str>>,
    },
}

impl SegmentKind {
    pub fn describe(&self) -> String {
        match self {
            SegmentKind::FrontMatter(k) => format!("front matter: {k}"),
            SegmentKind::Heading(l) => format!("heading {l}"),
            SegmentKind::Paragraph => "paragraph".into(),
            SegmentKind::ListItem => "list item".into(),
            SegmentKind::TableHeader => "table header".into(),
            SegmentKind::TableCell => "table cell".into(),
            SegmentKind::BlockQuote => "block quote".into(),
            SegmentKind::Footnote => "footnote".into(),
            SegmentKind::Html { element, attribute } => match attribute {
                Some(a) => format!("html <{element} {a}>"),
                None => format!("html <{element}>"),
            },
        }
    }

    /// The kind a `#.` note written by [`SegmentKind::describe`] names.
    pub fn from_note(note: &str) -> Option<SegmentKind> {
        Some(match note {
            "paragraph" => SegmentKind::Paragraph,
            "list item" => SegmentKind::ListItem,
            "table header" => SegmentKind::TableHeader,
            "table cell" => SegmentKind::TableCell,
            "block quote" => SegmentKind::BlockQuote,
            "footnote" => SegmentKind::Footnote,
            _ => {
                if let Some(k) = note.strip_prefix("front matter: ") {
                    SegmentKind::FrontMatter(k.into())
                } else if let Some(tag) = note
                    .strip_prefix("html <")
                    .and_then(|t| t.strip_suffix('>'))
                {
                    let (element, attribute) = match tag.split_once(' ') {
                        Some((e, a)) => (e.into(), Some(a.into())),
                        None => (tag.into(), None),
                    };
                    SegmentKind::Html { element, attribute }
                } else {
                    let level = note.strip_prefix("heading ")?.parse().ok()?;
                    SegmentKind::Heading(level)
                }
            }
        })
    }

    /// The kind of a catalog entry, from its notes (None: not dragoman's).
    pub fn of_notes(notes: &[String]) -> Option<SegmentKind> {
        notes.iter().find_map(|n| SegmentKind::from_note(n))
    }

    /// What [`SegmentKind::describe`] says, as a message for the interface.
    pub fn msg(&self) -> crate::ui::Msg {
        let m = crate::ui::Msg::new("segment-kind");
        match self {
            SegmentKind::FrontMatter(k) => m.arg("kind", "front-matter").arg("detail", k),
            SegmentKind::Heading(l) => m.arg("kind", "heading").arg("detail", l),
            SegmentKind::Paragraph => m.arg("kind", "paragraph"),
            SegmentKind::ListItem => m.arg("kind", "list-item"),
            SegmentKind::TableHeader => m.arg("kind", "table-header"),
            SegmentKind::TableCell => m.arg("kind", "table-cell"),
            SegmentKind::BlockQuote => m.arg("kind", "block-quote"),
            SegmentKind::Footnote => m.arg("kind", "footnote"),
            SegmentKind::Html { .. } => m.arg("kind", "html").arg("detail", self.describe()),
        }
    }
}
