//! The email check of the comment form (WordPress's `is_email`).
/// WordPress's `is_email()`: deliberately not RFC 5322, but the rules every
/// WordPress site applies, so addresses accepted there are accepted here.
pub fn is_email(email: &str) -> bool {
    if email.len() < 6 {
        return false;
    }
    // A non-ASCII first character fails the local-part rule anyway; the
    // `get` keeps a multi-byte one from panicking the slice.
    let Some(at) = email.get(1..).and_then(|s| s.find('@')).map(|i| i + 1) else {
        return false;
    };
    let (local, domain) = (&email[..at], &email[at + 1..]);
    const LOCAL_EXTRA: &str = "!#$%&'*+/=?^_`{|}~.-";
    if local.is_empty()
        || !local
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || LOCAL_EXTRA.contains(c))
    {
        return false;
    }
    if domain.contains("..") {
        return false;
    }
    let trimmed = domain.trim_matches(|c: char| c == '.' || c.is_whitespace());
    if trimmed != domain {
        return false;
    }
    let labels: Vec<&str> = domain.split('.').collect();
    if labels.len() < 2 {
        return false;
    }
    labels.iter().all(|l| {
        !l.is_empty()
            && !l.starts_with('-')
            && !l.ends_with('-')
            && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
    })
}

#[cfg(test)]
mod tests {
    use super::is_email;

    #[test]
    fn a_multi_byte_first_character_is_refused_not_a_panic() {
        assert!(!is_email("Îx@example.org"));
        assert!(!is_email("\u{1F600}@example.org"));
    }

    #[test]
    fn accepts_what_wordpress_accepts() {
        for ok in [
            "a@b.co",
            "first.last+tag@example.com",
            "o'brien@mail.example.org",
        ] {
            assert!(is_email(ok), "{ok}");
        }
    }

    #[test]
    fn rejects_what_wordpress_rejects() {
        for bad in [
            "a@b.c",
            "@example.com",
            "noatsign.com",
            "a b@example.com",
            "a@exa..mple.com",
            "a@.example.com",
            "a@example.com.",
            "a@localhost",
            "a@-ex.com",
            "a@ex-.com",
            "a@exämple.com",
            "a@ex_ample.com",
        ] {
            assert!(!is_email(bad), "{bad}");
        }
    }
}
