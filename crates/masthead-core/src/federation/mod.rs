//! Other sites' replies: Webmention's rules and the microformats it reads
//! (issue 31). Pure: fetching is the binary's, recording the store's.
pub mod mf2;
pub mod webmention;
