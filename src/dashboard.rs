//! Coverage pictures for maintainers: a badge per language (SVG, like the
//! ones READMEs show) and `status.html`, a dashboard with per-language bars,
//! a statement × language heat table and stale counts. No external assets;
//! the statement tables are whole without scripts and paged, sorted and
//! filtered by the grid script with them. Pure: strings in, strings out.

use std::collections::HashMap;

use fluent_bundle::FluentValue;

use crate::lang::Language;
use crate::site::Site;
use crate::status::{Counts, Report};

use crate::build::escape_html as esc;

/// Badge color for a coverage percentage.
fn badge_color(percent: f64) -> &'static str {
    match percent {
        p if p >= 95.0 => "#2e7d32",
        p if p >= 80.0 => "#689f38",
        p if p >= 50.0 => "#ef8f00",
        _ => "#c62828",
    }
}

/// Heat map color: from red (0 %) through amber to green (100 %), dark enough
/// for white text.
fn heat(percent: f64) -> String {
    let hue = (percent.clamp(0.0, 100.0) * 1.2).round();
    format!("hsl({hue}, 62%, 36%)")
}

/// Approximate width of a text in 11 px Verdana (badges have no fonts to
/// measure with).
fn text_width(s: &str) -> usize {
    s.chars()
        .map(|c| match c {
            'i' | 'l' | 'j' | '.' | ',' | ':' | '|' | '!' | '\'' => 4,
            'm' | 'w' | 'M' | 'W' | '%' => 11,
            c if c.is_ascii_uppercase() || c.is_ascii_digit() => 8,
            c if c.is_ascii() => 7,
            _ => 9,
        })
        .sum()
}

/// `badges/<lang>.svg`: "translated es | 87%".
pub fn badge(lang: &str, percent: f64) -> String {
    let label = format!("translated {lang}");
    let value = format!("{percent:.0}%");
    let (lw, vw) = (text_width(&label) + 10, text_width(&value) + 10);
    let w = lw + vw;
    let color = badge_color(percent);
    format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="20" role="img" aria-label="{label}: {value}">
<title>{label}: {value}</title>
<rect width="{lw}" height="20" fill="#555"/>
<rect x="{lw}" width="{vw}" height="20" fill="{color}"/>
<g fill="#fff" text-anchor="middle" font-family="Verdana,DejaVu Sans,sans-serif" font-size="11">
<text x="{lx}" y="14">{label}</text>
<text x="{vx}" y="14">{value}</text>
</g>
</svg>
"##,
        label = esc(&label),
        lx = lw / 2,
        vx = lw + vw / 2,
    )
}

/// One language's stacked bar: translated, stale, untranslated.
fn bar(c: &Counts, width: f64, site: &Site) -> String {
    let total = c.segments.max(1) as f64;
    let tw = width * c.translated as f64 / total;
    let sw = width * c.stale as f64 / total;
    let label = site.format(
        "site-status-bar",
        &[
            ("translated", FluentValue::from(c.translated)),
            ("stale", FluentValue::from(c.stale)),
            ("untranslated", FluentValue::from(c.untranslated)),
        ],
    );
    format!(
        r##"<svg class="bar" width="{width}" height="14" viewBox="0 0 {width} 14" role="img" aria-label="{label}"><rect width="{width}" height="14" fill="#ddd"/><rect width="{tw:.1}" height="14" fill="#2e7d32"/><rect x="{tw:.1}" width="{sw:.1}" height="14" fill="#ef8f00"/></svg>"##,
        label = esc(&label),
    )
}

/// A statement the dashboard lists, in the project's order.
#[derive(Debug, Clone)]
pub struct Listed {
    /// Its path, as shown to users (the key of the report's rows).
    pub path: String,
    /// Its title in the source language (may be empty).
    pub title: String,
    /// The languages it is held back in (below the publish threshold).
    pub held_back: Vec<String>,
}

impl Listed {
    /// Its title, or its path when it has none.
    fn name(&self) -> &str {
        if self.title.trim().is_empty() {
            &self.path
        } else {
            &self.title
        }
    }
}

