//! `dragoman diff`: show what changed in the source of every stale translation: a word diff of
//! the previous and current source, the change class and the translation.

use crate::cli::ExitStatus;

use dragoman::project::Error;

use super::Ctx;
use crate::cli::args::*;
use crate::cli::output::*;

#[derive(clap::Args)]
pub struct DiffArgs {
    #[command(flatten)]
    pub lang: LangFilter,
    /// Output format
    #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
    pub format: DiffFormat,
    /// Color the diff: auto (on a terminal, unless NO_COLOR is set), always, never
    #[arg(long, value_enum, default_value_t = Color::Auto)]
    pub color: Color,
    /// Only these statements (paths as in `statements/x.md`, or `x.md`)
    #[arg(value_name = "STATEMENT")]
    pub statements: Vec<String>,
}

pub fn run(ctx: Ctx, args: &DiffArgs) -> Result<ExitStatus, Error> {
    let Ctx { project, quiet, ui } = ctx;
    let DiffArgs {
        lang: LangFilter { langs },
        format,
        color,
        statements,
    } = args;
    let langs = project.select_languages(langs)?;
    let entries = project.stale_entries(&langs, statements)?;
    match format {
        DiffFormat::Json => print_json(&entries)?,
        DiffFormat::Text => {
            use std::io::IsTerminal;
            let color = match color {
                Color::Always => true,
                Color::Never => false,
                Color::Auto => {
                    std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
                }
            };
            if entries.is_empty() && !quiet {
                say!("{}", ui.text("diff-none"));
            }
            for e in &entries {
                let class = ui.fmt("diff-class", &[("class", e.class.clone().into())]);
                say!("{}:{} [{class}] {}", e.path, e.line, e.statement);
                match &e.previous {
                    // render_diff escapes the texts; its colors stay raw.
                    Some(_) => {
                        println!("  {}", dragoman::diff::render_diff(&e.diff, color))
                    }
                    None => say!("  {}", e.source),
                }
                say!("  {}: {}", e.lang, e.translation);
                say!();
            }
        }
    }
    Ok(ExitStatus::Success)
}
