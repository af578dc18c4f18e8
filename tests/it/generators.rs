//! `build --target markdown|hugo|zola|mdbook` on the fixture blog (es and fa
//! translations, one of them stale), proven with the real generators: Hugo
//! (Debian's `hugo`) builds a multilingual site from the `hugo` output and
//! mdbook (installed by `.ci/run`, pinned) builds each language's book.
//! Zola has no package here: its output is checked against Zola's documented
//! conventions (`name.lang.md` beside the original, custom keys under
//! `[extra]`). Elsewhere a missing tool is reported; under `CI=true` it fails.

use std::fs;
use std::path::Path;
use std::process::Command;

use crate::project::{blog, configure, copy_dir, dragoman, edit, json, read, tool, write_files};

/// Runs `cmd`, which must succeed (`what` names it in the failure).
fn run_ok(cmd: &mut Command, what: &str) {
    let run = cmd.output().unwrap();
    assert!(
        run.status.success(),
        "{what}: {}",
        String::from_utf8_lossy(&run.stderr)
    );
}

/// Builds the Hugo site at `site` into `site/public`.
fn run_hugo(hugo: &Path, site: &Path) {
    let mut cmd = Command::new(hugo);
    cmd.args(["--quiet", "--source"])
        .arg(site)
        .arg("--destination")
        .arg(site.join("public"));
    run_ok(&mut cmd, "hugo");
}

/// The fixture blog translated (fa: harbor-lights; es: tide-tables), with
/// one Spanish translation gone stale.
fn translated() -> tempfile::TempDir {
    let dir = blog();
    let d = dir.path();
    crate::blog::translate_two_posts(d);
    edit(
        &d.join("content/tide-tables/index.md"),
        "change the most in the middle",
        "change most in the middle",
    );
    dragoman(d).args(["-q", "sync"]).assert().success();
    dir
}

/// The files under `dir`, relative and sorted.
fn listing(dir: &Path) -> Vec<String> {
    crate::busy::files(dir)
        .into_keys()
        .map(|p| p.to_string_lossy().replace('\\', "/"))
        .collect()
}

#[test]
fn hugo_builds_every_language_from_the_hugo_output() {
    let Some(hugo) = tool("hugo") else { return };
    let dir = translated();
    let site = tempfile::tempdir().unwrap();
    let s = site.path();
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hugo-site"),
        s,
    );
    let out = s.join("content");
    let out_arg = out.to_string_lossy().into_owned();
    let report = json(
        dir.path(),
        &[
            "build", "--target", "hugo", "--out", &out_arg, "--format", "json",
        ],
    );
    assert_eq!(report["target"], "hugo");
    let es = read(&out.join("es/tide-tables/index.md"));
    assert!(
        es.contains("translationKey: \"tide-tables/index\"\nlang: \"es\"\noutdated: true\n"),
        "{es}"
    );
    assert!(es.contains("Cómo leer una tabla de mareas"), "{es}");
    let en = read(&out.join("en/harbor-lights.md"));
    assert!(en.contains("translationKey = \"harbor-lights\""), "{en}");
    run_hugo(&hugo, s);
    let page = read(&s.join("public/es/tide-tables/index.html"));
    assert!(page.contains("<html lang=\"es\" dir=\"ltr\">"), "{page}");
    assert!(
        page.contains("<h1>Cómo leer una tabla de mareas</h1>"),
        "{page}"
    );
    assert!(
        page.contains("class=\"outdated\""),
        "the stale translation is marked"
    );
    assert!(
        page.contains("hreflang=\"en\""),
        "tied to its original by translationKey: {page}"
    );
    let fa = read(&s.join("public/fa/harbor-lights/index.html"));
    assert!(fa.contains("<html lang=\"fa\" dir=\"rtl\">"), "{fa}");
    assert!(fa.contains("چرا چراغ‌های بندر با الگو چشمک می‌زنند"), "{fa}");
    assert!(!fa.contains("class=\"outdated\""));
    assert!(s.join("public/en/fog-signals/index.html").is_file());
}

