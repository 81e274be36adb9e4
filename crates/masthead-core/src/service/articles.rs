//! Articles as the editor, the REST API and the command line save them: the
//! Markdown is rendered (and sanitised) here, once, before it is stored.
use crate::Timestamp;
use crate::article::{Article, NewArticle};
use crate::html::render_markdown;
use crate::ids::ArticleId;
use crate::store::{Store, StoreError};

/// Renders the body and stores a new article.
pub async fn add_article(store: &dyn Store, article: &NewArticle) -> Result<ArticleId, StoreError> {
    let html = render_markdown(&article.body_markdown);
    store.insert_article(article, &html).await
}

/// Saves the editor's changes to an existing article; `false` if it is gone.
pub async fn update_article(
    store: &dyn Store,
    id: ArticleId,
    article: &NewArticle,
) -> Result<bool, StoreError> {
    let html = render_markdown(&article.body_markdown);
    store.update_article(id, article, &html).await
}

/// The article as it would be stored, for the editor's preview: the same
/// Markdown rendering and sanitising as a save, nothing written.
pub fn preview_article(id: ArticleId, article: &NewArticle, now: Timestamp) -> Article {
    Article {
        id,
        slug: article.slug.to_string(),
        title: article.title.clone(),
        standfirst: article.standfirst.clone(),
        byline: article.byline.clone(),
        body_markdown: article.body_markdown.clone(),
        body_html: render_markdown(&article.body_markdown),
        photo: article.photo.clone(),
        contributors: article.contributors.clone(),
        source_name: article.source_name.clone(),
        source_url: article.source_url.clone(),
        comments_open: article.comments_open,
        status: article.status,
        published_at: article.published_at,
        updated_at: now,
        kind: crate::article::ArticleKind::Article,
        external_url: None,
    }
}
