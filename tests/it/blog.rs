//! The fixture blog: front matter in TOML, YAML and JSON (nested keys
//! included) is offered for translation and rebuilt in place, everything
//! else in the block byte-identical.

use std::fs;
use std::path::Path;

use dragoman::catalog::Catalog;

use crate::project::{blog, dragoman};

/// Translates every message of `lang`'s catalog of `statement` for which
/// `tr` has an answer.
pub(crate) fn translate(
    dir: &Path,
    lang: &str,
    statement: &str,
    tr: &dyn Fn(&str) -> Option<String>,
) {
    let path = dir.join(format!("locales/{lang}/{statement}.po"));
    let mut cat = Catalog::parse_po(&fs::read_to_string(&path).unwrap()).unwrap();
    for m in &mut cat.messages {
        if let Some(t) = tr(&m.source) {
            m.translation = vec![t];
        }
    }
    fs::write(&path, cat.write_po()).unwrap();
}

/// Persian for most of `harbor-lights` (the iframe's title left in English)
/// and Spanish for all of `tide-tables`: pages worth looking at.
pub(crate) fn translate_two_posts(dir: &Path) {
    dragoman(dir).arg("sync").assert().success();
    translate(dir, "fa", "harbor-lights", &|s| {
        let t = match s {
            "Why harbor lights blink in patterns" => "چرا چراغ‌های بندر با الگو چشمک می‌زنند",
            "Each light has its own rhythm, so sailors can tell them apart." => {
                "هر چراغ ریتم خودش را دارد تا ملوانان بتوانند آن‌ها را از هم تشخیص دهند."
            }
            "Every harbor light repeats a pattern of flashes. A sailor who counts the flashes knows which light it is, even on a night without stars." => {
                "هر چراغ بندر الگویی از درخشش‌ها را تکرار می‌کند. ملوانی که درخشش‌ها را بشمارد می‌داند کدام چراغ است، حتی در شبی بی‌ستاره."
            }
            "![A green light on a stone pier](./pier-light.png)" => {
                "![چراغی سبز روی اسکله‌ای سنگی](./pier-light.png)"
            }
            "The pier light at dusk" => "چراغ اسکله هنگام غروب",
            "The pier light flashes green every four seconds." => {
                "چراغ اسکله هر چهار ثانیه سبز می‌درخشد."
            }
            "Reading a pattern" => "خواندن یک الگو",
            "A chart lists each light as a short code, like `Fl G 4s`: flashing, green, every four seconds. Longer codes such as `Oc (2) W 10s` describe groups." => {
                "نقشه هر چراغ را با کدی کوتاه مانند `Fl G 4s` فهرست می‌کند: درخشان، سبز، هر چهار ثانیه. کدهای بلندتری مانند `Oc (2) W 10s` گروه‌ها را توصیف می‌کنند."
            }
            _ => return None,
        };
        Some(t.to_string())
    });
    translate(dir, "es", "tide-tables/index", &|s| {
        let t = match s {
            "Reading a tide table" => "Cómo leer una tabla de mareas",
            "A short guide to the columns of a tide table." => {
                "Una guía breve de las columnas de una tabla de mareas."
            }
            "High water, low water, and the hours between." => {
                "Pleamar, bajamar y las horas intermedias."
            }
            "A tide table gives the time and height of each high and low water. The heights are measured from chart datum (CD)." => {
                "Una tabla de mareas da la hora y la altura de cada pleamar y bajamar. Las alturas se miden desde el cero hidrográfico (CD)."
            }
            "![Part of a printed tide table](table.png)" => {
                "![Parte de una tabla de mareas impresa](table.png)"
            }
            "Time" => "Hora",
            "Height" => "Altura",
            "Kind" => "Tipo",
            "High" => "Pleamar",
            "Low" => "Bajamar",
            "The hours between change the most in the middle of the tide." => {
                "Las horas intermedias son las que más cambian a mitad de la marea."
            }
            _ => return None,
        };
        Some(t.to_string())
    });
}

fn front_matter_notes(dir: &Path, statement: &str) -> Vec<String> {
    let pot = fs::read_to_string(dir.join(format!("locales/templates/{statement}.pot"))).unwrap();
    pot.lines()
        .filter_map(|l| l.strip_prefix("#. front matter: "))
        .map(str::to_string)
        .collect()
}

