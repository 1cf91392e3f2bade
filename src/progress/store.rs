//! The progress file on disk: read, merge and write it without ever losing a record.
//!
//! Every save takes an exclusive lock on `progress.toml.lock`, re-reads the file, merges
//! this process's state into what is there, writes a temporary file in the same folder,
//! fsyncs it and renames it over the old one, then fsyncs the folder. A reader therefore
//! sees either the old file or the new one, and two processes never overwrite each
//! other's records. A file that is byte for byte the one this store last read or wrote
//! (same length and hash) holds nothing new and is not parsed again: that keeps a save
//! of a big file to the cost of writing it. A save that must wait for another tutor's
//! lock tells the caller's [`WaitReport`] as the wait starts.
//!
//! This module never panics on bad input and never deletes a file: records that do
//! not fit the model are kept as they are and written back (the `salvage` module), a
//! file it cannot read at all is moved aside, a file from a newer version or with a
//! version that is no number is left alone. What a file's text holds, and how each
//! problem in it is worded, is the `file` module's.
use super::atomic;
use super::clock::{Clock, compact};
use super::file::{self, Fingerprint, Parsed};
use super::model::{Progress, VERSION};
use super::salvage::restore;
use crate::io_reason;
use std::collections::BTreeSet;
use std::fs::{self, File, OpenOptions, TryLockError};
use std::io;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

const FILE_NAME: &str = "progress.toml";

/// Why the store stopped saving; kept so the user is told once.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Mode {
    Saving,
    /// The file belongs to a newer version: never written.
    ReadOnly,
    /// The folder cannot be written: everything stays in memory.
    MemoryOnly,
}

#[derive(Debug)]
pub struct ProgressStore {
    dir: PathBuf,
    state: Progress,
    mode: Mode,
    /// Messages for the user (file moved aside, newer version, cannot write).
    notices: Vec<String>,
    /// The records of the file on disk that do not fit the model, as read last: they
    /// go back into every file written.
    kept: toml::Table,
    /// The misfits already reported, so each is told once.
    reported: BTreeSet<String>,
    /// How long a save waits for another tutor's lock before giving up for now.
    lock_wait: Duration,
    /// A save gave up on a held lock: what is in memory has not reached the disk yet.
    unsaved: bool,
    /// The file as this store last read or wrote it: a save that finds it so skips
    /// reading and merging it again (the cost of a save, in a big file).
    on_disk: Option<Fingerprint>,
    /// Told when a save starts waiting for another tutor's lock.
    on_wait: Option<WaitReport>,
}

/// What a save calls when it starts to wait for a lock another tutor holds, with the
/// lock file's path: the command line says so on stderr; the TUI sets none (it never
/// waits while drawing).
pub struct WaitReport(Box<dyn FnMut(&Path) + Send>);

impl std::fmt::Debug for WaitReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("WaitReport")
    }
}

/// About as long as a person waits for a command before wondering what is wrong.
pub const LOCK_WAIT: Duration = Duration::from_secs(2);
/// How often a held lock is tried again while waiting.
const LOCK_RETRY: Duration = Duration::from_millis(50);

/// Why a save could not take the lock.
enum LockFailure {
    /// Another live tutor holds it; the next save tries again.
    Busy,
    /// The lock file cannot be made or locked at all.
    Io(io::Error),
}

impl ProgressStore {
    /// Opens the store in `dir`, creating nothing until the first save. Problems are not
    /// errors: they become notices, and the store goes on with what it could read.
    pub fn open(dir: &Path) -> Self {
        let mut store = Self {
            dir: dir.to_path_buf(),
            state: Progress::default(),
            mode: Mode::Saving,
            notices: Vec::new(),
            kept: toml::Table::new(),
            reported: BTreeSet::new(),
            lock_wait: LOCK_WAIT,
            unsaved: false,
            on_disk: None,
            on_wait: None,
        };
        // Reading never waits on the lock: writes are atomic renames, so the file is
        // whole whoever holds it. The lock is taken when free, so that moving an
        // unreadable file aside does not race a save.
        let lock = store.try_lock();
        match store.read_disk(false) {
            Ok(Some(disk)) => store.state = disk,
            Ok(None) => {}
            Err(reason) => store.memory_only(&reason),
        }
        drop(lock);
        store
    }

    /// A store that never touches the disk, for when there is no data folder at all.
    pub fn in_memory(why: &str) -> Self {
        let mut store = Self {
            dir: PathBuf::new(),
            state: Progress::default(),
            mode: Mode::Saving,
            notices: Vec::new(),
            kept: toml::Table::new(),
            reported: BTreeSet::new(),
            lock_wait: LOCK_WAIT,
            unsaved: false,
            on_disk: None,
            on_wait: None,
        };
        store.memory_only(why);
        store
    }

    /// Sets how long a save waits for a lock held by another tutor (the TUI, which
    /// must never block, waits not at all and saves again later).
    pub fn set_lock_wait(&mut self, wait: Duration) {
        self.lock_wait = wait;
    }

