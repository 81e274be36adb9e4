// Readers holding a story's live stream open while bench/live.sh loads the
// site (issue 29: issue 13's figures with 1,000 readers connected). Opens N
// streams, one raw socket each (no HTTP parser: the client shares the
// machine's two cores with the server and wrk, and should cost little),
// counts the comment events each gets, and on SIGTERM prints one JSON line:
// streams open, refused, and comment events per stream.
//
//   node bench/live_streams.mjs URL N
import net from "node:net";

const [url, nArg] = process.argv.slice(2);
const N = Number(nArg);
const { hostname, port, pathname, search } = new URL(url);
const request = `GET ${pathname}${search} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nAccept: text/event-stream\r\n\r\n`;
const MARK = Buffer.from("event: comment");
const counts = new Array(N).fill(0);
let open = 0;
let refused = 0;

function connect(i) {
  const s = net.connect(Number(port), hostname, () => s.write(request));
  let first = true;
  let tail = Buffer.alloc(0);
  s.on("data", (chunk) => {
    if (first) {
      first = false;
      if (!chunk.subarray(0, 12).toString().startsWith("HTTP/1.1 200")) {
        refused += 1;
        s.destroy();
        return;
      }
      open += 1;
    }
    // The marker may straddle two chunks: the last bytes are searched again.
    const buf = tail.length ? Buffer.concat([tail, chunk]) : chunk;
    let at = buf.indexOf(MARK);
    while (at >= 0) {
      counts[i] += 1;
      at = buf.indexOf(MARK, at + MARK.length);
    }
    tail = buf.subarray(Math.max(0, buf.length - MARK.length + 1));
  });
  s.on("error", () => { refused += 1; });
  s.on("close", () => { if (!first) open -= 1; });
}

for (let i = 0; i < N; i++) {
  connect(i);
  if (i % 100 === 99) await new Promise((r) => setTimeout(r, 20));
}
process.on("SIGTERM", () => {
  const sorted = [...counts].sort((a, b) => a - b);
  console.log(JSON.stringify({ open, refused, min: sorted[0], median: sorted[N >> 1], max: sorted[N - 1] }));
  process.exit(0);
});
setInterval(() => {}, 1 << 30);
