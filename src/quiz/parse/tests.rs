use super::*;

fn refs(ids: &[&'static str]) -> Vec<ChapterRef<'static>> {
    ids.iter().map(|id| ChapterRef { id, title: id }).collect()
}

#[test]
fn close_matches_share_a_long_start_or_end_best_first() {
    let chapters = refs(&[
        "01-intro",
        "02-caching",
        "03-queues",
        "intro-extra",
        "caching",
    ]);
    assert_eq!(
        close_matches("intro", &chapters),
        ["01-intro", "intro-extra"]
    );
    assert_eq!(
        close_matches("02-cachnig", &chapters),
        ["02-caching"],
        "a typo late in the name"
    );
    assert_eq!(
        close_matches("Caching", &chapters),
        ["02-caching", "caching"]
    );
    assert!(close_matches("zzz", &chapters).is_empty());
}

fn parsed(text: &str, language: &str) -> Quiz {
    let mut all = crate::diagnostic::Diagnostics::default();
    let mut report = all.in_file("q.toml", text);
    let settings = QuizSettings {
        default_language: language.to_owned(),
        ..QuizSettings::default()
    };
    let parsed = parse("q", &[], &settings, &mut report).map(|p| p.quiz);
    assert!(all.is_empty(), "{all:?}");
    parsed.unwrap()
}

#[test]
fn unlabelled_code_takes_the_default_language_in_mdbook_quizzes_only() {
    let mdbook = "[[questions]]\ntype = \"ShortAnswer\"\n\
                  prompt.prompt = \"See:\\n```\\nx = 1\\n```\"\nanswer.answer = \"1\"\n";
    assert_eq!(
        parsed(mdbook, "python").questions[0].prompt,
        "See:\n```python\nx = 1\n```"
    );
    assert_eq!(
        parsed(mdbook, "rust").questions[0].prompt,
        "See:\n```rust\nx = 1\n```"
    );
    let native = "[[questions]]\nid = \"n\"\nprompt = \"See:\\n```\\nx\\n```\"\n\
                  choices = [\"a\", \"b\"]\nanswer = \"a\"\n";
    assert_eq!(
        parsed(native, "python").questions[0].prompt,
        "See:\n```\nx\n```"
    );
    assert_eq!(QuizSettings::default().default_language, "rust");
}

#[test]
fn close_matches_are_at_most_a_few() {
    let chapters = refs(&["part-a", "part-b", "part-c", "part-d", "part-e"]);
    assert_eq!(
        close_matches("part-x", &chapters),
        ["part-a", "part-b", "part-c"]
    );
}
