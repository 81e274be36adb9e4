//! What each command does. Errors carry a sentence of context at each step, so
//! `main` can print them as one line.
use crate::cli::{
    ArticleCommand, Cli, Command, CommentsCommand, OnOff, RoleArg, ServeArgs, SettingsCommand,
    StatusArg, UserCommand,
};
use crate::database::{acting, language, open};
use crate::{article_file, demo, server};
use anyhow::{Context, Result, bail};
use chrono::Utc;
use masthead_core::Localized;
use masthead_core::comment::{Comment, CommentStatus, ModerationAction};
use masthead_core::i18n::{Arg, Lang, Tr};
use masthead_core::ids::CommentId;
use masthead_core::service::{add_article, moderate};
use masthead_core::settings::{SiteSettings, known_keys};
use masthead_core::store::{CommentFilter, StoreError, Unique};
use masthead_core::user::{Role, check_name, hash_password};
use masthead_web::{RateLimitConfig, WebConfig};
use std::time::Duration;

pub async fn run(cli: Cli) -> Result<()> {
    match cli.command {
        Command::Serve(args) => serve(&cli.database, args).await,
        Command::Wire(command) => crate::wire::command(&cli.database, command).await,
        Command::Article(ArticleCommand::Close { slug }) => {
            switch_comments(&cli.database, &slug, false).await
        }
        Command::Article(ArticleCommand::Open { slug }) => {
            switch_comments(&cli.database, &slug, true).await
        }
        Command::Article(ArticleCommand::Live { slug, state }) => {
            live_coverage(&cli.database, &slug, state == OnOff::On).await
        }
        Command::Article(ArticleCommand::Correct { slug, note }) => {
            let store = open(&cli.database).await?;
            let tr = language(store.as_ref()).await?;
            masthead_core::service::correct_article(store.as_ref(), &slug, &note, Utc::now())
                .await
                .map_err(|e| anyhow::anyhow!(e.message(tr)))?;
            println!("{}", tr.s("cli-article-corrected", "slug", &slug));
            Ok(())
        }
        Command::Article(ArticleCommand::Entry { slug, author }) => {
            live_entry(&cli.database, &slug, author).await
        }
        Command::Article(ArticleCommand::Add { file }) => {
            let store = open(&cli.database).await?;
            let tr = language(store.as_ref()).await?;
            let text = std::fs::read_to_string(&file)
                .with_context(|| format!("cannot read {}", file.display()))?;
            let base = file.parent().unwrap_or(std::path::Path::new("."));
            let parsed = article_file::parse(&text, base)
                .with_context(|| format!("{} is not a valid article file", file.display()))?;
            for photo in &parsed.photo_files {
                store.put_media(photo).await?;
            }
            let slug = parsed.article.slug.clone();
            let id = add_article(store.as_ref(), &parsed.article)
                .await
                .map_err(|e| match e {
                    StoreError::Conflict(Unique::ArticleSlug) => {
                        anyhow::anyhow!(tr.s("cli-article-slug-taken", "slug", slug.as_str()))
                    }
                    other => other.into(),
                })?;
            let path = format!("/articles/{slug}");
            println!(
                "{}",
                tr.args(
                    "cli-article-added",
                    &[("id", id.to_string().into()), ("path", path.into())]
                )
            );
            Ok(())
        }
        Command::Comments(cmd) => comments(&cli.database, cli.acting_as.as_deref(), cmd).await,
        Command::Settings(cmd) => settings(&cli.database, cmd).await,
        Command::User(cmd) => users(&cli.database, cmd).await,
        Command::Migrate => {
            masthead_store::migrate(&cli.database).await?;
            println!(
                "the database {} is up to date",
                masthead_store::redact(&cli.database)
            );
            Ok(())
        }
        Command::Import(cmd) => crate::transfer::import(&cli.database, cmd).await,
        Command::Export(cmd) => crate::transfer::export(&cli.database, cmd).await,
        Command::Privacy(cmd) => crate::privacy::run(&cli.database, cmd).await,
        Command::Moderation(cmd) => crate::moderation::run(&cli.database, cmd).await,
        Command::Commenters(cmd) => {
            crate::commenters::run(&cli.database, cli.acting_as.as_deref(), cmd).await
        }
        Command::Backup { file } => {
            check_url(&cli.database)?;
            masthead_store::backup(&cli.database, &file).await?;
            println!("backed up the site to {}", file.display());
            Ok(())
        }
        Command::Restore { file } => {
            check_url(&cli.database)?;
            masthead_store::restore(&cli.database, &file).await?;
            println!("restored the site from {}", file.display());
            Ok(())
        }
        Command::Copy { from, to } => {
            check_url(&from)?;
            check_url(&to)?;
            crate::transfer::copy(&from, &to).await
        }
    }
}

