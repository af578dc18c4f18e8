//! `dragoman serve`: the translator's workbench, a local web app on axum.
//! Pages are rendered here (minijinja, autoescaped) with a small embedded
//! script; the JSON API (`api`) calls the library's workbench operations
//! (`ops::workbench`) on a blocking thread; `guard` checks every request
//! (Host, token, CSRF) and sets the security headers; a watcher on the
//! statements and locales folders tells open pages that files changed.

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use axum::Router;
use axum::routing::{get, post};
use tokio::sync::broadcast;

use crate::error::{Error, Result};
use crate::ops::memory::Memory;
use crate::project::Project;
use crate::ui::Msg;

mod api;
mod guard;
mod pages;

/// The port `serve` listens on unless told otherwise.
pub const DEFAULT_PORT: u16 = 7744;

/// How the server is started.
#[derive(Debug, Clone)]
pub struct Options {
    pub bind: IpAddr,
    pub port: u16,
    /// Required when `bind` is not a loopback address.
    pub token: Option<String>,
    /// The interface language when a browser asks for none we have.
    pub ui_lang: String,
}

/// What every request handler shares.
pub(crate) struct State {
    pub project: Project,
    pub token: Option<String>,
    /// Sent back by the pages with every write (`X-Dragoman-Csrf`).
    pub csrf: String,
    pub port: u16,
    pub loopback: bool,
    pub ui_lang: String,
    /// Translation memories by language, dropped when files change.
    pub memories: Mutex<HashMap<String, Arc<Memory>>>,
    /// The home page's data and the generation it was made at; held while
    /// it is made, so requests meanwhile wait for the same one.
    pub overview: Mutex<Option<(u64, Arc<serde_json::Value>)>>,
    /// Counts changes on disk; open pages follow it (`/api/events`).
    pub generation: AtomicU64,
    pub changes: broadcast::Sender<u64>,
    /// Set when the server stops: open event streams end.
    pub stop: tokio::sync::watch::Sender<bool>,
    /// One save at a time in this process (the project lock is per process
    /// too, and waits by polling).
    pub saving: Mutex<()>,
}

impl State {
    /// The translation memory of `lang`, made once until files change.
    pub fn memory(&self, lang: &str) -> Result<Arc<Memory>> {
        // Only languages of the project: a request's word is no cache key.
        if !self.project.config.translated().any(|l| l.tag == lang) {
            return Err(Error::msg(
                Msg::new("serve-unknown-language").arg("lang", lang),
            ));
        }
        if let Some(m) = self.memories.lock().ok().and_then(|m| m.get(lang).cloned()) {
            return Ok(m);
        }
        let m = Arc::new(self.project.memory(lang)?);
        if let Ok(mut all) = self.memories.lock() {
            all.insert(lang.to_string(), m.clone());
        }
        Ok(m)
    }

    /// Languages × statements as of now (made again after files changed).
    pub fn overview(&self) -> Result<Arc<serde_json::Value>> {
        let mut slot = self.overview.lock().unwrap_or_else(|e| e.into_inner());
        let now = self.generation.load(Ordering::SeqCst);
        if let Some((g, v)) = slot.as_ref()
            && *g == now
        {
            return Ok(v.clone());
        }
        let v = Arc::new(pages::make_overview(&self.project)?);
        *slot = Some((now, v.clone()));
        Ok(v)
    }

    /// Files changed on disk: memories go, open pages are told.
    pub fn changed(&self) {
        if let Ok(mut m) = self.memories.lock() {
            m.clear();
        }
        let g = self.generation.fetch_add(1, Ordering::SeqCst) + 1;
        let _ = self.changes.send(g);
    }
}

