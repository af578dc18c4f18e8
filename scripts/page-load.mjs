// Opens each page RUNS times in headless Chromium (a new tab each time) and
// prints, per page, the median time from navigation start to the load event,
// to the first contentful paint and to the first frame after load (when the
// grid script has paged the table), in milliseconds, as JSON.
// Usage: node page-load.mjs MODULE_DIR RUNS FILE...
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

const [moduleDir, runs, ...files] = process.argv.slice(2);
const require = createRequire(moduleDir + "/");
const { chromium } = require("playwright-core");
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
});
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const out = {};
for (const file of files) {
  const load = [], fcp = [], frame = [];
  for (let i = 0; i < Number(runs); i++) {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
    const t = await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => {
      const n = performance.getEntriesByType("navigation")[0];
      const p = performance.getEntriesByName("first-contentful-paint")[0];
      done({ load: n.loadEventEnd, fcp: p ? p.startTime : null, frame: performance.now() });
    }))));
    load.push(t.load); frame.push(t.frame); if (t.fcp !== null) fcp.push(t.fcp);
    await page.close();
  }
  out[file] = { load: Math.round(median(load)), fcp: fcp.length ? Math.round(median(fcp)) : null, frame: Math.round(median(frame)) };
}
await browser.close();
process.stdout.write(JSON.stringify(out));
