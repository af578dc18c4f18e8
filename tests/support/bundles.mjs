// Opens offline bundles in headless Chromium with the network off and reports
// what a reader's browser does: every request it makes (none but the file
// itself is allowed), the direction, broken images, scripts; screenshots.
// EPUB documents are opened as XHTML files extracted from the book.
// Usage: node bundles.mjs MODULE_DIR SCREENSHOT_DIR FILE...
import { launch } from "./chromium.mjs";
import { pathToFileURL } from "node:url";
import path from "node:path";

const [moduleDir, shotDir, ...files] = process.argv.slice(2);
const browser = await launch(moduleDir);
const out = {};
for (const file of files) {
  const context = await browser.newContext({ offline: true, viewport: { width: 800, height: 1000 } });
  const page = await context.newPage();
  const url = pathToFileURL(file).href;
  const info = { requests: [], errors: [] };
  page.on("request", (r) => { if (r.url() !== url) info.requests.push(r.url()); });
  page.on("console", (m) => { if (m.type() === "error") info.errors.push(m.text()); });
  page.on("pageerror", (e) => info.errors.push(String(e)));
  await page.goto(url, { waitUntil: "load" });
  Object.assign(info, await page.evaluate(() => ({
    dir: getComputedStyle(document.body).direction,
    lang: document.documentElement.lang,
    images: document.images.length,
    brokenImages: [...document.images].filter((i) => !i.complete || i.naturalWidth === 0).map((i) => i.alt),
    scripts: document.scripts.length,
    headings: [...document.querySelectorAll("h1")].map((h) => h.textContent),
  })));
  const shot = "bundle_" + path.basename(path.dirname(file)) + "_" + path.basename(file).replace(/[.]/g, "_") + ".png";
  await page.screenshot({ path: path.join(shotDir, shot) });
  info.screenshot = shot;
  out[file] = info;
  await context.close();
}
await browser.close();
process.stdout.write(JSON.stringify(out));
