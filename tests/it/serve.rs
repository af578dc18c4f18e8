//! `dragoman serve` over HTTP: the API's entries, saves, conflicts (409),
//! bad input (400), the token and Host checks, CSRF, security headers, the
//! preview, and no edit lost while several clients save and `sync` runs.

use std::process::Command;

use assert_cmd::cargo::CommandCargoExt;
use serde_json::{Value, json};

use crate::project::sample;
use crate::server::Server;

const SAMIRA: &str = "statements/samira-haddad.md";

fn entries(server: &Server, lang: &str, statement: &str) -> Vec<Value> {
    let path = format!("/api/entries?lang={lang}&statement={statement}");
    let r = server.get(&path);
    assert_eq!(r.status, 200, "{}", r.body);
    r.json()["entries"].as_array().unwrap().clone()
}

fn find<'a>(entries: &'a [Value], state: &str) -> &'a Value {
    entries
        .iter()
        .find(|e| e["state"] == state)
        .unwrap_or_else(|| panic!("an entry {state}"))
}

#[test]
fn entries_save_conflict_and_bad_input() {
    let dir = sample();
    let d = dir.path();
    let server = Server::start(d, &[]);
    let list = entries(&server, "fa", SAMIRA);
    let fresh = find(&list, "untranslated");
    for key in [
        "id",
        "context",
        "source",
        "translation",
        "state",
        "previous",
        "diff",
        "findings",
        "suggestions",
        "version",
    ] {
        assert!(fresh.get(key).is_some(), "{key} in {fresh}");
    }
    let id = fresh["id"].as_str().unwrap();
    let save = json!({"lang": "fa", "statement": SAMIRA, "id": id,
        "translation": "خوشحال می‌شوم که در خدمت جامعه باشم.", "version": fresh["version"]});
    // A write without the page's CSRF token is refused.
    assert_eq!(
        server.call("PUT", "/api/entries", &[], Some(&save)).status,
        403
    );
    let csrf = server.csrf();
    let r = server.put("/api/entries", &save, &csrf);
    assert_eq!(r.status, 200, "{}", r.body);
    let saved = r.json()["entry"].clone();
    assert_eq!(saved["state"], "translated");
    assert_ne!(saved["version"], fresh["version"]);
    let po = std::fs::read_to_string(d.join("locales/fa/samira-haddad.po")).unwrap();
    assert!(
        po.contains("msgstr \"خوشحال می‌شوم که در خدمت جامعه باشم.\""),
        "{po}"
    );
    crate::gettext::msgfmt_check(&d.join("locales/fa/samira-haddad.po"));
    // The same save again names an old version: 409 with the entry as it is.
    let stale_save = json!({"lang": "fa", "statement": SAMIRA, "id": id,
        "translation": "چیز دیگری", "version": fresh["version"]});
    let r = server.put("/api/entries", &stale_save, &csrf);
    assert_eq!(r.status, 409, "{}", r.body);
    assert_eq!(r.json()["current"]["translation"], saved["translation"]);
    assert!(
        std::fs::read_to_string(d.join("locales/fa/samira-haddad.po"))
            .unwrap()
            .contains("خدمت جامعه")
    );
    // Bad input: 400 with a message.
    for (body, needle) in [
        (
            json!({"lang": "xx", "statement": SAMIRA, "id": id, "translation": "a", "version": "0"}),
            "xx",
        ),
        (
            json!({"lang": "fa", "statement": "statements/nope.md", "id": id, "translation": "a", "version": "0"}),
            "nope.md",
        ),
        (
            json!({"lang": "fa", "statement": SAMIRA, "id": "no-such-id", "translation": "a", "version": "0"}),
            "no-such-id",
        ),
        (json!({"lang": "fa"}), "API"),
    ] {
        let r = server.put("/api/entries", &body, &csrf);
        assert_eq!(r.status, 400, "{body}: {}", r.body);
        assert!(
            r.json()["error"].as_str().unwrap().contains(needle),
            "{}",
            r.body
        );
    }
    assert_eq!(
        server
            .get("/api/entries?lang=en&statement=statements/samira-haddad.md")
            .status,
        400
    );
    assert!(server.stop().success());
    assert!(
        !d.join("locales/.dragoman.lock").exists(),
        "no lock left behind"
    );
}

