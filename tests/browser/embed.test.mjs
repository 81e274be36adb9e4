// The embed on a real static site: Debian's hugo builds tests/embed-site
// with the embed in its template, a static server serves it on one loopback
// port and masthead runs on another. In headless Chromium a reader posts a
// comment from the keyboard alone (a refusal first: the message is shown
// and the focus moves to the field), sees it held for them only, a
// moderator approves it in masthead's admin, and another reader sees it;
// the index page shows the counts; a site that is not allowed gets no
// discussion; without JavaScript the <noscript> link leads to masthead's
// page for the thread. Every public XSS vector goes through the embed's API
// and is loaded in the embedding page with no script running.
//
// Run by `cargo test` (crates/masthead/tests/it/browser.rs), which passes
// MASTHEAD_BIN and MASTHEAD_CORPUS_DIR.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, rmSync, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join, normalize, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { serve, launchChromium } from "./harness.mjs";

const bin = process.env.MASTHEAD_BIN;
const corpus = process.env.MASTHEAD_CORPUS_DIR;
const here = dirname(fileURLToPath(import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), "masthead-embed-"));
const db = `sqlite://${join(tmp, "embed.db")}?mode=rwc`;
const cli = (args, input) =>
  execFileSync(bin, ["--database", db, ...args], { encoding: "utf8", input, maxBuffer: 64 << 20 });
const PASSWORD = "a long moderator password";
/** The form token in an /api/embed answer (the form's hidden field). */
const tokenOf = (embed) => /name="mh_token" value="([^"]+)"/.exec(embed.html)[1];
const STORY = "/posts/some-story/";

let server;
let base;
let browser;
const sites = [];

/** Builds the Hugo site for `origin` (its permalinks name it) into a folder. */
function build(origin, name) {
  const out = join(tmp, name);
  execFileSync("hugo", ["--quiet", "--source", join(here, "../embed-site"), "--baseURL", `${origin}/`, "-d", out], {
    env: { ...process.env, HUGO_PARAMS_MASTHEAD: base },
  });
  return out;
}

let allowed; // the blog's origin, allowed to embed
let stranger; // the same blog on another origin, not allowed

before(async () => {
  ({ server, base } = await serve(bin, ["--database", db, "serve", "--addr", "127.0.0.1:0", "--rate-limit-rps", "0", "--rate-limit-posts-per-minute", "0"]));
  // Ports first (the built pages name their own origin), then the files.
  const a = createServer();
  const b = createServer();
  await Promise.all([a, b].map((s) => new Promise((r) => s.listen(0, "127.0.0.1", r))));
  const [pa, pb] = [a.address().port, b.address().port];
  await Promise.all([a, b].map((s) => new Promise((r) => s.close(r))));
  const dirA = build(`http://127.0.0.1:${pa}`, "site-a");
  const dirB = build(`http://127.0.0.1:${pb}`, "site-b");
  allowed = await serveOn(dirA, pa);
  stranger = await serveOn(dirB, pb);
  cli(["user", "add", "maria", "--role", "moderator"], `${PASSWORD}\n`);
  cli(["settings", "set", "embed.allowed_origins", allowed]);
  cli(["settings", "set", "comments.min_fill_seconds", "1"]);
  cli(["settings", "set", "comments.flood_seconds", "0"]);
  browser = await launchChromium();
});

async function serveOn(dir, port) {
  const s = await new Promise((resolve) => {
    const srv = createServer((req, res) => {
      const path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname)).replace(/^(\.\.[/\\])+/, "");
      let file = join(dir, path);
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
      if (!file.startsWith(dir) || !existsSync(file)) {
        res.writeHead(404);
        return res.end("not found");
      }
      res.writeHead(200, { "content-type": file.endsWith(".html") ? "text/html; charset=utf-8" : "application/octet-stream" });
      res.end(readFileSync(file));
    });
    srv.listen(port, "127.0.0.1", () => resolve(srv));
  });
  sites.push(s);
  return `http://127.0.0.1:${port}`;
}

