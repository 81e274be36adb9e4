//! Gzip for cached answers, compressed once per page instead of once per
//! request. Browsers ask for compressed pages; compressing a 43 KB article
//! page on every view cost about 440 µs of CPU (tower-http's per-response
//! compression), ten times the rest of a cache hit.
//!
//! A cached article page differs per request only in its form token, so the
//! parts around it are compressed once, as raw deflate streams cut on a byte
//! boundary (a sync flush), and each answer is put together from them:
//!
//! ```text
//! gzip header │ deflate(before), sync-flushed │ stored block(token) │ deflate(after), final │ CRC-32, length
//! ```
//!
//! That is one valid deflate stream (RFC 1951: blocks follow each other; a
//! stored block needs no dictionary), so any gzip reader takes it. The
//! CRC-32 of the whole is combined from the parts' (`crc32fast`), and kept
//! per token: a token is the same for every reader for a second.
use bytes::{BufMut, Bytes, BytesMut};
use crc32fast::Hasher;
use flate2::{Compress, Compression, FlushCompress};
use std::sync::Mutex;

/// The ten bytes every member starts with: magic, deflate, no flags, no
/// time, no extra flags, unknown OS.
const HEADER: [u8; 10] = [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 255];
/// Largest stored block (its length is a 16-bit field).
const STORED_MAX: usize = 0xffff;

/// A page's text before and after a per-request part, compressed once.
pub struct Gzipped {
    /// Header and the deflated first part, ending on a byte boundary.
    head: Bytes,
    /// The deflated last part, ending with the final block.
    tail: Bytes,
    before: Hasher,
    after: Hasher,
    total_fixed: u64,
    /// The middle and trailer of the last answer: the same for every reader
    /// as long as the middle (a form token) does not change.
    last: Mutex<Option<Middle>>,
}

#[derive(Clone)]
struct Middle {
    text: Bytes,
    block: Bytes,
    trailer: Bytes,
}

impl Gzipped {
    pub fn new(before: &[u8], after: &[u8]) -> Self {
        let mut head = Vec::with_capacity(before.len() / 3 + 64);
        head.extend_from_slice(&HEADER);
        deflate(before, FlushCompress::Sync, &mut head);
        let mut tail = Vec::with_capacity(after.len() / 3 + 64);
        deflate(after, FlushCompress::Finish, &mut tail);
        // Kept as long as the page: no spare capacity.
        head.shrink_to_fit();
        tail.shrink_to_fit();
        Self {
            head: head.into(),
            tail: tail.into(),
            before: hasher(before),
            after: hasher(after),
            total_fixed: (before.len() + after.len()) as u64,
            last: Mutex::new(None),
        }
    }

    /// What it holds, in bytes (the last middle is a form token's few).
    pub fn bytes(&self) -> usize {
        self.head.len() + self.tail.len() + std::mem::size_of::<Self>() + 128
    }

    /// The whole gzip member with `middle` between the two parts.
    pub fn chunks(&self, middle: &[u8]) -> [Bytes; 4] {
        let m = self.middle(middle);
        [self.head.clone(), m.block, self.tail.clone(), m.trailer]
    }

    /// Its length in bytes.
    pub fn len(&self, middle: &[u8]) -> usize {
        let blocks = middle.len().div_ceil(STORED_MAX).max(1);
        self.head.len() + blocks * 5 + middle.len() + self.tail.len() + 8
    }

    fn middle(&self, text: &[u8]) -> Middle {
        let mut last = self.last.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(m) = last.as_ref().filter(|m| m.text == text) {
            return m.clone();
        }
        let mut crc = self.before.clone();
        crc.update(text);
        crc.combine(&self.after);
        let size = self.total_fixed + text.len() as u64;
        let mut trailer = BytesMut::with_capacity(8);
        trailer.put_u32_le(crc.finalize());
        // ISIZE is the length modulo 2^32 (RFC 1952).
        trailer.put_u32_le((size & 0xffff_ffff) as u32);
        let m = Middle {
            text: Bytes::copy_from_slice(text),
            block: stored_blocks(text),
            trailer: trailer.freeze(),
        };
        *last = Some(m.clone());
        m
    }
}

/// A whole body as one gzip member (for answers with no per-request part).
pub fn gzip(body: &[u8]) -> Bytes {
    let mut out = Vec::with_capacity(body.len() / 3 + 32);
    out.extend_from_slice(&HEADER);
    deflate(body, FlushCompress::Finish, &mut out);
    let crc = hasher(body).finalize();
    out.extend_from_slice(&crc.to_le_bytes());
    out.extend_from_slice(&((body.len() as u64 & 0xffff_ffff) as u32).to_le_bytes());
    out.into()
}

