//! The files a book's directives name: how a written path becomes a path inside the
//! book, and how such a file is had, from disk or (in tests) from memory.
//!
//! This module owns the rule that nothing outside the book's root folder is ever read:
//! a path is resolved by name first (a `..` above the root, or an absolute path, is
//! refused before the disk is asked), and on disk every file goes through
//! [`crate::course::bounded`], so only regular files, reached by no link that leads
//! out, under a size cap, are read. It never looks inside what it reads.
use crate::course::bounded::{self, Refusal};
use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt;
use std::path::{Component, Path, PathBuf};
use std::rc::Rc;

/// Where a book's files come from. `expand` asks [`locate`](Files::locate) once per
/// distinct path and [`read`](Files::read) once per distinct file located.
pub trait Files {
    /// What `path` (relative to the book's root, already resolved by name) leads to:
    /// the same answer for every path that leads to the same file (on disk, its real
    /// path), or why it cannot be had.
    fn locate(&self, path: &Path) -> Result<PathBuf, Unreadable>;

    /// The text of a file [`locate`](Files::locate) found, if it holds at most `cap`
    /// bytes of UTF-8.
    fn read(&self, located: &Path, cap: u64) -> Result<String, Unreadable>;
}

/// Why a file a directive names was not read. Worded to follow the path as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unreadable {
    /// It resolves (by name, or once links are followed) outside the book's root.
    Outside,
    Missing,
    /// A folder, device, fifo or socket.
    NotRegular(&'static str),
    /// Larger than the cap, in bytes.
    TooLarge(u64),
    NotUtf8,
    /// The system refused; the reason as it words it.
    Io(String),
    /// Reading it would take what one chapter reads past this many bytes.
    OverBudget(u64),
    /// It would be more than this many files looked up for one chapter.
    TooManyFiles(usize),
}

impl fmt::Display for Unreadable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Unreadable::Outside => f.write_str("is outside the book"),
            Unreadable::Missing => f.write_str("does not exist"),
            Unreadable::NotRegular(kind) => write!(f, "is {kind}, not a regular file"),
            Unreadable::TooLarge(cap) => write!(f, "is larger than {}", size(*cap)),
            Unreadable::NotUtf8 => f.write_str("is not UTF-8 text"),
            Unreadable::Io(reason) => write!(f, "cannot be read: {reason}"),
            Unreadable::OverBudget(cap) => write!(
                f,
                "would take the files this chapter includes past {}",
                size(*cap)
            ),
            Unreadable::TooManyFiles(most) => {
                write!(f, "would make this chapter include more than {most} files")
            }
        }
    }
}

/// A size for a message: whole MiB when it is a whole number of them, else bytes.
pub(super) fn size(bytes: u64) -> String {
    const MIB: u64 = 1024 * 1024;
    if bytes >= MIB && bytes.is_multiple_of(MIB) {
        format!("{} MiB", bytes / MIB)
    } else {
        format!("{bytes} bytes")
    }
}

impl From<Refusal> for Unreadable {
    fn from(refusal: Refusal) -> Self {
        match refusal {
            Refusal::Outside => Unreadable::Outside,
            Refusal::NotRegular(kind) => Unreadable::NotRegular(kind),
            Refusal::TooLarge(cap) => Unreadable::TooLarge(cap),
            Refusal::Io(reason) => Unreadable::Io(reason),
        }
    }
}

/// A book's folder on disk.
///
/// Following every link of a path asks the system once per folder on the way, and a
/// book names hundreds of files in a few dozen folders: each folder is resolved once
/// and kept, and a file in it that is no link is then found with one look.
#[derive(Debug, Clone)]
pub struct BookFolder {
    /// The root with every link followed, or why it could not be found.
    root: Result<PathBuf, String>,
    /// Folders (relative to the root) already resolved, and what they resolved to.
    folders: RefCell<HashMap<PathBuf, Result<PathBuf, Unreadable>>>,
}

impl BookFolder {
    pub fn new(root: &Path) -> Self {
        Self {
            root: root.canonicalize().map_err(|e| crate::io_reason(&e)),
            folders: RefCell::new(HashMap::new()),
        }
    }

    /// Where `path` (relative to the root) leads once every link is followed, when
    /// that is inside the root.
    fn resolve(root: &Path, path: &Path) -> Result<PathBuf, Unreadable> {
        let full = root.join(path);
        match bounded::resolve_inside(&full, root) {
            // `resolve_inside` words a missing file as the system does; say it plainly.
            Err(Refusal::Io(_)) if !full.exists() => Err(Unreadable::Missing),
            other => other.map_err(Unreadable::from),
        }
    }
}

impl BookFolder {
    /// Where the folder `folder` (relative to the root) leads, from the nearest folder
    /// above it already resolved, one name at a time (no recursion, however deep).
    fn folder(&self, root: &Path, folder: &Path) -> Result<PathBuf, Unreadable> {
        let mut pending = Vec::new();
        let mut at = folder;
        let mut real = loop {
            if at.as_os_str().is_empty() {
                break Ok(root.to_path_buf());
            }
            if let Some(known) = self.folders.borrow().get(at) {
                break known.clone();
            }
            pending.push(at);
            at = at.parent().unwrap_or(Path::new(""));
        };
        for below in pending.into_iter().rev() {
            real = real.and_then(|dir| match below.file_name() {
                Some(name) => Self::step(root, below, dir.join(name), true),
                None => Self::resolve(root, below),
            });
            self.folders
                .borrow_mut()
                .insert(below.to_path_buf(), real.clone());
        }
        real
    }

