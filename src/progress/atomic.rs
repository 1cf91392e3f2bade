//! Replacing the progress file atomically without changing what kind of file it is.
//!
//! The learner may have made `progress.toml` private (mode 600: it holds reflections)
//! or a symlink into a synced folder. A plain "write a temporary file, rename it over"
//! would make it world-readable and turn the link into a plain file, so the link is
//! followed first and the temporary file is written next to its target, with the
//! target's mode (600 for a new file). This module only writes; it never removes
//! anything but its own temporary file.
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Links followed before giving up, as the kernel does (`ELOOP` after 40).
const MAX_LINKS: usize = 40;

/// Writes `text` to `path` atomically: a temporary file beside the real file, fsync,
/// rename over it, fsync its folder. A symlink at `path` stays and its target changes.
pub(super) fn write(path: &Path, text: &str) -> io::Result<()> {
    let target = resolve(path)?;
    let folder = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = target.file_name().map_or_else(
        || "progress.toml".into(),
        |n| n.to_string_lossy().into_owned(),
    );
    let tmp = folder.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mode = existing_mode(&target)?;
        let mut file = create_private(&tmp)?;
        file.write_all(text.as_bytes())?;
        set_mode(&file, mode)?;
        file.sync_all()?;
        fs::rename(&tmp, &target)?;
        // The rename itself is durable only once the folder is synced.
        File::open(&folder)?.sync_all()
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

/// The file a chain of symlinks at `path` ends at (which may not exist yet); `path`
/// itself when it is not a link.
fn resolve(path: &Path) -> io::Result<PathBuf> {
    let mut at = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        match fs::symlink_metadata(&at) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let link = fs::read_link(&at)?;
                // A relative link is relative to the folder the link is in.
                at = match at.parent() {
                    Some(parent) if link.is_relative() => parent.join(link),
                    _ => link,
                };
            }
            Ok(_) => return Ok(at),
            Err(err) if err.kind() == io::ErrorKind::NotFound => return Ok(at),
            Err(err) => return Err(err),
        }
    }
    Err(io::Error::other(format!(
        "more than {MAX_LINKS} symbolic links in a chain at {}",
        path.display()
    )))
}

#[cfg(unix)]
type Mode = Option<u32>;
#[cfg(not(unix))]
type Mode = ();

/// The permission bits of the file being replaced; None for a new file.
#[cfg(unix)]
fn existing_mode(target: &Path) -> io::Result<Mode> {
    use std::os::unix::fs::PermissionsExt;
    match fs::metadata(target) {
        Ok(meta) => Ok(Some(meta.permissions().mode() & 0o7777)),
        Err(err) if err.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(err) => Err(err),
    }
}

#[cfg(not(unix))]
fn existing_mode(_: &Path) -> io::Result<Mode> {
    Ok(())
}

/// A new file only its owner can read: a new progress file stays 600.
#[cfg(unix)]
fn create_private(path: &Path) -> io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(path)
}

#[cfg(not(unix))]
fn create_private(path: &Path) -> io::Result<File> {
    OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .open(path)
}

/// Gives the new file the old one's mode; a new file keeps the 600 it was made with
/// (set explicitly, as the umask may have narrowed it further).
#[cfg(unix)]
fn set_mode(file: &File, mode: Mode) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    file.set_permissions(fs::Permissions::from_mode(mode.unwrap_or(0o600)))
}

#[cfg(not(unix))]
fn set_mode(_: &File, _: Mode) -> io::Result<()> {
    Ok(())
}

#[cfg(test)]
#[cfg(unix)]
mod tests {
    use super::*;
    use std::os::unix::fs::{PermissionsExt, symlink};

    fn mode(path: &Path) -> u32 {
        fs::metadata(path).expect("exists").permissions().mode() & 0o777
    }

    #[test]
    fn a_new_file_is_private_and_an_old_one_keeps_its_mode() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("progress.toml");
        write(&path, "a").expect("writes");
        assert_eq!(mode(&path), 0o600);
        fs::set_permissions(&path, fs::Permissions::from_mode(0o640)).expect("chmod");
        write(&path, "b").expect("writes");
        assert_eq!(mode(&path), 0o640);
        assert_eq!(fs::read_to_string(&path).expect("reads"), "b");
    }

    #[test]
    fn a_relative_symlink_is_written_through_and_stays_a_link() {
        let dir = tempfile::tempdir().expect("temp dir");
        fs::create_dir(dir.path().join("synced")).expect("mkdir");
        fs::create_dir(dir.path().join("data")).expect("mkdir");
        let link = dir.path().join("data/progress.toml");
        symlink("../synced/progress.toml", &link).expect("symlink");
        write(&link, "through").expect("writes");
        assert!(fs::symlink_metadata(&link).expect("link").is_symlink());
        let target = dir.path().join("synced/progress.toml");
        assert_eq!(fs::read_to_string(target).expect("reads"), "through");
        let left: Vec<_> = fs::read_dir(dir.path().join("synced"))
            .expect("list")
            .filter_map(Result::ok)
            .collect();
        assert_eq!(left.len(), 1, "no temporary file left");
    }
}