after(async () => {
  await browser?.close();
  server?.kill();
  for (const s of sites) s.close();
  rmSync(tmp, { recursive: true, force: true });
});

/** Presses Tab until the element with `id` has the focus (at most 80 times). */
async function tabTo(page, id) {
  for (let i = 0; i < 80; i++) {
    if ((await page.evaluate(() => document.activeElement?.id)) === id) return;
    await page.keyboard.press("Tab");
  }
  assert.fail(`Tab never reached #${id}`);
}

test("a reader comments from the keyboard; held for them, approved in the admin, then public", async () => {
  const reader = await browser.newContext();
  const page = await reader.newPage();
  await page.goto(`${allowed}${STORY}`);
  const form = page.locator(".masthead-embed #mh-commentform");
  await form.waitFor();
  const text = await page.locator(".masthead-embed").textContent();
  for (const t of ["Leave a Reply", "Your email address will not be published.", "Required fields are marked *", "You may use these HTML tags and attributes:"]) {
    assert.ok(text.includes(t), `${t} missing`);
  }
  // Labelled fields.
  for (const id of ["mh-comment", "mh-author", "mh-email", "mh-url"]) {
    assert.equal(await page.locator(`label[for=${id}]`).count(), 1, `label for ${id}`);
  }

  // Keyboard only. A wrong email first: the message, and the focus on it.
  await tabTo(page, "mh-comment");
  await page.keyboard.type("Lavrov's wording matters: <em>legitimate</em> is a legal claim.");
  await page.keyboard.press("Tab");
  await page.keyboard.type("Dana Reader");
  await page.keyboard.press("Tab");
  await page.keyboard.type("dana.reader@example");
  await page.waitForTimeout(1100);
  await tabTo(page, "mh-submit");
  await page.keyboard.press("Enter");
  await page.locator("#mh-email-error").waitFor();
  assert.equal(await page.textContent("#mh-email-error"), "Please enter a valid email address.");
  assert.equal(await page.evaluate(() => document.activeElement.id), "mh-email");
  assert.equal(await page.getAttribute("#mh-email", "aria-invalid"), "true");
  await page.keyboard.press("Control+A");
  await page.keyboard.type("dana.reader@example.com");
  await tabTo(page, "mh-submit");
  await page.keyboard.press("Enter");
  const held = page.locator(".comment-pending");
  await held.waitFor();
  assert.match(await held.textContent(), /Your comment is awaiting moderation\./);
  assert.match(await held.textContent(), /legitimate/);
  const id = (await held.getAttribute("id")).replace("comment-", "");
  assert.equal(await page.evaluate(() => document.activeElement.id), `comment-${id}`);
  // The proof of authorship lives in the blog's own storage, not a cookie.
  const stored = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("masthead-authored:")));
  assert.equal(stored.length, 1);
  assert.equal((await reader.cookies()).length, 0, "no cookies");

  const other = await (await browser.newContext()).newPage();
  await other.goto(`${allowed}${STORY}`);
  await other.locator("#mh-commentform").waitFor();
  assert.equal(await other.locator(`#comment-${id}`).count(), 0, "held comments are not public");

  // The moderator approves it from masthead's queue.
  const admin = await (await browser.newContext()).newPage();
  await admin.goto(`${base}/admin/login`);
  await admin.fill("#name", "maria");
  await admin.fill("#password", PASSWORD);
  await admin.click("input[type=submit]");
  const row = admin.locator(`#row-${id}`);
  assert.match(await row.textContent(), /dana\.reader@example\.com/);
  await row.locator("button[value^=approve]").click();
  assert.equal(await admin.locator(`#row-${id}`).count(), 0);

  // The page open since before the approval learns of it live (the
  // embed's stream from masthead, under its CORS rules) and shows it
  // when asked; the embedding page's title stays its own.
  const title = await other.title();
  const bar = other.locator(".masthead-embed .live-new");
  await bar.waitFor({ timeout: 5000 });
  assert.equal(await bar.textContent(), "1 new comment — show it");
  assert.equal(await other.title(), title);
  await bar.click();
  const live = other.locator(`#comment-${id}`);
  await live.waitFor();
  assert.match(await live.textContent(), /legitimate/);
  const reply = await live.locator(".comment-reply-link").getAttribute("href");
  assert.ok(reply.startsWith(`${base}/articles/`), `links lead to masthead: ${reply}`);
  assert.equal(await other.evaluate(() => document.activeElement.id), `comment-${id}`);
  assert.ok(await bar.isHidden());

  await other.reload();
  const pub = other.locator(`#comment-${id}`);
  await pub.waitFor();
  assert.match(await pub.textContent(), /legitimate/);
  assert.equal(await pub.locator("em").textContent(), "legitimate");
  assert.ok(!(await other.content()).includes("dana.reader@example.com"), "the email is never shown");

  // A reply, with the form moved under the comment.
  await other.click(`#comment-${id} .comment-reply-link`);
  assert.equal(await other.inputValue("#mh-comment_parent"), id);

  // The index page counts each page's comments in one request.
  const index = await (await browser.newContext()).newPage();
  const asked = [];
  index.on("request", (r) => r.url().includes("/api/counts") && asked.push(r.url()));
  await index.goto(`${allowed}/`);
  const story = index.locator(`[data-masthead-count="${allowed}${STORY}"]`);
  await index.waitForFunction((el) => el.textContent !== "", await story.elementHandle());
  assert.equal(await story.textContent(), "1 comment");
  assert.equal(await index.locator(`[data-masthead-count="${allowed}/posts/another-story/"]`).textContent(), "No comments");
  assert.equal(asked.length, 1, "one request for all counts");
  assert.equal(await index.locator("#mh-commentform").count(), 0, "no discussion on the index");
});

