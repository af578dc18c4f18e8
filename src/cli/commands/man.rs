//! `dragoman man`: print the manual page, or write all of them (one per command) with --out.

use crate::cli::ExitStatus;
use std::path::PathBuf;

use dragoman::project::Error;
use dragoman::ui::{Msg, Ui};

use crate::cli::args::*;

#[derive(clap::Args)]
pub struct ManArgs {
    /// Folder for the pages (`man -l DIR/dragoman.1` to read one)
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
}

pub fn run(args: &ManArgs, quiet: bool, ui: &Ui) -> Result<ExitStatus, Error> {
    let cmd = <Cli as clap::CommandFactory>::command();
    let io = |e: std::io::Error| Error::msg(Msg::new("man-failed").arg_msg("detail", Msg::io(&e)));
    match &args.out {
        Some(dir) => {
            dragoman::fsio::make_dir(dir)?;
            clap_mangen::generate_to(cmd, dir).map_err(io)?;
            if !quiet {
                say!(
                    "{}",
                    ui.fmt("man-wrote", &[("dir", dir.display().to_string().into())])
                );
            }
        }
        None => clap_mangen::Man::new(cmd)
            .render(&mut std::io::stdout())
            .map_err(io)?,
    }
    Ok(ExitStatus::Success)
}
