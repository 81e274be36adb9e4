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
use std::io::Read;
use std::path::PathBuf;
use std::sync::Mutex;

const HEADER: usize = 48;

#[derive(Debug)]
pub(super) struct WalWatch {
    shm: PathBuf,
    /// The header as read just before the versions were last read.
    last: Mutex<Option<[u8; HEADER]>>,
}

impl WalWatch {
    pub(super) fn new(database: &std::path::Path) -> Self {
        let mut shm = database.as_os_str().to_owned();
        shm.push("-shm");
        Self {
            shm: PathBuf::from(shm),
            last: Mutex::new(None),
        }
    }

    /// The current header, if it can be read consistently. The file is opened
    /// afresh each time: SQLite deletes and recreates it when the last
    /// connection closes, and an old handle would never see a change.
    pub(super) fn header(&self) -> Option<[u8; HEADER]> {
        let mut both = [0u8; 2 * HEADER];
        std::fs::File::open(&self.shm)
            .ok()?
            .read_exact(&mut both)
            .ok()?;
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
