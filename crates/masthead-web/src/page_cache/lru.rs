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
    /// Each entry with the weight it was counted at, so what comes out is
    /// what went in even if its weight changed meanwhile.
    map: LinkedHashMap<String, (Arc<V>, usize)>,
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
        let value = inner.map.get(key).map(|(v, _)| Arc::clone(v))?;
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
            if let Some((_, old)) = inner.map.remove(key) {
                inner.bytes -= old;
            }
            self.make_room(&mut inner, w);
            inner.bytes += w;
            inner.map.insert(key.to_string(), (Arc::clone(&value), w));
        }
        value
    }

    /// Counts `value` again, if it is still what `key` holds: an entry that
    /// grew (a page's compressed copy, made when first asked for) takes
    /// its new size out of the budget, and the least recently used make
    /// room for it.
    pub fn reweigh(&self, key: &str, value: &Arc<V>) {
        let Ok(mut inner) = self.inner.lock() else {
            return;
        };
        let Some((held, old)) = inner.map.get(key) else {
            return;
        };
        if !Arc::ptr_eq(held, value) {
            return;
        }
        let old = *old;
        let w = weight(key, value.as_ref());
        let Some((held, _)) = inner.map.remove(key) else {
            return;
        };
        inner.bytes -= old;
        if w > self.budget / 2 {
            return;
        }
        self.make_room(&mut inner, w);
        inner.bytes += w;
        inner.map.insert(key.to_string(), (held, w));
    }

    /// Evicts the least recently used entries until `w` more bytes fit.
    fn make_room(&self, inner: &mut Inner<V>, w: usize) {
        while inner.bytes + w > self.budget {
            let Some((_, (_, old))) = inner.map.pop_front() else {
                break;
            };
            inner.bytes -= old;
        }
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

    /// Something that grows after it is stored.
    struct Growing(std::sync::atomic::AtomicUsize);

    impl Weigh for Growing {
        fn bytes(&self) -> usize {
            self.0.load(std::sync::atomic::Ordering::Relaxed)
        }
    }

    #[test]
    fn an_entry_that_grew_is_counted_at_its_new_size_and_comes_out_at_it() {
        use std::sync::atomic::{AtomicUsize, Ordering};
        let each = 1000 + OVERHEAD + 1;
        let lru: Lru<Growing> = Lru::new(3 * each);
        let a = lru.put("a", Growing(AtomicUsize::new(1000)));
        lru.put("b", Growing(AtomicUsize::new(1000)));
        lru.put("c", Growing(AtomicUsize::new(1000)));
        // "a" grows by half: "b", the least recently used after it, goes.
        a.0.store(1500, Ordering::Relaxed);
        assert!(lru.get("a").is_some());
        lru.reweigh("a", &a);
        assert!(lru.get("b").is_none());
        assert_eq!(lru.usage(), (2, each + 500 + each));
        // A stale handle changes nothing.
        let old = Arc::new(Growing(AtomicUsize::new(9)));
        lru.reweigh("c", &old);
        assert_eq!(lru.usage(), (2, 2 * each + 500));
        // Replaced: its bytes leave as they were counted.
        lru.put("a", Growing(AtomicUsize::new(1000)));
        assert_eq!(lru.usage(), (2, 2 * each));
    }
}
