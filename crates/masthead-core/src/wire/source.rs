//! A wire source as staff describe it, checked the same way from the
//! command line and the admin.
use crate::i18n::{Arg, Tr};
use crate::store::{NewWireSource, PublishMode};

pub const NAME_MAX: usize = 100;
pub const CREDIT_MAX: usize = 200;
pub const URL_MAX: usize = 2000;
/// Minutes between polls: at least one, at most a day.
pub const EVERY_MAX: u32 = 1440;
pub const EVERY_DEFAULT: u32 = 5;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SourceError {
    #[error("the source needs a name of 1 to {NAME_MAX} characters, on one line")]
    Name,
    #[error("“{0}” is not an http or https address")]
    Url(String),
    #[error("the credit may be at most {CREDIT_MAX} characters, on one line")]
    Credit,
    #[error("the interval is 1 to {EVERY_MAX} minutes")]
    Every,
}

impl crate::Localized for SourceError {
    fn message(&self, t: Tr) -> String {
        match self {
            Self::Name => t.args("wire-source-bad-name", &[("max", Arg::from(NAME_MAX))]),
            Self::Url(u) => t.s("wire-source-bad-url", "url", u),
            Self::Credit => t.args("wire-source-bad-credit", &[("max", Arg::from(CREDIT_MAX))]),
            Self::Every => t.args("wire-source-bad-every", &[("max", Arg::from(EVERY_MAX))]),
        }
    }
}

fn one_line(s: &str, max: usize) -> bool {
    s.chars().count() <= max && !s.chars().any(char::is_control)
}

/// Checks what staff typed; the source, trimmed.
pub fn check_source(
    name: &str,
    url: &str,
    credit: &str,
    every_minutes: u32,
    publish: PublishMode,
) -> Result<NewWireSource, SourceError> {
    let (name, url, credit) = (name.trim(), url.trim(), credit.trim());
    if name.is_empty() || !one_line(name, NAME_MAX) {
        return Err(SourceError::Name);
    }
    let parsed = url::Url::parse(url).ok().filter(|u| {
        matches!(u.scheme(), "http" | "https") && u.host_str().is_some() && url.len() <= URL_MAX
    });
    let Some(parsed) = parsed else {
        return Err(SourceError::Url(url.chars().take(200).collect()));
    };
    if !one_line(credit, CREDIT_MAX) {
        return Err(SourceError::Credit);
    }
    if !(1..=EVERY_MAX).contains(&every_minutes) {
        return Err(SourceError::Every);
    }
    Ok(NewWireSource {
        name: name.to_string(),
        url: parsed.to_string(),
        credit: credit.to_string(),
        every_minutes,
        publish,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources_are_checked_before_they_are_stored() {
        let ok = check_source(" Wire ", "http://127.0.0.1:9/f", "", 5, PublishMode::Now);
        assert_eq!(ok.map(|s| s.name), Ok("Wire".to_string()));
        assert_eq!(
            check_source("", "http://x.test/", "", 5, PublishMode::Draft),
            Err(SourceError::Name)
        );
        assert!(matches!(
            check_source("a", "file:///etc/passwd", "", 5, PublishMode::Draft),
            Err(SourceError::Url(_))
        ));
        assert_eq!(
            check_source("a", "https://x.test/", "a\nb", 5, PublishMode::Draft),
            Err(SourceError::Credit)
        );
        assert_eq!(
            check_source("a", "https://x.test/", "", 0, PublishMode::Draft),
            Err(SourceError::Every)
        );
    }
}
