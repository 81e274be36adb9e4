//! The command-line contract. Scripts rely on these names and flags.
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::net::SocketAddr;
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "masthead",
    version,
    about = "Publish news articles readers can comment on"
)]
pub struct Cli {
    /// Database URL, e.g. sqlite://masthead.db?mode=rwc
    #[arg(long, global = true, env = "MASTHEAD_DATABASE_URL", default_value = crate::DEFAULT_DATABASE_URL)]
    pub database: String,

    /// Act as this staff account: its role and its sections limit what
    /// `comments` and `commenters` may see and do, and the moderation log
    /// names it (without it: the operator, unlimited).
    #[arg(long = "as", global = true, env = "MASTHEAD_AS", value_name = "USER")]
    pub acting_as: Option<String>,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the web server.
    Serve(ServeArgs),
    /// Write articles.
    #[command(subcommand)]
    Article(ArticleCommand),
    /// Moderate comments.
    #[command(subcommand)]
    Comments(CommentsCommand),
    /// The spam filter: see what auto mode would have done.
    #[command(subcommand)]
    Moderation(ModerationCommand),
    /// The people behind comments: their record, and sanctions (ban,
    /// suspend, shadow-ban, always pre-moderate) by email, IP address,
    /// CIDR range or @domain.
    #[command(subcommand)]
    Commenters(CommentersCommand),
    /// Read and change site settings (moderation rules, allowed tags…).
    #[command(subcommand)]
    Settings(SettingsCommand),
    /// Manage staff accounts. Passwords are read from a prompt or standard
    /// input, never from the command line.
    #[command(subcommand)]
    User(UserCommand),
    /// Apply the database migrations this version needs, then exit (every
    /// command also applies them when it opens the database).
    Migrate,
    /// Bring articles and comments in from WordPress or Disqus.
    #[command(subcommand)]
    Import(ImportCommand),
    /// Write the site out in a format WordPress imports.
    #[command(subcommand)]
    Export(ExportCommand),
    /// A commenter's personal data, by email: export it or erase it.
    #[command(subcommand)]
    Privacy(PrivacyCommand),
    /// Write a consistent snapshot of the site to FILE, even while the server runs.
    Backup {
        /// The snapshot file to create (it must not exist yet).
        file: PathBuf,
    },
    /// Replace the site's content with a snapshot made by `masthead backup`.
    Restore {
        /// The snapshot file.
        file: PathBuf,
    },
    /// The wire desk: agency feeds (RSS, Atom, JSON Feed, IPTC ninjs,
    /// NewsML-G2) whose stories become drafts or articles.
    #[command(subcommand)]
    Wire(WireCommand),
    /// Copy a whole site into an empty database, e.g. from SQLite to
    /// PostgreSQL (`--database` is not used).
    Copy {
        /// The database to read, e.g. sqlite://masthead.db
        #[arg(long)]
        from: String,
        /// The empty database to fill, e.g. postgres://user@host/masthead
        #[arg(long)]
        to: String,
    },
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address to listen on.
    #[arg(long, env = "MASTHEAD_ADDR", default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,
    /// Load the demo article and discussion into an empty database.
    #[arg(long)]
    pub demo: bool,
    /// Mark cookies Secure (set when the site is served over https).
    #[arg(long, env = "MASTHEAD_SECURE_COOKIES")]
    pub secure_cookies: bool,
    /// Reverse proxies (addresses or CIDR ranges) whose X-Forwarded-For is believed.
    #[arg(
        long = "trusted-proxy",
        env = "MASTHEAD_TRUSTED_PROXIES",
        value_delimiter = ','
    )]
    pub trusted_proxies: Vec<ipnet::IpNet>,
    /// Requests per second one address may make (0: no limit).
    #[arg(long, env = "MASTHEAD_RATE_LIMIT_RPS", default_value_t = 20)]
    pub rate_limit_rps: u32,
    /// Requests one address may make in a burst above that rate.
    #[arg(long, env = "MASTHEAD_RATE_LIMIT_BURST", default_value_t = 100)]
    pub rate_limit_burst: u32,
    /// Comment submissions per minute one address may make (0: no limit).
    #[arg(long, env = "MASTHEAD_RATE_LIMIT_POSTS", default_value_t = 10)]
    pub rate_limit_posts_per_minute: u32,
    /// Recommends and reports per minute one address may make, and new
    /// reader ids per hour it may be given (0: no limit).
    #[arg(long, env = "MASTHEAD_RATE_LIMIT_READER_ACTIONS", default_value_t = 30)]
    pub rate_limit_reader_actions_per_minute: u32,
    /// Addresses (or CIDR ranges) that may read /metrics.
    #[arg(
        long = "metrics-allow",
        env = "MASTHEAD_METRICS_ALLOW",
        value_delimiter = ',',
        default_value = "127.0.0.0/8,::1/128"
    )]
    pub metrics_allow: Vec<ipnet::IpNet>,
    /// Render every article page afresh (to measure or debug rendering).
    #[arg(long)]
    pub no_page_cache: bool,
    /// Megabytes the page and response caches may hold together; the least
    /// recently used pages go first.
    #[arg(long, env = "MASTHEAD_CACHE_BUDGET_MB", default_value_t = 64, value_parser = clap::value_parser!(u64).range(1..=65536))]
    pub cache_budget_mb: u64,
    /// Seconds a shared cache (reverse proxy, CDN) may keep a public page
    /// without asking again (s-maxage).
    #[arg(long, env = "MASTHEAD_SHARED_MAX_AGE", default_value_t = 60, value_parser = clap::value_parser!(u64).range(0..=31_536_000))]
    pub shared_max_age: u64,
    /// A reverse-proxy cache to send PURGE requests to when pages change,
    /// as http://HOST:PORT/ (repeat for several; Varnish with xkey).
    #[arg(long = "purge-url", env = "MASTHEAD_PURGE_URLS", value_delimiter = ',', value_parser = parse_purge_url)]
    pub purge_urls: Vec<axum::http::Uri>,
    /// Let webhooks (`notify.webhooks`, set by staff) go to loopback and
    /// private addresses, e.g. a chat server on your own network; without
    /// it they reach only public addresses.
    #[arg(long, env = "MASTHEAD_ALLOW_PRIVATE_WEBHOOKS")]
    pub allow_private_webhooks: bool,
    /// Let fetches of addresses that come from outside (Webmention sources)
    /// reach loopback and private ranges, for tests and intranets; without
    /// it they reach only public addresses.
    #[arg(long, env = "MASTHEAD_ALLOW_PRIVATE_ADDRESSES")]
    pub allow_private_addresses: bool,
    /// Pushpin's or Fastly Fanout's GRIP publish endpoint, e.g.
    /// http://127.0.0.1:5561/publish/: behind that proxy, live streams
    /// are held by it and each event is published to it once.
    #[arg(long, env = "MASTHEAD_GRIP_PUBLISH_URL")]
    pub grip_publish_url: Option<String>,
    /// Live streams (`/articles/SLUG/live`) this node holds at once; more
    /// are told to retry (503).
    #[arg(long, env = "MASTHEAD_LIVE_MAX_CONNECTIONS", default_value_t = 10_000, value_parser = clap::value_parser!(u64).range(0..=1_000_000))]
    pub live_max_connections: u64,
    /// Log lines as text for people or JSON for log collectors.
    #[arg(long, env = "MASTHEAD_LOG_FORMAT", value_enum, default_value_t = LogFormat::Text)]
    pub log_format: LogFormat,
    /// Seconds a client may take to send the request headers.
    #[arg(long, env = "MASTHEAD_HEADER_TIMEOUT", default_value_t = 10, value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub header_timeout_secs: u64,
    /// Seconds a whole request may take, body included (408 beyond).
    #[arg(long, env = "MASTHEAD_REQUEST_TIMEOUT", default_value_t = 30, value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub request_timeout_secs: u64,
    /// The SMTP server notification mail goes through: smtp://HOST:PORT,
    /// smtps://USER:PASS@HOST, smtp://HOST?tls=starttls. Without it mail
    /// stays queued in the outbox (webhooks still go).
    #[arg(long, env = "MASTHEAD_SMTP_URL", value_parser = parse_smtp_url)]
    pub smtp_url: Option<String>,
    /// Milliseconds before the first retry of a failed message (doubled
    /// per failure, at most 6 hours).
    #[arg(long, env = "MASTHEAD_MAIL_RETRY_BASE_MS", default_value_t = 30_000, value_parser = clap::value_parser!(u64).range(1..=3_600_000))]
    pub mail_retry_base_ms: u64,
    /// Milliseconds between looks at the outbox (tests make it short).
    #[arg(long, hide = true, default_value_t = 1000, value_parser = clap::value_parser!(u64).range(10..=60_000))]
    pub mail_poll_ms: u64,
    /// Seconds between moderators' digests (tests make it short).
    #[arg(long, hide = true, default_value_t = 3600, value_parser = clap::value_parser!(u64).range(1..=86_400))]
    pub mail_digest_secs: u64,
}

