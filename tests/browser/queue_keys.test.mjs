// The moderation queue worked from the keyboard in Debian's Chromium
// (issue 28, part 3). The goal: 100 held comments cleared with at most 110
// key presses and no full page load. Also: J/K move, ? lists the keys,
// B pressed twice bans the author, and with JavaScript off every button is a
// plain form that still works.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launchChromium, serve } from "./harness.mjs";

const bin = process.env.MASTHEAD_BIN;
const tmp = mkdtempSync(join(tmpdir(), "masthead-keys-"));
const db = `sqlite://${join(tmp, "keys.db")}?mode=rwc`;
const cli = (args, input) => execFileSync(bin, ["--database", db, ...args], { encoding: "utf8", input });
const PASSWORD = "a long moderator password";
const HELD = 100;

let server;
let base;
let browser;

before(async () => {
  // No per-address limits: one address posts all the comments.
  ({ server, base } = await serve(bin, [
    "--database", db, "serve", "--demo", "--addr", "127.0.0.1:0",
    "--rate-limit-rps", "0", "--rate-limit-posts-per-minute", "0",
  ]));
  cli(["user", "add", "maria", "--role", "moderator"], `${PASSWORD}\n`);
  cli(["settings", "set", "comments.min_fill_seconds", "0"]);
  cli(["settings", "set", "comments.flood_seconds", "0"]);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  server?.kill();
  rmSync(tmp, { recursive: true, force: true });
});

// A first comment from a new reader: held.
async function held(n, prefix) {
  const r = await fetch(`${base}/comments`, {
    method: "POST",
    body: new URLSearchParams({ comment_post_ID: "1", author: `${prefix} ${n}`, email: `${prefix.toLowerCase()}${n}@example.com`, comment: `${prefix} comment number ${n}.` }),
    redirect: "manual",
  });
  assert.equal(r.status, 303);
  return r.headers.get("location").split("#comment-")[1];
}

async function signedIn() {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/admin/login`);
  await page.fill("#name", "maria");
  await page.fill("#password", PASSWORD);
  await page.click("input[type=submit]");
  return { context, page };
}

function pending() {
  return JSON.parse(cli(["comments", "list", "--status", "pending", "--json", "--limit", "1000"]));
}

test("100 held comments are cleared with one key each and no page load", async () => {
  for (let i = 0; i < HELD; i += 10) {
    await Promise.all(Array.from({ length: 10 }, (_, k) => held(i + k + 1, "Reader")));
  }
  assert.equal(pending().length, HELD);
  const { context, page } = await signedIn();
  await page.goto(`${base}/admin/comments?status=pending`);
  assert.equal(await page.locator(".queue-row").count(), HELD);
  // The first comment has focus: the moderator starts typing at once.
  assert.equal(await page.evaluate(() => document.activeElement.classList.contains("queue-row")), true);
  await page.evaluate(() => { window.stillTheSamePage = true; });
  let navigations = 0;
  page.on("framenavigated", () => { navigations += 1; });

  const started = performance.now();
  let presses = 0;
  while (presses < 110) {
    const left = await page.locator(".queue-row:not([aria-busy=true])").count();
    if (left === 0) break;
    await page.keyboard.press("a");
    presses += 1;
    // The next key goes to the next comment: wait until focus has moved on.
    await page.waitForFunction(() => {
      const a = document.activeElement;
      return !a || !a.classList.contains("queue-row") || a.getAttribute("aria-busy") !== "true";
    });
  }
  await page.waitForFunction(() => document.querySelectorAll(".queue-row").length === 0);
  const seconds = (performance.now() - started) / 1000;
  console.log(`cleared ${HELD} held comments with ${presses} key presses in ${seconds.toFixed(1)} s, ${navigations} page loads`);
  assert.ok(presses <= 110, `${presses} key presses`);
  assert.equal(navigations, 0, "no page load");
  assert.equal(await page.evaluate(() => window.stillTheSamePage), true);
  assert.equal(pending().length, 0, "every one approved, in the database");
  assert.match(await page.locator("#queue-said").textContent(), /^Approved comment \d+\.$/);
  await context.close();
});

test("J and K move, ? lists the keys, B twice bans, and without JavaScript buttons still work", async () => {
  const ids = [];
  for (const n of [1, 2, 3]) ids.push(await held(n, "Other"));
  const { context, page } = await signedIn();
  await page.goto(`${base}/admin/comments?status=pending`);
  const focused = () => page.evaluate(() => document.activeElement.id);
  assert.equal(await focused(), `row-${ids[2]}`, "newest first");
  await page.keyboard.press("j");
  assert.equal(await focused(), `row-${ids[1]}`);
  await page.keyboard.press("k");
  assert.equal(await focused(), `row-${ids[2]}`);
  assert.equal(await page.locator("#queue-keys").isVisible(), false);
  await page.keyboard.press("?");
  assert.equal(await page.locator("#queue-keys").isVisible(), true);
  assert.match(await page.locator("#queue-keys").textContent(), /ban the author/);
  await page.keyboard.press("Escape");
  assert.equal(await page.locator("#queue-keys").isVisible(), false);
  // One B only warns; the second bans and sends the comment to spam.
  await page.keyboard.press("b");
  assert.match(await page.locator("#queue-said").textContent(), /Press B again/);
  assert.equal(await page.locator(`#row-${ids[2]}`).count(), 1);
  await page.keyboard.press("b");
  await page.locator(`#row-${ids[2]}`).waitFor({ state: "detached" });
  const sanctions = JSON.parse(cli(["commenters", "list", "--json"]));
  assert.equal(sanctions[0].target, "other3@example.com");
  assert.equal(sanctions[0].set_via, "admin");
  // R opens the reply box and types there, not as shortcuts.
  await page.keyboard.press("r");
  const box = page.locator(`#reply-${ids[1]}`);
  assert.equal(await box.evaluate((el) => el === document.activeElement), true);
  await page.keyboard.type("sat");
  assert.equal(await box.inputValue(), "sat");
  assert.equal(await page.locator(`#row-${ids[1]}`).count(), 1, "S and T typed, not pressed");
  await context.close();

  // JavaScript off: the row's button is a form post and a page load.
  const plain = await browser.newContext({ javaScriptEnabled: false });
  const off = await plain.newPage();
  await off.goto(`${base}/admin/login`);
  await off.fill("#name", "maria");
  await off.fill("#password", PASSWORD);
  await off.click("input[type=submit]");
  await off.goto(`${base}/admin/comments?status=pending`);
  await Promise.all([off.waitForNavigation(), off.click(`button[value="trash:${ids[0]}"]`)]);
  assert.equal(await off.locator(`#row-${ids[0]}`).count(), 0);
  const trash = JSON.parse(cli(["comments", "list", "--status", "trash", "--json"]));
  assert.ok(trash.some((c) => String(c.id) === ids[0]));
  await plain.close();
});
