// A real WordPress REST client (node-wpapi, from the WP-API project) against a
// live masthead over loopback: discovery, authenticated post creation with an
// application password, pagination, one post's comments, an anonymous comment
// and its moderation, and WordPress's error shape.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve } from "./harness.mjs";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import WPAPI from "wpapi";

const bin = process.env.MASTHEAD_BIN;
const tmp = mkdtempSync(join(tmpdir(), "masthead-wpapi-"));
const db = `sqlite://${join(tmp, "wpapi.db")}?mode=rwc`;
const cli = (args, input) => execFileSync(bin, ["--database", db, ...args], { encoding: "utf8", input });
let server;
let base;

before(async () => {
  ({ server, base } = await serve(bin, ["--database", db, "serve", "--demo", "--addr", "127.0.0.1:0"]));
  cli(["user", "add", "erik", "--role", "editor"], "a long editor password\n");
  cli(["user", "add", "maria", "--role", "moderator"], "a long moderator password\n");
});

after(() => {
  server?.kill();
  rmSync(tmp, { recursive: true, force: true });
});

const appPassword = (name) => cli(["user", "app-password", name]).trim();

test("node-wpapi discovers, writes, paginates, reads comments and posts one", async () => {
  // Discovery: the Link header on the home page, then the index's routes.
  const site = await WPAPI.discover(`${base}/`);
  const first = await site.posts().perPage(1);
  assert.equal(first.length, 1);
  const demoId = first[0].id;

  // An editor writes three posts through an application password.
  const editor = new WPAPI({ endpoint: `${base}/wp-json`, username: "erik", password: appPassword("erik") });
  for (const n of [1, 2, 3]) {
    const post = await editor.posts().create({ title: `Wire item ${n}`, content: `Paragraph **${n}**.`, status: "publish" });
    assert.equal(post.title.rendered, `Wire item ${n}`);
    assert.match(post.content.rendered, new RegExp(`<strong>${n}</strong>`));
  }

  // Pagination, as the client reads it from X-WP-Total, X-WP-TotalPages and Link.
  const wp = new WPAPI({ endpoint: `${base}/wp-json` });
  const page1 = await wp.posts().perPage(2).page(1);
  assert.equal(page1.length, 2);
  assert.equal(page1._paging.total, 4);
  assert.equal(page1._paging.totalPages, 2);
  assert.ok(page1._paging.next, "a next page");
  const page2 = await page1._paging.next;
  assert.equal(page2.length, 2);
  const seen = new Set([...page1, ...page2].map((p) => p.id));
  assert.equal(seen.size, 4);

  // One post's comments: the demo discussion, without emails.
  const comments = await wp.comments().forPost(demoId).perPage(100);
  assert.ok(comments.length >= 3, `demo comments: ${comments.length}`);
  for (const c of comments) {
    assert.equal(c.post, demoId);
    assert.equal(c.author_email, undefined);
  }

  // An anonymous comment: held (first-time commenter), then approved by a moderator.
  const created = await wp.comments().create({
    post: demoId,
    author_name: "Node Reader",
    author_email: "node.reader@example.com",
    content: "Posted by node-wpapi.",
  });
  assert.equal(created.status, "hold");
  assert.equal(created.author_email, undefined);
  const moderator = new WPAPI({ endpoint: `${base}/wp-json`, username: "maria", password: appPassword("maria") });
  const held = await moderator.comments().param("status", "hold");
  assert.ok(held.some((c) => c.id === created.id && c.author_email === "node.reader@example.com"));
  const approved = await moderator.comments().id(created.id).update({ status: "approved" });
  assert.equal(approved.status, "approved");
  const after = await wp.comments().forPost(demoId).perPage(100);
  assert.ok(after.some((c) => c.id === created.id), "approved comment is public");

  // WordPress's error shape reaches the client.
  await assert.rejects(wp.posts().id(987654).get(), (e) => e.code === "rest_post_invalid_id" && e.data.status === 404);
  await assert.rejects(
    wp.posts().create({ title: "nope" }),
    (e) => e.code === "rest_cannot_create" && e.data.status === 401,
  );
});
