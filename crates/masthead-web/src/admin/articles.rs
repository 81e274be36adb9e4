//! The article editor: list, write, preview, publish, schedule, unpublish.
//! Forms are multipart (for the photo) and work without JavaScript; the
//! preview is the public page's own template filled from the form.
use super::session::Staff;
use crate::error::WebError;
use crate::form::FormFields;
use crate::multipart::{self, MultipartForm};
use crate::pages::article::{PageMode, render as render_article};
use crate::pages::cookies::ReaderCookies;
use crate::pages::discussion_view::FormView;
use crate::state::AppState;
use crate::views::article_url;
use askama::Template;
use axum::extract::{Multipart, Path, Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use masthead_core::Localized;
use masthead_core::article::form::{
    ArticleFieldError, ArticleForm, Before, EditorAction, FieldArg,
};
use masthead_core::article::{ArticleKind, ArticleListing, ArticleState, Photo};
use masthead_core::chrono::Utc;
use masthead_core::html::{Markup, SanitizedHtml};
use masthead_core::i18n::{Arg, Tr};
use masthead_core::ids::ArticleId;
use masthead_core::photo::{self, PhotoError, ProcessedPhoto};
use masthead_core::service;
use masthead_core::store::{ArticleVersion, Media, StoreError, Unique};
use serde::Deserialize;

const PER_PAGE: u32 = 50;

pub struct ListRow {
    pub id: i64,
    pub title: String,
    pub state: String,
    pub date: String,
    pub approved: i64,
    pub pending: i64,
    pub url: Option<String>,
    pub is_page: bool,
    /// An outside page's thread: the page, and whether it takes comments.
    pub thread_of: Option<String>,
    pub open: bool,
}

#[derive(Template)]
#[template(path = "admin/articles.html")]
pub struct ListPage {
    pub tr: Tr,
    pub site_title: String,
    pub asset_version: &'static str,
    pub user: String,
    pub csrf: String,
    pub rows: Vec<ListRow>,
    pub page: u64,
    pub pages: u64,
}

impl ListPage {
    /// "(thread of <a>page</a>)", the address escaped.
    pub fn thread_of(&self, r: &ListRow) -> Markup {
        let (Some(page), open) = (r.thread_of.as_deref(), r.open) else {
            return Markup::new();
        };
        let link = Markup::element("a")
            .attr("href", page)
            .attr("rel", "noopener")
            .text(page);
        let id = if open {
            "admin-articles-thread-of"
        } else {
            "admin-articles-thread-of-closed"
        };
        self.tr.html(id, &[("page", &link)], &[])
    }

    pub fn pending(&self, r: &ListRow) -> String {
        self.tr.n("admin-articles-pending", r.pending)
    }

    pub fn approved(&self, r: &ListRow) -> String {
        self.tr.number(r.approved)
    }

    pub fn page_of(&self) -> String {
        self.tr.args(
            "admin-page-of",
            &[
                ("page", Arg::from(self.page)),
                ("pages", Arg::from(self.pages)),
            ],
        )
    }
}

/// An article's state as the admin names it.
pub fn state_label(tr: Tr, state: ArticleState) -> String {
    tr.t(match state {
        ArticleState::Draft => "admin-state-draft",
        ArticleState::Scheduled => "admin-state-scheduled",
        ArticleState::Published => "admin-state-published",
    })
}

#[derive(Deserialize)]
pub struct ListQuery {
    page: Option<String>,
}

pub async fn list(
    State(state): State<AppState>,
    staff: Staff,
    Query(q): Query<ListQuery>,
) -> Result<Response, WebError> {
    staff.require(staff.user.role.may_edit_articles())?;
    let settings = state.settings().await?;
    let total = state.store.count_articles().await?;
    let pages = total.div_ceil(u64::from(PER_PAGE)).max(1);
    let page = q
        .page
        .as_deref()
        .map_or(Ok(1), str::parse::<u64>)
        .ok()
        .filter(|p| (1..=pages).contains(p))
        .ok_or(WebError::NotFound)?;
    let listing = state
        .store
        .article_listing((page - 1) * u64::from(PER_PAGE), PER_PAGE)
        .await?;
    let dates = crate::views::Dates::new(&settings);
    let now = Utc::now();
    let tr = staff.tr;
    let rows = listing
        .into_iter()
        .map(|a: ArticleListing| {
            let state = a.state(now);
            ListRow {
                id: a.id.0,
                title: a.title,
                state: state_label(tr, state),
                date: dates.day_time(a.published_at),
                approved: a.approved_count,
                pending: a.pending_count,
                url: (state == ArticleState::Published).then(|| match a.kind {
                    ArticleKind::Article => article_url(&a.slug),
                    ArticleKind::Page => format!("/{}", a.slug),
                }),
                is_page: a.kind == ArticleKind::Page,
                thread_of: a.external_url,
                open: a.comments_open,
            }
        })
        .collect();
    let page = ListPage {
        tr,
        site_title: settings.title.clone(),
        asset_version: crate::assets::VERSION.as_str(),
        user: staff.user.name.clone(),
        csrf: staff.csrf.clone(),
        rows,
        page,
        pages,
    };
    Ok(Html(page.render()?).into_response())
}

#[derive(Template)]
#[template(path = "admin/article_edit.html")]
pub struct EditorPage {
    pub tr: Tr,
    pub site_title: String,
    pub asset_version: &'static str,
    pub user: String,
    pub csrf: String,
    /// `None` for a new article.
    pub id: Option<i64>,
    pub form: ArticleForm,
    pub errors: Vec<ArticleFieldError>,
    /// A refusal that is not about one field (the photo, a taken slug).
    pub notice: Option<String>,
    pub state: ArticleState,
    pub public_url: Option<String>,
    pub photo: Option<Photo>,
    /// The uploaded-but-unsaved photo carried through a refused form.
    pub photo_kept: String,
    /// The message id of what was just done ("admin-editor-saved").
    pub done: Option<&'static str>,
    pub timezone: String,
    /// Live coverage, for an article that exists.
    pub desk: Option<super::live_desk::LiveDesk>,
    /// What the article read before updates replaced it, newest first.
    pub versions: Vec<VersionView>,
}

/// An earlier version, as the editor lists it.
pub struct VersionView {
    pub date: (String, String),
    pub why: String,
    pub title: String,
    pub standfirst: String,
    pub body: SanitizedHtml,
}

impl VersionView {
    fn of(v: ArticleVersion, dates: crate::views::Dates) -> Self {
        let tr = dates.tr();
        Self {
            date: (dates.iso(v.saved_at), dates.day_time(v.saved_at)),
            // The store keeps the reason in English; the known ones are told.
            why: match v.why.as_str() {
                "wire update" => tr.t("admin-editor-version-wire-update"),
                masthead_core::service::EDITED => tr.t("admin-editor-version-edited"),
                _ => v.why,
            },
            title: v.title,
            standfirst: v.standfirst,
            body: SanitizedHtml::from_stored(v.body_html),
        }
    }
}

impl EditorPage {
    /// The refusal of `field`, in the staff's language.
    pub fn error(&self, field: &str) -> Option<String> {
        self.errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message(self.tr))
    }

    pub fn action(&self) -> String {
        match self.id {
            Some(id) => format!("/admin/articles/{id}"),
            None => "/admin/articles/new".into(),
        }
    }

    pub fn is_live_or_scheduled(&self) -> bool {
        matches!(
            self.state,
            ArticleState::Published | ArticleState::Scheduled
        )
    }

    pub fn state_label(&self) -> String {
        state_label(self.tr, self.state)
    }
}

