//! What a reader types into the comment form, and WordPress's rules for it.
use super::email::is_email;
use crate::Localized;
use crate::html::to_text;
use crate::i18n::Tr;
use serde::Serialize;
use std::fmt;

/// WordPress's limits, in UTF-8 bytes of the trimmed input.
pub mod limits {
    pub const AUTHOR: usize = 245;
    pub const EMAIL: usize = 100;
    pub const URL: usize = 200;
    pub const COMMENT: usize = 65_525;
}

/// The reader-controlled fields of the classic WordPress comment form, as sent.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CommentForm {
    pub author: String,
    pub email: String,
    pub url: String,
    pub comment: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Field {
    Comment,
    Author,
    Email,
    Url,
}

impl Field {
    /// The form field's name, as WordPress spells it.
    pub fn name(self) -> &'static str {
        match self {
            Field::Comment => "comment",
            Field::Author => "author",
            Field::Email => "email",
            Field::Url => "url",
        }
    }
}

/// A problem with one field; the message is WordPress's wording where it has one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldError {
    pub field: Field,
    pub code: &'static str,
    /// English, for logs and the CLI; people read [`Localized::message`].
    pub message: &'static str,
    /// Its message in the catalogues (`errors.ftl`).
    #[serde(skip)]
    pub id: &'static str,
}

impl Localized for FieldError {
    fn message(&self, t: Tr) -> String {
        t.t(self.id)
    }
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message)
    }
}

const fn err(
    field: Field,
    code: &'static str,
    message: &'static str,
    id: &'static str,
) -> FieldError {
    FieldError {
        field,
        code,
        message,
        id,
    }
}

pub const REQUIRED_AUTHOR: FieldError = err(
    Field::Author,
    "require_name_email",
    "Please fill the required fields.",
    "error-required-fields",
);
pub const REQUIRED_EMAIL: FieldError = err(
    Field::Email,
    "require_name_email",
    "Please fill the required fields.",
    "error-required-fields",
);
pub const INVALID_EMAIL: FieldError = err(
    Field::Email,
    "require_valid_email",
    "Please enter a valid email address.",
    "error-invalid-email",
);
pub const REQUIRED_COMMENT: FieldError = err(
    Field::Comment,
    "require_valid_comment",
    "Please type your comment text.",
    "error-comment-required",
);
pub const LONG_AUTHOR: FieldError = err(
    Field::Author,
    "comment_author_column_length",
    "Your name is too long.",
    "error-name-too-long",
);
pub const LONG_EMAIL: FieldError = err(
    Field::Email,
    "comment_author_email_column_length",
    "Your email address is too long.",
    "error-email-too-long",
);
pub const LONG_URL: FieldError = err(
    Field::Url,
    "comment_author_url_column_length",
    "Your URL is too long.",
    "error-url-too-long",
);
pub const LONG_COMMENT: FieldError = err(
    Field::Comment,
    "comment_content_column_length",
    "Your comment is too long.",
    "error-comment-too-long",
);
pub const BAD_URL: FieldError = err(
    Field::Url,
    "invalid_url",
    "Please enter a website address that starts with http:// or https://.",
    "error-bad-url",
);

/// A submission whose fields passed every rule, normalised for storage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidComment {
    pub author_name: String,
    pub author_email: String,
    pub author_url: Option<String>,
    pub content_source: String,
}

/// Removes control characters (keeping tab and newlines where text may span lines).
fn without_controls(s: &str, multiline: bool) -> String {
    s.chars()
        .filter(|&c| !c.is_control() || (multiline && matches!(c, '\n' | '\r' | '\t')))
        .collect()
}