#[test]
fn front_matter_in_every_format_is_offered_by_key_path() {
    let dir = blog();
    dragoman(dir.path()).arg("sync").assert().success();
    assert_eq!(
        front_matter_notes(dir.path(), "harbor-lights"),
        ["title", "extra.summary"]
    );
    assert_eq!(
        front_matter_notes(dir.path(), "tide-tables/index"),
        ["title", "description"],
        "params.summary is not among the configured keys"
    );
    assert_eq!(
        front_matter_notes(dir.path(), "fog-signals"),
        ["title", "description"]
    );
}

#[test]
fn translated_front_matter_replaces_only_its_values() {
    let dir = blog();
    let d = dir.path();
    dragoman(d).arg("sync").assert().success();
    let tr = |s: &str| match s {
        "Why harbor lights blink in patterns" => {
            Some("Por qué parpadean \"las luces\" del puerto".into())
        }
        "Each light has its own rhythm, so sailors can tell them apart." => {
            Some("Cada luz tiene su ritmo:\nasí se distinguen.".into())
        }
        "Fog signals, from bells to horns" => {
            Some("Señales de niebla, de campanas a bocinas".into())
        }
        "Reading a tide table" => Some("Cómo leer una tabla de mareas".into()),
        _ => None,
    };
    for st in ["harbor-lights", "fog-signals", "tide-tables/index"] {
        translate(d, "es", st, &tr);
    }
    dragoman(d).arg("build").assert().success();
    for (st, format_keys) in [
        (
            "harbor-lights",
            "date = 2024-03-18\nauthors = [\"Ines Calloway\"]",
        ),
        ("fog-signals", "\"date\": \"2022-06-09\""),
        (
            "tide-tables/index",
            "date: 2023-11-02\nparams:\n  summary: High water",
        ),
    ] {
        let src = fs::read_to_string(d.join(format!("content/{st}.md"))).unwrap();
        let built = fs::read_to_string(d.join(format!("build/es/{st}.md"))).unwrap();
        assert!(
            built.contains(format_keys),
            "{st}: other keys kept\n{built}"
        );
        let keys: Vec<String> = ["title", "description", "extra.summary"]
            .map(String::from)
            .into();
        let a = dragoman::source::extract(&src, &keys).unwrap();
        let b = dragoman::source::extract(&built, &keys).unwrap();
        let values = |doc: &dragoman::source::Document| doc.front_matter.clone().unwrap().values;
        let (va, vb) = (values(&a), values(&b));
        assert_eq!(
            va.keys().collect::<Vec<_>>(),
            vb.keys().collect::<Vec<_>>(),
            "{st}: same keys, same order"
        );
        for (k, v) in &va {
            match tr(v.trim()) {
                Some(t) => assert_eq!(vb[k], t, "{st}: {k} translated"),
                None => assert_eq!(&vb[k], v, "{st}: {k} untouched"),
            }
        }
        // The body is the same (nothing in it is translated).
        assert_eq!(
            dragoman::build::body_of(&src),
            dragoman::build::body_of(&built),
            "{st}"
        );
    }
    let html = fs::read_to_string(d.join("build/es/harbor-lights.html")).unwrap();
    assert!(
        html.contains("<title>Por qué parpadean &quot;las luces&quot; del puerto</title>"),
        "{html}"
    );
}

#[test]
fn assets_beside_statements_reach_every_language() {
    let dir = blog();
    let d = dir.path();
    // A link that climbs out of the statements folder copies nothing.
    fs::write(d.join("secret.txt"), "not for publishing").unwrap();
    let post = d.join("content/fog-signals.md");
    let text = fs::read_to_string(&post).unwrap();
    fs::write(
        &post,
        format!("{text}\n[notes](../secret.txt) and [log](missing.txt)\n"),
    )
    .unwrap();
    dragoman(d).arg("build").assert().success();
    let bytes = |p: &str| fs::read(d.join(p)).unwrap();
    for lang in ["en", "es"] {
        assert_eq!(
            bytes(&format!("build/{lang}/pier-light.png")),
            bytes("content/pier-light.png")
        );
        assert_eq!(
            bytes(&format!("build/{lang}/tide-tables/table.png")),
            bytes("content/tide-tables/table.png"),
            "a page bundle's image sits beside its page"
        );
    }
    assert_eq!(
        bytes("build/fa/pier-light.png"),
        bytes("content/pier-light.fa.png"),
        "the Persian variant"
    );
    assert!(!d.join("build/fa/pier-light.fa.png").exists());
    let built: Vec<String> = walk(&d.join("build"));
    assert!(
        !built
            .iter()
            .any(|p| p.ends_with("secret.txt") || p.ends_with("missing.txt")),
        "{built:?}"
    );
    // A changed image is copied again (the cache sees assets).
    let image = d.join("content/tide-tables/table.png");
    fs::write(&image, b"changed").unwrap();
    dragoman(d).arg("build").assert().success();
    assert_eq!(bytes("build/es/tide-tables/table.png"), b"changed");
}

