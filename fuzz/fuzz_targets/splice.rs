//! Segmenter + splicer: with every translation equal to its source, the rebuilt
//! Markdown renders like the original (soft breaks read as spaces).
#![no_main]
use dragoman::catalog::Catalog;
use libfuzzer_sys::fuzz_target;
use pulldown_cmark::{CowStr, Event, Parser};

fn html(md: &str) -> String {
    let events = Parser::new_ext(md, dragoman::source::markdown_options()).map(|e| match e {
        Event::SoftBreak => Event::Text(CowStr::Borrowed(" ")),
        e => e,
    });
    let mut out = String::new();
    pulldown_cmark::html::push_html(&mut out, events);
    out
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(doc) = dragoman::source::extract(text, &["title".to_string()]) else { return };
    let catalog = Catalog::template("identity", &[("", &doc)], |_, _| None).translated_by(str::to_string);
    let built = dragoman::build::localize(text, &doc, Some(&catalog));
    let (a, b) = (html(dragoman::build::body_of(text)), html(dragoman::build::body_of(&built.markdown)));
    assert_eq!(a, b, "identity splice changed the rendering");
});
