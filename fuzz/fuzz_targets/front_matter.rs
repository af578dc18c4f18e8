//! Front-matter splitter and segmenter (YAML, TOML, JSON): never panic;
//! ranges are valid; a value replaced by a quoted translation reads back as
//! that translation, every other value unchanged.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let _ = dragoman::source::split_front_matter(text);
    let keys: Vec<String> = ["title", "description", "extra.summary"].map(String::from).into();
    let Ok(doc) = dragoman::source::extract(text, &keys) else { return };
    for s in &doc.segments {
        assert!(s.range.start <= s.range.end && s.range.end <= text.len());
        assert!(text.is_char_boundary(s.range.start) && text.is_char_boundary(s.range.end));
    }
    let Some(fm) = &doc.front_matter else { return };
    for s in &doc.segments {
        let dragoman::source::SegmentKind::FrontMatter(key) = &s.kind else { continue };
        let key: &str = key;
        let tr = "Q \"x\" 'y' \\ #z: w\n۱";
        let mut out = text.to_string();
        out.replace_range(s.range.clone(), &dragoman::source::quoted(fm.format, tr));
        let again = dragoman::source::extract(&out, &keys).expect("a spliced value reads back");
        let values = &again.front_matter.as_ref().expect("front matter kept").values;
        assert_eq!(values.get(key).map(String::as_str), Some(tr), "{key} in {out:?}");
        for (k, v) in &fm.values {
            if k.as_str() != key {
                assert_eq!(values.get(k), Some(v), "{k} unchanged in {out:?}");
            }
        }
    }
});
