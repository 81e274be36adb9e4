//! The load client of bench/live_push.sh (it replaced a node client, whose
//! arguments and JSON line it keeps): N readers hold the story's live
//! stream open (one socket each) while comments are approved at a given rate
//! (one CLI call per second approving that many); every event's arrival is
//! timed against the start of the call that approved it. Halfway, 10 % of
//! the readers are cut off and reconnect a second later with Last-Event-ID;
//! at the end every reader must have every approved comment exactly once.
//!
//! Node parsed ~400 MB/s of events on one core at 10,000 readers, on the
//! machine that runs the server under test, and was the bottleneck; this
//! does the same work on two runtime threads with byte slices.
//!
//!   live_client BIN DB READ_BASE ORIGIN SLUG READERS RATE SECONDS PID
//!
//! LIVE_ARRIVE_MS (50): the gap between groups of 100 arriving readers.
//! LIVE_QUIET_S (3): how long nothing must arrive before the count.
#![forbid(unsafe_code)]

use bytes::Bytes;
use http_body_util::{BodyExt, Empty, Full};
use hyper::body::Incoming;
use hyper::client::conn::http1::{self, Connection, SendRequest};
use hyper::header::{self, HeaderValue};
use hyper::{Method, Request, Response, Uri};
use hyper_util::rt::TokioIo;
use memchr::memmem::Finder;
use serde_json::Value;
use std::collections::HashMap;
use std::hash::{BuildHasher, RandomState};
use std::io::Write;
use std::net::SocketAddr;
use std::process::Stdio;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};
use tokio::net::TcpStream;
use tokio::process::Command;
use tokio::sync::{Notify, oneshot};
use tokio::time::{sleep, sleep_until};

type Error = Box<dyn std::error::Error + Send + Sync>;

fn die(msg: impl std::fmt::Display) -> ! {
    eprintln!("live_client: {msg}");
    std::process::exit(1);
}

/// Where requests for one URL go: its addresses, Host header and path.
struct Target {
    addrs: Vec<SocketAddr>,
    authority: String,
    path: String,
}

async fn target(url: &str) -> Target {
    let uri: Uri = url.parse().unwrap_or_else(|e| die(format!("{url}: {e}")));
    if uri.scheme_str() != Some("http") {
        die(format!("{url}: only http:// is supported"));
    }
    let auth = uri
        .authority()
        .unwrap_or_else(|| die(format!("{url}: no host")));
    // Resolved once, not per connection as node does: the same addresses.
    let host = auth.host().trim_start_matches('[').trim_end_matches(']');
    let addrs: Vec<SocketAddr> = tokio::net::lookup_host((host, auth.port_u16().unwrap_or(80)))
        .await
        .unwrap_or_else(|e| die(format!("{url}: {e}")))
        .collect();
    let path = uri.path_and_query().map_or("/", |p| p.as_str()).to_string();
    Target {
        addrs,
        authority: auth.to_string(),
        path,
    }
}

/// One request on a connection of its own; the whole answer.
async fn request(
    t: &Target,
    method: Method,
    form: Option<String>,
) -> Result<Response<Bytes>, Error> {
    let tcp = TcpStream::connect(&t.addrs[..]).await?;
    let (mut tx, conn) = http1::handshake(TokioIo::new(tcp)).await?;
    tokio::spawn(conn);
    let mut req = Request::builder()
        .method(method)
        .uri(&t.path)
        .header(header::HOST, &t.authority);
    if form.is_some() {
        // What fetch sends with a URLSearchParams body.
        req = req.header(
            header::CONTENT_TYPE,
            "application/x-www-form-urlencoded;charset=UTF-8",
        );
    }
    let res = tx
        .send_request(req.body(Full::new(Bytes::from(form.unwrap_or_default())))?)
        .await?;
    let (parts, body) = res.into_parts();
    Ok(Response::from_parts(
        parts,
        body.collect().await?.to_bytes(),
    ))
}

/// application/x-www-form-urlencoded, as URLSearchParams writes it.
fn form(pairs: &[(&str, &str)]) -> String {
    let mut out = String::new();
    for (i, (k, v)) in pairs.iter().enumerate() {
        if i > 0 {
            out.push('&');
        }
        for (j, s) in [k, v].into_iter().enumerate() {
            if j > 0 {
                out.push('=');
            }
            for &b in s.as_bytes() {
                match b {
                    b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'*' | b'-' | b'.' | b'_' => {
                        out.push(b as char)
                    }
                    b' ' => out.push('+'),
                    _ => out.push_str(&format!("%{b:02X}")),
                }
            }
        }
    }
    out
}

