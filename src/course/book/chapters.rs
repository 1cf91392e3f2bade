//! Reading a book's chapters as SUMMARY.md lists them: each file read, its directives
//! expanded, its front matter hidden and its study items found, on every core of the
//! machine, then put in SUMMARY.md's order with what went wrong, as if read one by one.
//!
//! This module owns which links are chapters (a file inside `src`, listed once, that
//! can be read) and the budget of text a whole book may bring in. Whatever order the
//! workers finish in, the chapters, the outline and the diagnostics come out in
//! reading order, the same every time. It never reads a quiz.
use super::BookReader;
use crate::course::mdbook::config::BookConfig;
use crate::course::mdbook::files::{normal, shown};
use crate::course::mdbook::preprocess::{self, BookFolder, Files, Limits, QuizMark, Unreadable};
use crate::course::mdbook::summary::{Entry, Link};
use crate::course::source::SourceFile;
use crate::course::{Chapter, OutlineItem, bounded, chapter, load};
use crate::diagnostic::Diagnostics;
use crate::sanitize::strip_controls;
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

/// How much a book may bring in, and how many threads read it.
#[derive(Debug, Clone)]
pub(super) struct Budget {
    /// The most chapter text (as read, and once expanded) a book may bring in, all
    /// chapters together. Each chapter has its own cap, but SUMMARY.md may name one
    /// large file under thousands of spellings or links. Workers check it before each
    /// chapter, so it may be passed by what they are reading at that moment.
    pub bytes: usize,
    /// Threads reading chapters at once.
    pub workers: usize,
}

impl Default for Budget {
    fn default() -> Self {
        Self {
            // The Rust Book holds about 2 MiB.
            bytes: 256 * 1024 * 1024,
            workers: std::thread::available_parallelism().map_or(1, |n| n.get().min(4)),
        }
    }
}

/// A book's chapters in SUMMARY.md's order, its outline, and every `{{#quiz}}` of
/// every chapter in reading order, with its chapter's index and where the chapter's
/// body starts in its expanded text.
#[derive(Default)]
pub(super) struct Contents {
    pub chapters: Vec<Chapter>,
    pub outline: Vec<OutlineItem>,
    pub marks: Vec<(QuizMark, usize, usize)>,
}

/// A chapter to read: its link, its path from the book's folder and its id.
struct Job<'e> {
    link: &'e Link,
    location: &'e str,
    path: PathBuf,
    id: String,
}

/// What reading one chapter gave: the chapter and its quiz marks (with where its body
/// starts), or why its file was not read; and the problems of its directives.
struct Outcome {
    read: Result<(Chapter, Vec<QuizMark>, usize), String>,
    diagnostics: Diagnostics,
}

/// A row of the outline before the chapters are read.
enum Row<'e> {
    Ready(OutlineItem),
    /// A link whose file may not be read at all: reported, and listed as missing.
    Refused(&'e Link, String),
    /// The chapter of this job.
    Job(usize),
}

/// Reads every chapter `entries` lists.
pub(super) fn read(
    reader: &mut BookReader,
    config: &BookConfig,
    entries: &[Entry],
    checked: bool,
    budget: &Budget,
) -> Contents {
    let mut rows = Vec::new();
    let mut jobs = Vec::new();
    let mut ids = HashSet::new();
    for entry in entries {
        let row = match entry {
            Entry::Part(title) => Row::Ready(OutlineItem::Part(title.clone())),
            Entry::Separator => Row::Ready(OutlineItem::Separator),
            Entry::Chapter(link) => match &link.location {
                None => Row::Ready(unavailable(link)),
                Some(location) => match plan(config, link, location, &mut ids) {
                    Ok(job) => {
                        jobs.push(job);
                        Row::Job(jobs.len() - 1)
                    }
                    Err(why) => Row::Refused(link, why),
                },
            },
        };
        rows.push(row);
    }
    let mut outcomes: Vec<Option<Outcome>> = run(&jobs, &reader.root, checked, budget)
        .into_iter()
        .map(Some)
        .collect();
    let mut contents = Contents::default();
    for row in rows {
        let (link, why) = match row {
            Row::Ready(item) => {
                contents.outline.push(item);
                continue;
            }
            Row::Refused(link, why) => (link, why),
            Row::Job(j) => {
                let Some(outcome) = outcomes.get_mut(j).and_then(Option::take) else {
                    continue;
                };
                let Diagnostics { errors, warnings } = outcome.diagnostics;
                reader.diagnostics.errors.extend(errors);
                reader.diagnostics.warnings.extend(warnings);
                match outcome.read {
                    Ok((chapter, marks, body_start)) => {
                        let index = contents.chapters.len();
                        contents.outline.push(OutlineItem::Chapter(index));
                        contents.chapters.push(chapter);
                        contents
                            .marks
                            .extend(marks.into_iter().map(|mark| (mark, index, body_start)));
                        continue;
                    }
                    Err(why) => (jobs[j].link, why),
                }
            }
        };
        reader.link_error(link, &why);
        contents.outline.push(unavailable(link));
    }
    contents
}

/// The outline row of a chapter that cannot be opened: a draft, or a file that could
/// not be read.
fn unavailable(link: &Link) -> OutlineItem {
    OutlineItem::Draft {
        title: link.title.clone(),
        number: link.number.clone(),
        depth: link.depth,
        missing: link.location.is_some(),
    }
}

