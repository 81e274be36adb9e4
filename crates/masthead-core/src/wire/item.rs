//! One agency story as masthead reads it, whatever format it came in.
use crate::Timestamp;

/// The agency's word on whether the story may run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PubStatus {
    #[default]
    Usable,
    /// Held back by the agency for now: not published, taken down if it was.
    Withheld,
    /// Withdrawn ("killed"): taken down at once.
    Canceled,
}

impl PubStatus {
    /// ninjs `pubstatus` or NewsML-G2 `pubStatus@qcode` (`stat:canceled`).
    pub fn parse(s: &str) -> Self {
        let s = s.trim().to_ascii_lowercase();
        let s = s.rsplit(':').next().unwrap_or_default();
        match s {
            "withheld" => Self::Withheld,
            "canceled" | "cancelled" => Self::Canceled,
            _ => Self::Usable,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Usable => "usable",
            Self::Withheld => "withheld",
            Self::Canceled => "canceled",
        }
    }
}

/// A picture that comes with a story: the rendition to download, and what
/// the page says under it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct WirePhoto {
    pub url: String,
    pub caption: String,
    pub credit: String,
    pub width: Option<u32>,
}

/// One story from a wire source. `body_html` is the agency's markup, not
/// yet sanitised: it goes through the article policy before it is stored.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct WireItem {
    /// The story's identity across versions (ninjs `uri`, NewsML-G2
    /// `guid`, RSS `guid`/`link`, Atom `id`).
    pub guid: String,
    /// The agency's version number, when it numbers them.
    pub version: Option<i64>,
    pub version_created: Option<Timestamp>,
    pub first_created: Option<Timestamp>,
    pub status: PubStatus,
    /// Not to be published before this.
    pub embargoed: Option<Timestamp>,
    /// Empty on a bare notice (a kill, a status change): such an item
    /// updates a story masthead has, it never makes one.
    pub headline: String,
    pub subheadline: String,
    pub body_html: String,
    pub byline: String,
    /// "Reporting by …; Editing by …", when the agency gives it.
    pub contributors: Vec<String>,
    pub dateline: String,
    /// The original story on the agency's site (the "Article source:" link).
    pub source_url: Option<String>,
    pub photo: Option<WirePhoto>,
    /// The agency's subjects (names), for tags.
    pub subjects: Vec<String>,
    pub language: Option<String>,
    /// The agency's correction note, when it marks the version a correction.
    pub correction: Option<String>,
}

impl WireItem {
    /// Whether `self` is a later version of the same story than `other`:
    /// a higher version number, or else a newer `versioncreated`.
    pub fn supersedes(&self, version: Option<i64>, created: Option<Timestamp>) -> bool {
        match (self.version, version) {
            (Some(mine), Some(theirs)) if mine != theirs => mine > theirs,
            _ => match (self.version_created, created) {
                (Some(mine), Some(theirs)) => mine > theirs,
                (Some(_), None) => true,
                _ => false,
            },
        }
    }
}

/// Contributor lines at the end of a story ("Reporting by X; Editing by
/// Y", "(Additional reporting by Z)", "Tovah Lazaoff contributed to this
/// report."): taken out of the body's last paragraphs into their own line.
pub fn contributor_line(paragraph: &str) -> Option<String> {
    let p = paragraph
        .trim()
        .trim_start_matches('(')
        .trim_end_matches(['.', ' '])
        .trim_end_matches(')')
        .trim();
    let lower = p.to_lowercase();
    let by = [
        "reporting by ",
        "additional reporting by ",
        "writing by ",
        "editing by ",
        "compiled by ",
        "reported by ",
    ]
    .iter()
    .any(|s| lower.starts_with(s));
    let contributed =
        lower.ends_with("contributed to this report") || lower.ends_with("contributed reporting");
    ((by || contributed) && p.len() < 300 && !p.contains('<')).then(|| p.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_and_contributors_are_read_as_agencies_write_them() {
        assert_eq!(PubStatus::parse("stat:canceled"), PubStatus::Canceled);
        assert_eq!(PubStatus::parse("Withheld"), PubStatus::Withheld);
        assert_eq!(PubStatus::parse("usable"), PubStatus::Usable);
        assert_eq!(
            contributor_line("(Reporting by Jane Roe; Editing by John Doe)").as_deref(),
            Some("Reporting by Jane Roe; Editing by John Doe")
        );
        assert_eq!(
            contributor_line("Tovah Lazaoff contributed to this report.").as_deref(),
            Some("Tovah Lazaoff contributed to this report")
        );
        assert_eq!(contributor_line("The minister said on Tuesday."), None);
        let item = WireItem {
            version: Some(2),
            ..WireItem::default()
        };
        assert!(item.supersedes(Some(1), None));
        assert!(!item.supersedes(Some(2), None));
    }
}
