//! The moderation queue: counts per status, filters, every comment with what
//! only staff may see (email, IP, why it was held), and actions per row and in bulk.
use super::session::Staff;
use crate::error::{Text, WebError};
use crate::form::FormFields;
use crate::state::AppState;
use crate::views::{Dates, article_url};
use askama::Template;
use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::HeaderMap;
use axum::response::{Html, IntoResponse, Redirect, Response};
use masthead_core::chrono::Utc;
use masthead_core::comment::{
    Actor, Audience, CommentStatus, ModerationAction, Reasons, SanctionKind, Via,
};
use masthead_core::html::Markup;
use masthead_core::i18n::{Arg, Tr};
use masthead_core::ids::{ArticleId, CommentId};
use masthead_core::service::{
    CommenterError, ModerationError, SanctionRequest, check_desk, moderate, sanction, staff_reply,
};
use masthead_core::store::{CommentFilter, QueueOrder};
use serde::Deserialize;

#[derive(Deserialize, Default)]
pub struct QueueQuery {
    status: Option<String>,
    q: Option<String>,
    article: Option<String>,
    /// `newest` (anything unknown too), `oldest`, `reported`, `filter`,
    /// `article`.
    sort: Option<String>,
    /// A held reason's code (`first-comments`, `links`, …); unknown ones
    /// are ignored.
    reason: Option<String>,
    /// A section's slug.
    section: Option<String>,
}

/// The held reasons the queue filters by, with the words the queue uses.
const REASON_FILTERS: [&str; 12] = [
    "first-comments",
    "links",
    "moderation-word",
    "no-form-token",
    "hold-all",
    "reported",
    "filter",
    "no-proof",
    "recent-rejections",
    "sanctioned",
    "hook",
    "hook-unanswered",
];

#[derive(Clone)]
pub struct StatusTab {
    pub name: &'static str,
    /// The queue's tab ("Pending").
    pub label: String,
    /// The dashboard's count ("pending", "in the trash").
    pub count_label: String,
    /// The count as the language writes numbers.
    pub shown: String,
    pub current: bool,
}

pub struct Row {
    pub id: i64,
    pub status: &'static str,
    /// The status as shown ("pending", "en attente").
    pub status_label: String,
    pub html: masthead_core::html::SanitizedHtml,
    pub article_title: String,
    pub article_url: String,
    pub date: String,
    pub author: String,
    pub url: Option<String>,
    pub email: String,
    /// The email as a query string carries it.
    pub email_q: String,
    pub ip: String,
    pub reason: Option<String>,
    pub picked: bool,
    /// Texts before its author's edits, oldest first: (when replaced, text).
    pub edits: Vec<(String, masthead_core::html::SanitizedHtml)>,
    /// Readers' reports: (when, reason).
    pub reports: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "admin/comments.html")]
pub struct QueuePage {
    pub tr: Tr,
    pub site_title: String,
    pub asset_version: &'static str,
    pub user: String,
    pub csrf: String,
    pub tabs: Vec<StatusTab>,
    pub status: String,
    pub q: String,
    pub article: String,
    /// The order's name (`newest`, `oldest`, `reported`, `filter`,
    /// `article`).
    pub sort: String,
    /// The held reason filtered by, or "".
    pub reason: String,
    /// The section filtered by, or "".
    pub section: String,
    pub rows: Vec<Row>,
    pub return_to: String,
    /// A full page: more may follow (the script fetches them as the list
    /// empties).
    pub more: bool,
}

impl QueuePage {
    /// The keyboard help, each key as `<kbd>`.
    pub fn shortcuts(&self) -> Markup {
        let keys = ["a", "s", "t", "j", "k", "x", "help"].map(|k| {
            let shown = if k == "help" {
                "?".into()
            } else {
                k.to_uppercase()
            };
            (k, Markup::element("kbd").text(&shown))
        });
        let html: Vec<(&str, &Markup)> = keys.iter().map(|(k, m)| (*k, m)).collect();
        self.tr.html("admin-queue-shortcuts", &html, &[])
    }

    /// The orders, each with its words, for the sort menu.
    pub fn orders(&self) -> Vec<(&'static str, String)> {
        QueueOrder::ALL
            .iter()
            .map(|o| {
                (
                    o.as_str(),
                    self.tr.t(&format!("admin-queue-sort-{}", o.as_str())),
                )
            })
            .collect()
    }