/// Whether the request's `Accept-Encoding` takes gzip (RFC 9110, 12.5.3:
/// listed, or covered by `*`, with a quality above zero).
pub fn accepts_gzip(headers: &axum::http::HeaderMap) -> bool {
    let mut gzip = None;
    let mut any = None;
    for value in headers.get_all(axum::http::header::ACCEPT_ENCODING) {
        let Ok(value) = value.to_str() else { continue };
        for item in value.split(',') {
            let mut parts = item.split(';');
            let name = parts.next().unwrap_or("").trim();
            let q = parts
                .filter_map(|p| p.trim().strip_prefix("q=").or(p.trim().strip_prefix("Q=")))
                .find_map(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            if name.eq_ignore_ascii_case("gzip") || name.eq_ignore_ascii_case("x-gzip") {
                gzip = Some(q > 0.0);
            } else if name == "*" {
                any = Some(q > 0.0);
            }
        }
    }
    gzip.or(any).unwrap_or(false)
}

fn hasher(data: &[u8]) -> Hasher {
    let mut h = Hasher::new();
    h.update(data);
    h
}

/// Raw deflate of `input` appended to `out`: sync-flushed (ends on a byte
/// boundary, more blocks may follow) or finished (ends with the final block).
fn deflate(input: &[u8], flush: FlushCompress, out: &mut Vec<u8>) {
    // Level 1, as Debian's nginx (`gzip_comp_level`): a live story's pages
    // are compressed again after every change, each page of it once.
    let mut c = Compress::new(Compression::new(1), false);
    let mut rest = input;
    loop {
        out.reserve(rest.len() / 2 + 1024);
        let before_in = c.total_in();
        let before_out = c.total_out();
        let status = c.compress_vec(rest, out, flush);
        let used = (c.total_in() - before_in) as usize;
        rest = &rest[used..];
        let produced = c.total_out() - before_out;
        let done = match flush {
            // Finished once the stream says so.
            FlushCompress::Finish => matches!(status, Ok(flate2::Status::StreamEnd)),
            // Flushed once all input is in and a call had room to spare.
            _ => rest.is_empty() && out.len() < out.capacity(),
        };
        if done || status.is_err() || (used == 0 && produced == 0 && rest.is_empty()) {
            break;
        }
    }
}

/// `data` as stored (uncompressed) deflate blocks, none of them final.
fn stored_blocks(data: &[u8]) -> Bytes {
    let mut out = BytesMut::with_capacity(data.len() + 5 * (data.len() / STORED_MAX + 1));
    let mut chunks: Vec<&[u8]> = data.chunks(STORED_MAX).collect();
    if chunks.is_empty() {
        chunks.push(&[]);
    }
    for chunk in chunks {
        // BFINAL 0, BTYPE 00, then padding to the byte boundary the
        // previous block (a sync flush) left us on.
        out.put_u8(0);
        let len = chunk.len() as u16;
        out.put_u16_le(len);
        out.put_u16_le(!len);
        out.put_slice(chunk);
    }
    out.freeze()
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::{HeaderMap, HeaderValue, header};
    use std::io::Read;

    fn gunzip(data: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        flate2::read::GzDecoder::new(data)
            .read_to_end(&mut out)
            .expect("a valid gzip member");
        out
    }

    #[test]
    fn composed_members_decode_to_the_page_with_each_token() {
        let before: String = (0..2000).map(|i| format!("<p>para {i}</p>\n")).collect();
        let after: String = (0..900)
            .map(|i| format!("<li>item {}</li>", i * 7))
            .collect();
        let g = Gzipped::new(before.as_bytes(), after.as_bytes());
        for token in ["tok-1", "tok-2", "", "tok-2"] {
            let chunks = g.chunks(token.as_bytes());
            let whole: Vec<u8> = chunks.concat();
            assert_eq!(whole.len(), g.len(token.as_bytes()));
            assert_eq!(
                gunzip(&whole),
                format!("{before}{token}{after}").into_bytes()
            );
        }
        // A middle longer than one stored block.
        let long = "x".repeat(70_000);
        let whole = g.chunks(long.as_bytes()).concat();
        assert_eq!(whole.len(), g.len(long.as_bytes()));
        assert_eq!(
            gunzip(&whole),
            format!("{before}{long}{after}").into_bytes()
        );
        assert!(g.head.len() + g.tail.len() < (before.len() + after.len()) / 3);
    }

    #[test]
    fn empty_parts_and_whole_bodies() {
        let g = Gzipped::new(b"", b"");
        assert_eq!(gunzip(&g.chunks(b"mid").concat()), b"mid");
        assert_eq!(gunzip(&gzip(b"{\"a\":1}")), b"{\"a\":1}");
        assert_eq!(gunzip(&gzip(b"")), b"");
    }

    #[test]
    fn accept_encoding_is_read_with_its_qualities() {
        let cases = [
            ("gzip, deflate, br, zstd", true),
            ("br;q=1.0, gzip;q=0.8", true),
            ("gzip;q=0", false),
            ("br", false),
            ("*", true),
            ("*;q=0.5, gzip;q=0", false),
            ("identity", false),
            ("GZIP", true),
        ];
        for (value, expected) in cases {
            let mut h = HeaderMap::new();
            h.insert(header::ACCEPT_ENCODING, HeaderValue::from_static(value));
            assert_eq!(accepts_gzip(&h), expected, "{value}");
        }
        assert!(!accepts_gzip(&HeaderMap::new()));
    }
}
