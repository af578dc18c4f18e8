//! `dragoman build`: build localized Markdown and HTML into the output folder.

use crate::cli::ExitStatus;
use std::path::PathBuf;

use dragoman::project::Error;

use super::Ctx;
use crate::cli::args::*;
use crate::cli::output::*;

#[derive(clap::Args)]
pub struct BuildArgs {
    #[command(flatten)]
    pub lang: LangFilter,
    /// Output folder (default: `output` from dragoman.toml, usually build/)
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// What to make: html (pages, index, dashboard), markdown, hugo, zola or mdbook (default: `target` from dragoman.toml)
    #[arg(long, value_enum, value_name = "TARGET")]
    pub target: Option<dragoman::publish::SiteTarget>,
    /// Output format
    #[arg(long, value_enum, default_value = "text")]
    pub format: DiffFormat,
}

pub fn run(ctx: Ctx, args: &BuildArgs) -> Result<ExitStatus, Error> {
    let Ctx { project, quiet, ui } = ctx;
    let BuildArgs {
        lang: LangFilter { langs },
        out,
        target,
        format,
    } = args;
    let langs = project.select_languages(langs)?;
    let out = match out {
        Some(o) => o.clone(),
        None => project.root.join(&project.config.output),
    };
    let target = target.unwrap_or(project.config.target);
    let report = project.build_target(target, &langs, &out)?;
    match format {
        DiffFormat::Json => print_json(&serde_json::json!({
            "out": out.display().to_string(),
            "target": target.as_str(),
            "files_written": report.files_written,
            "languages": report.languages,
        }))?,
        DiffFormat::Text if !quiet => {
            say!(
                "{}",
                ui.fmt(
                    "build-done",
                    &[
                        ("count", langs.len().into()),
                        ("dir", out.display().to_string().into()),
                        ("written", report.files_written.into()),
                    ]
                )
            );
            for l in &report.languages {
                if !l.held_back.is_empty() {
                    say!(
                        "  {}",
                        ui.fmt(
                            "build-held-back",
                            &[
                                ("lang", l.lang.clone().into()),
                                ("count", l.held_back.len().into()),
                                ("threshold", l.publish_threshold.into()),
                            ]
                        )
                    );
                }
                if !l.skipped.is_empty() {
                    say!(
                        "  {}",
                        ui.fmt(
                            "build-target-no-threshold",
                            &[
                                ("lang", l.lang.clone().into()),
                                ("count", l.skipped.len().into()),
                                ("threshold", l.publish_threshold.into()),
                            ]
                        )
                    );
                }
                if !l.outdated.is_empty() {
                    say!(
                        "  {}",
                        ui.fmt(
                            "build-outdated",
                            &[
                                ("lang", l.lang.clone().into()),
                                ("count", l.outdated.len().into()),
                            ]
                        )
                    );
                }
            }
            for l in &report.languages {
                for r in &l.refused {
                    let msg = dragoman::ui::Msg::new("build-refused")
                        .arg("lang", &l.lang)
                        .arg("file", &r.statement)
                        .arg("line", r.refused.line)
                        .arg_msg("reason", r.refused.refusal.msg());
                    tell!("{}: {}", ui.fmt("severity-warning", &[]), ui.msg(&msg));
                }
            }
        }
        DiffFormat::Text => {}
    }
    Ok(ExitStatus::Success)
}
