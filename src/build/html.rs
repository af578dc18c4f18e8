//! HTML from Markdown: code left to right, left-to-right islands isolated on
//! right-to-left pages (never splitting a bracket pair), blocks left in the
//! source language marked, raw HTML shown as text, unsafe URLs neutralized.

use super::islands::ltr_islands;
use super::links::to_page;
use super::*;

pub(crate) fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Control characters have no place in HTML (and a catalog's must not reach it).
            c if crate::guard::is_forbidden_control(c) => {}
            c => out.push(c),
        }
    }
    out
}

/// Renders a Markdown body to HTML with the project's options. Code is always
/// left-to-right; raw HTML is never passed through (comments are dropped, the
/// rest is shown as text), so a catalog cannot inject markup or script.
pub fn render_html(markdown: &str) -> String {
    render_body(markdown, &Render::default())
}

/// How [`render_body`] renders a body.
#[derive(Clone, Copy, Default)]
pub struct Render<'a> {
    /// Byte ranges of segments left in the source language: a paragraph,
    /// heading or tight list item whose text is one gets `lang` and
    /// `dir="ltr"` (an untranslated English paragraph on a Persian page reads
    /// left to right).
    pub fallback: &'a [Range<usize>],
    /// Byte ranges of text in the statement's raw HTML left in the source
    /// language: wrapped in a `span` with `lang` and `dir="ltr"`.
    pub fallback_html: &'a [Range<usize>],
    /// Byte ranges of stale translations: their block gets class `stale` and
    /// `stale_note` at its end.
    pub stale: &'a [Range<usize>],
    pub stale_note: &'a str,
    /// Byte ranges of raw HTML a translation brought (tags its source does
    /// not have): always text.
    pub foreign_html: &'a [Range<usize>],
    pub source_lang: &'a str,
    /// A right-to-left page: left-to-right islands are isolated.
    pub rtl: bool,
    /// The statement's own raw HTML is rendered through this allow-list;
    /// None: every raw HTML is text.
    pub sanitizer: Option<&'a Sanitizer>,
    /// The ids of the headings (`anchors::heading_ids` of the source);
    /// None: made from the body rendered.
    pub heading_ids: Option<&'a [String]>,
    /// Where links to other statements lead; None: they stay as written.
    pub pages: Option<PageLinks<'a>>,
}

/// Like [`render_html`]; in addition, as `r` says: fallback blocks marked,
/// islands isolated, the statement's raw HTML sanitized and kept.
pub fn render_html_marked(
    markdown: &str,
    fallback: &[Range<usize>],
    source_lang: &str,
    rtl: bool,
) -> String {
    render_body(
        markdown,
        &Render {
            fallback,
            source_lang,
            rtl,
            ..Render::default()
        },
    )
}

/// The byte ranges in `translation` of raw HTML that `source` does not have
/// (each tag of the source may be used as often as the source uses it, its
/// `alt`, `title` and `aria-label` translated).
pub(crate) fn foreign_html(source: &str, translation: &str) -> Vec<Range<usize>> {
    let tags = |text: &str| -> Vec<(String, Range<usize>)> {
        Parser::new_ext(text, markdown_options())
            .into_offset_iter()
            .filter_map(|(e, r)| match e {
                Event::Html(h) | Event::InlineHtml(h) => Some((h.trim().to_string(), r)),
                _ => None,
            })
            .collect()
    };
    let mut allowed: Vec<String> = tags(source).into_iter().map(|(t, _)| t).collect();
    let mut out = Vec::new();
    for (tag, range) in tags(translation) {
        match allowed
            .iter()
            .position(|a| crate::source::html::same_tag(a, &tag))
        {
            Some(i) => {
                allowed.swap_remove(i);
            }
            None => out.push(range),
        }
    }
    out
}