#[derive(Deserialize)]
pub struct DoneQuery {
    done: Option<String>,
}

fn done_message(q: &DoneQuery) -> Option<&'static str> {
    match q.done.as_deref()? {
        "saved" => Some("admin-editor-saved"),
        "published" => Some("admin-editor-published"),
        "scheduled" => Some("admin-editor-scheduled"),
        "unpublished" => Some("admin-editor-unpublished"),
        "live-on" => Some("admin-live-switched-on"),
        "live-off" => Some("admin-live-switched-off"),
        "entry-posted" => Some("admin-live-posted"),
        _ => None,
    }
}

fn timezone_label(offset: i32) -> String {
    let sign = if offset < 0 { '-' } else { '+' };
    let m = offset.unsigned_abs();
    format!("UTC{sign}{:02}:{:02}", m / 60, m % 60)
}

struct Editor<'a> {
    state: &'a AppState,
    staff: &'a Staff,
}

impl Editor<'_> {
    async fn page(&self, page: EditorDraft, status: StatusCode) -> Result<Response, WebError> {
        let settings = self.state.settings().await?;
        let dates = crate::views::Dates::new(&settings);
        let versions = match page.id {
            Some(id) => self.state.store.article_versions(id).await?,
            None => Vec::new(),
        };
        let view = EditorPage {
            tr: self.staff.tr,
            site_title: settings.title.clone(),
            asset_version: crate::assets::VERSION.as_str(),
            user: self.staff.user.name.clone(),
            csrf: self.staff.csrf.clone(),
            id: page.id.map(|i| i.0),
            form: page.form,
            errors: page.errors,
            notice: page.notice,
            state: page.state,
            public_url: page.public_url,
            photo_kept: page.photo.as_ref().map(kept_token).unwrap_or_default(),
            photo: page.photo,
            done: page.done,
            timezone: timezone_label(settings.utc_offset_minutes),
            desk: page.desk,
            versions: versions
                .into_iter()
                .map(|v| VersionView::of(v, dates))
                .collect(),
        };
        Ok((status, Html(view.render()?)).into_response())
    }
}

