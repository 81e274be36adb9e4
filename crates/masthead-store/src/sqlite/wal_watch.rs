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
use std::sync::Mutex;

const HEADER: usize = 48;

#[derive(Debug)]
pub(super) struct WalWatch {
    shm: PathBuf,
    /// The header as read just before the versions were last read.
    last: Mutex<Option<[u8; HEADER]>>,
    /// The open -shm file, read in place on every check.
    file: Mutex<Option<File>>,
}

impl WalWatch {
    pub(super) fn new(database: &std::path::Path) -> Self {
        let mut shm = database.as_os_str().to_owned();
        shm.push("-shm");
        Self {
            shm: PathBuf::from(shm),
            last: Mutex::new(None),
            file: Mutex::new(None),
        }
    }

    /// The current header, if it can be read consistently. The file stays
    /// open between checks (a read in place costs one system call where
    /// opening costs three). SQLite deletes and recreates it when the last
    /// connection closes, and a handle on a deleted file would never see a
    /// change, so a handle whose file has no name left is opened afresh.
    pub(super) fn header(&self) -> Option<[u8; HEADER]> {
        let mut both = [0u8; 2 * HEADER];
        let mut file = self.file.lock().ok()?;
        let current = file
            .as_ref()
            .is_some_and(|f| f.metadata().is_ok_and(|m| m.nlink() > 0));
        if !current {
            *file = File::open(&self.shm).ok();
        }
        let read = file.as_ref()?.read_exact_at(&mut both, 0);
        if read.is_err() {
            *file = None;
            return None;
        }
        drop(file);
        let (first, second) = both.split_at(HEADER);
        // isInit (byte 12) is set once the header is valid. A header with no
        // frames (mxFrame, bytes 16..20, zero) is the same bytes every time
        // the WAL starts afresh, so it proves nothing: ask SQLite.
        let valid = first == second && first[12] == 1 && first[16..20] != [0, 0, 0, 0];
        valid.then(|| first.try_into().ok())?
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
