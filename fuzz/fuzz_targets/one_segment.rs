//! The build's invariant: whatever one translation contains, every other
//! segment of the page renders the same, and only text markup reaches it.
//! Input: a statement, a NUL byte, the translation (the segment is picked by
//! the translation's length).
#![no_main]
use dragoman::catalog::{Catalog, Message};
use libfuzzer_sys::fuzz_target;

fn page(src: &str, doc: &dragoman::source::Document, k: usize, t: &str) -> String {
    let seg = &doc.segments[k];
    let mut cat = Catalog::default();
    let mut m = Message::new(seg.context.as_deref().map(str::to_owned), seg.text.clone());
    m.translation = vec![t.to_string()];
    cat.messages.push(m);
    let built = dragoman::build::localize(src, doc, Some(&cat));
    // Left to right: right-to-left islands (`<span dir>`) wrap text across the
    // marker and are the segment's own business.
    dragoman::build::render_html_marked(dragoman::build::body_of(&built.markdown), &[], "en", false)
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Some((src, t)) = text.split_once('\0') else { return };
    let Ok(doc) = dragoman::source::extract(src, &["title".to_string()]) else { return };
    // The source is trusted: its own control characters may reach the page.
    if doc.segments.is_empty() || src.contains("BENIGN") || dragoman::guard::characters(src).is_some()
        || dragoman::guard::characters(&dragoman::guard::page_text(src)).is_some() {
        return;
    }
    let k = t.len() % doc.segments.len();
    // The harmless translation: the source text with a marker word (same
    // links and footnote references, which number the page's footnotes).
    let benign_text = format!("BENIGN {} BENIGN", doc.segments[k].text);
    let (benign, hostile) = (page(src, &doc, k, &benign_text), page(src, &doc, k, t));
    // Rarely the source's own normalized text does not stand alone (a hard
    // break before a line that would open an HTML block): no baseline.
    if !benign.contains("BENIGN") {
        return;
    }
    let sources = dragoman::guard::rendered_destinations(&doc.segments[k].text);
    let ok = |d: &str| sources.iter().any(|s| s == d);
    if let Err(e) = dragoman::guard::confined(&benign, &hostile, "BENIGN", &ok) {
        panic!("segment {k} ← {t:?}: {e}");
    }
});