#[test]
fn hugo_builds_translations_by_file_name() {
    let Some(hugo) = tool("hugo") else { return };
    let dir = translated();
    configure(dir.path(), "output_path = \"{dir}/{stem}.{lang}.{ext}\"\n");
    let site = tempfile::tempdir().unwrap();
    let s = site.path();
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hugo-site"),
        s,
    );
    // One content folder: a translation is `name.fa.md` beside `name.md`.
    let config = read(&s.join("hugo.toml"));
    let config: String = config
        .lines()
        .filter(|l| !l.starts_with("contentDir"))
        .map(|l| format!("{l}\n"))
        .collect();
    fs::write(s.join("hugo.toml"), config).unwrap();
    let out_arg = s.join("content").to_string_lossy().into_owned();
    dragoman(dir.path())
        .args(["-q", "build", "--target", "hugo", "--out", &out_arg])
        .assert()
        .success();
    assert!(s.join("content/harbor-lights.fa.md").is_file());
    assert!(s.join("content/tide-tables/index.es.md").is_file());
    run_hugo(&hugo, s);
    let fa = read(&s.join("public/fa/harbor-lights/index.html"));
    assert!(fa.contains("<html lang=\"fa\" dir=\"rtl\">"), "{fa}");
    assert!(fa.contains("چرا چراغ‌های بندر با الگو چشمک می‌زنند"), "{fa}");
    assert!(fa.contains("pier-light.fa.png"), "its own image: {fa}");
    assert!(fa.contains("hreflang=\"en\""), "tied to its original: {fa}");
    let es = read(&s.join("public/es/tide-tables/index.html"));
    assert!(
        es.contains("<h1>Cómo leer una tabla de mareas</h1>"),
        "{es}"
    );
    assert!(s.join("public/en/fog-signals/index.html").is_file());
}

#[test]
fn mdbook_builds_a_book_per_language() {
    let Some(mdbook) = tool("mdbook") else { return };
    let dir = translated();
    let books = tempfile::tempdir().unwrap();
    let out_arg = books.path().to_string_lossy().into_owned();
    dragoman(dir.path())
        .args(["-q", "build", "--target", "mdbook", "--out", &out_arg])
        .assert()
        .success();
    let summary = read(&books.path().join("fa/src/SUMMARY.md"));
    assert!(
        summary.contains("- [چرا چراغ‌های بندر با الگو چشمک می‌زنند](harbor-lights.md)"),
        "{summary}"
    );
    for (lang, dir_attr, title) in [
        ("en", "ltr", "Why harbor lights blink in patterns"),
        ("es", "ltr", "Cómo leer una tabla de mareas"),
        ("fa", "rtl", "چرا چراغ‌های بندر با الگو چشمک می‌زنند"),
    ] {
        let book = books.path().join(lang);
        run_ok(Command::new(&mdbook).arg("build").arg(&book), lang);
        let page = match lang {
            "es" => read(&book.join("book/tide-tables/index.html")),
            _ => read(&book.join("book/harbor-lights.html")),
        };
        assert!(page.contains(&format!("lang=\"{lang}\"")), "{lang}");
        assert!(page.contains(&format!("dir=\"{dir_attr}\"")), "{lang}");
        assert!(page.contains(title), "{lang}: {title}");
        assert!(
            !page.contains("+++") && !page.contains("translationKey"),
            "no front matter shown"
        );
    }
    let es = read(&books.path().join("es/src/tide-tables/index.md"));
    assert!(
        es.starts_with("# Cómo leer una tabla de mareas\n\n> "),
        "title, then the outdated note: {es}"
    );
    assert!(books.path().join("es/src/tide-tables/table.png").is_file());
}

