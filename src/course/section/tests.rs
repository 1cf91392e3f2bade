use super::*;

fn headings<'a>(list: &'a [(u8, &'a str, &'a str)]) -> Vec<Heading<'a>> {
    list.iter()
        .map(|&(level, text, anchor)| Heading {
            level,
            text,
            anchor,
        })
        .collect()
}

const CHAPTER: &[(u8, &str, &str)] = &[
    (1, "Scalability Patterns", "scalability-patterns"),
    (2, "Up or out", "up-or-out"),
    (2, "Horizontal scaling", "horizontal-scaling"),
    (2, "Caching at the edge", "edge"),
    (3, "Cache keys", "cache-keys"),
    (2, "Reflection prompts", "reflection-prompts"),
];

#[test]
fn a_section_is_named_by_anchor_or_by_text() {
    let list = headings(CHAPTER);
    assert_eq!(named(&list, "horizontal-scaling"), Some(2));
    assert_eq!(named(&list, "#edge"), Some(3));
    assert_eq!(named(&list, "  caching AT  the edge "), Some(3));
    assert_eq!(
        named(&list, "Caching"),
        None,
        "a part of a title is not a name"
    );
    assert_eq!(named(&list, "vertical-scaling"), None);
}

#[test]
fn the_nearest_heading_shares_the_most_words() {
    let list = headings(CHAPTER);
    let text = "Which is true of horizontal scaling? More servers behind a balancer.";
    assert_eq!(nearest(&list, text), Some(2));
    // Plurals meet their singulars: "caches" and "keys" find "Cache keys".
    let text = "What should the keys of shared caches leave out?";
    assert_eq!(nearest(&list, text), Some(4));
}

#[test]
fn ties_go_to_the_earliest_and_no_shared_word_means_no_section() {
    let list = headings(CHAPTER);
    // "edge" and "key" each share one word with a heading: the earlier wins.
    assert_eq!(nearest(&list, "the key to the edge"), Some(3));
    assert_eq!(
        nearest(&list, "the edge cache"),
        Some(3),
        "two words beat one"
    );
    assert_eq!(nearest(&list, "Which of these is the best?"), None);
    assert_eq!(nearest(&list, ""), None);
    assert_eq!(nearest(&[], "horizontal scaling"), None);
}

#[test]
fn stop_words_and_the_chapter_title_do_not_count() {
    let list = headings(CHAPTER);
    // Only stop words: nothing is shared.
    assert_eq!(
        nearest(&list, "Which of these is it, or are they both?"),
        None
    );
    // "Up" and "out" are not: they tell scaling up from scaling out.
    assert_eq!(nearest(&list, "Should you scale out?"), Some(1));
    // The title shares "patterns", but names the whole chapter.
    assert_eq!(nearest(&list, "Which scalability patterns apply?"), None);
    // In a chapter of level-1 headings only, they are the sections.
    let flat = headings(&[(1, "Queues", "queues"), (1, "Topics", "topics")]);
    assert_eq!(nearest(&flat, "What do topics add?"), Some(1));
}

#[test]
fn an_explicit_section_wins_and_a_wrong_one_falls_back_to_words() {
    let list = headings(CHAPTER);
    let mut question = Question {
        id: "q".into(),
        prompt: "What does horizontal scaling need?".into(),
        context: None,
        group: None,
        kind: crate::quiz::QuestionKind::ShortAnswer {
            answer: "x".into(),
            alternatives: Vec::new(),
            response: crate::quiz::ResponseFormat::Short,
        },
        explanation: Some("Caches at the edge help too.".into()),
        prompt_explanation: false,
        section: Some("up-or-out".into()),
    };
    assert_eq!(of_question(&list, &question), Some(1));
    question.section = Some("no such heading".into());
    assert_eq!(of_question(&list, &question), Some(2));
    question.section = None;
    question.prompt = "Where do you cache?".into();
    assert_eq!(
        of_question(&list, &question),
        Some(3),
        "the explanation counts"
    );
}

#[test]
fn words_are_folded_to_their_stems() {
    let found: Vec<String> = words("Strategies, CACHES and 99.95% of the Replicas")
        .into_iter()
        .collect();
    assert_eq!(found, ["cach", "replica", "strategy"]);
    for (a, b) in [
        ("scaling", "scale"),
        ("queued", "queues"),
        ("shared", "share"),
    ] {
        assert_eq!(stem(a), stem(b), "{a} and {b}");
    }
    assert_eq!(singular("status"), "status");
    assert_eq!(singular("class"), "class");
    assert_eq!(singular("bus"), "bus");
}
