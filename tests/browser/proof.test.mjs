// Proof of work in Debian's Chromium (issue 27): with the spam filter in
// auto mode and `moderation.proof_of_work = when_unsure`, a comment the
// filter leans towards publishing but is unsure of is published when the
// browser solved the challenge (JavaScript on; the solve is timed) and held,
// never refused, when it could not (JavaScript off).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve, launchChromium } from "./harness.mjs";

const bin = process.env.MASTHEAD_BIN;
const tmp = mkdtempSync(join(tmpdir(), "masthead-proof-"));
const db = `sqlite://${join(tmp, "proof.db")}?mode=rwc`;
const cli = (args) => execFileSync(bin, ["--database", db, ...args], { encoding: "utf8" });
const ARTICLE = "/articles/moscow-never-promised-withdrawal-of-iranian-troops-from-syria";
const LEANING = "The minister's figures don't add up; thanks for the careful reporting.";

let server;
let base;
let browser;

before(async () => {
  ({ server, base } = await serve(bin, ["--database", db, "serve", "--demo", "--addr", "127.0.0.1:0"]));
  for (const [k, v] of [
    ["comments.min_fill_seconds", "0"],
    ["comments.flood_seconds", "0"],
    ["moderation.filter", "auto"],
    ["moderation.proof_of_work", "when_unsure"],
  ]) cli(["settings", "set", k, v]);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  server?.kill();
  rmSync(tmp, { recursive: true, force: true });
});

function statusOf(author) {
  const all = JSON.parse(cli(["comments", "list", "--json", "--limit", "1000"]));
  const c = all.find((c) => c.author_name === author);
  assert.ok(c, `${author}'s comment is stored`);
  return c;
}

async function comment(context, author) {
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(base + ARTICLE);
  await page.fill("#comment", LEANING);
  await page.fill("#author", author);
  await page.fill("#email", `${author.toLowerCase().replace(/ /g, ".")}@example.com`);
  return { page, errors };
}

test("with JavaScript the browser proves its work and the comment is published", async () => {
  const context = await browser.newContext();
  const { page, errors } = await comment(context, "Proof Reader");
  const started = Date.now();
  await page.waitForFunction(() => document.querySelector("input[name=altcha]").value !== "", null, { timeout: 10000 });
  const solved = Date.now() - started;
  console.log(`proof of work solved in ${solved} ms after the reader started writing`);
  await Promise.all([page.waitForURL(/#comment-\d+$/), page.click("#submit")]);
  assert.deepEqual(errors, []);
  const c = statusOf("Proof Reader");
  assert.equal(c.status, "approved", JSON.stringify(c));
  assert.ok((await page.content()).includes("careful reporting"));
  await context.close();
});

test("without JavaScript the comment is held, not refused", async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const { page } = await comment(context, "Plain Reader");
  const [response] = await Promise.all([page.waitForNavigation(), page.click("#submit")]);
  assert.ok(response.status() < 400, `answered ${response.status()}`);
  const c = statusOf("Plain Reader");
  assert.equal(c.status, "pending");
  assert.match(c.moderation_reason, /no proof of work came/);
  await context.close();
});
