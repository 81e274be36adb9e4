// The embed's first render in Debian's Chromium: a fresh browser context per
// load (nothing cached), on a static page served over loopback. Prints, in
// milliseconds from the start of navigation, the median of RUNS loads of
//   page: the page's own content parsed (DOMContentLoaded), and
//   comments: the embed's discussion shown (its comment list in the page).
//   node bench/embed_render.mjs URL [RUNS]
import { pathToFileURL } from "node:url";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const { chromium } = await import(pathToFileURL(join(here, "../tests/browser/node_modules/playwright-core/index.mjs")));
const [url, runs = "15"] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
const page = [], comments = [];
for (let i = 0; i < Number(runs); i++) {
  const context = await browser.newContext();
  const p = await context.newPage();
  await p.addInitScript(() => {
    new MutationObserver((_, o) => {
      if (document.querySelector(".masthead-embed .comment-list")) {
        window.__shown = performance.now();
        o.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await p.goto(url);
  await p.waitForFunction(() => window.__shown !== undefined, null, { timeout: 30000 });
  const t = await p.evaluate(() => ({
    page: performance.getEntriesByType("navigation")[0].domContentLoadedEventEnd,
    comments: window.__shown,
  }));
  if (i > 0) { page.push(t.page); comments.push(t.comments); } // the first warms the server
  await context.close();
}
await browser.close();
const median = (a) => a.sort((x, y) => x - y)[Math.floor(a.length / 2)];
console.log(`${median(page).toFixed(1)} ${median(comments).toFixed(1)}`);
