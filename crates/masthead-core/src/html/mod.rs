//! HTML rules: the comment allowlist, the comment rendering pipeline (sanitise →
//! autolink → paragraphs → sanitise again) and the article Markdown pipeline.
//! Every piece of HTML that reaches a page passes through one of the ammonia
//! policies built here ([`SanitizedHtml`]) or is [`Markup`] our code built
//! from escaped text; templates escape everything else. [`escape_html`] is
//! the one escaper, [`to_text`] the one way back from HTML to text.

mod allowlist;
mod article;
mod autolink;
mod autop;
mod comment;
mod sanitized;
mod text;
mod tokens;

pub use allowlist::{Allowlist, AllowlistError, DEFAULT_ALLOWLIST};
pub use article::render_markdown;
pub use comment::{count_links, count_links_in, render_comment, sanitize_comment};
pub use masthead_i18n::{Markup, escape_html};
pub use sanitized::SanitizedHtml;
pub use text::to_text;
pub use tokens::decode_entities;