    /// The held reasons, each with its words, for the reason menu.
    pub fn reasons(&self) -> Vec<(&'static str, String)> {
        REASON_FILTERS
            .iter()
            .map(|r| (*r, self.tr.t(&format!("admin-queue-reason-{r}"))))
            .collect()
    }

    /// The keys the queue's script answers, and what each does.
    pub fn keys(&self) -> Vec<(&'static str, String)> {
        [
            ("J", "next"),
            ("K", "previous"),
            ("A", "approve"),
            ("S", "spam"),
            ("T", "trash"),
            ("U", "unapprove"),
            ("P", "pick"),
            ("R", "reply"),
            ("B B", "ban"),
            ("X", "select"),
            ("?", "help"),
        ]
        .into_iter()
        .map(|(k, what)| (k, self.tr.t(&format!("admin-keys-{what}"))))
        .collect()
    }

    /// "on <a>the article</a>", the title escaped.
    pub fn on_article(&self, r: &Row) -> Markup {
        let link = Markup::element("a")
            .attr("href", &r.article_url)
            .text(&r.article_title);
        self.tr.html("admin-queue-on", &[("article", &link)], &[])
    }

    pub fn reported(&self, r: &Row) -> String {
        self.tr.args(
            "admin-queue-reported",
            &[("count", Arg::from(r.reports.len()))],
        )
    }

    pub fn edited(&self, r: &Row) -> String {
        self.tr
            .args("admin-queue-edited", &[("count", Arg::from(r.edits.len()))])
    }
}

const LIMIT: u32 = 200;

/// Counts per status, for the queue's tabs and the dashboard.
pub async fn status_tabs(
    state: &AppState,
    current: Option<CommentStatus>,
    tr: Tr,
    desk: &[String],
) -> Result<Vec<StatusTab>, WebError> {
    // A section desk counts its own sections' comments only.
    let counts = match masthead_core::service::desk_filter(desk) {
        None => state.store.count_comments_by_status().await?,
        Some(sections) => {
            let mut counts = Vec::new();
            for status in CommentStatus::ALL {
                let filter = CommentFilter {
                    status: Some(status),
                    sections: Some(sections.clone()),
                    ..CommentFilter::default()
                };
                counts.push((status, state.store.count_comments(&filter).await?));
            }
            counts
        }
    };
    Ok(CommentStatus::ALL
        .iter()
        .map(|s| {
            let count = counts.iter().find(|(c, _)| c == s).map_or(0, |(_, n)| *n);
            StatusTab {
                name: s.as_str(),
                label: tr.t(&format!("admin-status-{}", s.as_str())),
                count_label: tr.t(&format!("admin-dashboard-{}", s.as_str())),
                shown: tr.number(i64::try_from(count).unwrap_or(i64::MAX)),
                current: Some(*s) == current,
            }
        })
        .collect())
}

