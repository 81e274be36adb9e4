//! The dashboard: counts, the latest pending comments, and comments per day
//! over the last 30 days as a server-rendered SVG chart.
use super::chart;
use super::queue::{StatusTab, status_tabs};
use super::session::Staff;
use crate::error::WebError;
use crate::state::AppState;
use crate::views::article_url;
use askama::Template;
use axum::extract::State;
use axum::response::{Html, IntoResponse, Response};
use masthead_core::chrono::{Duration, Utc};
use masthead_core::comment::CommentStatus;
use masthead_core::html::Markup;
use masthead_core::i18n::{Arg, Tr};
use masthead_core::store::CommentFilter;

const DAYS: u32 = 30;

pub struct PendingItem {
    pub id: i64,
    pub author: String,
    pub article_title: String,
    pub article_url: String,
    pub excerpt: String,
}

#[derive(Template)]
#[template(path = "admin/dashboard.html")]
pub struct DashboardPage {
    pub tr: Tr,
    pub site_title: String,
    pub asset_version: &'static str,
    pub user: String,
    pub csrf: String,
    /// "<b id=count-articles>3</b> published articles" (escaped, with markup).
    pub articles: Markup,
    pub tabs: Vec<StatusTab>,
    pub chart: super::chart::Chart,
    pub may_moderate: bool,
    pub pending: Vec<PendingItem>,
}

impl DashboardPage {
    /// "<b>Ann</b> on <a>the article</a>:" with the names escaped.
    pub fn comment_on(&self, p: &PendingItem) -> Markup {
        let author = Markup::element("b").text(&p.author);
        let article = Markup::element("a")
            .attr("href", &p.article_url)
            .text(&p.article_title);
        self.tr.html(
            "admin-comment-on",
            &[("author", &author), ("article", &article)],
            &[],
        )
    }
}

pub async fn page(State(state): State<AppState>, staff: Staff) -> Result<Response, WebError> {
    let settings = state.settings().await?;
    let today = Utc::now().date_naive();
    let since = (today - Duration::days(i64::from(DAYS - 1)))
        .and_hms_opt(0, 0, 0)
        .map(|d| d.and_utc())
        .unwrap_or_else(Utc::now);
    let per_day = state.store.comments_per_day(since).await?;
    let may_moderate = staff.user.role.may_moderate();
    let mut pending = Vec::new();
    if may_moderate {
        let filter = CommentFilter {
            status: Some(CommentStatus::Pending),
            limit: Some(5),
            sections: masthead_core::service::desk_filter(&staff.user.sections),
            ..CommentFilter::default()
        };
        for c in state.store.comments(&filter).await? {
            let title = state
                .store
                .article_by_id(c.article_id)
                .await?
                .map(|a| a.title)
                .unwrap_or_default();
            let text: String = c
                .content_source
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            let excerpt = if text.chars().count() > 120 {
                format!("{}…", text.chars().take(119).collect::<String>())
            } else {
                text
            };
            pending.push(PendingItem {
                id: c.id.0,
                author: c.author_name,
                article_title: title,
                article_url: article_url(&c.article_slug),
                excerpt,
            });
        }
    }
    let tr = staff.tr;
    let articles = state.store.count_published_articles().await?;
    let articles_html = Markup::element("b")
        .attr("id", "count-articles")
        .text(&tr.number(articles.try_into().unwrap_or(i64::MAX)));
    let page = DashboardPage {
        tr,
        site_title: settings.title.clone(),
        asset_version: crate::assets::VERSION.as_str(),
        user: staff.user.name.clone(),
        csrf: staff.csrf.clone(),
        articles: tr.html(
            "admin-dashboard-articles",
            &[("n", &articles_html)],
            &[("count", Arg::from(articles))],
        ),
        tabs: status_tabs(&state, None, tr, &staff.user.sections).await?,
        chart: chart::comments_per_day(today, DAYS, &per_day, tr),
        may_moderate,
        pending,
    };
    Ok(Html(page.render()?).into_response())
}
