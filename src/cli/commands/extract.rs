//! `dragoman extract`: extract segments from the statements into templates
//! (locales/templates/*.pot).

use crate::cli::ExitStatus;

use dragoman::project::Error;

use super::Ctx;
use crate::cli::args::*;
use crate::cli::output::*;

#[derive(clap::Args)]
pub struct ExtractArgs {
    /// Output format
    #[arg(long, value_enum, default_value = "text")]
    pub format: DiffFormat,
}

pub fn run(ctx: Ctx, args: &ExtractArgs) -> Result<ExitStatus, Error> {
    let Ctx { project, quiet, ui } = ctx;
    let ExtractArgs { format } = args;
    let report = project.extract()?;
    let (n, written) = (report.statements, report.templates_written);
    if matches!(format, DiffFormat::Json) {
        print_json(&report)?;
    } else if !quiet {
        say!(
            "{}",
            ui.fmt(
                "extract-done",
                &[("statements", n.into()), ("written", written.into())]
            )
        );
    }
    Ok(ExitStatus::Success)
}