test("the author edits within the window and not after; recommends count once per reader and network; reports reach staff", async () => {
  cli(["settings", "set", "comments.edit_minutes", "1"]);
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${allowed}/posts/another-story/`);
  await page.locator("#mh-commentform").waitFor();
  await page.fill("#mh-comment", "A first draft with a tpyo.");
  await page.fill("#mh-author", "Edith Editor");
  await page.fill("#mh-email", "edith@example.com");
  await page.waitForTimeout(1100);
  await page.click("#mh-submit");
  const mine = page.locator(".comment-pending");
  await mine.waitFor();
  const posted = Date.now();
  const id = (await mine.getAttribute("id")).replace("comment-", "");

  // Within the window: the author's Edit opens an editor on their own text.
  await page.click(`#comment-${id} .comment-edit-link`);
  const editor = page.locator(`#mh-edit-text-${id}`);
  assert.equal(await editor.inputValue(), "A first draft with a tpyo.");
  assert.equal(await page.evaluate(() => document.activeElement.id), `mh-edit-text-${id}`);
  await editor.fill("A first draft with a typo, fixed.");
  await page.click(`#mh-edit-${id} button[type=submit]`);
  await page.waitForFunction((i) => /typo, fixed/.test(document.querySelector(`#comment-${i} .comment-content`)?.textContent ?? ""), id);
  assert.equal(await page.locator(`#comment-${id} .comment-edited`).count(), 1);
  // Nobody else gets an Edit link.
  const other = await (await browser.newContext()).newPage();
  cli(["comments", "approve", id]);
  await other.goto(`${allowed}/posts/another-story/`);
  await other.locator(`#comment-${id}`).waitFor();
  assert.equal(await other.locator(".comment-edit-link").count(), 0);

  // Recommend: once per reader, however often they click or reload.
  const recommend = async (p) => {
    await p.click(`#comment-${id} .recommend-button`);
    await p.waitForFunction((i) => document.querySelector(`#comment-${i} .recommend-button`).textContent === "Recommended", id);
    return p.textContent(`#mh-recommends-${id}`);
  };
  assert.equal(await recommend(other), "1");
  await other.reload();
  await other.locator(`#comment-${id}`).waitFor();
  assert.equal(await other.textContent(`#mh-recommends-${id}`), "1");
  assert.equal(await recommend(other), "1", "a second click by the same reader does not count");
  const third = await (await browser.newContext()).newPage();
  await third.goto(`${allowed}/posts/another-story/`);
  await third.locator(`#comment-${id}`).waitFor();
  // Another reader on the same network (every browser here is on
  // loopback): their recommend is taken, but a network counts once.
  assert.equal(await recommend(third), "1");
  assert.equal(JSON.parse(cli(["comments", "list", "--status", "approved", "--json"])).find((c) => String(c.id) === id).recommends, 1);

  // Report: a reason, sent from the page; staff see it.
  await third.click(`#comment-${id} .comment-report-link`);
  await third.selectOption(`#mh-reason-${id}`, "off-topic");
  await third.click(`#mh-report-${id} button`);
  await third.locator(".masthead-note").waitFor();
  assert.match(await third.textContent(".masthead-note"), /Thank you/);

  // After the window: no Edit link, and the API refuses the change.
  await page.waitForTimeout(Math.max(0, posted + 61_000 - Date.now()));
  await page.reload();
  await page.locator(`#comment-${id}`).waitFor();
  assert.equal(await page.locator(".comment-edit-link").count(), 0);
  const refused = await page.evaluate(async ([b, i]) => {
    const tokens = JSON.parse(localStorage.getItem(`masthead-authored:${b}`));
    const r = await fetch(`${b}/api/comments/${i}`, {
      method: "PATCH",
      headers: { "Content-Type": "application/json", "X-Masthead-Authored": tokens.join(" ") },
      body: JSON.stringify({ comment: "Too late." }),
    });
    return [r.status, (await r.json()).code];
  }, [base, id]);
  assert.deepEqual(refused, [403, "edit_window_closed"]);
  assert.match(await page.textContent(`#comment-${id} .comment-content`), /typo, fixed/);
  cli(["settings", "set", "comments.edit_minutes", "15"]);
});

