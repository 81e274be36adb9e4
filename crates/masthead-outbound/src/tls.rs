//! TLS for https URLs: rustls on ring with the Mozilla roots compiled in
//! (webpki-roots), so a webhook reaches the same servers on every machine,
//! whatever CA bundle it has. ring because lettre's SMTP TLS is built on
//! it: one crypto library in the binary, and no C build of aws-lc-rs,
//! reqwest's own default. rustls 0.23.48 deprecates its ring provider for
//! lacking post-quantum key exchange; moving both to aws-lc-rs is a change
//! here and in lettre's features.
use rustls::crypto::CryptoProvider;
use std::sync::Arc;

#[allow(deprecated)]
fn provider() -> CryptoProvider {
    rustls::crypto::ring::default_provider()
}

/// The configuration every https request of the client uses.
pub(crate) fn config() -> Result<rustls::ClientConfig, rustls::Error> {
    let mut roots = rustls::RootCertStore::empty();
    roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
    Ok(
        rustls::ClientConfig::builder_with_provider(Arc::new(provider()))
            .with_safe_default_protocol_versions()?
            .with_root_certificates(roots)
            .with_no_client_auth(),
    )
}

/// Makes ring this process's default rustls provider, if none is yet.
/// reqwest is built without a provider of its own (see Cargo.toml), so any
/// reqwest client not made here — the end-to-end tests' — needs one first.
pub fn install_default_provider() {
    // Err means one is installed already: that one stays.
    let _ = provider().install_default();
}
