//! The workbench's pages: home (languages × statements, by title) and a
//! statement's editor, rendered with minijinja (autoescaped), in the
//! interface language, right to left for fa and ar; the embedded script and
//! style.

use std::sync::{Arc, OnceLock};

use axum::extract::{Path as UrlPath, Query, State as Shared};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use minijinja::{Environment, context};
use serde_json::{Value, json};

use super::State;
use super::api::ui_lang;
use crate::ui::Ui;

const HOME: &str = include_str!("assets/home.html");
const EDIT: &str = include_str!("assets/edit.html");
const SCRIPT: &str = include_str!("assets/workbench.js");
const STYLE: &str = include_str!("assets/workbench.css");

/// The interface strings the pages and the script use.
const STRINGS: &[&str] = &[
    "serve-title",
    "serve-home-heading",
    "serve-search",
    "serve-statement",
    "serve-stale-count",
    "serve-filter-all",
    "serve-filter-untranslated",
    "serve-filter-stale",
    "serve-filter-findings",
    "serve-save",
    "serve-reviewed",
    "serve-source",
    "serve-raw",
    "serve-translation",
    "serve-notes",
    "serve-previous",
    "serve-suggestions",
    "serve-insert",
    "serve-glossary",
    "serve-preview",
    "serve-saved",
    "serve-conflict",
    "serve-keep-mine",
    "serve-take-theirs",
    "serve-changed-on-disk",
    "serve-state-translated",
    "serve-state-stale",
    "serve-state-untranslated",
    "serve-keys",
    "serve-back",
    "serve-no-findings",
    "serve-error",
    "serve-mine",
    "serve-theirs",
];

fn env() -> &'static Environment<'static> {
    static ENV: OnceLock<Environment<'static>> = OnceLock::new();
    ENV.get_or_init(|| {
        let mut e = Environment::new();
        e.add_template("home.html", HOME).expect("home template");
        e.add_template("edit.html", EDIT).expect("edit template");
        e
    })
}

/// The strings as an object for templates (`t.serve_title`) and as JSON
/// for the script (safe inside `<script type="application/json">`).
fn strings(ui: &Ui) -> (Value, String) {
    let mut map = serde_json::Map::new();
    for id in STRINGS {
        map.insert(id.replace('-', "_"), Value::String(ui.text(id)));
    }
    let v = Value::Object(map);
    let json = v.to_string().replace('<', "\\u003c");
    (v, json)
}

fn page(name: &str, ctx: minijinja::Value) -> Response {
    match env().get_template(name).and_then(|t| t.render(ctx)) {
        Ok(html) => Html(html).into_response(),
        Err(e) => (StatusCode::INTERNAL_SERVER_ERROR, e.to_string()).into_response(),
    }
}

/// Languages × statements, for the home page and `/api/statements` (one
/// language's column with `lang`): made once per change on disk and shared
/// (the first is made while the server starts).
pub(super) fn overview(state: &State, lang: Option<&str>) -> crate::error::Result<Value> {
    let all = state.overview()?;
    let Some(tag) = lang else {
        return Ok((*all).clone());
    };
    let Some(k) = all["languages"]
        .as_array()
        .and_then(|ls| ls.iter().position(|l| l["tag"] == tag))
    else {
        return Err(crate::error::Error::msg(
            crate::ui::Msg::new("serve-unknown-language").arg("lang", tag),
        ));
    };
    let mut one = (*all).clone();
    one["languages"] = json!([all["languages"][k]]);
    if let Some(rows) = one["statements"].as_array_mut() {
        for r in rows {
            r["languages"] = json!([r["languages"][k]]);
        }
    }
    Ok(one)
}

