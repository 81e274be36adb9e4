//! The wire desk (`/admin/wire`): the agencies' stories, newest first, with
//! one story from several sources shown once (the later copies under the
//! first); publish, edit, preview or dismiss each; and the sources, to add,
//! remove or poll now. For those who may edit articles.
use super::session::Staff;
use crate::error::WebError;
use crate::form::FormFields;
use crate::pages::article::{PageMode, render as render_article};
use crate::pages::cookies::ReaderCookies;
use crate::pages::discussion_view::FormView;
use crate::state::AppState;
use crate::views::{Dates, article_url};
use askama::Template;
use axum::body::Bytes;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use masthead_core::Localized;
use masthead_core::Timestamp;
use masthead_core::chrono::Utc;
use masthead_core::i18n::{Arg, Tr};
use masthead_core::service::{WireDeskError, publish_item};
use masthead_core::store::{
    DeskItem, DeskQuery, ItemState, PublishMode, StoreError, Unique, WireSource,
};
use masthead_core::wire::check_source;
use masthead_core::wire::source::EVERY_DEFAULT;
use serde::Deserialize;

/// How many stories the desk lists.
const LIMIT: u32 = 200;
const STATES: [ItemState; 4] = [
    ItemState::New,
    ItemState::Published,
    ItemState::Dismissed,
    ItemState::Withdrawn,
];

pub struct ItemRow {
    pub id: i64,
    pub headline: String,
    pub source: String,
    pub state: &'static str,
    pub state_label: String,
    pub received: (String, String),
    pub updated: (String, String),
    pub version: Option<String>,
    pub article: Option<i64>,
    /// The public page, once the story is out.
    pub url: Option<String>,
}

/// One story: the first copy to arrive, and the same story from other sources.
pub struct Group {
    pub lead: ItemRow,
    pub also: Vec<ItemRow>,
}

pub struct SourceRow {
    pub id: i64,
    pub name: String,
    pub url: String,
    pub publish: String,
    pub every: String,
    pub polled: String,
    pub error: Option<String>,
}

/// The add-source form as typed, sent back with its refusal.
#[derive(Default)]
pub struct SourceForm {
    pub name: String,
    pub url: String,
    pub credit: String,
    pub every: String,
    pub publish: String,
}

#[derive(Template)]
#[template(path = "admin/wire.html")]
pub struct WirePage {
    pub tr: Tr,
    pub site_title: String,
    pub asset_version: &'static str,
    pub user: String,
    pub csrf: String,
    pub groups: Vec<Group>,
    pub sources: Vec<SourceRow>,
    /// The filter as chosen ("" for any).
    pub source: String,
    pub state: String,
    /// The message id of what was just done.
    pub done: Option<&'static str>,
    pub form: SourceForm,
    pub error: Option<String>,
}

impl WirePage {
    pub fn states(&self) -> Vec<(&'static str, String)> {
        STATES
            .iter()
            .map(|s| (s.as_str(), state_label(self.tr, *s)))
            .collect()
    }

    pub fn also_from(&self, r: &ItemRow) -> String {
        self.tr.s("admin-wire-also-from", "source", &r.source)
    }

    pub fn from(&self, r: &ItemRow) -> String {
        self.tr.s("admin-wire-from", "source", &r.source)
    }
}

fn state_label(tr: Tr, s: ItemState) -> String {
    tr.t(&format!("admin-wire-state-{}", s.as_str()))
}

