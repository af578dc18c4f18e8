//! `dragoman migrate`: move catalogs to the other layout (one per statement, or one per
//! language) and/or convert them to the other format, every translation kept, and set
//! `layout` / `catalog_format` in dragoman.toml to match.

use crate::cli::ExitStatus;

use dragoman::config::{CatalogFormat, Layout};
use dragoman::project::Error;

use super::Ctx;
use crate::cli::args::*;

#[derive(Clone, Copy, clap::ValueEnum)]
pub enum LayoutArg {
    Single,
    PerStatement,
}

#[derive(clap::Args)]
pub struct MigrateArgs {
    /// Move the catalogs to this layout
    #[arg(long, value_enum)]
    pub layout: Option<LayoutArg>,
    /// Convert the catalogs to this format
    #[arg(long = "format", value_enum)]
    pub catalog_format: Option<ToFormat>,
}

pub fn run(ctx: Ctx, args: &MigrateArgs) -> Result<ExitStatus, Error> {
    let Ctx { project, quiet, ui } = ctx;
    let layout = args.layout.map(|l| match l {
        LayoutArg::Single => Layout::Single,
        LayoutArg::PerStatement => Layout::PerStatement,
    });
    let format = args.catalog_format.map(|f| match f {
        ToFormat::Po => CatalogFormat::Po,
        ToFormat::Ftl => CatalogFormat::Ftl,
    });
    if layout.is_none() && format.is_none() {
        return Err(Error::msg(dragoman::ui::Msg::new("migrate-nothing")));
    }
    let report = project.migrate(layout, format)?;
    if !quiet {
        if let Some(l) = &report.layout {
            say!(
                "{}",
                ui.fmt(
                    "migrate-done",
                    &[
                        ("layout", l.clone().into()),
                        ("written", report.written.into()),
                        ("removed", report.removed.into())
                    ]
                )
            );
        }
        if let Some(f) = &report.format {
            say!(
                "{}",
                ui.fmt(
                    "migrate-format",
                    &[
                        ("format", f.clone().into()),
                        ("count", report.converted.into())
                    ]
                )
            );
        }
    }
    Ok(ExitStatus::Success)
}
