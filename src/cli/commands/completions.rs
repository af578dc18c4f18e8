//! `dragoman completions`: print a shell completion script (bash, zsh, fish, powershell,
//! elvish).

use crate::cli::ExitStatus;

use dragoman::project::Error;

use crate::cli::args::*;

#[derive(clap::Args)]
pub struct CompletionsArgs {
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

pub fn run(args: &CompletionsArgs) -> Result<ExitStatus, Error> {
    let mut cmd = <Cli as clap::CommandFactory>::command();
    clap_complete::generate(args.shell, &mut cmd, "dragoman", &mut std::io::stdout());
    Ok(ExitStatus::Success)
}