#[test]
fn a_stale_entry_shows_its_diff_and_can_be_marked_reviewed() {
    let dir = sample();
    let d = dir.path();
    let server = Server::start(d, &[]);
    let list = entries(&server, "fa", SAMIRA);
    let stale = find(&list, "stale");
    assert!(stale["previous"].is_string(), "{stale}");
    assert!(
        stale["diff"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["op"] == "insert" || p["op"] == "delete")
    );
    assert!(stale["class"].is_string());
    let csrf = server.csrf();
    let r = server.put(
        "/api/entries",
        &json!({"lang": "fa", "statement": SAMIRA, "id": stale["id"], "translation": stale["translation"],
                "version": stale["version"], "reviewed": true}),
        &csrf,
    );
    assert_eq!(r.status, 200, "{}", r.body);
    let e = &r.json()["entry"];
    assert_eq!(
        (e["state"].as_str(), &e["translation"]),
        (Some("translated"), &stale["translation"])
    );
    let po = std::fs::read_to_string(d.join("locales/fa/samira-haddad.po")).unwrap();
    assert!(!po.contains("#, fuzzy"), "{po}");
    // The live check: the same engine as `check`.
    let r = server.call(
        "POST",
        "/api/check",
        &[("X-Dragoman-Csrf", &csrf)],
        Some(&json!({"lang": "fa", "statement": SAMIRA, "id": stale["id"], "translation": "<script>alert(1)</script>"})),
    );
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(r.body.contains("md-html"), "{}", r.body);
}

#[test]
fn pages_carry_strict_headers_and_a_script_translation_stays_inert() {
    let dir = sample();
    let d = dir.path();
    let server = Server::start(d, &[]);
    let home = server.get("/");
    assert_eq!(home.status, 200, "{}", home.body);
    let csp = home.header("content-security-policy").unwrap();
    assert!(
        csp.contains("default-src 'none'") && csp.contains("script-src 'self'"),
        "{csp}"
    );
    assert!(!csp.contains("unsafe"), "{csp}");
    assert_eq!(home.header("x-frame-options"), Some("DENY"));
    // Titles, not paths, lead the rows.
    assert!(home.body.contains(">Samira Haddad<"), "{}", home.body);
    // Two script elements: the strings (data, never run) and the page's own file.
    assert_eq!(home.body.matches("<script").count(), 2, "{}", home.body);
    assert!(
        home.body
            .contains("<script type=\"application/json\" id=\"strings\">")
            && home
                .body
                .contains("<script src=\"/assets/workbench.js\" defer></script>"),
        "{}",
        home.body
    );
    // Another Host on loopback (DNS rebinding) is refused.
    let r = server.call("GET", "/api/languages", &[("Host", "evil.example")], None);
    assert_eq!(r.status, 421);
    // A hostile translation saved through the API is text on the preview.
    let list = entries(&server, "ar", SAMIRA);
    let e = find(&list, "untranslated");
    let csrf = server.csrf();
    let r = server.put(
        "/api/entries",
        &json!({"lang": "ar", "statement": SAMIRA, "id": e["id"], "translation": "نص <script>alert(1)</script> <img src=x onerror=alert(2)>", "version": e["version"]}),
        &csrf,
    );
    assert_eq!(r.status, 200, "{}", r.body);
    let p = server.get(&format!("/api/preview?lang=ar&statement={SAMIRA}"));
    assert_eq!(p.status, 200);
    let csp = p.header("content-security-policy").unwrap();
    assert!(
        csp.contains("sandbox") && csp.contains("default-src 'none'"),
        "{csp}"
    );
    assert!(
        p.body.contains("dir=\"rtl\""),
        "the preview is the right-to-left page"
    );
    assert!(
        !p.body.contains("<script>alert") && !p.body.contains("<img src=x"),
        "{}",
        p.body
    );
    assert!(
        p.body.contains("&lt;script&gt;") && p.body.contains("&lt;img src=x"),
        "{}",
        p.body
    );
}

