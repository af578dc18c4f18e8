//! `dragoman status`: report coverage per language and statement (segments and words).

use crate::cli::ExitStatus;

use dragoman::project::Error;

use super::Ctx;
use crate::cli::args::*;
use crate::cli::output::*;

#[derive(clap::Args)]
pub struct StatusArgs {
    #[command(flatten)]
    pub lang: LangFilter,
    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// Exit with 1 if any selected language is below this coverage (percent)
    #[arg(long, value_name = "PCT")]
    pub min: Option<f64>,
    /// Per-language totals only
    #[arg(long)]
    pub summary: bool,
}

pub fn run(ctx: Ctx, args: &StatusArgs) -> Result<ExitStatus, Error> {
    let Ctx {
        project,
        quiet: _,
        ui,
    } = ctx;
    let StatusArgs {
        lang: LangFilter { langs },
        format,
        min,
        summary,
    } = args;
    let langs = project.select_languages(langs)?;
    let report = project.status(&langs)?;
    let report = if *summary { report.summary() } else { report };
    match format {
        Format::Table => say!("{}", report.to_table_with(&headings(ui))),
        Format::Markdown => say_raw!("{}", report.to_markdown_with(&headings(ui))),
        Format::Json => print_json(&report)?,
    }
    if let Some(min) = min {
        let below: Vec<String> = report
            .languages
            .iter()
            .filter(|l| l.total.percent < *min)
            .map(|l| format!("{} ({:.1}%)", l.lang, l.total.percent))
            .collect();
        if !below.is_empty() {
            tell!(
                "{}",
                ui.fmt(
                    "status-below",
                    &[
                        ("min", (*min).into()),
                        ("langs", below.join(&ui.text("sep-list")).into())
                    ]
                )
            );
            return Ok(ExitStatus::GateFailed);
        }
    }
    Ok(ExitStatus::Success)
}
