//! Page rendering shared by the public routes, the embed and the admin: the
//! article page and its discussion, the visitor's cookies, the not-found
//! page and the redirects from old addresses. Route modules build on this
//! one and never on each other.
pub mod article;
pub mod cookies;
pub mod discussion;
pub mod discussion_view;
pub mod live_comment;
pub mod live_coverage;
pub mod not_found;
pub mod old_address;
pub mod seo_head;
pub mod token;
