//! The tags and attributes readers may use in comments (a setting).
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::str::FromStr;

/// The tags and attributes readers may use in comments. Written and stored as
/// `a[href,title] abbr[title] b …`; the default is exactly the list the seed page
/// promises (WordPress's classic `$allowedtags` without `<s>`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Allowlist {
    tags: BTreeMap<String, BTreeSet<String>>,
}

pub const DEFAULT_ALLOWLIST: &str = "a[href,title] abbr[title] acronym[title] b blockquote[cite] \
     cite code del[datetime] em i q[cite] strike strong";

/// Tags an operator may allow. Anything outside this set (script, style, img,
/// iframe, form, svg…) can carry active content or break the page layout.
const SAFE_TAGS: &[&str] = &[
    "a",
    "abbr",
    "acronym",
    "b",
    "bdi",
    "bdo",
    "blockquote",
    "cite",
    "code",
    "del",
    "dfn",
    "em",
    "i",
    "ins",
    "kbd",
    "mark",
    "q",
    "s",
    "samp",
    "small",
    "strike",
    "strong",
    "sub",
    "sup",
    "time",
    "u",
    "var",
];
/// Attributes an operator may allow; URL-valued ones are scheme-checked by ammonia.
const SAFE_ATTRIBUTES: &[&str] = &["href", "title", "cite", "datetime", "lang", "dir"];

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum AllowlistError {
    #[error("“{0}” is not a tag comments may allow (allowed: {list})", list = SAFE_TAGS.join(" "))]
    UnsafeTag(String),
    #[error("attribute “{1}” on <{0}> is not one comments may allow (allowed: {list})", list = SAFE_ATTRIBUTES.join(" "))]
    UnsafeAttribute(String, String),
    #[error("cannot read the allowlist near “{0}”: write tags like a[href,title] b i")]
    Syntax(String),
}

impl crate::Localized for AllowlistError {
    fn message(&self, t: crate::i18n::Tr) -> String {
        use crate::i18n::Arg;
        match self {
            Self::UnsafeTag(tag) => t.args(
                "admin-allowlist-unsafe-tag",
                &[
                    ("tag", Arg::from(tag)),
                    ("list", SAFE_TAGS.join(" ").into()),
                ],
            ),
            Self::UnsafeAttribute(tag, attribute) => t.args(
                "admin-allowlist-unsafe-attribute",
                &[
                    ("tag", Arg::from(tag)),
                    ("attribute", Arg::from(attribute)),
                    ("list", SAFE_ATTRIBUTES.join(" ").into()),
                ],
            ),
            Self::Syntax(near) => t.s("admin-allowlist-syntax", "near", near),
        }
    }
}

impl Allowlist {
    pub fn tags(&self) -> impl Iterator<Item = (&str, impl Iterator<Item = &str>)> {
        self.tags
            .iter()
            .map(|(t, attrs)| (t.as_str(), attrs.iter().map(String::as_str)))
    }

    pub fn allows_tag(&self, tag: &str) -> bool {
        self.tags.contains_key(tag)
    }

    pub fn allows_attribute(&self, tag: &str, attr: &str) -> bool {
        self.tags.get(tag).is_some_and(|a| a.contains(attr))
    }

    /// The sentence under the comment form, e.g. `<a href="" title=""> <b>`.
    pub fn describe(&self) -> String {
        let mut out = String::new();
        for (tag, attrs) in &self.tags {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push('<');
            out.push_str(tag);
            for a in attrs {
                out.push(' ');
                out.push_str(a);
                out.push_str("=\"\"");
            }
            out.push('>');
        }
        out
    }
}

impl Default for Allowlist {
    fn default() -> Self {
        DEFAULT_ALLOWLIST.parse().unwrap_or_else(|_| Allowlist {
            tags: BTreeMap::new(),
        })
    }
}

impl FromStr for Allowlist {
    type Err = AllowlistError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let mut tags = BTreeMap::new();
        for item in s.split_whitespace() {
            let (tag, attrs) = match item.split_once('[') {
                Some((tag, rest)) => {
                    let inner = rest
                        .strip_suffix(']')
                        .ok_or_else(|| AllowlistError::Syntax(item.to_string()))?;
                    (tag, inner.split(',').filter(|a| !a.is_empty()).collect())
                }
                None => (item, Vec::new()),
            };
            let tag = tag.to_ascii_lowercase();
            if !SAFE_TAGS.contains(&tag.as_str()) {
                return Err(AllowlistError::UnsafeTag(tag));
            }
            let set: &mut BTreeSet<String> = tags.entry(tag.clone()).or_default();
            for a in attrs {
                let a = a.trim().to_ascii_lowercase();
                if !SAFE_ATTRIBUTES.contains(&a.as_str()) {
                    return Err(AllowlistError::UnsafeAttribute(tag, a));
                }
                set.insert(a);
            }
        }
        Ok(Allowlist { tags })
    }
}

impl fmt::Display for Allowlist {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut first = true;
        for (tag, attrs) in &self.tags {
            if !first {
                f.write_str(" ")?;
            }
            first = false;
            f.write_str(tag)?;
            if !attrs.is_empty() {
                let list: Vec<&str> = attrs.iter().map(String::as_str).collect();
                write!(f, "[{}]", list.join(","))?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_describes_exactly_the_seed_list() {
        assert_eq!(
            Allowlist::default().describe(),
            r#"<a href="" title=""> <abbr title=""> <acronym title=""> <b> <blockquote cite=""> <cite> <code> <del datetime=""> <em> <i> <q cite=""> <strike> <strong>"#
        );
    }

    #[test]
    fn display_round_trips() {
        let a = Allowlist::default();
        assert_eq!(a.to_string().parse::<Allowlist>(), Ok(a));
    }

    #[test]
    fn dangerous_tags_and_attributes_are_refused() {
        assert_eq!(
            "b script".parse::<Allowlist>(),
            Err(AllowlistError::UnsafeTag("script".into()))
        );
        assert_eq!(
            "a[onclick]".parse::<Allowlist>(),
            Err(AllowlistError::UnsafeAttribute(
                "a".into(),
                "onclick".into()
            ))
        );
        assert!(matches!(
            "a[href".parse::<Allowlist>(),
            Err(AllowlistError::Syntax(_))
        ));
    }
}