/// `status.html`: the coverage dashboard of a build, in the source language
/// `lang` with its site strings `site`. Statements are shown by title with
/// their path beside; the statement tables are grids (sorted, filtered and
/// paged by `build::grid`'s script, whole without it).
pub fn status_page(
    project: &str,
    report: &Report,
    listed: &[Listed],
    (site, lang): (&Site, &Language),
) -> String {
    let t = |id: &str| esc(&site.text(id));
    let title = site.format("site-status-title", &[("project", project.into())]);
    let mut s = format!(
        r#"<!DOCTYPE html>
<html lang="{tag}" dir="{dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 2rem; color: #222; }}
table {{ border-collapse: collapse; }}
th, td {{ padding: .25rem .6rem; text-align: start; }}
td.n {{ text-align: end; font-variant-numeric: tabular-nums; }}
.legend span {{ display: inline-block; inline-size: .8rem; block-size: .8rem; margin-inline: .8rem .3rem; vertical-align: middle; }}
table.heat td[data-lang] {{ min-inline-size: 3.5rem; text-align: center; color: #fff; border: 1px solid #fff; font-variant-numeric: tabular-nums; }}
table.heat td[data-state=off] {{ color: #555; background: #eee; }}
table.heat small {{ color: #666; }}
{grid}</style>
</head>
<body>
<h1>{title}</h1>
<p class="legend"><span style="background:#2e7d32"></span>{translated}<span style="background:#ef8f00"></span>{stale}<span style="background:#ddd"></span>{untranslated}</p>
<h2>{languages}</h2>
<table>
<thead><tr><th>{language}</th><th>{coverage}</th><th></th><th>{translated}</th><th>{stale_count}</th><th>{untranslated}</th><th>{words}</th><th>{badge}</th></tr></thead>
<tbody>
"#,
        tag = esc(&lang.tag),
        dir = lang.direction.as_str(),
        title = esc(&title),
        grid = crate::build::grid::CSS,
        translated = t("site-status-translated"),
        stale = t("site-status-stale"),
        untranslated = t("site-status-untranslated"),
        languages = t("site-languages"),
        language = t("site-status-language"),
        coverage = t("site-status-coverage"),
        stale_count = t("site-status-stale-count"),
        words = t("site-status-words"),
        badge = t("site-status-badge"),
    );
    for l in &report.languages {
        let tot = &l.total;
        let alt = site.format(
            "site-status-badge-alt",
            &[
                ("lang", l.lang.as_str().into()),
                ("percent", FluentValue::from(tot.percent.round() as i64)),
            ],
        );
        s.push_str(&format!(
            "<tr><th lang=\"{tag}\">{tag}</th><td class=\"n\">{:.1}%</td><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{} / {}</td><td><img src=\"badges/{tag}.svg\" alt=\"{}\"></td></tr>\n",
            tot.percent,
            bar(tot, 240.0, site),
            tot.translated,
            tot.stale,
            tot.untranslated,
            tot.translated_words,
            tot.words,
            esc(&alt),
            tag = esc(&l.lang),
        ));
    }
    s.push_str("</tbody>\n</table>\n");
    heat_table(&mut s, report, listed, site);
    stale_table(&mut s, report, listed, site);
    s.push_str(&crate::build::grid::script(site));
    s.push_str("</body>\n</html>\n");
    s
}

/// Statements × languages: each cell's coverage on its heat color, `*` when
/// some translations are stale, `—` where the statement is not translated.
fn heat_table(s: &mut String, report: &Report, listed: &[Listed], site: &Site) {
    let by_path: Vec<HashMap<&str, &Counts>> = report
        .languages
        .iter()
        .map(|l| {
            l.statements
                .iter()
                .map(|st| (st.path.as_str(), &st.counts))
                .collect()
        })
        .collect();
    s.push_str(&format!(
        "<h2>{}</h2>\n<table class=\"heat\" data-grid data-states data-page-size=\"{}\">\n<thead><tr><th data-sort=\"text\">{}</th>",
        esc(&site.text("site-status-heat")),
        crate::build::grid::PAGE_SIZE,
        esc(&site.text("site-status-statement")),
    ));
    for l in &report.languages {
        s.push_str(&format!(
            "<th data-lang=\"{tag}\" lang=\"{tag}\" data-sort=\"num\">{tag}</th>",
            tag = esc(&l.lang)
        ));
    }
    s.push_str(&format!(
        "<th data-sort=\"num\">{}</th></tr></thead>\n<tbody>\n",
        esc(&site.text("site-status-stale-count"))
    ));
    for st in listed {
        let path = esc(&st.path);
        let name = esc(st.name());
        s.push_str(&format!(
            "<tr><td>{name}<br><small><code>{path}</code></small></td>"
        ));
        let mut stale = 0;
        for (l, counts) in report.languages.iter().zip(&by_path) {
            let tag = esc(&l.lang);
            let Some(c) = counts.get(st.path.as_str()) else {
                let off = site.format(
                    "site-status-off",
                    &[("name", st.name().into()), ("lang", l.lang.as_str().into())],
                );
                s.push_str(&format!(
                    "<td data-lang=\"{tag}\" data-state=\"off\" title=\"{}\">—</td>",
                    esc(&off)
                ));
                continue;
            };
            stale += c.stale;
            let held = st.held_back.contains(&l.lang);
            let title = cell_title(site, st.name(), &l.lang, c, held);
            s.push_str(&format!(
                "<td data-lang=\"{tag}\" data-state=\"{}\" data-v=\"{:.1}\" style=\"background:{}\" title=\"{}\">{:.0}%{}</td>",
                crate::build::grid::states(c.translated, c.stale, c.segments, held),
                c.percent,
                heat(c.percent),
                esc(&title),
                c.percent,
                if c.stale > 0 { "*" } else { "" },
            ));
        }
        s.push_str(&format!("<td class=\"n\">{stale}</td></tr>\n"));
    }
    s.push_str(&format!(
        "</tbody>\n</table>\n<p>{}</p>\n",
        esc(&site.text("site-status-stale-note"))
    ));
}

/// A percentage with one decimal (`50.0`), in the site's digits.
fn tenths(percent: f64) -> FluentValue<'static> {
    let options = fluent_bundle::types::FluentNumberOptions {
        minimum_fraction_digits: Some(1),
        ..Default::default()
    };
    let rounded = (percent * 10.0).round() / 10.0;
    FluentValue::Number(fluent_bundle::types::FluentNumber::new(rounded, options))
}

/// A heat cell's title: the statement, the language, its coverage, and
/// its stale count and threshold when they apply.
fn cell_title(site: &Site, name: &str, lang: &str, c: &Counts, held: bool) -> String {
    let mut title = site.format(
        "site-status-cell",
        &[
            ("name", name.into()),
            ("lang", lang.into()),
            ("percent", tenths(c.percent)),
        ],
    );
    if c.stale > 0 {
        title += &site.format("site-status-cell-stale", &[("count", c.stale.into())]);
    }
    if held {
        title += &site.text("site-status-cell-held");
    }
    title
}

/// Where review is needed first: each stale (language, statement), most
/// stale first.
fn stale_table(s: &mut String, report: &Report, listed: &[Listed], site: &Site) {
    let names: HashMap<&str, &str> = listed.iter().map(|l| (l.path.as_str(), l.name())).collect();
    let mut stale: Vec<(&str, &str, usize)> = report
        .languages
        .iter()
        .flat_map(|l| {
            l.statements
                .iter()
                .filter(|s| s.counts.stale > 0)
                .map(move |s| (l.lang.as_str(), s.path.as_str(), s.counts.stale))
        })
        .collect();
    stale.sort_by(|a, b| b.2.cmp(&a.2).then(a.0.cmp(b.0)).then(a.1.cmp(b.1)));
    let t = |id: &str| esc(&site.text(id));
    s.push_str(&format!("<h2>{}</h2>\n", t("site-status-stale-heading")));
    if stale.is_empty() {
        s.push_str(&format!("<p>{}</p>\n", t("site-status-stale-none")));
        return;
    }
    s.push_str(&format!(
        "<table data-grid data-page-size=\"{}\">\n<thead><tr><th data-sort=\"text\">{}</th><th data-sort=\"text\">{}</th><th data-sort=\"text\">{}</th><th data-sort=\"num\">{}</th></tr></thead>\n<tbody>\n",
        crate::build::grid::PAGE_SIZE,
        t("site-status-language"),
        t("site-status-statement"),
        t("site-status-file"),
        t("site-status-stale-count"),
    ));
    for (lang, path, n) in stale {
        s.push_str(&format!(
            "<tr><td>{}</td><td>{}</td><td><code>{}</code></td><td class=\"n\">{n}</td></tr>\n",
            esc(lang),
            esc(names.get(path).copied().unwrap_or(path)),
            esc(path)
        ));
    }
    s.push_str("</tbody>\n</table>\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::status::{LanguageStatus, StatementStatus};

    fn counts(translated: usize, stale: usize, untranslated: usize) -> Counts {
        let mut c = Counts {
            segments: translated + stale + untranslated,
            translated,
            stale,
            untranslated,
            ..Counts::default()
        };
        c.add(&Counts::default());
        c
    }

    #[test]
    fn badge_colors_and_text() {
        let b = badge("fa", 87.4);
        assert!(b.contains(">translated fa<") && b.contains(">87%<"));
        assert!(b.contains("#689f38"));
        assert!(badge("ar", 12.0).contains("#c62828"));
        assert!(badge("es", 100.0).contains("#2e7d32"));
        assert!(badge("a&b", 1.0).contains("a&amp;b"));
    }

    #[test]
    fn dashboard_has_a_cell_per_statement_and_language() {
        let rows = |v: &[(usize, usize, usize, usize)]| -> Vec<StatementStatus> {
            v.iter()
                .map(|&(i, t, s, u)| StatementStatus {
                    path: format!("statements/s{i}.md"),
                    counts: counts(t, s, u),
                })
                .collect()
        };
        // s1 opts out of fa: fa's rows skip it, and its cells must not shift.
        let report = Report {
            source: "en".into(),
            languages: vec![
                LanguageStatus::new(
                    "es",
                    "ltr",
                    rows(&[(0, 10, 0, 0), (1, 5, 2, 3), (2, 1, 0, 9)]),
                ),
                LanguageStatus::new("fa", "rtl", rows(&[(0, 0, 0, 10), (2, 10, 0, 0)])),
            ],
        };
        let listed: Vec<Listed> = (0..3)
            .map(|i| Listed {
                path: format!("statements/s{i}.md"),
                title: if i == 1 {
                    "A title & a long one".into()
                } else {
                    String::new()
                },
                held_back: if i == 2 { vec!["es".into()] } else { vec![] },
            })
            .collect();
        let page = status_page("P <1>", &report, &listed, site("en"));
        assert!(page.contains("<title>P &lt;1&gt;: translation status</title>"));
        assert!(page.contains("<html lang=\"en\" dir=\"ltr\">"));
        let heat = &page[page.find("<table class=\"heat\"").unwrap()..];
        let heat = &heat[..heat.find("</table>").unwrap()];
        assert_eq!(heat.matches("<tr>").count(), 4, "{heat}");
        assert_eq!(heat.matches("<td data-lang=").count(), 6, "{heat}");
        assert!(heat.contains("<tr><td>A title &amp; a long one<br><small><code>statements/s1.md</code></small></td><td data-lang=\"es\" data-state=\"partial stale\" data-v=\"50.0\""), "{heat}");
        assert!(heat.contains("title=\"A title &amp; a long one in es: 50.0% translated, 2 stale\">50%*</td><td data-lang=\"fa\" data-state=\"off\""), "{heat}");
        // s2's fa cell is s2's (100 %), not shifted to s1's place.
        assert!(heat.contains("<td data-lang=\"fa\" data-state=\"complete\" data-v=\"100.0\" style=\"background:hsl(120, 62%, 36%)\" title=\"statements/s2.md in fa"), "{heat}");
        assert!(heat.contains("data-state=\"partial held\""), "{heat}");
        assert!(page.contains("<img src=\"badges/fa.svg\""));
        // Self-contained: one inline script, nothing fetched from elsewhere.
        assert_eq!(page.matches("<script").count(), 2);
        assert!(!page.contains("src=\"http") && !page.contains("href=\"http"));
        let stale_table = &page[page.find("<h2>Stale translations</h2>").unwrap()..];
        assert!(stale_table.contains("<td>es</td><td>A title &amp; a long one</td><td><code>statements/s1.md</code></td><td class=\"n\">2</td>"), "{stale_table}");
        // A Persian source: the dashboard is Persian, right to left, every
        // English word of the page replaced.
        let fa = status_page("P", &report, &listed, site("fa"));
        assert!(fa.contains("<html lang=\"fa\" dir=\"rtl\">"), "{fa}");
        assert!(fa.contains("<title>P: وضعیت ترجمه</title>"), "{fa}");
        assert!(
            fa.contains("title=\"A title &amp; a long one به es: ۵۰.۰٪ ترجمه شده، ۲ قدیمی\""),
            "{fa}"
        );
        assert!(fa.contains("alt=\"ترجمهٔ fa: ۵۰٪\""), "{fa}");
        assert!(
            fa.contains("<h2>ترجمه‌های قدیمی</h2>") && fa.contains("data-state=\"partial held\"")
        );
        // Its text, outside the style sheet and the script.
        let body = &fa[fa.find("</style>").unwrap()..fa.find("<script").unwrap()];
        let text = body
            .split('<')
            .filter_map(|t| t.split_once('>').map(|(_, text)| text))
            .collect::<String>()
            .replace("statements/", "");
        for word in [
            "translated",
            "stale",
            "statement",
            "language",
            "Languages",
            "coverage",
        ] {
            assert!(!text.contains(word), "{word} in {text}");
        }
    }

    /// The site strings and the language of a dashboard in `tag`.
    fn site(tag: &str) -> (&'static Site, &'static Language) {
        let lang = Box::leak(Box::new(Language::parse(tag).unwrap()));
        let digits = match tag {
            "fa" => crate::config::Digits::Persian,
            _ => crate::config::Digits::Latin,
        };
        let site = Site::new(&lang.id, digits, None, None).unwrap();
        (Box::leak(Box::new(site)), lang)
    }
}