/// `html` without `<noscript>` and `</noscript>` tags (their content stays).
fn without_noscript(html: &str) -> String {
    let lower = html.to_ascii_lowercase();
    let mut out = String::with_capacity(html.len());
    let mut pos = 0;
    while let Some(k) = lower[pos..].find("noscript") {
        let at = pos + k;
        let open = lower[..at].ends_with('<');
        let close = lower[..at].ends_with("</");
        let end = lower[at..].find('>').map(|e| at + e + 1);
        match (open || close, end) {
            (true, Some(end)) => {
                let start = if close { at - 2 } else { at - 1 };
                out.push_str(&html[pos..start]);
                pos = end;
            }
            _ => {
                out.push_str(&html[pos..at + "noscript".len()]);
                pos = at + "noscript".len();
            }
        }
    }
    out.push_str(&html[pos..]);
    out
}

/// Renders a Markdown body as `r` says.
pub fn render_body(markdown: &str, r: &Render) -> String {
    render_body_with_ids(markdown, r).0
}

/// [`render_body`], and the headings' ids it read from the body itself when
/// `r` gives none (the source's, which its translations take).
pub fn render_body_with_ids(markdown: &str, r: &Render) -> (String, Option<Vec<String>>) {
    let body = render_body_noting(markdown, r);
    (body.html, body.heading_ids)
}

/// A body rendered, with what the rendering noticed.
pub struct Body {
    pub html: String,
    /// The headings' ids read from the body (when `Render` gives none).
    pub heading_ids: Option<Vec<String>>,
    /// Whether `Render::rtl` made or would make a difference: without, the
    /// body is the same in either direction.
    pub directional: bool,
}

/// [`render_body`], and what it noticed ([`Body`]).
pub fn render_body_noting(markdown: &str, r: &Render) -> Body {
    // The events stream through: a long statement's page never holds them
    // all (a 1M-item list has 3M of them). Ids made from the body itself
    // take a parse of their own.
    let own = r
        .heading_ids
        .is_none()
        .then(|| super::anchors::heading_ids_of(Parser::new_ext(markdown, markdown_options())));
    let heading_ids = r.heading_ids.or(own.as_deref()).unwrap_or_default();
    let mut marker = Marker {
        next: None,
        r,
        heading_ids,
        headings: 0,
        attrs: format!(" lang=\"{}\" dir=\"ltr\"", escape_html(r.source_lang)),
        open: Vec::new(),
        in_image: 0,
        in_code: false,
        directional: false,
        raw: false,
        out: std::collections::VecDeque::new(),
        sorted: Sorted::of(r),
    };
    let mut out = String::with_capacity(markdown.len() + markdown.len() / 4);
    let events = Parser::new_ext(markdown, markdown_options())
        .into_offset_iter()
        .peekable();
    pulldown_cmark::html::push_html(
        &mut out,
        Marked {
            events,
            marker: &mut marker,
        },
    );
    if marker.raw
        && let Some(s) = r.sanitizer
    {
        out = s.clean(&out);
    }
    // Table column alignment is logical: `:--` means "start", which is the right
    // side of a right-to-left table.
    if out.contains("text-align") {
        out = out
            .replace("style=\"text-align: left\"", "style=\"text-align: start\"")
            .replace("style=\"text-align: right\"", "style=\"text-align: end\"")
            .replace("style=\"text-align:left\"", "style=\"text-align:start\"")
            .replace("style=\"text-align:right\"", "style=\"text-align:end\"");
    }
    let directional = marker.directional;
    Body {
        html: out,
        heading_ids: own,
        directional,
    }
}

/// The events of `render_body`, each rewritten by the marker as it comes.
struct Marked<'m, 'e, 'a, I: Iterator<Item = (Event<'a>, Range<usize>)>> {
    events: std::iter::Peekable<I>,
    marker: &'m mut Marker<'e, 'a>,
}

impl<'a, I: Iterator<Item = (Event<'a>, Range<usize>)>> Iterator for Marked<'_, '_, 'a, I> {
    type Item = Event<'a>;

    fn next(&mut self) -> Option<Event<'a>> {
        loop {
            if let Some(e) = self.marker.out.pop_front() {
                return Some(e);
            }
            let (event, range) = self.events.next()?;
            self.marker.next = self
                .events
                .peek()
                .map(|(e, r)| (matches!(e, Event::Start(Tag::Paragraph)), r.start));
            self.marker.event(&event, &range);
        }
    }
}

