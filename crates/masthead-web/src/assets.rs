//! Stylesheet, scripts and the logo, compiled into the binary so a site is one file.
//! URLs carry a content hash, so browsers may cache them for a year.
use axum::extract::Path;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use std::sync::LazyLock;

pub struct Asset {
    pub name: &'static str,
    pub content_type: &'static str,
    pub body: &'static [u8],
}

const ASSETS: [Asset; 7] = [
    Asset {
        name: "masthead.css",
        content_type: "text/css; charset=utf-8",
        body: include_bytes!("../static/masthead.css"),
    },
    Asset {
        name: "comment-reply.js",
        content_type: "text/javascript; charset=utf-8",
        body: include_bytes!("../static/comment-reply.js"),
    },
    Asset {
        name: "proof.js",
        content_type: "text/javascript; charset=utf-8",
        body: include_bytes!("../static/proof.js"),
    },
    Asset {
        name: "live.js",
        content_type: "text/javascript; charset=utf-8",
        body: include_bytes!("../static/live.js"),
    },
    Asset {
        name: "admin.js",
        content_type: "text/javascript; charset=utf-8",
        body: include_bytes!("../static/admin.js"),
    },
    Asset {
        name: "embed.css",
        content_type: "text/css; charset=utf-8",
        body: include_bytes!("../static/embed.css"),
    },
    // The publisher's logo in articles' structured data (`site.logo_url`
    // replaces it): a 120×120 PNG, since Google reads raster logos.
    Asset {
        name: "logo.png",
        content_type: "image/png",
        body: include_bytes!("../static/logo.png"),
    },
];

/// A short content hash for cache busting (FNV-1a; not a security property).
fn fingerprint<'a>(bytes: impl Iterator<Item = &'a u8>) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes.copied() {
        h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }
    format!("{:08x}", h >> 32)
}

/// `?v=` value that changes whenever any asset changes.
pub static VERSION: LazyLock<String> =
    LazyLock::new(|| fingerprint(ASSETS.iter().flat_map(|a| a.body.iter())));

pub async fn serve(Path(name): Path<String>) -> Response {
    match ASSETS.iter().find(|a| a.name == name) {
        Some(a) => (
            [
                (header::CONTENT_TYPE, a.content_type),
                (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
            ],
            a.body,
        )
            .into_response(),
        None => crate::error::WebError::NotFound.into_response(),
    }
}
