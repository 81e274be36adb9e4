//! Opening the site's database, and who the command line acts as, for the
//! server and every command (its own module, so `commands`, `commenters`
//! and `transfer` all depend on it, not on each other).
use anyhow::Result;
use masthead_core::comment::{Actor, Via};
use masthead_core::i18n::Tr;
use masthead_core::settings::SiteSettings;
use masthead_core::store::Store;
use std::sync::Arc;

/// Opens the database for a command that runs once.
pub(crate) async fn open(url: &str) -> Result<Arc<dyn Store>> {
    Ok(masthead_store::connect_as(url, masthead_store::Use::Command).await?)
}

/// Opens the database for `serve`.
pub(crate) async fn open_server(url: &str) -> Result<Arc<dyn Store>> {
    Ok(masthead_store::connect(url).await?)
}

/// The site's language, for what a command tells people (from the settings
/// of the database it has open).
pub(crate) async fn language(store: &dyn Store) -> Result<Tr> {
    let (settings, _) = SiteSettings::load(store).await?;
    Ok(Tr::new(settings.language))
}

/// Whoever runs the command line: it has no account, so the log names the
/// operator's login.
pub(crate) fn cli_actor() -> Actor {
    let name = std::env::var("USER")
        .or_else(|_| std::env::var("LOGNAME"))
        .unwrap_or_else(|_| "operator".into());
    Actor {
        user_id: None,
        name,
        via: Via::Cli,
        sections: Vec::new(),
    }
}

/// Who a command acts as: the staff account `--as` names (its role must
/// moderate; its sections limit it), or the operator.
pub(crate) async fn acting(store: &dyn Store, name: Option<&str>, tr: Tr) -> Result<Actor> {
    let Some(name) = name else {
        return Ok(cli_actor());
    };
    let user = store
        .user_by_name(name)
        .await?
        .ok_or_else(|| anyhow::anyhow!(tr.s("cli-user-missing", "name", name)))?;
    if !user.role.may_moderate() {
        anyhow::bail!(tr.s("cli-user-may-not-moderate", "name", name));
    }
    Ok(Actor::staff(&user, Via::Cli))
}