/// Refuses URLs of databases masthead does not speak before touching them.
fn check_url(url: &str) -> Result<()> {
    if url.starts_with("sqlite:") || masthead_store::is_postgres(url) {
        Ok(())
    } else {
        Err(masthead_store::ConnectError::Unsupported(masthead_store::redact(url)).into())
    }
}

async fn serve(database: &str, args: ServeArgs) -> Result<()> {
    let filter = tracing_subscriber::EnvFilter::try_from_env("MASTHEAD_LOG")
        .unwrap_or_else(|_| "masthead=info,tower_http=warn".into());
    // Lines are written by a thread of their own, many per system call
    // (a request log written line by line from the request's thread was a
    // tenth of the cost of serving a cached page); none is dropped, and the
    // guard writes what is left when serving ends.
    let (writer, _log_guard) = tracing_appender::non_blocking::NonBlockingBuilder::default()
        .lossy(false)
        .finish(std::io::BufWriter::with_capacity(
            64 * 1024,
            std::io::stdout(),
        ));
    // Colour codes only for a person at a terminal, not in log files.
    let logs = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stdout()))
        .with_writer(writer);
    match args.log_format {
        crate::cli::LogFormat::Json => logs.json().flatten_event(true).init(),
        crate::cli::LogFormat::Text => logs.init(),
    }
    let store = crate::database::open_server(database).await?;
    if args.demo {
        let tr = language(store.as_ref()).await?;
        match demo::load_if_empty(store.as_ref()).await? {
            Some(slug) => println!(
                "{}",
                tr.s("cli-demo-loaded", "path", &format!("/articles/{slug}"))
            ),
            None => println!("{}", tr.t("cli-demo-skipped")),
        }
    }
    let state = server::app_state(
        store,
        WebConfig {
            secure_cookies: args.secure_cookies,
            trusted_proxies: args.trusted_proxies,
            rate_limits: RateLimitConfig {
                requests_per_second: args.rate_limit_rps,
                burst: args.rate_limit_burst,
                comment_posts_per_minute: args.rate_limit_posts_per_minute,
                reader_actions_per_minute: args.rate_limit_reader_actions_per_minute,
            },
            request_timeout: Duration::from_secs(args.request_timeout_secs),
            metrics_allow: args.metrics_allow,
            page_cache: !args.no_page_cache,
            cache_budget_bytes: usize::try_from(args.cache_budget_mb << 20).unwrap_or(usize::MAX),
            shared_max_age: Duration::from_secs(args.shared_max_age),
            allow_private_hooks: args.allow_private_webhooks,
            allow_private_addresses: args.allow_private_addresses,
            live_max_connections: usize::try_from(args.live_max_connections).unwrap_or(usize::MAX),
            grip_publish_url: args.grip_publish_url,
            ..WebConfig::default()
        },
    )
    .await?;
    if !args.purge_urls.is_empty() {
        tokio::spawn(masthead_web::purge::follow(
            state.store.clone(),
            masthead_web::purge::PurgeConfig {
                targets: args.purge_urls,
                every: Duration::from_millis(100),
            },
        ));
    }
    tokio::spawn(crate::mailer::run(
        state.clone(),
        crate::mailer::MailConfig {
            smtp_url: args.smtp_url,
            retry_base: Duration::from_millis(args.mail_retry_base_ms),
            poll: Duration::from_millis(args.mail_poll_ms),
            digest_every: Duration::from_secs(args.mail_digest_secs),
            allow_private_webhooks: args.allow_private_webhooks,
        },
    ));
    let (listener, addr) = server::bind(args.addr).await?;
    println!(
        "masthead is serving http://{addr}/ (database {})",
        masthead_store::redact(database)
    );
    server::serve(
        listener,
        state,
        Duration::from_secs(args.header_timeout_secs),
        server::shutdown_signal(),
    )
    .await
}