test("a site that may not embed gets no discussion", async () => {
  const page = await (await browser.newContext()).newPage();
  const blocked = [];
  page.on("requestfailed", (r) => r.url().includes("/api/embed") && blocked.push(r.url()));
  await page.goto(`${stranger}${STORY}`);
  // The browser may not even read the refusal (no CORS for that origin).
  const error = page.locator(".masthead-embed .masthead-error");
  await error.waitFor();
  assert.match(await error.textContent(), /could not be loaded/);
  assert.equal(await page.locator("#mh-commentform").count(), 0);
  assert.equal(blocked.length, 1, "the browser kept the answer from the page");
  // What the server says, to a program that can read it.
  const r = await fetch(`${base}/api/embed?url=${encodeURIComponent(stranger + STORY)}`, { headers: { origin: stranger } });
  assert.equal(r.status, 403);
  assert.equal((await r.json()).code, "origin_not_allowed");
  assert.equal(r.headers.get("access-control-allow-origin"), null);
  // Nor its live stream.
  const live = await fetch(`${base}/api/live?url=${encodeURIComponent(stranger + STORY)}`, { headers: { origin: stranger } });
  assert.equal(live.status, 403);
  assert.equal((await live.json()).code, "origin_not_allowed");
});

test("the embed's live stream: polling with ?since= under CORS, and its refusals in JSON", async () => {
  const url = encodeURIComponent(allowed + STORY);
  const r = await fetch(`${base}/api/live?url=${url}&since=0`, { headers: { origin: allowed } });
  assert.equal(r.status, 200);
  assert.match(r.headers.get("content-type"), /^text\/event-stream/);
  assert.match(r.headers.get("cache-control"), /public/);
  assert.equal(r.headers.get("access-control-allow-origin"), allowed);
  const body = await r.text();
  assert.match(body, /^event: comment$/m);
  assert.match(body, /legitimate/);
  assert.ok(!body.includes("@example.com"), "no email in the stream");
  for (const [q, status, code] of [
    [`url=${url}&since=abc`, 400, "invalid_param"],
    ["since=0", 400, "invalid_param"],
    [`url=${encodeURIComponent(allowed + "/posts/never-commented/")}`, 404, "thread_not_found"],
  ]) {
    const bad = await fetch(`${base}/api/live?${q}`, { headers: { origin: allowed } });
    assert.equal(bad.status, status, q);
    assert.equal((await bad.json()).code, code, q);
  }
});

