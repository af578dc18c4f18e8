//! Coverage pictures for maintainers: a badge per language (SVG, like the
//! ones READMEs show) and `status.html`, a dashboard with per-language bars,
//! a statement × language heat map and stale counts. Static SVG inside the
//! page, no scripts, no external assets. Pure: strings in, strings out.

use std::collections::HashMap;

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
fn bar(c: &Counts, width: f64) -> String {
    let total = c.segments.max(1) as f64;
    let tw = width * c.translated as f64 / total;
    let sw = width * c.stale as f64 / total;
    format!(
        r##"<svg class="bar" width="{width}" height="14" viewBox="0 0 {width} 14" role="img" aria-label="{t} translated, {s} stale, {u} untranslated"><rect width="{width}" height="14" fill="#ddd"/><rect width="{tw:.1}" height="14" fill="#2e7d32"/><rect x="{tw:.1}" width="{sw:.1}" height="14" fill="#ef8f00"/></svg>"##,
        t = c.translated,
        s = c.stale,
        u = c.untranslated,
    )
}

/// The longest statement label in the heat map (characters; longer titles
/// are cut with "…", the whole title and path in the cell's tooltip).
const LABEL_CHARS: usize = 48;

/// A statement's title for the dashboard (its path when it has none).
fn title_of<'a>(titles: &'a HashMap<String, String>, path: &'a str) -> &'a str {
    titles
        .get(path)
        .map(String::as_str)
        .filter(|t| !t.trim().is_empty())
        .unwrap_or(path)
}

fn label(title: &str) -> String {
    if title.chars().count() <= LABEL_CHARS {
        return title.to_string();
    }
    let cut: String = title.chars().take(LABEL_CHARS - 1).collect();
    format!("{}…", cut.trim_end())
}

/// `status.html`: the coverage dashboard of a build. Statements are shown
/// by title (`titles`: path → title in the source language), with the path
/// beside or in the tooltip.
pub fn status_page(project: &str, report: &Report, titles: &HashMap<String, String>) -> String {
    let mut s = format!(
        r#"<!DOCTYPE html>
<html lang="{src}" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{name}: translation status</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 2rem; color: #222; }}
table {{ border-collapse: collapse; }}
th, td {{ padding: .25rem .6rem; text-align: start; }}
td.n {{ text-align: end; font-variant-numeric: tabular-nums; }}
.legend span {{ display: inline-block; inline-size: .8rem; block-size: .8rem; margin-inline: .8rem .3rem; vertical-align: middle; }}
svg.heat text {{ font: 11px system-ui, sans-serif; }}
</style>
</head>
<body>
<h1>{name}: translation status</h1>
<p class="legend"><span style="background:#2e7d32"></span>translated<span style="background:#ef8f00"></span>stale (source changed since)<span style="background:#ddd"></span>untranslated</p>
<h2>Languages</h2>
<table>
<thead><tr><th>language</th><th>coverage</th><th></th><th>translated</th><th>stale</th><th>untranslated</th><th>words translated</th><th>badge</th></tr></thead>
<tbody>
"#,
        src = esc(&report.source),
        name = esc(project),
    );
    for l in &report.languages {
        let t = &l.total;
        s.push_str(&format!(
            "<tr><th lang=\"{tag}\">{tag}</th><td class=\"n\">{:.1}%</td><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{} / {}</td><td><img src=\"badges/{tag}.svg\" alt=\"translated {tag}: {:.0}%\"></td></tr>\n",
            t.percent,
            bar(t, 240.0),
            t.translated,
            t.stale,
            t.untranslated,
            t.translated_words,
            t.words,
            t.percent,
            tag = esc(&l.lang),
        ));
    }
    s.push_str("</tbody>\n</table>\n");
    heat_map(&mut s, report, titles);
    // Where review is needed first.
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
    s.push_str("<h2>Stale translations</h2>\n");
    if stale.is_empty() {
        s.push_str("<p>None: every translation matches its current source.</p>\n");
    } else {
        s.push_str("<table>\n<thead><tr><th>language</th><th>statement</th><th>file</th><th>stale</th></tr></thead>\n<tbody>\n");
        for (lang, path, n) in stale {
            s.push_str(&format!(
                "<tr><td>{}</td><td>{}</td><td><code>{}</code></td><td class=\"n\">{n}</td></tr>\n",
                esc(lang),
                esc(title_of(titles, path)),
                esc(path)
            ));
        }
        s.push_str("</tbody>\n</table>\n");
    }
    s.push_str("</body>\n</html>\n");
    s
}