#[test]
fn a_token_guards_every_request_beyond_loopback() {
    let dir = sample();
    let d = dir.path();
    let out = Command::cargo_bin("dragoman")
        .unwrap()
        .current_dir(d)
        .args(["serve", "--bind", "0.0.0.0", "--port", "0"])
        .env("DRAGOMAN_UI_LANG", "en")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("needs --token"));
    let server = Server::start(d, &["--token", "s3cret-token"]);
    assert_eq!(server.get("/api/languages").status, 401);
    let ok = server.call(
        "GET",
        "/api/languages",
        &[("Authorization", "Bearer s3cret-token")],
        None,
    );
    assert_eq!(ok.status, 200);
    assert_eq!(
        server
            .call(
                "GET",
                "/api/languages",
                &[("Authorization", "Bearer wrong")],
                None
            )
            .status,
        401
    );
    // The login link sets the cookie.
    let login = server.get("/login?token=s3cret-token");
    assert_eq!(login.status, 303, "{login:?}");
    let cookie = login
        .header("set-cookie")
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_string();
    assert!(login.header("set-cookie").unwrap().contains("HttpOnly"));
    assert_eq!(
        server.call("GET", "/", &[("Cookie", &cookie)], None).status,
        200
    );
    // A script with the bearer token writes without a CSRF token.
    let list: Vec<Value> = server
        .call(
            "GET",
            &format!("/api/entries?lang=es&statement={SAMIRA}"),
            &[("Authorization", "Bearer s3cret-token")],
            None,
        )
        .json()["entries"]
        .as_array()
        .unwrap()
        .clone();
    let e = &list[0];
    let r = server.call(
        "PUT",
        "/api/entries",
        &[("Authorization", "Bearer s3cret-token")],
        Some(&json!({"lang": "es", "statement": SAMIRA, "id": e["id"], "translation": e["translation"], "version": e["version"]})),
    );
    assert_eq!(r.status, 200, "{}", r.body);
    // A cookie alone (a browser) does not write without the CSRF token.
    let r = server.call(
        "PUT",
        "/api/entries",
        &[("Cookie", &cookie)],
        Some(&json!({"lang": "es", "statement": SAMIRA, "id": e["id"], "translation": "x", "version": e["version"]})),
    );
    assert_eq!(r.status, 403);
}

