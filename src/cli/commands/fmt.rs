//! `dragoman fmt`: rewrite PO and FTL files in their canonical layout (PO exactly as GNU msgcat
//! writes it, FTL as the Fluent serializer does), for any catalog; content never changes.
//! Default: the project's locales folder.

use crate::cli::ExitStatus;
use std::path::PathBuf;

use dragoman::project::Error;
use dragoman::ui::Ui;

use super::Ctx;
use crate::cli::args::*;
use crate::cli::output::*;

#[derive(clap::Args)]
pub struct FmtArgs {
    /// Change nothing; list the files that would change and exit 1 if any
    #[arg(long)]
    pub check: bool,
    /// Files or folders (default: the project's locales folder)
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Output format
    #[arg(long, value_enum, default_value = "text")]
    pub format: DiffFormat,
}

pub fn run(ctx: Ctx, args: &FmtArgs) -> Result<ExitStatus, Error> {
    let Ctx { project, quiet, ui } = ctx;
    let FmtArgs { check, format, .. } = args;
    // The project's catalogs are rewritten under its lock.
    let _lock = if *check {
        None
    } else {
        Some(project.writer()?)
    };
    let wrap = project.config.po_wrap;
    run_paths(&[project.locales_dir()], *check, wrap, *format, quiet, ui)
}

pub fn run_paths(
    paths: &[PathBuf],
    check: bool,
    wrap: dragoman::po::Wrap,
    format: DiffFormat,
    quiet: bool,
    ui: &Ui,
) -> Result<ExitStatus, Error> {
    let report = dragoman::ops::fmt::fmt(paths, check, wrap)?;
    let changed = &report.changed;
    match format {
        DiffFormat::Json => {
            let files: Vec<String> = changed.iter().map(|p| p.display().to_string()).collect();
            let errors: Vec<String> = report.errors.iter().map(|e| e.to_string()).collect();
            print_json(&serde_json::json!({
                "check": check,
                "files": files,
                "errors": errors,
            }))?;
        }
        DiffFormat::Text => {
            for p in changed {
                say!("{}", p.display());
            }
            if !quiet {
                let id = if check { "fmt-would" } else { "fmt-done" };
                tell!("{}", ui.fmt(id, &[("count", changed.len().into())]));
            }
        }
    }
    // A file that could not be read: said with its place, exit 2 (the
    // others were formatted all the same).
    for e in &report.errors {
        tell!("{}: {}", ui.text("error"), e.localized(ui));
    }
    Ok(if !report.errors.is_empty() {
        ExitStatus::BadInput
    } else if check && !changed.is_empty() {
        ExitStatus::GateFailed
    } else {
        ExitStatus::Success
    })
}