/// A random token (hex) from the system's generator.
pub fn random_token() -> String {
    let mut bytes = [0u8; 24];
    getrandom::fill(&mut bytes).expect("the system's random generator");
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Checks the options: bound beyond loopback, a token is required.
pub fn validate(opts: &Options) -> Result<()> {
    if !opts.bind.is_loopback() && opts.token.as_deref().is_none_or(str::is_empty) {
        return Err(Error::msg(
            Msg::new("serve-token-required").arg("addr", opts.bind),
        ));
    }
    Ok(())
}

/// The routes, with the request guard around them.
fn router(state: Arc<State>) -> Router {
    Router::new()
        .route("/", get(pages::home))
        .route("/edit", get(pages::edit))
        .route("/login", get(guard::login))
        .route("/assets/{name}", get(pages::asset))
        .route(
            "/favicon.ico",
            get(|| async { axum::http::StatusCode::NO_CONTENT }),
        )
        .route("/api/languages", get(api::languages))
        .route("/api/statements", get(api::statements))
        .route("/api/entries", get(api::entries).put(api::save))
        .route("/api/check", post(api::check))
        .route("/api/preview", get(api::preview))
        .route("/api/session", get(api::session))
        .route("/api/events", get(api::events))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            guard::check,
        ))
        .with_state(state)
}

/// Runs the server until Ctrl-C (or SIGTERM): binds, calls `ready` with the
/// address line's URL, serves. Nothing is left behind when it stops.
pub fn run(project: Project, opts: Options, ready: impl FnOnce(&str, Option<&str>)) -> Result<()> {
    validate(&opts)?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| Error::msg(Msg::io(&e)))?;
    runtime.block_on(async move {
        let addr = SocketAddr::new(opts.bind, opts.port);
        let listener = tokio::net::TcpListener::bind(addr)
            .await
            .map_err(|e| Error::msg(Msg::new("serve-bind").arg("addr", addr).arg("detail", e)))?;
        let local = listener.local_addr().map_err(|e| Error::msg(Msg::io(&e)))?;
        let (changes, _) = broadcast::channel(16);
        let state = Arc::new(State {
            token: opts.token.clone().filter(|t| !t.is_empty()),
            csrf: random_token(),
            port: local.port(),
            loopback: opts.bind.is_loopback(),
            ui_lang: opts.ui_lang.clone(),
            memories: Mutex::new(HashMap::new()),
            overview: Mutex::new(None),
            generation: AtomicU64::new(0),
            changes,
            saving: Mutex::new(()),
            stop: tokio::sync::watch::Sender::new(false),
            project,
        });
        let _watcher = watch(state.clone());
        // The home page's data is made while the browser opens.
        let warm = state.clone();
        std::thread::spawn(move || {
            let _ = warm.overview();
        });
        let url = format!("http://{local}/");
        let login = state
            .token
            .as_ref()
            .map(|t| format!("{url}login?token={t}"));
        ready(&url, login.as_deref());
        let stopping = state.clone();
        axum::serve(listener, router(state))
            .with_graceful_shutdown(async move {
                shutdown().await;
                let _ = stopping.stop.send(true);
            })
            .await
            .map_err(|e| Error::msg(Msg::io(&e)))
    })
}

/// Resolves on Ctrl-C or SIGTERM.
async fn shutdown() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
}

/// Watches the statements and locales folders (changes by a `sync`, a `git
/// pull`, another editor): every change bumps the state's generation.
fn watch(state: Arc<State>) -> Option<notify::RecommendedWatcher> {
    use notify::Watcher;
    let dirs = [
        state.project.locales_dir(),
        state.project.root.join(&state.project.config.statements),
    ];
    let s = state.clone();
    let mut w = notify::recommended_watcher(move |e: notify::Result<notify::Event>| {
        let Ok(e) = e else { return };
        // The project lock and temp files come and go with every write.
        let ours = e.paths.iter().all(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            name.starts_with('.')
        });
        if !ours && !matches!(e.kind, notify::EventKind::Access(_)) {
            s.changed();
        }
    })
    .ok()?;
    for d in dirs {
        let _ = w.watch(&d, notify::RecursiveMode::Recursive);
    }
    Some(w)
}
