//! The JSON shapes of WordPress's REST API (view context). They are built from
//! domain types here, so neither storage rows nor the email ever reach JSON.
use crate::error::WpError;
use crate::state::AppState;
use crate::views::{Dates, article_url, base_url};
use axum::http::HeaderMap;
use masthead_core::Timestamp;
use masthead_core::article::Article;
use masthead_core::chrono::FixedOffset;
use masthead_core::comment::{CommentStatus, PublicComment};
use masthead_core::html::escape_html;
use masthead_core::settings::SiteSettings;
use serde::Serialize;
use std::collections::BTreeMap;
use utoipa::ToSchema;

#[derive(Serialize, ToSchema)]
pub struct Rendered {
    pub rendered: String,
}

#[derive(Serialize, ToSchema)]
pub struct RenderedProtected {
    pub rendered: String,
    pub protected: bool,
}

#[derive(Serialize, ToSchema)]
pub struct Link {
    pub href: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub embeddable: Option<bool>,
}

pub type Links = BTreeMap<String, Vec<Link>>;

fn link(href: String) -> Vec<Link> {
    vec![Link {
        href,
        embeddable: None,
    }]
}

/// A post (article) as WordPress's REST API shows it to anonymous callers.
#[derive(Serialize, ToSchema)]
pub struct WpPost {
    pub id: i64,
    /// Site-local time, `YYYY-MM-DDTHH:MM:SS`, no zone suffix.
    pub date: String,
    pub date_gmt: String,
    pub guid: Rendered,
    pub modified: String,
    pub modified_gmt: String,
    pub slug: String,
    pub status: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub link: String,
    pub title: Rendered,
    pub content: RenderedProtected,
    pub excerpt: RenderedProtected,
    pub author: i64,
    pub featured_media: i64,
    pub comment_status: String,
    pub ping_status: String,
    pub sticky: bool,
    pub template: String,
    pub format: String,
    pub meta: Vec<String>,
    pub categories: Vec<i64>,
    pub tags: Vec<i64>,
    /// masthead's: the slugs of its sections (its `categories`), which
    /// section desks are limited to.
    pub sections: Vec<String>,
    #[serde(rename = "_links")]
    pub links: Links,
}

/// A comment as WordPress's REST API shows it to anonymous callers: there is
/// no email field, and no avatar (avatars would carry a hash of the email).
#[derive(Serialize, ToSchema)]
pub struct WpComment {
    pub id: i64,
    pub post: i64,
    pub parent: i64,
    pub author: i64,
    pub author_name: String,
    pub author_url: String,
    pub date: String,
    pub date_gmt: String,
    pub content: Rendered,
    pub link: String,
    /// `approved`, or `hold` for a comment awaiting moderation.
    pub status: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub meta: Vec<String>,
    /// Only for staff authenticated with an application password (`context=edit`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author_email: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub author_ip: Option<String>,
    #[serde(rename = "_links")]
    pub links: Links,
}

pub struct Ctx {
    pub base: String,
    pub offset: FixedOffset,
    /// The site's "close comments after N days" (0: never).
    pub close_after_days: u32,
}

impl Ctx {
    /// The request's absolute base URL and the site's date offset.
    pub async fn new(state: &AppState, headers: &HeaderMap) -> Result<Self, WpError> {
        let settings = state.settings().await?;
        Ok(Self::with_settings(&settings, headers))
    }

    pub fn with_settings(settings: &SiteSettings, headers: &HeaderMap) -> Self {
        Ctx {
            base: base_url(headers),
            offset: Dates::new(settings).offset(),
            close_after_days: settings.moderation.close_after_days,
        }
    }

    fn local(&self, t: Timestamp) -> String {
        t.with_timezone(&self.offset)
            .format("%Y-%m-%dT%H:%M:%S")
            .to_string()
    }

    fn gmt(&self, t: Timestamp) -> String {
        t.format("%Y-%m-%dT%H:%M:%S").to_string()
    }
}

/// WordPress's automatic excerpt: the first 55 words, then ` [&hellip;]`.
fn excerpt(article: &Article) -> String {
    if !article.standfirst.is_empty() {
        return format!("<p>{}</p>\n", escape_html(&article.standfirst));
    }
    let text = masthead_core::html::to_text(article.body_html.as_str());
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut out = words.iter().take(55).copied().collect::<Vec<_>>().join(" ");
    if words.len() > 55 {
        out.push_str(" [&hellip;]");
    }
    format!(
        "<p>{}</p>\n",
        escape_html(&out).replace("[&amp;hellip;]", "[&hellip;]")
    )
}