/// A held comment to approve later (a first comment from a new reader): its id.
async fn held(post: Arc<Target>, n: String) -> String {
    let body = form(&[
        ("comment_post_ID", "1"),
        ("author", &format!("Load {n}")),
        ("email", &format!("load{n}@example.com")),
        (
            "comment",
            &format!("Load comment {n}, a sentence of ordinary length for a reader's comment."),
        ),
    ]);
    let res = request(&post, Method::POST, Some(body))
        .await
        .unwrap_or_else(|e| die(format!("post {n}: {e}")));
    if res.status() != 303 {
        die(format!("post {n}: {}", res.status().as_u16()));
    }
    let loc = res
        .headers()
        .get(header::LOCATION)
        .and_then(|l| l.to_str().ok())
        .unwrap_or("");
    match loc.split("#comment-").nth(1) {
        Some(id) => id.to_string(),
        None => die(format!("post {n}: Location {loc:?}")),
    }
}

/// Sum of the `masthead_http_requests_total{…} N` lines of /metrics.
async fn requests(metrics: &Target) -> f64 {
    let res = request(metrics, Method::GET, None)
        .await
        .unwrap_or_else(|e| die(format!("metrics: {e}")));
    let text = String::from_utf8_lossy(res.body());
    let mut n = 0.0;
    for line in text.split('\n') {
        let value = line
            .strip_prefix("masthead_http_requests_total{")
            .and_then(|l| l.rsplit_once("} "))
            .map(|(_, v)| v);
        if let Some(v) = value.filter(|v| !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit())) {
            n += v.parse::<f64>().unwrap_or(0.0);
        }
    }
    n
}

/// The server's resident memory, kB.
fn rss(pid: &str) -> f64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status"))
        .unwrap_or_else(|e| die(format!("pid {pid}: {e}")));
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.split_whitespace().next()?.parse().ok())
        .unwrap_or_else(|| die(format!("pid {pid}: no VmRSS")))
}

/// What every reader shares.
struct Ctx {
    /// READ_BASE/articles/SLUG/live.
    live: Target,
    epoch: Instant,
    /// Comment id → its index in the list of held comments.
    slot: HashMap<u64, usize>,
    /// Per held comment: 1 + ns after `epoch` when its approval started; 0 until then.
    approved_at: Vec<AtomicU64>,
    retries: AtomicU64,
    /// Latencies timed + distinct comments got, over all readers: the drain
    /// watches it (node sums the same over its arrays).
    progress: AtomicU64,
    /// Streams opened again because a `chain` event showed a missed item.
    gap_reopens: AtomicU64,
    blank_line: Finder<'static>,
    id_key: Finder<'static>,
    comment_event: Finder<'static>,
}

impl Ctx {
    fn new(live: Target, slot: HashMap<u64, usize>, approved_at: Vec<AtomicU64>) -> Self {
        Self {
            live,
            epoch: Instant::now(),
            slot,
            approved_at,
            retries: AtomicU64::new(0),
            progress: AtomicU64::new(0),
            gap_reopens: AtomicU64::new(0),
            blank_line: Finder::new(b"\n\n"),
            id_key: Finder::new(b"\"id\":"),
            comment_event: Finder::new(b"event: comment"),
        }
    }
}

#[derive(Default)]
struct State {
    /// Times each held comment (by its index) was delivered.
    got: Vec<u32>,
    /// The same for any other comment (node counts those too).
    got_other: HashMap<u64, u32>,
    /// The last event id, sent back as Last-Event-ID.
    last: Vec<u8>,
    latencies: Vec<f64>,
    tries: u32,
    errors: u32,
    cut: bool,
    /// Body bytes and heartbeats received (to tell a dead stream from a
    /// silent one).
    bytes: u64,
    heartbeats: u32,
    /// A `chain` event named an item this reader never got: reopen.
    gap: bool,
}

/// One reader; its state is locked once per body frame, only ever contended
/// by the main task's cut and final count.
struct Reader {
    state: Mutex<State>,
    cut: Notify,
}

/// An open 200 stream. The connection is driven by the reader's own task
/// (no task per socket); dropping this closes the socket.
struct Stream {
    conn: Connection<TokioIo<TcpStream>, Empty<Bytes>>,
    conn_done: bool,
    _tx: SendRequest<Empty<Bytes>>,
    body: Incoming,
}

