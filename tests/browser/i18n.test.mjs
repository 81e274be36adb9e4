// The reader's pages in every shipped language, in Debian's Chromium: axe-core
// (WCAG 2.1 A and AA) passes on the article page in each, and an Arabic
// site's page (an article and a comment written in Arabic) is laid out right
// to left — the computed direction is rtl, and the headline, the form's
// title and its labels end at the content column's right edge, not its
// left. With MASTHEAD_SCREENSHOT_DIR set, that page is saved there as
// article-ar.png.
//
// Run by `cargo test` (crates/masthead/tests/it/browser.rs), which passes MASTHEAD_BIN.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve, launchChromium } from "./harness.mjs";
import { AxeBuilder } from "@axe-core/playwright";

const bin = process.env.MASTHEAD_BIN;
const tmp = mkdtempSync(join(tmpdir(), "masthead-i18n-"));
const db = `sqlite://${join(tmp, "i18n.db")}?mode=rwc`;
const cli = (args) => execFileSync(bin, ["--database", db, ...args], { encoding: "utf8" });
const ARTICLE = "/articles/moscow-never-promised-withdrawal-of-iranian-troops-from-syria";
const LANGS = ["en", "fr", "de", "es", "pl", "ar"];
const ARABIC_PATH = "/articles/city-council-transport-plan";
const ARABIC = `+++
title = "مجلس المدينة يقرّ خطة جديدة للنقل العام"
slug = "city-council-transport-plan"
standfirst = "تضيف الخطة خطوط حافلات ليلية وتوسّع ممرات الدراجات في وسط المدينة."
byline = "سارة منصور"
published = 2017-11-14T12:12:00Z
+++
أقرّ مجلس المدينة مساء الثلاثاء خطة للنقل العام تمتد خمس سنوات، تشمل ستة خطوط حافلات ليلية جديدة وتوسيع ممرات الدراجات في الأحياء الوسطى.

وقال رئيس المجلس إن التمويل سيأتي من ميزانية البلدية ومن منحة وطنية، على أن تبدأ الخطوط الأولى العمل في الربيع المقبل.
`;

let server;
let base;
let browser;

before(async () => {
  ({ server, base } = await serve(bin, ["--database", db, "serve", "--demo", "--addr", "127.0.0.1:0", "--rate-limit-rps", "0"]));
  // An article in Arabic for the right-to-left page (the demo's is English).
  const file = join(tmp, "arabic.md");
  writeFileSync(file, ARABIC);
  cli(["article", "add", file]);
  cli(["settings", "set", "comments.min_fill_seconds", "0"]);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  server?.kill();
  rmSync(tmp, { recursive: true, force: true });
});

/** Runs axe on the page as it is and fails with every violation listed. */
async function check(page, what) {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const found = result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 5).map((n) => n.target.join(" ")).join("\n    ")}`,
  );
  assert.deepEqual(found, [], `${what} has accessibility violations:\n${found.join("\n")}`);
  assert.ok(result.passes.length > 10, `${what}: axe ran its rules`);
}

test("the article page passes axe in every language", async () => {
  const page = await (await browser.newContext()).newPage();
  for (const lang of LANGS) {
    cli(["settings", "set", "site.language", lang]);
    await page.goto(`${base}${ARTICLE}`);
    assert.equal(await page.getAttribute("html", "lang"), lang);
    await check(page, `the article page in ${lang}`);
  }
});

test("the Arabic article page reads right to left", async () => {
  cli(["settings", "set", "site.language", "ar"]);
  const context = await browser.newContext({ viewport: { width: 1000, height: 1400 } });
  const page = await context.newPage();
  await page.goto(`${base}${ARABIC_PATH}`);
  // A reader's comment, held for moderation: the page shows it to them, marked.
  await page.fill("#comment", "خطوة جيدة، لكن الحافلات الليلية تحتاج إلى محطات أكثر أمانًا.");
  await page.fill("#author", "ليلى");
  await page.fill("#email", "layla@example.com");
  await page.click("#submit");
  await page.locator(".comment-awaiting-moderation").waitFor();
  assert.equal(await page.getAttribute("html", "dir"), "rtl");
  await check(page, "the Arabic article page");
  const layout = await page.evaluate(() => {
    const main = document.querySelector("main");
    const style = getComputedStyle(main);
    const box = main.getBoundingClientRect();
    // The content column: the main element inside its padding.
    const column = {
      left: box.left + parseFloat(style.paddingLeft),
      right: box.right - parseFloat(style.paddingRight),
    };
    const range = document.createRange();
    range.selectNodeContents(document.querySelector("h1.headline"));
    const lines = [...range.getClientRects()];
    const last = lines[lines.length - 1];
    // Labels are blocks: where their text sits is what tells the direction.
    const label = (sel) => {
      const text = document.createRange();
      text.selectNodeContents(document.querySelector(sel));
      const r = text.getBoundingClientRect();
      const p = document.querySelector(sel).parentElement.getBoundingClientRect();
      return { left: r.left, right: r.right, boxLeft: p.left, boxRight: p.right };
    };
    return {
      direction: getComputedStyle(document.documentElement).direction,
      mainDirection: style.direction,
      column,
      headline: { left: last.left, right: last.right, lines: lines.length },
      author: label("label[for=author]"),
      email: label("label[for=email]"),
      replyTitle: (() => {
        const r = document.createRange();
        r.selectNodeContents(document.querySelector("#reply-title"));
        const b = r.getBoundingClientRect();
        return { left: b.left, right: b.right };
      })(),
    };
  });
  assert.equal(layout.direction, "rtl");
  assert.equal(layout.mainDirection, "rtl");
  const near = (a, b, what) => assert.ok(Math.abs(a - b) <= 2, `${what}: ${a} is not at ${b} (${JSON.stringify(layout)})`);
  const far = (a, b, what) => assert.ok(a - b > 100, `${what}: ${a} is not well right of ${b} (${JSON.stringify(layout)})`);
  near(layout.headline.right, layout.column.right, "the headline's right edge");
  for (const which of ["author", "email"]) {
    const l = layout[which];
    near(l.right, l.boxRight, `the ${which} label's right edge`);
    near(l.boxRight, layout.column.right, `the ${which} field's right edge`);
    far(l.left, layout.column.left, `the ${which} label's left edge`);
  }
  near(layout.replyTitle.right, layout.column.right, "the form title's right edge");
  far(layout.replyTitle.left, layout.column.left, "the form title's left edge");

  if (process.env.MASTHEAD_SCREENSHOT_DIR) {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(process.env.MASTHEAD_SCREENSHOT_DIR, "article-ar.png") });
  }
  await context.close();
});
