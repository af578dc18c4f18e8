// Opens built pages in headless Chromium (playwright-core, Debian's chromium)
// and reports what a reader's browser computes: directions, the language
// switcher, console errors. Writes screenshots. Prints JSON.
// Usage: node browser.mjs MODULE_DIR BUILD_DIR SCREENSHOT_DIR
import { launch } from "./chromium.mjs";
import { pathToFileURL } from "node:url";
import path from "node:path";

const [moduleDir, buildDir, shotDir] = process.argv.slice(2);
const browser = await launch(moduleDir);
const out = {};
const pages = ["fa/board-2025/kenji-sato.html", "ar/samira-haddad.html", "es/lucas-moreau.html",
  "en-XA/amara-okafor.html", "ar-XB/board-2025/kenji-sato.html", "fa/samira-haddad.html", "index.html"];
for (const rel of pages) {
  const page = await browser.newPage({ viewport: { width: 900, height: 1100 } });
  const errors = [];
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(pathToFileURL(path.join(buildDir, rel)).href);
  const info = await page.evaluate(() => {
    const dir = (el) => getComputedStyle(el).direction;
    const all = (sel) => [...document.querySelectorAll(sel)];
    return {
      lang: document.documentElement.lang,
      htmlDir: document.documentElement.getAttribute("dir"),
      bodyDirection: dir(document.body),
      paragraphs: all("article p").map((p) => ({ dir: dir(p), lang: p.closest("[lang]")?.getAttribute("lang") || "", text: p.textContent.slice(0, 40) })),
      code: all("article code, article pre").map(dir),
      ltrSpans: all("article span[dir=ltr]").map((s) => ({ text: s.textContent, dir: dir(s) })),
      listItems: all("article li").map((li) => ({ dir: dir(li), lang: li.closest("[lang]")?.getAttribute("lang") || "" })),
      banner: document.querySelector(".banner")?.textContent || null,
      switcher: all("nav.languages a").map((a) => ({ lang: a.getAttribute("lang"), dir: a.getAttribute("dir"), text: a.textContent })),
      title: document.title,
    };
  });
  info.errors = errors;
  const shot = rel.replace(/[\/.]/g, "_") + ".png";
  await page.screenshot({ path: path.join(shotDir, shot), fullPage: true });
  info.screenshot = shot;
  // The language switcher navigates.
  if (rel.startsWith("fa/")) {
    await page.click('nav.languages a[hreflang="es"]');
    await page.waitForLoadState();
    info.afterSwitch = { url: page.url(), lang: await page.evaluate(() => document.documentElement.lang) };
  }
  out[rel] = info;
  await page.close();
}
await browser.close();
process.stdout.write(JSON.stringify(out));