/// One try: the stream if the answer is 200.
async fn open(ctx: &Ctx, last: &[u8]) -> Option<Stream> {
    let tcp = TcpStream::connect(&ctx.live.addrs[..]).await.ok()?;
    let (mut tx, mut conn) = http1::handshake(TokioIo::new(tcp)).await.ok()?;
    let mut req = Request::get(&ctx.live.path)
        .header(header::HOST, &ctx.live.authority)
        .header(header::ACCEPT, "text/event-stream")
        // What node's http.Agent({keepAlive: false}) sends.
        .header(header::CONNECTION, "close");
    if !last.is_empty() {
        req = req.header("last-event-id", HeaderValue::from_bytes(last).ok()?);
    }
    let fut = tx.send_request(req.body(Empty::new()).ok()?);
    tokio::pin!(fut);
    let mut conn_done = false;
    let res = loop {
        tokio::select! {
            res = &mut fut => break res.ok()?,
            _ = &mut conn, if !conn_done => conn_done = true,
        }
    };
    (res.status() == 200).then(|| Stream {
        conn,
        conn_done,
        _tx: tx,
        body: res.into_body(),
    })
}

/// As a browser's EventSource does: a refused or failed connection is tried
/// again a second or so later (up to 10 times), from the last event seen.
async fn connect(ctx: &Ctx, r: &Reader) -> Option<Stream> {
    for _ in 0..10 {
        let last = {
            let mut st = r.state.lock().unwrap();
            st.tries += 1;
            st.last.clone()
        };
        if let Some(s) = open(ctx, &last).await {
            return Some(s);
        }
        ctx.retries.fetch_add(1, Ordering::Relaxed);
        let jitter = RandomState::new().hash_one(Instant::now()) % 1000;
        sleep(Duration::from_millis(1000 + jitter)).await;
    }
    r.state.lock().unwrap().errors += 1;
    None
}

enum End {
    /// The server ended the stream: open it again, as a browser does.
    Closed,
    /// Never connected, or the stream failed (node gets no "end" then and
    /// leaves the reader alone until it is cut).
    Broken,
    Cut,
}

/// Connects (signalling the first outcome on `arrived`) and reads to the end.
async fn session(ctx: &Ctx, r: &Reader, arrived: &mut Option<oneshot::Sender<()>>) -> End {
    let stream = connect(ctx, r).await;
    if let Some(tx) = arrived.take() {
        let _ = tx.send(());
    }
    let Some(mut s) = stream else {
        return End::Broken;
    };
    let mut buf = Vec::new(); // the unfinished block, across frames
    loop {
        let frame = tokio::select! {
            f = s.body.frame() => f,
            _ = &mut s.conn, if !s.conn_done => { s.conn_done = true; continue; }
        };
        match frame {
            None => return End::Closed,
            Some(Err(_)) => return End::Broken,
            Some(Ok(f)) => {
                if let Ok(data) = f.into_data() {
                    feed(ctx, r, &mut buf, &data);
                    // As the page's script does: a stream that missed an
                    // item is opened again from the last event it got.
                    let mut st = r.state.lock().unwrap();
                    if st.gap {
                        st.gap = false;
                        drop(st);
                        ctx.gap_reopens.fetch_add(1, Ordering::Relaxed);
                        return End::Closed;
                    }
                }
            }
        }
    }
}

async fn reader(ctx: Arc<Ctx>, r: Arc<Reader>, arrived: oneshot::Sender<()>) {
    let mut arrived = Some(arrived);
    loop {
        // A cut drops whatever is under way: the stream, or a try and its wait.
        let end = tokio::select! {
            _ = r.cut.notified() => End::Cut,
            end = session(&ctx, &r, &mut arrived) => end,
        };
        match end {
            End::Closed => continue,
            End::Broken => r.cut.notified().await,
            End::Cut => {}
        }
        // Back a second after the cut, from where it left.
        sleep(Duration::from_secs(1)).await;
    }
}

