// A second, independent ActivityPub server for masthead's federation tests
// (crates/masthead/tests/it/activitypub.rs): Fedify (@fedify/fedify, not
// written here) serving one account, alice, on loopback. The Rust test
// drives it through /control/… endpoints; everything between the two
// servers is ActivityPub over real HTTP:
// - /control/lookup: Fedify's lookupWebFinger and lookupObject read
//   masthead's account, actor and an article;
// - /control/follow: alice follows one of masthead's accounts (Fedify signs
//   and sends it); /control/unfollow undoes that follow;
// - /control/send: a Create, Update or Delete of a reply, a Like, a direct
//   message, an Undo of a Like, signed with Fedify's signRequest (draft-cavage or RFC 9421),
//   or tampered with after signing;
// - /control/rotate: alice's key changes;
// - /control/log: what arrived in alice's inboxes, each request checked
//   with Fedify's verifyRequest before Fedify's own inbox handled it.
// The first line on stdout is {"base": "http://127.0.0.1:PORT"}.
//
// WebFinger's acct: lookups are always made over https; masthead runs on
// plain http in tests, so https requests to MASTHEAD_AUTHORITY are sent
// over http to the same place (what a TLS proxy in front would do).
// Node 20 (Debian's) lacks ArrayBuffer.prototype.transfer, which Fedify's
// byte encoding uses; it is given here.
if (!ArrayBuffer.prototype.transfer) {
  ArrayBuffer.prototype.transfer = function (n = this.byteLength) {
    const b = new ArrayBuffer(n);
    new Uint8Array(b).set(new Uint8Array(this, 0, Math.min(n, this.byteLength)));
    return b;
  };
}

import http from "node:http";
import {
  Accept, Announce, Create, Delete, Endpoints, Follow, Like, MemoryKvStore, Note, Person,
  PUBLIC_COLLECTION, Tombstone, Undo, Update, createFederation, generateCryptoKeyPair,
  lookupObject, lookupWebFinger, signRequest, verifyRequest,
} from "@fedify/fedify";

const masthead = process.env.MASTHEAD_AUTHORITY;
const realFetch = globalThis.fetch;
globalThis.fetch = (input, init) => {
  const url = new URL(input instanceof Request ? input.url : String(input));
  if (masthead && url.protocol === "https:" && url.host === masthead) {
    url.protocol = "http:";
    return realFetch(input instanceof Request ? new Request(url, input) : url, init);
  }
  return realFetch(input, init);
};

const federation = createFederation({ kv: new MemoryKvStore(), allowPrivateAddress: true });
let alice = await generateCryptoKeyPair("RSASSA-PKCS1-v1_5");
// A key nobody published: what a forger would sign with.
const forger = await generateCryptoKeyPair("RSASSA-PKCS1-v1_5");
const received = [];
const verified = [];
// alice's follows: the followed actor's id → the Follow's id.
const follows = new Map();

federation
  .setActorDispatcher("/users/{identifier}", async (ctx, identifier) => {
    if (identifier !== "alice") return null;
    const pairs = await ctx.getActorKeyPairs(identifier);
    return new Person({
      id: ctx.getActorUri(identifier),
      preferredUsername: identifier,
      name: "Alice Example",
      url: new URL(`/@${identifier}`, ctx.url),
      inbox: ctx.getInboxUri(identifier),
      endpoints: new Endpoints({ sharedInbox: ctx.getInboxUri() }),
      publicKey: pairs[0].cryptographicKey,
    });
  })
  .setKeyPairsDispatcher(async (_ctx, identifier) => (identifier === "alice" ? [alice] : []));

const record = async (activity, object) => {
  received.push({
    type: activity.constructor.name,
    id: activity.id?.href ?? null,
    actor: activity.actorId?.href ?? null,
    object_type: object?.constructor?.name ?? null,
    object_id: object?.id?.href ?? activity.objectId?.href ?? null,
    name: object?.name?.toString() ?? null,
    content: object?.content?.toString() ?? null,
  });
};

federation
  .setInboxListeners("/users/{identifier}/inbox", "/inbox")
  // An Accept's object is alice's own Follow, a Delete's a Tombstone: their
  // ids are what matters (Fedify would fetch a cross-origin object again).
  .on(Accept, async (_ctx, a) => record(a, null))
  .on(Create, async (ctx, a) => record(a, await a.getObject(ctx)))
  .on(Update, async (ctx, a) => record(a, await a.getObject(ctx)))
  .on(Delete, async (_ctx, a) => record(a, null))
  .on(Announce, async (_ctx, a) => record(a, null));

let base;
const context = () => federation.createContext(new URL(base), undefined);

async function json(req) {
  const chunks = [];
  for await (const c of req) chunks.push(c);
  return Buffer.concat(chunks);
}