/// Every language × every statement: titles and coverage.
pub(super) fn make_overview(p: &crate::project::Project) -> crate::error::Result<Value> {
    let langs: Vec<crate::lang::Language> = p.config.translated().cloned().collect();
    let report = p.status(&langs)?;
    let statements = p.statements()?;
    let rows: Vec<Value> = statements
        .iter()
        .enumerate()
        .map(|(i, st)| {
            let cells: Vec<Value> = report
                .languages
                .iter()
                .map(|l| match l.statements.get(i) {
                    Some(s) => json!({ "lang": l.lang, "percent": s.counts.percent,
                        "stale": s.counts.stale, "untranslated": s.counts.untranslated }),
                    None => Value::Null,
                })
                .collect();
            json!({ "path": st.display, "title": crate::build::pages::source_title(st), "languages": cells })
        })
        .collect();
    let languages: Vec<Value> = langs.iter().map(super::api::language_json).collect();
    Ok(json!({ "languages": languages, "statements": rows }))
}

#[derive(serde::Deserialize)]
pub struct Ask {
    lang: Option<String>,
    statement: Option<String>,
    ui: Option<String>,
}

fn ui_dir(ui: &Ui) -> &'static str {
    if matches!(ui.lang(), "fa" | "ar") {
        "rtl"
    } else {
        "ltr"
    }
}

/// `GET /`: every statement by title, its coverage and stale count per
/// language; search and filter in the page.
pub async fn home(
    Shared(state): Shared<Arc<State>>,
    Query(q): Query<Ask>,
    headers: HeaderMap,
) -> Response {
    let lang = ui_lang(&state, q.ui.as_deref(), &headers);
    let s = state.clone();
    let got = tokio::task::spawn_blocking(move || overview(&s, None)).await;
    let ui = Ui::new(&lang);
    let data = match got {
        Ok(Ok(v)) => v,
        Ok(Err(e)) => {
            return (StatusCode::INTERNAL_SERVER_ERROR, ui.msg(&e.message)).into_response();
        }
        Err(e) => return (StatusCode::INTERNAL_SERVER_ERROR, e.to_string()).into_response(),
    };
    let (t, json) = strings(&ui);
    page(
        "home.html",
        context! {
            ui_lang => ui.lang(), ui_dir => ui_dir(&ui), t => minijinja::Value::from(minijinja::value::Serde(&t)), strings => json,
            project => state.project.config.name.clone(), csrf => state.csrf.clone(),
            data => minijinja::Value::from(minijinja::value::Serde(&data)),
        },
    )
}

/// `GET /edit?lang=L&statement=PATH`: the editor (entries come from the API).
pub async fn edit(
    Shared(state): Shared<Arc<State>>,
    Query(q): Query<Ask>,
    headers: HeaderMap,
) -> Response {
    let ui = Ui::new(&ui_lang(&state, q.ui.as_deref(), &headers));
    let lang = q.lang.unwrap_or_default();
    let Some(l) = state
        .project
        .config
        .translated()
        .find(|l| l.tag == lang)
        .cloned()
    else {
        let m = crate::ui::Msg::new("serve-unknown-language").arg("lang", &lang);
        return (StatusCode::BAD_REQUEST, ui.msg(&m)).into_response();
    };
    let (t, json) = strings(&ui);
    page(
        "edit.html",
        context! {
            ui_lang => ui.lang(), ui_dir => ui_dir(&ui), t => minijinja::Value::from(minijinja::value::Serde(&t)), strings => json,
            project => state.project.config.name.clone(), csrf => state.csrf.clone(),
            lang => l.tag.clone(), lang_name => l.name.clone(), dir => l.direction.as_str(),
            statement => q.statement.unwrap_or_default(),
            source_lang => state.project.config.source.tag.clone(),
        },
    )
}

/// `GET /assets/NAME`: the embedded script and style.
pub async fn asset(UrlPath(name): UrlPath<String>) -> Response {
    let (body, kind) = match name.as_str() {
        "workbench.js" => (SCRIPT, "text/javascript; charset=utf-8"),
        "workbench.css" => (STYLE, "text/css; charset=utf-8"),
        _ => return StatusCode::NOT_FOUND.into_response(),
    };
    let mut r = body.into_response();
    r.headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(kind));
    r
}