    /// Calls `report` with the lock file's path each time a save starts waiting for a
    /// lock another tutor holds (never when the lock is free, nor with no wait set).
    pub fn report_lock_waits(&mut self, report: impl FnMut(&Path) + Send + 'static) {
        self.on_wait = Some(WaitReport(Box::new(report)));
    }

    /// Whether a save gave up on a lock held by another tutor and none has succeeded
    /// since: a last save before exiting is then worth waiting for.
    pub fn has_unsaved(&self) -> bool {
        self.unsaved
    }

    pub fn path(&self) -> PathBuf {
        self.dir.join(FILE_NAME)
    }

    pub fn progress(&self) -> &Progress {
        &self.state
    }

    /// Changes the in-memory progress; call [`save`](Self::save) to make it durable.
    pub fn progress_mut(&mut self) -> &mut Progress {
        &mut self.state
    }

    /// Takes the messages gathered so far, each to be shown to the user once.
    pub fn take_notices(&mut self) -> Vec<String> {
        std::mem::take(&mut self.notices)
    }

    /// Whether saves reach the disk (false after a newer version or an unwritable folder).
    pub fn is_saving(&self) -> bool {
        self.mode == Mode::Saving
    }

    /// Merges this process's progress into the file on disk, atomically. Returns
    /// whether it reached the disk; when it did not, a notice says why (once).
    pub fn save(&mut self) -> bool {
        self.save_tidied(|_| {})
    }

    /// Like [`save`](Self::save), and `tidy` runs on the merged progress before it is
    /// written: the one way to remove a record (a merge alone only ever adds).
    pub fn save_tidied(&mut self, tidy: impl FnOnce(&mut Progress)) -> bool {
        if self.mode != Mode::Saving {
            return false;
        }
        if let Err(err) = fs::create_dir_all(&self.dir) {
            self.memory_only(&format!(
                "cannot create {}: {}",
                self.dir.display(),
                io_reason(&err)
            ));
            return false;
        }
        let lock = match self.lock() {
            Ok(lock) => lock,
            Err(LockFailure::Busy) => {
                self.unsaved = true;
                // Not memory-only: everything stays in memory and the next save,
                // which merges, writes it.
                self.notices.push(format!(
                    "another tutor is saving to {} and did not finish within {} s; \
                     this save did not happen, nothing is lost, and the next save tries again",
                    self.path().display(),
                    self.lock_wait.as_secs()
                ));
                return false;
            }
            Err(LockFailure::Io(err)) => {
                self.memory_only(&format!(
                    "cannot write in {}: {}",
                    self.dir.display(),
                    io_reason(&err)
                ));
                return false;
            }
        };
        match self.read_disk(true) {
            Ok(Some(disk)) => self.state.merge(&disk),
            Ok(None) => {}
            Err(why) => {
                self.memory_only(&why);
                return false;
            }
        }
        if self.mode != Mode::Saving {
            return false;
        }
        // A merge orders the attempts; a save that had nothing to merge does it here,
        // so that the file is in the same order however it was reached.
        self.state.order_attempts();
        tidy(&mut self.state);
        self.remove_stale_temporaries();
        let result = self.write_atomically();
        drop(lock);
        match result {
            Ok(print) => {
                self.on_disk = Some(print);
                self.unsaved = false;
                true
            }
            Err(err) => {
                self.memory_only(&format!(
                    "cannot write {}: {}",
                    self.path().display(),
                    io_reason(&err)
                ));
                false
            }
        }
    }

    fn lock_file(&self) -> io::Result<File> {
        OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(self.lock_path())
    }

    fn lock_path(&self) -> PathBuf {
        self.dir.join(format!("{FILE_NAME}.lock"))
    }

    /// The lock, waited for up to `lock_wait` while another tutor holds it; the wait
    /// is reported as it starts.
    fn lock(&mut self) -> Result<File, LockFailure> {
        let file = self.lock_file().map_err(LockFailure::Io)?;
        let start = Instant::now();
        let mut told = false;
        loop {
            match file.try_lock() {
                Ok(()) => return Ok(file),
                Err(TryLockError::WouldBlock) if start.elapsed() < self.lock_wait => {
                    if !told {
                        told = true;
                        let lock = self.lock_path();
                        if let Some(WaitReport(report)) = &mut self.on_wait {
                            report(&lock);
                        }
                    }
                    std::thread::sleep(LOCK_RETRY);
                }
                Err(TryLockError::WouldBlock) => return Err(LockFailure::Busy),
                Err(TryLockError::Error(err)) => return Err(LockFailure::Io(err)),
            }
        }
    }

    /// The lock if it is free at once; None otherwise (or when it cannot be made).
    fn try_lock(&self) -> Option<File> {
        let file = self.lock_file().ok()?;
        file.try_lock().ok()?;
        Some(file)
    }

