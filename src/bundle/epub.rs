//! An EPUB 3 book of a bundle: the OCF container (`mimetype` first and
//! stored, `META-INF/container.xml`), a package document with
//! `dc:language` and, for right-to-left languages,
//! `page-progression-direction="rtl"`, a navigation document, a title page
//! with the project's name, one XHTML document per statement and the images
//! they show. Pure: the book's bytes.

use std::io::Write;

use zip::CompressionMethod;
use zip::write::{SimpleFileOptions, ZipWriter};

use super::markup::xhtml;
use super::{Book, Chapter};
use crate::lang::Direction;

/// XML text escaped (attribute-safe).
fn x(s: &str) -> String {
    super::markup::escape_text(s)
}

/// An XHTML document around `body`.
fn document(lang: &str, dir: &str, title: &str, body: &str, nav: bool) -> String {
    let epub_ns = if nav {
        " xmlns:epub=\"http://www.idpf.org/2007/ops\""
    } else {
        ""
    };
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"{epub_ns} lang=\"{lang}\" xml:lang=\"{lang}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>{}</title>\n<link rel=\"stylesheet\" type=\"text/css\" href=\"style.css\"/>\n</head>\n<body>\n{body}\n</body>\n</html>\n",
        x(title)
    )
}

fn chapter_doc(book: &Book, c: &Chapter) -> String {
    let mut body = format!(
        "<section id=\"{}\" lang=\"{}\" xml:lang=\"{}\" dir=\"{}\">\n",
        x(&c.id),
        x(&c.lang),
        x(&c.lang),
        c.dir
    );
    if let Some(n) = &c.notice {
        body.push_str(&format!(
            "<p class=\"banner\" lang=\"{t}\" xml:lang=\"{t}\" dir=\"{}\">{}</p>\n",
            book.lang.direction.as_str(),
            x(n),
            t = x(&book.lang.tag),
        ));
    }
    body.push_str(&format!(
        "<h1>{}</h1>\n{}\n</section>",
        x(&c.title),
        xhtml(&c.body)
    ));
    let lang = &book.lang.tag;
    document(lang, book.lang.direction.as_str(), &c.title, &body, false)
}

fn nav_doc(book: &Book) -> String {
    let mut body = format!(
        "<nav epub:type=\"toc\" id=\"toc\">\n<h1>{}</h1>\n<ol>\n",
        x(&book.contents)
    );
    for c in &book.chapters {
        body.push_str(&format!(
            "<li><a href=\"{}.xhtml\">{}</a></li>\n",
            x(&c.id),
            x(&c.title)
        ));
    }
    body.push_str("</ol>\n</nav>");
    let lang = &book.lang.tag;
    document(
        lang,
        book.lang.direction.as_str(),
        &book.contents,
        &body,
        true,
    )
}

fn title_doc(book: &Book) -> String {
    let body = format!(
        "<section class=\"title-page\">\n<h1>{}</h1>\n<p>{}</p>\n</section>",
        x(book.project),
        x(&book.lang.name)
    );
    let lang = &book.lang.tag;
    document(
        lang,
        book.lang.direction.as_str(),
        book.project,
        &body,
        false,
    )
}

/// The package document. `modified`: `2026-11-27T21:41:25Z`.
fn package(book: &Book, modified: &str) -> String {
    let lang = x(&book.lang.tag);
    let rtl = book.lang.direction == Direction::Rtl;
    let mut manifest = String::from(
        "<item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>\n<item id=\"css\" href=\"style.css\" media-type=\"text/css\"/>\n<item id=\"title-page\" href=\"title.xhtml\" media-type=\"application/xhtml+xml\"/>\n",
    );
    let mut spine = String::from("<itemref idref=\"title-page\"/>\n<itemref idref=\"nav\"/>\n");
    for c in &book.chapters {
        let id = x(&c.id);
        manifest.push_str(&format!(
            "<item id=\"{id}\" href=\"{id}.xhtml\" media-type=\"application/xhtml+xml\"/>\n"
        ));
        spine.push_str(&format!("<itemref idref=\"{id}\"/>\n"));
    }
    for (i, img) in book.images.iter().enumerate() {
        manifest.push_str(&format!(
            "<item id=\"img{}\" href=\"{}\" media-type=\"{}\"/>\n",
            i + 1,
            x(&img.name),
            img.media_type
        ));
    }
    let identifier = format!(
        "urn:dragoman:{}:{}",
        book.project.replace(|c: char| !c.is_alphanumeric(), "-"),
        book.lang.tag
    );
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"book-id\" xml:lang=\"{lang}\" dir=\"{dir}\">\n<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n<dc:identifier id=\"book-id\">{}</dc:identifier>\n<dc:title>{}</dc:title>\n<dc:language>{lang}</dc:language>\n<meta property=\"dcterms:modified\">{modified}</meta>\n</metadata>\n<manifest>\n{manifest}</manifest>\n<spine{}>\n{spine}</spine>\n</package>\n",
        x(&identifier),
        x(book.project),
        if rtl {
            " page-progression-direction=\"rtl\""
        } else {
            ""
        },
        dir = book.lang.direction.as_str(),
    )
}

