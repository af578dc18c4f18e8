//! `dragoman bundle`: each language's statements as one offline HTML file and
//! one EPUB book. The books pass `epubcheck` (Debian's, installed by
//! `.ci/run`); the HTML bundles and the EPUB's documents open in Chromium with
//! the network off and request nothing. Screenshots go to
//! `target/browser-screenshots/bundle_*.png`.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::project::{blog, configure, dragoman, read, sample, write_files};

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
    configure(
        d,
        "publish_threshold = 50\nbelow_threshold = \"skip\"\nbundle_image_max_kb = 1\n",
    );
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
    assert!(
        fa.contains("<span class=\"img-alt\">چراغی سبز روی اسکله‌ای سنگی</span>"),
        "{fa}"
    );
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

/// A project whose statements carry what real blogs do and browsers
/// forgive: a table of contents of `#fragment` links, links to another
/// statement's heading, to its site path and to `@/file.md`, a link to an
/// image, a `details` whose `summary` comes last, a paragraph inside a
/// `span`, an SVG with a DTD and entities, an empty placeholder image, an
/// embedded video, a URL with two `#`.
fn real_content() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let files: [(&str, &[u8]); 6] = [
        (
            "dragoman.toml",
            b"name = \"Harbour Log\"\nsource = \"en\"\nlanguages = [\"fa\"]\nstatements = \"content\"\nbase_url = \"https://harbour.example/\"\n",
        ),
        (
            "content/alpha.md",
            b"+++\ntitle = \"Alpha\"\npath = \"2020/01/01/alpha\"\ndate = 2020-01-01\n+++\n\n- [Second part](#second-part)\n- [Missing](#nowhere)\n\n## First part\n\nSee [the dive](beta.md#deep-dive), [beta](/2020/01/02/beta/), [also](@/beta.md) and [the archive](/archive/).\nThe [chart file](chart.svg) and [chat](https://chat.example/?c=##harbour).\n\n![A chart](chart.svg) ![A placeholder](empty.png)\n\n## Second part\n\n<details>\n\nThe long story.\n\n<summary>More</summary>\n</details>\n\n<div class=\"box\">\n<span class=\"note\">\n\nInside a span.\n\n</span>\n</div>\n\n<iframe src=\"https://www.youtube-nocookie.com/embed/abc\" title=\"A harbour talk\"></iframe>\n",
        ),
        (
            "content/beta.md",
            b"+++\ntitle = \"Beta\"\npath = \"2020/01/02/beta\"\ndate = 2020-01-02\n+++\n\nIntro.\n\n## Deep dive\n\nDeep.\n",
        ),
        (
            "content/chart.svg",
            b"<?xml version=\"1.0\"?>\n<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\" [\n<!ENTITY ns \"http://www.w3.org/2000/svg\">\n]>\n<svg xmlns=\"&ns;\" viewBox=\"0 0 10 10\" width=\"10\" height=\"10\"><path class=\"grid\"/><path d=\"M0 0L10 10\" stroke=\"black\"/></svg>\n",
        ),
        ("content/empty.png", b""),
        ("locales/.keep", b""),
    ];
    write_files(d, &files);
    dragoman(d).args(["-q", "sync"]).assert().success();
    dir
}

#[test]
fn real_content_stays_inside_the_bundle() {
    let dir = real_content();
    let d = dir.path();
    dragoman(d)
        .args(["-q", "bundle", "--lang", "en"])
        .assert()
        .success();
    // One file: each chapter's ids are its own; links reach the heading.
    let html = read(&d.join("build/bundles/en.html"));
    let (alpha, beta) = ("s2", "s1");
    for want in [
        format!("<h2 id=\"{alpha}-second-part\">"),
        format!("href=\"#{alpha}-second-part\""),
        format!("href=\"#{alpha}\">Missing"),
        format!("href=\"#{beta}-deep-dive\">the dive"),
        format!("href=\"#{beta}\">beta"),
        format!("href=\"#{beta}\">also"),
        "href=\"https://harbour.example/archive/\"".into(),
        "<a>chart file</a>".into(),
        "<span class=\"img-alt\">A placeholder</span>".into(),
        "<a class=\"embed\" href=\"https://www.youtube-nocookie.com/embed/abc\">A harbour talk</a>"
            .into(),
    ] {
        assert!(html.contains(&want), "{want} in {html}");
    }
    assert!(html.contains("src=\"data:image/svg+xml;base64,"));
    // Every in-file link reaches an id of the file, once.
    for target in html.split("href=\"#").skip(1) {
        let id = &target[..target.find('"').unwrap()];
        let n = html.matches(&format!(" id=\"{id}\"")).count();
        assert_eq!(n, 1, "#{id}");
    }
    assert!(!html.contains("<iframe") && !html.contains("empty.png"));
    // The book: a document each, links between them, the SVG without its DTD.
    let book = unzip(&d.join("build/bundles/en.epub"));
    let file = |name: &str| {
        let (_, bytes) = book.iter().find(|(n, _)| n == name).unwrap();
        String::from_utf8(bytes.clone()).unwrap()
    };
    let a = file(&format!("OEBPS/{alpha}.xhtml"));
    for want in [
        "href=\"#second-part\"",
        "href=\"s1.xhtml#deep-dive\"",
        "<details><summary>More</summary>",
        "<span class=\"note\">\n<span>Inside a span.</span>",
        "href=\"https://chat.example/?c=#%23harbour\"",
    ] {
        assert!(a.contains(want), "{want} in {a}");
    }
    let svg = file("OEBPS/images/img-1.svg");
    assert!(!svg.contains("DOCTYPE") && svg.contains("xmlns=\"http://www.w3.org/2000/svg\""));
    assert!(!svg.contains("class=\"grid\""), "{svg}");
}

#[test]
fn every_book_passes_epubcheck() {
    let Some(jar) = epubcheck() else { return };
    let (s, b, r) = (sample(), blog(), real_content());
    crate::blog::translate_two_posts(b.path());
    // Left to right, right to left, a pseudo-locale; the blog's images,
    // raw HTML and page bundle. (One Java start per book: a few of them.)
    let mut books = Vec::new();
    for (d, langs) in [
        (s.path(), ["en", "fa", "ar-XB"].as_slice()),
        (b.path(), &["es", "fa"]),
        (r.path(), &["en"]),
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
