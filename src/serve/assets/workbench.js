// dragoman serve: the workbench's only script (served by the binary, no
// build step). Every text from a catalog or a statement is set with
// textContent; the source's HTML comes from dragoman's own renderer.
"use strict";

const T = JSON.parse(document.getElementById("strings").textContent);
const CSRF = document.querySelector('meta[name="dragoman-csrf"]').content;
const ZWNJ = "\u200C";

function el(tag, attrs, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") e.className = v;
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const k of kids) if (k != null) e.append(k);
  return e;
}

async function api(method, url, body) {
  const init = { method, headers: { "X-Dragoman-Csrf": CSRF } };
  if (body !== undefined) {
    init.headers["Content-Type"] = "application/json";
    init.body = JSON.stringify(body);
  }
  const r = await fetch(url, init);
  let data = null;
  try { data = await r.json(); } catch (_) { data = null; }
  return { status: r.status, data };
}

// ---- home: search and filter the statements -----------------------------
function home() {
  const search = document.getElementById("search");
  const only = document.getElementById("only");
  const apply = () => {
    const q = search.value.trim().toLowerCase();
    for (const row of document.querySelectorAll("#statements tbody tr")) {
      const text = row.dataset.title.includes(q);
      const f = only.value;
      const state = !f || Number(row.dataset[f]) > 0;
      row.hidden = !(text && state);
    }
  };
  search.addEventListener("input", apply);
  only.addEventListener("change", apply);
}

// ---- the editor ----------------------------------------------------------
const body = document.body;
const LANG = body.dataset.lang, DIR = body.dataset.dir, STATEMENT = body.dataset.statement;
let entries = [];
let filter = "";
const cards = new Map(); // id → { card, entry, area, dirty }

function q(params) {
  return new URLSearchParams(params).toString();
}

async function load(notice) {
  const r = await api("GET", "/api/entries?" + q({ lang: LANG, statement: STATEMENT }));
  if (r.status !== 200) { show(r.data && r.data.error); return; }
  document.getElementById("title").textContent = r.data.title;
  entries = r.data.entries;
  render();
  if (notice) show(notice);
}

function show(text) {
  const n = document.getElementById("notice");
  n.textContent = text || "";
  n.hidden = !text;
}

function stateLabel(s) { return T["serve_state_" + s] || s; }

function visible(e) {
  if (filter === "untranslated") return e.state === "untranslated";
  if (filter === "stale") return e.state === "stale";
  if (filter === "findings") return e.findings.length > 0;
  return true;
}

function render() {
  const main = document.getElementById("entries");
  const keep = new Map();
  for (const [id, c] of cards) if (c.dirty) keep.set(id, c);
  main.replaceChildren();
  cards.clear();
  for (const e of entries) {
    const kept = keep.get(e.id);
    const c = card(e, kept ? kept.area.value : null);
    if (kept) { c.dirty = true; c.entry.version = kept.entry.version; }
    c.card.hidden = !visible(e);
    main.append(c.card);
  }
}

function findingsList(list) {
  if (!list.length) return el("p", { class: "ok" }, T.serve_no_findings);
  return el("ul", { class: "findings" },
    ...list.map((f) => el("li", { class: f.severity }, el("code", {}, f.check), " ", f.message)));
}

function diffView(parts) {
  const p = el("p", { class: "diff", lang: body.dataset.sourceLang, dir: "ltr" });
  for (const d of parts) {
    const tag = d.op === "insert" ? "ins" : d.op === "delete" ? "del" : "span";
    p.append(el(tag, {}, d.text));
  }
  return p;
}

function card(e, draft) {
  const area = el("textarea", { lang: LANG, dir: DIR, rows: "3", "aria-label": T.serve_translation });
  area.value = draft !== null ? draft : e.translation;
  const c = { card: null, entry: e, area, dirty: draft !== null };
  const findings = el("div", { class: "found" }, findingsList(e.findings));
  const source = el("div", { class: "source", lang: body.dataset.sourceLang, dir: "ltr" });
  source.innerHTML = e.source_html; // dragoman's renderer: raw HTML is text
  const raw = el("details", {}, el("summary", {}, T.serve_raw), el("pre", { dir: "ltr" }, e.source));
  const parts = [el("p", { class: "state " + e.state }, stateLabel(e.state)), source, raw];
  if (e.notes.length) parts.push(el("p", { class: "notes" }, T.serve_notes + ": " + e.notes.join(" · ")));
  for (const cm of e.comments) parts.push(el("p", { class: "comment" }, "# " + cm));
  if (e.state === "stale" && e.diff.length) {
    parts.push(el("p", { class: "label" }, T.serve_previous + (e.class ? " (" + e.class + ")" : "")));
    parts.push(diffView(e.diff));
  }
  parts.push(area, findings);
  if (e.suggestions.length) {
    parts.push(el("p", { class: "label" }, T.serve_suggestions));
    const ul = el("ul", { class: "suggestions" });
    for (const s of e.suggestions) {
      const what = s.kind === "glossary" ? T.serve_glossary : Math.round(s.similarity * 100) + "%";
      ul.append(el("li", {},
        el("button", { type: "button", onclick: () => { insert(area, s.translation); changed(c); } }, T.serve_insert),
        " ", el("span", { lang: LANG, dir: DIR }, s.translation), " ", el("small", {}, "(" + what + ")")));
    }
    parts.push(ul);
  }
  const buttons = el("p", { class: "buttons" },
    el("button", { type: "button", onclick: () => save(c, false, true) }, T.serve_save));
  if (e.state === "stale") {
    buttons.append(" ", el("button", { type: "button", onclick: () => save(c, true, false) }, T.serve_reviewed));
  }
  parts.push(buttons);
  c.card = el("section", { class: "entry " + e.state, id: "e-" + e.id, tabindex: "-1" }, ...parts);
  area.addEventListener("input", () => changed(c));
  area.addEventListener("keydown", (ev) => keys(ev, c));
  cards.set(e.id, c);
  return c;
}