/// The events of `render_body` rewritten one at a time.
struct Marker<'e, 'a> {
    /// The event after the one being rewritten: whether it opens a
    /// paragraph, and where it starts.
    next: Option<(bool, usize)>,
    r: &'e Render<'e>,
    /// The headings' ids, and how many headings were rendered.
    heading_ids: &'e [String],
    headings: usize,
    /// The attributes of a block left in the source language.
    attrs: String,
    /// Whether raw HTML was kept (then the page is sanitized).
    raw: bool,
    /// For each open paragraph, heading or item: how it was marked.
    open: Vec<Mark>,
    /// Depth of images (their text becomes the `alt` attribute).
    in_image: usize,
    /// Inside a code block (set left-to-right as a whole).
    in_code: bool,
    /// Whether text was met that a right-to-left page isolates islands in.
    directional: bool,
    /// What the events rewritten so far became, not yet rendered.
    out: std::collections::VecDeque<Event<'a>>,
    sorted: Sorted,
}

/// The offsets `Render` gives as ranges, sorted, so that each block and each
/// raw HTML event finds its own with a binary search: a long statement left
/// in the source language has as many fallback ranges as blocks.
struct Sorted {
    fallback: Vec<usize>,
    stale: Vec<usize>,
    html_starts: Vec<usize>,
    html_ends: Vec<usize>,
}

impl Sorted {
    fn of(r: &Render) -> Sorted {
        fn sorted(it: impl Iterator<Item = usize>) -> Vec<usize> {
            let mut v: Vec<usize> = it.collect();
            v.sort_unstable();
            v
        }
        Sorted {
            fallback: sorted(r.fallback.iter().map(|f| f.start)),
            stale: sorted(r.stale.iter().map(|f| f.start)),
            html_starts: sorted(r.fallback_html.iter().map(|f| f.start)),
            html_ends: sorted(r.fallback_html.iter().map(|f| f.end)),
        }
    }
}

/// The values of sorted `v` in `from..to`.
fn within(v: &[usize], from: usize, to: usize) -> &[usize] {
    &v[v.partition_point(|&x| x < from)..v.partition_point(|&x| x < to)]
}