fn walk(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    for e in fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p.display().to_string());
        }
    }
    out
}

#[test]
fn raw_html_of_posts_is_rendered_through_the_allow_list() {
    let dir = blog();
    let d = dir.path();
    let post = d.join("content/harbor-lights.md");
    let text = fs::read_to_string(&post).unwrap();
    fs::write(
        &post,
        format!("{text}\n<iframe src=\"https://tracker.example/embed\"></iframe>\n\n<div onclick=\"steal()\">Hover <script>x()</script>me</div>\n"),
    )
    .unwrap();
    dragoman(d).arg("sync").assert().success();
    dragoman(d).arg("build").assert().success();
    for lang in ["en", "es", "fa"] {
        let html = fs::read_to_string(d.join(format!("build/{lang}/harbor-lights.html"))).unwrap();
        assert!(
            !html.contains("&lt;table") && !html.contains("&lt;iframe"),
            "{lang}: raw HTML shown as text\n{html}"
        );
        assert!(html.contains("<table class=\"caption\">"), "{lang}");
        assert!(
            html.contains("<img src=\"pier-light.png\" alt=\"The pier light at dusk\">"),
            "{lang}"
        );
        assert!(
            html.contains("<iframe src=\"https://www.youtube-nocookie.com/embed/xyz123\""),
            "{lang}: an allowed embed"
        );
        assert!(
            !html.contains("tracker.example"),
            "{lang}: a host not allowed"
        );
        assert!(
            !html.contains("onclick") && !html.contains("<script") && !html.contains("steal"),
            "{lang}"
        );
    }
    // The configuration names the hosts.
    let cfg = d.join("dragoman.toml");
    let text = fs::read_to_string(&cfg).unwrap();
    fs::write(
        &cfg,
        format!("allowed_iframe_hosts = [\"tracker.example/embed\"]\n{text}"),
    )
    .unwrap();
    dragoman(d).arg("build").assert().success();
    let html = fs::read_to_string(d.join("build/en/harbor-lights.html")).unwrap();
    assert!(
        html.contains("<iframe src=\"https://tracker.example/embed\""),
        "{html}"
    );
    assert!(!html.contains("youtube-nocookie"), "{html}");
}

