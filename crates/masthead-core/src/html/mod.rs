//! HTML rules: the comment allowlist, the comment rendering pipeline (sanitise →
//! autolink → paragraphs → sanitise again) and the article Markdown pipeline.
//! Every piece of HTML that reaches a page passes through one of the ammonia
//! policies built here ([`SanitizedHtml`]) or is [`Markup`] our code built
//! from escaped text; templates escape everything else. [`escape_html`] is
//! the one escaper.

mod allowlist;
mod article;
mod autolink;
mod autop;
mod comment;
mod sanitized;
mod tokens;

pub use allowlist::{Allowlist, AllowlistError, DEFAULT_ALLOWLIST};
pub use article::render_markdown;
pub use comment::{count_links, render_comment, sanitize_comment, strip_tags};
pub use masthead_i18n::{Markup, escape_html};
pub use sanitized::SanitizedHtml;
pub use tokens::decode_entities;
