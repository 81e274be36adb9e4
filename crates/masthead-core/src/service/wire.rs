//! The wire desk's rules: what an agency story becomes (a draft or an
//! article), how a later version updates it, and how a withdrawal takes it
//! down. Fetching (and the photo's download) is the caller's; this is
//! every decision after the bytes are in.
use crate::Timestamp;
use crate::article::{Article, ArticleStatus, Correction, NewArticle, Photo, Provenance, Slug};
use crate::i18n::{Arg, Tr};
use crate::ids::ArticleId;
use crate::notify::{NewMessage, OutboxKind};
use crate::settings::SiteSettings;
use crate::store::{
    ItemState, NotifyOutcome, PublishMode, Store, StoreError, StoredItem, Unique, WireSource,
};
use crate::wire::{PubStatus, WireItem};

/// What taking one item did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Taken {
    /// A new story: a draft, or published (`live`).
    Created { article: ArticleId, live: bool },
    /// A later version replaced the story's text.
    Updated { article: ArticleId },
    /// The agency withdrew (or holds back) the story: taken down, staff told.
    Withdrawn { article: Option<ArticleId> },
    /// Nothing new: the same version again, or a story an editor dismissed.
    Unchanged,
}

#[derive(Debug, thiserror::Error)]
pub enum WireDeskError {
    #[error("the item has no headline, and there is no story of it to update")]
    NoHeadline,
    #[error("no address can be made from the headline “{0}”")]
    NoSlug(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Whether `item` is news to the desk: a story it has not seen, a later
/// version, or a change of the agency's word on it. Only news is worth a
/// photo download.
pub fn is_news(stored: Option<&StoredItem>, item: &WireItem) -> bool {
    match stored {
        None => true,
        Some(s) => {
            let created = s
                .version_created_ms
                .and_then(Timestamp::from_timestamp_millis);
            item.supersedes(s.version, created) || s.pubstatus != item.status.as_str()
        }
    }
}

/// Takes one item from `source` into the site. `photo` is the item's lead
/// photo, already stored under `/media/` (its caption and credit are set
/// here from the item). `stored` is the desk's record of the item, which the
/// caller has read already to decide whether the photo is worth fetching.
pub async fn take_item(
    store: &dyn Store,
    settings: &SiteSettings,
    source: &WireSource,
    item: &WireItem,
    stored: Option<StoredItem>,
    photo: Option<Photo>,
    now: Timestamp,
) -> Result<Taken, WireDeskError> {
    if !is_news(stored.as_ref(), item) {
        return Ok(Taken::Unchanged);
    }
    let article = match stored.as_ref().and_then(|s| s.article) {
        Some(id) => store.article_by_id(id).await?,
        None => None,
    };
    let record = |state: ItemState, article: Option<ArticleId>| StoredItem {
        id: stored.as_ref().map_or(0, |s| s.id),
        source_id: source.id,
        guid: item.guid.clone(),
        version: item.version,
        version_created_ms: item.version_created.map(|t| t.timestamp_millis()),
        headline: if item.headline.is_empty() {
            stored
                .as_ref()
                .map(|s| s.headline.clone())
                .unwrap_or_default()
        } else {
            item.headline.clone()
        },
        pubstatus: item.status.as_str().to_string(),
        state,
        article,
        received_ms: stored
            .as_ref()
            .map_or(now.timestamp_millis(), |s| s.received_ms),
        updated_ms: now.timestamp_millis(),
    };
    if item.status != PubStatus::Usable {
        let id = article.as_ref().map(|a| a.id);
        if let Some(a) = &article {
            // Status and `withdrawn_at` in one write.
            store.withdraw_article(a.id, now).await?;
            super::activitypub::tell_followers(store, a.id, now).await?;
        }
        let row = record(ItemState::Withdrawn, id);
        let item_id = store.save_wire_item(&row).await?;
        tell_staff(store, settings, source, &row.headline, item_id, now).await?;
        return Ok(Taken::Withdrawn { article: id });
    }
    if stored
        .as_ref()
        .is_some_and(|s| s.state == ItemState::Dismissed)
    {
        // An editor said no: later versions are recorded, not run.
        store
            .save_wire_item(&record(ItemState::Dismissed, None))
            .await?;
        return Ok(Taken::Unchanged);
    }
    match article {
        Some(a) => {
            update_story(store, source, item, photo, &a, now).await?;
            let state = match a.status {
                ArticleStatus::Published => ItemState::Published,
                ArticleStatus::Draft => ItemState::New,
            };
            store.save_wire_item(&record(state, Some(a.id))).await?;
            Ok(Taken::Updated { article: a.id })
        }
        None => {
            if item.headline.trim().is_empty() {
                return Err(WireDeskError::NoHeadline);
            }
            let live = source.publish == PublishMode::Now;
            let id = create_story(store, source, item, photo, live, now).await?;
            let state = if live {
                ItemState::Published
            } else {
                ItemState::New
            };
            store.save_wire_item(&record(state, Some(id))).await?;
            Ok(Taken::Created { article: id, live })
        }
    }
}

/// Publishes a story waiting on the desk: at once, or when its embargo
/// lifts if that is later (the article's date is never moved earlier).
pub async fn publish_item(
    store: &dyn Store,
    item: &StoredItem,
    now: Timestamp,
) -> Result<bool, WireDeskError> {
    let Some(a) = (match item.article {
        Some(id) => store.article_by_id(id).await?,
        None => None,
    }) else {
        return Ok(false);
    };
    if a.provenance.withdrawn_at.is_some() {
        return Ok(false);
    }
    let mut new = as_new(&a)?;
    new.status = ArticleStatus::Published;
    new.published_at = a.published_at.max(now);
    // Publishing as it came leaves the agency's original canonical.
    new.provenance = Some(a.provenance.clone());
    crate::service::update_article(store, a.id, &new).await?;
    store
        .set_item_state(item.id, ItemState::Published, now.timestamp_millis())
        .await?;
    Ok(true)
}

/// The article's fields as the store takes them back.
fn as_new(a: &Article) -> Result<NewArticle, WireDeskError> {
    Ok(NewArticle {
        author: None,
        slug: Slug::parse(&a.slug).map_err(|_| WireDeskError::NoSlug(a.slug.clone()))?,
        title: a.title.clone(),
        standfirst: a.standfirst.clone(),
        byline: a.byline.clone(),
        body_markdown: a.body_markdown.clone(),
        photo: a.photo.clone(),
        contributors: a.contributors.clone(),
        source_name: a.source_name.clone(),
        source_url: a.source_url.clone(),
        comments_open: a.comments_open,
        status: a.status,
        published_at: a.published_at,
        sections: None,
        tags: None,
        provenance: None,
    })
}

/// The article an item makes, from its fields: the body through the
/// article policy (at save), the photo with the item's caption and credit.
fn article_of(
    source: &WireSource,
    item: &WireItem,
    photo: Option<Photo>,
    slug: Slug,
    status: ArticleStatus,
    published_at: Timestamp,
) -> NewArticle {
    let photo = photo.map(|p| {
        let wp = item.photo.clone().unwrap_or_default();
        Photo {
            alt: wp.caption.clone(),
            caption: wp.caption,
            credit: if wp.credit.is_empty() {
                source.credit.clone()
            } else {
                wp.credit
            },
            ..p
        }
    });
    let credit = if source.credit.is_empty() {
        source.name.clone()
    } else {
        source.credit.clone()
    };
    NewArticle {
        author: None,
        slug,
        title: item.headline.trim().to_string(),
        standfirst: crate::html::to_text(&item.subheadline),
        byline: item.byline.clone(),
        body_markdown: body_of(item),
        photo,
        contributors: item.contributors.clone(),
        source_name: Some(credit),
        source_url: item.source_url.clone(),
        comments_open: true,
        status,
        published_at,
        sections: None,
        tags: Some(item.subjects.clone()),
        provenance: None,
    }
}

/// The agency's HTML as an article body: the dateline leads the first
/// paragraph, and no line starts indented (Markdown would read an
/// indented line as code; HTML does not care).
fn body_of(item: &WireItem) -> String {
    let mut body: String = item
        .body_html
        .lines()
        .map(str::trim_start)
        .collect::<Vec<_>>()
        .join("\n");
    let dateline = item.dateline.trim();
    if !dateline.is_empty() && !has_dateline(&crate::html::to_text(&body), dateline) {
        let lead = format!("{} — ", crate::html::escape_html(dateline));
        match body.find("<p>") {
            Some(at) => body.insert_str(at + 3, &lead),
            None => body.insert_str(0, &lead),
        }
    }
    body
}

/// Whether the story's text opens with its dateline already: the place
/// itself, or any short lead ended by a dash ("GROSSETO, Italy (AP) --").
fn has_dateline(text: &str, dateline: &str) -> bool {
    let text = text.trim_start();
    if text.to_lowercase().starts_with(&dateline.to_lowercase()) {
        return true;
    }
    [" — ", " -- ", " - ", " – "]
        .iter()
        .filter_map(|dash| text.find(dash))
        .min()
        .is_some_and(|at| text[..at].chars().count() <= 60)
}

/// The item's language as a BCP 47 tag (letters, digits, hyphens), or
/// none: it lands in a `lang` attribute and the JSON-LD.
fn language_tag(item: &WireItem) -> Option<String> {
    let tag = item.language.as_deref()?.trim();
    let ok = !tag.is_empty()
        && tag.len() <= 35
        && tag.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
    ok.then(|| tag.to_string())
}

/// Not before the embargo.
fn go_live_at(item: &WireItem, now: Timestamp) -> Timestamp {
    item.embargoed.map_or(now, |e| e.max(now))
}

async fn create_story(
    store: &dyn Store,
    source: &WireSource,
    item: &WireItem,
    photo: Option<Photo>,
    live: bool,
    now: Timestamp,
) -> Result<ArticleId, WireDeskError> {
    let base = Slug::from_title(&item.headline)
        .or_else(|_| Slug::from_title(&format!("wire {}", item.guid)))
        .map_err(|_| WireDeskError::NoSlug(item.headline.clone()))?;
    let status = if live {
        ArticleStatus::Published
    } else {
        ArticleStatus::Draft
    };
    let mut new = article_of(
        source,
        item,
        photo,
        base.clone(),
        status,
        go_live_at(item, now),
    );
    new.provenance = Some(Provenance {
        canonical_url: item.source_url.clone(),
        language: language_tag(item),
        revised_at: None,
        correction: item.correction.as_ref().map(|note| Correction {
            note: note.clone(),
            at: now,
        }),
        withdrawn_at: None,
    });
    let mut n = 1;
    let id = loop {
        match crate::service::add_article(store, &new).await {
            Ok(id) => break id,
            Err(StoreError::Conflict(Unique::ArticleSlug)) if n < 50 => {
                n += 1;
                let cut: String = base.as_str().chars().take(Slug::MAX_LEN - 4).collect();
                new.slug = Slug::parse(&format!("{}-{n}", cut.trim_end_matches('-')))
                    .map_err(|_| WireDeskError::NoSlug(item.headline.clone()))?;
            }
            Err(e) => return Err(e.into()),
        }
    };
    Ok(id)
}

/// Why an agency's update left an earlier version (`article_versions.why`).
pub const WIRE_UPDATE: &str = "wire update";

async fn update_story(
    store: &dyn Store,
    source: &WireSource,
    item: &WireItem,
    photo: Option<Photo>,
    a: &Article,
    now: Timestamp,
) -> Result<(), WireDeskError> {
    let slug = as_new(a)?.slug;
    let published_at = match item.embargoed {
        Some(e) if a.published_at > now => a.published_at.max(e),
        _ => a.published_at,
    };
    let mut new = article_of(source, item, photo, slug, a.status, published_at);
    if new.photo.is_none() {
        new.photo = a.photo.clone();
    }
    if item.headline.trim().is_empty() {
        new.title = a.title.clone();
    }
    new.comments_open = a.comments_open;
    new.provenance = Some(Provenance {
        // An editor who changed the text made the site's own page canonical:
        // that stays so.
        canonical_url: a
            .provenance
            .canonical_url
            .as_ref()
            .and(item.source_url.clone()),
        language: language_tag(item).or_else(|| a.provenance.language.clone()),
        revised_at: a.is_live(now).then_some(now),
        correction: match &item.correction {
            Some(note) => Some(Correction {
                note: note.clone(),
                at: now,
            }),
            None => a.provenance.correction.clone(),
        },
        withdrawn_at: a.provenance.withdrawn_at,
    });
    super::articles::revise_article(store, a.id, &new, WIRE_UPDATE).await?;
    Ok(())
}

/// Staff hear of a withdrawal where they hear of held comments: the
/// moderators' addresses and the chat webhooks.
async fn tell_staff(
    store: &dyn Store,
    settings: &SiteSettings,
    source: &WireSource,
    headline: &str,
    item_id: i64,
    now: Timestamp,
) -> Result<(), StoreError> {
    let tr = Tr::new(settings.language);
    let args = [
        ("headline", Arg::from(headline)),
        ("source", Arg::from(source.name.as_str())),
    ];
    let line = tr.args("wire-withdrawn-line", &args);
    let desk = format!("{}/admin/wire", settings.url.trim_end_matches('/'));
    let mut messages = Vec::new();
    for to in &settings.notify.moderators {
        messages.push(NewMessage {
            kind: OutboxKind::Mail,
            recipient: to.clone(),
            subject: tr.args("wire-withdrawn-subject", &args),
            body: format!("{line}\n\n{desk}\n"),
            unsubscribe: None,
            comment_id: None,
            dedupe: Some(format!("wire-withdrawn:{item_id}:{to}")),
        });
    }
    messages.extend(crate::notify::staff_chat(
        &settings.notify.chat_webhooks,
        &settings.title,
        (&line, &tr.t("wire-withdrawn-review"), &desk),
        None,
        &format!("wire-withdrawn:{item_id}"),
    ));
    if messages.is_empty() {
        return Ok(());
    }
    store
        .record_notifications(&NotifyOutcome {
            done: &[],
            subscribe: &[],
            messages: &messages,
            at: now,
        })
        .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_dateline_leads_and_nothing_is_indented() {
        let item = WireItem {
            body_html: "<p>The minister said.</p>\n    <p>More.</p>".into(),
            dateline: "LONDON".into(),
            ..WireItem::default()
        };
        assert_eq!(
            body_of(&item),
            "<p>LONDON — The minister said.</p>\n<p>More.</p>"
        );
        let already = WireItem {
            body_html: "<p>LONDON (Reuters) - The minister said.</p>".into(),
            dateline: "LONDON".into(),
            ..WireItem::default()
        };
        assert_eq!(body_of(&already), already.body_html);
    }
}