fn status_of(s: StatusArg) -> CommentStatus {
    match s {
        StatusArg::Pending => CommentStatus::Pending,
        StatusArg::Approved => CommentStatus::Approved,
        StatusArg::Spam => CommentStatus::Spam,
        StatusArg::Trash => CommentStatus::Trash,
    }
}

async fn comments(database: &str, acting_as: Option<&str>, cmd: CommentsCommand) -> Result<()> {
    let store = open(database).await?;
    let tr = language(store.as_ref()).await?;
    let actor = acting(store.as_ref(), acting_as, tr).await?;
    let (ids, action) = match cmd {
        CommentsCommand::List {
            status,
            json,
            limit,
        } => {
            let filter = CommentFilter {
                status: status.map(status_of),
                article: None,
                search: None,
                limit: Some(limit),
                offset: 0,
                picked: false,
                order: Default::default(),
                reason: None,
                section: None,
                sections: masthead_core::service::desk_filter(&actor.sections),
            };
            let list = store.comments(&filter).await?;
            if json {
                println!("{}", serde_json::to_string_pretty(&list)?);
            } else {
                print_table(&list, tr);
            }
            return Ok(());
        }
        CommentsCommand::Log { id, json, limit } => {
            let mut log = store.moderation_log(id.map(CommentId), limit).await?;
            // A section desk reads the log of its own sections' comments.
            if !actor.sections.is_empty() {
                let ids: Vec<CommentId> = log.iter().map(|e| e.comment_id).collect();
                let outside =
                    masthead_core::service::outside_desk(store.as_ref(), &actor, &ids).await?;
                let reached: Vec<CommentId> = store
                    .comment_sections(&ids)
                    .await?
                    .into_iter()
                    .map(|(id, _)| id)
                    .filter(|id| !outside.contains(id))
                    .collect();
                log.retain(|e| reached.contains(&e.comment_id));
            }
            if json {
                println!("{}", serde_json::to_string_pretty(&log)?);
            } else if log.is_empty() {
                println!("{}", tr.t("cli-comments-nothing-moderated"));
            }
            for e in log.iter().filter(|_| !json) {
                println!(
                    "{}  {:>6}  {:<10}  {} ({})",
                    e.at.format("%Y-%m-%d %H:%M:%S"),
                    e.comment_id,
                    e.action,
                    e.actor,
                    e.via
                );
            }
            return Ok(());
        }
        CommentsCommand::Approve { ids } => (ids, ModerationAction::Approve),
        CommentsCommand::Unapprove { ids } => (ids, ModerationAction::Unapprove),
        CommentsCommand::Spam { ids } => (ids, ModerationAction::Spam),
        CommentsCommand::Trash { ids } => (ids, ModerationAction::Trash),
        CommentsCommand::NotSpam { ids } => (ids, ModerationAction::NotSpam),
        CommentsCommand::Restore { ids } => (ids, ModerationAction::Restore),
        CommentsCommand::Delete { ids } => (ids, ModerationAction::Delete),
        CommentsCommand::Trust { ids } => (ids, ModerationAction::Trust),
        CommentsCommand::Pick { ids } => (ids, ModerationAction::Pick),
        CommentsCommand::Unpick { ids } => (ids, ModerationAction::Unpick),
    };
    let ids: Vec<CommentId> = ids.into_iter().map(CommentId).collect();
    let done = moderate(store.as_ref(), &ids, action, &actor, Utc::now())
        .await
        .map_err(|e| anyhow::anyhow!(e.message(tr)))?;
    let mut all: Vec<CommentId> = done
        .changed
        .iter()
        .chain(&done.unchanged)
        .copied()
        .collect();
    all.sort();
    let list: Vec<String> = all.iter().map(ToString::to_string).collect();
    let id = format!("cli-comments-{}", action.as_str().replace('_', "-"));
    println!(
        "{}",
        tr.args(
            &id,
            &[
                ("count", Arg::from(all.len())),
                ("ids", list.join(", ").into())
            ]
        )
    );
    Ok(())
}

fn one_line(s: &str, max: usize) -> String {
    let flat: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() > max {
        format!("{}…", flat.chars().take(max - 1).collect::<String>())
    } else {
        flat
    }
}

