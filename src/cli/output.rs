//! What the commands print: JSON, colors, findings, reports.

use dragoman::project::Error;
use dragoman::ui::{Msg, Ui};

use super::args::*;

pub fn use_color(c: Color) -> bool {
    use std::io::IsTerminal;
    match c {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
    }
}

/// Escapes a GitHub workflow command message.
pub fn gh_escape(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Human output of one finding, with the problem highlighted in the translation.
pub fn print_finding(f: &dragoman::ops::check::LocatedFinding, color: bool, ui: &Ui) {
    use dragoman::ui::visible;
    let sev = ui.text(&format!("severity-{}", f.severity.as_str()));
    let message = ui.msg(&f.msg);
    let head = if color {
        let code = match f.severity {
            dragoman::check::Severity::Error => "31",
            dragoman::check::Severity::Warning => "33",
            dragoman::check::Severity::Info => "36",
        };
        format!("\x1b[1;{code}m{sev}[{}]\x1b[0m", f.check)
    } else {
        format!("{sev}[{}]", f.check)
    };
    // Only our own colors are raw: every text from a catalog or a file name is escaped.
    println!("{head}: {}", visible(&message));
    say!("  --> {}:{} ({})", f.file, f.line, f.statement);
    say!(
        "   {}: {}",
        ui.text("check-source-label"),
        f.source.replace('\n', "\\n")
    );
    let t = &f.translation;
    let shown = |s: &str| visible(&s.replace('\n', "\\n")).into_owned();
    let shown = match &f.span {
        Some(r) if t.is_char_boundary(r.start) && t.is_char_boundary(r.end) && r.end <= t.len() => {
            let (a, b, c) = (
                shown(&t[..r.start]),
                shown(&t[r.clone()]),
                shown(&t[r.end..]),
            );
            if color {
                format!("{a}\x1b[1;4;31m{b}\x1b[0m{c}")
            } else {
                format!("{a}⟦{b}⟧{c}")
            }
        }
        _ => shown(t),
    };
    // A finding on the source itself (its links) has no translation to show.
    if !t.is_empty() {
        println!("   {}: {shown}", visible(&f.lang));
    }
    say!();
}

pub fn describe(lang: &str, r: &dragoman::sync::SyncReport, ui: &Ui) -> String {
    let mut s = ui.fmt(
        "sync-report",
        &[
            ("lang", lang.into()),
            ("unchanged", r.unchanged.segments.into()),
            ("new", r.new.segments.into()),
            ("stale", r.stale.segments.into()),
            ("carried", r.carried.segments.into()),
            ("obsolete", r.obsolete.segments.into()),
        ],
    );
    for (n, id) in [
        (r.revived.segments, "sync-revived"),
        (r.moved.segments, "sync-moved"),
        (r.reused.segments, "sync-reused"),
        (r.split.segments, "sync-split"),
        (r.merged.segments, "sync-merged"),
    ] {
        if n > 0 {
            s.push_str(&ui.text("sep-list"));
            s.push_str(&ui.fmt(id, &[("count", n.into())]));
        }
    }
    s
}

/// A JSON serialization failure (not expected: the values are ours).
pub fn json_error(e: serde_json::Error) -> Error {
    Error::msg(Msg::new("internal-error").arg("detail", e))
}

/// Prints a report as pretty JSON (`--format json`).
pub fn print_json(v: &impl serde::Serialize) -> Result<(), Error> {
    // JSON escapes control characters itself (and must stay valid JSON).
    println!("{}", serde_json::to_string_pretty(v).map_err(json_error)?);
    Ok(())
}

pub fn impact_report(
    reports: &[(String, dragoman::sync::SyncReport)],
    base: Option<&str>,
    format: Format,
    ui: &Ui,
) -> Result<String, Error> {
    let rows: Vec<(&str, [&dragoman::sync::Tally; 4])> = reports
        .iter()
        .map(|(l, r)| (l.as_str(), [&r.new, &r.stale, &r.carried, &r.obsolete]))
        .collect();
    let cell = |t: &dragoman::sync::Tally| {
        ui.fmt(
            "impact-cell",
            &[("segments", t.segments.into()), ("words", t.words.into())],
        )
    };
    let header = [
        "status-language",
        "impact-new",
        "impact-stale",
        "impact-carried",
        "impact-obsolete",
    ]
    .map(|id| ui.text(id));
    Ok(match format {
        Format::Json => {
            let langs: Vec<serde_json::Value> = reports
                .iter()
                .map(|(l, r)| {
                    serde_json::json!({
                        "lang": l, "new": r.new, "stale": r.stale, "carried": r.carried,
                        "obsolete": r.obsolete, "unchanged": r.unchanged,
                    })
                })
                .collect();
            let v = serde_json::json!({ "base": base, "languages": langs });
            serde_json::to_string_pretty(&v).map_err(json_error)? + "\n"
        }
        Format::Markdown => {
            let title = match base {
                Some(b) => ui.fmt("impact-title-since", &[("base", b.into())]),
                None => ui.text("impact-title"),
            };
            let mut s = format!(
                "{title}:\n\n| {} |\n|---|---:|---:|---:|---:|\n",
                header.join(" | ")
            );
            for (l, t) in rows {
                s.push_str(&format!(
                    "| {l} | {} | {} | {} | {} |\n",
                    cell(t[0]),
                    cell(t[1]),
                    cell(t[2]),
                    cell(t[3])
                ));
            }
            s
        }
        Format::Table => {
            let mut t = comfy_table::Table::new();
            t.load_style(comfy_table::presets::UTF8_FULL_CONDENSED);
            t.set_header(header.to_vec());
            for (l, c) in rows {
                t.add_row(vec![
                    l.to_string(),
                    cell(c[0]),
                    cell(c[1]),
                    cell(c[2]),
                    cell(c[3]),
                ]);
            }
            format!("{t}\n")
        }
    })
}

/// Report headings in the interface language.
pub fn headings(ui: &Ui) -> dragoman::status::Headings {
    dragoman::status::Headings {
        columns: [
            "status-language",
            "status-statement",
            "status-translated",
            "status-stale",
            "status-untranslated",
            "status-obsolete",
            "status-words",
            "status-coverage",
        ]
        .map(|id| ui.text(id)),
        total: ui.text("status-total"),
        complete: ui.text("status-complete"),
        more: ui.text("status-more"),
    }
}