/// What the editor page shows.
struct EditorDraft {
    id: Option<ArticleId>,
    form: ArticleForm,
    errors: Vec<ArticleFieldError>,
    notice: Option<String>,
    state: ArticleState,
    public_url: Option<String>,
    photo: Option<Photo>,
    done: Option<&'static str>,
    desk: Option<super::live_desk::LiveDesk>,
}

pub async fn new_page(State(state): State<AppState>, staff: Staff) -> Result<Response, WebError> {
    staff.require(staff.user.role.may_edit_articles())?;
    let draft = EditorDraft {
        id: None,
        form: ArticleForm {
            comments_open: true,
            ..ArticleForm::default()
        },
        errors: Vec::new(),
        notice: None,
        state: ArticleState::Draft,
        public_url: None,
        photo: None,
        done: None,
        desk: None,
    };
    Editor {
        state: &state,
        staff: &staff,
    }
    .page(draft, StatusCode::OK)
    .await
}

pub(super) fn article_id(raw: &str) -> Result<ArticleId, WebError> {
    raw.parse::<i64>()
        .ok()
        .filter(|n| *n > 0)
        .map(ArticleId)
        .ok_or(WebError::NotFound)
}

pub async fn edit_page(
    State(state): State<AppState>,
    staff: Staff,
    Path(raw): Path<String>,
    Query(q): Query<DoneQuery>,
) -> Result<Response, WebError> {
    staff.require(staff.user.role.may_edit_articles())?;
    let id = article_id(&raw)?;
    let article = state
        .store
        .article_by_id(id)
        .await?
        .ok_or(WebError::NotFound)?;
    editor_for(
        &state,
        &staff,
        article,
        done_message(&q),
        None,
        StatusCode::OK,
    )
    .await
}

/// The editor of a stored article; `refused` is a live update sent back
/// with its refusal.
pub(super) async fn editor_for(
    state: &AppState,
    staff: &Staff,
    article: masthead_core::article::Article,
    done: Option<&'static str>,
    refused: Option<(String, String)>,
    status: StatusCode,
) -> Result<Response, WebError> {
    let settings = state.settings().await?;
    let now = Utc::now();
    let dates = crate::views::Dates::new(&settings);
    let desk =
        super::live_desk::LiveDesk::of(state.store.as_ref(), &article, dates, refused).await?;
    let draft = EditorDraft {
        id: Some(article.id),
        form: ArticleForm {
            sections: Some(
                state
                    .store
                    .article_sections(&[article.id])
                    .await?
                    .into_iter()
                    .flat_map(|(_, list)| list.into_iter().map(|(_, slug)| slug))
                    .collect::<Vec<_>>()
                    .join(","),
            ),
            ..ArticleForm::of(&article, settings.utc_offset_minutes)
        },
        errors: Vec::new(),
        notice: None,
        state: article.state(now),
        public_url: article.is_live(now).then(|| article_url(&article.slug)),
        photo: article.photo.clone(),
        done,
        desk: Some(desk),
    };
    Editor { state, staff }.page(draft, status).await
}

pub async fn create(
    State(state): State<AppState>,
    staff: Staff,
    jar: ReaderCookies,
    body: Multipart,
) -> Result<Response, WebError> {
    submit(state, staff, jar, None, body).await
}

