//! Query-string parameters of the collections, validated the way WordPress
//! validates them, with its error codes. Unknown parameters are ignored.
use crate::error::{Text, WpError};

pub struct Params(Vec<(String, String)>);

impl Params {
    pub fn parse(raw: Option<&str>) -> Self {
        Self(
            form_urlencoded::parse(raw.unwrap_or_default().as_bytes())
                .map(|(k, v)| (k.trim_end_matches("[]").to_string(), v.into_owned()))
                .collect(),
        )
    }

    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .rev()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// Every value of a list parameter: `slug=a,b`, `slug[]=a&slug[]=b`.
    pub fn list(&self, name: &str) -> Vec<String> {
        self.0
            .iter()
            .filter(|(k, _)| k == name)
            .flat_map(|(_, v)| v.split(','))
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_string)
            .collect()
    }

    pub fn ids(&self, name: &str) -> Result<Vec<i64>, WpError> {
        let values = self.list(name);
        if values.is_empty() && self.get(name).is_some() {
            return Err(WpError::invalid_param(
                name,
                format!("{name} is not of type integer."),
            ));
        }
        values
            .iter()
            .map(|v| match v.parse::<i64>() {
                Ok(n) if n >= 0 => Ok(n),
                _ => Err(WpError::invalid_param(
                    name,
                    format!("{name} is not of type integer."),
                )),
            })
            .collect()
    }

    pub fn page(&self) -> Result<u64, WpError> {
        match self.get("page") {
            None => Ok(1),
            Some(v) => match v.trim().parse::<i64>() {
                Ok(n) if n >= 1 => Ok(n.unsigned_abs()),
                _ => Err(WpError::invalid_param(
                    "page",
                    "page must be greater than or equal to 1",
                )),
            },
        }
    }

    pub fn per_page(&self) -> Result<u32, WpError> {
        match self.get("per_page") {
            None => Ok(10),
            Some(v) => match v.trim().parse::<u32>() {
                Ok(n) if (1..=100).contains(&n) => Ok(n),
                _ => Err(WpError::invalid_param(
                    "per_page",
                    "per_page must be between 1 (inclusive) and 100 (inclusive)",
                )),
            },
        }
    }

    /// `true` for ascending.
    pub fn order(&self, default_ascending: bool) -> Result<bool, WpError> {
        match self.get("order") {
            None => Ok(default_ascending),
            Some("asc") => Ok(true),
            Some("desc") => Ok(false),
            Some(_) => Err(WpError::invalid_param(
                "order",
                "order is not one of asc and desc.",
            )),
        }
    }

    /// The search term; a NUL in it is refused (PostgreSQL cannot compare it).
    pub fn search(&self) -> Result<Option<String>, WpError> {
        match self.get("search") {
            Some(s) if s.contains('\0') => Err(WpError::invalid_param(
                "search",
                "search may not contain NUL characters.",
            )),
            other => Ok(other.map(str::to_string).filter(|s| !s.trim().is_empty())),
        }
    }

    /// `context=edit` needs staff rights, which anonymous callers lack.
    pub fn check_context(&self) -> Result<(), WpError> {
        self.check_context_for(false)
    }

    /// As `check_context`, letting `staff` (moderators with an application
    /// password) ask for the edit context.
    pub fn check_context_for(&self, staff: bool) -> Result<(), WpError> {
        match self.get("context") {
            None | Some("view") | Some("embed") => Ok(()),
            Some("edit") if staff => Ok(()),
            Some("edit") => Err(WpError::new(
                axum::http::StatusCode::UNAUTHORIZED,
                "rest_forbidden_context",
                Text::id("error-rest-forbidden-context"),
            )),
            Some(_) => Err(WpError::invalid_param(
                "context",
                "context is not one of view, embed, and edit.",
            )),
        }
    }
}

/// Values of `order` (for the OpenAPI document).
#[derive(utoipa::ToSchema)]
#[schema(rename_all = "lowercase")]
#[allow(dead_code)]
pub enum Order {
    Asc,
    Desc,
}

/// Values of `orderby` on posts.
#[derive(utoipa::ToSchema)]
#[schema(rename_all = "lowercase")]
#[allow(dead_code)]
pub enum PostOrderBy {
    Date,
    Id,
    Title,
    Slug,
    Modified,
    Relevance,
}

/// Values of `orderby` on comments.
#[derive(utoipa::ToSchema)]
#[allow(dead_code)]
pub enum CommentOrderBy {
    #[schema(rename = "date_gmt")]
    DateGmt,
    #[schema(rename = "date")]
    Date,
    #[schema(rename = "id")]
    Id,
}

/// `context`: anonymous callers may use view and embed.
#[derive(utoipa::ToSchema)]
#[schema(rename_all = "lowercase")]
#[allow(dead_code)]
pub enum Context {
    View,
    Embed,
}

/// Post `status` an anonymous caller may ask for.
#[derive(utoipa::ToSchema)]
#[schema(rename_all = "lowercase")]
#[allow(dead_code)]
pub enum PostStatusParam {
    Publish,
}

/// Comment `status` an anonymous caller may ask for.
#[derive(utoipa::ToSchema)]
#[schema(rename_all = "lowercase")]
#[allow(dead_code)]
pub enum CommentStatusParam {
    Approve,
}

/// Comment `type` an anonymous caller may ask for.
#[derive(utoipa::ToSchema)]
#[schema(rename_all = "lowercase")]
#[allow(dead_code)]
pub enum CommentTypeParam {
    Comment,
}
