//! The client against real servers on loopback: the guard refuses before
//! connecting, the size limit and the timeouts hold, redirects are not
//! followed. Nothing here leaves the machine: the guard's refusals of other
//! ranges are tested on the address alone (`guard` unit tests).
use masthead_outbound::guard::Range;
use masthead_outbound::{Client, Config, Error, Method, Reach, Request, StatusCode};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// What the test server does once it has read a request.
#[derive(Clone, Copy)]
enum Answer {
    /// 200 with this many bytes, with a Content-Length.
    Sized(usize),
    /// 200 with this many bytes, chunked (no length known in advance).
    Chunked(usize),
    /// Headers, then a body that never comes.
    Stall,
    /// Nothing at all.
    Silent,
    /// 302 to another path of the same server.
    Redirect,
}

/// A server on 127.0.0.1 that records the head of every request it reads.
struct Server {
    base: String,
    port: u16,
    heads: Arc<Mutex<Vec<String>>>,
}

impl Server {
    async fn start(answer: Answer) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let port = listener.local_addr().expect("addr").port();
        let heads: Arc<Mutex<Vec<String>>> = Arc::default();
        let seen = heads.clone();
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                tokio::spawn(serve(stream, answer, seen.clone()));
            }
        });
        Self {
            base: format!("http://127.0.0.1:{port}"),
            port,
            heads,
        }
    }

    fn heads(&self) -> Vec<String> {
        self.heads.lock().expect("lock").clone()
    }
}

async fn serve(mut stream: TcpStream, answer: Answer, seen: Arc<Mutex<Vec<String>>>) {
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") {
        match stream.read(&mut byte).await {
            Ok(1) => head.push(byte[0]),
            _ => return,
        }
    }
    seen.lock()
        .expect("lock")
        .push(String::from_utf8_lossy(&head).into_owned());
    let out = match answer {
        Answer::Sized(n) => {
            format!(
                "HTTP/1.1 200 OK\r\ncontent-length: {n}\r\n\r\n{}",
                "x".repeat(n)
            )
        }
        Answer::Chunked(n) => format!(
            "HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n{n:x}\r\n{}\r\n0\r\n\r\n",
            "x".repeat(n)
        ),
        Answer::Stall => "HTTP/1.1 200 OK\r\ncontent-length: 10\r\n\r\nabc".to_string(),
        Answer::Silent => String::new(),
        Answer::Redirect => {
            "HTTP/1.1 302 Found\r\nlocation: /elsewhere\r\ncontent-length: 0\r\n\r\n".to_string()
        }
    };
    let _ = stream.write_all(out.as_bytes()).await;
    // Hold the connection open (the stalled and silent answers end only
    // when the client gives up).
    let mut rest = [0u8; 64];
    while matches!(stream.read(&mut rest).await, Ok(n) if n > 0) {}
}

fn client(reach: Reach) -> Client {
    Client::new(Config::new(reach)).expect("client")
}

async fn get(client: &Client, url: &str) -> Result<masthead_outbound::Response, Error> {
    client.send(Request::new(Method::GET, url)).await
}

#[tokio::test]
async fn a_guarded_client_refuses_loopback_in_every_spelling_before_connecting() {
    let server = Server::start(Answer::Sized(2)).await;
    let guarded = client(Reach::PublicOnly);
    let port = server.port;
    for url in [
        format!("http://127.0.0.1:{port}/a"),
        format!("http://127.1.2.3:{port}/b"),
        // Spellings the URL parser turns into 127.0.0.1.
        format!("http://0x7f.1:{port}/c"),
        format!("http://2130706433:{port}/d"),
        format!("http://127.0.0.1.:{port}/e"),
        format!("http://[::1]:{port}/f"),
        format!("http://[::ffff:127.0.0.1]:{port}/g"),
        format!("https://127.0.0.1:{port}/h"),
    ] {
        match get(&guarded, &url).await {
            Err(Error::Refused(r)) => {
                assert_eq!(r.range, Range::Loopback, "{url}");
                assert!(r.to_string().contains("loopback"), "{r}");
            }
            other => panic!("{url}: {other:?}"),
        }
    }
    // The same server, reached by a client for the operator's own URLs.
    let open = client(Reach::Anywhere);
    let r = get(&open, &format!("{}/open", server.base))
        .await
        .expect("reached");
    assert_eq!(r.status, StatusCode::OK);
    let heads = server.heads();
    assert_eq!(
        heads.len(),
        1,
        "only the unguarded request arrived: {heads:?}"
    );
    assert!(heads[0].starts_with("GET /open "), "{heads:?}");
}

#[tokio::test]
async fn a_guarded_client_refuses_a_name_that_resolves_to_loopback() {
    let server = Server::start(Answer::Sized(2)).await;
    let guarded = client(Reach::PublicOnly);
    match get(&guarded, &format!("http://localhost:{}/", server.port)).await {
        Err(Error::Refused(r)) => {
            assert_eq!(r.host, "localhost");
            assert_eq!(r.range, Range::Loopback);
            assert!(
                r.to_string().starts_with("localhost is a loopback address"),
                "{r}"
            );
        }
        other => panic!("{other:?}"),
    }
    assert!(server.heads().is_empty());
}

