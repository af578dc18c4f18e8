//! `dragoman check`: check translations: Markdown parity, links, code, numbers, punctuation,
//! bidi controls, Persian, Arabic and Spanish rules.

use crate::cli::ExitStatus;

use dragoman::project::Error;

use super::Ctx;
use crate::cli::args::*;
use crate::cli::output::*;

#[derive(clap::Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub lang: LangFilter,
    /// Output format (github: workflow annotations)
    #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
    pub format: CheckFormat,
    /// Also fail (exit 1) on warnings
    #[arg(long, value_enum, value_name = "LEVEL")]
    pub deny: Option<DenyLevel>,
    /// Apply safe fixes first (Arabic → Persian letters, stray bidi overrides, NFC)
    #[arg(long)]
    pub fix: bool,
    /// Color: auto (on a terminal, unless NO_COLOR is set), always, never
    #[arg(long, value_enum, default_value_t = Color::Auto)]
    pub color: Color,
    /// Only entries in this state: translated (CI can ignore stale entries
    /// awaiting a translator), stale, or all
    #[arg(long, value_enum, value_name = "STATE", default_value_t = CheckState::All)]
    pub state: CheckState,
}

/// Which entries `check --state` looks at.
#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum CheckState {
    All,
    Translated,
    Stale,
}

pub fn run(ctx: Ctx, args: &CheckArgs) -> Result<ExitStatus, Error> {
    let Ctx { project, quiet, ui } = ctx;
    let CheckArgs {
        lang: LangFilter { langs },
        format,
        deny,
        fix,
        color,
        state,
    } = args;
    let langs = project.select_languages(langs)?;
    let dragoman::ops::check::CheckReport {
        mut findings,
        fixed,
    } = project.check(&langs, *fix)?;
    // The statements' own findings (`source`) stay whatever the state.
    match state {
        CheckState::All => {}
        CheckState::Translated => findings.retain(|f| f.state != "stale"),
        CheckState::Stale => findings.retain(|f| f.state != "translated"),
    }
    let color = use_color(*color);
    let mut counts = [0usize; 3];
    for f in &findings {
        counts[f.severity as usize] += 1;
    }
    let [info, warning, error] = counts;
    match format {
        CheckFormat::Json => {
            let v = serde_json::json!({
                "findings": findings,
                "summary": {"error": error, "warning": warning, "info": info},
            });
            print_json(&v)?;
        }
        CheckFormat::Github => {
            for f in &findings {
                let level = match f.severity {
                    dragoman::check::Severity::Error => "error",
                    dragoman::check::Severity::Warning => "warning",
                    dragoman::check::Severity::Info => "notice",
                };
                say!(
                    "::{level} file={},line={},title={}::{}",
                    f.file,
                    f.line,
                    f.check,
                    gh_escape(&format!("[{}] {}", f.lang, f.message))
                );
            }
        }
        CheckFormat::Human => {
            // Findings on stale entries (awaiting a translator) come last,
            // under a count, so that the live ones are read first.
            let (stale, live): (Vec<_>, Vec<_>) = findings.iter().partition(|f| f.state == "stale");
            for f in live {
                print_finding(f, color, ui);
            }
            if !stale.is_empty() {
                say!(
                    "{}",
                    ui.fmt("check-stale-heading", &[("count", stale.len().into())])
                );
                say!();
                for f in stale {
                    print_finding(f, color, ui);
                }
            }
            if fixed > 0 {
                say!("{}", ui.fmt("check-fixed", &[("count", fixed.into())]));
            }
            if !quiet || error + warning > 0 {
                say!(
                    "{}",
                    ui.fmt(
                        "check-summary",
                        &[
                            ("errors", error.into()),
                            ("warnings", warning.into()),
                            ("infos", info.into()),
                        ]
                    )
                );
            }
        }
    }
    let fail = error > 0
        || (matches!(deny, Some(DenyLevel::Warning) | Some(DenyLevel::Info)) && warning > 0)
        || (matches!(deny, Some(DenyLevel::Info)) && info > 0);
    if fail {
        return Ok(ExitStatus::GateFailed);
    }
    Ok(ExitStatus::Success)
}
