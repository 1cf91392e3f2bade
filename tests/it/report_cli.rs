//! `tutor progress --markdown` through the built binary: the chapter table with
//! checklist counts, quiz scores, the review queue and the learner's reflections.
use crate::common::{SAMPLE_COURSE, copy_sample_course, text, tutor_with_data};
use std::fmt::Write as _;
use std::path::Path;
use std::process::Output;
use tutor::course::study::StudyItems;

const PRINCIPLES: &str = "01-system-design-principles";
const PROMPTS: &str = "\n## Reflection prompts\n\n\
- Which quality matters most for the system you work on, and why?\n\
- Where would you spend your next nine of availability?\n";

fn tutor(data: &Path, course: &Path, args: &[&str]) -> Output {
    tutor_with_data(data)
        .args(["--course", course.to_str().unwrap()])
        .args(args)
        .env("TUTOR_NOW", "2026-11-10T09:00:00Z")
        .output()
        .expect("the tutor binary runs")
}

/// The sample course with reflection prompts added to its first chapter.
fn course_with_prompts(to: &Path) -> String {
    copy_sample_course(to);
    let chapter = to.join("content").join(format!("{PRINCIPLES}.md"));
    let mut body = std::fs::read_to_string(&chapter).unwrap();
    body.push_str(PROMPTS);
    std::fs::write(&chapter, &body).unwrap();
    body
}

#[test]
fn the_markdown_report_shows_chapters_quizzes_queue_and_reflections() {
    let data = tempfile::tempdir().unwrap();
    let course = tempfile::tempdir().unwrap();
    let body = course_with_prompts(course.path());
    let graded = tutor(
        data.path(),
        course.path(),
        &["quiz", "02-scalability-patterns", "--answers", "a,ab,a,b,b"],
    );
    assert_eq!(graded.status.code(), Some(1), "{}", text(&graded.stderr));

    let found = StudyItems::find(&body);
    let prompt = &found.prompts[0];
    let items = &found.checklist;
    assert_eq!(items.len(), 3, "the fixture's checklist");
    let path = data.path().join("progress.toml");
    let mut toml = std::fs::read_to_string(&path).unwrap();
    let course_table = "courses.system-design-fundamentals";
    write!(
        toml,
        "\n[{course_table}.reflections.{PRINCIPLES}.{id}]\n\
         text = \"Availability: a checkout that is down loses orders.\\n\\nLatency second.\"\n\
         updated = \"2026-11-10T08:00:00Z\"\n\
         \n[{course_table}.checklists.{PRINCIPLES}.{item}]\n\
         done = true\nupdated = \"2026-11-10T08:00:00Z\"\n",
        id = prompt.id,
        item = items[1].id,
    )
    .unwrap();
    std::fs::write(&path, toml).unwrap();

    let out = tutor(data.path(), course.path(), &["progress", "--markdown"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let report = text(&out.stdout);
    assert!(
        report.starts_with("# System Design Fundamentals\n"),
        "{report}"
    );
    assert!(
        report.contains("| # | Chapter | Read | Checklist |"),
        "{report}"
    );
    assert!(
        report.contains(
            "| 1 | System Design Principles (`01-system-design-principles`) | unread | 1/3 |"
        ),
        "{report}"
    );
    assert!(
        report.contains("| 2 | Scalability Patterns (`02-scalability-patterns`) | unread | — |"),
        "{report}"
    );
    assert!(
        report.contains(
            "| Micro-quiz: scaling decisions (`02-scalability-patterns`) | 3/5 | 4 of 5 (80%) | no | 1 |"
        ),
        "{report}"
    );
    assert!(report.contains("## Review queue"), "{report}");
    assert!(
        report.contains("| 1 | 1 day | 2 |"),
        "two cards in box 1: {report}"
    );
    assert!(report.contains("1 day with study."), "{report}");
    assert!(report.contains("## Reflections"), "{report}");
    assert!(
        report.contains(
            "**Which quality matters most for the system you work on, and why?**\n\n\
             > Availability: a checkout that is down loses orders.\n>\n> Latency second.\n"
        ),
        "{report}"
    );
}

#[test]
fn json_and_markdown_conflict() {
    let data = tempfile::tempdir().unwrap();
    let out = tutor(
        data.path(),
        Path::new(SAMPLE_COURSE),
        &["progress", "--json", "--markdown"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("cannot be used with"),
        "{}",
        text(&out.stderr)
    );
}
