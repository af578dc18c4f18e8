//! `dragoman impact`: the translation cost of a pending source change: per language, segments
//! and words that would become stale, new, obsolete or be carried over. Writes nothing.

use crate::cli::ExitStatus;

use dragoman::project::Error;

use super::Ctx;
use crate::cli::args::*;
use crate::cli::output::*;

#[derive(clap::Args)]
pub struct ImpactArgs {
    /// Compare the statements at this git revision with the working tree
    #[arg(long, value_name = "REV")]
    pub base: Option<String>,
    #[command(flatten)]
    pub lang: LangFilter,
    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

pub fn run(ctx: Ctx, args: &ImpactArgs) -> Result<ExitStatus, Error> {
    let Ctx {
        project,
        quiet: _,
        ui,
    } = ctx;
    let ImpactArgs {
        base,
        lang: LangFilter { langs },
        format,
    } = args;
    let langs = project.select_languages(langs)?;
    let reports = project.impact(&langs, base.as_deref())?;
    say_raw!("{}", impact_report(&reports, base.as_deref(), *format, ui)?);
    Ok(ExitStatus::Success)
}
