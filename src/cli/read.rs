//! `tutor read`: a chapter of the course, or any Markdown file, rendered to stdout,
//! through the pager when it is taller than the terminal.
use super::{Cli, Failure, Output, load_course};
use crate::course::{Loaded, bounded, split_front_matter};
use crate::markdown::{self, LayoutOptions};
use std::path::Path;

pub fn run(
    cli: &Cli,
    target: &str,
    width: Option<u16>,
    no_pager: bool,
    out: &Output,
) -> Result<u8, Failure> {
    if out.color {
        // Loading the syntax definitions overlaps with reading and parsing the chapter.
        markdown::preload_highlighting();
    }
    let width = usize::from(width.unwrap_or_else(|| out.default_width()));
    let rendered = if looks_like_file(target) && !names_no_file(target) {
        match exact_chapter(cli, target) {
            Some(loaded) => render_chapter(&loaded, target, width, out)?,
            None => markdown::parse(&read_file(Path::new(target))?).render(width, &out.theme),
        }
    } else {
        render_chapter(&load_course(cli)?, target, width, out)?
    };
    let mut bytes = Vec::new();
    // Writing to memory cannot fail.
    let _ = rendered.lines.write_ansi(&mut bytes, out.color);
    super::pager::show(&bytes, rendered.lines.len(), out.is_terminal() && !no_pager)
}

/// A path-like target without a Markdown extension that names no file, such as a
/// mistyped book chapter id (`getting-started/instal`): looked up as a chapter, so a
/// typo gets the closest chapters rather than "no such file".
fn names_no_file(target: &str) -> bool {
    let markdown_extension = Path::new(target)
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("md") || e.eq_ignore_ascii_case("markdown"));
    !markdown_extension && !Path::new(target).exists()
}

/// A chapter of the course laid out with what the course knows around it: the code
/// lines its book hides, the titles of the chapters it links to, the quizzes it places.
fn render_chapter(
    loaded: &Loaded,
    target: &str,
    width: usize,
    out: &Output,
) -> Result<markdown::Rendered, Failure> {
    let course = &loaded.course;
    let chapter = course
        .find_chapter(target)
        .map_err(|e| super::names::chapter_failure(course, target, &e))?;
    let cards = |src: &str| course.quiz_card(chapter, src);
    let layout = LayoutOptions {
        quizzes: Some(&cards),
        ..LayoutOptions::default()
    };
    Ok(course
        .parse_chapter(chapter, &chapter.body)
        .render_with(width, &out.theme, &layout))
}

/// The course, when it has a chapter whose id is exactly `target`: a book's chapter
/// ids hold `/` (`format/summary`), and such an id wins over a file of that name. A
/// course that does not load leaves `target` to be read as a file.
fn exact_chapter(cli: &Cli, target: &str) -> Option<Loaded> {
    let loaded = match &cli.course {
        Some(dir) => crate::course::Course::from_dir(dir).ok()?,
        None => crate::course::Course::builtin().ok()?,
    };
    loaded.course.chapters.iter().find(|c| c.id == target)?;
    super::warn_problems(cli, &loaded);
    Some(loaded)
}

/// A target is a file when it names one: a Markdown extension or a path separator.
/// Everything else is looked up among the chapters, so `tutor read 2` never reads a
/// file called `2` by accident.
fn looks_like_file(target: &str) -> bool {
    let markdown_extension = Path::new(target)
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("md") || e.eq_ignore_ascii_case("markdown"));
    markdown_extension || target.contains('/') || target.contains(std::path::MAIN_SEPARATOR)
}

/// A Markdown file named on the command line: a regular file of at most a chapter's
/// cap. A device, fifo or endless /proc file is refused before it can fill memory.
fn read_file(path: &Path) -> Result<String, Failure> {
    let bytes = bounded::read_regular(path, bounded::CHAPTER_CAP)
        .map_err(|refusal| Failure::usage(format!("{}: {refusal}", path.display())))?;
    // A stray invalid byte should not stop a reader; it shows as U+FFFD.
    let text = String::from_utf8_lossy(&bytes);
    Ok(split_front_matter(&text).1.to_owned())
}