fn print_table(list: &[Comment], tr: Tr) {
    if list.is_empty() {
        println!("{}", tr.t("cli-comments-none"));
        return;
    }
    println!(
        "{:>6}  {:<8}  {:<16}  {:<20}  {:<24}  {:<30}  {}",
        "id",
        tr.t("cli-column-status"),
        tr.t("cli-column-date"),
        tr.t("cli-column-author"),
        tr.t("cli-column-email"),
        tr.t("cli-column-why-held"),
        tr.t("cli-column-text"),
    );
    for c in list {
        println!(
            "{:>6}  {:<8}  {:<16}  {:<20}  {:<24}  {:<40}  {}",
            c.id,
            tr.t(&format!("cli-status-{}", c.status.as_str())),
            c.created_at.format("%Y-%m-%d %H:%M"),
            one_line(&c.author_name, 20),
            one_line(&c.author_email, 24),
            // In English, as the JSON and the log say it.
            one_line(
                &c.moderation_reason
                    .as_ref()
                    .map_or_else(|| "-".to_string(), ToString::to_string),
                40
            ),
            one_line(&c.content_source, 60),
        );
    }
}

async fn settings(database: &str, cmd: SettingsCommand) -> Result<()> {
    let store = open(database).await?;
    let (mut current, _) = SiteSettings::load(store.as_ref()).await?;
    let tr = Tr::new(current.language);
    match cmd {
        SettingsCommand::List => {
            for (k, v) in current.to_shown_pairs() {
                println!("{k} = {v}");
            }
        }
        SettingsCommand::Get { key } => {
            match current
                .to_shown_pairs()
                .into_iter()
                .find(|(k, _)| *k == key)
            {
                Some((_, v)) => println!("{v}"),
                None => bail!(tr.args(
                    "cli-settings-unknown",
                    &[("key", Arg::from(&key)), ("known", known_keys().into())]
                )),
            }
        }
        SettingsCommand::Set { key, value } => {
            // A refused language is told in the site's words, with the list.
            if key == "site.language" && Lang::parse(&value).is_err() {
                bail!(tr.args(
                    "cli-settings-unknown-language",
                    &[("value", Arg::from(&value)), ("list", Lang::codes().into())]
                ));
            }
            current
                .set(&key, &value)
                .map_err(|e| anyhow::anyhow!(e.message(tr)))?;
            // An old key's value lives under the key that replaced it.
            let key = SiteSettings::stored_key(&key).to_string();
            let stored = current
                .to_pairs()
                .into_iter()
                .find(|(k, _)| *k == key)
                .map(|(_, v)| v)
                .unwrap_or(value);
            store.put_setting(&key, &stored).await?;
            let shown = current
                .to_shown_pairs()
                .into_iter()
                .find(|(k, _)| *k == key);
            println!("{key} = {}", shown.map_or(stored, |(_, v)| v));
        }
    }
    Ok(())
}

/// Reads a new password: twice at a terminal prompt, or one line of standard
/// input (for scripts). Never from argv, where other users could see it.
fn read_new_password(tr: Tr) -> Result<String> {
    use std::io::IsTerminal;
    if std::io::stdin().is_terminal() {
        let prompt = |id| format!("{} ", tr.t(id));
        let first = rpassword::prompt_password(prompt("cli-password-prompt"))
            .context(tr.t("cli-password-unreadable"))?;
        let second = rpassword::prompt_password(prompt("cli-password-repeat"))
            .context(tr.t("cli-password-unreadable"))?;
        if first != second {
            bail!(tr.t("cli-password-differ"));
        }
        Ok(first)
    } else {
        let mut line = String::new();
        std::io::stdin()
            .read_line(&mut line)
            .context(tr.t("cli-password-unreadable"))?;
        Ok(line.trim_end_matches(['\r', '\n']).to_string())
    }
}