    /// Reads and parses the file. `Ok(None)`: nothing to merge (absent, moved aside,
    /// from a newer version, each with its notice; or, when `skip_unchanged`, the
    /// very file this store last read or wrote). `Err`: it cannot even be read.
    fn read_disk(&mut self, skip_unchanged: bool) -> Result<Option<Progress>, String> {
        let path = self.path();
        let bytes = match fs::read(&path) {
            Ok(bytes) => bytes,
            Err(err) if err.kind() == io::ErrorKind::NotFound => {
                self.on_disk = None;
                return Ok(None);
            }
            Err(err) => {
                return Err(format!(
                    "cannot read {}: {}",
                    path.display(),
                    io_reason(&err)
                ));
            }
        };
        let print = Fingerprint::of(bytes.as_slice());
        if skip_unchanged && self.on_disk == Some(print) {
            // What is in memory already holds all of it: merging would change nothing.
            return Ok(None);
        }
        let Ok(text) = String::from_utf8(bytes) else {
            return Ok(self.move_aside("it is not UTF-8 text"));
        };
        let (progress, kept, problems) = match file::parse(&text) {
            Parsed::Progress {
                progress,
                kept,
                problems,
            } => (progress, kept, problems),
            Parsed::Newer(v) => {
                self.read_only(format!(
                    "{} was written by a newer tutor (format version {v}, this one knows \
                     {VERSION}); it is left untouched and nothing will be saved this session",
                    path.display()
                ));
                return Ok(None);
            }
            Parsed::BadVersion(why) => {
                self.read_only(format!(
                    "{}:{why}; the file is left untouched and nothing will be saved this \
                     session",
                    path.display()
                ));
                return Ok(None);
            }
            Parsed::Unreadable(why) => return Ok(self.move_aside(&why)),
        };
        drop(text);
        self.kept = kept;
        self.on_disk = Some(print);
        let new: Vec<String> = problems
            .into_iter()
            .filter(|p| self.reported.insert(p.clone()))
            .collect();
        if let Some(first) = new.first() {
            let more = match new.len() {
                1 => String::new(),
                2 => " (1 more record does not fit either)".to_owned(),
                n => format!(" ({} more records do not fit either)", n - 1),
            };
            self.notices.push(format!(
                "{}:{first}; that record is kept in the file as it is, unused, and the \
                 rest of the file loaded{more}",
                path.display()
            ));
        }
        Ok(Some(progress))
    }

    /// The file is not this build's to write: say so once and save nothing.
    fn read_only(&mut self, notice: String) {
        if self.mode != Mode::ReadOnly {
            self.mode = Mode::ReadOnly;
            self.notices.push(notice);
        }
    }

    /// Moves an unreadable file out of the way so the learner can recover it by hand.
    fn move_aside(&mut self, why: &str) -> Option<Progress> {
        let path = self.path();
        // The name says when the file was moved, by the machine's clock whatever
        // `TUTOR_NOW` says, so that asides from real runs sort as they happened.
        let stamp = compact(Clock::System.now());
        let mut aside = self.dir.join(format!("{FILE_NAME}.corrupt-{stamp}"));
        let mut n = 1;
        while aside.exists() {
            aside = self.dir.join(format!("{FILE_NAME}.corrupt-{stamp}-{n}"));
            n += 1;
        }
        match fs::rename(&path, &aside) {
            Ok(()) => self.notices.push(format!(
                "{} could not be read ({why}); it was moved to {} and progress starts afresh",
                path.display(),
                aside.display()
            )),
            Err(err) => {
                self.memory_only(&format!(
                    "{} could not be read ({why}) nor moved aside ({})",
                    path.display(),
                    io_reason(&err)
                ));
            }
        }
        None
    }

    /// Temporary files left by a process killed mid-save. Only called under the lock,
    /// when no other process can be writing one.
    fn remove_stale_temporaries(&self) {
        let Ok(entries) = fs::read_dir(&self.dir) else {
            return;
        };
        for entry in entries.flatten() {
            let name = entry.file_name();
            let name = name.to_string_lossy();
            if name.starts_with(&format!(".{FILE_NAME}.")) && name.ends_with(".tmp") {
                let _ = fs::remove_file(entry.path());
            }
        }
    }

    /// Writes the file and returns the fingerprint of what it wrote.
    fn write_atomically(&self) -> io::Result<Fingerprint> {
        let text = if self.kept.is_empty() {
            toml::to_string(&self.state)
        } else {
            toml::Table::try_from(&self.state).and_then(|mut file| {
                restore(&mut file, &self.kept);
                toml::to_string(&file)
            })
        }
        .map_err(io::Error::other)?;
        atomic::write(&self.path(), &text)?;
        Ok(Fingerprint::of(text.as_bytes()))
    }

    fn memory_only(&mut self, why: &str) {
        if self.mode == Mode::Saving {
            self.mode = Mode::MemoryOnly;
            self.notices.push(format!(
                "{why}; progress is kept in memory for this session only"
            ));
        }
    }
}
