//! HTTP Signatures, both kinds in use: draft-cavage-12 (`Signature:
//! keyId=…,headers="(request-target) host date digest",signature=…`, what
//! Mastodon signs with) and RFC 9421 (`Signature-Input` and `Signature`,
//! with `Content-Digest`). Pure: the caller finds the key a claim names and
//! calls [`Claim::verify`].
use super::keys::{KeyError, SiteKey, verify};
use base64::Engine;
use base64::engine::general_purpose::STANDARD as B64;
use sha2::{Digest, Sha256, Sha512};
use url::Url;

/// A signature's date may be this old (Mastodon's limit)…
const MAX_AGE_SECS: i64 = 12 * 3600;
/// …and this far ahead, for clocks that run fast.
const MAX_SKEW_SECS: i64 = 3600;

/// A request as it arrived.
pub struct Incoming<'a> {
    pub method: &'a str,
    /// The absolute address it was sent to (`@target-uri`).
    pub target_uri: &'a Url,
    /// Header names in lower case; a repeated header once per value.
    pub headers: &'a [(String, String)],
    pub body: &'a [u8],
}

impl Incoming<'_> {
    fn header(&self, name: &str) -> Option<String> {
        let values: Vec<&str> = self
            .headers
            .iter()
            .filter(|(n, _)| n == name)
            .map(|(_, v)| v.trim())
            .collect();
        (!values.is_empty()).then(|| values.join(", "))
    }

    fn request_target(&self) -> String {
        let mut t = format!(
            "{} {}",
            self.method.to_ascii_lowercase(),
            self.target_uri.path()
        );
        if let Some(q) = self.target_uri.query() {
            t.push('?');
            t.push_str(q);
        }
        t
    }
}

/// Why a request's signature is not accepted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SigError {
    #[error("the request is not signed")]
    Missing,
    #[error("the signature header cannot be read: {0}")]
    Malformed(&'static str),
    #[error("the signature does not cover {0}")]
    Uncovered(&'static str),
    #[error("unsupported signature algorithm {0:?}")]
    Algorithm(String),
    #[error("the signature's date is too old or too far ahead")]
    Stale,
    #[error("the body does not match its digest")]
    Digest,
    #[error("the signature does not match the key")]
    Mismatch,
    #[error("the key cannot be read: {0}")]
    Key(String),
}

/// Which kind a request was signed with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scheme {
    Cavage,
    Rfc9421,
}

/// A signature read from a request: whose key it names, and what to check.
#[derive(Debug, Clone)]
pub struct Claim {
    pub key_id: String,
    pub scheme: Scheme,
    base: Vec<u8>,
    signature: Vec<u8>,
}

impl Claim {
    /// Checks the signature against the named key's PEM.
    pub fn verify(&self, public_pem: &str) -> Result<(), SigError> {
        match verify(public_pem, &self.base, &self.signature) {
            Ok(true) => Ok(()),
            Ok(false) => Err(SigError::Mismatch),
            Err(e) => Err(SigError::Key(e.to_string())),
        }
    }
}

/// Reads and checks everything about a request's signature but the key:
/// the covered parts, the date, the body's digest.
pub fn claim(req: &Incoming, now_secs: i64) -> Result<Claim, SigError> {
    if let (Some(input), Some(signature)) = (req.header("signature-input"), req.header("signature"))
    {
        return rfc9421_claim(req, &input, &signature, now_secs);
    }
    let header = match (req.header("signature"), req.header("authorization")) {
        (Some(s), _) => s,
        (None, Some(a)) if a.starts_with("Signature ") => a["Signature ".len()..].to_string(),
        _ => return Err(SigError::Missing),
    };
    cavage_claim(req, &header, now_secs)
}

fn fresh(at: i64, now: i64) -> Result<(), SigError> {
    if at < now - MAX_AGE_SECS || at > now + MAX_SKEW_SECS {
        return Err(SigError::Stale);
    }
    Ok(())
}