pub async fn update(
    State(state): State<AppState>,
    staff: Staff,
    jar: ReaderCookies,
    Path(raw): Path<String>,
    body: Multipart,
) -> Result<Response, WebError> {
    let id = article_id(&raw)?;
    submit(state, staff, jar, Some(id), body).await
}

fn read_form(f: &FormFields) -> ArticleForm {
    ArticleForm {
        title: f.text("title"),
        slug: f.text("slug"),
        standfirst: f.text("standfirst"),
        byline: f.text("byline"),
        body_markdown: f.text("body"),
        contributors: f.text("contributors"),
        source_name: f.text("source_name"),
        source_url: f.text("source_url"),
        comments_open: f.get("comments_open").is_some(),
        publish_at: f.text("publish_at"),
        photo_alt: f.text("photo_alt"),
        photo_caption: f.text("photo_caption"),
        photo_credit: f.text("photo_credit"),
        sections: Some(f.text("sections")),
    }
}

async fn submit(
    state: AppState,
    staff: Staff,
    jar: ReaderCookies,
    id: Option<ArticleId>,
    body: Multipart,
) -> Result<Response, WebError> {
    let MultipartForm { fields, file } = multipart::read(body, "photo").await?;
    staff.check_csrf(&fields)?;
    staff.require(staff.user.role.may_edit_articles())?;
    let action = EditorAction::parse(fields.get("action").unwrap_or("save"))
        .ok_or_else(|| WebError::bad_request(staff.tr.t("admin-editor-unknown-action")))?;
    let existing = match id {
        Some(id) => Some(
            state
                .store
                .article_by_id(id)
                .await?
                .ok_or(WebError::NotFound)?,
        ),
        None => None,
    };
    let settings = state.settings().await?;
    let now = Utc::now();
    let form = read_form(&fields);
    let editor = Editor {
        state: &state,
        staff: &staff,
    };
    let refuse = |form: ArticleForm,
                  errors: Vec<ArticleFieldError>,
                  notice: Option<String>,
                  photo: Option<Photo>| EditorDraft {
        id,
        form,
        errors,
        notice,
        state: existing
            .as_ref()
            .map_or(ArticleState::Draft, |a| a.state(now)),
        public_url: existing
            .as_ref()
            .filter(|a| a.is_live(now))
            .map(|a| article_url(&a.slug)),
        photo,
        done: None,
        // The refused form is the page's subject; the desk comes back with it fixed.
        desk: None,
    };

    // The photo: a new upload, one carried through a refused form, the
    // stored one, or none when removal was asked for.
    let mut photo = if fields.get("remove_photo").is_some() {
        None
    } else {
        existing.as_ref().and_then(|a| a.photo.clone())
    };
    if let Some(kept) = fields.get("photo_kept").filter(|k| !k.is_empty()) {
        photo = Some(photo_from_token(&state, staff.tr, kept).await?);
    }
    if let Some(bytes) = file {
        // Decoding and resizing are CPU work: off the async threads.
        let processed = tokio::task::spawn_blocking(move || photo::process(&bytes))
            .await
            .map_err(|e| WebError::Internal(format!("photo worker failed: {e}")))?;
        match processed {
            Ok(p) => photo = Some(store_photo(&state, &p).await?),
            Err(e) => {
                let status = match e {
                    PhotoError::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
                    _ => StatusCode::UNPROCESSABLE_ENTITY,
                };
                let draft = refuse(form, Vec::new(), Some(e.message(staff.tr)), photo);
                return editor.page(draft, status).await;
            }
        }
    }

    let before = existing.as_ref().map(|a| Before {
        status: a.status,
        published_at: a.published_at,
    });
    let mut article = match form.validate(
        action,
        before,
        photo.clone(),
        now,
        settings.utc_offset_minutes,
    ) {
        Ok(a) => a,
        Err(errors) => {
            let draft = refuse(form, errors, None, photo);
            return editor.page(draft, StatusCode::UNPROCESSABLE_ENTITY).await;
        }
    };

    // A new article is credited to the account that wrote it.
    if id.is_none() {
        article.author = Some(staff.user.id);
    }
    if action == EditorAction::Preview {
        let preview = service::preview_article(id.unwrap_or(ArticleId(0)), &article, now);
        let mut response = render_article(
            &state,
            &settings,
            preview,
            &jar,
            FormView::default(),
            PageMode::Preview,
            StatusCode::OK,
        )
        .await?;
        response
            .headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
        return Ok(response);
    }

    let saved = match id {
        Some(id) => service::update_article(state.store.as_ref(), id, &article)
            .await
            .map(|found| found.then_some(id)),
        None => service::add_article(state.store.as_ref(), &article)
            .await
            .map(Some),
    };
    let id = match saved {
        Ok(Some(id)) => id,
        Ok(None) => return Err(WebError::NotFound),
        Err(StoreError::Conflict(Unique::ArticleSlug)) => {
            let slug = article.slug.as_str();
            let errors = vec![
                ArticleFieldError::new(
                    "slug",
                    format!("Another article already has the slug “{slug}”."),
                    "admin-editor-slug-taken",
                )
                .with("slug", FieldArg::Text(slug.to_string())),
            ];
            let draft = refuse(form, errors, None, photo);
            return editor.page(draft, StatusCode::CONFLICT).await;
        }
        Err(e) => return Err(e.into()),
    };
    let done = match action {
        EditorAction::Unpublish => "unpublished",
        _ => match masthead_core::article::ArticleState::of(
            article.status,
            article.published_at,
            now,
        ) {
            ArticleState::Published if action == EditorAction::Publish => "published",
            ArticleState::Scheduled => "scheduled",
            _ => "saved",
        },
    };
    Ok(Redirect::to(&format!("/admin/articles/{}?done={done}", id.0)).into_response())
}

