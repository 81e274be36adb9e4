// Accessibility: axe-core (through @axe-core/playwright) in Debian's
// Chromium over the pages people use — the home page, an article with
// threaded comments, the comment form showing an error, the reader's
// report, privacy and search pages (search with script off), and the admin's sign-in, queue, editor,
// dashboard and wire desk — with zero violations of WCAG 2.1 A and AA allowed.
//
// Run by `cargo test` (crates/masthead/tests/it/browser.rs), which passes MASTHEAD_BIN.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFile, execFileSync } from "node:child_process";
import { createServer } from "node:http";
import { promisify } from "node:util";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve, launchChromium } from "./harness.mjs";
import { AxeBuilder } from "@axe-core/playwright";

const bin = process.env.MASTHEAD_BIN;
const tmp = mkdtempSync(join(tmpdir(), "masthead-a11y-"));
const db = `sqlite://${join(tmp, "a11y.db")}?mode=rwc`;
const cli = (args, input) => execFileSync(bin, ["--database", db, ...args], { encoding: "utf8", input });
const ARTICLE = "/articles/moscow-never-promised-withdrawal-of-iranian-troops-from-syria";
const PASSWORD = "a long admin password";

let server;
let base;
let browser;

before(async () => {
  ({ server, base } = await serve(bin, ["--database", db, "serve", "--demo", "--addr", "127.0.0.1:0", "--rate-limit-rps", "0"]));
  cli(["user", "add", "ada", "--role", "admin"], `${PASSWORD}\n`);
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

test("reader pages pass axe at WCAG 2.1 AA", async () => {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${base}/`);
  await check(page, "the home page");
  await page.goto(`${base}${ARTICLE}`);
  assert.ok((await page.locator(".comment-list .children").count()) > 0, "the demo article has threaded comments");
  await check(page, "the article page");
  await page.goto(`${base}${ARTICLE}?csort=best`);
  await check(page, "the article page in another order");
  // A live story: the badge, its updates, and the bar new ones wait behind.
  const slug = ARTICLE.split("/").pop();
  cli(["article", "live", slug, "on"]);
  cli(["article", "entry", slug], "<p>Polls have closed.</p>");
  await page.goto(`${base}/`);
  await check(page, "the home page with a live story");
  await page.goto(`${base}${ARTICLE}`);
  assert.equal(await page.locator("#live-entries .live-entry").count(), 1);
  cli(["article", "entry", slug], "<p>Counting has begun.</p>");
  await page.locator(".live-new:not([hidden])").waitFor();
  await check(page, "a live story with an update waiting");
  cli(["article", "live", slug, "off"]);

  // The form showing an error, as the server sends it back (axe itself
  // needs script in the page, so this context keeps it on).
  const plain = await (await browser.newContext()).newPage();
  await plain.goto(`${base}${ARTICLE}`);
  await plain.fill("#comment", "A comment with a bad email.");
  await plain.fill("#author", "Axe Reader");
  await plain.fill("#email", "axe.reader@example");
  await plain.click("#submit");
  await plain.locator("#email-error").waitFor();
  await check(plain, "the form showing an error");

  const id = await page.locator(".comment-list li.comment").first().getAttribute("id");
  await page.goto(`${base}/comments/${id.replace("comment-", "")}/report`);
  await check(page, "the report page");
  // Notice and action: the notice form, refused, then sent.
  const cid = id.replace("comment-", "");
  await page.goto(`${base}/comments/${cid}/illegal`);
  await check(page, "the illegal-content notice form");
  await page.evaluate(() => document.querySelector("form.comment-form").setAttribute("novalidate", ""));
  await page.click("input[type=submit]");
  await page.locator("#form-error").waitFor();
  await check(page, "the notice form showing an error");
  await page.check("#category-illegal_or_harmful_speech");
  await page.fill("#explanation", "It calls for violence against a named group of people.");
  await page.check("#good_faith");
  await page.click("input[type=submit]");
  await check(page, "a notice sent");
  await page.goto(`${base}/privacy/`);
  await check(page, "the privacy page");

  // Search from the header's box, with script off (a plain GET form), then
  // axe over the results, the empty form and a refused query.
  const noScript = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await noScript.goto(`${base}/`);
  await noScript.fill("#site-search-q", "Iranian troops");
  await noScript.press("#site-search-q", "Enter");
  await noScript.waitForURL(/\/search\?q=Iranian\+troops/);
  assert.equal(await noScript.locator(".search-hit").count(), 1, "the demo article is found");
  assert.ok((await noScript.locator(".snippet mark").count()) > 0, "the match is marked");
  await page.goto(noScript.url());
  await check(page, "the search results");
  await page.goto(`${base}/search`);
  await check(page, "the empty search page");
  await page.goto(`${base}/search?q=a%00b`);
  assert.ok(await page.locator("#search-error").isVisible());
  await check(page, "a refused search");
});

test("admin pages pass axe at WCAG 2.1 AA", async () => {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${base}/admin/login`);
  await check(page, "the sign-in page");
  await page.fill("#name", "ada");
  await page.fill("#password", PASSWORD);
  await page.click("input[type=submit]");
  await page.goto(`${base}/admin/dashboard`);
  await check(page, "the dashboard");
  await page.goto(`${base}/admin/comments?status=approved`);
  await check(page, "the moderation queue");
  // The list of keys, shown with ?.
  await page.keyboard.press("?");
  await check(page, "the queue's list of keys");
  await page.goto(`${base}/admin/articles/new`);
  await check(page, "the article editor");
  await page.goto(`${base}/admin/settings`);
  await check(page, "the settings page");
  await page.goto(`${base}/admin/privacy`);
  await check(page, "the privacy tools");
  await page.goto(`${base}/admin/federation`);
  await check(page, "the federation page");
  await page.goto(`${base}/admin/notices`);
  await check(page, "notices and appeals");
  const notice = await page.locator(".notice-row a[href^='/comments/']").first().getAttribute("href");
  await page.click(".notice-row button[value^=remove]");
  await page.goto(`${base}${notice}`);
  await check(page, "a removed comment's statement of reasons");
  cli(["commenters", "suspend", "@flood.example", "--days", "2", "--reason", "a flood"]);
  await page.goto(`${base}/admin/commenters`);
  await check(page, "the sanctions in force");
  const approved = JSON.parse(cli(["comments", "list", "--status", "approved", "--json", "--limit", "1"]));
  await page.goto(`${base}/admin/commenters?email=${encodeURIComponent(approved[0].author_email || "someone@example.org")}`);
  await check(page, "a commenter's page");
  await page.fill("#target", "not a target");
  await page.click("button[value=ban]");
  await check(page, "a refused sanction");

  // The wire desk: one story from two sources (served here as ninjs),
  // polled by the CLI (asynchronously: this process answers the poll),
  // then updated by the agency, so its editor lists an earlier version.
  let version = 1;
  const feed = createServer((req, res) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({
      uri: `urn:x:${req.url === "/b" ? 2 : 1}`,
      version: String(version),
      versioncreated: `2026-01-01T10:0${version}:00Z`,
      headline: "Test story",
      body_html: `<p>Body, version ${version}.</p>`,
    }));
  });
  await new Promise((resolve) => feed.listen(0, "127.0.0.1", resolve));
  const at = `http://127.0.0.1:${feed.address().port}`;
  const poll = () => promisify(execFile)(bin, ["--database", db, "wire", "poll"]);
  try {
    cli(["wire", "add", `${at}/a`, "--name", "Alpha", "--publish", "draft"]);
    cli(["wire", "add", `${at}/b`, "--name", "Beta", "--publish", "draft"]);
    await poll();
    version = 2;
    await poll();
  } finally {
    feed.closeAllConnections();
    feed.close();
  }
  await page.goto(`${base}/admin/wire`);
  assert.equal(await page.locator(".wire-also > li").count(), 1, "the story from both sources is one");
  await check(page, "the wire desk");
  await page.click(".wire-desk > li > .queue-actions a.wire-edit");
  await page.locator("#versions summary").first().click();
  await check(page, "the editor listing earlier versions");
  await page.goto(`${base}/admin/wire`);
  await page.evaluate(() => document.querySelector("#add-source").setAttribute("novalidate", ""));
  await page.fill("#name", "Gamma");
  await page.fill("#url", "ftp://wire.example/");
  await page.click("#add-source-submit");
  await page.locator("#source-error").waitFor();
  await check(page, "the wire desk refusing a source");
});
