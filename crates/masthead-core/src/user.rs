//! Staff accounts: who may write articles, moderate comments, run the site.
//! Passwords are hashed with argon2id (the crate's defaults: 19 MiB, 2 passes).
use argon2::Argon2;
use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use serde::Serialize;
use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Everything: users, settings, articles, comments.
    Admin,
    /// Articles.
    Editor,
    /// Comments.
    Moderator,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Editor => "editor",
            Role::Moderator => "moderator",
        }
    }

    pub fn may_moderate(self) -> bool {
        matches!(self, Role::Admin | Role::Moderator)
    }

    pub fn may_edit_articles(self) -> bool {
        matches!(self, Role::Admin | Role::Editor)
    }

    pub fn may_administer(self) -> bool {
        self == Role::Admin
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Role {
    type Err = UserError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "admin" => Ok(Role::Admin),
            "editor" => Ok(Role::Editor),
            "moderator" => Ok(Role::Moderator),
            other => Err(UserError::UnknownRole(other.to_string())),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct User {
    pub id: i64,
    pub name: String,
    pub role: Role,
    #[serde(skip)]
    pub password_hash: String,
    /// The sections (category slugs) a moderator is limited to; empty for
    /// every section.
    pub sections: Vec<String>,
}

impl User {
    /// Whether this user may see and act on a comment under an article in
    /// `article_sections` (an unlimited account reaches every article).
    pub fn reaches(&self, article_sections: &[String]) -> bool {
        reaches(&self.sections, article_sections)
    }
}

/// Whether an account limited to `desk` (empty: unlimited) reaches an
/// article in `article_sections`: they share one section.
pub fn reaches(desk: &[String], article_sections: &[String]) -> bool {
    desk.is_empty() || article_sections.iter().any(|s| desk.contains(s))
}

/// The longest section slug, and the most sections one account has.
const SECTION_MAX: usize = 60;
const SECTIONS_MAX: usize = 50;

/// Reads `politics,world` (as `--sections` and the stored column write
/// them): lower-case letters, digits, hyphens and underscores, each once.
pub fn parse_sections(list: &str) -> Result<Vec<String>, UserError> {
    let mut out: Vec<String> = Vec::new();
    for part in list.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let slug = part.to_lowercase();
        let ok = slug.chars().count() <= SECTION_MAX
            && slug
                .chars()
                .all(|c| c.is_alphanumeric() || c == '-' || c == '_');
        if !ok {
            return Err(UserError::BadSection(part.chars().take(80).collect()));
        }
        if !out.contains(&slug) {
            out.push(slug);
        }
    }
    if out.len() > SECTIONS_MAX {
        return Err(UserError::BadSection(list.chars().take(80).collect()));
    }
    Ok(out)
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum UserError {
    #[error(
        "user name “{0}” is not valid: use 1 to 60 letters, digits, dots, hyphens and underscores"
    )]
    BadName(String),
    #[error("unknown role “{0}” (expected admin, editor or moderator)")]
    UnknownRole(String),
    #[error("the password must be at least {min} characters long", min = MIN_PASSWORD_CHARS)]
    ShortPassword,
    #[error("the password must be at most {max} bytes long", max = MAX_PASSWORD_BYTES)]
    LongPassword,
    #[error("the password could not be hashed")]
    Hashing,
    #[error(
        "section “{0}” is not valid: use letters, digits, hyphens and underscores, at most 60, comma-separated"
    )]
    BadSection(String),
}

pub const MIN_PASSWORD_CHARS: usize = 10;
/// Hashing cost grows with length; bound it so a login form cannot be abused.
pub const MAX_PASSWORD_BYTES: usize = 1024;

pub fn check_name(name: &str) -> Result<(), UserError> {
    let ok = (1..=60).contains(&name.len())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "._-".contains(c));
    if ok {
        Ok(())
    } else {
        Err(UserError::BadName(name.to_string()))
    }
}