pub async fn page(
    State(state): State<AppState>,
    staff: Staff,
    Query(query): Query<QueueQuery>,
) -> Result<Response, WebError> {
    staff.require(staff.user.role.may_moderate())?;
    let status = query.status.as_deref().unwrap_or("pending");
    let filter_status = match status {
        "all" | "picks" => None,
        s => Some(s.parse::<CommentStatus>().map_err(|e| {
            WebError::bad_request(staff.tr.s("admin-queue-unknown-status", "status", &e.0))
        })?),
    };
    let article = match query.article.as_deref().filter(|a| !a.is_empty()) {
        Some(a) => Some(ArticleId(a.parse().map_err(|_| {
            WebError::bad_request(staff.tr.t("admin-queue-bad-article"))
        })?)),
        None => None,
    };
    let settings = state.settings().await?;
    let dates = Dates::new(&settings);
    let tr = staff.tr;
    let tabs = status_tabs(&state, filter_status, tr, &staff.user.sections).await?;
    let filter = CommentFilter {
        status: filter_status,
        article,
        search: query.q.clone(),
        limit: Some(LIMIT),
        offset: 0,
        picked: status == "picks",
        order: query
            .sort
            .as_deref()
            .and_then(QueueOrder::parse)
            .unwrap_or_default(),
        reason: query
            .reason
            .as_deref()
            .filter(|r| REASON_FILTERS.contains(r))
            .map(str::to_string),
        section: query
            .section
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_lowercase),
        sections: masthead_core::service::desk_filter(&staff.user.sections),
    };
    let mut titles: std::collections::HashMap<ArticleId, String> = std::collections::HashMap::new();
    let mut rows = Vec::new();
    let comments = state.store.comments(&filter).await?;
    // Reports matter on approved comments and on those reports sent back to
    // the queue; one query for the whole page.
    let reported: Vec<_> = comments
        .iter()
        .filter(|c| {
            c.status == CommentStatus::Approved
                || c.moderation_reason.as_ref().is_some_and(Reasons::reported)
        })
        .map(|c| c.id)
        .collect();
    let mut reports_by_comment: std::collections::HashMap<_, Vec<_>> =
        std::collections::HashMap::new();
    for (id, report) in state.store.reports_of(&reported).await? {
        reports_by_comment.entry(id).or_default().push(report);
    }
    for c in comments {
        let article_title = match titles.entry(c.article_id) {
            std::collections::hash_map::Entry::Occupied(e) => e.get().clone(),
            std::collections::hash_map::Entry::Vacant(e) => {
                let title = state
                    .store
                    .article_by_id(c.article_id)
                    .await?
                    .map(|a| a.title);
                e.insert(title.unwrap_or_default()).clone()
            }
        };
        // Only rows that have them cost a query (most have neither).
        let edits = match c.edited_at {
            Some(_) => state.store.past_texts(c.id).await?,
            None => Vec::new(),
        };
        let reports = reports_by_comment.remove(&c.id).unwrap_or_default();
        rows.push(Row {
            picked: c.picked,
            edits: edits
                .into_iter()
                .map(|e| (dates.day_time(e.edited_at), e.content_html))
                .collect(),
            reports: reports
                .into_iter()
                .map(|r| (dates.day_time(r.at), r.reason))
                .collect(),
            id: c.id.0,
            status: c.status.as_str(),
            status_label: tr.t(&format!("admin-row-{}", c.status.as_str())),
            article_title,
            article_url: article_url(&c.article_slug),
            date: dates.day_time(c.created_at),
            author: c.author_name,
            url: c.author_url,
            email_q: form_urlencoded::byte_serialize(c.author_email.as_bytes()).collect(),
            email: c.author_email,
            ip: c.author_ip.unwrap_or_default(),
            reason: c.moderation_reason.map(|r| r.tell(tr, Audience::Queue)),
            html: c.content_html,
        });
    }
    let return_to = {
        let mut q = form_urlencoded::Serializer::new(String::new());
        q.append_pair("status", status);
        if let Some(s) = query.q.as_deref().filter(|s| !s.is_empty()) {
            q.append_pair("q", s);
        }
        if let Some(a) = article {
            q.append_pair("article", &a.0.to_string());
        }
        for (name, value) in [
            ("sort", &query.sort),
            ("reason", &query.reason),
            ("section", &query.section),
        ] {
            if let Some(v) = value.as_deref().filter(|v| !v.is_empty()) {
                q.append_pair(name, v);
            }
        }
        format!("/admin/comments?{}", q.finish())
    };
    let page = QueuePage {
        tr,
        site_title: settings.title.clone(),
        asset_version: crate::assets::VERSION.as_str(),
        user: staff.user.name.clone(),
        csrf: staff.csrf.clone(),
        tabs,
        status: status.to_string(),
        q: query.q.unwrap_or_default(),
        article: article.map(|a| a.0.to_string()).unwrap_or_default(),
        sort: query.sort.unwrap_or_default(),
        reason: query.reason.unwrap_or_default(),
        section: query.section.unwrap_or_default(),
        more: rows.len() >= LIMIT as usize,
        rows,
        return_to,
    };
    Ok(Html(page.render()?).into_response())
}

/// The answer to the queue's script: each comment's status now (and its
/// label), and a sentence for the screen reader's live region.
async fn answer_script(
    state: &AppState,
    ids: &[CommentId],
    verb: &str,
    tr: Tr,
) -> Result<Response, WebError> {
    let mut comments = Vec::new();
    for id in ids {
        if let Some(c) = state.store.comment(*id).await? {
            comments.push(serde_json::json!({
                "id": c.id.0,
                "status": c.status.as_str(),
                "picked": c.picked,
                "label": tr.t(&format!("admin-row-{}", c.status.as_str())),
            }));
        }
    }
    let list: Vec<String> = ids.iter().map(ToString::to_string).collect();
    let said = match verb {
        "approve" | "unapprove" | "spam" | "trash" | "pick" | "ban" => {
            tr.s(&format!("admin-keys-done-{verb}"), "ids", &list.join(", "))
        }
        _ => String::new(),
    };
    Ok(
        axum::Json(serde_json::json!({ "ok": true, "comments": comments, "said": said }))
            .into_response(),
    )
}