impl<'a> Marker<'_, 'a> {
    fn event(&mut self, event: &Event<'a>, range: &Range<usize>) {
        match event {
            Event::Start(Tag::Image { .. }) => self.in_image += 1,
            Event::End(TagEnd::Image) => self.in_image = self.in_image.saturating_sub(1),
            Event::Start(Tag::CodeBlock(_)) => self.in_code = true,
            Event::End(TagEnd::CodeBlock) => self.in_code = false,
            Event::Text(t) if self.isolates(t) => {
                // Text the page's direction shows differently.
                self.directional = true;
                if self.r.rtl {
                    self.islands(t);
                    return;
                }
            }
            _ => {}
        }
        let e = match event {
            // Raw HTML from statements or catalogs is never markup.
            // The statement's raw HTML is kept (the page is sanitized); a
            // translation's is text.
            Event::Html(h) | Event::InlineHtml(h) => {
                let foreign = self
                    .r
                    .foreign_html
                    .iter()
                    .any(|f| f.start < range.end && range.start < f.end);
                let comment = h.trim_start().starts_with("<!--");
                if comment && h.trim_end().ends_with("-->") {
                    return;
                }
                // A translator's bidi workaround (`<span dir=ltr>`): the page
                // isolates left-to-right runs itself, so it is dropped.
                if foreign && crate::source::tags::direction_only(h) {
                    return;
                }
                if self.r.sanitizer.is_some() && !foreign {
                    self.raw = true;
                    // Pages run no script: what `noscript` holds is shown.
                    let h = self.mark_fallback(h, range);
                    Event::Html(CowStr::from(without_noscript(&h)))
                } else if comment {
                    return;
                } else {
                    Event::Text(h.clone())
                }
            }
            Event::Start(Tag::Paragraph | Tag::Item | Tag::Heading { .. })
            | Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item) => {
                self.block(event)
            }
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) if safe_url(dest_url)
                && let Some(to) = self.r.pages.and_then(|p| to_page(dest_url, p)) =>
            {
                Event::Start(Tag::Link {
                    link_type: *link_type,
                    dest_url: CowStr::from(to),
                    title: title.clone(),
                    id: id.clone(),
                })
            }
            e => neutralized(e),
        };
        self.out.push_back(e);
    }

    /// Raw HTML `h` (at `range`) with its text left in the source language in
    /// `<span lang dir="ltr">` (a text node may span several lines, so the
    /// span may open in one event and close in a later one).
    fn mark_fallback(&self, h: &str, range: &Range<usize>) -> String {
        if h.len() != range.len() || self.r.fallback_html.is_empty() {
            return h.to_string();
        }
        let mut cuts: Vec<(usize, bool)> = Vec::new();
        let sorted = &self.sorted;
        for &start in within(&sorted.html_starts, range.start, range.end) {
            cuts.push((start - range.start, true));
        }
        for &end in within(&sorted.html_ends, range.start + 1, range.end + 1) {
            cuts.push((end - range.start, false));
        }
        if cuts.is_empty() || !cuts.iter().all(|&(at, _)| h.is_char_boundary(at)) {
            return h.to_string();
        }
        // Closing before opening at the same place.
        cuts.sort_by_key(|&(at, open)| (at, open));
        let mut out = String::with_capacity(h.len() + cuts.len() * 32);
        let mut pos = 0;
        for (at, open) in cuts {
            out.push_str(&h[pos..at]);
            if open {
                out.push_str("<span");
                out.push_str(&self.attrs);
                out.push('>');
            } else {
                out.push_str("</span>");
            }
            pos = at;
        }
        out.push_str(&h[pos..]);
        out
    }

    /// Whether left-to-right runs of `t` are isolated on a right-to-left
    /// page: not in alt text (it becomes an attribute), not in a code block or a
    /// block already marked left-to-right, and not in text with explicit embeddings or
    /// overrides (the ar-XB pseudo-locale), which already says how it is shown.
    fn isolates(&self, t: &str) -> bool {
        self.in_image == 0
            && !self.in_code
            && !self.open.contains(&Mark::Fallback)
            && !t.contains(|c: char| {
                ('\u{202A}'..='\u{202E}').contains(&c) || ('\u{2066}'..='\u{2069}').contains(&c)
            })
    }

    /// `t` with its left-to-right runs in `<span dir="ltr">`.
    fn islands(&mut self, t: &str) {
        for (ltr, piece) in ltr_islands(t) {
            if ltr {
                self.out
                    .push_back(Event::Html(CowStr::Borrowed("<span dir=\"ltr\">")));
                self.out
                    .push_back(Event::Text(CowStr::from(piece.to_string())));
                self.out.push_back(Event::Html(CowStr::Borrowed("</span>")));
            } else {
                self.out
                    .push_back(Event::Text(CowStr::from(piece.to_string())));
            }
        }
    }

    /// Does the block being opened start with the text of a range that
    /// starts at one of `starts` (sorted)?
    fn starts_in(&self, starts: &[usize]) -> bool {
        self.next
            .is_some_and(|(paragraph, start)| !paragraph && starts.binary_search(&start).is_ok())
    }

    /// A paragraph, heading or item opened or closed: marked with the source
    /// language when its text is a fallback segment.
    fn block(&mut self, event: &Event<'a>) -> Event<'a> {
        let html = |s: String| Event::Html(CowStr::from(s));
        match event {
            Event::Start(start) => {
                let mark = if self.starts_in(&self.sorted.fallback) {
                    Mark::Fallback
                } else if self.starts_in(&self.sorted.stale) {
                    Mark::Stale
                } else {
                    Mark::None
                };
                self.open.push(mark);
                let (name, id, classes) = match start {
                    Tag::Paragraph => ("p".to_string(), None, Vec::new()),
                    Tag::Item => ("li".to_string(), None, Vec::new()),
                    Tag::Heading {
                        level, id, classes, ..
                    } => {
                        let made = self
                            .heading_ids
                            .get(self.headings)
                            .filter(|i| !i.is_empty());
                        self.headings += 1;
                        let id = id.clone().or_else(|| made.map(|m| CowStr::from(m.clone())));
                        if mark == Mark::None {
                            // Attributes other than `id` and `class` never reach a page.
                            return Event::Start(Tag::Heading {
                                level: *level,
                                id,
                                classes: classes.clone(),
                                attrs: Vec::new(),
                            });
                        }
                        let c: Vec<&str> = classes.iter().map(|c| c.as_ref()).collect();
                        (level.to_string(), id.map(|i| i.to_string()), c)
                    }
                    _ => return event.clone(),
                };
                if mark == Mark::None {
                    return event.clone();
                }
                let mut a = String::new();
                if let Some(id) = id {
                    a.push_str(&format!(" id=\"{}\"", escape_html(&id)));
                }
                let mut classes = classes;
                if mark == Mark::Stale {
                    classes.push("stale");
                }
                if !classes.is_empty() {
                    a.push_str(&format!(" class=\"{}\"", escape_html(&classes.join(" "))));
                }
                if mark == Mark::Fallback {
                    a.push_str(&self.attrs);
                }
                html(format!("<{name}{a}>"))
            }
            Event::End(end) => {
                let mark = self.open.pop().unwrap_or(Mark::None);
                if mark == Mark::None {
                    return event.clone();
                }
                let name = match end {
                    TagEnd::Paragraph => "p".to_string(),
                    TagEnd::Heading(level) => level.to_string(),
                    _ => "li".to_string(),
                };
                let note = if mark == Mark::Stale {
                    format!(
                        " <small class=\"stale-mark\">{}</small>",
                        escape_html(self.r.stale_note)
                    )
                } else {
                    String::new()
                };
                html(format!("{note}</{name}>\n"))
            }
            e => e.clone(),
        }
    }
}