fn http_date_secs(value: &str) -> Option<i64> {
    chrono::DateTime::parse_from_rfc2822(value)
        .ok()
        .map(|d| d.timestamp())
}

/// `key="value",key2="value2"` (values may hold commas).
fn cavage_params(header: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = header.trim();
    while let Some(eq) = rest.find('=') {
        let key = rest[..eq].trim().trim_start_matches(',').trim();
        let after = &rest[eq + 1..];
        let (value, tail) = if let Some(quoted) = after.strip_prefix('"') {
            match quoted.find('"') {
                Some(end) => (&quoted[..end], &quoted[end + 1..]),
                None => (quoted, ""),
            }
        } else {
            let end = after.find(',').unwrap_or(after.len());
            (&after[..end], &after[end..])
        };
        out.push((key.to_ascii_lowercase(), value.to_string()));
        rest = tail.trim_start_matches(',').trim_start();
    }
    out
}

fn cavage_claim(req: &Incoming, header: &str, now: i64) -> Result<Claim, SigError> {
    let params = cavage_params(header);
    let get = |k: &str| params.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone());
    let key_id = get("keyid").ok_or(SigError::Malformed("no keyId"))?;
    let signature = B64
        .decode(get("signature").ok_or(SigError::Malformed("no signature"))?)
        .map_err(|_| SigError::Malformed("the signature is not base64"))?;
    if let Some(alg) = get("algorithm") {
        // hs2019: the key decides, which is RSA here.
        if !matches!(alg.to_ascii_lowercase().as_str(), "rsa-sha256" | "hs2019") {
            return Err(SigError::Algorithm(alg));
        }
    }
    let names: Vec<String> = get("headers")
        .unwrap_or_else(|| "date".into())
        .split_whitespace()
        .map(str::to_ascii_lowercase)
        .collect();
    let covers = |n: &str| names.iter().any(|h| h == n);
    if !covers("(request-target)") {
        return Err(SigError::Uncovered("(request-target)"));
    }
    if !covers("host") {
        return Err(SigError::Uncovered("host"));
    }
    let mut lines = Vec::with_capacity(names.len());
    let mut dated = false;
    for name in &names {
        let value = match name.as_str() {
            "(request-target)" => req.request_target(),
            "(created)" => {
                let v = get("created").ok_or(SigError::Malformed("no created"))?;
                fresh(v.parse().map_err(|_| SigError::Malformed("created"))?, now)?;
                dated = true;
                v
            }
            "(expires)" => {
                let v = get("expires").ok_or(SigError::Malformed("no expires"))?;
                let at: i64 = v.parse().map_err(|_| SigError::Malformed("expires"))?;
                if at < now {
                    return Err(SigError::Stale);
                }
                v
            }
            other => {
                let v = req
                    .header(other)
                    .ok_or(SigError::Malformed("a signed header is missing"))?;
                if other == "date" {
                    fresh(http_date_secs(&v).ok_or(SigError::Malformed("date"))?, now)?;
                    dated = true;
                }
                // Signed for this site, not replayed from another.
                if other == "host" && !v.eq_ignore_ascii_case(&authority(req.target_uri)) {
                    return Err(SigError::Malformed("the signed host is not this site"));
                }
                v
            }
        };
        lines.push(format!("{name}: {value}"));
    }
    if !dated {
        return Err(SigError::Uncovered("date"));
    }
    if needs_digest(req) {
        if !covers("digest") {
            return Err(SigError::Uncovered("digest"));
        }
        check_digest(
            &req.header("digest").unwrap_or_default(),
            req.body,
            Format::Digest,
        )?;
    }
    Ok(Claim {
        key_id,
        scheme: Scheme::Cavage,
        base: lines.join("\n").into_bytes(),
        signature,
    })
}

fn needs_digest(req: &Incoming) -> bool {
    !req.body.is_empty() || req.method.eq_ignore_ascii_case("POST")
}

