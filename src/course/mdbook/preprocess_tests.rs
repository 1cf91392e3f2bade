//! Tests of the expansion of whole chapters, over a book held in memory: every
//! directive form, escapes, quiz markers, nesting, errors and their locations, and the
//! caps that bound a hostile book.
use super::*;
use std::cell::RefCell;
use std::collections::HashMap;

/// A book in memory: files by path relative to the root, links from one path to
/// another, and a log of every read.
#[derive(Default)]
struct Memory {
    files: HashMap<PathBuf, String>,
    links: HashMap<PathBuf, PathBuf>,
    reads: RefCell<Vec<PathBuf>>,
}

impl Memory {
    fn with(files: &[(&str, &str)]) -> Self {
        Self {
            files: files
                .iter()
                .map(|(path, text)| (PathBuf::from(path), (*text).to_owned()))
                .collect(),
            ..Self::default()
        }
    }

    fn reads(&self) -> usize {
        self.reads.borrow().len()
    }
}

impl Files for Memory {
    fn locate(&self, path: &Path) -> Result<PathBuf, Unreadable> {
        let real = self.links.get(path).map_or(path, PathBuf::as_path);
        if self.files.contains_key(real) {
            Ok(real.to_path_buf())
        } else {
            Err(Unreadable::Missing)
        }
    }

    fn read(&self, located: &Path, cap: u64) -> Result<String, Unreadable> {
        self.reads.borrow_mut().push(located.to_path_buf());
        let text = &self.files[located];
        if text.len() as u64 > cap {
            return Err(Unreadable::TooLarge(cap));
        }
        Ok(text.clone())
    }
}

const CHAPTER: &str = "src/ch.md";

fn run_limited(files: &Memory, chapter: &str, limits: &Limits) -> (Expanded, Diagnostics) {
    let mut report = Diagnostics::default();
    let expanded = expand_with(chapter, Path::new(CHAPTER), files, limits, &mut report);
    (expanded, report)
}

fn run(files: &Memory, chapter: &str) -> (Expanded, Diagnostics) {
    run_limited(files, chapter, &Limits::default())
}

/// The expanded text, when nothing was reported.
fn text(files: &Memory, chapter: &str) -> String {
    let (expanded, report) = run(files, chapter);
    assert!(report.is_empty(), "{report:?}");
    expanded.text
}

fn errors(report: &Diagnostics) -> Vec<String> {
    report.errors.iter().map(ToString::to_string).collect()
}

const LISTING: &str = "l1\nl2\nl3\nl4\nl5\n";

#[test]
fn includes_a_whole_file_or_a_range_of_its_lines() {
    let book = Memory::with(&[("src/listing.txt", LISTING)]);
    let cases = [
        ("{{#include listing.txt}}", "l1\nl2\nl3\nl4\nl5"),
        ("{{#include listing.txt:2}}", "l2"),
        ("{{#include listing.txt::2}}", "l1\nl2"),
        ("{{#include listing.txt:4:}}", "l4\nl5"),
        ("{{#include listing.txt:2:3}}", "l2\nl3"),
        ("{{#include listing.txt:4:2}}", ""),
        ("{{#include listing.txt:9}}", ""),
    ];
    for (directive, taken) in cases {
        assert_eq!(
            text(&book, &format!("A {directive} B")),
            format!("A {taken} B")
        );
    }
}

const RUST: &str = "\
fn main() {
    // ANCHOR: body
    let x = 1;
    // ANCHOR: inner
    let y = 2;
    // ANCHOR_END: inner
    println!(\"{x}{y}\");
    // ANCHOR_END: body
}
";

#[test]
fn includes_anchored_lines_in_any_comment_syntax() {
    let book = Memory::with(&[
        ("src/main.rs", RUST),
        (
            "src/tool.py",
            "import os\n# ANCHOR: py\nprint(1)\n# ANCHOR_END: py\n",
        ),
        (
            "src/note.md",
            "Before\n<!-- ANCHOR: note -->\nText\n<!-- ANCHOR_END: note -->\n",
        ),
        ("src/open.txt", "x\n// ANCHOR: open\na\nb\n"),
    ]);
    assert_eq!(
        text(&book, "{{#include main.rs:body}}"),
        "    let x = 1;\n    let y = 2;\n    println!(\"{x}{y}\");",
        "the inner anchor's marker lines are dropped"
    );
    assert_eq!(text(&book, "{{#include main.rs:inner}}"), "    let y = 2;");
    assert_eq!(text(&book, "{{#include tool.py:py}}"), "print(1)");
    assert_eq!(text(&book, "{{#include note.md:note}}"), "Text");
    assert_eq!(
        text(&book, "{{#include open.txt:open}}"),
        "a\nb",
        "no end: to the end"
    );
    assert_eq!(
        text(&book, "[{{#include main.rs:nowhere}}]"),
        "[]",
        "unknown anchor"
    );
}

