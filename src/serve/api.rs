//! The JSON API (docs/serve.md): the library's workbench operations on a
//! blocking thread, their answers as JSON, bad input as 400 with a message,
//! a save against an older version as 409 with the entry as it is now.

use std::convert::Infallible;
use std::sync::Arc;

use axum::Json;
use axum::extract::{Query, State as Shared};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

use super::State;
use crate::ops::workbench::{Entry, Save, Saved};
use crate::ui::Ui;

/// The interface language of a request: `?ui=`, else the browser's first
/// language we have, else the server's. (A `Ui` is made after any await:
/// it does not cross threads.)
pub(super) fn ui_lang(state: &State, ui: Option<&str>, headers: &HeaderMap) -> String {
    let asked = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let browser = asked
        .split(',')
        .map(|l| l.split(';').next().unwrap_or("").trim())
        .find_map(crate::ui::language_of);
    ui.and_then(crate::ui::language_of)
        .or(browser)
        .unwrap_or(&state.ui_lang)
        .to_string()
}

/// Runs blocking project work off the async threads.
async fn blocking<T: Send + 'static>(
    state: &Arc<State>,
    f: impl FnOnce(&State) -> crate::error::Result<T> + Send + 'static,
) -> Result<T, crate::error::Error> {
    let s = state.clone();
    tokio::task::spawn_blocking(move || f(&s))
        .await
        .unwrap_or_else(|e| {
            Err(crate::error::Error::msg(
                crate::ui::Msg::new("internal-error").arg("detail", e),
            ))
        })
}

fn bad(e: &crate::error::Error, ui: &Ui) -> Response {
    let body = json!({ "error": ui.msg(&e.message) });
    (StatusCode::BAD_REQUEST, Json(body)).into_response()
}

/// A finding as JSON, its message in the interface language.
fn finding_json(f: &crate::check::Finding, ui: &Ui) -> Value {
    json!({
        "check": f.check,
        "severity": f.severity,
        "message": ui.msg(&f.msg),
        "span": f.span.as_ref().map(|r| [r.start, r.end]),
    })
}

/// A language as JSON.
pub(super) fn language_json(l: &crate::lang::Language) -> Value {
    json!({ "tag": l.tag, "name": l.name, "direction": l.direction.as_str() })
}

/// An entry as JSON, its findings' messages in the interface language.
pub(super) fn entry_json(e: &Entry, ui: &Ui) -> Value {
    let mut v = serde_json::to_value(e).unwrap_or(Value::Null);
    v["findings"] = e.findings.iter().map(|f| finding_json(f, ui)).collect();
    v["source_html"] = Value::String(crate::build::render_html(&e.source));
    v
}

#[derive(serde::Deserialize)]
pub struct Ask {
    lang: Option<String>,
    statement: Option<String>,
    ui: Option<String>,
}

/// `GET /api/languages`: the languages translators work on.
pub async fn languages(Shared(state): Shared<Arc<State>>) -> Response {
    let c = &state.project.config;
    let langs: Vec<Value> = c.translated().map(language_json).collect();
    Json(json!({ "source": c.source.tag, "languages": langs })).into_response()
}

/// `GET /api/statements?lang=L`: every statement with its title and
/// coverage in `L` (all languages without `lang`).
pub async fn statements(
    Shared(state): Shared<Arc<State>>,
    Query(q): Query<Ask>,
    headers: HeaderMap,
) -> Response {
    let ui = ui_lang(&state, q.ui.as_deref(), &headers);
    let lang = q.lang.clone();
    match blocking(&state, move |s| super::pages::overview(s, lang.as_deref())).await {
        Ok(v) => Json(v).into_response(),
        Err(e) => bad(&e, &Ui::new(&ui)),
    }
}

/// `GET /api/entries?lang=L&statement=PATH`.
pub async fn entries(
    Shared(state): Shared<Arc<State>>,
    Query(q): Query<Ask>,
    headers: HeaderMap,
) -> Response {
    let ui = ui_lang(&state, q.ui.as_deref(), &headers);
    let (lang, statement) = (q.lang.unwrap_or_default(), q.statement.unwrap_or_default());
    let got = blocking(&state, move |s| {
        let memory = s.memory(&lang).ok();
        s.project.entries(&lang, &statement, memory.as_deref())
    })
    .await;
    match got {
        Ok(es) => {
            let ui = Ui::new(&ui);
            let entries: Vec<Value> = es.entries.iter().map(|e| entry_json(e, &ui)).collect();
            Json(json!({
                "lang": es.lang,
                "statement": es.statement,
                "title": es.title,
                "entries": entries,
            }))
            .into_response()
        }
        Err(e) => bad(&e, &Ui::new(&ui)),
    }
}

