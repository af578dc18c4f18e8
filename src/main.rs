//! The `dragoman` command line: a thin shell over the library.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use dragoman::project::{Error, Project};
use dragoman::sync::SyncOptions;

#[derive(Parser)]
#[command(
    name = "dragoman",
    version,
    about = "Translate Markdown statements through gettext PO catalogs",
    long_about = "Translate Markdown statements through gettext PO catalogs.\n\nextract → sync → translate (Poedit, Weblate, a text editor) → status → build.\nExit codes: 0 ok, 1 a gate failed (--min), 2 bad input or usage."
)]
struct Cli {
    /// Project folder (default: the nearest folder with dragoman.toml, from here upwards)
    #[arg(long, global = true, value_name = "DIR")]
    project: Option<PathBuf>,

    /// Print less
    #[arg(short, long, global = true)]
    quiet: bool,

    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract segments from the statements into templates (locales/templates/*.pot)
    Extract,
    /// Extract, then update every language's catalogs: new segments added, changed
    /// ones marked stale with their previous source, removed ones kept as obsolete
    Sync {
        /// Only this language (repeatable)
        #[arg(long = "lang", value_name = "LANG")]
        langs: Vec<String>,
        /// Minimum similarity (0–1) for a changed segment to keep its old translation
        #[arg(long, default_value_t = 0.6, value_name = "RATIO")]
        threshold: f32,
    },
    /// Report coverage per language and statement (segments and words)
    Status {
        /// Only this language (repeatable)
        #[arg(long = "lang", value_name = "LANG")]
        langs: Vec<String>,
        /// Output format
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
        /// Exit with 1 if any selected language is below this coverage (percent)
        #[arg(long, value_name = "PCT")]
        min: Option<f64>,
    },
    /// Build localized Markdown and HTML into the output folder
    Build {
        /// Only this language (repeatable)
        #[arg(long = "lang", value_name = "LANG")]
        langs: Vec<String>,
        /// Output folder (default: `output` from dragoman.toml, usually build/)
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Table,
    Json,
    Markdown,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}

fn open(cli: &Cli) -> Result<Project, Error> {
    match &cli.project {
        Some(dir) => {
            if !dir.join(dragoman::project::CONFIG_FILE).is_file() {
                return Err(Error::msg(format!(
                    "{} has no {}",
                    dir.display(),
                    dragoman::project::CONFIG_FILE
                )));
            }
            Project::open(dir)
        }
        None => {
            let cwd = std::env::current_dir().map_err(|e| Error::msg(e.to_string()))?;
            Project::discover(&cwd)
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode, Error> {
    let project = open(&cli)?;
    let quiet = cli.quiet;
    match &cli.command {
        Command::Extract => {
            let (n, written) = project.extract()?;
            if !quiet {
                println!("extracted {n} statement(s); {written} template(s) written");
            }
        }
        Command::Sync { langs, threshold } => {
            if !(0.0..=1.0).contains(threshold) {
                return Err(Error::msg("--threshold must be between 0 and 1"));
            }
            let langs = project.select_languages(langs)?;
            let reports = project.sync(
                &langs,
                SyncOptions {
                    threshold: *threshold,
                },
            )?;
            if !quiet {
                for (lang, r, written) in reports {
                    println!(
                        "{lang}: {} unchanged, {} new, {} stale, {} obsolete, {} revived; {written} catalog(s) written",
                        r.kept, r.added, r.stale, r.obsoleted, r.revived
                    );
                }
            }
        }
        Command::Status { langs, format, min } => {
            let langs = project.select_languages(langs)?;
            let report = project.status(&langs)?;
            match format {
                Format::Table => println!("{}", report.to_table()),
                Format::Markdown => print!("{}", report.to_markdown()),
                Format::Json => println!(
                    "{}",
                    serde_json::to_string_pretty(&report).map_err(|e| Error::msg(e.to_string()))?
                ),
            }
            if let Some(min) = min {
                let below: Vec<String> = report
                    .languages
                    .iter()
                    .filter(|l| l.total.percent < *min)
                    .map(|l| format!("{} ({:.1}%)", l.lang, l.total.percent))
                    .collect();
                if !below.is_empty() {
                    eprintln!("coverage below {min}%: {}", below.join(", "));
                    return Ok(ExitCode::from(1));
                }
            }
        }
        Command::Build { langs, out } => {
            let langs = project.select_languages(langs)?;
            let out = match out {
                Some(o) => o.clone(),
                None => project.root.join(&project.config.output),
            };
            let written = project.build(&langs, &out)?;
            if !quiet {
                println!(
                    "built {} language(s) into {}; {written} file(s) written",
                    langs.len(),
                    out.display()
                );
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
