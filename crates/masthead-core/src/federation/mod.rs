//! Other sites' replies and ours to them: Webmention's rules and the
//! microformats it reads (issue 31). Pure: fetching is the binary's,
//! recording the store's.
pub mod discovery;
pub mod mf2;
pub mod webmention;
