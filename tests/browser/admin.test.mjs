// The newsroom flow in Debian's Chromium: an editor writes an article with a
// photo, previews and publishes it; a reader with JavaScript off posts a
// first comment (held, shown to them only), a moderator signed in through the
// admin pages approves it from the queue, and the reader's comment appears on
// the public page. A forged admin form (no CSRF token) is refused and a
// signed-out visitor is sent to the sign-in page. With MASTHEAD_SCREENSHOT_DIR
// set, it saves the screenshots the README shows.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve, launchChromium } from "./harness.mjs";

const bin = process.env.MASTHEAD_BIN;
const shots = process.env.MASTHEAD_SCREENSHOT_DIR;
const tmp = mkdtempSync(join(tmpdir(), "masthead-admin-"));
const db = `sqlite://${join(tmp, "admin.db")}?mode=rwc`;
const cli = (args, input) => execFileSync(bin, ["--database", db, ...args], { encoding: "utf8", input });
const ARTICLE = "/articles/moscow-never-promised-withdrawal-of-iranian-troops-from-syria";
const PASSWORD = "a long moderator password";

let server;
let base;
let browser;

async function shot(page, name, fullPage = false) {
  if (!shots) return;
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: join(shots, name), fullPage });
}

before(async () => {
  ({ server, base } = await serve(bin, ["--database", db, "serve", "--demo", "--addr", "127.0.0.1:0"]));
  cli(["user", "add", "maria", "--role", "moderator"], `${PASSWORD}\n`);
  cli(["user", "add", "erik", "--role", "editor"], `${PASSWORD}\n`);
  cli(["settings", "set", "comments.min_fill_seconds", "1"]);
  cli(["settings", "set", "comments.flood_seconds", "0"]);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  server?.kill();
  rmSync(tmp, { recursive: true, force: true });
});

test("a reader's first comment is held, approved from the queue, then public", async () => {
  const reader = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1000, height: 1400 } });
  const page = await reader.newPage();
  await page.goto(`${base}${ARTICLE}`);
  await shot(page, "article.png");

  // A mistake first: the form comes back with the message next to the field.
  await page.fill("#comment", "Lavrov's wording matters: <em>legitimate</em> is a legal claim.");
  await page.fill("#author", "Dana Reader");
  await page.fill("#email", "dana.reader@example");
  await page.waitForTimeout(1100);
  await page.click("#submit");
  assert.equal(await page.textContent("#email-error"), "Please enter a valid email address.");
  assert.equal(await page.inputValue("#author"), "Dana Reader");
  await page.locator("#respond").scrollIntoViewIfNeeded();
  await shot(page, "form-error.png");

  await page.fill("#email", "dana.reader@example.com");
  await page.waitForTimeout(1100);
  await page.click("#submit");
  const url = new URL(page.url());
  assert.equal(url.pathname, ARTICLE);
  const id = url.hash.replace("#comment-", "");
  assert.match(id, /^\d+$/);
  const own = page.locator(`#comment-${id}`);
  assert.match(await own.textContent(), /Your comment is awaiting moderation\./);

  const stranger = await browser.newContext();
  const other = await stranger.newPage();
  await other.goto(`${base}${ARTICLE}`);
  assert.equal(await other.locator(`#comment-${id}`).count(), 0, "held comments are not public");

  // Signed out, the queue sends us to the sign-in page.
  const staff = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  const admin = await staff.newPage();
  await admin.goto(`${base}/admin/comments`);
  assert.equal(new URL(admin.url()).pathname, "/admin/login");
  await admin.fill("#name", "maria");
  await admin.fill("#password", PASSWORD);
  await admin.click("input[type=submit]");
  assert.equal(new URL(admin.url()).pathname, "/admin/comments");
  const row = admin.locator(`#row-${id}`);
  assert.match(await row.textContent(), /dana\.reader@example\.com/);
  assert.match(await row.textContent(), /first comments from this name and email \(approved so far: 0 of 1\)/);
  await shot(admin, "queue.png");

  // A forged form without the CSRF token changes nothing.
  const forged = await staff.request.post(`${base}/admin/comments`, { form: { action: `approve:${id}` }, maxRedirects: 0 });
  assert.equal(forged.status(), 403);
  await admin.reload();
  assert.equal(await admin.locator(`#row-${id}`).count(), 1, "still pending");

  await row.locator("button[value^=approve]").click();
  assert.equal(await admin.locator(`#row-${id}`).count(), 0, "gone from the pending queue");
  await admin.goto(`${base}/admin/dashboard`);
  await shot(admin, "dashboard.png");

  await other.reload();
  const pub = other.locator(`#comment-${id}`);
  assert.match(await pub.textContent(), /legitimate/);
  assert.doesNotMatch(await pub.textContent(), /awaiting moderation/);
  assert.equal(await pub.locator("em").textContent(), "legitimate");
  await Promise.all([reader.close(), stranger.close(), staff.close()]);
});

