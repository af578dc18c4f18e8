// dragoman: sorts, filters and pages the tables of index.html and status.html
// (every `table[data-grid]`). Without scripts the whole table shows; with
// them, a page of rows at a time, a filter box, a language × state filter
// where cells carry states, and sortable columns. Reads no network, writes
// nothing but the table's own rows.
(() => {
  "use strict";
  const labels = JSON.parse(document.getElementById("dragoman-grid-labels").textContent);
  const fill = (template, values) => template.replace(/\{(\w+)\}/g, (_, k) => String(values[k]));
  const make = (tag, props, ...children) => {
    const el = Object.assign(document.createElement(tag), props);
    el.append(...children);
    return el;
  };
  const select = (options) => make("select", {}, ...options.map(([value, text]) => make("option", { value }, text)));
  const field = (text, control) => make("label", {}, text + " ", control);

  for (const table of document.querySelectorAll("table[data-grid]")) grid(table);

  function grid(table) {
    const body = table.tBodies[0];
    const rows = [...body.rows];
    if (rows.length === 0) return;
    // A matrix (cells with states) is searched by its first column (title
    // and path), a list by its whole row.
    const states = table.dataset.states !== undefined;
    const search = rows.map((r) => (states ? r.cells[0] : r).textContent.toLowerCase());
    const size = Number(table.dataset.pageSize) || 100;
    const view = { query: "", lang: "", state: "", column: -1, descending: false, page: 0, order: rows.map((_, i) => i) };

    const query = make("input", { type: "search", placeholder: labels.search_hint });
    const controls = [field(labels.search, query)];
    let lang = null, state = null;
    if (states) {
      const langs = [...table.tHead.querySelectorAll("th[data-lang]")].map((th) => [th.dataset.lang, th.textContent]);
      lang = select([["", labels.any_language], ...langs]);
      state = select([["", labels.any_state], ...Object.entries(labels.states)]);
      controls.push(field(labels.language, lang), field(labels.state, state));
    }
    const count = make("output", { ariaLive: "polite" });
    table.before(make("form", { className: "grid-controls", role: "search", onsubmit: (e) => e.preventDefault() }, ...controls, count));
    const previous = make("button", { type: "button", textContent: labels.previous });
    const next = make("button", { type: "button", textContent: labels.next });
    const where = make("span");
    const pager = make("nav", { className: "grid-pages", ariaLabel: labels.pages }, previous, where, next);
    table.after(pager);

    const matches = (i) => {
      if (view.query && !search[i].includes(view.query)) return false;
      if (!view.state) return true;
      const cells = view.lang
        ? rows[i].querySelectorAll(`td[data-lang="${CSS.escape(view.lang)}"]`)
        : rows[i].querySelectorAll("td[data-state]");
      return [...cells].some((c) => (c.dataset.state || "").split(" ").includes(view.state));
    };

    const show = () => {
      const shown = view.order.filter(matches);
      const pages = Math.max(1, Math.ceil(shown.length / size));
      view.page = Math.min(view.page, pages - 1);
      const first = view.page * size;
      const visible = new Set(shown.slice(first, first + size));
      rows.forEach((r, i) => { r.hidden = !visible.has(i); });
      count.value = shown.length === 0
        ? labels.none
        : fill(labels.rows, { first: first + 1, last: first + visible.size, total: shown.length });
      where.textContent = fill(labels.page, { page: view.page + 1, pages });
      previous.disabled = view.page === 0;
      next.disabled = view.page >= pages - 1;
      pager.hidden = pages === 1;
    };

    const value = (row, column, numeric) => {
      const cell = row.cells[column];
      const raw = cell ? (cell.dataset.v ?? cell.textContent.trim()) : "";
      if (!numeric) return raw;
      const n = parseFloat(raw);
      return Number.isNaN(n) ? -Infinity : n;
    };

    const sortBy = (th) => {
      const column = th.cellIndex, numeric = th.dataset.sort === "num";
      view.descending = view.column === column ? !view.descending : numeric;
      view.column = column;
      const keys = rows.map((r) => value(r, column, numeric));
      const collator = new Intl.Collator(document.documentElement.lang, { numeric: true, sensitivity: "base" });
      const cmp = numeric ? (a, b) => keys[a] - keys[b] : (a, b) => collator.compare(keys[a], keys[b]);
      view.order = rows.map((_, i) => i).sort((a, b) => (view.descending ? cmp(b, a) : cmp(a, b)) || a - b);
      for (const h of table.tHead.querySelectorAll("th[aria-sort]")) h.removeAttribute("aria-sort");
      th.setAttribute("aria-sort", view.descending ? "descending" : "ascending");
      body.append(...view.order.map((i) => rows[i]));
      view.page = 0;
      show();
    };

    for (const th of table.tHead.querySelectorAll("th[data-sort]")) {
      const button = make("button", { type: "button", className: "sort", title: labels.sort }, ...th.childNodes);
      button.addEventListener("click", () => sortBy(th));
      th.append(button);
    }
    query.addEventListener("input", () => { view.query = query.value.trim().toLowerCase(); view.page = 0; show(); });
    for (const [control, key] of [[lang, "lang"], [state, "state"]]) {
      control?.addEventListener("change", () => { view[key] = control.value; view.page = 0; show(); });
    }
    // A new page starts at the table's top, as a new page would.
    const turn = (by) => {
      view.page += by;
      show();
      if (table.getBoundingClientRect().top < 0) table.scrollIntoView({ block: "start" });
    };
    previous.addEventListener("click", () => turn(-1));
    next.addEventListener("click", () => turn(1));
    show();
  }
})();
