//! One render per page per change: the first request to miss renders, the
//! others that miss the same page meanwhile wait for it and are then served
//! what it stored.
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use tokio::sync::OwnedMutexGuard;

#[derive(Default)]
pub struct Flights {
    in_flight: Mutex<HashMap<String, Arc<tokio::sync::Mutex<()>>>>,
}

/// Held while rendering `key`; others asking for it wait.
pub struct Flight<'a> {
    flights: &'a Flights,
    key: String,
    lock: Arc<tokio::sync::Mutex<()>>,
    guard: Option<OwnedMutexGuard<()>>,
}

impl Flights {
    /// Waits until no other request is rendering `key`.
    pub async fn join(&self, key: &str) -> Flight<'_> {
        let lock = match self.in_flight.lock() {
            Ok(mut map) => Arc::clone(map.entry(key.to_string()).or_default()),
            // A poisoned map: render without coordination rather than fail.
            Err(_) => Arc::default(),
        };
        let guard = Arc::clone(&lock).lock_owned().await;
        Flight {
            flights: self,
            key: key.to_string(),
            lock,
            guard: Some(guard),
        }
    }
}

impl Drop for Flight<'_> {
    fn drop(&mut self) {
        if let Ok(mut map) = self.flights.in_flight.lock() {
            // The map's handle, ours and the guard's: nobody else is waiting.
            let alone = Arc::strong_count(&self.lock) <= 3;
            if alone
                && map
                    .get(&self.key)
                    .is_some_and(|l| Arc::ptr_eq(l, &self.lock))
            {
                map.remove(&self.key);
            }
        }
        self.guard.take();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[tokio::test]
    async fn concurrent_misses_take_turns_and_the_map_empties() {
        let flights = Arc::new(Flights::default());
        let inside = Arc::new(AtomicUsize::new(0));
        let most = Arc::new(AtomicUsize::new(0));
        let tasks: Vec<_> = (0..16)
            .map(|_| {
                let (flights, inside, most) = (flights.clone(), inside.clone(), most.clone());
                tokio::spawn(async move {
                    let _f = flights.join("page").await;
                    let now = inside.fetch_add(1, Ordering::SeqCst) + 1;
                    most.fetch_max(now, Ordering::SeqCst);
                    tokio::time::sleep(std::time::Duration::from_millis(2)).await;
                    inside.fetch_sub(1, Ordering::SeqCst);
                })
            })
            .collect();
        for t in tasks {
            t.await.unwrap();
        }
        assert_eq!(most.load(Ordering::SeqCst), 1);
        assert!(flights.in_flight.lock().unwrap().is_empty());
    }
}
