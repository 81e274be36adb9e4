//! Avatars that do not leak the email: an identicon drawn by masthead from
//! a hash of the email keyed with the site's secret. Without the secret the
//! seed cannot be matched against a list of addresses (an unkeyed hash, as
//! Gravatar's, can), and no request ever leaves for a third party.

/// The identicon seed of an email: 32 hex digits of HMAC-SHA256 under the
/// site's secret, the same for every spelling of the address's case.
pub fn avatar_seed(secret: &[u8], email: &str) -> String {
    let email = email.trim().to_lowercase();
    use hmac::{Hmac, Mac};
    // Not a signed value (nothing reads it back): a keyed hash, in its own
    // domain ("masthead-avatar:"), unchanged since seeds were first stored.
    let Ok(mut mac) = Hmac::<sha2::Sha256>::new_from_slice(secret) else {
        return String::new();
    };
    mac.update(b"masthead-avatar:");
    mac.update(email.as_bytes());
    mac.finalize()
        .into_bytes()
        .iter()
        .take(16)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Whether `s` has the form of a seed (what `/avatar/SEED.svg` accepts).
pub fn is_avatar_seed(s: &str) -> bool {
    s.len() == 32 && s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// The name under `/avatar/` of the one picture shown beside every comment
/// that is not approved: not a seed, so it cannot be taken for one.
pub const PLACEHOLDER: &str = "placeholder";

/// The neutral head-and-shoulders shown instead of an identicon, the same
/// for everyone, in the identicons' size and colours.
pub fn placeholder_svg() -> &'static str {
    "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 6 6\" width=\"48\" height=\"48\">\
     <rect width=\"6\" height=\"6\" fill=\"#f2f2f2\"/>\
     <circle cx=\"3\" cy=\"2.3\" r=\"1.1\" fill=\"#767676\"/>\
     <path fill=\"#767676\" d=\"M1 6a2 2 0 0 1 4 0z\"/></svg>"
}

/// A 5×5 mirrored identicon as a small SVG (about 400 bytes), or `None`
/// for a string that is not a seed.
pub fn identicon_svg(seed: &str) -> Option<String> {
    if !is_avatar_seed(seed) {
        return None;
    }
    let nibbles: Vec<u32> = seed.chars().filter_map(|c| c.to_digit(16)).collect();
    // Hue from three digits the cells do not use; saturation and lightness
    // fixed so every identicon reads on a light background (contrast ≥ 4.5:1).
    let hue = (nibbles[15] << 8 | nibbles[16] << 4 | nibbles[17]) % 360;
    let mut path = String::new();
    for row in 0..5u32 {
        for col in 0..3u32 {
            if nibbles[(row * 3 + col) as usize].is_multiple_of(2) {
                continue;
            }
            path.push_str(&format!("M{col} {row}h1v1h-1z"));
            if col < 2 {
                path.push_str(&format!("M{} {row}h1v1h-1z", 4 - col));
            }
        }
    }
    Some(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"-0.5 -0.5 6 6\" width=\"48\" height=\"48\">\
         <rect x=\"-0.5\" y=\"-0.5\" width=\"6\" height=\"6\" fill=\"#f2f2f2\"/>\
         <path fill=\"hsl({hue},60%,35%)\" d=\"{path}\"/></svg>"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seeds_are_keyed_and_case_blind() {
        let a = avatar_seed(b"one", "Reader@Example.org ");
        assert_eq!(a, avatar_seed(b"one", "reader@example.org"));
        assert_ne!(a, avatar_seed(b"two", "reader@example.org"));
        assert!(is_avatar_seed(&a), "{a}");
        assert!(!a.contains("example"));
    }

    #[test]
    fn the_same_seed_draws_the_same_picture_and_junk_draws_none() {
        let seed = avatar_seed(b"k", "a@b.c");
        let svg = identicon_svg(&seed).unwrap();
        assert_eq!(svg, identicon_svg(&seed).unwrap());
        assert!(svg.starts_with("<svg") && svg.len() < 2000, "{svg}");
        assert_ne!(svg, identicon_svg(&avatar_seed(b"k", "x@y.z")).unwrap());
        for bad in ["", "zz", &"A".repeat(32), &"0".repeat(31), "../etc/passwd"] {
            assert_eq!(identicon_svg(bad), None, "{bad}");
        }
    }
}
