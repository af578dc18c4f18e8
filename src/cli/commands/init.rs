//! `dragoman init`: start a project: a commented dragoman.toml, statements and locales folders.

use crate::cli::ExitStatus;
use std::path::PathBuf;

use dragoman::project::Error;
use dragoman::ui::Ui;

use fluent_bundle::FluentValue;

#[derive(clap::Args)]
pub struct InitArgs {
    /// Folder of the new project
    #[arg(value_name = "DIR", default_value = ".")]
    pub dir: PathBuf,
    /// Language of the statements
    #[arg(long, value_name = "LANG")]
    pub source: Option<String>,
    /// A language to translate into (repeatable; more later with add-lang)
    #[arg(long = "lang", value_name = "LANG")]
    pub langs: Vec<String>,
    /// Folder of the Markdown statements (default: detected, else `statements`)
    #[arg(long, value_name = "DIR")]
    pub statements: Option<String>,
    /// Replace an existing dragoman.toml
    #[arg(long)]
    pub force: bool,
}

pub fn run(args: &InitArgs, quiet: bool, ui: &Ui) -> Result<ExitStatus, Error> {
    let InitArgs {
        dir,
        source,
        langs,
        statements,
        force,
    } = args;
    let force = *force;
    dragoman::fsio::make_dir(dir)?;
    let r = dragoman::ops::setup::init(
        dir,
        &dragoman::ops::setup::InitOptions {
            source: source.clone(),
            languages: langs.to_vec(),
            statements: statements.clone(),
            force,
        },
    )?;
    if quiet {
        return Ok(ExitStatus::Success);
    }
    let say = |id: &str, args: &[(&str, FluentValue)]| say!("{}", ui.fmt(id, args));
    say(
        "init-wrote",
        &[("path", r.config.display().to_string().into())],
    );
    if r.found > 0 {
        say(
            "init-found",
            &[
                ("count", r.found.into()),
                ("dir", r.statements.clone().into()),
            ],
        );
    } else {
        say("init-created", &[("dir", r.statements.clone().into())]);
    }
    if r.mdbook {
        say("init-mdbook", &[]);
    }
    let langs = r.languages.join(&ui.text("sep-list"));
    if r.single {
        say(
            "init-single",
            &[
                ("dir", r.locales.clone().into()),
                ("langs", langs.clone().into()),
            ],
        );
    }
    if r.languages.is_empty() {
        say("init-no-languages", &[]);
    } else {
        say("init-languages", &[("langs", langs.into())]);
    }
    say("init-next", &[]);
    Ok(ExitStatus::Success)
}