/// How a paragraph, heading or item is marked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    None,
    /// Left in the source language: `lang` and `dir`.
    Fallback,
    /// A stale translation: class `stale` and a visible note.
    Stale,
}

/// Code marked left-to-right, and unsafe destinations (a `javascript:` link
/// from a catalog) leading nowhere.
fn neutralized<'a>(event: &Event<'a>) -> Event<'a> {
    let html = |s: String| Event::Html(CowStr::from(s));
    match event {
        Event::Code(c) => html(format!("<code dir=\"ltr\">{}</code>", escape_html(c))),
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) if !safe_url(dest_url) => Event::Start(Tag::Link {
            link_type: *link_type,
            dest_url: CowStr::Borrowed("#"),
            title: title.clone(),
            id: id.clone(),
        }),
        Event::Start(Tag::Image {
            link_type,
            dest_url,
            title,
            id,
        }) if !safe_url(dest_url) => Event::Start(Tag::Image {
            link_type: *link_type,
            dest_url: CowStr::Borrowed(""),
            title: title.clone(),
            id: id.clone(),
        }),
        Event::Start(Tag::CodeBlock(kind)) => {
            let lang = match kind {
                CodeBlockKind::Fenced(info) => info.split([' ', ',']).next().unwrap_or(""),
                CodeBlockKind::Indented => "",
            };
            let class = if lang.is_empty() {
                String::new()
            } else {
                format!(" class=\"language-{}\"", escape_html(lang))
            };
            html(format!("<pre dir=\"ltr\"><code{class}>"))
        }
        Event::End(TagEnd::CodeBlock) => html("</code></pre>\n".to_string()),
        e => e.clone(),
    }
}
