// Uses the grid of build/index.html and build/status.html in headless
// Chromium as a maintainer would: pages of rows, the text filter, the
// language × state filter, sorting by a language's coverage, the next page;
// then the same page with scripts off. Times the load (navigation start to
// the load event, and first contentful paint). Prints JSON.
// Usage: node grid.mjs MODULE_DIR BUILD_DIR SCREENSHOT_DIR QUERY LANG STATE
import { launch } from "./chromium.mjs";
import { pathToFileURL } from "node:url";
import path from "node:path";

const [moduleDir, buildDir, shotDir, query, lang, state] = process.argv.slice(2);
const browser = await launch(moduleDir);

// Rows of the grid as the reader sees them.
const seen = (table) => {
  const t = document.querySelectorAll("table[data-grid]")[table];
  const rows = [...t.tBodies[0].rows];
  const visible = rows.filter((r) => r.getClientRects().length > 0);
  return {
    rows: rows.length,
    visible: visible.length,
    first: visible[0]?.cells[0].textContent ?? null,
    output: t.previousElementSibling?.querySelector("output")?.textContent ?? null,
    pager: t.nextElementSibling?.matches("nav.grid-pages") ? (t.nextElementSibling.hidden ? "hidden" : t.nextElementSibling.querySelector("span").textContent) : null,
  };
};
const out = {};
for (const rel of ["index.html", "status.html"]) {
  const info = { errors: [], requests: [] };
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  page.on("console", (m) => { if (m.type() === "error") info.errors.push(m.text()); });
  page.on("pageerror", (e) => info.errors.push(String(e)));
  page.on("request", (r) => info.requests.push(r.url()));
  const url = pathToFileURL(path.join(buildDir, rel)).href;
  await page.goto(url, { waitUntil: "load" });
  info.timing = await page.evaluate(() => {
    const n = performance.getEntriesByType("navigation")[0];
    const fcp = performance.getEntriesByName("first-contentful-paint")[0];
    return { load: Math.round(n.loadEventEnd), fcp: fcp ? Math.round(fcp.startTime) : null };
  });
  const heat = await page.evaluate((rel) => rel === "index.html" ? 0 : [...document.querySelectorAll("table[data-grid]")].findIndex((t) => t.classList.contains("heat")), rel);
  info.start = await page.evaluate(seen, heat);
  info.controls = await page.locator("form.grid-controls").count();
  await page.locator("form.grid-controls").nth(0).locator("input[type=search]").fill(query);
  info.searched = await page.evaluate(seen, heat);
  await page.locator("form.grid-controls").nth(0).locator("input[type=search]").fill("");
  const selects = page.locator("form.grid-controls").nth(0).locator("select");
  await selects.nth(0).selectOption(lang);
  await selects.nth(1).selectOption(state);
  info.filtered = await page.evaluate(seen, heat);
  info.filteredStates = await page.evaluate(([t, tag]) => {
    const g = document.querySelectorAll("table[data-grid]")[t];
    return [...g.tBodies[0].rows].filter((r) => r.getClientRects().length > 0)
      .map((r) => r.querySelector(`td[data-lang="${tag}"]`).dataset.state);
  }, [heat, lang]);
  await selects.nth(1).selectOption("");
  await selects.nth(0).selectOption("");
  const header = page.locator("table[data-grid]").nth(heat).locator(`th[data-lang="${lang}"] button`);
  await header.click();
  info.sortedDown = await page.evaluate(([t, tag]) => {
    const g = document.querySelectorAll("table[data-grid]")[t];
    return [...g.tBodies[0].rows].filter((r) => r.getClientRects().length > 0)
      .map((r) => r.querySelector(`td[data-lang="${tag}"]`)?.dataset.v ?? null);
  }, [heat, lang]);
  info.ariaSort = await page.locator("table[data-grid]").nth(heat).locator(`th[data-lang="${lang}"]`).getAttribute("aria-sort");
  await header.click();
  info.sortedUp = await page.evaluate(([t, tag]) => {
    const g = document.querySelectorAll("table[data-grid]")[t];
    return [...g.tBodies[0].rows].filter((r) => r.getClientRects().length > 0)
      .map((r) => r.querySelector(`td[data-lang="${tag}"]`)?.dataset.v ?? null);
  }, [heat, lang]);
  await page.locator("nav.grid-pages").nth(0).locator("button").nth(1).click();
  info.nextPage = await page.evaluate(seen, heat);
  const shot = "grid_" + rel.replace(/[\/.]/g, "_") + ".png";
  await page.screenshot({ path: path.join(shotDir, shot) });
  info.screenshot = shot;
  await context.close();

  // Scripts off: the whole table, no controls.
  const plain = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1200, height: 900 } });
  const p2 = await plain.newPage();
  await p2.goto(url, { waitUntil: "load" });
  info.noScript = await p2.evaluate(seen, heat);
  info.noScriptControls = await p2.locator("form.grid-controls").count();
  await plain.close();
  out[rel] = info;
}
await browser.close();
process.stdout.write(JSON.stringify(out));