/// Several clients save their own entries and one shared entry while `sync`
/// runs again and again on disk (the statement growing meanwhile): every
/// accepted save is in the catalog at the end (the last one of each entry),
/// the shared entry holds one of the accepted texts, and every catalog is
/// valid for `msgfmt -c`.
#[test]
fn no_edit_is_lost_while_clients_save_and_sync_runs() {
    use std::collections::HashMap;
    use std::sync::{Arc, Mutex};
    let dir = sample();
    let d = dir.path().to_path_buf();
    let server = Arc::new(Server::start(&d, &[]));
    let csrf = server.csrf();
    let all = entries(&server, "fa", SAMIRA);
    let ids: Vec<String> = all
        .iter()
        .map(|e| e["id"].as_str().unwrap().to_string())
        .collect();
    let shared = ids[0].clone();
    let owned: Vec<String> = ids[1..].to_vec();
    let last: Arc<Mutex<HashMap<String, String>>> = Arc::default();
    let accepted_shared: Arc<Mutex<Vec<String>>> = Arc::default();
    let seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .subsec_nanos() as u64;
    eprintln!("seed {seed}");
    let mut threads = Vec::new();
    for client in 0..4usize {
        let (server, csrf, owned, last, shared, accepted) = (
            server.clone(),
            csrf.clone(),
            owned.clone(),
            last.clone(),
            shared.clone(),
            accepted_shared.clone(),
        );
        threads.push(std::thread::spawn(move || {
            let mine: Vec<String> = owned.iter().skip(client).step_by(4).cloned().collect();
            let rng = seed.wrapping_add(client as u64 * 7919);
            run_client(
                &server, &csrf, client, rng, &mine, &shared, &last, &accepted,
            );
        }));
    }
    let st = d.join("statements/samira-haddad.md");
    for round in 0..5 {
        let mut text = std::fs::read_to_string(&st).unwrap();
        text.push_str(&format!("\nA paragraph added in round {round}.\n"));
        // As an editor saves: a whole new file (a half-written statement
        // could lack the entry a client saves: a 400, rightly).
        let tmp = d.join("statements/.samira.tmp");
        std::fs::write(&tmp, text).unwrap();
        std::fs::rename(&tmp, &st).unwrap();
        let out = Command::cargo_bin("dragoman")
            .unwrap()
            .current_dir(&d)
            .args(["sync", "--lang", "fa"])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    for t in threads {
        t.join().unwrap();
    }
    let now = entries(&server, "fa", SAMIRA);
    let text_of = |id: &str| {
        now.iter().find(|e| e["id"] == id).unwrap()["translation"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let last = last.lock().unwrap();
    assert_eq!(
        last.len(),
        owned.len(),
        "every client saved each of its entries"
    );
    for (id, text) in last.iter() {
        assert_eq!(
            &text_of(id),
            text,
            "the last accepted save of {id} is on disk"
        );
    }
    let accepted = accepted_shared.lock().unwrap();
    assert!(accepted.contains(&text_of(&shared)), "{accepted:?}");
    for f in ["samira-haddad.po", "amara-okafor.po", "lucas-moreau.po"] {
        crate::gettext::msgfmt_check(&d.join("locales/fa").join(f));
    }
}

/// One entry saved as the workbench does: read its version, save on it.
fn save_once(server: &Server, csrf: &str, id: &str, text: &str) -> u16 {
    let list = entries(server, "fa", SAMIRA);
    let e = list.iter().find(|e| e["id"] == id).unwrap();
    let body = json!({"lang": "fa", "statement": SAMIRA, "id": id, "translation": text, "version": e["version"]});
    let r = server.put("/api/entries", &body, csrf);
    assert!(matches!(r.status, 200 | 409), "{}: {}", r.status, r.body);
    r.status
}

/// A client of the concurrency test: six rounds over its own entries (a 409
/// from a sync in between: read again, retry) and one try at the shared one,
/// with random pauses.
#[allow(clippy::too_many_arguments)]
fn run_client(
    server: &Server,
    csrf: &str,
    client: usize,
    mut rng: u64,
    mine: &[String],
    shared: &str,
    last: &std::sync::Mutex<std::collections::HashMap<String, String>>,
    accepted: &std::sync::Mutex<Vec<String>>,
) {
    let mut pause = || {
        rng = rng
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        std::thread::sleep(std::time::Duration::from_millis((rng >> 59) * 3));
    };
    for round in 0..6 {
        for id in mine {
            let text = format!("ترجمهٔ {client} دور {round}");
            for _ in 0..10 {
                if save_once(server, csrf, id, &text) == 200 {
                    last.lock().unwrap().insert(id.clone(), text.clone());
                    break;
                }
                pause();
            }
            pause();
        }
        let text = format!("مشترک {client} دور {round}");
        if save_once(server, csrf, shared, &text) == 200 {
            accepted.lock().unwrap().push(text);
        }
    }
}

/// One catalog per language (single layout): an entry not in it yet joins it,
/// an entry in it is rewritten in place, and the catalog stays exactly in
/// `msgcat`'s layout.
#[test]
fn saves_in_a_single_catalog_keep_its_layout() {
    let dir = crate::project::sample_single(&["fa"]);
    let d = dir.path();
    let server = Server::start(d, &[]);
    let csrf = server.csrf();
    // No catalog yet: the first save creates it.
    let list = entries(&server, "fa", SAMIRA);
    let (a, b) = (&list[2], &list[3]);
    for (e, text) in [(a, "یکم"), (b, "دوم")] {
        let body = json!({"lang": "fa", "statement": SAMIRA, "id": e["id"], "translation": text, "version": e["version"]});
        let r = server.put("/api/entries", &body, &csrf);
        assert_eq!(r.status, 200, "{}", r.body);
    }
    // Saved again: now in place.
    let list = entries(&server, "fa", SAMIRA);
    let body = json!({"lang": "fa", "statement": SAMIRA, "id": list[2]["id"],
        "translation": "یکم، با متنی بلندتر که باید در فایل کاتالوگ به چند سطر شکسته شود تا قالب msgcat را آزمایش کند", "version": list[2]["version"]});
    assert_eq!(server.put("/api/entries", &body, &csrf).status, 200);
    let po = d.join("locales/fa.po");
    let text = std::fs::read_to_string(&po).unwrap();
    assert!(
        text.contains("دوم") && text.contains("آزمایش کند"),
        "{text}"
    );
    assert!(
        text.starts_with("msgid \"\"\nmsgstr \"\"\n"),
        "a header: {text}"
    );
    crate::gettext::msgfmt_check(&po);
}

/// A project with Fluent catalogs: a save writes FTL (the same layout dragoman
/// writes), which reads back with the translation.
#[test]
fn saves_in_an_ftl_project_write_ftl() {
    let dir = sample();
    let d = dir.path();
    crate::project::dragoman(d)
        .args(["convert", "--to", "ftl"])
        .assert()
        .success();
    let toml = std::fs::read_to_string(d.join("dragoman.toml")).unwrap();
    std::fs::write(
        d.join("dragoman.toml"),
        format!("catalog_format = \"ftl\"\n{toml}"),
    )
    .unwrap();
    let server = Server::start(d, &[]);
    let list = entries(&server, "es", SAMIRA);
    let e = find(&list, "translated");
    let body = json!({"lang": "es", "statement": SAMIRA, "id": e["id"], "translation": "Con gusto respondo { en } el foro.", "version": e["version"]});
    let r = server.put("/api/entries", &body, &server.csrf());
    assert_eq!(r.status, 200, "{}", r.body);
    let ftl = std::fs::read_to_string(d.join("locales/es/samira-haddad.ftl")).unwrap();
    let cat = dragoman::ftl::parse(&ftl).unwrap();
    assert!(
        cat.messages
            .iter()
            .any(|m| m.translation == ["Con gusto respondo { en } el foro."]),
        "{ftl}"
    );
    assert!(!d.join("locales/es/samira-haddad.po").exists());
}

/// Files changed on disk reach open pages: `/api/events` sends `changed`;
/// suggestions come from the translation memory of the whole project.
#[test]
fn changes_on_disk_are_announced_and_memory_suggests() {
    use std::io::{BufRead, BufReader, Write};
    let dir = sample();
    let d = dir.path();
    let server = Server::start(d, &[]);
    let list = entries(&server, "fa", SAMIRA);
    assert!(
        list.iter()
            .flat_map(|e| e["suggestions"].as_array().unwrap())
            .any(|s| s["kind"] == "memory"),
        "a suggestion from another statement's translation"
    );
    let mut s = std::net::TcpStream::connect(&server.addr).unwrap();
    write!(
        s,
        "GET /api/events HTTP/1.1\r\nHost: {}\r\n\r\n",
        server.addr
    )
    .unwrap();
    s.set_read_timeout(Some(std::time::Duration::from_secs(10)))
        .unwrap();
    let mut r = BufReader::new(s);
    let mut line = String::new();
    // The headers, then an edit on disk, then the event.
    while r.read_line(&mut line).unwrap() > 0 && line != "\r\n" {
        line.clear();
    }
    let po = d.join("locales/fa/lucas-moreau.po");
    let text = std::fs::read_to_string(&po).unwrap();
    std::fs::write(
        &po,
        text.replace("msgstr \"\"\n\n", "msgstr \"\"\n\n# a note\n"),
    )
    .unwrap();
    let mut seen = String::new();
    loop {
        line.clear();
        if r.read_line(&mut line).unwrap_or(0) == 0 {
            break;
        }
        seen.push_str(&line);
        if line.starts_with("event: changed") {
            break;
        }
    }
    assert!(seen.contains("event: changed"), "{seen}");
}

/// A draft is checked as `check` would check it saved: with the entry's
/// `# dragoman: allow` comments applied.
#[test]
fn drafts_are_checked_with_the_entrys_allowances() {
    let dir = sample();
    let d = dir.path();
    let po = d.join("locales/es/samira-haddad.po");
    let text = std::fs::read_to_string(&po).unwrap();
    let at = text.find("#. paragraph").unwrap();
    std::fs::write(
        &po,
        format!("{}# dragoman: allow length\n{}", &text[..at], &text[at..]),
    )
    .unwrap();
    let server = Server::start(d, &[]);
    let list = entries(&server, "es", SAMIRA);
    let e = list.iter().find(|e| e["notes"][0] == "paragraph").unwrap();
    let draft = |id: &Value| {
        let body = json!({"lang": "es", "statement": SAMIRA, "id": id, "translation": "Sí."});
        let r = server.call(
            "POST",
            "/api/check",
            &[("X-Dragoman-Csrf", &server.csrf())],
            Some(&body),
        );
        assert_eq!(r.status, 200, "{}", r.body);
        r.body
    };
    assert!(
        !draft(&e["id"]).contains("\"length\""),
        "allowed on this entry"
    );
    let other = list
        .iter()
        .filter(|x| x["notes"][0] == "paragraph" && x["id"] != e["id"])
        .find(|x| x["source"].as_str().unwrap().len() > 60)
        .unwrap();
    assert!(draft(&other["id"]).contains("\"length\""), "not on another");
}
