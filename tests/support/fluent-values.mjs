// Parses FTL files with the reference implementation (@fluent/syntax) and prints,
// per file, the number of Junk entries and every message's value as plain text
// (text elements and string literals joined), as JSON.
// Usage: node fluent-values.mjs MODULE_DIR FILE...
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const [moduleDir, ...files] = process.argv.slice(2);
const require = createRequire(moduleDir + "/");
const { FluentParser } = require("@fluent/syntax");
const parser = new FluentParser({ withSpans: false });

const out = {};
for (const file of files) {
  const res = parser.parse(readFileSync(file, "utf8"));
  const junk = res.body.filter((e) => e.type === "Junk").map((e) => e.content);
  const values = {};
  for (const e of res.body) {
    if (e.type !== "Message" || !e.value) continue;
    let text = "";
    for (const el of e.value.elements) {
      if (el.type === "TextElement") text += el.value;
      else if (el.expression && el.expression.type === "StringLiteral") text += el.expression.parse().value;
      else text += "\u0000";
    }
    values[e.id.name] = text;
  }
  out[file] = { junk, values };
}
process.stdout.write(JSON.stringify(out));