#[derive(Clone, Copy)]
enum Format {
    /// `Digest: SHA-256=BASE64` (RFC 3230).
    Digest,
    /// `Content-Digest: sha-256=:BASE64:` (RFC 9530).
    Content,
}

/// One of the listed digests must be SHA-256 or SHA-512 of the body, and
/// every such one must match.
fn check_digest(value: &str, body: &[u8], format: Format) -> Result<(), SigError> {
    let mut checked = false;
    for item in value.split(',') {
        let Some((alg, encoded)) = item.trim().split_once('=') else {
            continue;
        };
        // Algorithms masthead does not know are skipped, not refused.
        let actual: Vec<u8> = match alg.trim().to_ascii_lowercase().as_str() {
            "sha-256" => Sha256::digest(body).to_vec(),
            "sha-512" => Sha512::digest(body).to_vec(),
            _ => continue,
        };
        let encoded = match format {
            Format::Digest => encoded.trim(),
            Format::Content => encoded.trim().trim_matches(':'),
        };
        let Ok(given) = B64.decode(encoded) else {
            return Err(SigError::Digest);
        };
        if given != actual {
            return Err(SigError::Digest);
        }
        checked = true;
    }
    if checked {
        Ok(())
    } else {
        Err(SigError::Digest)
    }
}

