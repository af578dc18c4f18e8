//! Every request passes here: the Host header on loopback (no DNS
//! rebinding), the token when the server has one (`Authorization: Bearer`,
//! or the cookie the one-time login link sets), the CSRF token on every
//! write, and the security headers on every answer (a strict
//! Content-Security-Policy: nothing but the server's own script, style and
//! pictures; no frames but the preview, no framing by others).

use std::sync::Arc;

use axum::body::Body;
use axum::extract::{Query, Request, State as Shared};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};

use super::State;

/// The workbench's pages and API.
const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// The preview: a built page, shown in a sandboxed frame of the workbench
/// (its own inline style; no script, no request anywhere).
pub const PREVIEW_CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'; sandbox";

/// The cookie the login link sets.
const COOKIE: &str = "dragoman_token";

/// Equal strings, in time that does not depend on where they differ.
fn same(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).fold(0u8, |d, (x, y)| d | (x ^ y)) == 0
}

/// Whether `host` (the Host header) names this server on loopback.
fn local_host(host: &str, port: u16) -> bool {
    ["127.0.0.1", "localhost", "[::1]"]
        .iter()
        .any(|h| host == format!("{h}:{port}"))
}

fn cookie_token(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == COOKIE)
        .map(|(_, v)| v.to_string())
}

fn bearer(headers: &HeaderMap) -> Option<&str> {
    headers
        .get(header::AUTHORIZATION)?
        .to_str()
        .ok()?
        .strip_prefix("Bearer ")
}

fn refuse(status: StatusCode, why: &str) -> Response {
    let body = serde_json::json!({ "error": why }).to_string();
    let mut r = (status, body).into_response();
    r.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    r
}

/// The guard around every route.
pub async fn check(Shared(state): Shared<Arc<State>>, req: Request<Body>, next: Next) -> Response {
    let headers = req.headers();
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("");
    if state.loopback && !local_host(host, state.port) {
        return refuse(StatusCode::MISDIRECTED_REQUEST, "unexpected Host header");
    }
    let bearer = bearer(headers).map(str::to_string);
    let login = req.uri().path() == "/login";
    if let Some(token) = &state.token
        && !login
    {
        let given = bearer.clone().or_else(|| cookie_token(headers));
        if !given.is_some_and(|g| same(&g, token)) {
            return refuse(StatusCode::UNAUTHORIZED, "a token is required");
        }
    }
    let writes = !matches!(*req.method(), Method::GET | Method::HEAD);
    if writes {
        // A script with the bearer token is no browser being tricked; a
        // browser page must send back the token its page carries.
        let csrf = headers
            .get("x-dragoman-csrf")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| same(v, &state.csrf));
        let origin_ok = headers
            .get(header::ORIGIN)
            .and_then(|o| o.to_str().ok())
            .is_none_or(|o| o.strip_prefix("http://").is_some_and(|h| h == host));
        if !(csrf || (bearer.is_some() && state.token.is_some())) || !origin_ok {
            return refuse(StatusCode::FORBIDDEN, "missing or wrong CSRF token");
        }
    }
    let preview = req.uri().path() == "/api/preview";
    let mut r = next.run(req).await;
    let h = r.headers_mut();
    let csp = if preview { PREVIEW_CSP } else { CSP };
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(csp),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    let frame = if preview { "SAMEORIGIN" } else { "DENY" };
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static(frame));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    r
}

#[derive(serde::Deserialize)]
pub struct Login {
    token: String,
}

/// The one-time login link: sets the token as a cookie for this server and
/// goes home.
pub async fn login(Shared(state): Shared<Arc<State>>, Query(q): Query<Login>) -> Response {
    match &state.token {
        Some(t) if same(&q.token, t) => {
            let mut r = Redirect::to("/").into_response();
            let cookie = format!("{COOKIE}={t}; HttpOnly; SameSite=Strict; Path=/");
            if let Ok(v) = HeaderValue::from_str(&cookie) {
                r.headers_mut().insert(header::SET_COOKIE, v);
            }
            r
        }
        _ => refuse(StatusCode::UNAUTHORIZED, "wrong token"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_and_tokens() {
        assert!(local_host("127.0.0.1:7744", 7744));
        assert!(local_host("localhost:7744", 7744));
        assert!(!local_host("evil.example:7744", 7744));
        assert!(!local_host("127.0.0.1:80", 7744));
        assert!(same("abc", "abc") && !same("abc", "abd") && !same("abc", "ab"));
        let mut h = HeaderMap::new();
        h.insert(
            header::COOKIE,
            HeaderValue::from_static("a=1; dragoman_token=xyz"),
        );
        assert_eq!(cookie_token(&h).as_deref(), Some("xyz"));
    }
}
