//! mdBook's links preprocessor on real files: a chapter of the fixture book expanded
//! from disk, a link leading out of the book, and the time a large book takes.
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use tutor::course::mdbook::preprocess::{Expanded, Origin, QuizMark, expand};
use tutor::diagnostic::Diagnostics;

const BOOK: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/preprocess");

fn expand_chapter(root: &Path, chapter: &str) -> (Expanded, Diagnostics) {
    let text = fs::read_to_string(root.join(chapter)).unwrap();
    let mut report = Diagnostics::default();
    let expanded = expand(&text, Path::new(chapter), root, &mut report);
    (expanded, report)
}

const CH02_EXPANDED: &str = r#"
# Programming a Guessing Game

The listing prints two lines first:

```rust
# use std::io;
# 
# fn main() {
    println!("Guess the number!");

    println!("Please input your guess.");
# 
#     let mut guess = String::new();
# 
#     io::stdin()
#         .read_line(&mut guess)
#         .expect("Failed to read line");
# 
#     println!("You guessed: {guess}");
# }
```

The whole of it, to run and edit:

```rust,editable
use std::io;

fn main() {
    // ANCHOR: print
    println!("Guess the number!");

    println!("Please input your guess.");
    // ANCHOR_END: print

    let mut guess = String::new();

    io::stdin()
        .read_line(&mut guess)
        .expect("Failed to read line");

    println!("You guessed: {guess}");
}
```


It reads a line like this:

```rust,ignore
    io::stdin()
        .read_line(&mut guess)
        .expect("Failed to read line");
```

Running it prints:

```console
$ cargo run
   Compiling guessing_game v0.1.0 (file:///projects/guessing_game)
    Finished `dev` profile [unoptimized + debuginfo] target(s) in 1.50s
     Running `target/debug/guessing_game`
[...]
6
You guessed: 6
```

> The first line of that output is the command:
> `$ cargo run`.

To show a listing in a book of your own, write `{{#include file.rs}}`:

```markdown
{{#include ../listings/ch02/listing-02-01/src/main.rs:print}}
```



<tutor-quiz src="quizzes/ch02.toml"></tutor-quiz>


"#;

#[test]
fn expands_the_fixture_chapter_from_disk_exactly() {
    let (expanded, report) = expand_chapter(Path::new(BOOK), "src/ch02.md");
    assert!(report.is_empty(), "{report:?}");
    assert_eq!(expanded.text, CH02_EXPANDED);
    assert_eq!(
        expanded.title.as_deref(),
        Some("Programming a Guessing Game")
    );
    let marker = CH02_EXPANDED.find("<tutor-quiz").unwrap();
    assert_eq!(
        expanded.quizzes,
        [QuizMark {
            path: PathBuf::from("quizzes/ch02.toml"),
            offset: marker,
            written_at: Origin {
                file: "src/ch02.md".to_owned(),
                line: 36,
                col: 1,
            },
        }]
    );
}

/// Copies the folder `from` into `to`, file by file.
fn copy_tree(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target).unwrap();
        }
    }
}

#[cfg(unix)]
#[test]
fn a_link_in_the_book_leading_outside_is_an_error_in_place() {
    let book = tempfile::tempdir().unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    copy_tree(Path::new(BOOK), book.path());
    fs::write(elsewhere.path().join("secret.txt"), "secret").unwrap();
    std::os::unix::fs::symlink(
        elsewhere.path().join("secret.txt"),
        book.path().join("listings/ch02/leak.txt"),
    )
    .unwrap();
    std::os::unix::fs::symlink(elsewhere.path(), book.path().join("src/elsewhere")).unwrap();
    let chapter = "# Leaks\n\n{{#include ../listings/ch02/leak.txt}}\n\
                   ```\n{{#include elsewhere/secret.txt:1}}\n```\n";
    fs::write(book.path().join("src/leaks.md"), chapter).unwrap();

    let (expanded, report) = expand_chapter(book.path(), "src/leaks.md");

    assert_eq!(
        expanded.text,
        "# Leaks\n\n[include error: ../listings/ch02/leak.txt is outside the book]\n\
         ```\n[include error: elsewhere/secret.txt is outside the book]\n```\n"
    );
    let errors: Vec<String> = report.errors.iter().map(ToString::to_string).collect();
    assert_eq!(
        errors,
        [
            "src/leaks.md:3:1: include error: ../listings/ch02/leak.txt is outside the book",
            "src/leaks.md:5:1: include error: elsewhere/secret.txt is outside the book",
        ]
    );
    // The same chapter text still expands its good includes next to the bad ones.
    let (fixture, _) = expand_chapter(book.path(), "src/ch02.md");
    assert_eq!(fixture.text, CH02_EXPANDED);
}

#[test]
fn a_large_book_expands_in_bounded_time() {
    // 120 chapters, 700 includes in all, of 50 small listings with anchors.
    let book = tempfile::tempdir().unwrap();
    let root = book.path();
    fs::create_dir_all(root.join("src")).unwrap();
    fs::create_dir_all(root.join("listings")).unwrap();
    for n in 0..50 {
        let mut listing = String::new();
        for line in 0..30 {
            if line == 10 {
                listing.push_str("    // ANCHOR: here\n");
            }
            writeln!(listing, "    let value_{line} = {n} * {line};").unwrap();
            if line == 20 {
                listing.push_str("    // ANCHOR_END: here\n");
            }
        }
        fs::write(root.join(format!("listings/l{n}.rs")), listing).unwrap();
    }
    let mut chapters = Vec::new();
    for c in 0..120 {
        let mut text = format!("# Chapter {c}\n\nSome prose before the listings.\n\n");
        let includes = if c < 100 { 6 } else { 5 };
        for i in 0..includes {
            let listing = (c * 7 + i * 3) % 50;
            let directive = match i % 3 {
                0 => format!("{{{{#rustdoc_include ../listings/l{listing}.rs:here}}}}"),
                1 => format!("{{{{#include ../listings/l{listing}.rs:5:15}}}}"),
                _ => format!("{{{{#include ../listings/l{listing}.rs}}}}"),
            };
            writeln!(text, "```rust\n{directive}\n```\n\nMore prose.\n").unwrap();
        }
        let path = format!("src/ch{c:03}.md");
        fs::write(root.join(&path), &text).unwrap();
        chapters.push((path, text));
    }
    assert_eq!(
        chapters
            .iter()
            .map(|(_, t)| t.matches("{{#").count())
            .sum::<usize>(),
        700
    );

    let start = Instant::now();
    let mut total = 0;
    let mut report = Diagnostics::default();
    for (path, text) in &chapters {
        total += expand(text, Path::new(path), root, &mut report).text.len();
    }
    let took = start.elapsed();

    assert!(report.is_empty(), "{report:?}");
    assert!(total > 700 * 200, "{total}");
    eprintln!("expanded 120 chapters with 700 includes in {took:?}");
    assert!(took < Duration::from_secs(2), "{took:?}");
}
