//! The `dragoman` command line: a thin shell over the library. It chooses the
//! interface language, parses the arguments, runs the command (`cli`) and
//! maps the outcome to the exit code: 0 ok, 1 a gate failed, 2 bad input or usage.

use std::process::ExitCode;

use clap::FromArgMatches;

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

mod cli;

/// mimalloc: dragoman makes and drops many small strings per message; the
/// system allocator spent a third of `extract`'s time on them and on zeroing
/// the pages it gave back (docs/performance.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use cli::args::Cli;
use cli::i18n::{interface, localized_command, usage_error};

fn main() -> ExitCode {
    // Like other Unix tools, stop quietly when the reader of our output goes
    // away (`dragoman status | head`) instead of failing to print.
    #[cfg(unix)]
    // SAFETY: restoring the default action of a signal, before any thread starts.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let ui = interface(&args);
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
    let result = cli::run(cli, &ui);
    // What was skipped (links, special files, names that are not UTF-8).
    for w in dragoman::fsio::take_warnings() {
        tell!("{}: {}", ui.text("severity-warning"), ui.msg(&w));
    }
    if let Err(e) = &result {
        tell!("{}: {}", ui.text("error"), e.localized(&ui));
    }
    cli::exit_code(&result)
}
