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
    let id = store.insert_article(article, &html).await?;
    super::webmentions::queue_links(store, id, article, &html).await?;
    super::activitypub::tell_followers(store, id, crate::chrono::Utc::now()).await?;
    Ok(id)
}

/// Saves the editor's changes to an existing article; `false` if it is gone.
/// A save that changes the text keeps the text it replaces as an earlier
/// version, for staff.
pub async fn update_article(
    store: &dyn Store,
    id: ArticleId,
    article: &NewArticle,
) -> Result<bool, StoreError> {
    revise_article(store, id, article, EDITED).await
}

/// Why an editor's save left an earlier version (`article_versions.why`).
pub const EDITED: &str = "edited";

/// [`update_article`], keeping the replaced text under `why` (the wire
/// desk's "wire update") if the text changes: in the same transaction.
pub async fn revise_article(
    store: &dyn Store,
    id: ArticleId,
    article: &NewArticle,
    why: &str,
) -> Result<bool, StoreError> {
    let html = render_markdown(&article.body_markdown);
    let updated = store.update_article(id, article, &html, Some(why)).await?;
    if updated {
        super::webmentions::queue_links(store, id, article, &html).await?;
        super::activitypub::tell_followers(store, id, crate::chrono::Utc::now()).await?;
    }
    Ok(updated)
}

/// The article as it would be stored, for the editor's preview: the same
/// Markdown rendering and sanitising as a save, nothing written.
pub fn preview_article(id: ArticleId, article: &NewArticle, now: Timestamp) -> Article {
    Article {
        author_id: article.author,
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
        comments_closed_at: None,
        provenance: Default::default(),
    }
}

/// Opens or closes one article's comments now (`masthead article open|close
/// SLUG`; the editor and REST `comment_status` do the same through the
/// form). `Ok(None)` when no article has that slug; the errors are the
/// form's, for an article the rules no longer accept as it is.
pub async fn set_comments_open(
    store: &dyn Store,
    slug: &str,
    open: bool,
    now: Timestamp,
    utc_offset_minutes: i32,
) -> Result<Option<Article>, CommentsSwitchError> {
    use crate::article::form::{ArticleForm, Before, EditorAction};
    let Some(a) = store.article_by_slug(slug).await? else {
        return Ok(None);
    };
    let mut form = ArticleForm::of(&a, utc_offset_minutes);
    form.comments_open = open;
    let before = Before {
        status: a.status,
        published_at: a.published_at,
    };
    let article = form
        .validate(
            EditorAction::Save,
            Some(before),
            a.photo.clone(),
            now,
            utc_offset_minutes,
        )
        .map_err(|errors| {
            CommentsSwitchError::Invalid(errors.into_iter().map(|e| e.message).collect())
        })?;
    update_article(store, a.id, &article).await?;
    Ok(store.article_by_id(a.id).await?)
}

/// Why an article's comments could not be switched.
#[derive(Debug, thiserror::Error)]
pub enum CommentsSwitchError {
    #[error("the article cannot be saved as it is: {}", .0.join("; "))]
    Invalid(Vec<String>),
    #[error(transparent)]
    Store(#[from] StoreError),
}