function insert(area, text) {
  const [a, b] = [area.selectionStart, area.selectionEnd];
  area.setRangeText(text, a, b, "end");
  area.focus();
}

let timer = null;
let lastSave = 0;
function changed(c) {
  c.dirty = true;
  clearTimeout(timer);
  timer = setTimeout(async () => {
    const r = await api("POST", "/api/check", { lang: LANG, statement: STATEMENT, id: c.entry.id, translation: c.area.value });
    if (r.status === 200) c.card.querySelector(".found").replaceChildren(findingsList(r.data.findings));
  }, 300);
}

function keys(ev, c) {
  if (ev.ctrlKey && ev.key === "Enter") { ev.preventDefault(); save(c, false, true); return; }
  if (ev.altKey && (ev.key === "ArrowDown" || ev.key === "ArrowUp")) {
    ev.preventDefault(); move(c, ev.key === "ArrowDown" ? 1 : -1, () => true); return;
  }
  const zwnj = (ev.shiftKey && ev.key === " ") || (ev.ctrlKey && ev.shiftKey && (ev.key === "2" || ev.code === "Digit2"));
  if (DIR === "rtl" && zwnj) { ev.preventDefault(); insert(c.area, ZWNJ); changed(c); }
}

function move(c, step, want) {
  const list = [...cards.values()].filter((x) => !x.card.hidden);
  let i = list.indexOf(c);
  for (let k = 0; k < list.length; k++) {
    i += step;
    if (i < 0 || i >= list.length) return;
    if (want(list[i].entry)) { list[i].area.focus(); list[i].card.scrollIntoView({ block: "center" }); return; }
  }
}

async function save(c, reviewed, next) {
  const body = { lang: LANG, statement: STATEMENT, id: c.entry.id, translation: c.area.value, version: c.entry.version, reviewed };
  const r = await api("PUT", "/api/entries", body);
  if (r.status === 200) {
    lastSave = Date.now();
    c.dirty = false;
    replace(c, r.data.entry);
    show(T.serve_saved);
    reloadPreview();
    if (next) {
      const n = cards.get(r.data.entry.id);
      move(n, 1, (e) => e.state !== "translated");
    }
  } else if (r.status === 409) {
    conflict(c, r.data.current);
  } else {
    show(T.serve_error + " " + ((r.data && r.data.error) || r.status));
  }
}

function replace(c, entry) {
  const i = entries.findIndex((e) => e.id === entry.id);
  if (i >= 0) entries[i] = entry;
  const fresh = card(entry, null);
  c.card.replaceWith(fresh.card);
  fresh.card.hidden = !visible(entry);
}

function conflict(c, current) {
  const mine = c.area.value;
  const box = el("div", { class: "conflict", role: "alert" },
    el("p", {}, T.serve_conflict),
    el("p", { class: "label" }, T.serve_mine), el("pre", { lang: LANG, dir: DIR }, mine),
    el("p", { class: "label" }, T.serve_theirs), el("pre", { lang: LANG, dir: DIR }, current.translation),
    el("p", {},
      el("button", { type: "button", onclick: () => { c.entry.version = current.version; box.remove(); save(c, false, false); } }, T.serve_keep_mine),
      " ",
      el("button", { type: "button", onclick: () => { c.dirty = false; replace(c, current); } }, T.serve_take_theirs)));
  c.card.append(box);
}

function reloadPreview() {
  const f = document.getElementById("preview");
  f.src = "/api/preview?" + q({ lang: LANG, statement: STATEMENT, t: Date.now() });
}

function editor() {
  for (const b of document.querySelectorAll("[data-filter]")) {
    b.addEventListener("click", () => {
      filter = b.dataset.filter;
      for (const o of document.querySelectorAll("[data-filter]")) o.classList.toggle("on", o === b);
      for (const c of cards.values()) c.card.hidden = !visible(c.entry);
    });
  }
  load();
  // Files changed on disk (a sync, a pull, another translator): reload
  // the entries; drafts being typed keep their text and their version, so
  // saving them shows the conflict instead of overwriting.
  const events = new EventSource("/api/events");
  events.addEventListener("changed", () => {
    // Our own save changes the files too: reload quietly then.
    load(Date.now() - lastSave > 2000 ? T.serve_changed_on_disk : null);
    reloadPreview();
  });
}

if (body.classList.contains("home")) home();
else if (body.classList.contains("edit")) editor();