#[test]
fn rustdoc_include_hides_what_is_outside_the_range_or_anchor() {
    let book = Memory::with(&[("src/main.rs", RUST)]);
    assert_eq!(
        text(&book, "```rust\n{{#rustdoc_include main.rs:inner}}\n```"),
        "```rust\n# fn main() {\n#     let x = 1;\n    let y = 2;\n#     println!(\"{x}{y}\");\n# }\n```"
    );
    assert_eq!(
        text(&book, "{{#rustdoc_include main.rs:3:3}}"),
        "# fn main() {\n#     // ANCHOR: body\n    let x = 1;\n#     // ANCHOR: inner\n\
         #     let y = 2;\n#     // ANCHOR_END: inner\n#     println!(\"{x}{y}\");\n\
         #     // ANCHOR_END: body\n# }"
    );
    assert_eq!(
        text(&book, "{{#rustdoc_include main.rs}}"),
        RUST.trim_end(),
        "no range: every line shown"
    );
}

#[test]
fn playground_fences_the_file_with_its_attributes() {
    let book = Memory::with(&[("src/main.rs", "fn main() {}")]);
    assert_eq!(
        text(&book, "{{#playground main.rs}}"),
        "```rust\nfn main() {}\n```\n"
    );
    assert_eq!(
        text(&book, "{{#playground main.rs editable should_panic }}"),
        "```rust,editable,should_panic\nfn main() {}\n```\n"
    );
    let (expanded, report) = run(&book, "{{#playpen main.rs}}");
    assert_eq!(expanded.text, "```rust\nfn main() {}\n```\n");
    assert_eq!(
        report.warnings[0].to_string(),
        "src/ch.md:1:1: {{#playpen}} is the old name of {{#playground}}; use the new one"
    );
}

#[test]
fn title_is_removed_and_returned_the_last_one_winning() {
    let book = Memory::with(&[("src/part.md", "{{#title From   the part}}Part")]);
    let (expanded, report) = run(&book, "{{#title  My\n  Title }}\n# Heading\n");
    assert!(report.is_empty());
    assert_eq!(expanded.text, "\n# Heading\n");
    assert_eq!(expanded.title.as_deref(), Some("My Title"));
    let (expanded, _) = run(&book, "{{#title First}}{{#include part.md}}");
    assert_eq!(expanded.text, "Part");
    assert_eq!(expanded.title.as_deref(), Some("From the part"));
    assert_eq!(run(&book, "No title").0.title, None);
}

#[test]
fn escapes_print_the_directive_without_expanding_it_in_prose_and_in_code() {
    let book = Memory::with(&[("src/a.txt", "A")]);
    assert_eq!(
        text(&book, "Write \\{{#include a.txt}} to include."),
        "Write {{#include a.txt}} to include."
    );
    assert_eq!(
        text(
            &book,
            "```hbs\n\\{{#include a.txt}}\n{{#include a.txt}}\n```\n"
        ),
        "```hbs\n{{#include a.txt}}\nA\n```\n",
        "code blocks are expanded too, escapes included"
    );
    // As in mdBook, an escape runs to the last `}}` of its line.
    assert_eq!(
        text(
            &book,
            "\\{{#include a.txt}} {{#include a.txt}}\n{{#include a.txt}}"
        ),
        "{{#include a.txt}} {{#include a.txt}}\nA"
    );
    let (expanded, _) = run(&book, "\\{{#quiz q.toml}}");
    assert_eq!(expanded.text, "{{#quiz q.toml}}");
    assert!(expanded.quizzes.is_empty(), "an escaped quiz is no quiz");
}

#[test]
fn directives_may_hold_whitespace_and_line_breaks_and_unknown_ones_stay() {
    let book = Memory::with(&[("src/a.txt", "A")]);
    assert_eq!(text(&book, "x{{ #include\n  a.txt \n}}y"), "xAy");
    for kept in [
        "{{#unknown a.txt}}",
        "{{#include}}",
        "{{#include   }}",
        "{{#include a.txt",
    ] {
        assert_eq!(text(&book, kept), kept);
    }
}