async fn users(database: &str, cmd: UserCommand) -> Result<()> {
    let store = open(database).await?;
    let tr = language(store.as_ref()).await?;
    match cmd {
        UserCommand::Add {
            name,
            role,
            sections,
        } => {
            check_name(&name)?;
            let sections = masthead_core::user::parse_sections(&sections)?;
            let role = match role {
                RoleArg::Admin => Role::Admin,
                RoleArg::Editor => Role::Editor,
                RoleArg::Moderator => Role::Moderator,
            };
            if store.user_by_name(&name).await?.is_some() {
                bail!(tr.s("cli-user-exists", "name", &name));
            }
            let hash = hash_password(&read_new_password(tr)?)?;
            store
                .insert_user(&name, role, &hash)
                .await
                .map_err(|e| match e {
                    StoreError::Conflict(Unique::UserName) => {
                        anyhow::anyhow!(tr.s("cli-user-exists", "name", &name))
                    }
                    other => other.into(),
                })?;
            if !sections.is_empty() {
                store.set_user_sections(&name, &sections).await?;
            }
            println!(
                "{}",
                tr.args(
                    "cli-user-added",
                    &[("role", role.as_str().into()), ("name", Arg::from(&name))]
                )
            );
        }
        UserCommand::Passwd { name } => {
            if store.user_by_name(&name).await?.is_none() {
                bail!(tr.s("cli-user-missing", "name", &name));
            }
            let hash = hash_password(&read_new_password(tr)?)?;
            store.set_password(&name, &hash).await?;
            println!("{}", tr.s("cli-password-changed", "name", &name));
        }
        UserCommand::AppPassword { name, label } => {
            use masthead_core::user::app_password;
            let password =
                app_password::generate().ok_or_else(|| anyhow::anyhow!(tr.t("cli-no-random")))?;
            if !store
                .add_app_password(&name, &label, &app_password::hash(&password))
                .await?
            {
                bail!(tr.s("cli-user-missing", "name", &name));
            }
            println!("{password}");
            eprintln!(
                "{}",
                tr.args(
                    "cli-app-password-note",
                    &[("label", Arg::from(&label)), ("name", Arg::from(&name))]
                )
            );
        }
        UserCommand::List => {
            let list = store.users().await?;
            if list.is_empty() {
                println!("{}", tr.t("cli-users-none"));
            }
            for u in list {
                let role = tr.t(&format!("cli-role-{}", u.role.as_str()));
                if u.sections.is_empty() {
                    println!("{:<30} {role}", u.name);
                } else {
                    println!("{:<30} {role:<12} {}", u.name, u.sections.join(","));
                }
            }
        }
    }
    Ok(())
}

/// `masthead article close|open SLUG`.
async fn live_coverage(database: &str, slug: &str, on: bool) -> Result<()> {
    let store = open(database).await?;
    let tr = language(store.as_ref()).await?;
    masthead_core::service::set_live(store.as_ref(), slug, on, Utc::now())
        .await
        .map_err(|e| anyhow::anyhow!(masthead_core::Localized::message(&e, tr)))?;
    let done = if on { "cli-live-on" } else { "cli-live-off" };
    println!("{}", tr.s(done, "slug", slug));
    Ok(())
}

async fn live_entry(database: &str, slug: &str, author: Option<String>) -> Result<()> {
    use std::io::Read as _;
    let store = open(database).await?;
    let tr = language(store.as_ref()).await?;
    let mut source = String::new();
    std::io::stdin()
        .take(masthead_core::service::ENTRY_MAX_BYTES as u64 + 1)
        .read_to_string(&mut source)
        .context("standard input is not UTF-8 text")?;
    let author = author.unwrap_or_else(|| crate::database::cli_actor().name);
    let entry =
        masthead_core::service::add_live_entry(store.as_ref(), slug, &source, &author, Utc::now())
            .await
            .map_err(|e| anyhow::anyhow!(masthead_core::Localized::message(&e, tr)))?;
    println!(
        "{}",
        tr.args(
            "cli-live-entry-added",
            &[
                ("id", entry.id.to_string().into()),
                (
                    "path",
                    format!("/articles/{slug}#entry-{}", entry.id).into()
                )
            ]
        )
    );
    Ok(())
}

async fn switch_comments(database: &str, slug: &str, open_them: bool) -> Result<()> {
    let store = open(database).await?;
    let (settings, _) = SiteSettings::load(store.as_ref()).await?;
    let tr = Tr::new(settings.language);
    let switched = masthead_core::service::set_comments_open(
        store.as_ref(),
        slug,
        open_them,
        Utc::now(),
        settings.utc_offset_minutes,
    )
    .await?;
    if switched.is_none() {
        anyhow::bail!(tr.s("cli-article-not-found", "slug", slug));
    }
    let done = if open_them {
        "cli-article-opened"
    } else {
        "cli-article-closed"
    };
    println!("{}", tr.s(done, "slug", slug));
    Ok(())
}
