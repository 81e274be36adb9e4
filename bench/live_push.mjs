// The load client of bench/live_push.sh: N readers hold the story's live
// stream open (one socket each) while comments are approved at a given rate
// (one CLI call per second approving that many); every event's arrival is
// timed against the start of the call that approved it. Halfway, 10 % of
// the readers are cut off and reconnect a second later with Last-Event-ID;
// at the end every reader must have every approved comment exactly once.
// Prints one JSON line.
//
//   node bench/live_push.mjs BIN DB READ_BASE ORIGIN SLUG READERS RATE SECONDS PID
import http from "node:http";
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";

const [bin, db, readBase, origin, slug, readersArg, rateArg, secondsArg, pidArg] = process.argv.slice(2);
const READERS = Number(readersArg);
const RATE = Number(rateArg);
const SECONDS = Number(secondsArg);
const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity });

const rss = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pidArg}/status`, "utf8"))[1]);
async function requests() {
  const text = await (await fetch(`${origin}/metrics`)).text();
  let n = 0;
  for (const m of text.matchAll(/^masthead_http_requests_total\{.*\} (\d+)$/gm)) n += Number(m[1]);
  return n;
}

// Held comments to approve later: first comments from new readers.
async function held(n) {
  const r = await fetch(`${origin}/comments`, {
    method: "POST",
    body: new URLSearchParams({ comment_post_ID: "1", author: `Load ${n}`, email: `load${n}@example.com`, comment: `Load comment ${n}, a sentence of ordinary length for a reader's comment.` }),
    redirect: "manual",
  });
  if (r.status !== 303) throw new Error(`post ${n}: ${r.status}`);
  return r.headers.get("location").split("#comment-")[1];
}

const approvedAt = new Map(); // comment id → ms when its approval started
const latencies = [];

// As a browser's EventSource does: a refused or failed connection is tried
// again a second or so later (up to 10 times), from the last event seen.
let retries = 0;
async function connect(reader, lastId) {
  for (let attempt = 0; attempt < 10; attempt++) {
    reader.tries = (reader.tries ?? 0) + 1;
    if (await once(reader, lastId ?? reader.last)) return true;
    retries += 1;
    await new Promise((r) => setTimeout(r, 1000 + Math.random() * 1000));
  }
  reader.errors += 1;
  return false;
}

function once(reader, lastId) {
  return new Promise((resolve) => {
    const headers = { accept: "text/event-stream" };
    if (lastId) headers["last-event-id"] = lastId;
    const req = http.get(`${readBase}/articles/${slug}/live`, { agent, headers }, (res) => {
      if (res.statusCode !== 200) {
        res.resume();
        return resolve(false);
      }
      reader.res = res;
      res.setEncoding("utf8");
      let buf = "";
      res.on("data", (chunk) => {
        buf += chunk;
        let cut;
        while ((cut = buf.indexOf("\n\n")) >= 0) {
          const block = buf.slice(0, cut);
          buf = buf.slice(cut + 2);
          if (!block.startsWith("id: ")) continue;
          const id = block.slice(4, block.indexOf("\n"));
          const m = /"id":(\d+)/.exec(block);
          if (!m || !block.includes("event: comment")) continue;
          reader.last = id;
          const c = m[1];
          reader.got.set(c, (reader.got.get(c) ?? 0) + 1);
          const t = approvedAt.get(c);
          if (t !== undefined && !reader.cut) latencies.push(performance.now() - t);
        }
      });
      res.on("error", () => {});
      // A stream the server ends is opened again, as a browser does.
      res.on("end", () => { if (!reader.closing) connect(reader); });
      resolve(true);
    });
    req.on("error", () => resolve(false));
    reader.req = req;
  });
}

const pct = (xs, p) => {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

const total = RATE * SECONDS;
const ids = [];
for (let i = 0; i < total; i += 20) {
  ids.push(...(await Promise.all(Array.from({ length: Math.min(20, total - i) }, (_, k) => held(`${Date.now()}-${i + k}`)))));
}
const rssBefore = rss();
const readers = Array.from({ length: READERS }, () => ({ got: new Map(), last: null, errors: 0 }));
// Readers arrive 100 at a time, 50 ms apart (a story's audience grows over
// seconds, not in one instant).
const arrived = [];
for (let i = 0; i < READERS; i += 100) {
  arrived.push(...readers.slice(i, i + 100).map((r) => connect(r)));
  await new Promise((r) => setTimeout(r, 50));
}
await Promise.all(arrived);
await new Promise((r) => setTimeout(r, 1000));
const rssAfter = rss();
const reqBefore = await requests();
const started = performance.now();

let approving = [];
for (let s = 0; s < SECONDS; s++) {
  const batch = ids.slice(s * RATE, (s + 1) * RATE);
  const t = performance.now();
  for (const c of batch) approvedAt.set(c, t);
  approving.push(new Promise((resolve) => execFile(bin, ["--database", db, "comments", "approve", ...batch], resolve)));
  if (s === Math.floor(SECONDS / 2)) {
    // Cut 10 % off; they come back a second later where they left.
    const cut = readers.filter((_, i) => i % 10 === 0);
    for (const r of cut) { r.cut = true; r.closing = true; r.req.destroy(); r.res?.destroy(); }
    setTimeout(() => cut.forEach((r) => { r.closing = false; connect(r, r.last); }), 1000);
  }
  await new Promise((r) => setTimeout(r, Math.max(0, 1000 - (performance.now() - t))));
}
await Promise.all(approving);
// Late is not lost: wait until nothing has arrived for 3 s (at most 60 s),
// then count what never came.
const drainStart = performance.now();
for (let seen = -1; performance.now() - drainStart < 60000;) {
  const now = latencies.length + readers.reduce((n, r) => n + r.got.size, 0);
  if (now === seen) break;
  seen = now;
  await new Promise((r) => setTimeout(r, 3000));
}
const drained = (performance.now() - drainStart) / 1000;
const seconds = (performance.now() - started) / 1000;
const reqAfter = await requests();
let lost = 0, twice = 0, errors = 0, dupReaders = 0, dupCut = 0, lossReaders = 0, emptyReaders = 0, emptyCut = 0, emptyRetried = 0;
for (const r of readers) {
  errors += r.errors;
  for (const c of ids) {
    const n = r.got.get(c) ?? 0;
    if (n === 0) lost += 1;
    if (n > 1) twice += n - 1;
  }
  if ([...r.got.values()].some((n) => n > 1)) { dupReaders += 1; if (r.cut) dupCut += 1; }
  const missed = ids.filter((c) => !r.got.get(c)).length;
  if (missed > 0) lossReaders += 1;
  if (missed === ids.length) { emptyReaders += 1; if (r.cut) emptyCut += 1; if (r.tries > 1) emptyRetried += 1; }
  r.closing = true;
  r.req.destroy();
  r.res?.destroy();
}
console.log(JSON.stringify({
  readers: READERS, rate: RATE, seconds: SECONDS, events: latencies.length,
  p50: pct(latencies, 50), p95: pct(latencies, 95), p99: pct(latencies, 99),
  lost, twice, errors, retries, drained_s: drained, dup_readers: dupReaders, loss_readers: lossReaders, empty_readers: emptyReaders, empty_cut: emptyCut, empty_retried: emptyRetried, dup_cut: dupCut,
  origin_rps: (reqAfter - reqBefore - 1) / seconds,
  rss_kb_per_1000: ((rssAfter - rssBefore) * 1000) / READERS,
}));
process.exit(0);