#[test]
fn a_quiz_becomes_a_marker_line_with_its_path_from_the_root() {
    let book = Memory::with(&[("src/part/p.md", "Part\n{{#quiz q.toml}}")]);
    let (expanded, report) = run(
        &book,
        "Intro\n{{#quiz ../quizzes/./q1.toml}}\nOutro\n{{#include part/p.md}}",
    );
    assert!(report.is_empty());
    assert_eq!(
        expanded.text,
        "Intro\n\n\n<tutor-quiz src=\"quizzes/q1.toml\"></tutor-quiz>\n\n\nOutro\n\
         Part\n\n\n<tutor-quiz src=\"src/part/q.toml\"></tutor-quiz>\n\n"
    );
    let marks: Vec<_> = expanded
        .quizzes
        .iter()
        .map(|q| {
            (
                q.path.clone(),
                &expanded.text[q.offset..q.offset + 12],
                q.written_at.clone(),
            )
        })
        .collect();
    let at = |file: &str, line| Origin {
        file: file.to_owned(),
        line,
        col: 1,
    };
    assert_eq!(
        marks,
        vec![
            (
                PathBuf::from("quizzes/q1.toml"),
                "<tutor-quiz ",
                at("src/ch.md", 2)
            ),
            (
                PathBuf::from("src/part/q.toml"),
                "<tutor-quiz ",
                at("src/part/p.md", 2)
            ),
        ]
    );
}

#[test]
fn a_quiz_path_is_html_escaped_in_the_marker_and_may_not_leave_the_book() {
    let book = Memory::default();
    let (expanded, _) = run(&book, "{{#quiz a&b\"<'>.toml}}");
    assert_eq!(
        expanded.text,
        "\n\n<tutor-quiz src=\"src/a&amp;b&quot;&lt;&#39;&gt;.toml\"></tutor-quiz>\n\n"
    );
    assert_eq!(expanded.quizzes[0].path, PathBuf::from("src/a&b\"<'>.toml"));
    let (expanded, report) = run(&book, "Q: {{#quiz ../../q.toml}}");
    assert_eq!(
        expanded.text,
        "Q: [quiz error: ../../q.toml is outside the book]"
    );
    assert!(expanded.quizzes.is_empty());
    assert_eq!(
        errors(&report),
        ["src/ch.md:1:4: quiz error: ../../q.toml is outside the book"]
    );
}

#[test]
fn included_text_is_expanded_relative_to_its_own_file() {
    let book = Memory::with(&[
        ("src/sub/b.md", "B({{#include ../../listings/c.txt}})"),
        ("listings/c.txt", "C {{#include d.txt}}"),
        ("listings/d.txt", "D\n"),
    ]);
    assert_eq!(text(&book, "A {{#include sub/b.md}}"), "A B(C D)");
}

/// `src/d1.md` … `src/d{n}.md`, each naming the next but the last.
fn chain_of(n: usize) -> Memory {
    let mut files: Vec<(String, String)> = (1..n)
        .map(|i| {
            (
                format!("src/d{i}.md"),
                format!("{i} {{{{#include d{}.md}}}}", i + 1),
            )
        })
        .collect();
    files.push((format!("src/d{n}.md"), n.to_string()));
    let refs: Vec<(&str, &str)> = files
        .iter()
        .map(|(p, t)| (p.as_str(), t.as_str()))
        .collect();
    Memory::with(&refs)
}

#[test]
fn includes_nest_ten_files_deep_and_no_deeper() {
    assert_eq!(
        text(&chain_of(10), "{{#include d1.md}}"),
        "1 2 3 4 5 6 7 8 9 10"
    );
    let (expanded, report) = run(&chain_of(11), "{{#include d1.md}}");
    let chain = "src/ch.md → src/d1.md → src/d2.md → src/d3.md → src/d4.md → src/d5.md → \
                 src/d6.md → src/d7.md → src/d8.md → src/d9.md → src/d10.md → src/d11.md";
    assert_eq!(
        expanded.text,
        format!(
            "1 2 3 4 5 6 7 8 9 10 [include error: includes nest more than 10 files deep: {chain}]"
        )
    );
    assert_eq!(
        errors(&report),
        [format!(
            "src/d10.md:1:4: include error: includes nest more than 10 files deep: {chain}"
        )]
    );
}

