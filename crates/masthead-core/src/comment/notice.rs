//! Notices of illegal content (the EU Digital Services Act, article 16): a
//! reader names a comment, a category of illegality, explains why, and may
//! leave a name and an address for the acknowledgement and the decision.
//! Pure: the form's rules; the use case stores and answers.
use serde::Serialize;
use std::fmt;

/// What a notice says the content is: the categories of the Commission's
/// DSA transparency database (`STATEMENT_CATEGORY_…`), as far as comments
/// can be them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum IllegalCategory {
    IllegalOrHarmfulSpeech,
    Violence,
    ProtectionOfMinors,
    DataProtectionAndPrivacyViolations,
    IntellectualPropertyInfringements,
    ScamsAndFraud,
    NonConsensualBehaviour,
    RiskForPublicSecurity,
    Other,
}

impl IllegalCategory {
    pub const ALL: [Self; 9] = [
        Self::IllegalOrHarmfulSpeech,
        Self::Violence,
        Self::ProtectionOfMinors,
        Self::DataProtectionAndPrivacyViolations,
        Self::IntellectualPropertyInfringements,
        Self::ScamsAndFraud,
        Self::NonConsensualBehaviour,
        Self::RiskForPublicSecurity,
        Self::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::IllegalOrHarmfulSpeech => "illegal_or_harmful_speech",
            Self::Violence => "violence",
            Self::ProtectionOfMinors => "protection_of_minors",
            Self::DataProtectionAndPrivacyViolations => "data_protection_and_privacy_violations",
            Self::IntellectualPropertyInfringements => "intellectual_property_infringements",
            Self::ScamsAndFraud => "scams_and_fraud",
            Self::NonConsensualBehaviour => "non_consensual_behaviour",
            Self::RiskForPublicSecurity => "risk_for_public_security",
            Self::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.as_str() == s)
    }
}

impl fmt::Display for IllegalCategory {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The shortest and longest explanation a notice takes, in characters.
pub const EXPLANATION_MIN: usize = 20;
pub const EXPLANATION_MAX: usize = 5000;
/// The longest name a notifier gives.
pub const NOTIFIER_NAME_MAX: usize = 200;

/// The notice form as typed.
#[derive(Debug, Clone, Default)]
pub struct NoticeForm {
    pub category: String,
    pub explanation: String,
    pub name: String,
    pub email: String,
    /// "I confirm in good faith that the information is accurate and
    /// complete" (article 16(2)(d)).
    pub good_faith: bool,
}

/// A notice that passed the form's rules.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValidNotice {
    pub category: IllegalCategory,
    pub explanation: String,
    pub name: String,
    /// Lower-cased; empty when none was given.
    pub email: String,
}

/// What is wrong with a notice, each told in the reader's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoticeProblem {
    Category,
    Explanation,
    Name,
    Email,
    GoodFaith,
}

impl NoticeProblem {
    /// Its message in the catalogues (`reader.ftl`).
    pub fn id(self) -> &'static str {
        match self {
            Self::Category => "notice-error-category",
            Self::Explanation => "notice-error-explanation",
            Self::Name => "notice-error-name",
            Self::Email => "notice-error-email",
            Self::GoodFaith => "notice-error-good-faith",
        }
    }
}

impl NoticeForm {
    pub fn validate(&self) -> Result<ValidNotice, Vec<NoticeProblem>> {
        let mut problems = Vec::new();
        let category = IllegalCategory::parse(self.category.trim());
        if category.is_none() {
            problems.push(NoticeProblem::Category);
        }
        let explanation = self.explanation.trim();
        let n = explanation.chars().count();
        if !(EXPLANATION_MIN..=EXPLANATION_MAX).contains(&n) || explanation.contains('\0') {
            problems.push(NoticeProblem::Explanation);
        }
        let name = self.name.split_whitespace().collect::<Vec<_>>().join(" ");
        if name.chars().count() > NOTIFIER_NAME_MAX {
            problems.push(NoticeProblem::Name);
        }
        let email = self.email.trim().to_lowercase();
        if !email.is_empty() && !super::is_email(&email) {
            problems.push(NoticeProblem::Email);
        }
        if !self.good_faith {
            problems.push(NoticeProblem::GoodFaith);
        }
        match category {
            Some(category) if problems.is_empty() => Ok(ValidNotice {
                category,
                explanation: explanation.to_string(),
                name,
                email,
            }),
            _ => Err(problems),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form() -> NoticeForm {
        NoticeForm {
            category: "illegal_or_harmful_speech".into(),
            explanation: "It calls for violence against a named group.".into(),
            name: "  Ann   Lee ".into(),
            email: "Ann@Example.org".into(),
            good_faith: true,
        }
    }

    #[test]
    fn a_notice_needs_a_category_an_explanation_and_good_faith() {
        let ok = form().validate().unwrap();
        assert_eq!(ok.category, IllegalCategory::IllegalOrHarmfulSpeech);
        assert_eq!(
            (ok.name.as_str(), ok.email.as_str()),
            ("Ann Lee", "ann@example.org")
        );
        let anonymous = NoticeForm {
            name: String::new(),
            email: String::new(),
            ..form()
        };
        assert!(anonymous.validate().is_ok(), "name and email are optional");
        let bad = NoticeForm {
            category: "rude".into(),
            explanation: "short".into(),
            email: "nobody".into(),
            good_faith: false,
            ..form()
        };
        assert_eq!(
            bad.validate().unwrap_err(),
            [
                NoticeProblem::Category,
                NoticeProblem::Explanation,
                NoticeProblem::Email,
                NoticeProblem::GoodFaith
            ]
        );
        for c in IllegalCategory::ALL {
            assert_eq!(IllegalCategory::parse(c.as_str()), Some(c));
        }
    }
}