/// Adds a body frame to the reader's unfinished block and handles every
/// block it completes.
fn feed(ctx: &Ctx, r: &Reader, buf: &mut Vec<u8>, data: &[u8]) {
    let now = ctx.epoch.elapsed().as_nanos() as u64;
    let mut st = r.state.lock().unwrap();
    st.bytes += data.len() as u64;
    let progress = if buf.is_empty() {
        // The usual case: blocks straight from the frame, no copy.
        let (used, n) = blocks(ctx, &mut st, data, now);
        buf.extend_from_slice(&data[used..]);
        n
    } else {
        buf.extend_from_slice(data);
        let (used, n) = blocks(ctx, &mut st, buf, now);
        buf.drain(..used);
        n
    };
    drop(st);
    if progress > 0 {
        ctx.progress.fetch_add(progress, Ordering::Relaxed);
    }
}

/// Handles the complete blocks ("\n\n"-ended) of `data`: how many bytes they
/// took, and how much progress (see `Ctx::progress`) they made.
fn blocks(ctx: &Ctx, st: &mut State, data: &[u8], now: u64) -> (usize, u64) {
    let (mut pos, mut progress) = (0, 0);
    while let Some(len) = ctx.blank_line.find(&data[pos..]) {
        let block = &data[pos..pos + len];
        pos += len + 2;
        if block.starts_with(b": heartbeat") {
            st.heartbeats += 1;
        }
        // Behind a GRIP proxy each item opens with the number of the one
        // before it; the reader's last id must be that number.
        if let Some(data) = block.strip_prefix(b"event: chain\ndata: {\"prev\":") {
            let n = data.iter().take_while(|b| b.is_ascii_digit()).count();
            if data[..n] != st.last[..] {
                st.gap = true;
                break;
            }
            continue;
        }
        let Some(rest) = block.strip_prefix(b"id: ") else {
            continue;
        };
        // Every id moves the reader's last id (as EventSource's), events
        // or not: each item ends with its own number.
        let line = memchr::memchr(b'\n', rest).map_or(rest, |n| &rest[..n]);
        st.last.clear();
        st.last.extend_from_slice(line);
        // The first `"id":<digits>`: the data JSON starts {"id":N,
        let comment = ctx.id_key.find_iter(block).find_map(|i| {
            let digits = &block[i + 5..];
            let n = digits.iter().take_while(|b| b.is_ascii_digit()).count();
            std::str::from_utf8(&digits[..n]).ok()?.parse::<u64>().ok()
        });
        let Some(comment) = comment else { continue };
        if ctx.comment_event.find(block).is_none() {
            continue;
        }
        let slot = ctx.slot.get(&comment).copied();
        let n = match slot {
            Some(i) => &mut st.got[i],
            None => st.got_other.entry(comment).or_insert(0),
        };
        *n += 1;
        if *n == 1 {
            progress += 1;
        }
        let at = slot.map_or(0, |i| ctx.approved_at[i].load(Ordering::Acquire));
        if at > 0 && !st.cut {
            st.latencies.push((now as f64 - (at - 1) as f64) / 1e6);
            progress += 1;
        }
    }
    (pos, progress)
}

/// This process's user + system CPU time so far, from /proc/self/stat
/// (clock ticks of 1/100 s, as on every Linux this runs on).
fn own_cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // Fields after the command name (which ends with the last ')').
    let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks = |i: usize| {
        fields
            .get(i)
            .and_then(|v| v.parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    // utime and stime are fields 14 and 15 of the line: 11 and 12 here.
    (ticks(11) + ticks(12)) / 100.0
}

/// A number as JSON.stringify writes it: integral values without ".0",
/// NaN and infinities as null.
fn js(x: f64) -> Value {
    if x.is_finite() && x.fract() == 0.0 && x.abs() < 9e15 {
        Value::from(x as i64)
    } else {
        Value::from(x)
    }
}

fn pct(sorted: &[f64], p: f64) -> Value {
    if sorted.is_empty() {
        return Value::Null;
    }
    let i = ((p / 100.0) * sorted.len() as f64).floor() as usize;
    js(sorted[i.min(sorted.len() - 1)])
}

fn main() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap_or_else(|e| die(e));
    rt.block_on(run());
    // Open streams are not waited for.
    std::process::exit(0);
}