async function control(path, input) {
  const ctx = context();
  const aliceUri = ctx.getActorUri("alice");
  if (path === "/control/log") return { received, verified };
  if (path === "/control/rotate") {
    // alice's key changes, as when an instance rotates its keys.
    alice = await generateCryptoKeyPair("RSASSA-PKCS1-v1_5");
    return { rotated: true };
  }
  if (path === "/control/lookup") {
    const wf = await lookupWebFinger(input.resource, { allowPrivateAddress: true });
    const self = wf?.links?.find((l) => l.rel === "self");
    const actor = self ? await lookupObject(self.href, { documentLoader: ctx.documentLoader, contextLoader: ctx.contextLoader }) : null;
    const article = await lookupObject(input.article, { documentLoader: ctx.documentLoader, contextLoader: ctx.contextLoader });
    const replies = article ? await article.getReplies(ctx) : null;
    const items = [];
    if (replies) for await (const item of replies.getItems(ctx)) items.push(item.content?.toString() ?? null);
    const key = actor ? await actor.getPublicKey(ctx) : null;
    return {
      webfinger: wf ? { subject: wf.subject, self: self?.href ?? null } : null,
      actor: actor && {
        type: actor.constructor.name,
        id: actor.id?.href,
        username: actor.preferredUsername?.toString(),
        inbox: actor.inboxId?.href,
        shared_inbox: actor.endpoints?.sharedInbox?.href ?? null,
        key_id: key?.id?.href ?? null,
        key_owner: key?.ownerId?.href ?? null,
      },
      article: article && {
        type: article.constructor.name,
        id: article.id?.href,
        name: article.name?.toString(),
        summary: article.summary?.toString(),
        content: article.content?.toString(),
        attributed_to: article.attributionId?.href ?? null,
        replies_total: replies?.totalItems ?? null,
        replies: items,
      },
    };
  }
  if (path === "/control/follow" || path === "/control/unfollow") {
    const target = await lookupObject(input.actor, { documentLoader: ctx.documentLoader, contextLoader: ctx.contextLoader });
    if (path === "/control/follow") {
      const id = new URL(`/follows/${Date.now()}-${follows.size}`, base);
      follows.set(target.id.href, id);
      await ctx.sendActivity({ identifier: "alice" }, target, new Follow({ id, actor: aliceUri, object: target.id }));
    } else {
      const follow = new Follow({ id: follows.get(target.id.href), actor: aliceUri, object: target.id });
      await ctx.sendActivity(
        { identifier: "alice" },
        target,
        new Undo({ id: new URL(`/undo/${Date.now()}`, base), actor: aliceUri, object: follow }),
      );
    }
    return { sent: true };
  }
  if (path === "/control/send") {
    const noteId = new URL(`/notes/${input.note}`, base);
    const note = () =>
      new Note({
        id: noteId,
        attribution: aliceUri,
        content: input.content,
        replyTarget: input.in_reply_to ? new URL(input.in_reply_to) : null,
        url: new URL(`/@alice/${input.note}`, base),
        ...(input.direct ? { to: new URL(input.direct) } : { to: PUBLIC_COLLECTION }),
      });
    // `foreign_id`: an activity claiming an id on another server.
    const id = new URL(
      `/activities/${input.kind}-${input.note}-${Date.now()}`,
      input.foreign_id ? "https://elsewhere.example" : base,
    );
    const activity = {
      create: () => new Create({ id, actor: aliceUri, object: note(), to: PUBLIC_COLLECTION }),
      update: () => new Update({ id, actor: aliceUri, object: note(), to: PUBLIC_COLLECTION }),
      delete: () => new Delete({ id, actor: aliceUri, object: new Tombstone({ id: noteId }), to: PUBLIC_COLLECTION }),
      like: () => new Like({ id, actor: aliceUri, object: new URL(input.in_reply_to) }),
      unlike: () =>
        new Undo({
          id,
          actor: aliceUri,
          object: new Like({ id: new URL(input.undo), actor: aliceUri, object: new URL(input.in_reply_to) }),
        }),
    }[input.kind]();
    const body = JSON.stringify(await activity.toJsonLd({ contextLoader: ctx.contextLoader }));
    let request = new Request(input.inbox, {
      method: "POST",
      body,
      headers: { "content-type": "application/activity+json" },
    });
    const keyId = (await ctx.getActorKeyPairs("alice"))[0].keyId;
    const privateKey = input.tamper === "key" ? forger.privateKey : alice.privateKey;
    request = await signRequest(request, privateKey, keyId, { spec: input.spec });
    if (input.tamper === "body") {
      request = new Request(request.url, {
        method: "POST",
        headers: request.headers,
        body: body.replace(input.content, `${input.content} (changed in transit)`),
      });
    }
    const answer = await fetch(request);
    return { status: answer.status, body: await answer.text(), id: id.href };
  }
  return null;
}

const server = http.createServer(async (req, res) => {
  try {
    const body = await json(req);
    const url = new URL(req.url, base);
    if (url.pathname.startsWith("/control/")) {
      const out = await control(url.pathname, body.length ? JSON.parse(body) : {});
      res.writeHead(out ? 200 : 404, { "content-type": "application/json" });
      res.end(JSON.stringify(out));
      return;
    }
    const init = { method: req.method, headers: req.headers };
    if (!["GET", "HEAD"].includes(req.method)) init.body = body;
    const request = new Request(url, init);
    if (req.method === "POST" && url.pathname.endsWith("inbox")) {
      const ctx = context();
      const key = await verifyRequest(request.clone(), {
        documentLoader: ctx.documentLoader,
        contextLoader: ctx.contextLoader,
      });
      const parsed = JSON.parse(body.toString());
      verified.push({
        path: url.pathname,
        type: parsed.type,
        key_id: key?.id?.href ?? null,
        signature: req.headers["signature-input"] ? "rfc9421" : "draft-cavage",
      });
    }
    const response = await federation.fetch(request, { contextData: undefined });
    if (response.status >= 400) console.error(req.method, url.pathname, response.status, await response.clone().text());
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  } catch (e) {
    console.error(e);
    res.writeHead(500, { "content-type": "text/plain" });
    res.end(String(e?.stack ?? e));
  }
});

server.listen(0, "127.0.0.1", () => {
  base = `http://127.0.0.1:${server.address().port}`;
  console.log(JSON.stringify({ base }));
});