/// A structured field's parameters (`;key=value;key="a;b"`), split at the
/// semicolons outside quotes.
fn split_params(s: &str) -> Vec<&str> {
    let (mut quoted, mut start) = (false, 0);
    let mut out = Vec::new();
    for (i, c) in s.char_indices() {
        match c {
            '"' => quoted = !quoted,
            ';' if !quoted => {
                out.push(&s[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push(&s[start..]);
    out.into_iter().filter(|p| !p.is_empty()).collect()
}

/// Splits a structured-field dictionary at its top-level commas.
fn members(value: &str) -> Vec<&str> {
    let (mut depth, mut quoted, mut start) = (0i32, false, 0);
    let mut out = Vec::new();
    for (i, c) in value.char_indices() {
        match c {
            '"' => quoted = !quoted,
            '(' if !quoted => depth += 1,
            ')' if !quoted => depth -= 1,
            ',' if !quoted && depth == 0 => {
                out.push(value[start..i].trim());
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push(value[start..].trim());
    out
}

fn rfc9421_claim(
    req: &Incoming,
    input: &str,
    signatures: &str,
    now: i64,
) -> Result<Claim, SigError> {
    // The first signature whose label has both parts.
    let (label, params) = members(input)
        .into_iter()
        .find_map(|m| m.split_once('='))
        .ok_or(SigError::Malformed("Signature-Input"))?;
    let signature = members(signatures)
        .into_iter()
        .filter_map(|m| m.split_once('='))
        .find(|(l, _)| l.trim() == label.trim())
        .map(|(_, v)| v.trim().trim_matches(':').to_string())
        .ok_or(SigError::Malformed("no signature for the input's label"))?;
    let signature = B64
        .decode(signature)
        .map_err(|_| SigError::Malformed("the signature is not base64"))?;
    let params = params.trim();
    let close = params
        .find(')')
        .filter(|_| params.starts_with('('))
        .ok_or(SigError::Malformed("Signature-Input's components"))?;
    let components: Vec<String> = params[1..close]
        .split_whitespace()
        .map(|c| c.trim_matches('"').to_ascii_lowercase())
        .collect();
    let mut key_id = None;
    let mut created = None;
    for p in split_params(&params[close + 1..]) {
        let (k, v) = p.split_once('=').unwrap_or((p, ""));
        let v = v.trim_matches('"');
        match k.trim() {
            "keyid" => key_id = Some(v.to_string()),
            "created" => created = v.parse::<i64>().ok(),
            "expires" if v.parse::<i64>().is_ok_and(|e| e < now) => {
                return Err(SigError::Stale);
            }
            "alg" if v != "rsa-v1_5-sha256" => return Err(SigError::Algorithm(v.to_string())),
            _ => {}
        }
    }
    let key_id = key_id.ok_or(SigError::Malformed("no keyid"))?;
    fresh(created.ok_or(SigError::Uncovered("created"))?, now)?;
    let covers = |n: &str| components.iter().any(|c| c == n);
    if !covers("@method") {
        return Err(SigError::Uncovered("@method"));
    }
    if !(covers("@target-uri") || (covers("@authority") && covers("@path"))) {
        return Err(SigError::Uncovered("@target-uri"));
    }
    let mut base = String::new();
    for c in &components {
        let value = match c.as_str() {
            "@method" => req.method.to_ascii_uppercase(),
            "@target-uri" => req.target_uri.to_string(),
            "@authority" => authority(req.target_uri),
            "@scheme" => req.target_uri.scheme().to_string(),
            "@path" => req.target_uri.path().to_string(),
            "@query" => format!("?{}", req.target_uri.query().unwrap_or("")),
            "@request-target" => req.request_target()[req.method.len() + 1..].to_string(),
            name if name.starts_with('@') => {
                return Err(SigError::Malformed("an unknown derived component"));
            }
            name => req
                .header(name)
                .ok_or(SigError::Malformed("a signed header is missing"))?,
        };
        base.push_str(&format!("\"{c}\": {value}\n"));
    }
    base.push_str(&format!("\"@signature-params\": {params}"));
    if needs_digest(req) {
        if !covers("content-digest") {
            return Err(SigError::Uncovered("content-digest"));
        }
        check_digest(
            &req.header("content-digest").unwrap_or_default(),
            req.body,
            Format::Content,
        )?;
    }
    Ok(Claim {
        key_id,
        scheme: Scheme::Rfc9421,
        base: base.into_bytes(),
        signature,
    })
}

/// `host[:port]`, the port only when it is not the scheme's own (what
/// HTTP clients send as `Host`).
pub fn authority(url: &Url) -> String {
    let host = url.host_str().unwrap_or_default();
    match url.port() {
        Some(port) => format!("{host}:{port}"),
        None => host.to_string(),
    }
}

/// An HTTP date (`Date:`).
pub fn http_date(at: chrono::DateTime<chrono::Utc>) -> String {
    at.format("%a, %d %b %Y %H:%M:%S GMT").to_string()
}

/// Headers that sign a request: `Date`, the body's digest (if any) and the
/// signature. `Host` is the client's own, from the URL ([`authority`]).
pub fn sign(
    scheme: Scheme,
    key: &SiteKey,
    key_id: &str,
    method: &str,
    url: &Url,
    body: Option<&[u8]>,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Vec<(&'static str, String)>, KeyError> {
    let date = http_date(now);
    let host = authority(url);
    let mut headers = vec![("date", date.clone())];
    match scheme {
        Scheme::Cavage => {
            let target = Incoming {
                method,
                target_uri: url,
                headers: &[],
                body: &[],
            }
            .request_target();
            let mut names = "(request-target) host date".to_string();
            let mut base = format!("(request-target): {target}\nhost: {host}\ndate: {date}");
            if let Some(body) = body {
                let digest = format!("SHA-256={}", B64.encode(Sha256::digest(body)));
                base.push_str(&format!("\ndigest: {digest}"));
                names.push_str(" digest");
                headers.push(("digest", digest));
            }
            let signature = B64.encode(key.sign(base.as_bytes())?);
            headers.push((
                "signature",
                format!(
                    "keyId=\"{key_id}\",algorithm=\"rsa-sha256\",headers=\"{names}\",signature=\"{signature}\""
                ),
            ));
        }
        Scheme::Rfc9421 => {
            let mut components = vec![
                ("@method", method.to_ascii_uppercase()),
                ("@target-uri", url.to_string()),
                ("@authority", host),
                ("date", date),
            ];
            if let Some(body) = body {
                let digest = format!("sha-256=:{}:", B64.encode(Sha256::digest(body)));
                headers.push(("content-digest", digest.clone()));
                components.push(("content-digest", digest));
            }
            let list: Vec<String> = components.iter().map(|(n, _)| format!("\"{n}\"")).collect();
            let params = format!(
                "({});alg=\"rsa-v1_5-sha256\";keyid=\"{key_id}\";created={}",
                list.join(" "),
                now.timestamp()
            );
            let mut base = String::new();
            for (name, value) in &components {
                base.push_str(&format!("\"{name}\": {value}\n"));
            }
            base.push_str(&format!("\"@signature-params\": {params}"));
            let signature = B64.encode(key.sign(base.as_bytes())?);
            headers.push(("signature-input", format!("sig1={params}")));
            headers.push(("signature", format!("sig1=:{signature}:")));
        }
    }
    Ok(headers)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::federation::keys::generate_private_pem;

    fn incoming<'a>(url: &'a Url, headers: &'a [(String, String)], body: &'a [u8]) -> Incoming<'a> {
        Incoming {
            method: "POST",
            target_uri: url,
            headers,
            body,
        }
    }

    fn signed(scheme: Scheme, key: &SiteKey, url: &Url, body: &[u8]) -> Vec<(String, String)> {
        let now = chrono::Utc::now();
        let mut headers: Vec<(String, String)> = sign(
            scheme,
            key,
            "https://a.example/actor#key",
            "POST",
            url,
            Some(body),
            now,
        )
        .unwrap()
        .into_iter()
        .map(|(n, v)| (n.to_string(), v))
        .collect();
        headers.push(("host".into(), authority(url)));
        headers
    }

    #[test]
    fn both_kinds_verify_and_tampering_is_refused() {
        let key = SiteKey::from_private_pem(&generate_private_pem().unwrap()).unwrap();
        let url = Url::parse("http://127.0.0.1:8080/ap/inbox").unwrap();
        let now = chrono::Utc::now().timestamp();
        for scheme in [Scheme::Cavage, Scheme::Rfc9421] {
            let headers = signed(scheme, &key, &url, b"{\"a\":1}");
            let claim = claim(&incoming(&url, &headers, b"{\"a\":1}"), now).unwrap();
            assert_eq!(claim.scheme, scheme);
            assert_eq!(claim.key_id, "https://a.example/actor#key");
            claim.verify(key.public_pem()).unwrap();
            // Another body: its digest no longer matches.
            assert_eq!(
                super::claim(&incoming(&url, &headers, b"{\"a\":2}"), now).unwrap_err(),
                SigError::Digest
            );
            // Another path: the signature no longer matches.
            let other = Url::parse("http://127.0.0.1:8080/ap/inbox2").unwrap();
            let c = super::claim(&incoming(&other, &headers, b"{\"a\":1}"), now).unwrap();
            assert_eq!(c.verify(key.public_pem()), Err(SigError::Mismatch));
            // A day later: stale.
            assert_eq!(
                super::claim(&incoming(&url, &headers, b"{\"a\":1}"), now + 86_400).unwrap_err(),
                SigError::Stale
            );
        }
    }

    #[test]
    fn a_cavage_signature_must_cover_the_digest_of_a_post() {
        let url = Url::parse("https://b.example/inbox").unwrap();
        let headers = vec![
            ("host".to_string(), "b.example".to_string()),
            ("date".to_string(), http_date(chrono::Utc::now())),
            (
                "signature".to_string(),
                "keyId=\"k\",algorithm=\"rsa-sha256\",headers=\"(request-target) host date\",signature=\"AAAA\"".to_string(),
            ),
        ];
        let now = chrono::Utc::now().timestamp();
        assert_eq!(
            claim(&incoming(&url, &headers, b"{}"), now).unwrap_err(),
            SigError::Uncovered("digest")
        );
        assert_eq!(
            claim(&incoming(&url, &[], b"{}"), now).unwrap_err(),
            SigError::Missing
        );
    }
}
