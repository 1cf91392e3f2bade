use super::*;

const FILE: &str = r#"
version = 1

[courses.c]
last_chapter = "01"
last_opened = "2026-11-24T25:00:00Z"
days = ["2026-11-24", "2026-02-30"]

[courses.c.chapters.01]
position = 4
updated = "2026-11-24T09:00:00+02:00"

[courses.c.chapters.02]
position = "four"

[[courses.c.quizzes.q.attempts]]
id = "good"
started = "2026-11-24T09:00:00Z"
correct = 1
total = 1
needed = 1
passed = true

[[courses.c.quizzes.q.attempts]]
id = "bad"
started = "yesterday"
correct = 1
total = 1
needed = 1
passed = true

[courses.c.reflections.01.why]
text = "kept"
updated = "2026-11-24T09:00:00Z"

[courses.c.reflections.01.how]
text = "no time"
"#;

fn salvaged() -> Salvaged {
    salvage(toml::from_str(FILE).expect("TOML")).expect("the rest loads")
}

#[test]
fn records_that_fit_load_and_the_others_are_kept_with_a_reason() {
    let out = salvaged();
    let course = &out.progress.courses["c"];
    assert_eq!(course.last_chapter, "01");
    assert_eq!(course.last_opened, None);
    assert_eq!(course.chapters["01"].position, 4);
    assert!(!course.chapters.contains_key("02"));
    let ids: Vec<_> = course.quizzes["q"].attempts.iter().map(|a| &a.id).collect();
    assert_eq!(ids, ["good"]);
    assert_eq!(course.study.days.len(), 1);
    assert!(course.study.reflections["01"].contains_key("why"));
    let places: Vec<_> = out.problems.iter().map(Problem::path).collect();
    assert_eq!(
        places,
        [
            "courses.c.last_opened",
            "courses.c.chapters.02.position",
            "courses.c.reflections.01.how",
            "courses.c.days[1]",
            "courses.c.quizzes.q.attempts[1].started",
        ]
    );
}

#[test]
fn kept_records_go_back_where_they_were() {
    let out = salvaged();
    let mut file = Table::try_from(&out.progress).expect("serializes");
    restore(&mut file, &out.kept);
    let text = toml::to_string(&file).expect("writes");
    let again: Table = toml::from_str(&text).expect("TOML");
    let course = &again["courses"]["c"];
    assert_eq!(course["last_opened"].as_str(), Some("2026-11-24T25:00:00Z"));
    assert_eq!(course["chapters"]["02"]["position"].as_str(), Some("four"));
    assert_eq!(course["days"].as_array().map(Vec::len), Some(2));
    let attempts = course["quizzes"]["q"]["attempts"]
        .as_array()
        .expect("array");
    assert_eq!(attempts.len(), 2);
    assert_eq!(
        course["reflections"]["01"]["how"]["text"].as_str(),
        Some("no time")
    );
    // Salvaging what was written finds the same records to keep, and no more.
    assert_eq!(salvage(again).expect("loads").problems.len(), 5);
}

#[test]
fn a_record_made_anew_replaces_the_kept_one() {
    let out = salvaged();
    let mut progress = out.progress;
    let course = progress.courses.get_mut("c").expect("course");
    course.chapters.entry("02".into()).or_default().position = 9;
    let mut file = Table::try_from(&progress).expect("serializes");
    restore(&mut file, &out.kept);
    assert_eq!(
        file["courses"]["c"]["chapters"]["02"]["position"].as_integer(),
        Some(9)
    );
}

#[test]
fn a_wrong_top_level_is_not_salvaged() {
    let file: Table = toml::from_str("version = 1\ncourses = 3\n").expect("TOML");
    assert!(salvage(file).is_none());
}