async function signIn(context, path, name) {
  const page = await context.newPage();
  await page.goto(`${base}${path}`);
  assert.equal(new URL(page.url()).pathname, "/admin/login", "signed out: the sign-in page");
  await page.fill("#name", name);
  await page.fill("#password", PASSWORD);
  await page.click("input[type=submit]");
  return page;
}

test("an editor writes an article with a photo, previews and publishes it; its first comment is moderated", async () => {
  const photo = process.env.MASTHEAD_TEST_PHOTO;
  assert.ok(photo, "MASTHEAD_TEST_PHOTO names a JPEG");
  const staff = await browser.newContext({ viewport: { width: 1100, height: 1400 } });
  const editor = await signIn(staff, "/admin/articles", "erik");
  assert.equal(new URL(editor.url()).pathname, "/admin/articles");
  await editor.click("#new-article");
  await editor.fill("#title", "Ceasefire talks resume in Geneva");
  await editor.fill("#standfirst", "Delegations return after a two-week pause.");
  await editor.fill("#byline", "Wire staff");
  await editor.fill("#body", "Negotiators met on **Tuesday** morning.\n\nA second round is planned.");
  await editor.fill("#contributors", "Tovah Lazaoff");
  await editor.fill("#source_name", "Example Wire");
  await editor.fill("#source_url", "https://wire.example.com/geneva");
  await editor.setInputFiles("#photo", photo);
  await editor.fill("#photo_alt", "Delegates at a long table");
  await editor.fill("#photo_caption", "Delegates take their seats in Geneva.");
  await editor.fill("#photo_credit", "Reuters");

  // Preview opens in a new tab, rendered by the public page's own template.
  const [preview] = await Promise.all([staff.waitForEvent("page"), editor.click("#preview")]);
  await preview.waitForLoadState();
  assert.match(await preview.textContent("#preview-banner"), /Preview/);
  assert.equal(await preview.textContent("h1.headline"), "Ceasefire talks resume in Geneva");
  assert.equal(await preview.textContent(".article-body strong"), "Tuesday");
  assert.equal(await preview.textContent("figure.photo figcaption"), "Delegates take their seats in Geneva. (Reuters)");
  const previewWidth = await preview.locator("figure.photo img").evaluate((img) => img.complete && img.naturalWidth);
  assert.ok(previewWidth > 0, "the uploaded photo shows in the preview");
  await shot(preview, "editor-preview.png");
  await preview.close();
  assert.equal((await fetch(`${base}/articles/ceasefire-talks-resume-in-geneva`)).status, 404, "not public before publishing");

  await editor.click("#publish");
  assert.match(await editor.textContent("#done"), /Published/);
  assert.equal(await editor.textContent("#article-state"), "Published");
  await shot(editor, "editor.png");
  await editor.click("#view-article");
  assert.equal(new URL(editor.url()).pathname, "/articles/ceasefire-talks-resume-in-geneva");
  const img = editor.locator("figure.photo img");
  assert.match(await img.getAttribute("srcset"), /\/media\/[0-9a-f]+-480\.jpg 480w/);
  assert.ok(await img.evaluate((i) => i.complete && i.naturalWidth > 0), "the published photo loads");
  assert.equal(await editor.textContent(".contributors"), "Tovah Lazaoff contributed to this report.");
  assert.equal(await editor.textContent(".article-source a"), "Example Wire");

  // A reader with JavaScript off comments on the new article: held, first time.
  const reader = await browser.newContext({ javaScriptEnabled: false });
  const page = await reader.newPage();
  await page.goto(editor.url());
  await page.fill("#comment", "Good to see them back at the table.");
  await page.fill("#author", "Lee Reader");
  await page.fill("#email", "lee.reader@example.com");
  await page.waitForTimeout(1100);
  await page.click("#submit");
  const id = new URL(page.url()).hash.replace("#comment-", "");
  assert.match(await page.textContent(`#comment-${id}`), /awaiting moderation/);

  const mods = await browser.newContext();
  const queue = await signIn(mods, "/admin/comments", "maria");
  await queue.locator(`#row-${id} button[value^=approve]`).click();
  assert.equal(await queue.locator(`#row-${id}`).count(), 0);
  const visitor = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await visitor.goto(editor.url());
  assert.match(await visitor.textContent(`#comment-${id}`), /back at the table/);
  await Promise.all([staff.close(), reader.close(), mods.close(), visitor.context().close()]);
});
