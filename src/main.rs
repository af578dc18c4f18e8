//! The `dragoman` command line: a thin shell over the library.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{FromArgMatches, Parser, Subcommand, ValueEnum};
use dragoman::project::{Error, Project};
use dragoman::ui::{Msg, Ui};
use fluent_bundle::FluentValue;

/// `println!` for human output: nothing a terminal acts on gets through
/// (`ui::visible`): catalogs and file names are untrusted.
macro_rules! say {
    () => { println!() };
    ($($t:tt)*) => { println!("{}", dragoman::ui::visible(&format!($($t)*))) };
}

/// `eprintln!` for human output (see `say!`).
macro_rules! tell {
    ($($t:tt)*) => { eprintln!("{}", dragoman::ui::visible(&format!($($t)*))) };
}

/// `print!` for human output (see `say!`).
macro_rules! say_raw {
    ($($t:tt)*) => { print!("{}", dragoman::ui::visible(&format!($($t)*))) };
}

/// `eprint!` for human output (see `say!`).
macro_rules! tell_raw {
    ($($t:tt)*) => { eprint!("{}", dragoman::ui::visible(&format!($($t)*))) };
}

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

    /// Print more, on stderr: the project used, whether the answer came from the
    /// cache, how long the command took
    #[arg(short, long, global = true, conflicts_with = "quiet")]
    verbose: bool,

    /// Language of dragoman's own messages: en, es, fa, ar (default: from
    /// DRAGOMAN_UI_LANG, LC_ALL, LC_MESSAGES or LANG)
    #[arg(long, global = true, value_name = "LANG")]
    ui_lang: Option<String>,

    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Start a project: a commented dragoman.toml, statements and locales folders
    ///
    /// Existing Markdown (statements/, src/, docs/, content/) and
    /// one-catalog-per-language folders (po/<lang>.po, as mdbook-i18n-helpers and
    /// po4a keep them) are detected and used.
    Init {
        /// Folder of the new project
        #[arg(value_name = "DIR", default_value = ".")]
        dir: PathBuf,
        /// Language of the statements
        #[arg(long, value_name = "LANG")]
        source: Option<String>,
        /// A language to translate into (repeatable; more later with add-lang)
        #[arg(long = "lang", value_name = "LANG")]
        langs: Vec<String>,
        /// Folder of the Markdown statements (default: detected, else `statements`)
        #[arg(long, value_name = "DIR")]
        statements: Option<String>,
        /// Replace an existing dragoman.toml
        #[arg(long)]
        force: bool,
    },
    /// Add a language: list it in dragoman.toml (comments and layout kept) and
    /// create its catalogs
    AddLang {
        /// The language's BCP 47 tag (`fa`, `pt-BR`)
        #[arg(value_name = "LANG")]
        lang: String,
    },
    /// Extract segments from the statements into templates (locales/templates/*.pot)
    Extract {
        /// Output format
        #[arg(long, value_enum, default_value = "text")]
        format: DiffFormat,
    },
    /// Extract, then update every language's catalogs: new segments added, changed
    /// ones marked stale with their previous source, removed ones kept as obsolete
    Sync {
        /// Only this language (repeatable)
        #[arg(long = "lang", value_name = "LANG")]
        langs: Vec<String>,
        /// Minimum similarity (0–1) for a changed segment to keep its old translation
        /// (default: `fuzzy_threshold` from dragoman.toml, 0.6)
        #[arg(long, value_name = "RATIO")]
        threshold: Option<f32>,
        /// Report what would change, write nothing
        #[arg(long)]
        dry_run: bool,
        /// Output format
        #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
        format: DiffFormat,
    },
    /// Show what changed in the source of every stale translation: a word diff of
    /// the previous and current source, the change class and the translation
    Diff {
        /// Only this language (repeatable)
        #[arg(long = "lang", value_name = "LANG")]
        langs: Vec<String>,
        /// Output format
        #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
        format: DiffFormat,
        /// Color the diff: auto (on a terminal, unless NO_COLOR is set), always, never
        #[arg(long, value_enum, default_value_t = Color::Auto)]
        color: Color,
        /// Only these statements (paths as in `statements/x.md`, or `x.md`)
        #[arg(value_name = "STATEMENT")]
        statements: Vec<String>,
    },
    /// Rewrite PO and FTL files in their canonical layout (PO exactly as GNU msgcat
    /// writes it, FTL as the Fluent serializer does), for any catalog; content never
    /// changes. Default: the project's locales folder
    Fmt {
        /// Change nothing; list the files that would change and exit 1 if any
        #[arg(long)]
        check: bool,
        /// Files or folders (default: the project's locales folder)
        #[arg(value_name = "PATH")]
        paths: Vec<PathBuf>,
        /// Output format
        #[arg(long, value_enum, default_value = "text")]
        format: DiffFormat,
    },
    /// Convert catalogs between PO and Fluent (FTL), keeping every state
    /// (translated, stale with previous source, untranslated, obsolete)
    Convert {
        /// Target format
        #[arg(long, value_enum)]
        to: ToFormat,
        /// Only this language (repeatable)
        #[arg(long = "lang", value_name = "LANG")]
        langs: Vec<String>,
        /// Output format
        #[arg(long, value_enum, default_value = "text")]
        format: DiffFormat,
    },
    /// Check translations: Markdown parity, links, code, numbers, punctuation, bidi
    /// controls, Persian, Arabic and Spanish rules
    Check {
        /// Only this language (repeatable)
        #[arg(long = "lang", value_name = "LANG")]
        langs: Vec<String>,
        /// Output format (github: workflow annotations)
        #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
        format: CheckFormat,
        /// Also fail (exit 1) on warnings
        #[arg(long, value_enum, value_name = "LEVEL")]
        deny: Option<DenyLevel>,
        /// Apply safe fixes first (Arabic → Persian letters, stray bidi overrides, NFC)
        #[arg(long)]
        fix: bool,
        /// Color: auto (on a terminal, unless NO_COLOR is set), always, never
        #[arg(long, value_enum, default_value_t = Color::Auto)]
        color: Color,
    },
    /// The translation cost of a pending source change: per language, segments and
    /// words that would become stale, new, obsolete or be carried over. Writes nothing
    Impact {
        /// Compare the statements at this git revision with the working tree
        #[arg(long, value_name = "REV")]
        base: Option<String>,
        /// Only this language (repeatable)
        #[arg(long = "lang", value_name = "LANG")]
        langs: Vec<String>,
        /// Output format
        #[arg(long, value_enum, default_value_t = Format::Table)]
        format: Format,
    },
    /// Import hand-made translations of statements into a language's catalogs
    ///
    /// Blocks are aligned by structure (kind, numbers, links, code, length), not
    /// in lockstep: missing, extra, merged and split blocks are reported with
    /// both file:line; uncertain, merged and split ones are imported stale, for
    /// review. Existing translations stay unless --overwrite.
    Import {
        /// The language of the translations
        #[arg(long = "lang", value_name = "LANG")]
        lang: String,
        /// Folder of translated statements mirroring the statements folder
        /// (`DIR/x.md` translates `statements/x.md`)
        #[arg(long, value_name = "DIR", conflicts_with = "files")]
        from: Option<PathBuf>,
        /// Replace existing translations
        #[arg(long)]
        overwrite: bool,
        /// Output format
        #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
        format: DiffFormat,
        /// The statement and its translation: SOURCE.md TRANSLATED.md
        #[arg(value_name = "FILE", num_args = 2, required_unless_present = "from")]
        files: Vec<PathBuf>,
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
        /// Output format
        #[arg(long, value_enum, default_value = "text")]
        format: DiffFormat,
    },
    /// Print a shell completion script (bash, zsh, fish, powershell, elvish)
    ///
    /// `dragoman completions bash > ~/.local/share/bash-completion/completions/dragoman`
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page, or write all of them (one per command) with --out
    Man {
        /// Folder for the pages (`man -l DIR/dragoman.1` to read one)
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum ToFormat {
    Po,
    Ftl,
}

#[derive(Clone, Copy, ValueEnum)]
enum CheckFormat {
    Human,
    Json,
    Github,
}

#[derive(Clone, Copy, ValueEnum)]
enum DenyLevel {
    Warning,
    Info,
}

#[derive(Clone, Copy, ValueEnum)]
enum DiffFormat {
    Text,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum Color {
    Auto,
    Always,
    Never,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Table,
    Json,
    Markdown,
}

fn main() -> ExitCode {
    // Like other Unix tools, stop quietly when the reader of our output goes
    // away (`dragoman status | head`) instead of failing to print.
    #[cfg(unix)]
    // SAFETY: restoring the default action of a signal, before any thread starts.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    // The interface language is needed before the arguments are parsed (for
    // the help), so `--ui-lang` is looked for first.
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let flag = args.iter().enumerate().find_map(|(i, a)| {
        let a = a.to_str()?;
        match a.strip_prefix("--ui-lang") {
            Some("") => args.get(i + 1).and_then(|v| v.to_str()).map(str::to_string),
            Some(v) => v.strip_prefix('=').map(str::to_string),
            None => None,
        }
    });
    let env = |k: &str| std::env::var(k).ok();
    let (a, b, c, d) = (
        env("DRAGOMAN_UI_LANG"),
        env("LC_ALL"),
        env("LC_MESSAGES"),
        env("LANG"),
    );
    let ui = Ui::new(dragoman::ui::choose(&[
        flag.as_deref(),
        a.as_deref(),
        b.as_deref(),
        c.as_deref(),
        d.as_deref(),
    ]));
    // Asked for by name (not by the system locale) and not spoken: say so.
    if let Some(wanted) = [flag.as_deref(), a.as_deref()]
        .into_iter()
        .flatten()
        .find(|s| !s.is_empty())
        && dragoman::ui::language_of(wanted).is_none()
    {
        let spoken: Vec<&str> = dragoman::ui::LANGUAGES.iter().map(|(l, _)| *l).collect();
        tell!(
            "warning: dragoman does not speak `{wanted}`; messages are in English (it speaks {})",
            spoken.join(", ")
        );
    }
    let matches = match localized_command(&ui).try_get_matches_from(args) {
        Ok(m) => m,
        Err(e) => match usage_error(&e, &ui) {
            Some(text) => {
                tell_raw!("{text}");
                return ExitCode::from(e.exit_code() as u8);
            }
            None => e.exit(),
        },
    };
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => e.exit(),
    };
    let result = run(cli, &ui);
    // What was skipped (links, special files, names that are not UTF-8).
    for w in dragoman::fsio::take_warnings() {
        tell!("{}: {}", ui.text("severity-warning"), ui.msg(&w));
    }
    match result {
        Ok(code) => code,
        Err(e) => {
            tell!("{}: {}", ui.text("error"), e.localized(&ui));
            ExitCode::from(2)
        }
    }
}

/// The command line with help summaries and headings in the interface
/// language (English as clap and the doc comments have it).
fn localized_command(ui: &Ui) -> clap::Command {
    let cmd = <Cli as clap::CommandFactory>::command();
    if ui.lang() == "en" {
        return cmd;
    }
    let template = format!(
        "{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        ui.text("help-usage")
    );
    let (options, arguments) = (ui.text("help-options"), ui.text("help-arguments"));
    let headings = |c: clap::Command| -> clap::Command {
        let name = c.get_name().to_string();
        c.help_template(template.clone())
            .subcommand_help_heading(ui.text("help-commands"))
            .mut_args(|a| {
                let heading = if a.is_positional() {
                    arguments.clone()
                } else {
                    options.clone()
                };
                // Descriptions: `arg-COMMAND-ID`, else `arg-ID`, else clap's English.
                let id = a.get_id().as_str().to_string();
                let help = [format!("arg-{name}-{id}"), format!("arg-{id}")]
                    .into_iter()
                    .find(|k| ui.has(k))
                    .map(|k| ui.text(&k));
                // clap's own "[default: …] [possible values: …]", in words of the
                // interface language.
                let takes = a.get_action().takes_values();
                let mut extra = Vec::new();
                let values: Vec<String> = a
                    .get_possible_values()
                    .iter()
                    .filter(|v| !v.is_hide_set())
                    .map(|v| v.get_name().to_string())
                    .collect();
                let defaults: Vec<String> = a
                    .get_default_values()
                    .iter()
                    .map(|v| v.to_string_lossy().into_owned())
                    .collect();
                if takes && !defaults.is_empty() {
                    extra.push(format!(
                        "[{}: {}]",
                        ui.text("help-default"),
                        defaults.join(", ")
                    ));
                }
                if takes && !values.is_empty() {
                    extra.push(format!(
                        "[{}: {}]",
                        ui.text("help-values"),
                        values.join(", ")
                    ));
                }
                let help = help.or_else(|| a.get_help().map(|h| h.to_string()));
                let a = a
                    .help_heading(heading)
                    .hide_default_value(takes)
                    .hide_possible_values(takes);
                match help {
                    Some(h) if extra.is_empty() => a.help(h),
                    Some(h) => a.help(format!("{h} {}", extra.join(" "))),
                    None if !extra.is_empty() => a.help(extra.join(" ")),
                    None => a,
                }
            })
            // clap's own --help, in the interface language and under its heading.
            .disable_help_flag(true)
            .arg(
                clap::Arg::new("help")
                    .short('h')
                    .long("help")
                    .action(clap::ArgAction::Help)
                    .help(ui.text("help-help"))
                    .help_heading(options.clone()),
            )
    };
    // The long descriptions stay English: only the summaries are translated.
    let mut cmd = headings(cmd)
        .about(ui.text("cli-about"))
        .long_about(None)
        .disable_version_flag(true)
        .arg(
            clap::Arg::new("version")
                .short('V')
                .long("version")
                .action(clap::ArgAction::Version)
                .help(ui.text("help-version"))
                .help_heading(options.clone()),
        );
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    for name in names {
        let id = format!("cmd-{name}");
        let about = ui.has(&id).then(|| ui.text(&id));
        cmd = cmd.mut_subcommand(&name, |c| {
            let c = headings(c);
            match about {
                Some(a) => c.about(a).long_about(None),
                None => c,
            }
        });
    }
    cmd
}

fn use_color(c: Color) -> bool {
    use std::io::IsTerminal;
    match c {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
    }
}

/// A command-line usage error (unknown command or option, bad value, missing
/// argument) in the interface language; None for English, help and version,
/// and kinds clap says well enough itself.
fn usage_error(e: &clap::Error, ui: &Ui) -> Option<String> {
    use clap::error::{ContextKind as C, ContextValue as V, ErrorKind as K};
    if ui.lang() == "en" {
        return None;
    }
    let get = |k: C| -> Option<String> {
        e.get(k).map(|v| match v {
            V::String(s) => s.clone(),
            V::Strings(v) => v.join(", "),
            V::StyledStr(s) => s.to_string(),
            V::Number(n) => n.to_string(),
            V::Bool(b) => b.to_string(),
            _ => String::new(),
        })
    };
    let arg = |k: C| get(k).unwrap_or_default();
    let (msg, suggestion) = match e.kind() {
        K::UnknownArgument => (
            ui.fmt(
                "usage-unknown-argument",
                &[("arg", arg(C::InvalidArg).into())],
            ),
            get(C::SuggestedArg),
        ),
        K::InvalidSubcommand => (
            ui.fmt(
                "usage-unknown-command",
                &[("command", arg(C::InvalidSubcommand).into())],
            ),
            get(C::SuggestedSubcommand),
        ),
        K::InvalidValue | K::ValueValidation => {
            let value = arg(C::InvalidValue);
            let mut m = if value.is_empty() {
                ui.fmt(
                    "usage-value-required",
                    &[("arg", arg(C::InvalidArg).into())],
                )
            } else {
                ui.fmt(
                    "usage-invalid-value",
                    &[("value", value.into()), ("arg", arg(C::InvalidArg).into())],
                )
            };
            if let Some(detail) = std::error::Error::source(e) {
                m.push_str(&format!(": {detail}"));
            }
            if let Some(valid) = get(C::ValidValue).filter(|v| !v.is_empty()) {
                m.push_str(&format!(
                    "\n  {}",
                    ui.fmt("usage-possible-values", &[("values", valid.into())])
                ));
            }
            (m, get(C::SuggestedValue))
        }
        K::MissingRequiredArgument => (
            ui.fmt(
                "usage-missing",
                &[(
                    "args",
                    format!("  {}", arg(C::InvalidArg).replace(", ", "\n  ")).into(),
                )],
            ),
            None,
        ),
        K::ArgumentConflict => (
            ui.fmt(
                "usage-conflict",
                &[
                    ("arg", arg(C::InvalidArg).into()),
                    ("other", arg(C::PriorArg).into()),
                ],
            ),
            None,
        ),
        _ => return None,
    };
    let mut out = format!("{}: {msg}\n", ui.text("error"));
    if let Some(s) = suggestion {
        out.push_str(&format!(
            "\n  {}\n",
            ui.fmt("usage-did-you-mean", &[("suggestion", s.into())])
        ));
    }
    if let Some(usage) = get(C::Usage) {
        let usage = usage.trim_end();
        let usage = usage
            .strip_prefix("Usage:")
            .map_or(usage.to_string(), |rest| {
                format!("{}{rest}", ui.text("help-usage"))
            });
        out.push_str(&format!("\n{usage}\n"));
    }
    out.push_str(&format!("\n{}\n", ui.text("usage-more")));
    Some(out)
}

/// Escapes a GitHub workflow command message.
fn gh_escape(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Human output of one finding, with the problem highlighted in the translation.
fn print_finding(f: &dragoman::project::LocatedFinding, color: bool, ui: &Ui) {
    use dragoman::ui::visible;
    let sev = ui.text(&format!("severity-{}", f.severity.as_str()));
    let message = ui.msg(&f.msg);
    let head = if color {
        let code = match f.severity {
            dragoman::check::Severity::Error => "31",
            dragoman::check::Severity::Warning => "33",
            dragoman::check::Severity::Info => "36",
        };
        format!("\x1b[1;{code}m{sev}[{}]\x1b[0m", f.check)
    } else {
        format!("{sev}[{}]", f.check)
    };
    // Only our own colors are raw: every text from a catalog or a file name is escaped.
    println!("{head}: {}", visible(&message));
    say!("  --> {}:{} ({})", f.file, f.line, f.statement);
    say!(
        "   {}: {}",
        ui.text("check-source-label"),
        f.source.replace('\n', "\\n")
    );
    let t = &f.translation;
    let shown = |s: &str| visible(&s.replace('\n', "\\n")).into_owned();
    let shown = match &f.span {
        Some(r) if t.is_char_boundary(r.start) && t.is_char_boundary(r.end) && r.end <= t.len() => {
            let (a, b, c) = (
                shown(&t[..r.start]),
                shown(&t[r.clone()]),
                shown(&t[r.end..]),
            );
            if color {
                format!("{a}\x1b[1;4;31m{b}\x1b[0m{c}")
            } else {
                format!("{a}⟦{b}⟧{c}")
            }
        }
        _ => shown(t),
    };
    println!("   {}: {shown}", visible(&f.lang));
    say!();
}

fn fmt(
    paths: &[PathBuf],
    check: bool,
    format: DiffFormat,
    quiet: bool,
    ui: &Ui,
) -> Result<ExitCode, Error> {
    let changed = dragoman::project::fmt(paths, check)?;
    match format {
        DiffFormat::Json => {
            let files: Vec<String> = changed.iter().map(|p| p.display().to_string()).collect();
            print_json(&serde_json::json!({
                "check": check,
                "files": files,
            }))?;
        }
        DiffFormat::Text => {
            for p in &changed {
                say!("{}", p.display());
            }
            if !quiet {
                let id = if check { "fmt-would" } else { "fmt-done" };
                tell!("{}", ui.fmt(id, &[("count", changed.len().into())]));
            }
        }
    }
    Ok(if check && !changed.is_empty() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn init(
    dir: &std::path::Path,
    source: &Option<String>,
    langs: &[String],
    statements: &Option<String>,
    force: bool,
    quiet: bool,
    ui: &Ui,
) -> Result<ExitCode, Error> {
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    let r = dragoman::project::init(
        dir,
        &dragoman::project::InitOptions {
            source: source.clone(),
            languages: langs.to_vec(),
            statements: statements.clone(),
            force,
        },
    )?;
    if quiet {
        return Ok(ExitCode::SUCCESS);
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
    Ok(ExitCode::SUCCESS)
}

fn describe(lang: &str, r: &dragoman::sync::SyncReport, ui: &Ui) -> String {
    let mut s = ui.fmt(
        "sync-report",
        &[
            ("lang", lang.into()),
            ("unchanged", r.unchanged.segments.into()),
            ("new", r.new.segments.into()),
            ("stale", r.stale.segments.into()),
            ("carried", r.carried.segments.into()),
            ("obsolete", r.obsolete.segments.into()),
        ],
    );
    for (n, id) in [
        (r.revived.segments, "sync-revived"),
        (r.moved.segments, "sync-moved"),
        (r.reused.segments, "sync-reused"),
    ] {
        if n > 0 {
            s.push_str(&ui.text("sep-list"));
            s.push_str(&ui.fmt(id, &[("count", n.into())]));
        }
    }
    s
}

/// A JSON serialization failure (not expected: the values are ours).
fn json_error(e: serde_json::Error) -> Error {
    Error::msg(Msg::new("internal-error").arg("detail", e))
}

/// Prints a report as pretty JSON (`--format json`).
fn print_json(v: &impl serde::Serialize) -> Result<(), Error> {
    // JSON escapes control characters itself (and must stay valid JSON).
    println!("{}", serde_json::to_string_pretty(v).map_err(json_error)?);
    Ok(())
}

fn impact_report(
    reports: &[(String, dragoman::sync::SyncReport)],
    base: Option<&str>,
    format: Format,
    ui: &Ui,
) -> Result<String, Error> {
    let rows: Vec<(&str, [&dragoman::sync::Tally; 4])> = reports
        .iter()
        .map(|(l, r)| (l.as_str(), [&r.new, &r.stale, &r.carried, &r.obsolete]))
        .collect();
    let cell = |t: &dragoman::sync::Tally| {
        ui.fmt(
            "impact-cell",
            &[("segments", t.segments.into()), ("words", t.words.into())],
        )
    };
    let header = [
        "status-language",
        "impact-new",
        "impact-stale",
        "impact-carried",
        "impact-obsolete",
    ]
    .map(|id| ui.text(id));
    Ok(match format {
        Format::Json => {
            let langs: Vec<serde_json::Value> = reports
                .iter()
                .map(|(l, r)| {
                    serde_json::json!({
                        "lang": l, "new": r.new, "stale": r.stale, "carried": r.carried,
                        "obsolete": r.obsolete, "unchanged": r.unchanged,
                    })
                })
                .collect();
            let v = serde_json::json!({ "base": base, "languages": langs });
            serde_json::to_string_pretty(&v).map_err(json_error)? + "\n"
        }
        Format::Markdown => {
            let title = match base {
                Some(b) => ui.fmt("impact-title-since", &[("base", b.into())]),
                None => ui.text("impact-title"),
            };
            let mut s = format!(
                "{title}:\n\n| {} |\n|---|---:|---:|---:|---:|\n",
                header.join(" | ")
            );
            for (l, t) in rows {
                s.push_str(&format!(
                    "| {l} | {} | {} | {} | {} |\n",
                    cell(t[0]),
                    cell(t[1]),
                    cell(t[2]),
                    cell(t[3])
                ));
            }
            s
        }
        Format::Table => {
            let mut t = comfy_table::Table::new();
            t.load_style(comfy_table::presets::UTF8_FULL_CONDENSED);
            t.set_header(header.to_vec());
            for (l, c) in rows {
                t.add_row(vec![
                    l.to_string(),
                    cell(c[0]),
                    cell(c[1]),
                    cell(c[2]),
                    cell(c[3]),
                ]);
            }
            format!("{t}\n")
        }
    })
}

/// Report headings in the interface language.
fn headings(ui: &Ui) -> dragoman::status::Headings {
    dragoman::status::Headings {
        columns: [
            "status-language",
            "status-statement",
            "status-translated",
            "status-stale",
            "status-untranslated",
            "status-obsolete",
            "status-words",
            "status-coverage",
        ]
        .map(|id| ui.text(id)),
        total: ui.text("status-total"),
    }
}

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

fn run(cli: Cli, ui: &Ui) -> Result<ExitCode, Error> {
    if let Command::Init {
        dir,
        source,
        langs,
        statements,
        force,
    } = &cli.command
    {
        return init(dir, source, langs, statements, *force, cli.quiet, ui);
    }
    match &cli.command {
        Command::Completions { shell } => {
            let mut cmd = <Cli as clap::CommandFactory>::command();
            clap_complete::generate(*shell, &mut cmd, "dragoman", &mut std::io::stdout());
            return Ok(ExitCode::SUCCESS);
        }
        Command::Man { out } => {
            let cmd = <Cli as clap::CommandFactory>::command();
            let io = |e: std::io::Error| {
                Error::msg(Msg::new("man-failed").arg_msg("detail", Msg::io(&e)))
            };
            match out {
                Some(dir) => {
                    std::fs::create_dir_all(dir).map_err(io)?;
                    clap_mangen::generate_to(cmd, dir).map_err(io)?;
                    if !cli.quiet {
                        say!(
                            "{}",
                            ui.fmt("man-wrote", &[("dir", dir.display().to_string().into())])
                        );
                    }
                }
                None => clap_mangen::Man::new(cmd)
                    .render(&mut std::io::stdout())
                    .map_err(io)?,
            }
            return Ok(ExitCode::SUCCESS);
        }
        _ => {}
    }
    // `fmt` with explicit paths works on any catalog, inside a project or not.
    if let Command::Fmt {
        check,
        paths,
        format,
    } = &cli.command
        && !paths.is_empty()
    {
        return fmt(paths, *check, *format, cli.quiet, ui);
    }
    let mut project = open(&cli)?;
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
    let result = run_command(&cli, &project, quiet, ui);
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

fn run_command(cli: &Cli, project: &Project, quiet: bool, ui: &Ui) -> Result<ExitCode, Error> {
    // Commands that write take the project lock (released when `_lock` drops).
    let writes = match &cli.command {
        Command::Extract { .. }
        | Command::Convert { .. }
        | Command::Build { .. }
        | Command::Import { .. }
        | Command::AddLang { .. } => true,
        Command::Fmt { check, .. } => !check,
        Command::Sync { dry_run, .. } => !dry_run,
        Command::Check { fix, .. } => *fix,
        _ => false,
    };
    let wait = std::env::var("DRAGOMAN_LOCK_WAIT_MS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000);
    let _lock = if writes {
        Some(project.lock(std::time::Duration::from_millis(wait))?)
    } else {
        None
    };
    match &cli.command {
        Command::Extract { format } => {
            let (n, written) = project.extract()?;
            if matches!(format, DiffFormat::Json) {
                print_json(&serde_json::json!({
                    "statements": n,
                    "templates_written": written,
                }))?;
            } else if !quiet {
                say!(
                    "{}",
                    ui.fmt(
                        "extract-done",
                        &[("statements", n.into()), ("written", written.into())]
                    )
                );
            }
        }
        Command::Sync {
            langs,
            threshold,
            dry_run,
            format,
        } => {
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
                let languages: Vec<serde_json::Value> = reports
                    .iter()
                    .map(|(lang, r, written)| {
                        serde_json::json!({"lang": lang, "written": written, "report": r})
                    })
                    .collect();
                print_json(&serde_json::json!({
                    "dry_run": dry_run,
                    "languages": languages,
                }))?;
            } else if !quiet {
                let verb = if *dry_run {
                    "sync-would-write"
                } else {
                    "sync-written"
                };
                for (lang, r, written) in &reports {
                    say!(
                        "{}{}{}",
                        describe(lang, r, ui),
                        ui.text("sep-clause"),
                        ui.fmt(verb, &[("count", (*written).into())])
                    );
                }
                if project.config.languages.is_empty() {
                    // The templates were extracted; nothing to translate into yet.
                    say!("{}", ui.text("init-no-languages"));
                }
            }
        }
        Command::Diff {
            langs,
            format,
            color,
            statements,
        } => {
            let langs = project.select_languages(langs)?;
            let entries = project.stale_entries(&langs, statements)?;
            match format {
                DiffFormat::Json => print_json(&entries)?,
                DiffFormat::Text => {
                    use std::io::IsTerminal;
                    let color = match color {
                        Color::Always => true,
                        Color::Never => false,
                        Color::Auto => {
                            std::io::stdout().is_terminal()
                                && std::env::var_os("NO_COLOR").is_none()
                        }
                    };
                    if entries.is_empty() && !quiet {
                        say!("{}", ui.text("diff-none"));
                    }
                    for e in &entries {
                        let class = ui.fmt("diff-class", &[("class", e.class.clone().into())]);
                        say!("{}:{} [{class}] {}", e.path, e.line, e.statement);
                        match &e.previous {
                            // render_diff escapes the texts; its colors stay raw.
                            Some(_) => {
                                println!("  {}", dragoman::diff::render_diff(&e.diff, color))
                            }
                            None => say!("  {}", e.source),
                        }
                        say!("  {}: {}", e.lang, e.translation);
                        say!();
                    }
                }
            }
        }
        Command::Fmt { check, format, .. } => {
            return fmt(&[project.locales_dir()], *check, *format, quiet, ui);
        }
        Command::Convert { to, langs, format } => {
            let selected = project.select_languages(langs)?;
            let target = match to {
                ToFormat::Po => dragoman::config::CatalogFormat::Po,
                ToFormat::Ftl => dragoman::config::CatalogFormat::Ftl,
            };
            let n = project.convert(&selected, target)?;
            let off: Vec<&str> = selected
                .iter()
                .filter(|l| project.config.catalog_format(&l.tag) != target)
                .map(|l| l.tag.as_str())
                .collect();
            if matches!(format, DiffFormat::Json) {
                print_json(&serde_json::json!({
                    "converted": n,
                    "to": target.extension(),
                    "config_disagrees": off,
                }))?;
            } else if !quiet {
                say!(
                    "{}",
                    ui.fmt(
                        "convert-done",
                        &[("count", n.into()), ("format", target.extension().into())]
                    )
                );
                if !off.is_empty() {
                    say!(
                        "{}",
                        ui.fmt(
                            "convert-note",
                            &[
                                ("langs", off.join(&ui.text("sep-list")).into()),
                                ("format", target.extension().into())
                            ]
                        )
                    );
                }
            }
        }
        Command::Check {
            langs,
            format,
            deny,
            fix,
            color,
        } => {
            let langs = project.select_languages(langs)?;
            let (findings, fixed) = project.check(&langs, *fix)?;
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
                    for f in &findings {
                        print_finding(f, color, ui);
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
                || (matches!(deny, Some(DenyLevel::Warning) | Some(DenyLevel::Info))
                    && warning > 0)
                || (matches!(deny, Some(DenyLevel::Info)) && info > 0);
            if fail {
                return Ok(ExitCode::from(1));
            }
        }
        Command::Impact {
            base,
            langs,
            format,
        } => {
            let langs = project.select_languages(langs)?;
            let reports = project.impact(&langs, base.as_deref())?;
            say_raw!("{}", impact_report(&reports, base.as_deref(), *format, ui)?);
        }
        Command::Init { .. } | Command::Completions { .. } | Command::Man { .. } => {
            unreachable!("handled before opening a project")
        }
        Command::AddLang { lang } => {
            let (project, lang) = project.add_language(lang)?;
            let reports =
                project.sync(std::slice::from_ref(&lang), project.sync_options(), false)?;
            if !quiet {
                let written = reports.first().map(|r| r.2).unwrap_or(0);
                let dir = if project.single() {
                    project.display(
                        &project.single_path(&lang.tag, project.config.catalog_format(&lang.tag)),
                    )
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
        }
        Command::Import {
            lang,
            from,
            overwrite,
            format,
            files,
        } => {
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
        }
        Command::Status { langs, format, min } => {
            let langs = project.select_languages(langs)?;
            let report = project.status(&langs)?;
            match format {
                Format::Table => say!("{}", report.to_table_with(&headings(ui))),
                Format::Markdown => say_raw!("{}", report.to_markdown_with(&headings(ui))),
                Format::Json => print_json(&report)?,
            }
            if let Some(min) = min {
                let below: Vec<String> = report
                    .languages
                    .iter()
                    .filter(|l| l.total.percent < *min)
                    .map(|l| format!("{} ({:.1}%)", l.lang, l.total.percent))
                    .collect();
                if !below.is_empty() {
                    tell!(
                        "{}",
                        ui.fmt(
                            "status-below",
                            &[
                                ("min", (*min).into()),
                                ("langs", below.join(&ui.text("sep-list")).into())
                            ]
                        )
                    );
                    return Ok(ExitCode::from(1));
                }
            }
        }
        Command::Build { langs, out, format } => {
            let langs = project.select_languages(langs)?;
            let out = match out {
                Some(o) => o.clone(),
                None => project.root.join(&project.config.output),
            };
            let report = project.build(&langs, &out)?;
            match format {
                DiffFormat::Json => print_json(&serde_json::json!({
                    "out": out.display().to_string(),
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
                                .arg("line", r.line)
                                .arg_msg("reason", r.refusal.msg());
                            tell!("{}: {}", ui.fmt("severity-warning", &[]), ui.msg(&msg));
                        }
                    }
                }
                DiffFormat::Text => {}
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