/// Stores every copy (content-addressed, so a repeat upload writes nothing new).
async fn store_photo(state: &AppState, p: &ProcessedPhoto) -> Result<Photo, WebError> {
    for copy in &p.copies {
        state
            .store
            .put_media(&Media {
                name: copy.name.clone(),
                content_type: copy.content_type.to_string(),
                bytes: copy.bytes.clone(),
            })
            .await?;
    }
    let largest = p
        .largest()
        .ok_or_else(|| WebError::Internal("a processed photo has no copies".into()))?;
    Ok(Photo {
        src: format!("/media/{}", largest.name),
        alt: String::new(),
        caption: String::new(),
        credit: String::new(),
        srcset: p.srcset("/media/"),
        width: Some(largest.width),
        height: Some(largest.height),
    })
}

/// An uploaded photo travels through a refused form as `NAME WIDTH HEIGHT`
/// per copy, comma-separated; it is trusted only if it names stored copies.
fn kept_token(p: &Photo) -> String {
    if p.srcset.is_empty() {
        return String::new();
    }
    let (Some(w), Some(h)) = (p.width, p.height) else {
        return String::new();
    };
    format!("{} {w} {h}|{}", p.src, p.srcset)
}

async fn photo_from_token(state: &AppState, tr: Tr, token: &str) -> Result<Photo, WebError> {
    let bad = || WebError::bad_request(tr.t("admin-editor-bad-photo-token"));
    let (head, srcset) = token.split_once('|').ok_or_else(bad)?;
    let mut parts = head.split(' ');
    let (Some(src), Some(w), Some(h), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(bad());
    };
    // Only names the photo pipeline makes: HASH-WIDTH.jpg or HASH-WIDTH.png.
    let media_name = |url: &str| -> Option<String> {
        let name = url.strip_prefix("/media/")?;
        let (hash, rest) = name.split_once('-')?;
        let (width, ext) = rest.split_once('.')?;
        let ok = hash.len() == 20
            && hash.bytes().all(|b| b.is_ascii_hexdigit())
            && !width.is_empty()
            && width.bytes().all(|b| b.is_ascii_digit())
            && matches!(ext, "jpg" | "png");
        ok.then(|| name.to_string())
    };
    let mut names = vec![media_name(src).ok_or_else(bad)?];
    for entry in srcset.split(", ") {
        let (url, width) = entry.split_once(' ').ok_or_else(bad)?;
        let digits = width.strip_suffix('w').ok_or_else(bad)?;
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        names.push(media_name(url).ok_or_else(bad)?);
    }
    for name in &names {
        if state.store.media(name).await?.is_none() {
            return Err(bad());
        }
    }
    Ok(Photo {
        src: src.to_string(),
        alt: String::new(),
        caption: String::new(),
        credit: String::new(),
        srcset: srcset.to_string(),
        width: Some(w.parse().map_err(|_| bad())?),
        height: Some(h.parse().map_err(|_| bad())?),
    })
}