/// The job of reading the chapter a link names, or why it may not be read: it leaves
/// `src`, or it names a chapter listed already (by another spelling).
fn plan<'e>(
    config: &BookConfig,
    link: &'e Link,
    location: &'e str,
    ids: &mut HashSet<String>,
) -> Result<Job<'e>, String> {
    let Some(under_src) = normal(Path::new(location)).filter(|p| !p.as_os_str().is_empty()) else {
        return Err(format!(
            "chapter `{location}` is outside `{}`; not read",
            shown(&config.src)
        ));
    };
    let id = chapter_id(&under_src);
    if !ids.insert(id.clone()) {
        return Err(format!(
            "chapter `{location}` is listed twice (as `{id}`); not read again"
        ));
    }
    Ok(Job {
        link,
        location,
        path: config.src.join(&under_src),
        id,
    })
}

/// Reads every job, on up to `budget.workers` threads each taking the next job as it
/// finishes one; the outcomes in the order of the jobs.
fn run(jobs: &[Job], root: &Path, checked: bool, budget: &Budget) -> Vec<Outcome> {
    let read = AtomicUsize::new(0);
    let workers = budget.workers.min(jobs.len());
    if workers <= 1 {
        let folder = BookFolder::new(root);
        return jobs
            .iter()
            .map(|job| read_one(job, &folder, checked, &read, budget.bytes))
            .collect();
    }
    let next = AtomicUsize::new(0);
    let mut done: Vec<(usize, Outcome)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                scope.spawn(|| {
                    // Each worker resolves the book's folders for itself: no lock.
                    let folder = BookFolder::new(root);
                    let mut mine = Vec::new();
                    loop {
                        let at = next.fetch_add(1, Ordering::Relaxed);
                        let Some(job) = jobs.get(at) else {
                            break;
                        };
                        mine.push((at, read_one(job, &folder, checked, &read, budget.bytes)));
                    }
                    mine
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    });
    done.sort_by_key(|(at, _)| *at);
    done.into_iter().map(|(_, outcome)| outcome).collect()
}

/// Reads, expands and parses one chapter, unless the book has brought in `cap` bytes
/// already.
fn read_one(
    job: &Job,
    folder: &BookFolder,
    checked: bool,
    read: &AtomicUsize,
    cap: usize,
) -> Outcome {
    let mut diagnostics = Diagnostics::default();
    let location = job.location;
    if read.load(Ordering::Relaxed) >= cap {
        let why = format!(
            "chapter `{location}` is not read: the chapters before it already hold {}",
            size_words(cap)
        );
        return Outcome {
            read: Err(why),
            diagnostics,
        };
    }
    let text = match folder
        .locate(&job.path)
        .and_then(|located| folder.read(&located, bounded::CHAPTER_CAP))
    {
        Ok(text) => text,
        Err(why) => {
            let why = match why {
                Unreadable::Missing => {
                    "does not exist (mdBook would create it; tutor does not)".to_owned()
                }
                other => other.to_string(),
            };
            return Outcome {
                read: Err(format!("chapter `{location}` {why}")),
                diagnostics,
            };
        }
    };
    read.fetch_add(text.len(), Ordering::Relaxed);
    let expanded = preprocess::expand_with(
        &text,
        &job.path,
        folder,
        &Limits::default(),
        &mut diagnostics,
    );
    read.fetch_add(expanded.text.len(), Ordering::Relaxed);
    let shown_path = shown(&job.path);
    let file = SourceFile {
        path: shown_path.clone(),
        stem: job.id.clone(),
        text: expanded.text,
    };
    let mut report = diagnostics.in_file(&shown_path, &file.text);
    let mut chapter = chapter::parse_in_book(&file, &job.link.title, &mut report);
    if checked {
        load::warn_flattened(&file.text, &chapter.body, &mut report);
    }
    chapter.number.clone_from(&job.link.number);
    chapter.depth = job.link.depth;
    let body_start = file.text.len() - chapter.body.len();
    let marks = expanded
        .quizzes
        .into_iter()
        .filter(|mark| mark.offset >= body_start)
        .collect();
    Outcome {
        read: Ok((chapter, marks, body_start)),
        diagnostics,
    }
}

/// A chapter's id: its path under `src` without `.md`, `/` between folders.
fn chapter_id(under_src: &Path) -> String {
    let without = if under_src.extension().is_some_and(|e| e == "md") {
        under_src.with_extension("")
    } else {
        under_src.to_path_buf()
    };
    strip_controls(&shown(&without)).into_owned()
}

/// A size for messages: whole MiB when it is a whole number of them, else bytes.
fn size_words(bytes: usize) -> String {
    const MIB: usize = 1024 * 1024;
    if bytes >= MIB && bytes.is_multiple_of(MIB) {
        format!("{} MiB", bytes / MIB)
    } else {
        format!("{bytes} bytes")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chapter_ids_are_paths_under_src_without_md() {
        assert_eq!(
            chapter_id(Path::new("ch04-02-references.md")),
            "ch04-02-references"
        );
        assert_eq!(
            chapter_id(Path::new("format/configuration/general.md")),
            "format/configuration/general"
        );
        assert_eq!(chapter_id(Path::new("notes.txt")), "notes.txt");
        assert_eq!(chapter_id(Path::new("a\u{1b}b.md")), "ab");
    }

    #[test]
    fn sizes_are_worded_in_mib_when_whole() {
        assert_eq!(size_words(256 * 1024 * 1024), "256 MiB");
        assert_eq!(size_words(1500), "1500 bytes");
    }
}