#[test]
fn an_mdbook_summary_lists_only_what_a_language_publishes() {
    let Some(mdbook) = tool("mdbook") else { return };
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    write_files(
        d,
        &[
            (
                "dragoman.toml",
                "name = \"Tide Book\"\nsource = \"en\"\nlanguages = [\"fa\"]\nstatements = \"src\"\ntarget = \"mdbook\"\npublish_threshold = 50\nbelow_threshold = \"skip\"\n",
            ),
            (
                "src/SUMMARY.md",
                "# Summary\n\n- [Charts](charts.md)\n- [Tides](tides.md)\n  - [Spring tides](tides/spring.md)\n- [Fog](fog.md)\n",
            ),
            ("src/charts.md", "# Charts\n\nRead the chart.\n"),
            ("src/tides.md", "# Tides\n\nTides rise.\n"),
            ("src/tides/spring.md", "# Spring tides\n\nHigh water.\n"),
            ("src/fog.md", "# Fog\n\nSound the horn.\n"),
        ],
    );
    dragoman(d).args(["-q", "sync"]).assert().success();
    let fa = |s: &str| {
        let t = match s {
            "Charts" => "نقشه‌ها",
            "Read the chart." => "نقشه را بخوان.",
            "Spring tides" => "کشند مهتابی",
            "High water." => "آب بالا.",
            _ => return None,
        };
        Some(t.to_string())
    };
    crate::blog::translate(d, "fa", "charts", &fa);
    crate::blog::translate(d, "fa", "tides/spring", &fa);
    let books = d.join("books");
    dragoman(d)
        .args(["-q", "build", "--out", "books"])
        .assert()
        .success();
    // Tides is left out but keeps its place above Spring tides, as a draft;
    // Fog is gone; the summary (held back itself) carries no notice.
    let summary = read(&books.join("fa/src/SUMMARY.md"));
    assert_eq!(
        summary,
        "# Summary\n\n- [Charts](charts.md)\n- [Tides]()\n  - [Spring tides](tides/spring.md)\n"
    );
    run_ok(
        Command::new(&mdbook).arg("build").arg(books.join("fa")),
        "mdbook",
    );
    let book = books.join("fa/book");
    assert!(read(&book.join("charts.html")).contains("نقشه را بخوان."));
    assert!(book.join("tides/spring.html").is_file());
    for gone in [
        "book/fog.html",
        "book/tides.html",
        "src/fog.md",
        "src/tides.md",
    ] {
        assert!(!books.join("fa").join(gone).exists(), "{gone}");
    }
}

/// The keys at the top of a TOML front matter block.
fn toml_keys(md: &str) -> toml::Table {
    let inner = md.strip_prefix("+++\n").unwrap();
    toml::from_str(&inner[..inner.find("+++\n").unwrap()]).unwrap()
}

#[test]
fn zola_output_follows_zolas_conventions() {
    let dir = translated();
    let content = tempfile::tempdir().unwrap();
    let c = content.path();
    let out_arg = c.to_string_lossy().into_owned();
    dragoman(dir.path())
        .args(["-q", "build", "--target", "zola", "--out", &out_arg])
        .assert()
        .success();
    assert_eq!(
        listing(c),
        [
            "fog-signals.es.md",
            "fog-signals.fa.md",
            "fog-signals.md",
            "harbor-lights.es.md",
            "harbor-lights.fa.md",
            "harbor-lights.md",
            "pier-light.fa.png",
            "pier-light.png",
            "tide-tables/index.es.md",
            "tide-tables/index.fa.md",
            "tide-tables/index.md",
            "tide-tables/table.png",
        ]
    );
    // One folder for every language: the Persian post shows the Persian
    // variant of its image under its own name, the others the original.
    let fa_md = read(&c.join("harbor-lights.fa.md"));
    assert!(fa_md.contains("](./pier-light.fa.png)"), "{fa_md}");
    assert!(read(&c.join("harbor-lights.es.md")).contains("](./pier-light.png)"));
    assert_eq!(
        fs::read(c.join("pier-light.fa.png")).unwrap(),
        fs::read(dir.path().join("content/pier-light.fa.png")).unwrap()
    );
    // TOML front matter: the source's top-level keys and no others; the
    // language (and staleness) under [extra].
    let source = toml_keys(&read(&dir.path().join("content/harbor-lights.md")));
    let fa = toml_keys(&read(&c.join("harbor-lights.fa.md")));
    let keys = |t: &toml::Table| t.keys().cloned().collect::<Vec<_>>();
    assert_eq!(keys(&fa), keys(&source));
    assert_eq!(fa["extra"]["lang"].as_str(), Some("fa"));
    assert_eq!(
        fa["extra"]["summary"].as_str(),
        Some("هر چراغ ریتم خودش را دارد تا ملوانان بتوانند آن‌ها را از هم تشخیص دهند.")
    );
    // YAML front matter (the page bundle): `extra:` as a mapping.
    let es = read(&c.join("tide-tables/index.es.md"));
    assert!(
        es.contains("extra:\n  lang: \"es\"\n  outdated: true\n---\n"),
        "{es}"
    );
}

