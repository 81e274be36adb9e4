//! The article page: an article with its discussion and the comment form,
//! for the public route, the comment form's refusals, the editor's preview
//! and static pages (imported WordPress pages, article rows too).
use super::cookies::ReaderCookies;
use super::discussion::{Ask, CommentPage, Cut, Links, discussion_view};
use super::discussion_view::{DiscussionView, FormView};
use super::seo_head::SeoHead;
use crate::error::WebError;
use crate::state::AppState;
use crate::views::{Chrome, Dates, contributor_line, url_of};
use askama::Template;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use masthead_core::article::{Article, ArticleKind};
use masthead_core::chrono::Utc;
use masthead_core::comment::{FormTokens, TokenSubject};
use masthead_core::federation::webmention::Kind;
use masthead_core::html::Markup;
use masthead_core::settings::SiteSettings;

/// How an article page is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageMode {
    Normal,
    /// A variant of the page search engines should skip (`?replytocom=`, a refused form).
    NoIndex,
    /// The editor's preview: not stored, not indexed, marked as a preview.
    Preview,
}

/// What [`page_html`] made of a request for a page.
#[derive(Debug)]
pub enum PageHtml {
    Html(String),
    /// The discussion has no such page.
    Missing,
    /// The page asked for by number is the default one: it lives at this
    /// address (the article's own).
    Moved(String),
}

impl PageHtml {
    /// The HTML, when there is a page to show under the asked address.
    pub fn html(self) -> Option<String> {
        match self {
            PageHtml::Html(html) => Some(html),
            PageHtml::Missing | PageHtml::Moved(_) => None,
        }
    }
}

/// Renders an article with its discussion and the comment form in `form`'s
/// state. Used for the normal view and to show a refused comment again.
pub async fn render(
    state: &AppState,
    settings: &SiteSettings,
    article: Article,
    jar: &ReaderCookies,
    form: FormView,
    mode: PageMode,
    status: StatusCode,
) -> Result<Response, WebError> {
    let token = FormTokens::new(state.secret()).issue(TokenSubject::of(&article), Utc::now());
    let view = (mode, status, CommentPage::Default, None);
    let html = page_html(state, settings, article, jar, form, view, token)
        .await?
        .html()
        .ok_or(WebError::NotFound)?;
    Ok((status, Html(html)).into_response())
}

/// How a page is shown, what status it answers with, which comment page, and
/// the page version it is rendered for (`Some` only for a page every reader
/// without cookies sees alike: its discussion comes from the shared list).
pub(crate) type View = (PageMode, StatusCode, CommentPage, Option<i64>);

/// The article page as HTML, with `token` as the comment form's token.
pub(crate) async fn page_html(
    state: &AppState,
    settings: &SiteSettings,
    article: Article,
    jar: &ReaderCookies,
    form: FormView,
    (mode, status, page, version): View,
    token: String,
) -> Result<PageHtml, WebError> {
    let ask = Ask {
        own: jar.pending(),
        form,
        status,
        page,
        version,
        token,
        links: Links::Site,
        editable: jar
            .editable(settings, Utc::now())
            .into_iter()
            .map(|a| a.comment)
            .collect(),
    };
    let d = match discussion_view(state, settings, &article, ask).await? {
        Cut::View(d, _) => *d,
        Cut::Missing => return Ok(PageHtml::Missing),
        Cut::Moved => return Ok(PageHtml::Moved(url_of(&article))),
    };
    let dates = Dates::new(settings);
    // Resolved by the caller when it knows the request (`views::site_base`);
    // empty, the links stay site-relative.
    let base = settings.url.clone();
    let chrome = Chrome::new(settings);
    let tr = chrome.tr;
    let live = if article.is_thread() || article.kind == ArticleKind::Page {
        None
    } else {
        super::live_coverage::live_view(state.store.as_ref(), &article, dates, &base).await?
    };
    let tags = if article.is_thread() {
        Vec::new()
    } else {
        state.store.article_tags(article.id).await?
    };
    let reactions = if settings.federation.enabled && !article.is_thread() {
        state
            .store
            .reactions(article.id)
            .await?
            .into_iter()
            .map(|r| {
                let key = match r.kind {
                    Kind::Like => "reaction-like",
                    Kind::Repost => "reaction-repost",
                    Kind::Reply | Kind::Mention => "reaction-mention",
                };
                (r.source, tr.s(key, "name", &r.author_name), r.kind.as_str())
            })
            .collect()
    } else {
        Vec::new()
    };
    let p = &article.provenance;
    let page = ArticlePage {
        webmention: settings.federation.enabled,
        reactions,
        seo: SeoHead::new(
            &article,
            settings,
            &base,
            live.as_ref().map(|l| &l.blog),
            &tags,
        ),
        updated: p.revised_at.map(|at| (dates.iso(at), dates.day_time(at))),
        correction: p.correction.as_ref().map(|c| c.note.clone()),
        live,
        base,
        byline: tr.s("byline", "byline", &article.byline),
        feed_title: tr.args(
            "article-comments-feed",
            &[
                ("site", chrome.site_title.as_str().into()),
                ("title", article.title.as_str().into()),
            ],
        ),
        chrome,
        date_iso: dates.iso(article.published_at),
        date: dates.day(article.published_at),
        contributor_line: contributor_line(tr, &article.contributors),
        noindex: mode != PageMode::Normal,
        preview: mode == PageMode::Preview,
        d,
        article,
    };
    Ok(PageHtml::Html(page.render()?))
}

