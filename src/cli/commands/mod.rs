//! One file per command: its arguments (`XArgs`) and `run`, which calls the
//! library and prints the report. The library's writing operations take the
//! project lock themselves (`Project::writer`).

use crate::cli::ExitStatus;

use dragoman::project::{Error, Project};
use dragoman::ui::Ui;

use super::args::Command;

pub mod add_lang;
pub mod build;
pub mod bundle;
pub mod check;
pub mod completions;
pub mod convert;
pub mod diff;
pub mod extract;
pub mod fmt;
pub mod impact;
pub mod import;
pub mod init;
pub mod man;
pub mod migrate;
pub mod serve;
pub mod status;
pub mod suggest;
pub mod sync;

/// What every command that works on a project gets.
#[derive(Clone, Copy)]
pub struct Ctx<'a> {
    pub project: &'a Project,
    /// `-q`: print less.
    pub quiet: bool,
    pub ui: &'a Ui,
}

/// Runs a command that works on a project.
pub fn run(command: &Command, ctx: Ctx) -> Result<ExitStatus, Error> {
    match command {
        Command::Extract(a) => extract::run(ctx, a),
        Command::Sync(a) => sync::run(ctx, a),
        Command::Diff(a) => diff::run(ctx, a),
        Command::Fmt(a) => fmt::run(ctx, a),
        Command::Convert(a) => convert::run(ctx, a),
        Command::Migrate(a) => migrate::run(ctx, a),
        Command::Check(a) => check::run(ctx, a),
        Command::Impact(a) => impact::run(ctx, a),
        Command::AddLang(a) => add_lang::run(ctx, a),
        Command::Import(a) => import::run(ctx, a),
        Command::Status(a) => status::run(ctx, a),
        Command::Build(a) => build::run(ctx, a),
        Command::Bundle(a) => bundle::run(ctx, a),
        Command::Serve(a) => serve::run(ctx, a),
        Command::Suggest(a) => suggest::run(ctx, a),
        Command::Init(_) | Command::Completions(_) | Command::Man(_) => {
            unreachable!("handled before opening a project")
        }
    }
}
