// The workbench (`dragoman serve`) in headless Chromium, as a Persian
// translator uses it: open a statement, type Persian with a ZWNJ
// (Shift+Space), save with Ctrl+Enter, see the stale diff and the RTL
// preview; a `<script>` translation stays inert. Writes screenshots; prints
// JSON. Usage: node workbench.mjs MODULE_DIR BASE_URL STATEMENT SHOT_DIR
import { launch } from "./chromium.mjs";
import path from "node:path";

const [moduleDir, base, statement, shotDir] = process.argv.slice(2);
const browser = await launch(moduleDir);
const out = { dialogs: 0, errors: [], requests: [] };
const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
page.on("dialog", async (d) => { out.dialogs += 1; await d.dismiss(); });
page.on("pageerror", (e) => out.errors.push(String(e)));
page.on("console", (m) => { if (m.type() === "error") out.errors.push(m.text()); });
page.on("request", (r) => out.requests.push(r.url()));

const edit = (ui) => `${base}edit?lang=fa&statement=${encodeURIComponent(statement)}&ui=${ui}`;
await page.goto(edit("en"));
await page.waitForSelector("section.entry");
out.entries = await page.locator("section.entry").count();
out.textareaDir = await page.locator("section.entry textarea").first().getAttribute("dir");
out.textareaLang = await page.locator("section.entry textarea").first().getAttribute("lang");
out.staleDiff = await page.locator("section.entry.stale .diff ins, section.entry.stale .diff del").count();
await page.screenshot({ path: path.join(shotDir, "workbench_en.png") });
await page.locator("section.entry.stale").first().scrollIntoViewIfNeeded();
await page.locator("section.entry.stale textarea").first().focus();
await page.screenshot({ path: path.join(shotDir, "workbench_stale.png") });

// Type Persian with a zero-width non-joiner (Shift+Space) and save.
const untranslated = page.locator("section.entry.untranslated").first();
out.savedId = (await untranslated.getAttribute("id")).slice(2);
const area = untranslated.locator("textarea");
await area.click();
await page.keyboard.type("خوشحال می");
await page.keyboard.press("Shift+Space");
await page.keyboard.type("شوم.");
out.typed = await area.inputValue();
await page.keyboard.press("Control+Enter");
await page.waitForFunction(() => !document.getElementById("notice").hidden);
await page.waitForSelector(`#e-${out.savedId}.translated`);

// A hostile translation is saved, and stays text everywhere.
const next = page.locator("section.entry.untranslated").first();
if (await next.count()) {
  const id = (await next.getAttribute("id")).slice(2);
  await next.locator("textarea").fill("<script>alert(1)</script><img src=x onerror=alert(2)>");
  await next.locator("button").first().click();
  await page.waitForSelector(`#e-${id}.translated`);
}

// The preview is the right-to-left page, with the saved text (once the
// frame has loaded again after the last save).
await page.waitForTimeout(300);
const frame = page.frames().find((f) => f.url().includes("/api/preview"));
if (frame) await frame.waitForLoadState("load");
out.previewUrl = frame ? frame.url() : null;
if (frame) {
  try {
    out.previewDir = await frame.evaluate(() => document.documentElement.getAttribute("dir"));
    out.previewHasText = await frame.evaluate(() => document.body.textContent.includes("خوشحال می\u200Cشوم."));
    out.previewScripts = await frame.evaluate(() => document.querySelectorAll("script").length);
  } catch (e) {
    out.previewError = String(e);
  }
}
await page.waitForTimeout(300);
await page.screenshot({ path: path.join(shotDir, "workbench_fa_en-ui.png") });

// The interface in Persian: right to left.
await page.goto(edit("fa"));
await page.waitForSelector("section.entry");
out.uiDir = await page.evaluate(() => getComputedStyle(document.body).direction);
await page.screenshot({ path: path.join(shotDir, "workbench_fa.png") });
await page.goto(`${base}?ui=en`);
out.homeRows = await page.locator("#statements tbody tr").count();
await page.fill("#search", "samira");
out.homeVisible = await page.locator("#statements tbody tr:not([hidden])").count();
await page.screenshot({ path: path.join(shotDir, "workbench_home.png") });
out.offsite = out.requests.filter((u) => !u.startsWith(base));
delete out.requests;
await browser.close();
console.log(JSON.stringify(out));