/// The headline as duplicates are matched: lowercase, every run of
/// anything but letters and digits one space.
fn headline_key(headline: &str) -> String {
    let lower = headline.to_lowercase();
    lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Groups the desk's rows (newest first) by headline across sources: a
/// group stands where its newest copy does, led by its earliest arrival.
/// Two stories of one source are never one story, whatever their headlines.
fn group(items: Vec<DeskItem>) -> Vec<Vec<DeskItem>> {
    let mut groups: Vec<(String, Vec<DeskItem>)> = Vec::new();
    for d in items {
        let key = headline_key(&d.item.headline);
        let joins = groups.iter_mut().find(|(k, g)| {
            !key.is_empty() && *k == key && g.iter().all(|o| o.item.source_id != d.item.source_id)
        });
        match joins {
            Some((_, g)) => g.push(d),
            None => groups.push((key, vec![d])),
        }
    }
    groups
        .into_iter()
        .map(|(_, mut g)| {
            g.sort_by_key(|d| (d.item.received_ms, d.item.id));
            g
        })
        .collect()
}

fn when(dates: Dates, ms: i64) -> (String, String) {
    let t = Timestamp::from_timestamp_millis(ms).unwrap_or_default();
    (dates.iso(t), dates.day_time(t))
}

fn row(dates: Dates, d: DeskItem) -> ItemRow {
    let i = d.item;
    let tr = dates.tr();
    ItemRow {
        id: i.id,
        state: i.state.as_str(),
        state_label: state_label(tr, i.state),
        received: when(dates, i.received_ms),
        updated: when(dates, i.updated_ms),
        version: i
            .version
            .map(|v| tr.s("admin-wire-version", "version", &v.to_string())),
        article: i.article.map(|a| a.0),
        url: d
            .slug
            .filter(|_| i.state == ItemState::Published)
            .map(|s| article_url(&s)),
        headline: i.headline,
        source: d.source,
    }
}

fn source_row(dates: Dates, s: WireSource) -> SourceRow {
    let tr = dates.tr();
    SourceRow {
        id: s.id,
        publish: tr.t(match s.publish {
            PublishMode::Draft => "admin-wire-publish-draft",
            PublishMode::Now => "admin-wire-publish-now",
        }),
        every: tr.args(
            "admin-wire-every",
            &[("minutes", Arg::from(s.every_minutes))],
        ),
        polled: s
            .polled_ms
            .map_or_else(|| tr.t("admin-wire-never-polled"), |ms| when(dates, ms).1),
        error: s.last_error,
        name: s.name,
        url: s.url,
    }
}

#[derive(Deserialize, Default)]
pub struct DeskFilter {
    source: Option<String>,
    state: Option<String>,
    done: Option<String>,
}

impl DeskFilter {
    fn from_form(f: &FormFields) -> Self {
        Self {
            source: f.get("source").map(str::to_string),
            state: f.get("state").map(str::to_string),
            done: None,
        }
    }

    fn source(&self) -> Option<&str> {
        self.source.as_deref().filter(|s| !s.is_empty())
    }

    /// An unknown state is no filter, as the queue ignores unknown reasons.
    fn state(&self) -> Option<ItemState> {
        self.state.as_deref().and_then(ItemState::parse)
    }

    /// The desk again, with this filter and what was done.
    fn back(&self, done: &str) -> Redirect {
        let mut q = form_urlencoded::Serializer::new(String::new());
        if let Some(s) = self.source() {
            q.append_pair("source", s);
        }
        if let Some(s) = self.state() {
            q.append_pair("state", s.as_str());
        }
        q.append_pair("done", done);
        Redirect::to(&format!("/admin/wire?{}", q.finish()))
    }
}

fn done_message(done: Option<&str>) -> Option<&'static str> {
    Some(match done? {
        "published" => "admin-wire-done-published",
        "scheduled" => "admin-wire-done-scheduled",
        "dismissed" => "admin-wire-done-dismissed",
        "polled" => "admin-wire-done-polled",
        "added" => "admin-wire-done-added",
        "removed" => "admin-wire-done-removed",
        _ => return None,
    })
}