test("without JavaScript the noscript link leads to masthead's page for the thread", async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${allowed}/posts/another-story/`);
  await page.click("noscript a, a:has-text('Read and post comments')");
  assert.equal(new URL(page.url()).origin, base);
  assert.match(await page.textContent("#respond"), /Leave a Reply/);
  await page.fill("#comment", "Posted with JavaScript off.");
  await page.fill("#author", "Plain Reader");
  await page.fill("#email", "plain@example.com");
  await page.waitForTimeout(1100);
  await page.click("#submit");
  assert.match(new URL(page.url()).pathname, /^\/articles\/t-[0-9a-f]{16}/);
  assert.match(await page.textContent(".comment-pending"), /Posted with JavaScript off\./);
});

test("XSS vectors through the embed never run script in the embedding page", async () => {
  if (!corpus) return;
  const payloads = readFileSync(join(corpus, "xss", "vectors.jsonl"), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l).payload);
  assert.ok(payloads.length > 200);
  const url = `${allowed}/posts/xss/`;
  cli(["settings", "set", "comments.page_comments", "0"]);
  const first = await (await fetch(`${base}/api/embed?url=${encodeURIComponent(url)}`)).json();
  await new Promise((r) => setTimeout(r, 1100));
  const post = (body) =>
    fetch(`${base}/api/comments`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ url, token: tokenOf(first), email: "x@example.com", ...body }) });
  const statuses = {};
  for (const [i, p] of payloads.entries()) {
    for (const c of [
      { comment: p, author: `Comment vector ${i}` },
      { comment: `Name vector ${i}`, author: p.slice(0, 240) },
      { comment: `Website vector ${i}`, author: `Website ${i}`, website: p.slice(0, 200) },
    ]) {
      const r = await post(c);
      await r.arrayBuffer();
      statuses[r.status] = (statuses[r.status] ?? 0) + 1;
      assert.ok([201, 422].includes(r.status), `vector ${i} answered ${r.status}`);
    }
  }
  const ids = [...JSON.parse(cli(["comments", "list", "--status", "pending", "--json", "--limit", "100000"])), ...JSON.parse(cli(["comments", "list", "--status", "spam", "--json", "--limit", "100000"]))].map((c) => String(c.id));
  for (let k = 0; k < ids.length; k += 500) cli(["comments", "approve", ...ids.slice(k, k + 500)]);
  assert.ok(ids.length >= statuses[201], `every accepted comment stored (${JSON.stringify(statuses)})`);
  assert.ok(ids.length > 300, `only ${ids.length} comments stored (${JSON.stringify(statuses)})`);

  // The page of a site with no CSP of its own: only the sanitiser stands
  // between the vectors and the reader.
  const context = await browser.newContext();
  const page = await context.newPage();
  const events = [];
  await page.addInitScript(() => {
    window.__xss = [];
    for (const name of ["alert", "confirm", "prompt", "print"]) {
      window[name] = (...args) => window.__xss.push(`${name}(${args.join(",")})`);
    }
  });
  page.on("dialog", (d) => {
    events.push(`dialog ${d.message()}`);
    d.dismiss();
  });
  page.on("request", (r) => {
    const o = new URL(r.url()).origin;
    if (o !== allowed && o !== base && !r.url().startsWith("data:")) events.push(`request ${r.url()}`);
  });
  page.on("framenavigated", (f) => {
    if (f === page.mainFrame() && !f.url().startsWith(url)) events.push(`navigated ${f.url()}`);
  });
  // The XSS page: the story's HTML under an address of its own.
  const html = readFileSync(join(tmp, "site-a", "posts", "some-story", "index.html"), "utf8").replaceAll(`${allowed}${STORY}`, url);
  mkdirSync(join(tmp, "site-a", "posts", "xss"), { recursive: true });
  writeFileSync(join(tmp, "site-a", "posts", "xss", "index.html"), html);
  const logs = [];
  page.on("console", (m) => logs.push(`console ${m.text()}`));
  page.on("pageerror", (e) => logs.push(`pageerror ${e.message}`));
  page.on("requestfinished", (r) => logs.push(`finished ${r.url().slice(0, 120)}`));
  page.on("requestfailed", (r) => logs.push(`failed ${r.url().slice(0, 120)} ${r.failure()?.errorText}`));
  await page.goto(url);
  try {
    await page.locator(".masthead-embed .comment-list, .masthead-embed .masthead-error").first().waitFor({ timeout: 30000 });
  } catch (e) {
    throw new Error(`${e.message}\n${logs.join("\n")}\n${(await page.content()).slice(0, 3000)}`);
  }
  assert.equal(await page.locator(".masthead-embed .masthead-error").count(), 0, await page.locator(".masthead-embed").textContent());
  const shown = await page.locator(".masthead-embed .comment").count();
  assert.ok(shown >= statuses[201], `only ${shown} of ${statuses[201]} comments shown`);
  await page.waitForTimeout(1000);
  events.push(...(await page.evaluate(() => window.__xss)));
  assert.deepEqual(events, [], "script ran");
});

test("a 10,000-comment thread: the first page, more on request, a permalink deep in it", async () => {
  cli(["settings", "set", "comments.page_comments", "50"]);
  const url = `${allowed}/posts/long/`;
  const html = readFileSync(join(tmp, "site-a", "posts", "some-story", "index.html"), "utf8").replaceAll(`${allowed}${STORY}`, url);
  mkdirSync(join(tmp, "site-a", "posts", "long"), { recursive: true });
  writeFileSync(join(tmp, "site-a", "posts", "long", "index.html"), html);
  const first = await (await fetch(`${base}/api/embed?url=${encodeURIComponent(url)}`)).json();
  await new Promise((r) => setTimeout(r, 1100));
  const ids = [];
  let next = 0;
  async function worker() {
    while (next < 10000) {
      const i = next++;
      const r = await fetch(`${base}/api/comments`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ url, token: tokenOf(first), author: `Reader ${i}`, email: `r${i}@example.com`, comment: `Long thread comment number ${i}.` }),
      });
      const body = await r.json();
      assert.equal(r.status, 201, JSON.stringify(body));
      ids[i] = body.comment.id;
    }
  }
  await Promise.all(Array.from({ length: 16 }, worker));
  for (let k = 0; k < ids.length; k += 1000) cli(["comments", "approve", ...ids.slice(k, k + 1000).map(String)]);

  const page = await (await browser.newContext()).newPage();
  await page.goto(url);
  const list = page.locator(".masthead-embed .comment-list > li");
  await list.first().waitFor();
  assert.equal(await list.count(), 50, "one page of 50");
  assert.match(await page.locator(".masthead-embed .comments-title").textContent(), /10,000 comments/);
  // The newest page first; "Load more comments" brings the one before.
  assert.equal(await page.locator(`#comment-${ids[9999]}`).count(), 1);
  await page.click(".masthead-more");
  await page.waitForFunction(() => document.querySelectorAll(".masthead-embed .comment-list > li").length === 100);
  assert.equal(await page.locator(`#comment-${ids[9950 - 1]}`).count(), 1);

  // A permalink to the 11th comment opens the first page, which holds it.
  const deep = await (await browser.newContext()).newPage();
  await deep.goto(`${url}#comment-${ids[10]}`);
  const target = deep.locator(`#comment-${ids[10]}`);
  await target.waitFor();
  assert.match(await target.textContent(), /Long thread comment number 10\./);
  assert.equal(await deep.locator(".masthead-embed .comment-list > li").count(), 50);
});
