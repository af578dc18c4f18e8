//! A statement's own word on which languages it is translated into: the
//! `translate` key of its front matter (at the top, or under `extra` as Zola
//! requires, or `params` as Hugo writes it). `translate = false`: into none
//! (an archive post stays in its language); a list of tags (`["es", "fa"]`):
//! into those only; `true` or no key: into every language of the project.

use super::Document;

/// The key read.
pub const KEY: &str = "translate";

/// The languages (canonical tags) `doc` asks to be translated into; None:
/// every language.
pub fn of(doc: &Document, src: &str) -> Option<Vec<String>> {
    let fm = doc.front_matter.as_ref()?;
    // Most statements never mention the key: no parse for them.
    if !src[fm.text.clone()].contains(KEY) {
        return None;
    }
    let data = fm.data(src);
    let value = [&data, &data["extra"], &data["params"]]
        .into_iter()
        .map(|d| &d[KEY])
        .find(|v| !v.is_null())?;
    match value {
        serde_json::Value::Bool(false) => Some(Vec::new()),
        serde_json::Value::Array(items) => Some(
            items
                .iter()
                .filter_map(|v| v.as_str())
                .map(|t| {
                    crate::lang::Language::parse(t)
                        .map(|l| l.tag)
                        .unwrap_or_else(|_| t.to_string())
                })
                .collect(),
        ),
        serde_json::Value::String(s) if s.eq_ignore_ascii_case("false") => Some(Vec::new()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn targets(src: &str) -> Option<Vec<String>> {
        let doc = crate::source::extract(src, &[]).unwrap();
        of(&doc, src)
    }

    #[test]
    fn every_language_unless_the_front_matter_says_otherwise() {
        assert_eq!(targets("# No front matter\n"), None);
        assert_eq!(
            targets("---\ntitle: A\n---\n\nText about translation.\n"),
            None
        );
        assert_eq!(targets("---\ntranslate: true\n---\n\nText.\n"), None);
        assert_eq!(
            targets("---\ntranslate: false\n---\n\nText.\n"),
            Some(vec![])
        );
        assert_eq!(
            targets("---\ntranslate: [es, fa_IR]\n---\n\nText.\n"),
            Some(vec!["es".to_string(), "fa-IR".to_string()])
        );
    }

    #[test]
    fn zola_and_hugo_tables() {
        let zola = "+++\ntitle = \"A\"\n[extra]\ntranslate = false\n+++\n\nText.\n";
        assert_eq!(targets(zola), Some(vec![]));
        let hugo = "---\nparams:\n  translate: [ar]\n---\n\nText.\n";
        assert_eq!(targets(hugo), Some(vec!["ar".to_string()]));
        let json = "{\n  \"translate\": false\n}\n\nText.\n";
        assert_eq!(targets(json), Some(vec![]));
    }
}