/// The page, with the add-source form as typed and its refusal, if any.
async fn render(
    state: &AppState,
    staff: &Staff,
    filter: &DeskFilter,
    refused: Option<(SourceForm, String)>,
    status: StatusCode,
) -> Result<Response, WebError> {
    let settings = state.settings().await?;
    let dates = Dates::new(&settings);
    let query = DeskQuery {
        source: filter.source().map(str::to_string),
        state: filter.state(),
        limit: LIMIT,
    };
    let groups = group(state.store.desk_items(&query).await?)
        .into_iter()
        .filter_map(|g| {
            let mut rows = g.into_iter().map(|d| row(dates, d));
            let lead = rows.next()?;
            Some(Group {
                lead,
                also: rows.collect(),
            })
        })
        .collect();
    let sources = state
        .store
        .wire_sources()
        .await?
        .into_iter()
        .map(|s| source_row(dates, s))
        .collect();
    let (form, error) = match refused {
        Some((form, error)) => (form, Some(error)),
        None => (
            SourceForm {
                every: EVERY_DEFAULT.to_string(),
                ..SourceForm::default()
            },
            None,
        ),
    };
    let page = WirePage {
        tr: staff.tr,
        site_title: settings.title.clone(),
        asset_version: crate::assets::VERSION.as_str(),
        user: staff.user.name.clone(),
        csrf: staff.csrf.clone(),
        groups,
        sources,
        source: filter.source().unwrap_or_default().to_string(),
        state: filter.state().map_or("", ItemState::as_str).to_string(),
        done: if error.is_some() {
            None
        } else {
            done_message(filter.done.as_deref())
        },
        form,
        error,
    };
    Ok((status, Html(page.render()?)).into_response())
}

/// `GET /admin/wire`.
pub async fn page(
    State(state): State<AppState>,
    staff: Staff,
    Query(filter): Query<DeskFilter>,
) -> Result<Response, WebError> {
    staff.require(staff.user.role.may_edit_articles())?;
    render(&state, &staff, &filter, None, StatusCode::OK).await
}