#[test]
fn markdown_target_layouts_thresholds_and_notes() {
    let dir = translated();
    let d = dir.path();
    let cfg = d.join("dragoman.toml");
    let base = configure(
        d,
        "publish_threshold = 50\nbelow_threshold = \"skip\"\noutdated_note = \"front-matter\"\n",
    );
    let out = tempfile::tempdir().unwrap();
    let o = out.path();
    let out_arg = o.to_string_lossy().into_owned();
    let report = json(
        d,
        &[
            "build", "--target", "markdown", "--out", &out_arg, "--format", "json",
        ],
    );
    let skipped = |i: usize| report["languages"][i]["skipped"].as_array().unwrap().len();
    assert_eq!((skipped(0), skipped(1)), (2, 2), "{report}");
    assert_eq!(
        listing(o),
        [
            "es/tide-tables/index.md",
            "es/tide-tables/table.png",
            "fa/harbor-lights.md",
            "fa/pier-light.png",
        ],
        "the source is not written; statements below 50 % are left out"
    );
    // The Persian variant of the image stands in for the plain one.
    assert_eq!(
        fs::read(o.join("fa/pier-light.png")).unwrap(),
        fs::read(d.join("content/pier-light.fa.png")).unwrap()
    );
    let es = read(&o.join("es/tide-tables/index.md"));
    assert!(es.contains("lang: \"es\"\noutdated: true\n---\n"), "{es}");
    assert!(
        !es.contains("\n> "),
        "outdated_note = front-matter: no note in the body: {es}"
    );
    // Beside the originals instead, and two statements on one path refused.
    fs::write(
        &cfg,
        format!("{base}output_path = \"{{dir}}/{{stem}}.{{lang}}.{{ext}}\"\n"),
    )
    .unwrap();
    dragoman(d)
        .args(["-q", "build", "--target", "markdown", "--out", &out_arg])
        .assert()
        .success();
    assert!(o.join("tide-tables/index.es.md").is_file() && o.join("harbor-lights.fa.md").is_file());
    fs::write(
        &cfg,
        format!("{base}output_path = \"{{lang}}/{{stem}}.{{ext}}\"\n"),
    )
    .unwrap();
    fs::create_dir_all(d.join("content/old")).unwrap();
    fs::write(
        d.join("content/old/fog-signals.md"),
        "# Fog\n\nAn older post.\n",
    )
    .unwrap();
    let err = dragoman(d)
        .args(["build", "--target", "markdown", "--out", &out_arg])
        .assert()
        .code(2);
    let err = String::from_utf8_lossy(&err.get_output().stderr).into_owned();
    assert!(
        err.contains("content/fog-signals.md (es)")
            && err.contains("content/old/fog-signals.md (es)")
            && err.contains("es/fog-signals.md"),
        "{err}"
    );
    fs::write(
        &cfg,
        format!("{base}output_path = \"../{{lang}}/{{path}}\"\n"),
    )
    .unwrap();
    let err = dragoman(d)
        .args(["build", "--target", "markdown"])
        .assert()
        .code(2);
    let err = String::from_utf8_lossy(&err.get_output().stderr).into_owned();
    assert!(
        err.contains("dragoman.toml:8:") && err.contains("inside the output folder"),
        "{err}"
    );
}

#[test]
fn a_translation_cannot_bring_markup_into_a_generators_files() {
    let dir = translated();
    let d = dir.path();
    let po = d.join("locales/fa/harbor-lights.po");
    let text = read(&po).replace(
        "msgstr \"چراغ اسکله هنگام غروب\"",
        "msgstr \"چراغ <img src=x onerror=alert(1)> اسکله\"",
    );
    fs::write(&po, text).unwrap();
    let out = tempfile::tempdir().unwrap();
    let out_arg = out.path().to_string_lossy().into_owned();
    dragoman(d)
        .args(["-q", "build", "--target", "hugo", "--out", &out_arg])
        .assert()
        .success();
    let fa = read(&out.path().join("fa/harbor-lights.md"));
    assert!(!fa.contains("<img src=x"), "{fa}");
}