#[derive(Template)]
#[template(path = "article.html")]
pub struct ArticlePage {
    pub chrome: Chrome,
    pub article: Article,
    /// "By NAME", when the article has a byline.
    pub byline: String,
    /// The `<link rel="alternate">` title of the article's comments feed.
    pub feed_title: String,
    pub date_iso: String,
    pub date: String,
    pub contributor_line: Option<String>,
    pub noindex: bool,
    /// The editor's preview: a banner says so.
    pub preview: bool,
    pub d: DiscussionView,
    /// The site's absolute address, for the canonical link.
    pub base: String,
    /// Open Graph, Twitter card and JSON-LD (none for outside-page threads).
    pub seo: Option<SeoHead>,
    /// The story's live coverage and its updates, if it ever had any.
    pub live: Option<super::live_coverage::LiveView>,
    /// "Updated" and when (ISO, as shown), after a change it went out with.
    pub updated: Option<(String, String)>,
    /// The correction note under the headline.
    pub correction: Option<String>,
    /// The Webmention endpoint is advertised (`federation.enabled`).
    pub webmention: bool,
    /// Likes, reposts and mentions from other sites: (the source page, what
    /// it did, its kind).
    pub reactions: Vec<(String, String, &'static str)>,
}

/// The article page's sentences around links.
impl ArticlePage {
    /// "The discussion of ADDRESS, published elsewhere.", the address linked.
    pub fn thread_source(&self, page: &str) -> Markup {
        let link = Markup::element("a")
            .attr("href", page)
            .attr("rel", "noopener")
            .text(page);
        self.chrome
            .tr
            .html("thread-source", &[("link", &link)], &[])
    }

    /// "Article source: NAME", linked when the source has an address.
    pub fn article_source(&self, name: &str) -> Markup {
        let source = match &self.article.source_url {
            Some(href) => Markup::element("a")
                .attr("href", href)
                .attr("rel", "noopener")
                .text(name),
            None => Markup::text(name),
        };
        self.chrome
            .tr
            .html("article-source", &[("source", &source)], &[])
    }
}

/// A static page (an imported WordPress page) at `/{slug}`.
pub async fn show_page(
    state: &AppState,
    slug: &str,
    jar: &ReaderCookies,
) -> Result<Option<Response>, WebError> {
    let Some(page) = state
        .store
        .article_by_slug(slug)
        .await?
        .filter(|a| a.kind == ArticleKind::Page && a.is_live(Utc::now()))
    else {
        return Ok(None);
    };
    let settings = state.settings().await?;
    render(
        state,
        &settings,
        page,
        jar,
        FormView::default(),
        PageMode::Normal,
        StatusCode::OK,
    )
    .await
    .map(Some)
}
