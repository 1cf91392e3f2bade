use super::*;

#[test]
fn a_body_without_markers_or_the_heading_is_not_parsed_for_items() {
    assert!(!might_hold_items(
        "# Title\n\nProse, `code` and [a link](x).\n"
    ));
    assert!(might_hold_items("- [ ] a task\n"));
    assert!(might_hold_items("* [x] done\n"));
    assert!(might_hold_items("## REFLECTION prompts\n1. Why?\n"));
    let body = "# T\n\n## Reflection prompts\n\n1. Why?\n\n- [ ] Build it\n";
    assert_eq!(scan_items(body), scan(body).0);
    assert_eq!(scan_items("# T\n\n1. Why?\n"), StudyItems::default());
}

const BODY: &str = "# Title\n\
\n\
Intro.\n\
\n\
## Reflection Prompts\n\
\n\
1. What did you *learn* today?\n\
\x20  - a nested bullet\n\
2. Where would you use `Rc`?\n\
3. What did you learn today?\n\
\n\
## Mini project\n\
\n\
- [ ] Write the parser\n\
- [x] Test it\n\
\x20 - [ ] nested task\n\
- plain item\n";

fn reflection_prompts(body: &str) -> Vec<StudyItem> {
    StudyItems::find(body).prompts
}

fn checklist_items(body: &str) -> Vec<StudyItem> {
    StudyItems::find(body).checklist
}

#[test]
fn heading_attributes_are_no_part_of_the_title() {
    assert_eq!(
        scan("# Book features {#top .title}\n").1.as_deref(),
        Some("Book features")
    );
}

#[test]
fn prompts_are_the_first_level_items_under_the_heading() {
    let prompts = reflection_prompts(BODY);
    let texts: Vec<_> = prompts.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "What did you learn today?",
            "Where would you use Rc?",
            "What did you learn today?"
        ]
    );
    let ids: Vec<_> = prompts.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "what-did-you-learn-today",
            "where-would-you-use-rc",
            "what-did-you-learn-today-2"
        ]
    );
    let lines: Vec<_> = prompts.iter().map(|p| p.line).collect();
    assert_eq!(lines, [7, 9, 10]);
}

#[test]
fn prompt_items_end_after_their_nested_lists() {
    let ends: Vec<_> = reflection_prompts(BODY)
        .iter()
        .map(|p| (p.line, p.end_line))
        .collect();
    assert_eq!(ends, [(7, 8), (9, 9), (10, 10)]);
}

#[test]
fn prompts_stop_at_the_next_heading_and_need_the_heading() {
    assert!(reflection_prompts("- a\n- b\n").is_empty());
    let body = "### reflection prompts\n- one\n# Next\n- two\n";
    let prompts = reflection_prompts(body);
    assert_eq!(prompts.len(), 1);
    assert_eq!(prompts[0].text, "one");
}

#[test]
fn checklist_has_every_task_item_in_order() {
    let items = checklist_items(BODY);
    let got: Vec<_> = items
        .iter()
        .map(|i| (i.id.as_str(), i.text.as_str(), i.line))
        .collect();
    assert_eq!(
        got,
        [
            ("write-the-parser", "Write the parser", 14),
            ("test-it", "Test it", 15),
            ("nested-task", "nested task", 16),
        ]
    );
}

#[test]
fn slugs_drop_non_ascii_and_fall_back_to_item() {
    assert_eq!(slug("Été: ça va? Oui!"), "t-a-va-oui");
    assert_eq!(slug("… ✓"), "item");
    assert_eq!(
        slug("one two three four five six seven eight nine"),
        "one-two-three-four-five-six-seven-eight"
    );
}

#[test]
fn repeated_and_suffix_like_items_get_distinct_ids() {
    let items = checklist_items("- [ ] a\n- [ ] a\n- [ ] a 2\n- [ ] a\n");
    let ids: Vec<_> = items.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(ids, ["a", "a-2", "a-2-2", "a-3"]);
}

#[test]
fn twenty_thousand_items_are_found_in_linear_time() {
    let mut body = String::from("## Reflection prompts\n\n");
    for i in 0..20_000 {
        body.push_str(if i % 2 == 0 {
            "- [ ] same task\n"
        } else {
            "- [x] item\n"
        });
    }
    let started = std::time::Instant::now();
    let items = StudyItems::find(&body);
    // Generous: the quadratic version took 16 s on this size in a release build.
    assert!(started.elapsed().as_secs() < 5, "{:?}", started.elapsed());
    assert_eq!(items.checklist.len(), 20_000);
    assert_eq!(items.prompts.len(), 20_000);
    let last = &items.checklist[19_998];
    assert_eq!((last.id.as_str(), last.line), ("same-task-10000", 20_001));
}

#[test]
fn control_characters_are_removed() {
    let items = checklist_items("- [ ] bad\u{1b}[2J thing\n");
    assert_eq!(items[0].text, "bad[2J thing");
}
