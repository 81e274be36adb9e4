//! Lingering close for refused bodies. A request whose body is refused
//! before it is read (too large: 413) is answered while the client is still
//! sending; closing the socket then with unread data makes the kernel reset
//! the connection, and the client may lose the answer and see only "connection
//! reset". As nginx does (`lingering_close`), the rest of such a body is read
//! and thrown away, up to [`MAX_DRAIN`] bytes and [`DRAIN_TIME`], before the
//! answer goes out (and the connection closes: `headers::site_headers` says
//! `Connection: close`).
use axum::body::Body;
use axum::extract::Request;
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::Response;
use http_body_util::BodyExt;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::Duration;

/// At most this much of a refused body is read to let the client finish.
const MAX_DRAIN: usize = 16 * 1024 * 1024;
/// And for at most this long.
const DRAIN_TIME: Duration = Duration::from_secs(5);

type Shared = Arc<Mutex<Option<Body>>>;

/// The request's body, read through a handle this middleware keeps, so what
/// the handler left unread can still be read after it answered.
struct Kept(Shared);

impl http_body::Body for Kept {
    type Data = bytes::Bytes;
    type Error = axum::Error;

    fn poll_frame(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<http_body::Frame<Self::Data>, Self::Error>>> {
        let mut slot = self.0.lock().unwrap_or_else(|p| p.into_inner());
        match slot.as_mut() {
            Some(body) => Pin::new(body).poll_frame(cx),
            None => Poll::Ready(None),
        }
    }
}

pub async fn linger(req: Request, next: Next) -> Response {
    // Requests without a body (every page view) pass untouched.
    let has_body = req
        .headers()
        .contains_key(axum::http::header::CONTENT_LENGTH)
        || req
            .headers()
            .contains_key(axum::http::header::TRANSFER_ENCODING);
    if !has_body {
        return next.run(req).await;
    }
    let (parts, body) = req.into_parts();
    let shared: Shared = Arc::new(Mutex::new(Some(body)));
    let req = Request::from_parts(parts, Body::new(Kept(shared.clone())));
    let response = next.run(req).await;
    if response.status() == StatusCode::PAYLOAD_TOO_LARGE {
        let rest = shared.lock().unwrap_or_else(|p| p.into_inner()).take();
        if let Some(mut body) = rest {
            let _ = tokio::time::timeout(DRAIN_TIME, async {
                let mut read = 0usize;
                while let Some(Ok(frame)) = body.frame().await {
                    read += frame.data_ref().map_or(0, bytes::Bytes::len);
                    if read > MAX_DRAIN {
                        break;
                    }
                }
            })
            .await;
        }
    }
    response
}