#[test]
fn an_include_loop_stops_at_the_depth_limit_and_names_the_loop() {
    let book = Memory::with(&[
        ("src/a.md", "a{{#include b.md}}"),
        ("src/b.md", "b{{#include a.md}}"),
        ("src/self.md", "x{{#include ./self.md}}"),
    ]);
    let (expanded, report) = run(&book, "{{#include a.md}}");
    let message = "include error: files include each other in a loop, stopped 10 deep: src/a.md → src/b.md → src/a.md";
    assert_eq!(expanded.text, format!("ababababab[{message}]"));
    assert_eq!(errors(&report), [format!("src/b.md:1:2: {message}")]);
    assert_eq!(book.reads(), 2, "each file read once");
    let (expanded, _) = run(&book, "{{#include self.md}}");
    assert!(
        expanded.text.ends_with(
            "xxxxxxxxxx[include error: files include each other in a loop, stopped 10 deep: \
             src/self.md → src/self.md]"
        ),
        "{}",
        expanded.text
    );
}

#[test]
fn a_file_outside_the_book_or_missing_is_a_visible_error_and_a_located_diagnostic() {
    let book = Memory::with(&[(
        "src/part.md",
        "one\n<!-- ANCHOR: a -->\ntwo {{#include nope.rs}}\n",
    )]);
    let (expanded, report) = run(
        &book,
        "# T\n\nSee {{#include ../../etc/passwd}} and {{#include /etc/passwd}}.\n\
         ```\n{{#include part.md:a}}\n```\n",
    );
    assert_eq!(
        expanded.text,
        "# T\n\nSee [include error: ../../etc/passwd is outside the book] and \
         [include error: /etc/passwd is outside the book].\n\
         ```\ntwo [include error: nope.rs does not exist]\n```\n"
    );
    assert_eq!(
        errors(&report),
        [
            "src/ch.md:3:5: include error: ../../etc/passwd is outside the book",
            "src/ch.md:3:39: include error: /etc/passwd is outside the book",
            // Located in the included file, at the directive's own line.
            "src/part.md:3:5: include error: nope.rs does not exist",
        ]
    );
}

#[test]
fn error_lines_hold_no_control_characters() {
    let (expanded, report) = run(&Memory::default(), "{{#include a\u{1b}[2J\u{7}.rs}}");
    assert_eq!(expanded.text, "[include error: a[2J.rs does not exist]");
    assert_eq!(
        errors(&report),
        ["src/ch.md:1:1: include error: a[2J.rs does not exist"]
    );
}

#[test]
fn each_distinct_file_is_read_once_per_chapter() {
    let mut book = Memory::with(&[("src/a.txt", "a"), ("src/b.txt", "b"), ("src/c.txt", "c")]);
    book.links
        .insert(PathBuf::from("src/link.txt"), PathBuf::from("src/a.txt"));
    let chapter =
        "{{#include a.txt}}{{#include ./b.txt}}{{#include ../src/c.txt}}{{#include link.txt}}\n"
            .repeat(175);
    let (expanded, report) = run(&book, &chapter);
    assert!(report.is_empty());
    assert_eq!(expanded.text, "abca\n".repeat(175));
    assert_eq!(
        book.reads(),
        3,
        "700 includes of 3 files (one by a link): 3 reads"
    );
}

#[test]
fn expansion_stops_at_the_output_cap_with_a_notice() {
    let book = Memory::with(&[("src/big.txt", &"x".repeat(100))]);
    let limits = Limits {
        output: 1000,
        ..Limits::default()
    };
    let (expanded, report) = run_limited(&book, &"{{#include big.txt}}\n".repeat(20), &limits);
    let notice = "[include error: this chapter grows past 1000 bytes once its includes are \
                  expanded; the rest is left out]\n";
    assert!(expanded.text.ends_with(notice), "{}", expanded.text);
    // Nine includes and their line breaks fit; the tenth would not.
    assert_eq!(expanded.text.len(), 9 * 101 + notice.len());
    assert_eq!(report.errors.len(), 1);
    assert!(report.errors[0].message.contains("grows past 1000 bytes"));
}

