//! Starting the web server: open the store, derive the cookie key, serve.
use anyhow::{Context, Result};
use masthead_core::store::Store;
use masthead_web::{AppState, WebConfig};
use std::net::SocketAddr;
use std::sync::Arc;
use tokio::net::TcpListener;

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

/// Serves until `shutdown` resolves, then finishes in-flight requests.
pub async fn serve(
    listener: TcpListener,
    state: AppState,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> Result<()> {
    let app = masthead_web::router(state).into_make_service_with_connect_info::<SocketAddr>();
    axum::serve(listener, app)
        .with_graceful_shutdown(shutdown)
        .await
        .context("the server stopped with an error")
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
