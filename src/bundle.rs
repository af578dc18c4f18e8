//! Offline bundles: every statement of a language in one file a reader can
//! carry — a self-contained HTML page (styles inline, images as `data:`
//! URIs, nothing fetched: its Content-Security-Policy forbids it) and an
//! EPUB 3 book (`epub`). Pure: chapters in, bytes out; `ops::bundle` reads
//! the statements and writes the files.

pub mod epub;
pub mod image;
pub mod markup;
pub mod offline;

use crate::build::{CSS, escape_html as esc};
use crate::lang::Language;

/// One statement in a bundle, its body already made offline
/// (`offline::offline`).
#[derive(Debug, Clone)]
pub struct Chapter {
    /// Its anchor (HTML) and file name (EPUB): `s1`, `s2`…
    pub id: String,
    pub title: String,
    /// The language of its text (the source when it is held back).
    pub lang: String,
    pub dir: &'static str,
    pub body: String,
    /// The notice above it (outdated translation, held back), if any.
    pub notice: Option<String>,
}

/// An image carried inside a bundle.
#[derive(Debug, Clone)]
pub struct Image {
    /// Its file name inside the EPUB (`images/img-1.png`).
    pub name: String,
    pub media_type: &'static str,
    pub bytes: Vec<u8>,
}

/// What a bundle holds besides its chapters.
pub struct Book<'a> {
    pub project: &'a str,
    pub lang: &'a Language,
    /// "Contents", in the bundle's language.
    pub contents: String,
    pub chapters: Vec<Chapter>,
    pub images: Vec<Image>,
}

/// The media type of an image file, by its extension; None for anything
/// a bundle does not carry.
pub fn media_type(path: &str) -> Option<&'static str> {
    let ext = path.rsplit_once('.')?.1.to_ascii_lowercase();
    Some(match ext.as_str() {
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "svg" => "image/svg+xml",
        _ => return None,
    })
}

/// Standard base64 (for `data:` URIs).
pub fn base64(bytes: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// Styles of a bundle beside the pages' own.
const BUNDLE_CSS: &str = "nav.toc ol { padding-inline-start: 1.5rem; }\narticle.chapter { border-block-start: 1px solid #8884; margin-block-start: 3rem; }\n.outdated-mark { font-size: .8em; color: #92400e; }\n@media print { article.chapter { break-before: page; } }\n";

/// The HTML bundle: a title, a table of contents, every chapter.
pub fn html(book: &Book) -> String {
    let lang = book.lang;
    let mut s = format!(
        "<!DOCTYPE html>\n<html lang=\"{tag}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; style-src 'unsafe-inline'\">\n<title>{name} · {lang_name}</title>\n<style>\n{CSS}{BUNDLE_CSS}</style>\n</head>\n<body>\n<main>\n<header>\n<h1>{name}</h1>\n<p>{lang_name}</p>\n</header>\n<nav class=\"toc\" aria-labelledby=\"toc\">\n<h2 id=\"toc\">{contents}</h2>\n<ol>\n",
        tag = esc(&lang.tag),
        dir = lang.direction.as_str(),
        name = esc(book.project),
        lang_name = esc(&lang.name),
        contents = esc(&book.contents),
    );
    for c in &book.chapters {
        let mark = if c.notice.is_some() {
            " <span class=\"outdated-mark\">⚠</span>"
        } else {
            ""
        };
        s.push_str(&format!(
            "<li><a href=\"#{}\" lang=\"{}\" dir=\"{}\">{}</a>{mark}</li>\n",
            esc(&c.id),
            esc(&c.lang),
            c.dir,
            esc(&c.title)
        ));
    }
    s.push_str("</ol>\n</nav>\n");
    for c in &book.chapters {
        s.push_str(&format!(
            "<article class=\"chapter\" id=\"{}\" lang=\"{}\" dir=\"{}\">\n",
            esc(&c.id),
            esc(&c.lang),
            c.dir
        ));
        if let Some(n) = &c.notice {
            s.push_str(&format!(
                "<p class=\"banner\" lang=\"{}\" dir=\"{}\">{}</p>\n",
                esc(&lang.tag),
                lang.direction.as_str(),
                esc(n)
            ));
        }
        s.push_str(&format!(
            "<h1>{}</h1>\n{}\n</article>\n",
            esc(&c.title),
            c.body
        ));
    }
    s.push_str("</main>\n</body>\n</html>\n");
    s
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    #[test]
    fn base64_as_the_rfc_says() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
        assert_eq!(base64(&[0xff, 0xfe, 0x00]), "//4A");
    }

    /// A one-chapter Persian book (`project` its name) for the tests.
    pub(crate) fn persian_book<'a>(fa: &'a Language, project: &'a str, body: &str) -> Book<'a> {
        Book {
            project,
            lang: fa,
            contents: "فهرست".into(),
            chapters: vec![Chapter {
                id: "s1".into(),
                title: "عنوان".into(),
                lang: "fa".into(),
                dir: "rtl",
                body: body.into(),
                notice: Some("قدیمی".into()),
            }],
            images: Vec::new(),
        }
    }

    #[test]
    fn an_html_bundle_fetches_nothing() {
        let fa = Language::parse("fa").unwrap();
        let book = persian_book(&fa, "P <1>", "<p>متن</p>");
        let page = html(&book);
        assert!(page.contains("<html lang=\"fa\" dir=\"rtl\">"));
        assert!(page.contains("default-src 'none'; img-src data:"));
        assert!(page.contains("<li><a href=\"#s1\" lang=\"fa\" dir=\"rtl\">عنوان</a> <span class=\"outdated-mark\">⚠</span></li>"));
        assert!(page.contains("<title>P &lt;1&gt; · فارسی</title>"));
        assert!(!page.contains("<script") && !page.contains("src=\"http"));
    }
}
