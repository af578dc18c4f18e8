//! `dragoman convert`: convert catalogs between PO and Fluent (FTL), keeping every state
//! (translated, stale with previous source, untranslated, obsolete).

use crate::cli::ExitStatus;

use dragoman::project::Error;

use super::Ctx;
use crate::cli::args::*;
use crate::cli::output::*;

#[derive(clap::Args)]
pub struct ConvertArgs {
    /// Target format
    #[arg(long, value_enum)]
    pub to: ToFormat,
    #[command(flatten)]
    pub lang: LangFilter,
    /// Output format
    #[arg(long, value_enum, default_value = "text")]
    pub format: DiffFormat,
}

pub fn run(ctx: Ctx, args: &ConvertArgs) -> Result<ExitStatus, Error> {
    let Ctx { project, quiet, ui } = ctx;
    let ConvertArgs {
        to,
        lang: LangFilter { langs },
        format,
    } = args;
    let selected = project.select_languages(langs)?;
    let target = match to {
        ToFormat::Po => dragoman::config::CatalogFormat::Po,
        ToFormat::Ftl => dragoman::config::CatalogFormat::Ftl,
    };
    let report = project.convert(&selected, target)?;
    let (n, off) = (report.converted, &report.config_disagrees);
    if matches!(format, DiffFormat::Json) {
        print_json(&report)?;
    } else if !quiet {
        say!(
            "{}",
            ui.fmt(
                "convert-done",
                &[("count", n.into()), ("format", target.extension().into())]
            )
        );
        if !off.is_empty() {
            say!(
                "{}",
                ui.fmt(
                    "convert-note",
                    &[
                        ("langs", off.join(&ui.text("sep-list")).into()),
                        ("format", target.extension().into())
                    ]
                )
            );
        }
    }
    Ok(ExitStatus::Success)
}
