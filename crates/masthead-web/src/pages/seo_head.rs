//! The article page's head for search engines and link previews: the
//! absolute canonical address, Open Graph and Twitter card tags, and the
//! `NewsArticle` JSON-LD. Articles only: an outside-page thread's canonical
//! address is the original page, and a static page is no news article.
use crate::views::url_of;
use masthead_core::article::{Article, ArticleKind};
use masthead_core::seo::json_ld::{LiveBlog, NewsArticle, ScriptJson, news_article};
use masthead_core::seo::{absolute, w3c};
use masthead_core::settings::SiteSettings;

/// Where the publisher's logo is when `site.logo_url` is not set.
pub const DEFAULT_LOGO: &str = "/static/logo.png";

pub struct SeoImage {
    pub url: String,
    pub width: Option<u32>,
    pub height: Option<u32>,
    pub alt: String,
}

pub struct SeoHead {
    /// The article's own address, absolute (`og:url`).
    pub url: String,
    pub title: String,
    pub description: String,
    pub site_name: String,
    pub image: Option<SeoImage>,
    pub published: String,
    pub modified: String,
    /// `summary_large_image` with a photo, `summary` without.
    pub twitter_card: &'static str,
    pub json_ld: ScriptJson,
}

impl SeoHead {
    /// `base` is the site's absolute address (`views::site_base`).
    /// `live`: the story's live coverage and updates, for `LiveBlogPosting`.
    pub fn new(
        article: &Article,
        settings: &SiteSettings,
        base: &str,
        live: Option<&LiveBlog>,
        tags: &[String],
    ) -> Option<Self> {
        // A static page is no news article; a thread's page is another site's.
        if article.is_thread() || article.kind == ArticleKind::Page {
            return None;
        }
        let url = absolute(base, &url_of(article));
        let image = article.photo.as_ref().map(|p| SeoImage {
            url: absolute(base, &p.src),
            width: p.width,
            height: p.height,
            alt: p.alt.clone(),
        });
        let published = w3c(article.published_at);
        let p = &article.provenance;
        // The story's last change readers were told of, or any save.
        let modified = w3c(p
            .revised_at
            .unwrap_or(article.updated_at)
            .max(article.published_at));
        let corrected = p.correction.as_ref().map(|c| (c.note.as_str(), w3c(c.at)));
        let logo = if settings.logo_url.is_empty() {
            DEFAULT_LOGO
        } else {
            settings.logo_url.as_str()
        };
        let json_ld = news_article(&NewsArticle {
            headline: &article.title,
            description: &article.standfirst,
            url: &url,
            image: image.as_ref().map(|i| (i.url.as_str(), i.width, i.height)),
            published: &published,
            modified: &modified,
            byline: &article.byline,
            publisher: &settings.title,
            logo: &absolute(base, logo),
            live,
            correction: corrected.as_ref().map(|(n, d)| (*n, d.as_str())),
            language: p.language.as_deref(),
            based_on: p.canonical_url.as_deref(),
            keywords: tags,
        });
        Some(Self {
            twitter_card: if image.is_some() {
                "summary_large_image"
            } else {
                "summary"
            },
            url,
            title: article.title.clone(),
            description: article.standfirst.clone(),
            site_name: settings.title.clone(),
            image,
            published,
            modified,
            json_ld,
        })
    }
}
