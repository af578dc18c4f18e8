// Opens built blog pages in headless Chromium and reports every request the
// page makes (requests outside file:// are aborted, never sent), console
// errors, the computed direction, and broken images. Writes screenshots.
// Usage: node blog-pages.mjs MODULE_DIR BUILD_DIR SCREENSHOT_DIR PAGE...
import { launch } from "./chromium.mjs";
import { pathToFileURL } from "node:url";
import path from "node:path";

const [moduleDir, buildDir, shotDir, ...pages] = process.argv.slice(2);
const browser = await launch(moduleDir);
const out = {};
for (const rel of pages) {
  const page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
  const requests = [];
  const errors = [];
  await page.route("**/*", (route) => {
    const url = route.request().url();
    requests.push(url);
    return url.startsWith("file://") ? route.continue() : route.abort();
  });
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(pathToFileURL(path.join(buildDir, rel)).href);
  await page.waitForLoadState("load");
  const info = await page.evaluate(() => ({
    dir: getComputedStyle(document.body).direction,
    title: document.title,
    h1: document.querySelector("h1")?.textContent || null,
    brokenImages: [...document.images].filter((i) => !i.complete || i.naturalWidth === 0).map((i) => i.getAttribute("src")),
    iframes: [...document.querySelectorAll("iframe")].map((f) => f.getAttribute("src")),
    scripts: document.querySelectorAll("script").length,
  }));
  info.requests = requests;
  info.errors = errors;
  const shot = "blog_" + rel.replace(/[\/.]/g, "_") + ".png";
  await page.screenshot({ path: path.join(shotDir, shot), fullPage: true });
  info.screenshot = shot;
  out[rel] = info;
  await page.close();
}
await browser.close();
process.stdout.write(JSON.stringify(out));
