//! Starting the web server: open the store, derive the cookie key, serve.
use anyhow::{Context, Result};
use axum::extract::ConnectInfo;
use axum::http::Request;
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use masthead_core::store::Store;
use masthead_web::{AppState, WebConfig};
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;
use tower_service::Service;

/// Builds the application state for a store: loads (or creates) the site secret.
pub async fn app_state(store: Arc<dyn Store>, config: WebConfig) -> Result<AppState> {
    let candidate =
        masthead_web::new_secret().context("cannot read randomness from the operating system")?;
    let secret = store.site_secret(&candidate).await?;
    Ok(AppState::new(store, config, &secret)?)
}

/// Binds `addr` (port 0 picks a free port) and returns the listener and its address.
pub async fn bind(addr: SocketAddr) -> Result<(TcpListener, SocketAddr)> {
    let listener = TcpListener::bind(addr)
        .await
        .with_context(|| format!("cannot listen on {addr}"))?;
    let local = listener.local_addr()?;
    Ok((listener, local))
}

/// How long a client may take to send its request headers before the
/// connection is closed (slow-loris defence; the body is bounded by the web
/// layer's request timeout).
pub const HEADER_TIMEOUT: Duration = Duration::from_secs(10);
/// How long in-flight requests may take to finish after a shutdown signal.
const DRAIN_TIMEOUT: Duration = Duration::from_secs(30);

/// Background upkeep, at start and then on a clock: identicon seeds for
/// comments stored without one (imports, staff replies), every minute; IP
/// addresses older than `privacy.ip_retention_days`, every hour.
async fn upkeep(state: AppState) {
    let mut minute = 0u64;
    loop {
        match masthead_core::service::fill_avatars(state.store.as_ref(), state.secret()).await {
            Ok(0) => {}
            Ok(n) => tracing::info!("identicon seeds computed for {n} comments"),
            Err(e) => tracing::warn!("identicon seeds not computed: {e}"),
        }
        if minute.is_multiple_of(60) {
            let cleared = match state.settings().await {
                Ok(settings) => masthead_core::service::forget_old_addresses(
                    state.store.as_ref(),
                    &settings,
                    masthead_core::chrono::Utc::now(),
                )
                .await
                .map_err(|e| e.to_string()),
                Err(e) => Err(e.to_string()),
            };
            match cleared {
                Ok(0) => {}
                Ok(n) => tracing::info!("IP addresses cleared from {n} comments past retention"),
                Err(e) => tracing::warn!("old IP addresses not cleared: {e}"),
            }
        }
        minute += 1;
        tokio::time::sleep(Duration::from_secs(60)).await;
    }
}

/// Serves until `shutdown` resolves, then finishes in-flight requests.
///
/// A hand-written accept loop on hyper rather than `axum::serve`, because
/// `axum::serve` cannot set hyper's header-read timeout.
pub async fn serve(
    listener: TcpListener,
    state: AppState,
    header_timeout: Duration,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> Result<()> {
    tokio::spawn(upkeep(state.clone()));
    // Live streams: one pump per server, fed by the database's changes.
    tokio::spawn(masthead_web::follow_live(state.clone()));
    // Wire sources: polled on whichever node holds the `wire-poll` lease.
    tokio::spawn(crate::wire::run(state.store.clone()));
    // Webmentions: their sources fetched and checked, one node at a time.
    match crate::federation::Checker::new(state.config.allow_private_addresses) {
        Ok(checker) => {
            tokio::spawn(crate::federation::run(
                state.clone(),
                checker,
                Duration::from_secs(2),
            ));
        }
        Err(e) => tracing::error!("webmentions will not be checked: {e}"),
    }
    let router = masthead_web::router(state);
    let mut http = http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(header_timeout);
    let graceful = GracefulShutdown::new();
    let threads = ConnectionThreads::get();
    tokio::pin!(shutdown);
    loop {
        tokio::select! {
            accepted = listener.accept() => {
                let (stream, peer) = match accepted {
                    Ok(a) => a,
                    Err(e) => {
                        // Out of file descriptors and the like: wait, don't spin.
                        tracing::warn!("accept failed: {e}");
                        tokio::time::sleep(Duration::from_millis(50)).await;
                        continue;
                    }
                };
                let router = router.clone();
                let service = service_fn(move |mut req: Request<Incoming>| {
                    req.extensions_mut().insert(ConnectInfo(peer));
                    let mut router = router.clone();
                    async move { router.call(req).await }
                });
                // Handed to a connection thread: the socket leaves this
                // runtime's reactor and joins that thread's.
                let stream = match stream.into_std() {
                    Ok(s) => s,
                    Err(e) => {
                        tracing::debug!("connection from {peer} lost on hand-over: {e}");
                        continue;
                    }
                };
                let (http, watcher) = (http.clone(), graceful.watcher());
                threads.next().spawn(async move {
                    let stream = match tokio::net::TcpStream::from_std(stream) {
                        Ok(s) => s,
                        Err(e) => return tracing::debug!("connection from {peer} lost: {e}"),
                    };
                    let conn = watcher.watch(http.serve_connection(TokioIo::new(stream), service));
                    if let Err(e) = conn.await {
                        tracing::debug!("connection from {peer} ended: {e}");
                    }
                });
            }
            () = &mut shutdown => break,
        }
    }
    drop(listener);
    tokio::select! {
        () = graceful.shutdown() => {},
        () = tokio::time::sleep(DRAIN_TIMEOUT) => tracing::warn!("gave up waiting for open connections"),
    }
    Ok(())
}

/// The threads that serve connections: one per core, each running a
/// single-threaded runtime. A connection stays on the thread it was handed
/// to, as in nginx's workers, so a cached page is answered without the
/// work-stealing scheduler's cross-thread wake-ups; measured on 2 cores,
/// 22.7 µs of CPU per cached article page against 28–38 µs on tokio's
/// multi-threaded runtime (docs/performance.md). Work that takes long
/// (password hashing, photo decoding) goes to the blocking pool, so one
/// request never holds up the other connections of its thread.
///
/// The threads are made once per process and live as long as it does:
/// database connections opened on one of them stay usable by all.
pub struct ConnectionThreads {
    handles: Vec<tokio::runtime::Handle>,
    next: std::sync::atomic::AtomicUsize,
}

impl ConnectionThreads {
    pub fn get() -> &'static Self {
        static THREADS: std::sync::OnceLock<ConnectionThreads> = std::sync::OnceLock::new();
        THREADS.get_or_init(|| {
            let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
            let handles: Vec<_> = (0..cores)
                .filter_map(|i| connection_thread(i).ok())
                .collect();
            Self {
                handles,
                next: std::sync::atomic::AtomicUsize::new(0),
            }
        })
    }

    /// The thread for the next connection (round robin), or the caller's
    /// runtime if no thread could be started.
    fn next(&self) -> tokio::runtime::Handle {
        if self.handles.is_empty() {
            return tokio::runtime::Handle::current();
        }
        let i = self.next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        self.handles[i % self.handles.len()].clone()
    }
}

fn connection_thread(i: usize) -> std::io::Result<tokio::runtime::Handle> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let handle = runtime.handle().clone();
    std::thread::Builder::new()
        .name(format!("masthead-http-{i}"))
        .spawn(move || runtime.block_on(std::future::pending::<()>()))?;
    Ok(handle)
}

/// Resolves on Ctrl-C or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
}