#[tokio::test]
async fn urls_that_are_not_http_are_refused() {
    let open = client(Reach::Anywhere);
    for url in [
        "ftp://127.0.0.1/",
        "file:///etc/passwd",
        "not a url",
        "http://",
    ] {
        assert!(
            matches!(get(&open, url).await, Err(Error::Url { .. })),
            "{url}"
        );
    }
}

#[tokio::test]
async fn the_request_carries_a_user_agent_and_its_headers_and_body() {
    let server = Server::start(Answer::Sized(2)).await;
    let open = client(Reach::Anywhere);
    let r = open
        .send(
            Request::new(Method::POST, format!("{}/hook", server.base))
                .header(masthead_outbound::HeaderName::from_static("x-test"), "yes")
                .body("{}"),
        )
        .await
        .expect("sent");
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(&r.body[..], b"xx");
    let head = server.heads().concat().to_lowercase();
    assert!(head.starts_with("post /hook "), "{head}");
    assert!(head.contains("user-agent: masthead/"), "{head}");
    assert!(head.contains("x-test: yes"), "{head}");
    assert!(head.contains("content-length: 2"), "{head}");
    let bad = Request::new(Method::GET, server.base.clone()).header(
        masthead_outbound::HeaderName::from_static("x-test"),
        "line\nbreak",
    );
    assert!(matches!(open.send(bad).await, Err(Error::Header { .. })));
}

#[tokio::test]
async fn answers_over_the_size_limit_are_refused_with_or_without_a_length() {
    let limited = Client::new(Config {
        max_response_bytes: 1000,
        ..Config::new(Reach::Anywhere)
    })
    .expect("client");
    for (answer, fits) in [
        (Answer::Sized(1000), true),
        (Answer::Sized(1001), false),
        (Answer::Chunked(1000), true),
        (Answer::Chunked(5000), false),
    ] {
        let server = Server::start(answer).await;
        let result = get(&limited, &server.base).await;
        if fits {
            assert_eq!(result.expect("within the limit").body.len(), 1000);
        } else {
            match result {
                Err(e @ Error::TooLarge { limit: 1000, .. }) => {
                    assert!(e.to_string().contains("more than 1000 bytes"), "{e}");
                }
                other => panic!("{other:?}"),
            }
        }
    }
}

#[tokio::test]
async fn a_server_that_never_answers_or_stalls_mid_body_times_out() {
    let quick = Client::new(Config {
        timeout: Duration::from_millis(300),
        ..Config::new(Reach::Anywhere)
    })
    .expect("client");
    for answer in [Answer::Silent, Answer::Stall] {
        let server = Server::start(answer).await;
        match get(&quick, &server.base).await {
            Err(e @ Error::Timeout { .. }) => {
                assert!(
                    e.to_string().contains("did not answer within 300 ms"),
                    "{e}"
                );
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(server.heads().len(), 1, "the request was sent");
    }
}

#[tokio::test]
async fn a_connection_nobody_accepts_times_out_as_a_connection() {
    // A listener whose accept queue is full: Linux drops further SYNs, so
    // the client's connection attempt waits until its connect timeout.
    let socket = tokio::net::TcpSocket::new_v4().expect("socket");
    socket
        .bind("127.0.0.1:0".parse().expect("addr"))
        .expect("bind");
    let addr = socket.local_addr().expect("addr");
    let _listener = socket.listen(0).expect("listen");
    let (mut fillers, mut full) = (Vec::new(), false);
    for _ in 0..16 {
        let attempt = tokio::time::timeout(Duration::from_millis(200), TcpStream::connect(addr));
        match attempt.await {
            Ok(Ok(s)) => fillers.push(s),
            Ok(Err(e)) => panic!("a filler connection failed: {e}"),
            Err(_) => {
                full = true;
                break;
            }
        }
    }
    assert!(full, "the accept queue never filled");
    let quick = Client::new(Config {
        connect_timeout: Duration::from_millis(200),
        timeout: Duration::from_secs(30),
        ..Config::new(Reach::Anywhere)
    })
    .expect("client");
    match get(&quick, &format!("http://{addr}/")).await {
        Err(e @ Error::ConnectTimeout { .. }) => {
            assert!(e.to_string().contains("within 200 ms"), "{e}");
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test]
async fn redirects_are_answers_not_followed() {
    let server = Server::start(Answer::Redirect).await;
    let r = get(&client(Reach::Anywhere), &format!("{}/first", server.base))
        .await
        .expect("answer");
    assert_eq!(r.status, StatusCode::FOUND);
    assert_eq!(r.headers["location"], "/elsewhere");
    assert_eq!(server.heads().len(), 1);
}