/// Checks the policy and returns the argon2id PHC string to store.
pub fn hash_password(password: &str) -> Result<String, UserError> {
    if password.chars().count() < MIN_PASSWORD_CHARS {
        return Err(UserError::ShortPassword);
    }
    if password.len() > MAX_PASSWORD_BYTES {
        return Err(UserError::LongPassword);
    }
    Argon2::default()
        .hash_password(password.as_bytes())
        .map(|h| h.to_string())
        .map_err(|_| UserError::Hashing)
}

/// Constant-time verification against a stored PHC string.
pub fn verify_password(password: &str, stored: &str) -> bool {
    if password.len() > MAX_PASSWORD_BYTES {
        return false;
    }
    PasswordHash::new(stored).is_ok_and(|h| {
        Argon2::default()
            .verify_password(password.as_bytes(), &h)
            .is_ok()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_are_hashed_with_argon2id_and_verified() {
        let h = hash_password("correct horse battery").unwrap();
        assert!(h.starts_with("$argon2id$"), "{h}");
        assert!(verify_password("correct horse battery", &h));
        assert!(!verify_password("correct horse batterY", &h));
        assert!(!verify_password("x", "not a hash"));
        assert_eq!(hash_password("short"), Err(UserError::ShortPassword));
        assert_eq!(
            hash_password(&"x".repeat(2000)),
            Err(UserError::LongPassword)
        );
    }

    #[test]
    fn names_and_roles_are_checked() {
        assert!(check_name("ann.lee-2").is_ok());
        for bad in ["", "a b", "ann@x", &"a".repeat(61)] {
            assert!(check_name(bad).is_err(), "{bad}");
        }
        assert_eq!("editor".parse::<Role>(), Ok(Role::Editor));
        assert!("root".parse::<Role>().is_err());
        assert!(Role::Moderator.may_moderate() && !Role::Moderator.may_edit_articles());
    }

    #[test]
    fn a_desk_reaches_its_sections_only() {
        let desk = parse_sections(" Politics, world,politics ,").unwrap();
        assert_eq!(desk, ["politics", "world"]);
        assert!(reaches(&desk, &["sport".into(), "world".into()]));
        assert!(!reaches(&desk, &["sport".into()]));
        assert!(!reaches(&desk, &[]), "an article in no section is outside");
        assert!(reaches(&[], &[]), "an unlimited account reaches everything");
        for bad in ["a b", "../x", "x;y"] {
            assert!(parse_sections(bad).is_err(), "{bad}");
        }
    }
}

/// WordPress-style application passwords: 24 random letters and digits, shown
/// once in groups of four ("abcd efgh ijkl mnop qrst uvwx"). They carry about
/// 143 bits of entropy, so a fast hash is enough to store them (a slow one
/// would cost every API request tens of milliseconds for nothing).
pub mod app_password {
    use sha2::{Digest, Sha256};

    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    /// A new password, grouped for display; `None` if the OS has no randomness.
    pub fn generate() -> Option<String> {
        let mut out = String::new();
        let mut byte = [0u8; 1];
        while out.chars().filter(|c| *c != ' ').count() < 24 {
            getrandom::fill(&mut byte).ok()?;
            // 248 = 4 × 62: rejecting the rest keeps every character equally likely.
            if byte[0] < 248 {
                let n = out.chars().filter(|c| *c != ' ').count();
                if n > 0 && n % 4 == 0 {
                    out.push(' ');
                }
                out.push(char::from(ALPHABET[usize::from(byte[0] % 62)]));
            }
        }
        Some(out)
    }

    /// What is stored and compared: SHA-256 of the password without spaces
    /// (WordPress also accepts it with or without them).
    pub fn hash(password: &str) -> String {
        let compact: String = password.chars().filter(|c| !c.is_whitespace()).collect();
        Sha256::digest(compact.as_bytes())
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn passwords_are_grouped_and_hash_without_spaces() {
            let p = generate().unwrap();
            assert_eq!(p.len(), 29);
            assert_eq!(p.split(' ').count(), 6);
            assert_eq!(hash(&p), hash(&p.replace(' ', "")));
            assert_ne!(generate(), generate());
        }
    }
}