#[derive(Debug, Subcommand)]
pub enum ArticleCommand {
    /// Add an article from a Markdown file with a +++ TOML front matter header.
    Add {
        /// The article file.
        file: PathBuf,
    },
    /// Close an article's comments now: the form goes, the discussion stays.
    Close { slug: String },
    /// Open an article's comments again (`comments.close_after_days` still applies).
    Open { slug: String },
    /// Switch an article's live coverage on or off ("Live" on the home page,
    /// LiveBlogPosting in its JSON-LD).
    Live { slug: String, state: OnOff },
    /// Put a correction note under an article's headline (shown with
    /// "Updated" and in its JSON-LD); a later one replaces it.
    Correct {
        slug: String,
        /// What was wrong and what is right now.
        #[arg(long)]
        note: String,
    },
    /// Add a timestamped update to an article's live coverage: its HTML (or
    /// Markdown) is read from standard input; open pages get it at once.
    Entry {
        slug: String,
        /// Who wrote it (shown to staff; the operator's login name if not given).
        #[arg(long)]
        author: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum WireCommand {
    /// Add a source: its stories arrive as drafts on the desk, or published.
    Add {
        /// The feed's address (a ninjs item or list, NewsML-G2, RSS, Atom,
        /// JSON Feed).
        url: String,
        /// What staff call it (unique).
        #[arg(long)]
        name: String,
        /// The credit its stories run under ("Reuters"); the name if not given.
        #[arg(long, default_value = "")]
        credit: String,
        /// Minutes between polls.
        #[arg(long, default_value_t = masthead_core::wire::source::EVERY_DEFAULT)]
        every: u32,
        /// `draft`: stories wait on the desk; `now`: they are published
        /// (an embargo is still respected).
        #[arg(long, value_enum, default_value_t = PublishArg::Draft)]
        publish: PublishArg,
    },
    /// The sources, with how their last poll went.
    List,
    /// Remove a source (the articles made from it stay).
    Remove { name: String },
    /// Fetch every source (or the one named) once now, then exit.
    Poll { name: Option<String> },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PublishArg {
    Draft,
    Now,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OnOff {
    On,
    Off,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum StatusArg {
    Pending,
    Approved,
    Spam,
    Trash,
}

#[derive(Debug, Subcommand)]
pub enum CommentsCommand {
    /// List comments, newest first.
    List {
        #[arg(long, value_enum)]
        status: Option<StatusArg>,
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
        /// At most this many comments.
        #[arg(long, default_value_t = 100)]
        limit: u32,
    },
    /// Approve comments: they appear on the article page.
    Approve {
        #[arg(required = true)]
        ids: Vec<i64>,
    },
    /// Return approved comments to the moderation queue.
    Unapprove {
        #[arg(required = true)]
        ids: Vec<i64>,
    },
    /// Mark comments as spam.
    Spam {
        #[arg(required = true)]
        ids: Vec<i64>,
    },
    /// Move comments to the trash.
    Trash {
        #[arg(required = true)]
        ids: Vec<i64>,
    },
    /// Take comments out of the spam folder, back to the moderation queue.
    NotSpam {
        #[arg(required = true)]
        ids: Vec<i64>,
    },
    /// Take comments out of the trash, back to the moderation queue.
    Restore {
        #[arg(required = true)]
        ids: Vec<i64>,
    },
    /// Delete comments for good (replies stay, as top-level comments).
    Delete {
        #[arg(required = true)]
        ids: Vec<i64>,
    },
    /// Approve comments and trust their authors: their later comments skip
    /// the hold rules (never the spam rules).
    Trust {
        #[arg(required = true)]
        ids: Vec<i64>,
    },
    /// Mark comments as editors' picks (approving them): shown first, and
    /// in the discussion's Picks view.
    Pick {
        #[arg(required = true)]
        ids: Vec<i64>,
    },
    /// No longer editors' picks (their status stays).
    Unpick {
        #[arg(required = true)]
        ids: Vec<i64>,
    },
    /// Who moderated what, newest first.
    Log {
        /// Only this comment.
        id: Option<i64>,
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
        /// At most this many lines.
        #[arg(long, default_value_t = 100)]
        limit: u32,
    },
}

#[derive(Debug, Subcommand)]
pub enum CommentersCommand {
    /// The sanctions in force, newest first (`--all`: every one ever set).
    List {
        #[arg(long)]
        all: bool,
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// One commenter's record: comments by status, reports, first seen,
    /// trust and sanctions.
    Show {
        email: String,
        /// Print JSON instead of lines.
        #[arg(long)]
        json: bool,
    },
    /// Refuse new comments from EMAIL, IP, CIDR or @DOMAIN.
    Ban(SanctionArgs),
    /// Refuse new comments for --days N, then lift by itself.
    Suspend(SanctionArgs),
    /// Hold every new comment for a moderator, however trusted the author.
    Premoderate(SanctionArgs),
    /// Store new comments as spam: only their author sees them.
    Shadow(SanctionArgs),
    /// Lift the sanction on EMAIL, IP, CIDR or @DOMAIN.
    Clear {
        /// EMAIL, IP, CIDR or @DOMAIN.
        target: String,
    },
}

#[derive(Debug, Args)]
pub struct SanctionArgs {
    /// EMAIL, IP, CIDR (e.g. 203.0.113.0/24) or @DOMAIN.
    pub target: String,
    /// Why (kept with the sanction, shown to staff).
    #[arg(long, default_value = "")]
    pub reason: String,
    /// Days until it lifts by itself (a suspension needs it).
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=3650))]
    pub days: Option<u32>,
}

#[derive(Debug, Subcommand)]
pub enum SettingsCommand {
    /// Show every setting and its value.
    List,
    /// Show one setting.
    Get { key: String },
    /// Change one setting.
    Set { key: String, value: String },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum RoleArg {
    Admin,
    Editor,
    Moderator,
}

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Add a user; the password is asked for (or read from standard input).
    Add {
        name: String,
        #[arg(long, value_enum)]
        role: RoleArg,
        /// Limit the account to these sections (category slugs,
        /// comma-separated): it sees and moderates only comments on
        /// articles in them.
        #[arg(long, default_value = "")]
        sections: String,
    },
    /// Change a user's password.
    Passwd { name: String },
    /// Create an application password for the REST API (HTTP Basic auth, as
    /// in WordPress); it is printed once.
    AppPassword {
        name: String,
        /// What it is for ("phone app", "import script").
        #[arg(long, default_value = "REST API")]
        label: String,
    },
    /// List users and their roles.
    List,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LogFormat {
    Text,
    Json,
}

#[derive(Debug, Subcommand)]
pub enum ImportCommand {
    /// A WordPress export (WXR 1.0–1.2): posts, pages, comments, authors,
    /// categories and tags, featured images. Importing the same file again adds nothing.
    Wxr {
        file: PathBuf,
        /// Read and check everything, report what would be imported, store nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// A Disqus XML export: each thread's comments go to the article its URL
    /// names (an old WordPress address, or the slug at the end of the URL).
    Disqus {
        file: PathBuf,
        /// Read and check everything, report what would be imported, store nothing.
        #[arg(long)]
        dry_run: bool,
        /// Rewrite thread URLs starting with FROM to start with TO before
        /// matching (e.g. https://old.example.com/blog/=/articles/); repeatable.
        #[arg(long = "map-prefix", value_name = "FROM=TO")]
        map_prefix: Vec<String>,
    },
    /// An Isso database (its SQLite file, opened read-only): each thread's
    /// comments go to the article its path names, or to a thread for the
    /// outside page at that path on --site.
    Isso {
        file: PathBuf,
        /// Read and check everything, report what would be imported, store nothing.
        #[arg(long)]
        dry_run: bool,
        /// The address Isso's pages were published under (Isso keeps only
        /// their paths), e.g. https://blog.example.org. Without it every
        /// thread must match an article.
        #[arg(long, value_name = "URL")]
        site: Option<String>,
    },
    /// A Remark42 backup (JSON lines, gzipped or not): comments go to the
    /// article their page's address names, or to a thread for that page.
    Remark42 {
        file: PathBuf,
        /// Read and check everything, report what would be imported, store nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// A Commento or Commento++ export (JSON, gzipped or not): comments go
    /// to the article their page names, or to a thread for that page.
    Commento {
        file: PathBuf,
        /// Read and check everything, report what would be imported, store nothing.
        #[arg(long)]
        dry_run: bool,
        /// The address the pages were published under, when not https://DOMAIN
        /// (Commento keeps the domain without a scheme).
        #[arg(long, value_name = "URL")]
        site: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum ModerationCommand {
    /// Replay the site's moderation decisions in time order, each comment
    /// scored before its decision is learnt, and print what auto mode would
    /// have done with the current thresholds: the share decided alone, ham
    /// sent to spam, spam let through, and the ROC area.
    Evaluate {
        /// Replay a labelled file instead (YouTube Spam Collection columns:
        /// AUTHOR, DATE, CONTENT, and label or CLASS, 1 for spam).
        #[arg(long, value_name = "FILE")]
        csv: Option<PathBuf>,
        /// Start from a model trained on these labelled files instead of
        /// the shipped one (repeat for several).
        #[arg(long, value_name = "FILE", requires = "csv")]
        train: Vec<PathBuf>,
        /// What the filter learns as it goes: `all` (every comment, the
        /// TREC spam track's immediate feedback) or `seen` (what a moderator
        /// sees in auto mode: held comments and mistakes). Default: `all`
        /// for the site's history, `seen` for a file.
        #[arg(long, value_enum)]
        feedback: Option<FeedbackArg>,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// The numbers of a transparency report (EU DSA articles 15 and 24):
    /// decisions by action, automated or human, door and ground; readers'
    /// reports by reason; sanctions by kind.
    Transparency {
        /// From this day (YYYY-MM-DD, UTC) or time (RFC 3339); default: the start.
        #[arg(long, value_parser = parse_day)]
        since: Option<chrono::DateTime<chrono::Utc>>,
        /// Until this day (inclusive) or time; default: now.
        #[arg(long, value_parser = parse_day_end)]
        until: Option<chrono::DateTime<chrono::Utc>>,
        /// Print JSON (for the yearly report's tooling).
        #[arg(long)]
        json: bool,
    },
}

/// `2026-01-01` (its first second, UTC) or an RFC 3339 time.
fn parse_day(s: &str) -> Result<chrono::DateTime<chrono::Utc>, String> {
    day_or_time(s, false)
}

/// `2026-12-31` (its last second, UTC) or an RFC 3339 time.
fn parse_day_end(s: &str) -> Result<chrono::DateTime<chrono::Utc>, String> {
    day_or_time(s, true)
}

fn day_or_time(s: &str, end: bool) -> Result<chrono::DateTime<chrono::Utc>, String> {
    if let Ok(t) = chrono::DateTime::parse_from_rfc3339(s) {
        return Ok(t.with_timezone(&chrono::Utc));
    }
    let day = chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| format!("“{s}” is not a day (YYYY-MM-DD) or an RFC 3339 time"))?;
    let time = if end {
        day.and_hms_opt(23, 59, 59)
    } else {
        day.and_hms_opt(0, 0, 0)
    };
    time.map(|t| t.and_utc())
        .ok_or_else(|| format!("“{s}” is not a day"))
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum FeedbackArg {
    All,
    Seen,
}

#[derive(Debug, Subcommand)]
pub enum PrivacyCommand {
    /// Everything stored about EMAIL (comments with their addresses and
    /// earlier versions, trust), as JSON on standard output.
    Export { email: String },
    /// Erase what is stored about EMAIL: its comments stay, as "Anonymous"
    /// with no email, website, IP or browser, or with --delete go.
    Erase {
        email: String,
        /// Delete the comments instead (replies to them stay, top-level).
        #[arg(long)]
        delete: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum ExportCommand {
    /// WXR 1.2 (WordPress's Tools → Import reads it), with every comment,
    /// email and IP: keep the file private.
    Wxr {
        /// Where to write it; standard output when left out.
        file: Option<PathBuf>,
    },
}

fn parse_smtp_url(s: &str) -> Result<String, String> {
    crate::mailer::transport(s).map(|_| s.to_string())
}

fn parse_purge_url(s: &str) -> Result<axum::http::Uri, String> {
    masthead_web::purge::parse_target(s)
}
