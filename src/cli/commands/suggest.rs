//! `dragoman suggest`: translations of similar text from the rest of the
//! project for untranslated entries (the translation memory). Writes nothing.

use crate::cli::ExitStatus;

use dragoman::project::Error;

use super::Ctx;
use crate::cli::args::*;
use crate::cli::output::*;

#[derive(clap::Args)]
pub struct SuggestArgs {
    #[command(flatten)]
    pub lang: LangFilter,
    /// Output format
    #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
    pub format: DiffFormat,
    /// Only these statements (paths as in `statements/x.md`)
    #[arg(value_name = "STATEMENT")]
    pub statements: Vec<String>,
}

pub fn run(ctx: Ctx, args: &SuggestArgs) -> Result<ExitStatus, Error> {
    let Ctx { project, quiet, ui } = ctx;
    let langs = project.select_languages(&args.lang.langs)?;
    let found = project.suggest(&langs, &args.statements)?;
    match args.format {
        DiffFormat::Json => print_json(&found)?,
        DiffFormat::Text => {
            if found.is_empty() && !quiet {
                say!("{}", ui.text("suggest-none"));
            }
            for s in &found {
                say!("{} {} {}", s.lang, s.statement, s.id);
                say!("   {}: {}", ui.text("check-source-label"), s.source);
                for x in &s.suggestions {
                    let pct = format!("{:.0}%", x.similarity * 100.0);
                    say!("   {pct}: {}", x.translation);
                }
                say!();
            }
        }
    }
    Ok(ExitStatus::Success)
}
