//! `dragoman add-lang`: add a language: list it in dragoman.toml (comments and layout kept) and
//! create its catalogs.

use crate::cli::ExitStatus;

use dragoman::project::Error;

use super::Ctx;

#[derive(clap::Args)]
pub struct AddLangArgs {
    /// The language's BCP 47 tag (`fa`, `pt-BR`)
    #[arg(value_name = "LANG")]
    pub lang: String,
}

pub fn run(ctx: Ctx, args: &AddLangArgs) -> Result<ExitStatus, Error> {
    let Ctx { project, quiet, ui } = ctx;
    let AddLangArgs { lang } = args;
    let (project, lang) = project.add_language(lang)?;
    let reports = project.sync(std::slice::from_ref(&lang), project.sync_options(), false)?;
    if !quiet {
        let written = reports.first().map_or(0, |r| r.written);
        let dir = if project.single() {
            project
                .display(&project.single_path(&lang.tag, project.config.catalog_format(&lang.tag)))
        } else {
            format!("{}/{}/", project.config.locales, lang.tag)
        };
        say!(
            "{}",
            ui.fmt(
                "add-lang-done",
                &[
                    ("tag", lang.tag.clone().into()),
                    ("name", lang.name.clone().into()),
                    ("direction", lang.direction.as_str().into()),
                    ("count", written.into()),
                    ("dir", dir.clone().into()),
                ]
            )
        );
        say!("{}", ui.text("add-lang-next"));
        say!("  {}", ui.fmt("add-lang-translate", &[("dir", dir.into())]));
        for (cmd, pad, id) in [
            ("status", "    ", "add-lang-status"),
            ("check", "     ", "add-lang-check"),
            ("build", "     ", "add-lang-build"),
        ] {
            say!("  dragoman {cmd} --lang {}{pad}# {}", lang.tag, ui.text(id));
        }
    }
    Ok(ExitStatus::Success)
}
