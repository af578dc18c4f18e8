//! dragoman's interface language on the command line: clap's help and usage
//! errors in the language of `ui`.

use dragoman::ui::Ui;

use super::args::Cli;

/// The command line with help summaries and headings in the interface
/// language (English as clap and the doc comments have it).
pub fn localized_command(ui: &Ui) -> clap::Command {
    let cmd = <Cli as clap::CommandFactory>::command();
    if ui.lang() == "en" {
        return cmd;
    }
    let l = Localizer {
        ui,
        template: format!(
            "{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
            ui.text("help-usage")
        ),
        options: ui.text("help-options"),
        arguments: ui.text("help-arguments"),
    };
    // The long descriptions stay English: only the summaries are translated.
    let mut cmd = l
        .command(cmd)
        .about(ui.text("cli-about"))
        .long_about(None)
        .disable_version_flag(true)
        .arg(
            clap::Arg::new("version")
                .short('V')
                .long("version")
                .action(clap::ArgAction::Version)
                .help(ui.text("help-version"))
                .help_heading(l.options.clone()),
        );
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    for name in names {
        let id = format!("cmd-{name}");
        let about = ui.has(&id).then(|| ui.text(&id));
        cmd = cmd.mut_subcommand(&name, |c| {
            let c = l.command(c);
            match about {
                Some(a) => c.about(a).long_about(None),
                None => c,
            }
        });
    }
    cmd
}

/// Puts a command's help in the interface language.
struct Localizer<'a> {
    ui: &'a Ui,
    /// The help template, its "Usage:" translated.
    template: String,
    /// Headings of options and positional arguments.
    options: String,
    arguments: String,
}

impl Localizer<'_> {
    /// A command with its headings, argument descriptions and help flag
    /// translated.
    fn command(&self, c: clap::Command) -> clap::Command {
        let name = c.get_name().to_string();
        c.help_template(self.template.clone())
            .subcommand_help_heading(self.ui.text("help-commands"))
            .mut_args(|a| self.arg(&name, a))
            // clap's own --help, in the interface language and under its heading.
            .disable_help_flag(true)
            .arg(
                clap::Arg::new("help")
                    .short('h')
                    .long("help")
                    .action(clap::ArgAction::Help)
                    .help(self.ui.text("help-help"))
                    .help_heading(self.options.clone()),
            )
    }

    /// An argument of command `name`: its heading, and its description from
    /// `arg-COMMAND-ID`, else `arg-ID`, else clap's English, followed by
    /// clap's own "[default: …] [possible values: …]" in words of the
    /// interface language.
    fn arg(&self, name: &str, a: clap::Arg) -> clap::Arg {
        let ui = self.ui;
        let heading = if a.is_positional() {
            self.arguments.clone()
        } else {
            self.options.clone()
        };
        let id = a.get_id().as_str().to_string();
        let help = [format!("arg-{name}-{id}"), format!("arg-{id}")]
            .into_iter()
            .find(|k| ui.has(k))
            .map(|k| ui.text(&k));
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
    }
}

/// A command-line usage error (unknown command or option, bad value, missing
/// argument) in the interface language; None for English, help and version,
/// and kinds clap says well enough itself.
pub fn usage_error(e: &clap::Error, ui: &Ui) -> Option<String> {
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

/// The interface language, chosen before the arguments are parsed (the help
/// needs it): `--ui-lang`, then DRAGOMAN_UI_LANG, LC_ALL, LC_MESSAGES, LANG.
/// A language asked for by name that dragoman does not speak gets a warning.
pub fn interface(args: &[std::ffi::OsString]) -> Ui {
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
    ui
}