const CONTAINER: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">\n<rootfiles>\n<rootfile full-path=\"OEBPS/content.opf\" media-type=\"application/oebps-package+xml\"/>\n</rootfiles>\n</container>\n";

/// The EPUB's bytes. `css`: the book's stylesheet; `modified`: when it was
/// made (`2026-11-27T21:41:25Z`).
pub fn epub(book: &Book, css: &str, modified: &str) -> std::io::Result<Vec<u8>> {
    let mut zip = ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored = SimpleFileOptions::default().compression_method(CompressionMethod::Stored);
    let deflated = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    zip.start_file("mimetype", stored)?;
    zip.write_all(b"application/epub+zip")?;
    let mut files: Vec<(String, Vec<u8>)> = vec![
        ("META-INF/container.xml".into(), CONTAINER.into()),
        (
            "OEBPS/content.opf".into(),
            package(book, modified).into_bytes(),
        ),
        ("OEBPS/nav.xhtml".into(), nav_doc(book).into_bytes()),
        ("OEBPS/title.xhtml".into(), title_doc(book).into_bytes()),
        ("OEBPS/style.css".into(), css.as_bytes().to_vec()),
    ];
    for c in &book.chapters {
        files.push((
            format!("OEBPS/{}.xhtml", c.id),
            chapter_doc(book, c).into_bytes(),
        ));
    }
    for img in &book.images {
        files.push((format!("OEBPS/{}", img.name), img.bytes.clone()));
    }
    for (name, bytes) in files {
        zip.start_file(name, deflated)?;
        zip.write_all(&bytes)?;
    }
    Ok(zip.finish()?.into_inner())
}

/// `seconds` since 1970 as `YYYY-MM-DDThh:mm:ssZ` (UTC).
pub fn timestamp(seconds: u64) -> String {
    let days = (seconds / 86_400) as i64;
    let rem = seconds % 86_400;
    // Days to a civil date (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem / 60 % 60,
        rem % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Language;

    #[test]
    fn timestamps() {
        assert_eq!(timestamp(0), "1970-01-01T00:00:00Z");
        assert_eq!(timestamp(1_795_815_685), "2026-11-27T21:41:25Z");
        assert_eq!(timestamp(951_782_400), "2000-02-29T00:00:00Z");
    }

    #[test]
    fn a_right_to_left_book() {
        let fa = Language::parse("fa").unwrap();
        let book = crate::bundle::tests::persian_book(&fa, "P & Q", "<p>متن<br>دوم</p>");
        let opf = package(&book, "2026-11-27T21:41:25Z");
        assert!(opf.contains("<spine page-progression-direction=\"rtl\">"));
        assert!(opf.contains("<dc:language>fa</dc:language>"));
        assert!(opf.contains("<dc:title>P &amp; Q</dc:title>"));
        let doc = chapter_doc(&book, &book.chapters[0]);
        assert!(doc.contains("<p>متن<br/>دوم</p>"), "{doc}");
        let bytes = epub(&book, "p {}", "2026-11-27T21:41:25Z").unwrap();
        // The OCF container: `mimetype` first, stored, no extra field.
        assert_eq!(&bytes[..4], b"PK\x03\x04");
        assert_eq!(u16::from_le_bytes([bytes[8], bytes[9]]), 0, "stored");
        assert_eq!(
            u16::from_le_bytes([bytes[28], bytes[29]]),
            0,
            "no extra field"
        );
        assert_eq!(&bytes[30..38], b"mimetype");
        assert_eq!(&bytes[38..58], b"application/epub+zip");
    }
}
