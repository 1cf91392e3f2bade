//! Reading a file a course (or `tutor read`) names, when and only when it is a regular
//! file of bounded size, and, for a course, inside the course folder.
//!
//! A course is untrusted input: a chapter may be a link to `/etc/passwd`, a fifo that
//! never answers, or `/proc/self/pagemap`, which claims size 0 and reads without end.
//! This module owns the three rules that keep those out (SPEC §3): the path must
//! resolve inside the course folder, what it resolves to must be a regular file, and
//! no more than its cap plus one byte is ever read. It never reads with an unknown
//! bound and never parses what it reads.
use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

/// The most a chapter (or a Markdown file given to `tutor read`) may hold.
pub const CHAPTER_CAP: u64 = 8 * 1024 * 1024;
/// The most a quiz or `course.toml` may hold: a small file of settings and questions.
pub const SMALL_CAP: u64 = 1024 * 1024;

/// Why a file was not read. Worded to follow the file's path in a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// The path, once links are followed, is not inside the course folder.
    Outside,
    /// Not a regular file: a folder, device, fifo or socket.
    NotRegular(&'static str),
    /// More than the cap, in bytes.
    TooLarge(u64),
    /// The system refused; the reason as the system words it.
    Io(String),
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Refusal::Outside => f.write_str("leads outside the course folder; not read"),
            Refusal::NotRegular(kind) => write!(f, "is {kind}, not a regular file; not read"),
            Refusal::TooLarge(cap) => write!(
                f,
                "is larger than {} MiB, the most such a file may hold; not read",
                cap / (1024 * 1024)
            ),
            Refusal::Io(reason) => write!(f, "cannot read: {reason}"),
        }
    }
}

impl From<std::io::Error> for Refusal {
    fn from(err: std::io::Error) -> Self {
        Refusal::Io(crate::io_reason(&err))
    }
}

/// Where `path` leads once every link is followed, when that is inside `root` (itself
/// already resolved).
pub fn resolve_inside(path: &Path, root: &Path) -> Result<PathBuf, Refusal> {
    let real = path.canonicalize()?;
    if real.starts_with(root) {
        Ok(real)
    } else {
        Err(Refusal::Outside)
    }
}

/// The bytes of `path` (links followed) if it is a regular file of at most `cap`
/// bytes. The type is checked before opening, since opening a fifo waits for a writer;
/// the size is checked by reading at most `cap + 1` bytes, since /proc files claim 0.
pub fn read_regular(path: &Path, cap: u64) -> Result<Vec<u8>, Refusal> {
    let kind = std::fs::metadata(path)?.file_type();
    if !kind.is_file() {
        return Err(Refusal::NotRegular(describe(kind)));
    }
    let file = std::fs::File::open(path)?;
    // The file may have been swapped between the look and the open; ask the open
    // handle again so what is read is what was checked.
    let opened = file.metadata()?;
    if !opened.file_type().is_file() {
        return Err(Refusal::NotRegular(describe(opened.file_type())));
    }
    // What the file says it holds sizes the buffer, so a file is read in one or two
    // calls rather than grown from a small probe; /proc files, which claim 0, still
    // grow as they are read.
    let claimed = opened.len().min(cap).saturating_add(1);
    let mut bytes = Vec::with_capacity(usize::try_from(claimed).unwrap_or(0));
    file.take(cap.saturating_add(1)).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > cap {
        return Err(Refusal::TooLarge(cap));
    }
    Ok(bytes)
}

/// What a file that is not a regular one is, in words.
fn describe(kind: std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_char_device() || kind.is_block_device() {
            return "a device";
        }
        if kind.is_fifo() {
            return "a fifo";
        }
        if kind.is_socket() {
            return "a socket";
        }
    }
    if kind.is_dir() {
        "a folder"
    } else {
        "something else"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_small_regular_file_and_refuses_one_over_the_cap() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.md");
        std::fs::write(&path, "12345").unwrap();
        assert_eq!(read_regular(&path, 5).unwrap(), b"12345");
        assert_eq!(read_regular(&path, 4), Err(Refusal::TooLarge(4)));
    }

    #[test]
    fn refuses_folders_and_devices() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(
            read_regular(dir.path(), 10),
            Err(Refusal::NotRegular("a folder"))
        );
        #[cfg(unix)]
        assert_eq!(
            read_regular(Path::new("/dev/zero"), 10),
            Err(Refusal::NotRegular("a device"))
        );
    }

    #[test]
    fn a_link_out_of_the_root_is_outside() {
        let root = tempfile::tempdir().unwrap();
        let other = tempfile::tempdir().unwrap();
        let target = other.path().join("secret.md");
        std::fs::write(&target, "x").unwrap();
        let root_real = root.path().canonicalize().unwrap();
        let inner = root.path().join("in.md");
        std::fs::write(&inner, "y").unwrap();
        assert!(resolve_inside(&inner, &root_real).is_ok());
        #[cfg(unix)]
        {
            let link = root.path().join("link.md");
            std::os::unix::fs::symlink(&target, &link).unwrap();
            assert_eq!(resolve_inside(&link, &root_real), Err(Refusal::Outside));
        }
    }
}
