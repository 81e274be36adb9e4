//! End-to-end tests: a real masthead server on a loopback port, a real SQLite
//! file in a temporary folder, a real HTTP client, and the real binary for
//! command-line checks. One test binary, one module per feature.
mod admin;
mod article_page;
mod backup;
mod browser;
mod cache_scope;
mod cli;
mod comment_form;
mod comment_pages;
mod concurrency;
mod copy;
mod corpus;
mod crash;
mod db;
mod discussion_changes;
mod disqus;
mod editor;
mod embed;
mod group_commit;
mod helpers;
mod hostile;
mod moderation;
mod moderation_channels;
mod multinode;
mod operations;
mod page_cache;
mod privacy;
mod rest;
mod rest_auth;
mod sanitising;
mod schemathesis;
mod spam;
mod threading;
mod users;
mod varnish;
mod wxr;
