//! Tells, without a query, whether any process has committed to the SQLite
//! file since the cache versions were last read.
//!
//! In WAL mode every commit rewrites the wal-index header at the start of the
//! `-shm` file (https://www.sqlite.org/walformat.html, "The WAL-Index
//! Header"): `mxFrame` grows, or the salts change when the WAL restarts.
//! The header is stored twice; a writer updates the second copy, then the
//! first, so two equal copies are a consistent snapshot. If the header has
//! not changed since the versions were read, nothing has been committed
//! since, and what was read then is still right now. Whenever the file
//! is missing, unreadable or caught mid-update, the caller asks SQLite.
use std::fs::File;
use std::os::unix::fs::{FileExt, MetadataExt};
use std::path::PathBuf;
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};

const HEADER: usize = 48;
/// How often the open -shm file is checked for still having a name. SQLite
/// deletes it only when the last connection of all processes closes, and
/// this process keeps one open for its life, so this is for the odd case
/// of that connection having broken: stale for at most this long.
const RECHECK: Duration = Duration::from_millis(50);

#[derive(Debug)]
pub(super) struct WalWatch {
    shm: PathBuf,
    /// The header as read just before the versions were last read.
    last: Mutex<Option<[u8; HEADER]>>,
    /// The open -shm file, read in place on every check (no lock is held
    /// while reading), and when it was last seen to have a name.
    file: RwLock<Option<(Arc<File>, Instant)>>,
}

impl WalWatch {
    pub(super) fn new(database: &std::path::Path) -> Self {
        let mut shm = database.as_os_str().to_owned();
        shm.push("-shm");
        Self {
            shm: PathBuf::from(shm),
            last: Mutex::new(None),
            file: RwLock::new(None),
        }
    }

    /// The current header, if it can be read consistently. The file stays
    /// open between checks (a read in place costs one system call where
    /// opening costs three).
    pub(super) fn header(&self) -> Option<[u8; HEADER]> {
        let mut both = [0u8; 2 * HEADER];
        let kept = self
            .file
            .read()
            .ok()?
            .as_ref()
            .filter(|(_, seen)| seen.elapsed() < RECHECK)
            .map(|(f, _)| f.clone());
        let file = match kept {
            Some(f) => f,
            None => self.reopen()?,
        };
        if file.read_exact_at(&mut both, 0).is_err() {
            *self.file.write().ok()? = None;
            return None;
        }
        let (first, second) = both.split_at(HEADER);
        // isInit (byte 12) is set once the header is valid. Within one -shm
        // file's life every commit moves iChange (bytes 4..8) and every WAL
        // reset the salts, so even a header with no frames (after a restart
        // or a TRUNCATE checkpoint) names one state. A new -shm file starts
        // from the same bytes each time, which is why `reopen` forgets what
        // was known when the file it opens is not the one it had.
        let valid = first == second && first[12] == 1;
        valid.then(|| first.try_into().ok())?
    }

    /// The kept handle if its file still has a name, else the file opened
    /// afresh (a handle on a deleted file would never see a change).
    fn reopen(&self) -> Option<Arc<File>> {
        let mut slot = self.file.write().ok()?;
        let named = slot
            .as_ref()
            .filter(|(f, _)| f.metadata().is_ok_and(|m| m.nlink() > 0))
            .map(|(f, _)| f.clone());
        let file = match named {
            Some(f) => f,
            None => {
                // Another file (or the first): a header remembered from the
                // old one proves nothing about this one.
                self.forget();
                Arc::new(File::open(&self.shm).ok()?)
            }
        };
        *slot = Some((file.clone(), Instant::now()));
        Some(file)
    }

    /// Drops what is known, when the header could not be read.
    pub(super) fn forget(&self) {
        if let Ok(mut last) = self.last.lock() {
            *last = None;
        }
    }

    /// Whether the versions were read after `header` was seen.
    pub(super) fn is_current(&self, header: &[u8; HEADER]) -> bool {
        self.last
            .lock()
            .is_ok_and(|last| last.as_ref() == Some(header))
    }

    /// Remembers that the versions were read after `header` was seen.
    pub(super) fn remember(&self, header: [u8; HEADER]) {
        if let Ok(mut last) = self.last.lock() {
            *last = Some(header);
        }
    }
}