/// `PUT /api/entries`: 200 `{"entry"}`, 409 `{"current"}`, 400 `{"error"}`.
pub async fn save(
    Shared(state): Shared<Arc<State>>,
    headers: HeaderMap,
    body: Result<Json<Save>, axum::extract::rejection::JsonRejection>,
) -> Response {
    let ui = ui_lang(&state, None, &headers);
    let Ok(Json(save)) = body else {
        let body = json!({ "error": Ui::new(&ui).text("serve-bad-request") });
        return (StatusCode::BAD_REQUEST, Json(body)).into_response();
    };
    let got = blocking(&state, move |s| {
        let _one = s.saving.lock();
        s.project.save_entry(&save)
    })
    .await;
    let ui = Ui::new(&ui);
    match got {
        Ok(Saved::Saved(e)) => Json(json!({ "entry": entry_json(&e, &ui) })).into_response(),
        Ok(Saved::Conflict(e)) => (
            StatusCode::CONFLICT,
            Json(json!({ "current": entry_json(&e, &ui) })),
        )
            .into_response(),
        Err(e) => bad(&e, &ui),
    }
}

#[derive(serde::Deserialize)]
pub struct Draft {
    lang: String,
    statement: String,
    id: String,
    translation: String,
}

/// `POST /api/check`: the findings of a draft, as the translator types.
pub async fn check(
    Shared(state): Shared<Arc<State>>,
    headers: HeaderMap,
    Json(d): Json<Draft>,
) -> Response {
    let ui = ui_lang(&state, None, &headers);
    let got = blocking(&state, move |s| {
        s.project
            .check_draft(&d.lang, &d.statement, &d.id, &d.translation)
    })
    .await;
    match got {
        Ok(found) => {
            let ui = Ui::new(&ui);
            let findings: Vec<Value> = found.iter().map(|f| finding_json(f, &ui)).collect();
            Json(json!({ "findings": findings })).into_response()
        }
        Err(e) => bad(&e, &Ui::new(&ui)),
    }
}

/// `GET /api/preview?lang=L&statement=PATH`: the page as `build` makes it
/// (shown in a sandboxed frame; see `guard::PREVIEW_CSP`).
pub async fn preview(
    Shared(state): Shared<Arc<State>>,
    Query(q): Query<Ask>,
    headers: HeaderMap,
) -> Response {
    let ui = ui_lang(&state, q.ui.as_deref(), &headers);
    let (lang, statement) = (q.lang.unwrap_or_default(), q.statement.unwrap_or_default());
    match blocking(&state, move |s| s.project.preview(&lang, &statement)).await {
        Ok(html) => {
            let mut r = html.into_response();
            r.headers_mut().insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/html; charset=utf-8"),
            );
            r
        }
        Err(e) => bad(&e, &Ui::new(&ui)),
    }
}

/// `GET /api/session`: the CSRF token writes carry (a page of another
/// origin cannot read it).
pub async fn session(Shared(state): Shared<Arc<State>>) -> Response {
    Json(json!({ "csrf": state.csrf, "generation": state.generation.load(std::sync::atomic::Ordering::SeqCst) }))
        .into_response()
}

/// `GET /api/events`: server-sent `changed` events when files change on
/// disk; the stream ends when the server stops.
pub async fn events(
    Shared(state): Shared<Arc<State>>,
) -> Sse<impl futures_util::Stream<Item = Result<Event, Infallible>>> {
    let rx = state.changes.subscribe();
    let stop = state.stop.subscribe();
    let stream = futures_util::stream::unfold((rx, stop), |(mut rx, mut stop)| async move {
        loop {
            if *stop.borrow() {
                return None;
            }
            tokio::select! {
                got = rx.recv() => match got {
                    Ok(g) => {
                        let e = Event::default().event("changed").data(g.to_string());
                        return Some((Ok(e), (rx, stop)));
                    }
                    Err(tokio::sync::broadcast::error::RecvError::Lagged(_)) => continue,
                    Err(_) => return None,
                },
                _ = stop.changed() => return None,
            }
        }
    });
    Sse::new(stream).keep_alive(KeepAlive::default())
}
