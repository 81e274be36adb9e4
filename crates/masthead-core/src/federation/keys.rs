//! The site actor's RSA key pair and other servers' public keys: made by
//! the `rsa` crate (ring cannot make RSA keys), used by ring, whose RSA
//! signing runs in constant time. 2048 bits and PKCS#1 v1.5 with SHA-256,
//! what Mastodon and every other ActivityPub server sign and verify with.
use ring::signature::{
    RSA_PKCS1_2048_8192_SHA256, RSA_PKCS1_SHA256, RsaKeyPair, UnparsedPublicKey,
};
use rsa::pkcs1::{DecodeRsaPublicKey, EncodeRsaPublicKey};
use rsa::pkcs8::{DecodePrivateKey, DecodePublicKey, EncodePrivateKey, EncodePublicKey};
use rsa::{RsaPrivateKey, RsaPublicKey};

/// Why a key cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    #[error("could not make a key pair: {0}")]
    Generate(String),
    #[error("not an RSA key in PEM: {0}")]
    Pem(String),
    #[error("signing failed")]
    Sign,
}

/// The site's key pair, ready to sign.
pub struct SiteKey {
    pair: RsaKeyPair,
    public_pem: String,
}

impl std::fmt::Debug for SiteKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SiteKey").finish_non_exhaustive()
    }
}

/// A new private key, as PKCS#8 PEM (what the store keeps).
pub fn generate_private_pem() -> Result<String, KeyError> {
    let key = RsaPrivateKey::new(&mut rand_core::OsRng, 2048)
        .map_err(|e| KeyError::Generate(e.to_string()))?;
    let pem = key
        .to_pkcs8_pem(rsa::pkcs8::LineEnding::LF)
        .map_err(|e| KeyError::Generate(e.to_string()))?;
    Ok(pem.to_string())
}

impl SiteKey {
    /// The key a stored PKCS#8 PEM holds.
    pub fn from_private_pem(pem: &str) -> Result<Self, KeyError> {
        let key = RsaPrivateKey::from_pkcs8_pem(pem).map_err(|e| KeyError::Pem(e.to_string()))?;
        let der = key
            .to_pkcs8_der()
            .map_err(|e| KeyError::Pem(e.to_string()))?;
        let public_pem = RsaPublicKey::from(&key)
            .to_public_key_pem(rsa::pkcs8::LineEnding::LF)
            .map_err(|e| KeyError::Pem(e.to_string()))?;
        let pair =
            RsaKeyPair::from_pkcs8(der.as_bytes()).map_err(|e| KeyError::Pem(e.to_string()))?;
        Ok(Self { pair, public_pem })
    }

    /// The public half as SPKI PEM (`publicKey.publicKeyPem`).
    pub fn public_pem(&self) -> &str {
        &self.public_pem
    }

    /// RSASSA-PKCS1-v1_5 with SHA-256 over `message`.
    pub fn sign(&self, message: &[u8]) -> Result<Vec<u8>, KeyError> {
        let mut signature = vec![0; self.pair.public().modulus_len()];
        self.pair
            .sign(
                &RSA_PKCS1_SHA256,
                &ring::rand::SystemRandom::new(),
                message,
                &mut signature,
            )
            .map_err(|_| KeyError::Sign)?;
        Ok(signature)
    }
}

/// Whether `signature` is `message` signed by the key in `public_pem`
/// (SPKI `PUBLIC KEY`, or PKCS#1 `RSA PUBLIC KEY` as some servers send).
pub fn verify(public_pem: &str, message: &[u8], signature: &[u8]) -> Result<bool, KeyError> {
    let key = RsaPublicKey::from_public_key_pem(public_pem.trim())
        .or_else(|_| RsaPublicKey::from_pkcs1_pem(public_pem.trim()))
        .map_err(|e| KeyError::Pem(e.to_string()))?;
    let der = key
        .to_pkcs1_der()
        .map_err(|e| KeyError::Pem(e.to_string()))?;
    Ok(
        UnparsedPublicKey::new(&RSA_PKCS1_2048_8192_SHA256, der.as_bytes())
            .verify(message, signature)
            .is_ok(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_signature_verifies_and_a_changed_message_does_not() {
        let pem = generate_private_pem().unwrap();
        let key = SiteKey::from_private_pem(&pem).unwrap();
        let signature = key.sign(b"(request-target): post /inbox").unwrap();
        assert!(
            verify(
                key.public_pem(),
                b"(request-target): post /inbox",
                &signature
            )
            .unwrap()
        );
        assert!(
            !verify(
                key.public_pem(),
                b"(request-target): post /inbox2",
                &signature
            )
            .unwrap()
        );
        assert!(verify("not a key", b"x", &signature).is_err());
    }
}