#[test]
fn html_pages_below_the_threshold_can_be_left_out() {
    let dir = translated();
    let d = dir.path();
    configure(d, "publish_threshold = 50\nbelow_threshold = \"skip\"\n");
    let report = json(d, &["build", "--format", "json"]);
    assert_eq!(report["target"], "html");
    let es = &report["languages"][0];
    assert_eq!(es["skipped"].as_array().unwrap().len(), 2, "{report}");
    assert_eq!(es["pages"], 1, "{report}");
    let b = d.join("build");
    assert!(!b.join("es/harbor-lights.html").exists() && !b.join("es/harbor-lights.md").exists());
    assert!(
        b.join("fa/harbor-lights.html").is_file() && b.join("es/tide-tables/index.html").is_file()
    );
    // Nothing links to a page that is not there.
    let en = read(&b.join("en/harbor-lights.html"));
    assert!(
        !en.contains("hreflang=\"es\"") && en.contains("hreflang=\"fa\""),
        "{en}"
    );
    let fa = read(&b.join("fa/harbor-lights.html"));
    assert!(!fa.contains("../es/harbor-lights.html"), "{fa}");
    assert!(!read(&b.join("es/index.html")).contains("harbor-lights.html"));
    let index = read(&b.join("index.html"));
    assert!(!index.contains("href=\"es/harbor-lights.html\""), "{index}");
    assert!(index.contains("href=\"fa/harbor-lights.html\""));
    // Coverage still counts it.
    let status = read(&b.join("status.html"));
    assert!(
        status.contains("Why harbor lights blink in patterns in es: 0.0% translated"),
        "{status}"
    );
}

/// The rust-blog corpus (a real Zola site) as the `zola` target writes it:
/// every file name as Zola reads languages (the part after the first `.`
/// a configured language), each page's `path` its own, every front matter
/// valid TOML with the language under `[extra]`, no translation claiming
/// the original's `aliases`.
#[test]
fn the_rust_blog_as_a_multilingual_zola_site() {
    let Some(blog) = crate::corpus::rust_blog() else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    copy_dir(&blog.join("content"), &d.join("content"));
    fs::write(
        d.join("dragoman.toml"),
        "name = \"Rust Blog\"\nsource = \"en\"\nlanguages = [\"es\", \"fa\"]\nstatements = \"content\"\nlayout = \"single\"\n",
    )
    .unwrap();
    let out = tempfile::tempdir().unwrap();
    let o = out.path().join("content");
    let out_arg = o.to_string_lossy().into_owned();
    dragoman(d)
        .args(["-q", "build", "--target", "zola", "--out", &out_arg])
        .assert()
        .success();
    let mut paths: std::collections::HashMap<String, String> = Default::default();
    let mut pages = 0;
    for (rel, bytes) in crate::busy::files(&o) {
        let rel = rel.to_string_lossy().replace('\\', "/");
        let Some(stem) = rel.rsplit('/').next().unwrap().strip_suffix(".md") else {
            continue;
        };
        pages += 1;
        let lang = match stem.split_once('.') {
            None => "en",
            Some((_, l)) => {
                assert!(["es", "fa"].contains(&l), "Zola would refuse {rel}");
                l
            }
        };
        let text = String::from_utf8(bytes).unwrap();
        let inner = text
            .strip_prefix("+++\n")
            .unwrap_or_else(|| panic!("{rel}"));
        let fm: toml::Table = toml::from_str(&inner[..inner.find("\n+++\n").unwrap() + 1])
            .unwrap_or_else(|e| panic!("{rel}: {e}"));
        assert_eq!(fm["extra"]["lang"].as_str(), Some(lang), "{rel}");
        if lang != "en" {
            assert!(!fm.contains_key("aliases"), "{rel}");
        }
        if let Some(p) = fm.get("path").and_then(|p| p.as_str()) {
            if lang != "en" {
                assert!(p.starts_with(&format!("{lang}/")), "{rel}: {p}");
            }
            let before = paths.insert(p.to_string(), rel.clone());
            assert!(before.is_none(), "{rel} and {before:?} share path {p}");
        }
    }
    assert!(pages > 3 * 700, "{pages}");
    assert!(o.join("Rust-1.5/index.fa.md").is_file() && o.join("Rust-1.5/index.md").is_file());
}
