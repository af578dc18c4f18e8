//! `dragoman serve`: the translator's workbench in the browser. Prints one
//! line, `dragoman serve: http://ADDR:PORT/`, on stdout when it listens
//! (scripts read it), and serves until Ctrl-C.

use std::io::Write;

use crate::cli::ExitStatus;

use dragoman::project::Error;

use super::Ctx;

#[derive(clap::Args)]
pub struct ServeArgs {
    /// Port to listen on (0: any free port)
    #[arg(long, default_value_t = dragoman::serve::DEFAULT_PORT)]
    pub port: u16,
    /// Address to listen on; anything but loopback needs --token
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1")]
    pub bind: std::net::IpAddr,
    /// Token every request must carry (Authorization: Bearer, or the cookie the
    /// printed one-time login link sets)
    #[arg(long)]
    pub token: Option<String>,
    /// Open the workbench in the default browser
    #[arg(long)]
    pub open: bool,
}

pub fn run(ctx: Ctx, args: &ServeArgs) -> Result<ExitStatus, Error> {
    let Ctx { project, ui, .. } = ctx;
    let opts = dragoman::serve::Options {
        bind: args.bind,
        port: args.port,
        token: args.token.clone(),
        ui_lang: ui.lang().to_string(),
    };
    let open = args.open;
    dragoman::serve::run(project.clone(), opts, |url, login| {
        println!("dragoman serve: {url}");
        let _ = std::io::stdout().flush();
        if let Some(link) = login {
            eprintln!("{}", ui.fmt("serve-login", &[("url", link.into())]));
        }
        if open {
            let target = login.unwrap_or(url);
            let opener = if cfg!(target_os = "macos") {
                "open"
            } else {
                "xdg-open"
            };
            let _ = std::process::Command::new(opener)
                .arg(target)
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .spawn();
        }
    })?;
    Ok(ExitStatus::Success)
}
