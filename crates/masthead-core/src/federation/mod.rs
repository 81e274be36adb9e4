//! Other sites' replies and ours to them: Webmention's rules and the
//! microformats it reads, ActivityPub's vocabulary and HTTP Signatures
//! (issue 31). Pure: fetching is the binary's,
//! recording the store's.
pub mod activitypub;
pub mod discovery;
pub mod keys;
pub mod mf2;
pub mod signature;
pub mod webmention;
