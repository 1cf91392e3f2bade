//! "Did you mean …": the chapters or quizzes closest to a name that matched nothing.
//!
//! A name is close to a chapter or quiz when it is part of its id or title
//! (`caching`), when it is a few typos away from its id or the start of it, with or
//! without the id's leading number (`04-cachng`, `cachng`), or when its words are a
//! few typos away from words of the id or title (`load balancng`). Edit distances are
//! `strsim`'s (Damerau–Levenshtein, by characters). Suggestions only point: they are
//! never opened in place of what was typed.
use crate::course::{Chapter, Course};
use crate::quiz::Quiz;
use strsim::damerau_levenshtein;

/// The most suggestions given at once.
const MOST: usize = 3;

impl Course {
    /// The chapters closest to `query`, best first, at most three; none when nothing
    /// is close.
    pub fn suggest_chapters(&self, query: &str) -> Vec<&Chapter> {
        closest(&self.chapters, query, |c| (c.id.as_str(), c.title.clone()))
    }

    /// The quizzes closest to `query`, best first, at most three. A quiz's title and
    /// its chapter's title both count as its words.
    pub fn suggest_quizzes(&self, query: &str) -> Vec<&Quiz> {
        closest(&self.quizzes, query, |q| {
            let chapter = q
                .chapter
                .as_deref()
                .and_then(|id| self.chapters.iter().find(|c| c.id == id))
                .map_or("", |c| c.title.as_str());
            (q.id.as_str(), format!("{} {chapter}", q.title))
        })
    }
}

/// The items closest to `query`, best first, at most [`MOST`]; ties keep the items'
/// order. `names` gives an item's id and the text whose words count as its title.
fn closest<'a, T>(items: &'a [T], query: &str, names: impl Fn(&T) -> (&str, String)) -> Vec<&'a T> {
    let query = query.trim().to_lowercase();
    if query.chars().count() < 2 {
        return Vec::new();
    }
    let mut ranked: Vec<(Rank, usize, &T)> = items
        .iter()
        .enumerate()
        .filter_map(|(i, item)| {
            let (id, title) = names(item);
            rank(&query, &id.to_lowercase(), &title.to_lowercase()).map(|r| (r, i, item))
        })
        .collect();
    ranked.sort_by_key(|&(rank, i, _)| (rank, i));
    ranked
        .into_iter()
        .take(MOST)
        .map(|(_, _, item)| item)
        .collect()
}

/// How close a name is, best first: the kind of match, then (for words) more words
/// matched, then fewer edits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Rank {
    /// The query is part of the id or the title.
    Part,
    /// The query is a few edits from the id, or from its start.
    Id { edits: usize },
    /// Words of the query are a few edits from words of the id or title.
    Words { missed: usize, edits: usize },
}

fn rank(query: &str, id: &str, title: &str) -> Option<Rank> {
    if query.chars().count() >= 3 && (id.contains(query) || title.contains(query)) {
        return Some(Rank::Part);
    }
    let bare = without_number(id);
    let edits = [id, bare, last_segment(id)]
        .iter()
        .map(|name| edits_from_start(query, name))
        .min()
        .unwrap_or(usize::MAX);
    if edits <= allowed(query) {
        return Some(Rank::Id { edits });
    }
    words_rank(query, id, title)
}

/// Words of the query against words of the id and title: each query word matches the
/// nearest one within its allowance. None when no word matches.
fn words_rank(query: &str, id: &str, title: &str) -> Option<Rank> {
    let theirs: Vec<&str> = words(id).chain(words(title)).collect();
    let mut matched = 0;
    let mut missed = 0;
    let mut total = 0;
    for word in words(query).filter(|w| w.chars().count() >= 3) {
        let nearest = theirs
            .iter()
            .map(|t| damerau_levenshtein(word, t))
            .min()
            .unwrap_or(usize::MAX);
        if nearest <= allowed(word) {
            matched += 1;
            total += nearest;
        } else {
            missed += 1;
        }
    }
    (matched > 0).then_some(Rank::Words {
        missed,
        edits: total,
    })
}