#[test]
fn text_in_raw_html_is_offered_and_translated_in_place() {
    let dir = blog();
    let d = dir.path();
    dragoman(d).arg("sync").assert().success();
    let pot = fs::read_to_string(d.join("locales/templates/harbor-lights.pot")).unwrap();
    for (note, text) in [
        ("html <img alt>", "The pier light at dusk"),
        (
            "html <td>",
            "The pier light flashes green every four seconds.",
        ),
        ("html <iframe title>", "A light at night"),
    ] {
        assert!(
            pot.contains(&format!("#. {note}\n")) && pot.contains(&format!("msgid \"{text}\"")),
            "{note}: {text}\n{pot}"
        );
    }
    assert!(
        !pot.contains("caption\"") && !pot.contains("msgid \"pier-light.png\""),
        "tags and other attributes are not offered"
    );
    translate(d, "es", "harbor-lights", &|s| match s {
        "The pier light at dusk" => Some("La luz del muelle al anochecer".into()),
        "The pier light flashes green every four seconds." => {
            Some("La luz del muelle destella <verde> cada cuatro segundos.".into())
        }
        "A light at night" => Some("Una \"luz\" de noche".into()),
        _ => None,
    });
    dragoman(d).arg("build").assert().success();
    let html = fs::read_to_string(d.join("build/es/harbor-lights.html")).unwrap();
    assert!(
        html.contains("alt=\"La luz del muelle al anochecer\""),
        "{html}"
    );
    assert!(
        html.contains("<td>La luz del muelle destella &lt;verde&gt; cada cuatro segundos.</td>"),
        "{html}"
    );
    assert!(
        html.contains("title=\"Una &quot;luz&quot; de noche\""),
        "{html}"
    );
    let report = dragoman(d)
        .args(["build", "--format", "json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&report.stdout).unwrap();
    let langs = v["languages"].as_array().unwrap();
    assert_eq!(langs.len(), 2, "{v}");
    for l in langs {
        assert_eq!(l["refused"], serde_json::json!([]), "nothing refused: {v}");
    }
}

#[test]
fn pages_show_title_byline_tags_and_alternates() {
    let dir = blog();
    let d = dir.path();
    dragoman(d).arg("build").assert().success();
    let html = fs::read_to_string(d.join("build/fa/harbor-lights.html")).unwrap();
    for want in [
        "<h1 dir=\"auto\">Why harbor lights blink in patterns</h1>",
        "<span class=\"authors\" dir=\"auto\">Ines Calloway</span>",
        "<time datetime=\"2024-03-18\">",
        "<ul class=\"tags\"><li dir=\"auto\">signals</li><li dir=\"auto\">history</li></ul>",
        "<meta property=\"og:title\" content=\"",
        "<link rel=\"canonical\" href=\"../fa/harbor-lights.html\">",
        "<link rel=\"alternate\" hreflang=\"en\" href=\"../en/harbor-lights.html\">",
        "<link rel=\"alternate\" hreflang=\"es\" href=\"../es/harbor-lights.html\">",
        "<link rel=\"alternate\" hreflang=\"fa\" href=\"../fa/harbor-lights.html\">",
        "<link rel=\"alternate\" hreflang=\"x-default\" href=\"../en/harbor-lights.html\">",
    ] {
        assert!(html.contains(want), "{want}\n{html}");
    }
    // A page bundle one folder down; YAML `date`, JSON front matter.
    let bundle = fs::read_to_string(d.join("build/es/tide-tables/index.html")).unwrap();
    assert!(bundle.contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"../../en/tide-tables/index.html\">"), "{bundle}");
    assert!(
        bundle.contains("<time datetime=\"2023-11-02\">"),
        "{bundle}"
    );
    let overview = fs::read_to_string(d.join("build/index.html")).unwrap();
    assert!(
        overview.contains("<td>Why harbor lights blink in patterns<br><small><code>content/harbor-lights.md</code></small></td>"),
        "titles on the overview: {overview}"
    );
    let fog = fs::read_to_string(d.join("build/en/fog-signals.html")).unwrap();
    assert!(
        fog.contains("<time datetime=\"2022-06-09\">") && !fog.contains("class=\"authors\""),
        "{fog}"
    );
}

#[test]
fn a_project_template_replaces_the_builtin_one() {
    let dir = blog();
    let d = dir.path();
    fs::create_dir_all(d.join("templates")).unwrap();
    // A site generator's own templates beside ours are not ours.
    fs::write(d.join("templates/page.html"), "{{ not dragoman's }").unwrap();
    fs::write(
        d.join("templates/statement.html"),
        "<!DOCTYPE html>\n<html lang=\"{{ page.lang }}\"><title>{{ page.title }}</title><p class=by>{{ page.authors | join(\" & \") }}</p>{{ page.body }}</html>\n",
    )
    .unwrap();
    dragoman(d).arg("build").assert().success();
    let html = fs::read_to_string(d.join("build/es/harbor-lights.html")).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"es\"><title>Why harbor lights blink in patterns</title><p class=by>Ines Calloway</p>"), "{html}");
    assert!(
        html.contains("<table class=\"caption\">"),
        "the body is HTML: {html}"
    );
    // Changing the template rebuilds (the cache sees templates).
    fs::write(
        d.join("templates/statement.html"),
        "<p>{{ page.lang }}</p>\n",
    )
    .unwrap();
    dragoman(d).arg("build").assert().success();
    assert!(
        fs::read_to_string(d.join("build/es/harbor-lights.html"))
            .unwrap()
            .starts_with("<p>es</p>")
    );
    // A broken template: an error naming its file and line, exit 2.
    fs::write(
        d.join("templates/statement.html"),
        "<p>\n{% if page.lang %}\n",
    )
    .unwrap();
    dragoman(d)
        .arg("build")
        .assert()
        .code(2)
        .stderr(predicates::str::contains("templates/statement.html:"));
    assert!(
        fs::read_to_string(d.join("build/es/harbor-lights.html"))
            .unwrap()
            .starts_with("<p>es</p>"),
        "nothing half-written"
    );
}

