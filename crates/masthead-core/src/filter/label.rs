//! What a moderator's decision teaches: which status changes are lessons,
//! with which label and weight.
/// A decision's verdict on a comment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Label {
    Ham,
    Spam,
}

impl Label {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Ham => "ham",
            Self::Spam => "spam",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "ham" => Some(Self::Ham),
            "spam" => Some(Self::Spam),
            _ => None,
        }
    }

    pub fn is_spam(self) -> bool {
        self == Self::Spam
    }
}

/// One learnt decision: its label, how much it counts, and the features of
/// the comment as it arrived.
#[derive(Debug, Clone, PartialEq)]
pub struct Lesson {
    pub label: Label,
    pub weight: f32,
    /// What the words, links and shape said (`Features::content`).
    pub content: Vec<u32>,
    /// What the author's name, website and history said
    /// (`Features::author`); erased with the author's data.
    pub author: Vec<u32>,
}

/// Feature ids as stored: little-endian u32s, one after another.
pub fn ids_to_bytes(ids: &[u32]) -> Vec<u8> {
    ids.iter().flat_map(|id| id.to_le_bytes()).collect()
}

/// The ids in `bytes` (a trailing partial id is dropped).
pub fn ids_from_bytes(bytes: &[u8]) -> Vec<u32> {
    bytes
        .chunks_exact(4)
        .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_read_back_as_stored() {
        let ids = [0, 1, u32::MAX, 0xa7d7_5951];
        assert_eq!(ids_from_bytes(&ids_to_bytes(&ids)), ids);
        assert_eq!(ids_from_bytes(&[1, 0, 0, 0, 9]), [1]);
    }
}
