//! The built pages as a reader's browser sees them: headless Chromium (Debian's
//! `chromium`) driven by playwright-core. CI installs both (`.ci/run`); elsewhere
//! the test reports that it could not run. Screenshots go to
//! `target/browser-screenshots/` (the Persian page among them).

use std::path::{Path, PathBuf};
use std::process::Command;

use assert_cmd::cargo::CommandCargoExt;
use serde_json::{Value, json};

use crate::project;
use project::sample;

pub(crate) fn tools() -> Option<PathBuf> {
    let module = Path::new(env!("CARGO_MANIFEST_DIR")).join(".ci/node");
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    let ok = module
        .join("node_modules/playwright-core/package.json")
        .is_file()
        && Path::new(&chromium).is_file()
        && Command::new("node")
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success());
    if !ok {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must have chromium, node and playwright-core (.ci/run installs them)"
        );
        eprintln!("SKIPPED: chromium, node or playwright-core missing (see .ci/run)");
        return None;
    }
    Some(module)
}

/// Runs `tests/support/<script>` with node (playwright-core from `module`,
/// then `args`), which must succeed, and parses the JSON it prints.
pub(crate) fn run_script<A: AsRef<std::ffi::OsStr>>(
    module: &Path,
    script: &str,
    args: &[A],
) -> Value {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = Command::new("node")
        .arg(root.join("tests/support").join(script))
        .arg(module)
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{script}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn pages_read_right_in_chromium() {
    let Some(module) = tools() else { return };
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = sample();
    let st = Command::cargo_bin("dragoman")
        .unwrap()
        .current_dir(dir.path())
        .arg("build")
        .status()
        .unwrap();
    assert!(st.success());
    let shots = root.join("target/browser-screenshots");
    std::fs::create_dir_all(&shots).unwrap();
    let v = run_script(
        &module,
        "browser.mjs",
        &[dir.path().join("build"), shots.clone()],
    );
    for (page, info) in v.as_object().unwrap() {
        assert_eq!(
            info["errors"],
            serde_json::json!([]),
            "console errors on {page}"
        );
        assert!(shots.join(info["screenshot"].as_str().unwrap()).is_file());
    }
    // Persian and Arabic: right-to-left body and paragraphs, left-to-right code.
    for page in [
        "fa/board-2025/kenji-sato.html",
        "ar/samira-haddad.html",
        "ar-XB/board-2025/kenji-sato.html",
    ] {
        let p = &v[page];
        assert_eq!(p["htmlDir"], "rtl", "{page}");
        assert_eq!(p["bodyDirection"], "rtl", "{page}");
        for para in p["paragraphs"].as_array().unwrap() {
            let want = if para["lang"] == "en" { "ltr" } else { "rtl" };
            assert_eq!(para["dir"], want, "{page}: {para}");
        }
        for c in p["code"].as_array().unwrap() {
            assert_eq!(c, "ltr", "{page}");
        }
        for li in p["listItems"].as_array().unwrap() {
            let want = if li["lang"] == "en" { "ltr" } else { "rtl" };
            assert_eq!(li["dir"], want, "{page}: {li}");
        }
    }
    let fa = &v["fa/board-2025/kenji-sato.html"];
    assert!(!fa["code"].as_array().unwrap().is_empty());
    let spans: Vec<&str> = fa["ltrSpans"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["text"].as_str().unwrap())
        .collect();
    assert!(
        spans.contains(&"C++") && spans.contains(&"@kenji-ops"),
        "{spans:?}"
    );
    for s in fa["ltrSpans"].as_array().unwrap() {
        assert_eq!(s["dir"], "ltr");
    }
    // The untranslated English paragraph reads left to right.
    assert!(
        fa["paragraphs"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["lang"] == "en" && p["dir"] == "ltr")
    );
    // Switcher: names in their own language, each with lang and dir; it navigates.
    let sw = fa["switcher"].as_array().unwrap();
    assert!(
        sw.iter()
            .any(|l| l["lang"] == "fa" && l["dir"] == "rtl" && l["text"] == "فارسی")
    );
    assert!(
        sw.iter()
            .any(|l| l["lang"] == "es" && l["dir"] == "ltr" && l["text"] == "Español")
    );
    assert_eq!(fa["afterSwitch"]["lang"], "es");
    assert!(
        fa["afterSwitch"]["url"]
            .as_str()
            .unwrap()
            .ends_with("/es/board-2025/kenji-sato.html")
    );
    // The outdated banner on a stale Persian page.
    assert!(
        v["fa/samira-haddad.html"]["banner"]
            .as_str()
            .unwrap()
            .contains("قدیمی")
    );
    // Left-to-right pages stay left-to-right; the accented pseudo-locale is longer.
    assert_eq!(v["es/lucas-moreau.html"]["bodyDirection"], "ltr");
    assert_eq!(v["en-XA/amara-okafor.html"]["bodyDirection"], "ltr");
    assert_eq!(v["index.html"]["bodyDirection"], "ltr");
}

/// A one-statement project whose Persian translation is `cases` (source,
/// translation; one paragraph each), built.
fn persian_page(cases: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::create_dir_all(d.join("statements")).unwrap();
    std::fs::write(
        d.join("dragoman.toml"),
        "source = \"en\"\nlanguages = [\"fa\"]\n",
    )
    .unwrap();
    let source: String = cases.iter().map(|(en, _)| format!("{en}\n\n")).collect();
    std::fs::write(d.join("statements/brackets.md"), source).unwrap();
    let run = |args: &[&str]| {
        let st = Command::cargo_bin("dragoman")
            .unwrap()
            .current_dir(d)
            .args(args)
            .status()
            .unwrap();
        assert!(st.success(), "{args:?}");
    };
    run(&["sync"]);
    let po = d.join("locales/fa/brackets.po");
    let mut cat =
        dragoman::catalog::Catalog::parse_po(&std::fs::read_to_string(&po).unwrap()).unwrap();
    for m in &mut cat.messages {
        let Some((_, fa)) = cases.iter().find(|(en, _)| *en == m.source) else {
            panic!("no case for {:?}", m.source)
        };
        m.translation = vec![fa.to_string()];
    }
    std::fs::write(&po, cat.write_po()).unwrap();
    run(&["build"]);
    dir
}

/// On a Persian page, a left-to-right island never splits a bracket or quote
/// pair from the text it encloses, and a sentence's full stop stays at its
/// end (the left): measured by where each character lands on screen.
#[test]
fn rtl_brackets_stay_around_their_text_in_chromium() {
    let Some(module) = tools() else { return };
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let cases = [
        (
            "Send the request (RFI) today.",
            "درخواست (RFI) را امروز بفرستید.",
        ),
        (
            "Write it as \\[PEP 8\\] says.",
            "آن را طبق \\[PEP 8\\] بنویسید.",
        ),
        ("Learn the «C++» language.", "زبان «C++» را یاد بگیرید."),
        ("Read (C++) notes.", "یادداشت‌های (C++) را بخوانید."),
        (
            "Call it (see `foo()`) first.",
            "اول آن را صدا بزنید (ببینید `foo()`) لطفاً.",
        ),
        ("Version (v3.12) is out.", "نسخهٔ (v3.12) آمد."),
        ("Mixed (one RFI) case.", "حالت (یک RFI) و (RFI یک) هم هست."),
        ("It ends with RFI.", "این جمله با RFI."),
    ];
    let dir = persian_page(&cases);
    let d = dir.path();
    let shots = root.join("target/browser-screenshots");
    std::fs::create_dir_all(&shots).unwrap();
    let paras: Vec<Value> = serde_json::from_value(run_script(
        &module,
        "brackets.mjs",
        &[
            d.join("build/fa/brackets.html"),
            shots.join("fa_brackets.png"),
        ],
    ))
    .unwrap();
    assert_eq!(paras.len(), cases.len());
    let (mut pairs, mut islands) = (0, 0);
    for p in &paras {
        assert_eq!(p["dir"], "rtl", "{p}");
        for pair in p["pairs"].as_array().unwrap() {
            let x = |k: &str| pair[k].as_f64().unwrap();
            let (lo, hi) = (x("opener").min(x("closer")), x("opener").max(x("closer")));
            let inner = pair["inner"].as_array().unwrap();
            let (a, b) = (inner[0].as_f64().unwrap(), inner[1].as_f64().unwrap());
            assert!(
                lo < a && b < hi,
                "{} split from its text in {:?}: {pair}",
                pair["pair"],
                p["text"]
            );
            // Right-to-left text opens on the right.
            assert!(
                x("opener") > x("closer"),
                "{} reads backwards in {:?}",
                pair["pair"],
                p["text"]
            );
            pairs += 1;
        }
        for run in p["ltr"].as_array().unwrap() {
            assert_eq!(
                run["ordered"], true,
                "{} reads left to right in {:?}",
                run["text"], p["text"]
            );
            islands += 1;
        }
        if let Some(stop) = p["stop"].as_object() {
            let x = stop["x"].as_f64().unwrap();
            let rest_min = stop["rest"][0].as_f64().unwrap();
            assert!(
                x < rest_min,
                "the full stop ends the sentence on the left: {:?}",
                p["text"]
            );
        }
    }
    assert_eq!(pairs, 8, "every pair measured");
    assert!(islands >= 3, "C++ twice and the code measured: {islands}");
}

/// The fixture blog in Chromium: Persian and Spanish pages and indexes load
/// only files of the output folder (the video embed's request is the only
/// one outside it, and it goes to an allowed host), show every image, run no
/// script, and read in their direction. Screenshots in
/// `target/browser-screenshots/blog_*.png`.
#[test]
fn blog_pages_stay_inside_the_output_folder_in_chromium() {
    let Some(module) = tools() else { return };
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = project::blog();
    let d = dir.path();
    crate::blog::translate_two_posts(d);
    let st = Command::cargo_bin("dragoman")
        .unwrap()
        .current_dir(d)
        .arg("build")
        .status()
        .unwrap();
    assert!(st.success());
    let shots = root.join("target/browser-screenshots");
    std::fs::create_dir_all(&shots).unwrap();
    let pages = [
        "fa/harbor-lights.html",
        "es/tide-tables/index.html",
        "fa/index.html",
        "es/index.html",
    ];
    let mut args: Vec<std::ffi::OsString> = vec![d.join("build").into(), shots.clone().into()];
    args.extend(pages.iter().map(std::ffi::OsString::from));
    let v = run_script(&module, "blog-pages.mjs", &args);
    let build = url_of(&d.join("build"));
    for page in pages {
        let p = &v[page];
        assert_eq!(p["errors"], serde_json::json!([]), "{page}");
        assert_eq!(
            p["brokenImages"],
            serde_json::json!([]),
            "{page}: every image resolves"
        );
        assert_eq!(p["scripts"], 0, "{page}");
        for r in p["requests"].as_array().unwrap() {
            let r = r.as_str().unwrap();
            let embed = r.starts_with("https://www.youtube-nocookie.com/embed/");
            assert!(r.starts_with(&build) || embed, "{page} requested {r}");
        }
        let want = if page.starts_with("fa/") {
            "rtl"
        } else {
            "ltr"
        };
        assert_eq!(p["dir"], want, "{page}");
        assert!(shots.join(p["screenshot"].as_str().unwrap()).is_file());
    }
    assert_eq!(
        v["fa/harbor-lights.html"]["h1"],
        "چرا چراغ‌های بندر با الگو چشمک می‌زنند"
    );
    assert!(
        v["fa/harbor-lights.html"]["requests"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r.as_str().unwrap().ends_with("/fa/pier-light.png")),
        "the Persian variant of the image is loaded"
    );
}

/// A folder as the `file://` URL prefix Chromium reports.
pub(crate) fn url_of(dir: &Path) -> String {
    let mut s = String::from("file://");
    for c in dir.to_string_lossy().split('/') {
        if !c.is_empty() {
            s.push('/');
            s.push_str(c);
        }
    }
    s
}

/// The workbench in Chromium, as a Persian translator uses it: entries in a
/// right-to-left editor, Persian typed with a ZWNJ (Shift+Space) and saved
/// with Ctrl+Enter, the stale diff, the right-to-left preview with the saved
/// text, a `<script>` translation inert, no request elsewhere, the interface
/// in Persian right to left. Screenshots in `target/browser-screenshots/`.
#[test]
fn the_workbench_in_chromium() {
    let Some(module) = tools() else {
        return;
    };
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = sample();
    let d = dir.path();
    let server = crate::server::Server::start(d, &[]);
    let shots = root.join("target/browser-screenshots");
    std::fs::create_dir_all(&shots).unwrap();
    let base = format!("http://{}/", server.addr);
    let v = run_script(
        &module,
        "workbench.mjs",
        &[
            std::ffi::OsStr::new(&base),
            std::ffi::OsStr::new("statements/samira-haddad.md"),
            shots.as_os_str(),
        ],
    );
    eprintln!("{v:#}");
    assert_eq!(v["errors"], json!([]), "no script error, no CSP violation");
    assert_eq!(v["dialogs"], 0, "no script of a translation ran");
    assert_eq!(v["offsite"], json!([]), "nothing requested from elsewhere");
    assert_eq!(
        (v["textareaDir"].as_str(), v["textareaLang"].as_str()),
        (Some("rtl"), Some("fa"))
    );
    assert!(
        v["staleDiff"].as_u64().unwrap() > 0,
        "the stale entry shows its diff"
    );
    assert_eq!(
        v["typed"], "خوشحال می\u{200c}شوم.",
        "Shift+Space typed a ZWNJ"
    );
    assert_eq!(v["previewDir"], "rtl");
    assert_eq!(v["previewHasText"], true);
    assert_eq!(v["previewScripts"], 0);
    assert_eq!(v["uiDir"], "rtl");
    assert_eq!(v["homeVisible"], 1);
    let po = std::fs::read_to_string(d.join("locales/fa/samira-haddad.po")).unwrap();
    assert!(po.contains("خوشحال می\u{200c}شوم."), "saved: {po}");
}
