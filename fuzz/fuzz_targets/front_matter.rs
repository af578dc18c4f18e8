//! Front-matter splitter and segmenter: never panic; ranges are valid.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let _ = dragoman::source::split_front_matter(text);
    if let Ok(doc) = dragoman::source::extract(text, &["title".to_string(), "description".to_string()]) {
        for s in &doc.segments {
            assert!(s.range.start <= s.range.end && s.range.end <= text.len());
            assert!(text.is_char_boundary(s.range.start) && text.is_char_boundary(s.range.end));
        }
    }
});