/// Edits from `query` to `name`, or to a start of `name` about as long as the query
/// (so `04-cachng` is one edit from `04-caching-strategies`).
fn edits_from_start(query: &str, name: &str) -> usize {
    let length = query.chars().count();
    let chars: Vec<char> = name.chars().collect();
    let whole = damerau_levenshtein(query, name);
    (length.saturating_sub(2)..=length + 2)
        .filter(|&n| n >= 1 && n < chars.len())
        .map(|n| damerau_levenshtein(query, &chars[..n].iter().collect::<String>()))
        .fold(whole, usize::min)
}

/// Typos forgiven in a name of this length: none up to 3 characters, then one per
/// four, at most three.
fn allowed(text: &str) -> usize {
    match text.chars().count() {
        0..=3 => 0,
        n => (n / 4).clamp(1, 3),
    }
}

/// An id without its leading number: `04-caching-strategies` → `caching-strategies`,
/// `ch03-01-intro` → `intro`.
fn without_number(id: &str) -> &str {
    let mut rest = last_segment(id);
    loop {
        let trimmed = rest
            .strip_prefix("ch")
            .filter(|r| r.starts_with(|c: char| c.is_ascii_digit()))
            .unwrap_or(rest)
            .trim_start_matches(|c: char| c.is_ascii_digit());
        let trimmed = trimmed.trim_start_matches(['-', '_', '.', ' ']);
        if trimmed.len() == rest.len() || trimmed.is_empty() {
            return rest;
        }
        rest = trimmed;
    }
}

/// The last part of a path-like id: `getting-started/linux` → `linux`.
fn last_segment(id: &str) -> &str {
    id.rsplit('/').next().unwrap_or(id)
}

fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::course::CourseMeta;

    fn chapter(id: &str, title: &str) -> Chapter {
        Chapter {
            id: id.to_owned(),
            title: title.to_owned(),
            ..Chapter::default()
        }
    }

    fn course() -> Course {
        Course {
            meta: CourseMeta::default(),
            chapters: vec![
                chapter("01-system-design-principles", "System Design Principles"),
                chapter("02-scalability-patterns", "Scalability Patterns"),
                chapter("04-caching-strategies", "Caching Strategies"),
                chapter("05-load-balancing", "Load Balancing and Distribution"),
                chapter("getting-started/linux", "On Linux"),
            ],
            quizzes: Vec::new(),
            book: None,
        }
    }

    fn suggested(query: &str) -> Vec<String> {
        course()
            .suggest_chapters(query)
            .iter()
            .map(|c| c.id.clone())
            .collect()
    }

    #[test]
    fn typos_in_an_id_or_a_title_word_find_the_chapter() {
        for query in [
            "cachng",
            "caching",
            "04-cachng",
            "Caching",
            "cahcing-strategy",
        ] {
            assert_eq!(suggested(query), ["04-caching-strategies"], "{query}");
        }
        assert_eq!(suggested("load balancng"), ["05-load-balancing"]);
        assert_eq!(suggested("linx"), ["getting-started/linux"]);
        assert_eq!(suggested("distribution"), ["05-load-balancing"]);
    }

    #[test]
    fn a_word_shared_by_several_titles_suggests_each_in_course_order() {
        assert_eq!(
            suggested("patterns"),
            ["02-scalability-patterns"],
            "one title has it"
        );
        assert_eq!(suggested("system design"), ["01-system-design-principles"]);
    }

    #[test]
    fn nothing_close_suggests_nothing() {
        for query in ["", "x", "zz", "kubernetes", "quantum"] {
            assert!(
                suggested(query).is_empty(),
                "{query}: {:?}",
                suggested(query)
            );
        }
    }

    #[test]
    fn leading_numbers_are_dropped_for_comparison() {
        assert_eq!(
            without_number("04-caching-strategies"),
            "caching-strategies"
        );
        assert_eq!(without_number("ch03-01-intro"), "intro");
        assert_eq!(without_number("getting-started/linux"), "linux");
        assert_eq!(without_number("2024"), "2024");
        assert_eq!(without_number("intro"), "intro");
    }
}