#[test]
fn a_billion_laughs_of_includes_is_cut_short_quickly() {
    // Each level doubles: 2^10 copies of 100 KB would be 100 MB.
    let lol = format!(
        "{}{{{{#include lol.md}}}}{{{{#include lol.md}}}}",
        "x".repeat(100_000)
    );
    let book = Memory::with(&[("src/lol.md", &lol)]);
    let start = std::time::Instant::now();
    let (expanded, report) = run(&book, "{{#include lol.md}}");
    assert!(start.elapsed() < std::time::Duration::from_secs(5));
    let cap = usize::try_from(CHAPTER_CAP).unwrap();
    assert!(expanded.text.len() <= cap + 200, "{}", expanded.text.len());
    assert!(expanded.text.ends_with("the rest is left out]\n"));
    assert_eq!(book.reads(), 1);
    // Each of the two includes past the depth limit is reported once, then the cap.
    let errors = errors(&report);
    assert_eq!(errors.len(), 3, "{errors:?}");
    assert!(errors[0].starts_with("src/lol.md:1:100001: include error: files include each other"));
    assert!(errors[1].starts_with("src/lol.md:1:100020: include error: files include each other"));
    assert!(errors[2].contains("include error: this chapter grows past 8 MiB"));
}

#[test]
fn expansion_that_outputs_little_stops_at_the_work_cap() {
    // Titles output nothing, so only the work cap ends this doubling.
    let heavy = format!(
        "{}{{{{#include t.md}}}}{{{{#include t.md}}}}",
        "{{#title t}}".repeat(1000)
    );
    let book = Memory::with(&[("src/t.md", &heavy)]);
    let limits = Limits {
        work: 1_000_000,
        ..Limits::default()
    };
    let (expanded, report) = run_limited(&book, "{{#include t.md}}", &limits);
    assert!(
        expanded.text.ends_with(
            "[include error: expanding this chapter goes through more than 1000000 bytes of \
             text; the rest is left out]\n"
        ),
        "{}",
        expanded.text
    );
    // The loop reached the depth limit first (at both includes), then the work cap.
    assert_eq!(report.errors.len(), 3, "{:?}", errors(&report));
    assert!(
        report.errors[2]
            .message
            .contains("more than 1000000 bytes of text")
    );
}

#[test]
fn repeated_errors_are_reported_once_and_the_count_is_capped() {
    let book = Memory::with(&[(
        "src/lol.md",
        "{{#include nope.md}}{{#include lol.md}}{{#include lol.md}}",
    )]);
    let (_, report) = run(&book, "{{#include lol.md}}");
    // One missing file, and three includes past the depth limit (the missing one's
    // included): reported once each, however often they recur.
    let message = "include error: files include each other in a loop, stopped 10 deep: \
                   src/lol.md → src/lol.md";
    assert_eq!(
        errors(&report),
        [
            "src/lol.md:1:1: include error: nope.md does not exist".to_owned(),
            format!("src/lol.md:1:1: {message}"),
            format!("src/lol.md:1:21: {message}"),
            format!("src/lol.md:1:40: {message}"),
        ]
    );
    let limits = Limits {
        errors: 2,
        ..Limits::default()
    };
    let (_, report) = run_limited(
        &book,
        "{{#include a}}{{#include b}}\n{{#include c}}{{#include d}}",
        &limits,
    );
    assert_eq!(
        errors(&report),
        [
            "src/ch.md:1:1: include error: a does not exist",
            "src/ch.md:1:15: include error: b does not exist",
            "src/ch.md:1:1: 2 more errors in this chapter's directives are not listed",
        ]
    );
}

#[test]
fn what_one_chapter_reads_is_bounded() {
    let book = Memory::with(&[("src/a", "12345678"), ("src/b", "12345678"), ("src/c", "1")]);
    let too_large = Limits {
        file: 4,
        ..Limits::default()
    };
    assert_eq!(
        run_limited(&book, "{{#include a}}", &too_large).0.text,
        "[include error: a is larger than 4 bytes]"
    );
    let small_budget = Limits {
        read: 10,
        ..Limits::default()
    };
    assert_eq!(
        run_limited(
            &book,
            "{{#include a}} {{#include b}} {{#include a}}",
            &small_budget
        )
        .0
        .text,
        "12345678 [include error: b would take the files this chapter includes past 10 bytes] 12345678"
    );
    let few_files = Limits {
        files: 2,
        ..Limits::default()
    };
    assert_eq!(
        run_limited(
            &book,
            "{{#include a}}{{#include b}}{{#include c}}",
            &few_files
        )
        .0
        .text,
        "1234567812345678[include error: c would make this chapter include more than 2 files]"
    );
}