fn collapse_whitespace(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl CommentForm {
    /// Applies WordPress's rules and reports every failing field at once.
    pub fn validate(&self) -> Result<ValidComment, Vec<FieldError>> {
        let mut errors = Vec::new();
        let author = collapse_whitespace(&to_text(&without_controls(&self.author, false)));
        let email = without_controls(&self.email, false).trim().to_string();
        let url = without_controls(&self.url, false).trim().to_string();
        let comment = without_controls(&self.comment, true).trim().to_string();

        if comment.is_empty() {
            errors.push(REQUIRED_COMMENT);
        } else if comment.len() > limits::COMMENT {
            errors.push(LONG_COMMENT);
        }
        if author.is_empty() {
            errors.push(REQUIRED_AUTHOR);
        } else if author.len() > limits::AUTHOR {
            errors.push(LONG_AUTHOR);
        }
        if email.is_empty() {
            errors.push(REQUIRED_EMAIL);
        } else if email.len() > limits::EMAIL {
            errors.push(LONG_EMAIL);
        } else if !is_email(&email) {
            errors.push(INVALID_EMAIL);
        }
        let author_url = if url.is_empty() {
            None
        } else if url.len() > limits::URL {
            errors.push(LONG_URL);
            None
        } else {
            match normalize_url(&url) {
                Some(u) => Some(u),
                None => {
                    errors.push(BAD_URL);
                    None
                }
            }
        };
        if errors.is_empty() {
            Ok(ValidComment {
                author_name: author,
                author_email: email,
                author_url,
                content_source: comment,
            })
        } else {
            Err(errors)
        }
    }
}

/// Accepts http(s) URLs; a bare host gets `http://` as in WordPress's `esc_url_raw`.
fn normalize_url(raw: &str) -> Option<String> {
    if raw.chars().any(char::is_whitespace) {
        return None;
    }
    // "javascript:…" has a scheme; "example.com:8080" and "localhost:8080" do not.
    let has_scheme = raw.split_once(':').is_some_and(|(scheme, rest)| {
        !scheme.is_empty()
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '+' || c == '-')
            && !rest.starts_with(|c: char| c.is_ascii_digit())
    });
    let candidate = if has_scheme {
        raw.to_string()
    } else {
        format!("http://{raw}")
    };
    let parsed = url::Url::parse(&candidate).ok()?;
    let has_host = parsed.host_str().is_some_and(|h| !h.is_empty());
    (matches!(parsed.scheme(), "http" | "https") && has_host).then(|| parsed.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(author: &str, email: &str, url: &str, comment: &str) -> CommentForm {
        CommentForm {
            author: author.into(),
            email: email.into(),
            url: url.into(),
            comment: comment.into(),
        }
    }

    #[test]
    fn a_complete_form_is_valid_and_normalised() {
        let v = form(
            " <b>Ann</b>  Lee ",
            " ann@example.com ",
            "example.com/me",
            "  Hi  ",
        )
        .validate()
        .unwrap();
        assert_eq!(v.author_name, "Ann Lee");
        assert_eq!(v.author_email, "ann@example.com");
        assert_eq!(v.author_url.as_deref(), Some("http://example.com/me"));
        assert_eq!(v.content_source, "Hi");
    }

    #[test]
    fn every_missing_field_is_reported() {
        let errs = form("", "", "", " ").validate().unwrap_err();
        assert_eq!(
            errs,
            vec![REQUIRED_COMMENT, REQUIRED_AUTHOR, REQUIRED_EMAIL]
        );
    }

    #[test]
    fn limits_are_bytes_not_characters() {
        // 123 two-byte characters = 246 bytes: one over the name limit.
        let name = "é".repeat(123);
        assert_eq!(
            form(&name, "a@b.co", "", "x").validate().unwrap_err(),
            vec![LONG_AUTHOR]
        );
        let name = "é".repeat(122);
        assert!(form(&name, "a@b.co", "", "x").validate().is_ok());
        let long = "x".repeat(limits::COMMENT + 1);
        assert_eq!(
            form("a", "a@b.co", "", &long).validate().unwrap_err(),
            vec![LONG_COMMENT]
        );
        let email = format!("{}@example.com", "a".repeat(90));
        assert_eq!(
            form("a", &email, "", "x").validate().unwrap_err(),
            vec![LONG_EMAIL]
        );
        let url = format!("https://example.com/{}", "a".repeat(190));
        assert_eq!(
            form("a", "a@b.co", &url, "x").validate().unwrap_err(),
            vec![LONG_URL]
        );
    }

    #[test]
    fn only_http_and_https_websites_are_accepted() {
        for bad in [
            "javascript:alert(1)",
            "data:text/html,x",
            "ftp://example.com",
            "http://",
            "http://exa mple.com",
        ] {
            assert_eq!(
                form("a", "a@b.co", bad, "x").validate().unwrap_err(),
                vec![BAD_URL],
                "{bad}"
            );
        }
        for ok in [
            "https://example.com",
            "HTTP://EXAMPLE.COM/x",
            "example.com:8080/x",
        ] {
            assert!(form("a", "a@b.co", ok, "x").validate().is_ok(), "{ok}");
        }
    }

    #[test]
    fn the_english_catalogue_says_what_the_logs_say() {
        use crate::i18n::Lang;
        let en = Tr::new(Lang::En);
        for e in [
            REQUIRED_AUTHOR,
            REQUIRED_EMAIL,
            INVALID_EMAIL,
            REQUIRED_COMMENT,
            LONG_AUTHOR,
            LONG_EMAIL,
            LONG_URL,
            LONG_COMMENT,
            BAD_URL,
        ] {
            assert_eq!(e.message(en), e.message, "{}", e.id);
            for lang in Lang::ALL.into_iter().filter(|&l| l != Lang::En) {
                assert_ne!(e.message(Tr::new(lang)), e.message, "{lang}: {}", e.id);
            }
        }
    }

    #[test]
    fn an_invalid_email_is_reported() {
        assert_eq!(
            form("a", "not-an-email", "", "x").validate().unwrap_err(),
            vec![INVALID_EMAIL]
        );
    }
}
