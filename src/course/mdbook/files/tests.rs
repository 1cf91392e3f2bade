use super::*;
use std::fs;

#[test]
fn resolves_by_name_and_refuses_to_leave_the_root() {
    let src = Path::new("src");
    assert_eq!(resolve(src, "a.md"), Some(PathBuf::from("src/a.md")));
    assert_eq!(
        resolve(src, "../listings/./ch02/x.rs"),
        Some(PathBuf::from("listings/ch02/x.rs"))
    );
    assert_eq!(
        resolve(Path::new("src/sub"), "../../x"),
        Some(PathBuf::from("x"))
    );
    assert_eq!(resolve(src, "../../etc/passwd"), None);
    assert_eq!(resolve(src, "/etc/passwd"), None);
    assert_eq!(resolve(src, ".."), Some(PathBuf::new()));
    assert_eq!(
        normal(Path::new("./src/../src/ch.md")),
        Some(PathBuf::from("src/ch.md"))
    );
    assert_eq!(normal(Path::new("../ch.md")), None);
}

#[test]
fn words_sizes_and_reasons_for_messages() {
    assert_eq!(size(8 * 1024 * 1024), "8 MiB");
    assert_eq!(size(100), "100 bytes");
    assert_eq!(
        Unreadable::TooLarge(100).to_string(),
        "is larger than 100 bytes"
    );
    assert_eq!(
        Unreadable::NotRegular("a folder").to_string(),
        "is a folder, not a regular file"
    );
}

#[test]
fn reads_only_regular_utf8_files_under_the_cap_inside_the_root() {
    let book = tempfile::tempdir().unwrap();
    let root = book.path();
    fs::create_dir(root.join("src")).unwrap();
    fs::write(root.join("src/a.md"), "hello").unwrap();
    fs::write(root.join("src/bad.md"), [0xff, 0xfe]).unwrap();
    let folder = BookFolder::new(root);
    let found = folder.locate(Path::new("src/a.md")).unwrap();
    assert_eq!(found, root.canonicalize().unwrap().join("src/a.md"));
    assert_eq!(folder.read(&found, 5).unwrap(), "hello");
    assert_eq!(folder.read(&found, 4), Err(Unreadable::TooLarge(4)));
    let bad = folder.locate(Path::new("src/bad.md")).unwrap();
    assert_eq!(folder.read(&bad, 100), Err(Unreadable::NotUtf8));
    assert_eq!(
        folder.locate(Path::new("src/none.md")),
        Err(Unreadable::Missing)
    );
    let dir = folder.locate(Path::new("src")).unwrap();
    assert_eq!(
        folder.read(&dir, 100),
        Err(Unreadable::NotRegular("a folder"))
    );
}

#[cfg(unix)]
#[test]
fn folders_are_resolved_once_and_links_inside_the_book_still_lead_where_they_point() {
    let book = tempfile::tempdir().unwrap();
    let root = book.path();
    fs::create_dir_all(root.join("listings/a/src")).unwrap();
    fs::write(root.join("listings/a/src/main.rs"), "fn main() {}").unwrap();
    std::os::unix::fs::symlink(root.join("listings/a"), root.join("listings/b")).unwrap();
    std::os::unix::fs::symlink(
        root.join("listings/a/src/main.rs"),
        root.join("listings/a/src/link.rs"),
    )
    .unwrap();
    let folder = BookFolder::new(root);
    let real = root.canonicalize().unwrap().join("listings/a/src/main.rs");
    for path in [
        "listings/a/src/main.rs",
        "listings/b/src/main.rs",
        "listings/a/src/link.rs",
        "listings/b/src/link.rs",
    ] {
        assert_eq!(folder.locate(Path::new(path)), Ok(real.clone()), "{path}");
    }
    assert_eq!(
        folder.locate(Path::new("listings/none/src/main.rs")),
        Err(Unreadable::Missing)
    );
    assert_eq!(
        folder.locate(Path::new("listings/a/src/main.rs/x")),
        Err(Unreadable::Missing),
        "a file named as a folder"
    );
    // What was learnt of a folder does not change what a later look finds.
    assert_eq!(folder.locate(Path::new("listings/a/src/main.rs")), Ok(real));
}

#[cfg(unix)]
#[test]
fn a_link_leading_out_of_the_book_is_outside() {
    let book = tempfile::tempdir().unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    fs::write(elsewhere.path().join("secret"), "s").unwrap();
    std::os::unix::fs::symlink(elsewhere.path().join("secret"), book.path().join("x")).unwrap();
    std::os::unix::fs::symlink(elsewhere.path(), book.path().join("d")).unwrap();
    let folder = BookFolder::new(book.path());
    assert_eq!(folder.locate(Path::new("x")), Err(Unreadable::Outside));
    assert_eq!(
        folder.locate(Path::new("d/secret")),
        Err(Unreadable::Outside)
    );
}