/// `POST /admin/comments`: `action` is `approve` (with checked `ids`) for a
/// bulk action, or `approve:ID` from a row's own button.
pub async fn act(
    State(state): State<AppState>,
    staff: Staff,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, WebError> {
    let fields = FormFields::parse_with_lists(&headers, &body, &["ids"])?;
    staff.check_csrf(&fields)?;
    staff.require(staff.user.role.may_moderate())?;
    // A row's own button sends `action=VERB:ID`; the bulk form sends
    // `bulk_action=VERB` with the checked `ids` (and no `action`).
    let (verb, ids): (String, Vec<String>) = match fields.get("action") {
        Some(a) => match a.split_once(':') {
            Some((verb, id)) => (verb.to_string(), vec![id.to_string()]),
            None => (a.to_string(), fields.all("ids").to_vec()),
        },
        None => (fields.text("bulk_action"), fields.all("ids").to_vec()),
    };
    let ids: Vec<CommentId> = ids
        .iter()
        .map(|i| i.parse::<i64>().map(CommentId))
        .collect::<Result<_, _>>()
        .map_err(|_| WebError::bad_request(staff.tr.t("admin-queue-bad-ids")))?;
    let now = Utc::now();
    if verb == "reply" {
        let [id] = ids.as_slice() else {
            return Err(WebError::bad_request(staff.tr.t("admin-queue-one-reply")));
        };
        let settings = state.settings().await?;
        let text = fields.text(&format!("reply_{}", id.0));
        staff_reply(
            state.store.as_ref(),
            &settings,
            &staff.user,
            Via::Admin,
            *id,
            &text,
            now,
        )
        .await?;
    } else if verb == "ban" {
        // The author of each is banned, and the comment goes to spam.
        let actor = Actor::staff(&staff.user, Via::Admin);
        check_desk(state.store.as_ref(), &actor, &ids).await?;
        // Every author's address first, each once: nothing is set unless
        // every one can be.
        let mut targets: Vec<String> = Vec::new();
        for id in &ids {
            let c = state.store.comment(*id).await?.ok_or_else(|| {
                WebError::bad_request(Text::of(ModerationError::CommentNotFound(vec![*id])))
            })?;
            let target = if c.author_email.is_empty() {
                c.author_ip.unwrap_or_default()
            } else {
                c.author_email.to_lowercase()
            };
            if let Err(e) = target.parse::<masthead_core::comment::Target>() {
                return Err(WebError::bad_request(Text::of(e)));
            }
            if !targets.contains(&target) {
                targets.push(target);
            }
        }
        for target in targets {
            let request = SanctionRequest {
                kind: SanctionKind::Ban,
                target: &target,
                reason: "",
                days: None,
            };
            match sanction(state.store.as_ref(), &request, actor.clone(), now).await {
                Ok(_) => {}
                Err(CommenterError::Store(e)) => return Err(e.into()),
                Err(e) => return Err(WebError::bad_request(Text::of(e))),
            }
        }
        moderate(
            state.store.as_ref(),
            &ids,
            ModerationAction::Spam,
            &actor,
            now,
        )
        .await?;
    } else {
        let action = verb.parse::<ModerationAction>().map_err(|e| {
            WebError::bad_request(staff.tr.s("admin-queue-unknown-action", "action", &e.0))
        })?;
        let actor = Actor::staff(&staff.user, Via::Admin);
        moderate(state.store.as_ref(), &ids, action, &actor, now).await?;
    }
    // The queue's script acts in the background: what became of each.
    if fields.get("_fetch") == Some("1") {
        return answer_script(&state, &ids, &verb, staff.tr).await;
    }
    let back = fields
        .get("return_to")
        .filter(|r| r.starts_with("/admin/comments"))
        .unwrap_or("/admin/comments");
    Ok(Redirect::to(back).into_response())
}
