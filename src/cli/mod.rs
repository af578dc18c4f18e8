//! The command line: arguments (`args`), the interface language (`i18n`),
//! what is printed (`output`) and one module per command (`commands`).
//! `main.rs` parses and dispatches; the library does the work.

use std::process::ExitCode;

use dragoman::project::{Error, Project};
use dragoman::ui::{Msg, Ui};

pub mod args;
pub mod commands;
pub mod i18n;
pub mod output;

use args::{Cli, Command};

/// How a command ended, as the exit code says it (uv's `ExitStatus`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitStatus {
    /// 0: done.
    Success,
    /// 1: a gate failed (`status --min`, `check` findings, `fmt --check`).
    GateFailed,
    /// 2: some input was bad, said already (`fmt` goes on past a broken file).
    BadInput,
}

/// The exit code of a command's outcome: errors (bad input) are 2.
pub fn exit_code(result: &Result<ExitStatus, Error>) -> ExitCode {
    match result {
        Ok(ExitStatus::Success) => ExitCode::SUCCESS,
        Ok(ExitStatus::GateFailed) => ExitCode::from(1),
        Ok(ExitStatus::BadInput) | Err(_) => ExitCode::from(2),
    }
}

/// The project the command works on: `--project DIR`, or the nearest folder
/// with dragoman.toml from here upwards.
fn open(cli: &Cli) -> Result<Project, Error> {
    match &cli.project {
        Some(dir) => {
            if !dir.join(dragoman::project::CONFIG_FILE).is_file() {
                return Err(Error::msg(
                    Msg::new("err-no-config-in")
                        .arg("dir", dir.display())
                        .arg("file", dragoman::project::CONFIG_FILE),
                ));
            }
            Project::open(dir)
        }
        None => {
            let cwd = std::env::current_dir().map_err(|e| Error::msg(Msg::io(&e)))?;
            Project::discover(&cwd)
        }
    }
}

/// The PO layout for files given to `fmt`: their project's `po_wrap` when
/// they are all in the project found from here, else msgcat's default.
fn wrap_for(cli: &Cli, paths: &[std::path::PathBuf]) -> dragoman::po::Wrap {
    open(cli)
        .ok()
        .filter(|p| paths.iter().all(|x| inside(x, &p.root)))
        .map(|p| p.config.po_wrap)
        .unwrap_or_default()
}

/// Whether `path` is inside `root` (both made absolute).
fn inside(path: &std::path::Path, root: &std::path::Path) -> bool {
    let abs = |p: &std::path::Path| std::fs::canonicalize(p).ok();
    matches!((abs(path), abs(root)), (Some(p), Some(r)) if p.starts_with(&r))
}

/// Runs a parsed command line: the commands that need no project, or opens
/// the project (with a progress bar on a terminal) and runs the command.
pub fn run(cli: Cli, ui: &Ui) -> Result<ExitStatus, Error> {
    // Commands that need no project.
    match &cli.command {
        Command::Init(a) => return commands::init::run(a, cli.quiet, ui),
        Command::Completions(a) => return commands::completions::run(a),
        Command::Man(a) => return commands::man::run(a, cli.quiet, ui),
        // `fmt` with explicit paths works on any catalog, inside a project or not.
        // Inside a project, at its page width (`po_wrap`).
        Command::Fmt(a) if !a.paths.is_empty() => {
            let wrap = wrap_for(&cli, &a.paths);
            return commands::fmt::run_paths(&a.paths, a.check, wrap, a.format, cli.quiet, ui);
        }
        _ => {}
    }
    let mut project = open(&cli)?;
    if let Some(ms) = std::env::var("DRAGOMAN_LOCK_WAIT_MS")
        .ok()
        .and_then(|v| v.parse().ok())
    {
        project.lock_wait = std::time::Duration::from_millis(ms);
    }
    project.cache =
        !std::env::var_os("DRAGOMAN_NO_CACHE").is_some_and(|v| !v.is_empty() && v != "0");
    let quiet = cli.quiet;
    // A progress bar for long work, only on a terminal (never in pipes or CI
    // logs) and not with -q; it appears only if the work lasts.
    use std::io::IsTerminal;
    let bar = (!quiet && std::io::stderr().is_terminal()).then(|| {
        let bar = indicatif::ProgressBar::with_draw_target(
            None,
            indicatif::ProgressDrawTarget::stderr_with_hz(10),
        );
        bar.set_style(
            indicatif::ProgressStyle::with_template("{msg:>10} [{bar:30}] {pos}/{len}")
                .expect("progress template")
                .progress_chars("=> "),
        );
        bar
    });
    if let Some(bar) = &bar {
        let bar = bar.clone();
        // The interface is not shared across threads: the labels are made here.
        let mut labels = std::collections::HashMap::new();
        let mut label = |m: Msg| labels.insert(m.clone(), ui.msg(&m));
        label(Msg::new("progress-read"));
        for l in &project.config.languages {
            label(Msg::new("progress-sync").arg("lang", &l.tag));
            label(Msg::new("progress-build").arg("lang", &l.tag));
        }
        project.progress = Some(dragoman::project::Progress(std::sync::Arc::new(
            move |what: &Msg, done: u64, total: u64| {
                let what = labels.get(what).cloned().unwrap_or_else(|| what.english());
                if bar.message() != what {
                    bar.set_message(what);
                }
                bar.set_length(total);
                bar.set_position(done);
            },
        )));
    }
    let started = std::time::Instant::now();
    if cli.verbose {
        let langs: Vec<&str> = project
            .config
            .languages
            .iter()
            .map(|l| l.tag.as_str())
            .collect();
        tell!(
            "{}",
            ui.fmt(
                "verbose-project",
                &[
                    ("root", project.root.display().to_string().into()),
                    ("statements", project.config.statements.clone().into()),
                    ("locales", project.config.locales.clone().into()),
                    ("langs", langs.join(&ui.text("sep-list")).into()),
                ]
            )
        );
    }
    let ctx = commands::Ctx {
        project: &project,
        quiet,
        ui,
    };
    let result = commands::run(&cli.command, ctx);
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    if cli.verbose {
        if dragoman::cache::hits() > 0 {
            tell!(
                "{}",
                ui.fmt("verbose-cache", &[("dir", dragoman::cache::DIR.into())])
            );
        }
        tell!(
            "{}",
            ui.fmt(
                "verbose-done",
                &[("ms", (started.elapsed().as_millis() as u64).into())]
            )
        );
    }
    result
}