/// The heat map: one row per statement, one column per language (inline SVG).
fn heat_map(s: &mut String, report: &Report, titles: &HashMap<String, String>) {
    let statements: Vec<&str> = report
        .languages
        .first()
        .map(|l| l.statements.iter().map(|s| s.path.as_str()).collect())
        .unwrap_or_default();
    let labels: Vec<String> = statements
        .iter()
        .map(|p| label(title_of(titles, p)))
        .collect();
    let label_w = labels
        .iter()
        .map(|p| text_width(p) * 7 / 8)
        .max()
        .unwrap_or(0)
        + 12;
    let (cw, ch, head) = (64, 20, 24);
    let w = label_w + cw * report.languages.len();
    let h = head + ch * statements.len();
    s.push_str(&format!(
        "<h2>Statements × languages</h2>\n<svg class=\"heat\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" role=\"img\" aria-label=\"coverage of each statement in each language\">\n"
    ));
    for (li, l) in report.languages.iter().enumerate() {
        s.push_str(&format!(
            "<text x=\"{}\" y=\"16\" text-anchor=\"middle\">{}</text>\n",
            label_w + li * cw + cw / 2,
            esc(&l.lang)
        ));
    }
    for (si, path) in statements.iter().enumerate() {
        let y = head + si * ch;
        let title = title_of(titles, path);
        s.push_str(&format!(
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\"><title>{}</title>{}</text>\n",
            label_w - 8,
            y + 14,
            esc(path),
            esc(&labels[si])
        ));
        let named = if title == *path {
            esc(path)
        } else {
            format!("{} ({})", esc(title), esc(path))
        };
        for (li, l) in report.languages.iter().enumerate() {
            let Some(st) = l.statements.get(si) else {
                continue;
            };
            let c = &st.counts;
            let x = label_w + li * cw;
            let stale = if c.stale > 0 {
                format!(", {} stale", c.stale)
            } else {
                String::new()
            };
            s.push_str(&format!(
                "<g><title>{} in {}: {:.1}% translated{stale}</title><rect x=\"{}\" y=\"{y}\" width=\"{}\" height=\"{}\" fill=\"{}\"/><text x=\"{}\" y=\"{}\" text-anchor=\"middle\" fill=\"#fff\">{:.0}%{}</text></g>\n",
                named,
                esc(&l.lang),
                c.percent,
                x + 1,
                cw - 2,
                ch - 2,
                heat(c.percent),
                x + cw / 2,
                y + 14,
                c.percent,
                if c.stale > 0 { "*" } else { "" },
            ));
        }
    }
    s.push_str(
        "</svg>\n<p>* some translations are stale: the source changed since they were made.</p>\n",
    );
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
        let rows = |v: &[(usize, usize, usize)]| -> Vec<StatementStatus> {
            v.iter()
                .enumerate()
                .map(|(i, &(t, s, u))| StatementStatus {
                    path: format!("statements/s{i}.md"),
                    counts: counts(t, s, u),
                })
                .collect()
        };
        let report = Report {
            source: "en".into(),
            languages: vec![
                LanguageStatus::new("es", "ltr", rows(&[(10, 0, 0), (5, 2, 3)])),
                LanguageStatus::new("fa", "rtl", rows(&[(0, 0, 10), (10, 0, 0)])),
            ],
        };
        let titles: HashMap<String, String> = [(
            "statements/s1.md".to_string(),
            "A title & a very long subtitle that goes on and on past the label".to_string(),
        )]
        .into();
        let page = status_page("P <1>", &report, &titles);
        assert!(page.contains("<title>P &lt;1&gt;: translation status</title>"));
        assert_eq!(page.matches("<g><title>").count(), 4, "{page}");
        assert!(page.contains(
            "A title &amp; a very long subtitle that goes on and on past the label (statements/s1.md) in es: 50.0% translated, 2 stale"
        ));
        // Rows by title (cut in the map), a statement without one by its path.
        assert!(page.contains(
            "<title>statements/s1.md</title>A title &amp; a very long subtitle that goes on and…</text>"
        ));
        assert!(page.contains("<title>statements/s0.md</title>statements/s0.md</text>"));
        assert!(page.contains("<img src=\"badges/fa.svg\""));
        // Self-contained: no scripts, nothing fetched from elsewhere.
        assert!(
            !page.contains("<script")
                && !page.contains("src=\"http")
                && !page.contains("href=\"http")
        );
        let stale_table = &page[page.find("<h2>Stale translations</h2>").unwrap()..];
        assert!(stale_table.contains("<td>es</td><td>A title &amp; a very long subtitle that goes on and on past the label</td><td><code>statements/s1.md</code></td><td class=\"n\">2</td>"));
    }
}
