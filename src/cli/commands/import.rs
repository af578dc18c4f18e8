//! `dragoman import`: import hand-made translations of statements into a language's catalogs.

use crate::cli::ExitStatus;
use std::path::PathBuf;

use dragoman::project::Error;

use super::Ctx;
use crate::cli::args::*;
use crate::cli::output::*;

#[derive(clap::Args)]
pub struct ImportArgs {
    /// The language of the translations
    #[arg(long = "lang", value_name = "LANG")]
    pub lang: String,
    /// Folder of translated statements mirroring the statements folder
    /// (`DIR/x.md` translates `statements/x.md`)
    #[arg(long, value_name = "DIR", conflicts_with = "files")]
    pub from: Option<PathBuf>,
    /// Replace existing translations
    #[arg(long)]
    pub overwrite: bool,
    /// Output format
    #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
    pub format: DiffFormat,
    /// The statement and its translation: SOURCE.md TRANSLATED.md
    #[arg(value_name = "FILE", num_args = 2, required_unless_present = "from")]
    pub files: Vec<PathBuf>,
}

pub fn run(ctx: Ctx, args: &ImportArgs) -> Result<ExitStatus, Error> {
    let Ctx { project, quiet, ui } = ctx;
    let ImportArgs {
        lang,
        from,
        overwrite,
        format,
        files,
    } = args;
    let lang = project
        .select_languages(std::slice::from_ref(lang))?
        .remove(0);
    let (pairs, orphans) = match from {
        Some(dir) => project.import_pairs(dir)?,
        None => (vec![(files[0].clone(), files[1].clone())], Vec::new()),
    };
    let reports = project.import(&lang, &pairs, *overwrite)?;
    match format {
        DiffFormat::Json => print_json(&serde_json::json!({
            "lang": lang.tag,
            "files": reports,
            "without_statement": orphans,
        }))?,
        DiffFormat::Text => {
            for r in &reports {
                say!(
                    "{}",
                    ui.fmt(
                        "import-summary",
                        &[
                            ("statement", r.statement.clone().into()),
                            ("translation", r.translation.clone().into()),
                            ("imported", r.imported.into()),
                            ("review", r.for_review.into()),
                            ("kept", r.kept.into()),
                            ("missing", r.missing.into()),
                            ("untranslated", r.untranslated.into()),
                        ]
                    )
                );
                for i in &r.issues {
                    let place = match (&i.source, &i.translation) {
                        (Some(s), Some(t)) => format!("{s} <-> {t}"),
                        (Some(s), None) => s.clone(),
                        (None, Some(t)) => t.clone(),
                        (None, None) => String::new(),
                    };
                    say!("  {place}: {}", ui.msg(&i.message));
                }
            }
            for o in &orphans {
                say!("{}", ui.fmt("import-orphan", &[("path", o.clone().into())]));
            }
            if reports.is_empty() && !quiet {
                say!("{}", ui.text("import-none"));
            }
        }
    }
    Ok(ExitStatus::Success)
}
