//! The command line's shape: global options, the commands (each command's
//! arguments live beside it in `commands/`), and the value lists they share.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use super::commands;

#[derive(Parser)]
#[command(
    name = "dragoman",
    version,
    about = "Translate Markdown statements through gettext PO catalogs",
    long_about = "Translate Markdown statements through gettext PO catalogs.\n\nextract → sync → translate (Poedit, Weblate, a text editor) → status → build.\nExit codes: 0 ok, 1 a gate failed (status --min, check findings, fmt --check), 2 bad input or usage."
)]
pub struct Cli {
    /// Project folder (default: the nearest folder with dragoman.toml, from here upwards)
    #[arg(long, global = true, value_name = "DIR")]
    pub project: Option<PathBuf>,

    /// Print less
    #[arg(short, long, global = true)]
    pub quiet: bool,

    /// Print more, on stderr: the project used, whether the answer came from the
    /// cache, how long the command took
    #[arg(short, long, global = true, conflicts_with = "quiet")]
    pub verbose: bool,

    /// Language of dragoman's own messages: en, es, fa, ar (default: from
    /// DRAGOMAN_UI_LANG, LC_ALL, LC_MESSAGES or LANG)
    #[arg(long, global = true, value_name = "LANG")]
    pub ui_lang: Option<String>,

    #[command(subcommand)]
    pub command: Command,
}

/// `--lang`, shared by every command that works on some languages.
#[derive(clap::Args)]
pub struct LangFilter {
    /// Only this language (repeatable)
    #[arg(long = "lang", value_name = "LANG")]
    pub langs: Vec<String>,
}

#[derive(Subcommand)]
pub enum Command {
    /// Start a project: a commented dragoman.toml, statements and locales folders
    ///
    /// Existing Markdown (statements/, src/, docs/, content/) and
    /// one-catalog-per-language folders (po/<lang>.po, as mdbook-i18n-helpers and
    /// po4a keep them) are detected and used.
    Init(commands::init::InitArgs),
    /// Add a language: list it in dragoman.toml (comments and layout kept) and
    /// create its catalogs
    AddLang(commands::add_lang::AddLangArgs),
    /// Extract segments from the statements into templates (locales/templates/*.pot)
    Extract(commands::extract::ExtractArgs),
    /// Extract, then update every language's catalogs: new segments added, changed
    /// ones marked stale with their previous source, removed ones kept as obsolete
    Sync(commands::sync::SyncArgs),
    /// Show what changed in the source of every stale translation: a word diff of
    /// the previous and current source, the change class and the translation
    Diff(commands::diff::DiffArgs),
    /// Rewrite PO and FTL files in their canonical layout (PO exactly as GNU msgcat
    /// writes it, FTL as the Fluent serializer does), for any catalog; content never
    /// changes. Default: the project's locales folder
    Fmt(commands::fmt::FmtArgs),
    /// Convert catalogs between PO and Fluent (FTL), keeping every state
    /// (translated, stale with previous source, untranslated, obsolete)
    Convert(commands::convert::ConvertArgs),
    /// Move the catalogs to the other layout (one per statement, or one per language)
    /// and/or convert them to the other format, every translation kept; dragoman.toml
    /// is set to match
    Migrate(commands::migrate::MigrateArgs),
    /// Check translations: Markdown parity, links, code, numbers, punctuation, bidi
    /// controls, Persian, Arabic and Spanish rules
    Check(commands::check::CheckArgs),
    /// The translation cost of a pending source change: per language, segments and
    /// words that would become stale, new, obsolete or be carried over. Writes nothing
    Impact(commands::impact::ImpactArgs),
    /// Import hand-made translations of statements into a language's catalogs
    ///
    /// Blocks are aligned by structure (kind, numbers, links, code, length), not
    /// in lockstep: missing, extra, merged and split blocks are reported with
    /// both file:line; uncertain, merged and split ones are imported stale, for
    /// review. Existing translations stay unless --overwrite.
    Import(commands::import::ImportArgs),
    /// Report coverage per language and statement (segments and words)
    Status(commands::status::StatusArgs),
    /// Translations of similar text from the rest of the project for untranslated
    /// entries (the translation memory). Writes nothing
    Suggest(commands::suggest::SuggestArgs),
    /// Build localized Markdown and HTML into the output folder
    Build(commands::build::BuildArgs),
    /// Write each language's statements as one offline HTML file and one EPUB book
    /// (build/bundles/<lang>.html, .epub) for readers with no network
    Bundle(commands::bundle::BundleArgs),
    /// The translator's workbench in the browser: entries with diffs, checks and
    /// suggestions, saved safely; a preview of the page
    ///
    /// Prints `dragoman serve: http://ADDR:PORT/` and serves until Ctrl-C.
    /// Bound to anything but loopback it needs --token.
    Serve(commands::serve::ServeArgs),
    /// Print a shell completion script (bash, zsh, fish, powershell, elvish)
    ///
    /// `dragoman completions bash > ~/.local/share/bash-completion/completions/dragoman`
    Completions(commands::completions::CompletionsArgs),
    /// Print the manual page, or write all of them (one per command) with --out
    Man(commands::man::ManArgs),
}

#[derive(Clone, Copy, ValueEnum)]
pub enum ToFormat {
    Po,
    Ftl,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum CheckFormat {
    Human,
    Json,
    Github,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum DenyLevel {
    Warning,
    Info,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum DiffFormat {
    Text,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum Color {
    Auto,
    Always,
    Never,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum Format {
    Table,
    Json,
    Markdown,
}
