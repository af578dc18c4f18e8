//! `build/index.html`: every statement × every language with its coverage,
//! by title, in one plain table a grid script pages, sorts and filters (see
//! `grid`). Pure.

use super::grid;
use super::html::escape_html as esc;
use super::page::CSS;
use crate::lang::{Direction, Language};
use crate::site::Site;

/// One cell of the index: a statement in a language.
#[derive(Debug, Clone)]
pub struct IndexCell {
    pub href: String,
    pub percent: f64,
    pub stale: usize,
    /// "2 stale", in the index's language.
    pub stale_label: String,
    /// Published in the source language (below the publish threshold).
    pub held_back: bool,
    /// Its states for the filter (`grid::states`).
    pub states: String,
}

/// A statement's row in `build/index.html`.
#[derive(Debug, Clone)]
pub struct IndexRow {
    /// Its title in the source language.
    pub title: String,
    /// Its path, as shown to users.
    pub path: String,
    /// Its date (`2024-03-18`), when its front matter has one.
    pub date: Option<String>,
    /// Its source page.
    pub href: String,
    /// Per target language; None: not translated into it.
    pub cells: Vec<Option<IndexCell>>,
}

/// A language column: tag, name in its own language, direction.
pub type Column = (String, String, Direction);

/// `build/index.html`, in the source language `source` (`site`: its
/// strings).
pub fn index_page(
    project: &str,
    source: &Language,
    languages: &[Column],
    rows: &[IndexRow],
    site: &Site,
) -> String {
    let t = site.labels(0, 0);
    let dated = rows.iter().any(|r| r.date.is_some());
    let mut s = format!(
        "<!DOCTYPE html>\n<html lang=\"{src}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{name}</title>\n<style>\n{CSS}{grid}main {{ max-inline-size: 70rem; }}\n</style>\n</head>\n<body>\n<main>\n<h1>{name}</h1>\n<p>{lead}</p>\n<table data-grid data-states data-page-size=\"{size}\">\n<thead><tr><th data-sort=\"text\">{statement}</th>",
        src = esc(&source.tag),
        dir = source.direction.as_str(),
        name = esc(project),
        grid = grid::CSS,
        lead = esc(&t.index_title),
        size = grid::PAGE_SIZE,
        statement = esc(&t.statement),
    );
    if dated {
        s.push_str(&format!(
            "<th data-sort=\"text\">{}</th>",
            esc(&site.text("site-grid-date"))
        ));
    }
    s.push_str(&format!(
        "<th lang=\"{}\">{}</th>",
        esc(&source.tag),
        esc(&source.name)
    ));
    for (tag, name, dir) in languages {
        s.push_str(&format!(
            "<th lang=\"{tag}\" dir=\"{}\" data-lang=\"{tag}\" data-sort=\"num\">{}</th>",
            dir.as_str(),
            esc(name),
            tag = esc(tag)
        ));
    }
    s.push_str("</tr></thead>\n<tbody>\n");
    for row in rows {
        push_row(
            &mut s,
            row,
            dated,
            &source.tag,
            languages,
            &t.held_back_mark,
        );
    }
    s.push_str(&format!(
        "</tbody>\n</table>\n<p><a href=\"status.html\">{}</a></p>\n</main>\n{}</body>\n</html>\n",
        esc(&t.dashboard),
        grid::script(site),
    ));
    s
}

fn push_row(
    s: &mut String,
    row: &IndexRow,
    dated: bool,
    source: &str,
    languages: &[Column],
    held_back_mark: &str,
) {
    s.push_str(&format!(
        "<tr><td>{title}<br><small><code>{path}</code></small></td>",
        title = esc(&row.title),
        path = esc(&row.path),
    ));
    if dated {
        match &row.date {
            Some(d) => s.push_str(&format!(
                "<td><time datetime=\"{d}\">{d}</time></td>",
                d = esc(d)
            )),
            None => s.push_str("<td></td>"),
        }
    }
    s.push_str(&format!(
        "<td><a href=\"{}\">{}</a></td>",
        esc(&row.href),
        esc(source)
    ));
    for (cell, (tag, ..)) in row.cells.iter().zip(languages) {
        let tag = esc(tag);
        let Some(c) = cell else {
            s.push_str(&format!(
                "<td data-lang=\"{tag}\" data-state=\"{}\">—</td>",
                grid::off()
            ));
            continue;
        };
        let class = if c.stale > 0 { " class=\"stale\"" } else { "" };
        let mut mark = if c.stale > 0 {
            format!(
                " <span title=\"{}\">⚠ {}</span>",
                esc(&c.stale_label),
                c.stale
            )
        } else {
            String::new()
        };
        if c.held_back {
            mark.push_str(&format!(" ({})", esc(held_back_mark)));
        }
        // A page not published (below the threshold, left out): no link.
        let percent = match c.href.is_empty() {
            true => format!("{:.0}%", c.percent),
            false => format!("<a href=\"{}\">{:.0}%</a>", esc(&c.href), c.percent),
        };
        s.push_str(&format!(
            "<td{class} data-lang=\"{tag}\" data-state=\"{}\" data-v=\"{:.1}\">{percent} <span class=\"bar\"><span style=\"inline-size: {:.0}%\"></span></span>{mark}</td>",
            esc(&c.states),
            c.percent,
            c.percent
        ));
    }
    s.push_str("</tr>\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_carry_what_the_grid_sorts_and_filters_by() {
        let site = Site::new(&"en".parse().unwrap(), Default::default(), None, None).unwrap();
        let cell = |p: f64, stale: usize, held: bool| IndexCell {
            href: "es/a.html".into(),
            percent: p,
            stale,
            stale_label: format!("{stale} stale"),
            held_back: held,
            states: grid::states(p as usize, stale, 100, held),
        };
        let rows = vec![
            IndexRow {
                title: "A <b>".into(),
                path: "posts/a.md".into(),
                date: Some("2024-03-18".into()),
                href: "en/a.html".into(),
                cells: vec![Some(cell(40.0, 2, true)), None],
            },
            IndexRow {
                title: "B".into(),
                path: "b.md".into(),
                date: None,
                href: "en/b.html".into(),
                cells: vec![Some(cell(100.0, 0, false)), Some(cell(0.0, 0, false))],
            },
        ];
        let langs = [
            ("es".into(), "Español".into(), Direction::Ltr),
            ("fa".into(), "فارسی".into(), Direction::Rtl),
        ];
        let en = Language::parse("en").unwrap();
        let page = index_page("P", &en, &langs, &rows, &site);
        assert!(
            page.contains("<tr><td>A &lt;b&gt;<br><small><code>posts/a.md</code></small></td>"),
            "{page}"
        );
        assert!(page.contains("<td><time datetime=\"2024-03-18\">2024-03-18</time></td>"));
        assert!(page.contains("<td class=\"stale\" data-lang=\"es\" data-state=\"partial stale held\" data-v=\"40.0\"><a href=\"es/a.html\">40%</a>"));
        assert!(page.contains("<td data-lang=\"fa\" data-state=\"off\">—</td>"));
        assert!(page.contains("<td data-lang=\"es\" data-state=\"complete\" data-v=\"100.0\">"));
        assert!(
            page.contains(
                "<th lang=\"fa\" dir=\"rtl\" data-lang=\"fa\" data-sort=\"num\">فارسی</th>"
            )
        );
        assert_eq!(page.matches("<tr>").count(), 3);
        assert!(page.contains("id=\"dragoman-grid-labels\""));
    }
}