/// `POST /admin/wire`: `action` is `publish:N` or `dismiss:N` (a story),
/// `poll:N` or `remove:N` (a source), or `add` with the source's fields.
pub async fn act(
    State(state): State<AppState>,
    staff: Staff,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, WebError> {
    let fields = FormFields::parse(&headers, &body)?;
    staff.check_csrf(&fields)?;
    staff.require(staff.user.role.may_edit_articles())?;
    let filter = DeskFilter::from_form(&fields);
    let action = fields.get("action").unwrap_or("");
    if action == "add" {
        return add_source(&state, &staff, &filter, &fields).await;
    }
    let unknown =
        || WebError::bad_request(staff.tr.s("admin-queue-unknown-action", "action", action));
    let (verb, id) = action.split_once(':').ok_or_else(unknown)?;
    let id: i64 = id.parse().map_err(|_| unknown())?;
    let tr = staff.tr;
    let conflict = |id: &str| WebError::refused(StatusCode::CONFLICT, tr.t(id));
    let store = state.store.as_ref();
    let now = Utc::now();
    match verb {
        "publish" | "dismiss" => {
            let item = store.wire_item_by_id(id).await?.ok_or(WebError::NotFound)?;
            if verb == "dismiss" {
                if !matches!(item.state, ItemState::New | ItemState::Withdrawn) {
                    return Err(conflict("admin-wire-cannot-dismiss"));
                }
                store
                    .set_item_state(id, ItemState::Dismissed, now.timestamp_millis())
                    .await?;
                return Ok(filter.back("dismissed").into_response());
            }
            if item.state != ItemState::New {
                return Err(conflict("admin-wire-not-new"));
            }
            match publish_item(store, &item, now).await {
                Ok(true) => {}
                Ok(false) | Err(WireDeskError::NoSlug(_) | WireDeskError::NoHeadline) => {
                    return Err(conflict("admin-wire-cannot-publish"));
                }
                Err(WireDeskError::Store(e)) => return Err(e.into()),
            }
            // An embargo may hold the story back: say which it was.
            let live = match item.article {
                Some(a) => store
                    .article_by_id(a)
                    .await?
                    .is_some_and(|a| a.is_live(now)),
                None => false,
            };
            Ok(filter
                .back(if live { "published" } else { "scheduled" })
                .into_response())
        }
        "poll" | "remove" => {
            let source = store
                .wire_sources()
                .await?
                .into_iter()
                .find(|s| s.id == id)
                .ok_or(WebError::NotFound)?;
            if verb == "poll" {
                store.poll_soon(id).await?;
                return Ok(filter.back("polled").into_response());
            }
            if !store.remove_wire_source(&source.name).await? {
                return Err(WebError::NotFound);
            }
            Ok(filter.back("removed").into_response())
        }
        _ => Err(unknown()),
    }
}

async fn add_source(
    state: &AppState,
    staff: &Staff,
    filter: &DeskFilter,
    fields: &FormFields,
) -> Result<Response, WebError> {
    let form = SourceForm {
        name: fields.text("name"),
        url: fields.text("url"),
        credit: fields.text("credit"),
        every: fields.text("every"),
        publish: fields.text("publish"),
    };
    let tr = staff.tr;
    let Some(publish) = PublishMode::parse(&form.publish) else {
        return Err(WebError::bad_request(tr.t("admin-wire-bad-publish")));
    };
    let every = match form.every.trim() {
        "" => EVERY_DEFAULT,
        // Not a number: 0, which check_source refuses in its own words.
        n => n.parse().unwrap_or(0),
    };
    let checked = check_source(&form.name, &form.url, &form.credit, every, publish);
    let source = match checked {
        Ok(s) => s,
        Err(e) => {
            let why = e.message(tr);
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            return render(state, staff, filter, Some((form, why)), status).await;
        }
    };
    match state
        .store
        .add_wire_source(&source, Utc::now().timestamp_millis())
        .await
    {
        Ok(_) => Ok(filter.back("added").into_response()),
        Err(StoreError::Conflict(Unique::WireSourceName)) => {
            let why = tr.s("admin-wire-name-taken", "name", &source.name);
            render(
                state,
                staff,
                filter,
                Some((form, why)),
                StatusCode::CONFLICT,
            )
            .await
        }
        Err(e) => Err(e.into()),
    }
}

/// `GET /admin/wire/items/{id}/preview`: the story's article as readers
/// will see it, through the editor's preview (the public page's template,
/// marked as a preview and never indexed).
pub async fn preview(
    State(state): State<AppState>,
    staff: Staff,
    jar: ReaderCookies,
    Path(raw): Path<String>,
) -> Result<Response, WebError> {
    staff.require(staff.user.role.may_edit_articles())?;
    let id: i64 = raw.parse().map_err(|_| WebError::NotFound)?;
    let item = state
        .store
        .wire_item_by_id(id)
        .await?
        .ok_or(WebError::NotFound)?;
    let article = match item.article {
        Some(a) => state.store.article_by_id(a).await?,
        None => None,
    }
    .ok_or(WebError::NotFound)?;
    let settings = state.settings().await?;
    let mut response = render_article(
        &state,
        &settings,
        article,
        &jar,
        FormView::default(),
        PageMode::Preview,
        StatusCode::OK,
    )
    .await?;
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}

#[cfg(test)]
mod tests {
    use super::*;
    use masthead_core::store::StoredItem;

    fn item(id: i64, source_id: i64, headline: &str, received_ms: i64) -> DeskItem {
        DeskItem {
            item: StoredItem {
                id,
                source_id,
                guid: format!("g{id}"),
                version: None,
                version_created_ms: None,
                headline: headline.into(),
                pubstatus: "usable".into(),
                state: ItemState::New,
                article: None,
                received_ms,
                updated_ms: received_ms,
            },
            source: format!("S{source_id}"),
            slug: None,
        }
    }

    #[test]
    fn one_story_from_several_sources_is_one_group_led_by_its_first_arrival() {
        assert_eq!(headline_key("  Quake hits  CITY!! "), "quake hits city");
        let ids = |g: Vec<Vec<DeskItem>>| -> Vec<Vec<i64>> {
            g.into_iter()
                .map(|g| g.into_iter().map(|d| d.item.id).collect())
                .collect()
        };
        let desk = vec![
            item(4, 2, "Quake hits city", 40),
            item(3, 1, "Other news", 30),
            item(2, 3, "quake — hits, city.", 20),
            item(1, 1, "QUAKE hits city", 10),
            // The same source again: another story, whatever its headline.
            item(0, 1, "Quake hits city", 5),
            item(9, 2, "", 1),
            item(8, 3, "!!", 1),
        ];
        assert_eq!(
            ids(group(desk)),
            [vec![1, 2, 4], vec![3], vec![0], vec![9], vec![8]]
        );
    }
}