impl WpPost {
    pub fn new(a: &Article, ctx: &Ctx) -> Self {
        let base = ctx.base.as_str();
        let id = a.id.0;
        let mut links = Links::new();
        links.insert(
            "self".into(),
            link(format!("{base}/wp-json/wp/v2/posts/{id}")),
        );
        links.insert(
            "collection".into(),
            link(format!("{base}/wp-json/wp/v2/posts")),
        );
        links.insert(
            "replies".into(),
            vec![Link {
                href: format!("{base}/wp-json/wp/v2/comments?post={id}"),
                embeddable: Some(true),
            }],
        );
        WpPost {
            id,
            date: ctx.local(a.published_at),
            date_gmt: ctx.gmt(a.published_at),
            guid: Rendered {
                rendered: format!("{base}/?p={id}"),
            },
            modified: ctx.local(a.updated_at),
            modified_gmt: ctx.gmt(a.updated_at),
            slug: a.slug.clone(),
            status: "publish".into(),
            kind: "post".into(),
            link: format!("{base}{}", article_url(&a.slug)),
            title: Rendered {
                rendered: escape_html(&a.title),
            },
            content: RenderedProtected {
                rendered: a.body_html.to_string(),
                protected: false,
            },
            excerpt: RenderedProtected {
                rendered: excerpt(a),
                protected: false,
            },
            author: a.author_id.unwrap_or(0),
            featured_media: 0,
            comment_status: if a
                .accepts_comments(masthead_core::chrono::Utc::now(), ctx.close_after_days)
            {
                "open"
            } else {
                "closed"
            }
            .into(),
            ping_status: "closed".into(),
            sticky: false,
            template: String::new(),
            format: "standard".into(),
            meta: Vec::new(),
            categories: Vec::new(),
            tags: Vec::new(),
            sections: Vec::new(),
            links,
        }
    }

    /// With its sections (term id, slug), as `SectionStore::article_sections` reads them.
    pub fn with_sections(mut self, sections: &[(i64, String)]) -> Self {
        self.categories = sections.iter().map(|(id, _)| *id).collect();
        self.sections = sections.iter().map(|(_, slug)| slug.clone()).collect();
        self
    }
}

/// One post with its sections.
pub async fn post_with_sections(
    store: &dyn masthead_core::store::Store,
    post: WpPost,
) -> masthead_core::store::StoreResult<WpPost> {
    let sections = store
        .article_sections(&[masthead_core::ids::ArticleId(post.id)])
        .await?;
    let mine = sections
        .first()
        .map(|(_, l)| l.as_slice())
        .unwrap_or_default();
    Ok(post.with_sections(mine))
}

/// Each post with its sections, read in one query.
pub async fn posts_with_sections(
    store: &dyn masthead_core::store::Store,
    posts: Vec<WpPost>,
) -> masthead_core::store::StoreResult<Vec<WpPost>> {
    let ids: Vec<masthead_core::ids::ArticleId> = posts
        .iter()
        .map(|p| masthead_core::ids::ArticleId(p.id))
        .collect();
    let sections = store.article_sections(&ids).await?;
    Ok(posts
        .into_iter()
        .map(|p| {
            let mine = sections
                .iter()
                .find(|(id, _)| id.0 == p.id)
                .map(|(_, list)| list.as_slice())
                .unwrap_or_default();
            p.with_sections(mine)
        })
        .collect())
}

impl WpComment {
    pub fn new(c: &PublicComment, slug: &str, ctx: &Ctx) -> Self {
        let base = ctx.base.as_str();
        let id = c.id.0;
        let mut links = Links::new();
        links.insert(
            "self".into(),
            link(format!("{base}/wp-json/wp/v2/comments/{id}")),
        );
        links.insert(
            "collection".into(),
            link(format!("{base}/wp-json/wp/v2/comments")),
        );
        links.insert(
            "up".into(),
            vec![Link {
                href: format!("{base}/wp-json/wp/v2/posts/{}", c.article_id.0),
                embeddable: Some(true),
            }],
        );
        if let Some(p) = c.parent_id {
            links.insert(
                "in-reply-to".into(),
                vec![Link {
                    href: format!("{base}/wp-json/wp/v2/comments/{}", p.0),
                    embeddable: Some(true),
                }],
            );
        }
        WpComment {
            id,
            post: c.article_id.0,
            parent: c.parent_id.map_or(0, |p| p.0),
            author: 0,
            author_name: c.author_name.clone(),
            author_url: c.author_url.clone().unwrap_or_default(),
            date: ctx.local(c.created_at),
            date_gmt: ctx.gmt(c.created_at),
            content: Rendered {
                rendered: c.content_html.to_string(),
            },
            link: format!("{base}{}#comment-{id}", article_url(slug)),
            status: if c.status == CommentStatus::Approved {
                "approved"
            } else {
                "hold"
            }
            .into(),
            kind: "comment".into(),
            meta: Vec::new(),
            author_email: None,
            author_ip: None,
            links,
        }
    }

    /// The staff view of any comment: its real status and type, the email and IP.
    pub fn for_staff(c: &masthead_core::comment::Comment, ctx: &Ctx) -> Self {
        let public = c.public();
        let mut out = Self::new(&public, &c.article_slug, ctx);
        out.status = match c.status {
            CommentStatus::Approved => "approved",
            CommentStatus::Pending => "hold",
            CommentStatus::Spam => "spam",
            CommentStatus::Trash => "trash",
        }
        .into();
        out.kind = c.comment_type.clone();
        out.author_email = Some(c.author_email.clone());
        out.author_ip = Some(c.author_ip.clone().unwrap_or_default());
        out
    }
}
