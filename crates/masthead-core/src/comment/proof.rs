//! Proof of work, as ALTCHA defines it (altcha.org, "Server integration"):
//! the server picks a secret number up to `maxnumber` and a salt, and sends
//! `challenge = SHA-256(salt + number)` (hex) signed with an HMAC; the
//! browser tries numbers until one hashes to the challenge and sends back
//! the base64 of `{algorithm, challenge, number, salt, signature}`. The salt
//! carries its expiry (`?expires=` Unix seconds), inside what is signed.
//!
//! masthead asks for it only when the spam filter is unsure
//! (`moderation.proof_of_work = when_unsure`), and never refuses for want
//! of it: without a proof such a comment is held.
use crate::Timestamp;
use base64::Engine as _;
use hmac::{Hmac, Mac};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// The only algorithm offered.
pub const ALGORITHM: &str = "SHA-256";
/// The largest secret number: about 10,000 hashes on average, well under a
/// second in a phone's browser.
pub const MAX_NUMBER: u64 = 20_000;
/// How long a challenge may be answered.
pub const LIFETIME_SECONDS: i64 = 600;

/// What the browser is sent (ALTCHA's challenge JSON).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Challenge {
    pub algorithm: &'static str,
    pub challenge: String,
    pub maxnumber: u64,
    pub salt: String,
    pub signature: String,
}

/// What it sends back, decoded.
#[derive(Debug, Deserialize)]
struct Payload {
    algorithm: String,
    challenge: String,
    number: u64,
    salt: String,
    signature: String,
}

/// A valid proof: its signature (to spend it once) and when it expires.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proof {
    pub signature: String,
    pub expires: i64,
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn sha256_hex(salt: &str, number: u64) -> String {
    hex(&Sha256::digest(format!("{salt}{number}").as_bytes()))
}

/// The MAC of a challenge. Its purpose is part of what is signed: no other
/// signed value of masthead's can stand for a challenge's signature.
fn mac(secret: &[u8], challenge: &str) -> Hmac<Sha256> {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret).expect("HMAC takes any key length");
    mac.update(b"masthead proof of work\x1f");
    mac.update(challenge.as_bytes());
    mac
}

fn sign(secret: &[u8], challenge: &str) -> String {
    hex(&mac(secret, challenge).finalize().into_bytes())
}

/// A new challenge; `random` supplies the salt's bytes and the number.
pub fn challenge(secret: &[u8], now: Timestamp, random: [u8; 16]) -> Challenge {
    let number = u64::from(u32::from_le_bytes([
        random[0], random[1], random[2], random[3],
    ])) % (MAX_NUMBER + 1);
    let salt = format!(
        "{}?expires={}",
        hex(&random[4..]),
        now.timestamp() + LIFETIME_SECONDS
    );
    let challenge = sha256_hex(&salt, number);
    Challenge {
        algorithm: ALGORITHM,
        signature: sign(secret, &challenge),
        challenge,
        maxnumber: MAX_NUMBER,
        salt,
    }
}

/// The proof in `payload` (base64 of ALTCHA's JSON), if it is whole, signed
/// by this site, solved and unexpired.
pub fn verify(secret: &[u8], payload: &str, now: Timestamp) -> Option<Proof> {
    let json = base64::engine::general_purpose::STANDARD
        .decode(payload.trim())
        .ok()?;
    let p: Payload = serde_json::from_slice(&json).ok()?;
    if p.algorithm != ALGORITHM || p.number > MAX_NUMBER {
        return None;
    }
    // Compared as MACs are: in constant time.
    let given = (0..p.signature.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(p.signature.get(i..i + 2)?, 16).ok())
        .collect::<Option<Vec<u8>>>()?;
    mac(secret, &p.challenge).verify_slice(&given).ok()?;
    if sha256_hex(&p.salt, p.number) != p.challenge {
        return None;
    }
    let expires: i64 = p
        .salt
        .split_once("?expires=")?
        .1
        .split('&')
        .next()?
        .parse()
        .ok()?;
    (expires > now.timestamp()).then_some(Proof {
        signature: p.signature,
        expires,
    })
}

/// What a browser does: tries every number. For tests and benchmarks.
pub fn solve(c: &Challenge) -> Option<String> {
    let number = (0..=c.maxnumber).find(|n| sha256_hex(&c.salt, *n) == c.challenge)?;
    let json = serde_json::json!({
        "algorithm": c.algorithm,
        "challenge": c.challenge,
        "number": number,
        "salt": c.salt,
        "signature": c.signature,
    });
    Some(base64::engine::general_purpose::STANDARD.encode(json.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Duration, Utc};

    const SECRET: &[u8] = b"a site secret of sixty-four bytes, or near enough for a test here";

    #[test]
    fn a_solved_challenge_proves_and_nothing_else_does() {
        let now = Utc::now();
        let c = challenge(SECRET, now, [7; 16]);
        assert_eq!(c.challenge.len(), 64);
        let payload = solve(&c).unwrap();
        let proof = verify(SECRET, &payload, now).expect("solved");
        assert_eq!(proof.signature, c.signature);
        // Another site's, expired, or with a number that does not hash to it.
        assert_eq!(verify(b"another secret", &payload, now), None);
        assert_eq!(
            verify(
                SECRET,
                &payload,
                now + Duration::seconds(LIFETIME_SECONDS + 1)
            ),
            None
        );
        let json = base64::engine::general_purpose::STANDARD
            .decode(&payload)
            .unwrap();
        let mut v: serde_json::Value = serde_json::from_slice(&json).unwrap();
        v["number"] = serde_json::json!(v["number"].as_u64().unwrap() + 1);
        let wrong = base64::engine::general_purpose::STANDARD.encode(v.to_string());
        assert_eq!(verify(SECRET, &wrong, now), None);
        // A longer life written into the salt breaks the hash and the signature.
        v["number"] = serde_json::json!(v["number"].as_u64().unwrap() - 1);
        v["salt"] = serde_json::json!("00?expires=99999999999");
        let forged = base64::engine::general_purpose::STANDARD.encode(v.to_string());
        assert_eq!(verify(SECRET, &forged, now), None);
        for junk in ["", "not base64!", "e30=", "bnVsbA=="] {
            assert_eq!(verify(SECRET, junk, now), None, "{junk}");
        }
    }
}
