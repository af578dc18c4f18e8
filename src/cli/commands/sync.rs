//! `dragoman sync`: extract, then update every language's catalogs: new segments added, changed
//! ones marked stale with their previous source, removed ones kept as obsolete.

use crate::cli::ExitStatus;

use dragoman::project::Error;
use dragoman::ui::Msg;

use super::Ctx;
use crate::cli::args::*;
use crate::cli::output::*;

#[derive(clap::Args)]
pub struct SyncArgs {
    #[command(flatten)]
    pub lang: LangFilter,
    /// Minimum similarity (0–1) for a changed segment to keep its old translation
    /// (default: `fuzzy_threshold` from dragoman.toml, 0.6)
    #[arg(long, value_name = "RATIO")]
    pub threshold: Option<f32>,
    /// Report what would change, write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Output format
    #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
    pub format: DiffFormat,
}

pub fn run(ctx: Ctx, args: &SyncArgs) -> Result<ExitStatus, Error> {
    let Ctx { project, quiet, ui } = ctx;
    let SyncArgs {
        lang: LangFilter { langs },
        threshold,
        dry_run,
        format,
    } = args;
    let mut opts = project.sync_options();
    if let Some(t) = threshold {
        if !(0.0..=1.0).contains(t) {
            return Err(Error::msg(
                Msg::new("config-fraction").arg("key", "--threshold"),
            ));
        }
        opts.threshold = *t;
    }
    let langs = project.select_languages(langs)?;
    let reports = project.sync(&langs, opts, *dry_run)?;
    if matches!(format, DiffFormat::Json) {
        print_json(&serde_json::json!({
            "dry_run": dry_run,
            "languages": reports,
        }))?;
    } else if !quiet {
        let verb = if *dry_run {
            "sync-would-write"
        } else {
            "sync-written"
        };
        for l in &reports {
            say!(
                "{}{}{}",
                describe(&l.lang, &l.report, ui),
                ui.text("sep-clause"),
                ui.fmt(verb, &[("count", l.written.into())])
            );
        }
        if project.config.languages.is_empty() {
            // The templates were extracted; nothing to translate into yet.
            say!("{}", ui.text("init-no-languages"));
        }
    }
    Ok(ExitStatus::Success)
}
