//! `multipart/form-data` bodies (the article editor, which uploads a photo):
//! text fields under the same rules as the urlencoded decoder (valid UTF-8,
//! no name twice) and at most one file.
use crate::error::{Text, WebError};
use crate::form::FormFields;
use axum::extract::Multipart;
use axum::extract::multipart::MultipartError;
use bytes::Bytes;

/// The editor's form: a photo of up to `photo::MAX_BYTES` and the text fields.
pub const EDITOR_BODY_LIMIT: usize = masthead_core::photo::MAX_BYTES + 2 * 1024 * 1024;

/// The text fields and the chosen file, if one was chosen.
pub struct MultipartForm {
    pub fields: FormFields,
    pub file: Option<Bytes>,
}

/// Reads every part. The file's own name and declared type are ignored: what
/// it is gets decided from its bytes, and where it is stored from their hash.
pub async fn read(mut body: Multipart, file_field: &str) -> Result<MultipartForm, WebError> {
    let mut fields = FormFields::empty();
    let mut file = None;
    while let Some(part) = body.next_field().await.map_err(refused)? {
        let name = part
            .name()
            .ok_or_else(|| WebError::bad_request(Text::id("error-form-part-unnamed")))?
            .to_string();
        if name == file_field {
            let bytes = part.bytes().await.map_err(refused)?;
            if file.is_some() {
                return Err(WebError::bad_request(Text::s(
                    "error-form-field-repeated",
                    "name",
                    name,
                )));
            }
            // An empty file input still sends a part; it means "no new file".
            file = Some(bytes).filter(|b| !b.is_empty());
            continue;
        }
        let bytes = part.bytes().await.map_err(refused)?;
        let text = String::from_utf8(bytes.to_vec()).map_err(|_| {
            WebError::bad_request(Text::s("error-form-field-not-utf8", "name", name.clone()))
        })?;
        fields.insert_unique(name, text)?;
    }
    Ok(MultipartForm { fields, file })
}

fn refused(e: MultipartError) -> WebError {
    if e.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE {
        WebError::refused(
            axum::http::StatusCode::PAYLOAD_TOO_LARGE,
            Text::n(
                "error-form-too-large",
                (EDITOR_BODY_LIMIT / (1024 * 1024)) as i64,
            ),
        )
    } else {
        // The parser's detail is English and for developers: logged.
        tracing::debug!("unreadable multipart form: {}", e.body_text());
        WebError::bad_request(Text::id("error-form-unreadable"))
    }
}
