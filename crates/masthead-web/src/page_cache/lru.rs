//! A map bounded by the bytes of what it holds, least recently used first
//! out: a hot story's pages stay while the archive's come and go.
use hashlink::LinkedHashMap;
use std::sync::{Arc, Mutex};

/// What an entry costs, in bytes, beyond its key.
pub trait Weigh {
    fn bytes(&self) -> usize;
}

/// Bookkeeping per entry (the key's allocation, the map's links, the Arc).
const OVERHEAD: usize = 128;

pub struct Lru<V> {
    inner: Mutex<Inner<V>>,
    budget: usize,
}

struct Inner<V> {
    map: LinkedHashMap<String, Arc<V>>,
    bytes: usize,
}

fn weight<V: Weigh>(key: &str, value: &V) -> usize {
    key.len() + value.bytes() + OVERHEAD
}

impl<V: Weigh> Lru<V> {
    pub fn new(budget: usize) -> Self {
        Self {
            inner: Mutex::new(Inner {
                map: LinkedHashMap::new(),
                bytes: 0,
            }),
            budget,
        }
    }

    /// The entry, marked as just used.
    pub fn get(&self, key: &str) -> Option<Arc<V>> {
        let mut inner = self.inner.lock().ok()?;
        let value = inner.map.get(key).cloned()?;
        inner.map.to_back(key);
        Some(value)
    }

    /// Stores `value`, evicting the least recently used entries until it
    /// fits. An entry larger than half the budget is not kept.
    pub fn put(&self, key: &str, value: V) -> Arc<V> {
        let value = Arc::new(value);
        let w = weight(key, value.as_ref());
        if w > self.budget / 2 {
            return value;
        }
        if let Ok(mut inner) = self.inner.lock() {
            if let Some(old) = inner.map.remove(key) {
                inner.bytes -= weight(key, old.as_ref());
            }
            while inner.bytes + w > self.budget {
                let Some((k, old)) = inner.map.pop_front() else {
                    break;
                };
                inner.bytes -= weight(&k, old.as_ref());
            }
            inner.bytes += w;
            inner.map.insert(key.to_string(), Arc::clone(&value));
        }
        value
    }

    /// Entries and their bytes, for metrics.
    pub fn usage(&self) -> (usize, usize) {
        self.inner
            .lock()
            .map(|i| (i.map.len(), i.bytes))
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    impl Weigh for Vec<u8> {
        fn bytes(&self) -> usize {
            self.len()
        }
    }

    #[test]
    fn the_least_recently_used_go_first_and_the_bytes_stay_in_budget() {
        let lru: Lru<Vec<u8>> = Lru::new(4 * (1000 + OVERHEAD + 1));
        for k in ["a", "b", "c", "d"] {
            lru.put(k, vec![0; 1000]);
        }
        assert!(lru.get("a").is_some()); // a is now the most recent
        lru.put("e", vec![0; 1000]);
        assert!(lru.get("b").is_none(), "b was the least recently used");
        for k in ["a", "c", "d", "e"] {
            assert!(lru.get(k).is_some(), "{k}");
        }
        let (n, bytes) = lru.usage();
        assert_eq!(n, 4);
        assert!(bytes <= 4 * (1000 + OVERHEAD + 1));
        // Replacing an entry counts its bytes once.
        lru.put("e", vec![0; 10]);
        assert_eq!(lru.usage().1, 3 * (1000 + OVERHEAD + 1) + 10 + OVERHEAD + 1);
        // Too big to keep: handed back, not stored, nothing evicted.
        let big = lru.put("f", vec![0; 3000]);
        assert_eq!(big.len(), 3000);
        assert!(lru.get("f").is_none());
        assert_eq!(lru.usage().0, 4);
    }
}