    /// `candidate`, the real folder of `path` joined with its name: where `path` leads
    /// when it is no link (a folder when `folder`), else found by following every link.
    fn step(
        root: &Path,
        path: &Path,
        candidate: PathBuf,
        folder: bool,
    ) -> Result<PathBuf, Unreadable> {
        match candidate.symlink_metadata() {
            Ok(meta) if meta.file_type().is_symlink() => Self::resolve(root, path),
            // A file where a folder was named holds nothing.
            Ok(meta) if folder && !meta.is_dir() => Err(Unreadable::Missing),
            // No link, in a folder known to be inside: it is where it says.
            Ok(_) => Ok(candidate),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(Unreadable::Missing),
            Err(_) => Self::resolve(root, path),
        }
    }
}

impl Files for BookFolder {
    fn locate(&self, path: &Path) -> Result<PathBuf, Unreadable> {
        let root = self.root.as_ref().map_err(|e| Unreadable::Io(e.clone()))?;
        let (Some(folder), Some(name)) = (path.parent(), path.file_name()) else {
            return Self::resolve(root, path);
        };
        let candidate = self.folder(root, folder)?.join(name);
        Self::step(root, path, candidate, false)
    }

    fn read(&self, located: &Path, cap: u64) -> Result<String, Unreadable> {
        let bytes = bounded::read_regular(located, cap)?;
        String::from_utf8(bytes).map_err(|_| Unreadable::NotUtf8)
    }
}

/// The files one chapter has read: each distinct path is looked up once and each
/// distinct file read once, and what they hold together is bounded.
pub(super) struct ChapterFiles<'f> {
    files: &'f dyn Files,
    /// The most one file may hold, and all of them together, in bytes.
    file_cap: u64,
    read_cap: u64,
    /// The most distinct paths looked up.
    most: usize,
    /// Every path looked up, by the path resolved by name.
    loaded: HashMap<PathBuf, Result<Rc<str>, Unreadable>>,
    /// Every file read, by what `locate` said it is (on disk, the real path), so two
    /// paths to one file read it once.
    by_real: HashMap<PathBuf, Rc<str>>,
    read: u64,
}

impl<'f> ChapterFiles<'f> {
    pub fn new(files: &'f dyn Files, file_cap: u64, read_cap: u64, most: usize) -> Self {
        Self {
            files,
            file_cap,
            read_cap,
            most,
            loaded: HashMap::new(),
            by_real: HashMap::new(),
            read: 0,
        }
    }

    /// The text of the file at `path` (relative to the root, resolved by name).
    pub fn load(&mut self, path: &Path) -> Result<Rc<str>, Unreadable> {
        if let Some(known) = self.loaded.get(path) {
            return known.clone();
        }
        let loaded = if self.loaded.len() >= self.most {
            Err(Unreadable::TooManyFiles(self.most))
        } else {
            self.read(path)
        };
        self.loaded.insert(path.to_path_buf(), loaded.clone());
        loaded
    }

    fn read(&mut self, path: &Path) -> Result<Rc<str>, Unreadable> {
        let real = self.files.locate(path)?;
        if let Some(known) = self.by_real.get(&real) {
            return Ok(Rc::clone(known));
        }
        if self.read >= self.read_cap {
            return Err(Unreadable::OverBudget(self.read_cap));
        }
        let text: Rc<str> = self.files.read(&real, self.file_cap)?.into();
        self.read = self.read.saturating_add(text.len() as u64);
        if self.read > self.read_cap {
            return Err(Unreadable::OverBudget(self.read_cap));
        }
        self.by_real.insert(real, Rc::clone(&text));
        Ok(text)
    }
}

/// `written`, a path in a file of the folder `dir` (both relative to the book's root),
/// as a path relative to the root with every `.` and `..` resolved by name; `None` when
/// it leaves the root or is absolute.
pub(super) fn resolve(dir: &Path, written: &str) -> Option<PathBuf> {
    normal(&dir.join(written))
}

/// `path` (relative to the book's root) with every `.` and `..` resolved by name; `None`
/// when it leaves the root or is absolute.
pub(crate) fn normal(path: &Path) -> Option<PathBuf> {
    let mut normal = PathBuf::new();
    for component in path.components() {
        match component {
            Component::Normal(name) => normal.push(name),
            Component::CurDir => {}
            Component::ParentDir => {
                if !normal.pop() {
                    return None;
                }
            }
            Component::RootDir | Component::Prefix(_) => return None,
        }
    }
    Some(normal)
}

/// A path relative to the root as users see it in messages: `/` between names.
pub(crate) fn shown(path: &Path) -> String {
    let names: Vec<_> = path
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect();
    names.join("/")
}

#[cfg(test)]
mod tests;