async fn run() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [
        bin,
        db,
        read_base,
        origin,
        slug,
        readers,
        rate,
        seconds,
        pid,
    ] = &args[..]
    else {
        die("usage: live_client BIN DB READ_BASE ORIGIN SLUG READERS RATE SECONDS PID");
    };
    let number = |s: &str| {
        s.parse::<usize>()
            .unwrap_or_else(|_| die(format!("not a count: {s}")))
    };
    let (n_readers, rate, n_seconds) = (number(readers), number(rate), number(seconds));
    let post = Arc::new(target(&format!("{origin}/comments")).await);
    let metrics = target(&format!("{origin}/metrics")).await;

    // Held comments, 20 at a time.
    let total = rate * n_seconds;
    let mut ids = Vec::with_capacity(total);
    for i in (0..total).step_by(20) {
        let ms = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_millis());
        let tasks: Vec<_> = (i..total.min(i + 20))
            .map(|k| tokio::spawn(held(post.clone(), format!("{ms}-{k}"))))
            .collect();
        for t in tasks {
            ids.push(t.await.unwrap_or_else(|e| die(e)));
        }
    }
    let keys: Vec<u64> = ids
        .iter()
        .map(|id| {
            id.parse()
                .unwrap_or_else(|_| die(format!("comment id {id:?}")))
        })
        .collect();

    let rss_before = rss(pid);
    let ctx = Arc::new(Ctx::new(
        target(&format!("{read_base}/articles/{slug}/live")).await,
        keys.iter().enumerate().map(|(i, &k)| (k, i)).collect(),
        keys.iter().map(|_| AtomicU64::new(0)).collect(),
    ));
    let readers: Vec<Arc<Reader>> = (0..n_readers)
        .map(|_| {
            let st = State {
                got: vec![0; total],
                ..State::default()
            };
            Arc::new(Reader {
                state: Mutex::new(st),
                cut: Notify::new(),
            })
        })
        .collect();
    // Readers arrive 100 at a time, 50 ms apart (a story's audience grows
    // over seconds, not in one instant; LIVE_ARRIVE_MS sets the gap).
    let gap: u64 = std::env::var("LIVE_ARRIVE_MS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(50);
    let mut arrived = Vec::with_capacity(n_readers);
    for group in readers.chunks(100) {
        for r in group {
            let (tx, rx) = oneshot::channel();
            arrived.push(rx);
            tokio::spawn(reader(ctx.clone(), r.clone(), tx));
        }
        sleep(Duration::from_millis(gap)).await;
    }
    for rx in arrived {
        let _ = rx.await;
    }
    sleep(Duration::from_secs(1)).await;
    let rss_after = rss(pid);
    let req_before = requests(&metrics).await;
    let started = Instant::now();

    let mut approving = Vec::new();
    for s in 0..n_seconds {
        let range = (s * rate).min(total)..((s + 1) * rate).min(total);
        let t = Instant::now();
        let at = (t - ctx.epoch).as_nanos() as u64 + 1;
        for slot in &ctx.approved_at[range.clone()] {
            slot.store(at, Ordering::Release);
        }
        let child = Command::new(bin)
            .args(["--database", db, "comments", "approve"])
            .args(&ids[range])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn();
        approving.extend(child.ok());
        if s == n_seconds / 2 {
            // Cut 10 % off; they come back a second later where they left.
            for r in readers.iter().step_by(10) {
                r.state.lock().unwrap().cut = true;
                r.cut.notify_one();
            }
        }
        sleep_until((t + Duration::from_secs(1)).into()).await;
    }
    for mut c in approving {
        let _ = c.wait().await;
    }
    // Late is not lost: wait until nothing has arrived for QUIET seconds
    // (LIVE_QUIET_S, 3 by default; at most 60 s or 3 quiet spells), then
    // count what never came.
    let quiet: u64 = std::env::var("LIVE_QUIET_S")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3);
    let drain_start = Instant::now();
    let mut seen = None;
    while drain_start.elapsed() < Duration::from_secs(60.max(3 * quiet)) {
        let now = ctx.progress.load(Ordering::Relaxed);
        if seen == Some(now) {
            break;
        }
        seen = Some(now);
        sleep(Duration::from_secs(quiet)).await;
    }
    let drained = drain_start.elapsed().as_secs_f64();
    let elapsed = started.elapsed().as_secs_f64();
    let req_after = requests(&metrics).await;

    let (mut lost, mut twice, mut errors) = (0u64, 0u64, 0u64);
    let (mut dup_readers, mut dup_cut, mut loss_readers) = (0u64, 0u64, 0u64);
    let (mut empty_readers, mut empty_cut, mut empty_retried) = (0u64, 0u64, 0u64);
    let (mut empty_bytes, mut empty_beats, mut empty_first) = (0u64, 0u64, Vec::new());
    let mut empty_last = 0;
    let mut latencies = Vec::new();
    for (index, r) in readers.iter().enumerate() {
        let st = r.state.lock().unwrap();
        errors += u64::from(st.errors);
        let missed = st.got.iter().filter(|&&n| n == 0).count();
        lost += missed as u64;
        twice += st
            .got
            .iter()
            .map(|&n| u64::from(n.saturating_sub(1)))
            .sum::<u64>();
        if st.got.iter().chain(st.got_other.values()).any(|&n| n > 1) {
            dup_readers += 1;
            dup_cut += u64::from(st.cut);
        }
        if missed > 0 {
            loss_readers += 1;
        }
        if missed == total {
            empty_readers += 1;
            empty_cut += u64::from(st.cut);
            empty_retried += u64::from(st.tries > 1);
            empty_bytes += u64::from(st.bytes > 0);
            empty_beats += u64::from(st.heartbeats > 0);
            if empty_first.len() < 20 {
                empty_first.push(index);
            }
            empty_last = index;
        }
        latencies.extend_from_slice(&st.latencies);
    }
    latencies.sort_by(f64::total_cmp);

    let fields = [
        ("readers", Value::from(n_readers)),
        ("rate", Value::from(rate)),
        ("seconds", Value::from(n_seconds)),
        ("events", Value::from(latencies.len())),
        ("p50", pct(&latencies, 50.0)),
        ("p95", pct(&latencies, 95.0)),
        ("p99", pct(&latencies, 99.0)),
        ("lost", Value::from(lost)),
        ("twice", Value::from(twice)),
        ("errors", Value::from(errors)),
        ("retries", Value::from(ctx.retries.load(Ordering::Relaxed))),
        (
            "gap_reopens",
            Value::from(ctx.gap_reopens.load(Ordering::Relaxed)),
        ),
        ("drained_s", js(drained)),
        ("dup_readers", Value::from(dup_readers)),
        ("loss_readers", Value::from(loss_readers)),
        ("empty_readers", Value::from(empty_readers)),
        ("empty_cut", Value::from(empty_cut)),
        ("empty_retried", Value::from(empty_retried)),
        ("dup_cut", Value::from(dup_cut)),
        // Of the readers that got nothing: how many got any bytes at all,
        // any heartbeat, and the first few readers' numbers (arrival order).
        ("empty_with_bytes", Value::from(empty_bytes)),
        ("empty_with_heartbeat", Value::from(empty_beats)),
        ("empty_first", Value::from(empty_first)),
        ("empty_last", Value::from(empty_last)),
        // The client's own CPU seconds (user + system), over the whole run.
        ("client_cpu_s", js(own_cpu_seconds())),
        ("origin_rps", js((req_after - req_before - 1.0) / elapsed)),
        (
            "rss_kb_per_1000",
            js((rss_after - rss_before) * 1000.0 / n_readers as f64),
        ),
    ];
    // Keys in node's order (serde_json's map would sort them).
    let body: Vec<String> = fields.iter().map(|(k, v)| format!("\"{k}\":{v}")).collect();
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{{{}}}", body.join(","));
    let _ = out.flush();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_split_anywhere_across_frames_count_once() {
        let ctx = Ctx::new(
            Target {
                addrs: vec![],
                authority: String::new(),
                path: String::new(),
            },
            HashMap::from([(7, 0), (8, 1)]),
            vec![AtomicU64::new(1), AtomicU64::new(0)],
        );
        let wire: &[u8] =
            b"retry: 3000\n\n: heartbeat\n\nid: 41\nevent: removed\ndata: {\"id\":3}\n\n\
            id: 42\nevent: comment\ndata: {\"id\":7,\"html\":\"<li id=\\\"comment-7\\\">\"}\n\n\
            id: 43\nevent: comment\ndata: {\"id\":8,\"parent\":null}\n\nid: 44\nevent: comm";
        for cut in 0..=wire.len() {
            let st = State {
                got: vec![0; 2],
                ..State::default()
            };
            let r = Reader {
                state: Mutex::new(st),
                cut: Notify::new(),
            };
            let mut buf = Vec::new();
            feed(&ctx, &r, &mut buf, &wire[..cut]);
            feed(&ctx, &r, &mut buf, &wire[cut..]);
            let st = r.state.lock().unwrap();
            assert_eq!(st.got, [1, 1], "cut at {cut}");
            assert!(st.got_other.is_empty());
            assert_eq!(st.last, b"43");
            assert_eq!(st.latencies.len(), 1, "only comment 7 was approved");
            assert_eq!(buf, b"id: 44\nevent: comm");
        }
    }
}
