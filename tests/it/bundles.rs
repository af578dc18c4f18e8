//! `dragoman bundle`: each language's statements as one offline HTML file and
//! one EPUB book. The books pass `epubcheck` (Debian's, installed by
//! `.ci/run`); the HTML bundles and the EPUB's documents open in Chromium with
//! the network off and request nothing. Screenshots go to
//! `target/browser-screenshots/bundle_*.png`.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::project::{blog, dragoman, sample};

fn read(p: &Path) -> String {
    fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

/// The files of a zip, by name.
fn unzip(p: &Path) -> Vec<(String, Vec<u8>)> {
    let mut z = zip::ZipArchive::new(fs::File::open(p).unwrap()).unwrap();
    (0..z.len())
        .map(|i| {
            let mut f = z.by_index(i).unwrap();
            let mut bytes = Vec::new();
            f.read_to_end(&mut bytes).unwrap();
            (f.name().unwrap().to_string(), bytes)
        })
        .collect()
}

#[test]
fn every_language_of_the_sample_as_html_and_epub() {
    let dir = sample();
    let d = dir.path();
    let out = dragoman(d).arg("bundle").output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let told = String::from_utf8_lossy(&out.stdout);
    for lang in ["en", "es", "fa", "ar", "en-XA", "ar-XB"] {
        for ext in ["html", "epub"] {
            let f = d.join(format!("build/bundles/{lang}.{ext}"));
            let size = fs::metadata(&f).unwrap().len();
            assert!(size < 500_000, "{}: {size} bytes", f.display());
            assert!(
                told.contains(&format!("build/bundles/{lang}.{ext}: ")),
                "{told}"
            );
        }
    }
    let fa = read(&d.join("build/bundles/fa.html"));
    assert!(fa.contains("<html lang=\"fa\" dir=\"rtl\">"));
    assert!(fa.contains("<h2 id=\"toc\">فهرست</h2>"));
    assert_eq!(fa.matches("<article class=\"chapter\"").count(), 4);
    assert!(
        fa.contains("<p class=\"banner\""),
        "the stale statement says so"
    );
    assert!(!fa.contains("<script"));
    // The EPUB: its language, right to left, a title page, one document each.
    let book = unzip(&d.join("build/bundles/fa.epub"));
    assert_eq!(book[0].0, "mimetype");
    let opf = book.iter().find(|(n, _)| n == "OEBPS/content.opf").unwrap();
    let opf = String::from_utf8(opf.1.clone()).unwrap();
    assert!(opf.contains("<dc:language>fa</dc:language>"));
    assert!(opf.contains("<spine page-progression-direction=\"rtl\">"));
    assert_eq!(opf.matches("<itemref ").count(), 2 + 4);
    // One language, one format.
    fs::remove_dir_all(d.join("build/bundles")).unwrap();
    dragoman(d)
        .args(["-q", "bundle", "--lang", "fa", "--format", "epub"])
        .assert()
        .success();
    let names: Vec<_> = fs::read_dir(d.join("build/bundles"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert_eq!(names, ["fa.epub"]);
}

#[test]
fn images_inside_thresholds_and_what_is_left_out() {
    let dir = blog();
    let d = dir.path();
    crate::blog::translate_two_posts(d);
    dragoman(d)
        .args(["-q", "bundle", "--format", "html"])
        .assert()
        .success();
    let fa = read(&d.join("build/bundles/fa.html"));
    // The Persian variant of the image, inside the file.
    let variant = fs::read(d.join("content/pier-light.fa.png")).unwrap();
    assert!(fa.contains(&format!(
        "src=\"data:image/png;base64,{}\"",
        dragoman::bundle::base64(&variant)
    )));
    assert!(!fa.contains("<iframe") && !fa.contains("src=\"http"));
    // Below the threshold, left out; images over the cap leave their alt text.
    let cfg = d.join("dragoman.toml");
    let text = read(&cfg)
        + "publish_threshold = 50\nbelow_threshold = \"skip\"\nbundle_image_max_kb = 1\n";
    fs::write(&cfg, text).unwrap();
    let out = dragoman(d)
        .args(["bundle", "--lang", "fa", "--format", "html"])
        .output()
        .unwrap();
    let told = String::from_utf8_lossy(&out.stdout);
    assert!(
        told.contains("1 statement(s)") && told.contains("left out: 2 statement(s)"),
        "{told}"
    );
    let fa = read(&d.join("build/bundles/fa.html"));
    assert_eq!(fa.matches("<article class=\"chapter\"").count(), 1);
    assert!(!fa.contains("data:image"), "over the cap");
    assert!(fa.contains("alt=\"چراغی سبز روی اسکله‌ای سنگی\""), "{fa}");
}

fn epubcheck() -> Option<PathBuf> {
    let jar = PathBuf::from("/usr/share/java/epubcheck.jar");
    let java = Command::new("java")
        .arg("-version")
        .output()
        .is_ok_and(|o| o.status.success());
    if jar.is_file() && java {
        return Some(jar);
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "CI must have epubcheck and java (.ci/run installs them)"
    );
    eprintln!("SKIPPED: epubcheck or java missing (see .ci/run)");
    None
}

#[test]
fn every_book_passes_epubcheck() {
    let Some(jar) = epubcheck() else { return };
    let (s, b) = (sample(), blog());
    crate::blog::translate_two_posts(b.path());
    // Left to right, right to left, a pseudo-locale; the blog's images,
    // raw HTML and page bundle. (One Java start per book: a few of them.)
    let mut books = Vec::new();
    for (d, langs) in [
        (s.path(), ["en", "fa", "ar-XB"].as_slice()),
        (b.path(), &["es", "fa"]),
    ] {
        dragoman(d)
            .args(["-q", "bundle", "--format", "epub"])
            .assert()
            .success();
        books.extend(
            langs
                .iter()
                .map(|l| d.join(format!("build/bundles/{l}.epub"))),
        );
    }
    for book in &books {
        let out = Command::new("java")
            .arg("-jar")
            .arg(&jar)
            .arg(book)
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout).into_owned()
            + &String::from_utf8_lossy(&out.stderr);
        assert!(
            out.status.success() && text.contains("0 fatals / 0 errors / 0 warnings"),
            "{}: {text}",
            book.display()
        );
    }
}

#[test]
fn bundles_open_offline_in_chromium_and_fetch_nothing() {
    let Some(module) = crate::browser::tools() else {
        return;
    };
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = blog();
    let d = dir.path();
    crate::blog::translate_two_posts(d);
    dragoman(d)
        .args(["-q", "bundle", "--lang", "fa", "--lang", "es"])
        .assert()
        .success();
    // The EPUB's title page and first chapter, as files a browser opens.
    let pages = d.join("epub-fa");
    for (name, bytes) in unzip(&d.join("build/bundles/fa.epub")) {
        let p = pages.join(&name);
        fs::create_dir_all(p.parent().unwrap()).unwrap();
        fs::write(p, bytes).unwrap();
    }
    let shots = root.join("target/browser-screenshots");
    fs::create_dir_all(&shots).unwrap();
    let files = [
        d.join("build/bundles/fa.html"),
        d.join("build/bundles/es.html"),
        pages.join("OEBPS/title.xhtml"),
        pages.join("OEBPS/s1.xhtml"),
    ];
    let mut args = vec![shots.clone()];
    args.extend(files.iter().cloned());
    let v = crate::browser::run_script(&module, "bundles.mjs", &args);
    let book = crate::browser::url_of(&pages);
    for f in &files {
        let p = &v[f.to_string_lossy().as_ref()];
        // An EPUB document may load its book's style sheet; a bundle nothing.
        for r in p["requests"].as_array().unwrap() {
            let inside = f.starts_with(&pages) && r.as_str().unwrap().starts_with(&book);
            assert!(inside, "{} requested {r}", f.display());
        }
        assert_eq!(p["errors"], serde_json::json!([]), "{}", f.display());
        assert_eq!(p["brokenImages"], serde_json::json!([]), "{}", f.display());
        assert_eq!(p["scripts"], 0);
        let want = if f.to_string_lossy().contains("es.html") {
            "ltr"
        } else {
            "rtl"
        };
        assert_eq!(p["dir"], want, "{}", f.display());
        assert!(shots.join(p["screenshot"].as_str().unwrap()).is_file());
    }
    let fa = &v[files[0].to_string_lossy().as_ref()];
    assert!(fa["images"].as_u64().unwrap() >= 1, "{fa}");
    assert!(
        fa["headings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|h| h == "چرا چراغ‌های بندر با الگو چشمک می‌زنند"),
        "{fa}"
    );
}
