//! The site written out for other software: WordPress's WXR.
pub mod wxr;
