//! Strict decoding of `application/x-www-form-urlencoded` bodies. The usual
//! decoders replace invalid UTF-8 silently and let a repeated field overwrite
//! the first; a comment form must refuse both with a clear 400 instead.
use crate::error::{Text, WebError};
use axum::http::{HeaderMap, header};
use percent_encoding::percent_decode;
use std::collections::HashMap;

pub struct FormFields(HashMap<String, Vec<String>>);

impl FormFields {
    pub fn parse(headers: &HeaderMap, body: &[u8]) -> Result<Self, WebError> {
        Self::parse_with_lists(headers, body, &[])
    }

    /// Like `parse`, but the fields named in `lists` may repeat (checkboxes).
    pub fn parse_with_lists(
        headers: &HeaderMap,
        body: &[u8],
        lists: &[&str],
    ) -> Result<Self, WebError> {
        let is_form = headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(';').next())
            .is_some_and(|v| {
                v.trim()
                    .eq_ignore_ascii_case("application/x-www-form-urlencoded")
            });
        if !is_form {
            return Err(WebError::UnsupportedMediaType);
        }
        let mut map = HashMap::new();
        for pair in body.split(|&b| b == b'&').filter(|p| !p.is_empty()) {
            let (k, v) = match pair.iter().position(|&b| b == b'=') {
                Some(i) => (&pair[..i], &pair[i + 1..]),
                None => (pair, &[][..]),
            };
            let key = decode(k)?;
            let value = decode(v)?;
            let values: &mut Vec<String> = map.entry(key.clone()).or_default();
            if !values.is_empty() && !lists.contains(&key.as_str()) {
                return Err(WebError::bad_request(Text::s(
                    "error-form-field-repeated",
                    "name",
                    key,
                )));
            }
            values.push(value);
        }
        Ok(Self(map))
    }

    /// Fields gathered from elsewhere (a multipart body), one by one.
    pub fn empty() -> Self {
        Self(HashMap::new())
    }

    /// Adds a field; a name sent twice is refused as `parse` refuses it.
    pub fn insert_unique(&mut self, key: String, value: String) -> Result<(), WebError> {
        let values = self.0.entry(key.clone()).or_default();
        if !values.is_empty() {
            return Err(WebError::bad_request(Text::s(
                "error-form-field-repeated",
                "name",
                key,
            )));
        }
        values.push(value);
        Ok(())
    }

    pub fn get(&self, name: &str) -> Option<&str> {
        self.0.get(name).and_then(|v| v.first()).map(String::as_str)
    }

    /// Every value of a repeatable field.
    pub fn all(&self, name: &str) -> &[String] {
        self.0.get(name).map_or(&[], Vec::as_slice)
    }

    pub fn text(&self, name: &str) -> String {
        self.get(name).unwrap_or_default().to_string()
    }

    /// An optional positive id: absent, empty or 0 mean none.
    pub fn id(&self, name: &str) -> Result<Option<i64>, WebError> {
        match self.get(name).map(str::trim) {
            None | Some("") | Some("0") => Ok(None),
            Some(v) => match v.parse::<i64>() {
                Ok(n) if n > 0 => Ok(Some(n)),
                _ => Err(WebError::bad_request(Text::s(
                    "error-form-not-number",
                    "name",
                    name,
                ))),
            },
        }
    }
}

fn decode(raw: &[u8]) -> Result<String, WebError> {
    let plus_as_space: Vec<u8> = raw
        .iter()
        .map(|&b| if b == b'+' { b' ' } else { b })
        .collect();
    let text = percent_decode(&plus_as_space)
        .decode_utf8()
        .map(|s| s.into_owned())
        .map_err(|_| WebError::bad_request(Text::id("error-form-not-utf8")))?;
    // No field has a use for NUL, and PostgreSQL cannot store it: refuse it
    // here, alike on both backends.
    if text.contains('\0') {
        return Err(WebError::bad_request(Text::id("error-form-nul")));
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn headers() -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/x-www-form-urlencoded; charset=UTF-8"),
        );
        h
    }

    #[test]
    fn decodes_plus_and_percent_escapes() {
        let f = FormFields::parse(&headers(), b"author=Ann+Lee&comment=caf%C3%A9%26").unwrap();
        assert_eq!(f.get("author"), Some("Ann Lee"));
        assert_eq!(f.get("comment"), Some("café&"));
    }

    #[test]
    fn refuses_nul_characters() {
        assert!(FormFields::parse(&headers(), b"comment=a%00b").is_err());
        assert!(FormFields::parse(&headers(), b"comment=a%01b").is_ok());
    }

    #[test]
    fn refuses_invalid_utf8_duplicates_and_other_types() {
        assert!(FormFields::parse(&headers(), b"a=%FF").is_err());
        assert!(FormFields::parse(&headers(), b"a=1&a=2").is_err());
        assert!(matches!(
            FormFields::parse(&HeaderMap::new(), b"a=1"),
            Err(WebError::UnsupportedMediaType)
        ));
    }

    #[test]
    fn ids_must_be_positive_numbers() {
        let f = FormFields::parse(
            &headers(),
            b"p=12&z=0&bad=1e3&neg=-4&big=99999999999999999999",
        )
        .unwrap();
        assert_eq!(f.id("p").unwrap(), Some(12));
        assert_eq!(f.id("z").unwrap(), None);
        assert_eq!(f.id("missing").unwrap(), None);
        for bad in ["bad", "neg", "big"] {
            assert!(f.id(bad).is_err(), "{bad}");
        }
    }
}
