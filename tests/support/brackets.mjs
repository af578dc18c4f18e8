// Measures, in headless Chromium, where brackets and quotes land on screen
// relative to the text they enclose, character by character.
// Usage: node brackets.mjs MODULE_DIR PAGE SCREENSHOT
// Prints JSON: per paragraph of the article, its text and per pair
// { pair, opener, closer, inner: [min, max] } (x centers, px), and for a
// final full stop its x and the x span of the rest of the line.
import { launch } from "./chromium.mjs";
import { pathToFileURL } from "node:url";

const [moduleDir, page, shot] = process.argv.slice(2);
const browser = await launch(moduleDir);
const tab = await browser.newPage({ viewport: { width: 900, height: 900 }, deviceScaleFactor: 2 });
await tab.goto(pathToFileURL(page).href);
const out = await tab.evaluate(() => {
  const pairs = { "(": ")", "[": "]", "«": "»", "{": "}" };
  const result = [];
  for (const p of document.querySelectorAll("article p")) {
    // Every character with the center of its box.
    const chars = [];
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      for (let i = 0; i < n.data.length; i++) {
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + 1);
        const b = r.getBoundingClientRect();
        const code = !!n.parentElement.closest("code");
        chars.push({ c: n.data[i], x: b.left + b.width / 2, w: b.width, code });
      }
    }
    const found = [];
    const stack = [];
    chars.forEach((ch, i) => {
      // Brackets inside code are code, not text.
      if (ch.code) return;
      if (pairs[ch.c]) stack.push(i);
      else if (Object.values(pairs).includes(ch.c) && stack.length) {
        const o = stack.pop();
        const inner = chars.slice(o + 1, i).filter((c) => c.c.trim() && c.w > 0).map((c) => c.x);
        found.push({ pair: chars[o].c + ch.c, opener: chars[o].x, closer: ch.x,
          inner: [Math.min(...inner), Math.max(...inner)] });
      }
    });
    const text = chars.map((c) => c.c).join("");
    let stop = null;
    const last = chars.length - 1;
    if (last > 0 && chars[last].c === ".") {
      const rest = chars.slice(0, last).filter((c) => c.c.trim()).map((c) => c.x);
      stop = { x: chars[last].x, rest: [Math.min(...rest), Math.max(...rest)] };
    }
    // Left-to-right islands and code: each character right of the one before.
    const ltr = [...p.querySelectorAll("span[dir=ltr], code")].map((el) => {
      const xs = [];
      const w = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = w.nextNode(); n; n = w.nextNode()) {
        for (let i = 0; i < n.data.length; i++) {
          const r = document.createRange();
          r.setStart(n, i);
          r.setEnd(n, i + 1);
          const b = r.getBoundingClientRect();
          xs.push(b.left + b.width / 2);
        }
      }
      return { text: el.textContent, ordered: xs.every((x, i) => i === 0 || x > xs[i - 1]) };
    });
    result.push({ text, pairs: found, stop, ltr, dir: getComputedStyle(p).direction });
  }
  return result;
});
await tab.locator("article").screenshot({ path: shot });
await browser.close();
process.stdout.write(JSON.stringify(out));