#[test]
fn every_language_has_an_index_by_date_and_an_atom_feed() {
    let dir = blog();
    let d = dir.path();
    dragoman(d).arg("sync").assert().success();
    translate(d, "es", "harbor-lights", &|s| {
        (s == "Why harbor lights blink in patterns")
            .then(|| "Por qué parpadean las luces del puerto".into())
    });
    let cfg = d.join("dragoman.toml");
    let text = fs::read_to_string(&cfg).unwrap();
    fs::write(
        &cfg,
        format!("base_url = \"https://notes.example/\"\n{text}"),
    )
    .unwrap();
    dragoman(d).arg("build").assert().success();
    let index = fs::read_to_string(d.join("build/es/index.html")).unwrap();
    let at = |s: &str| index.find(s).unwrap_or_else(|| panic!("{s} in\n{index}"));
    // Newest first, with translated titles and descriptions, not paths.
    assert!(at("Por qué parpadean las luces del puerto") < at("Reading a tide table"));
    assert!(at("Reading a tide table") < at("Fog signals, from bells to horns"));
    assert!(
        index.contains("<a href=\"tide-tables/index.html\">"),
        "{index}"
    );
    assert!(
        index.contains("A short guide to the columns of a tide table."),
        "{index}"
    );
    assert!(
        index.contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"feed.xml\"")
    );
    assert!(
        index.contains("href=\"../fa/index.html\" hreflang=\"fa\""),
        "{index}"
    );
    let fa = fs::read_to_string(d.join("build/fa/index.html")).unwrap();
    assert!(fa.contains("<html lang=\"fa\" dir=\"rtl\">"), "{fa}");
    let feed = fs::read_to_string(d.join("build/es/feed.xml")).unwrap();
    for want in [
        "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"es\">",
        "<link rel=\"self\" type=\"application/atom+xml\" href=\"https://notes.example/es/feed.xml\"/>",
        "<title>Por qué parpadean las luces del puerto</title>",
        "<link rel=\"alternate\" type=\"text/html\" href=\"https://notes.example/es/harbor-lights.html\"/>",
        "<updated>2024-03-18T00:00:00Z</updated>",
        "<author><name>Ines Calloway</name></author>",
    ] {
        assert!(feed.contains(want), "{want}\n{feed}");
    }
    assert!(feed.find("harbor-lights").unwrap() < feed.find("fog-signals").unwrap());
    // Well-formed XML, as a real parser reads it.
    match std::process::Command::new("xmllint")
        .arg("--noout")
        .arg(d.join("build/es/feed.xml"))
        .output()
    {
        Ok(out) => assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        ),
        Err(_) => {
            assert!(
                std::env::var_os("CI").is_none(),
                "CI must have xmllint (libxml2-utils)"
            );
            eprintln!("SKIPPED: xmllint missing (libxml2-utils)");
        }
    }
}

#[test]
fn check_reports_links_that_point_at_nothing() {
    let dir = blog();
    let d = dir.path();
    let post = d.join("content/fog-signals.md");
    let text = fs::read_to_string(&post).unwrap();
    fs::write(
        &post,
        format!("{text}\n![A horn](horn.png) and [the pier](pier-light.png).\n"),
    )
    .unwrap();
    let cfg = d.join("dragoman.toml");
    let conf = fs::read_to_string(&cfg).unwrap();
    fs::write(
        &cfg,
        format!("{conf}\n[check.url_map]\n\"pier-light.png\" = \"muelle.png\"\n"),
    )
    .unwrap();
    dragoman(d).arg("sync").assert().success();
    translate(d, "es", "harbor-lights", &|s| {
        (s == "![A green light on a stone pier](./pier-light.png)")
            .then(|| "![Una luz verde en un muelle](./muelle.png)".into())
    });
    let out = dragoman(d)
        .args(["check", "--format", "json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let findings = v["findings"].as_array().unwrap();
    let of = |id: &str| -> Vec<&serde_json::Value> {
        findings.iter().filter(|f| f["check"] == id).collect()
    };
    let source = of("source-link-target");
    assert_eq!(source.len(), 1, "{findings:?}");
    assert_eq!(source[0]["severity"], "warning");
    assert_eq!(source[0]["state"], "source");
    assert_eq!(source[0]["file"], "content/fog-signals.md");
    assert_eq!(source[0]["source"], "horn.png");
    assert_eq!(source[0]["line"], 10, "{:?}", source[0]);
    let tr = of("link-target");
    assert_eq!(tr.len(), 1, "{findings:?}");
    assert_eq!(tr[0]["severity"], "error");
    assert_eq!(tr[0]["lang"], "es");
    assert!(tr[0]["message"].as_str().unwrap().contains("muelle.png"));
    assert_eq!(out.status.code(), Some(1), "an error fails the check");
    // With the file there, nothing is reported.
    fs::write(d.join("content/muelle.png"), b"png").unwrap();
    fs::write(d.join("content/horn.png"), b"png").unwrap();
    let out = dragoman(d)
        .args(["check", "--format", "json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(
        v["findings"]
            .as_array()
            .unwrap()
            .iter()
            .all(|f| !f["check"].as_str().unwrap().contains("link-target")),
        "{v}"
    );
}
