// Headless Chromium for the browser tests: Debian's chromium (or $CHROMIUM)
// driven by playwright-core from MODULE_DIR's node_modules, with nothing
// reaching the network on its own.
import { createRequire } from "node:module";

export async function launch(moduleDir) {
  const require = createRequire(moduleDir + "/");
  const { chromium } = require("playwright-core");
  return chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}
