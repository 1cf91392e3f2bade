//! Making a line of plain output fit a width: cutting text with `…`, picking the
//! longest wording of a line that fits, and shortening ids so that what is left can
//! still be typed (a unique prefix finds a chapter or quiz, SPEC §6).
//!
//! Widths are display columns (`unicode-width`): titles may hold CJK or emoji.
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// `text` cut to at most `width` columns, ending in `…` when it was cut.
pub fn cut(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_owned();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        used += w;
        out.push(c);
    }
    let mut out = out.trim_end().to_owned();
    if width > 0 {
        out.push('…');
    }
    out
}

/// The first of `wordings` that fits `width` columns (the longest first), else the
/// last one cut to fit.
pub fn first_fitting(wordings: impl IntoIterator<Item = String>, width: usize) -> String {
    let mut last = String::new();
    for wording in wordings {
        if wording.width() <= width {
            return wording;
        }
        last = wording;
    }
    cut(&last, width)
}

/// `id` in at most `width` columns, never shorter than its first `keep` characters:
/// whatever is shown before the `…` is still a prefix that finds it.
pub fn shorten_id(id: &str, keep: usize, width: usize) -> String {
    if id.width() <= width {
        return id.to_owned();
    }
    let kept: String = id.chars().take(keep).collect();
    cut(id, width.max(kept.width() + 1))
}

/// How many characters of `id` tell it apart from every other of `ids` as a prefix
/// (at least one; all of it when another id starts with the whole of it).
pub fn unique_prefix<'a>(id: &str, ids: impl IntoIterator<Item = &'a str>) -> usize {
    let chars: Vec<char> = id.chars().collect();
    let longest_shared = ids
        .into_iter()
        .filter(|other| *other != id)
        .map(|other| {
            chars
                .iter()
                .zip(other.chars())
                .take_while(|(a, b)| *a == b)
                .count()
        })
        .max()
        .unwrap_or(0);
    (longest_shared + 1).min(chars.len()).max(1)
}

/// Whether a title says what its id says, so the id adds nothing to a listing:
/// `04-caching-strategies` and "Caching Strategies", `intro` and "Intro". An id with
/// folders (`getting-started/linux`) is never said by its title: typing it needs them.
pub fn title_says_id(title: &str, id: &str) -> bool {
    if id.contains('/') {
        return false;
    }
    let bare = id
        .trim_start_matches(|c: char| c.is_ascii_digit())
        .trim_start_matches(['-', '_', '.']);
    let bare = if bare.is_empty() { id } else { bare };
    slug(bare) == slug(title)
}

/// Letters and digits, lower case, every other run of characters one `-`.
fn slug(text: &str) -> String {
    let mut out = String::new();
    for word in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push('-');
        }
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cutting_keeps_whole_characters_and_marks_the_cut() {
        assert_eq!(cut("short", 10), "short");
        assert_eq!(cut("a longer sentence", 10), "a longer…");
        assert_eq!(cut("日本語のタイトル", 7), "日本語…");
        assert!(cut("日本語のタイトル", 7).width() <= 7);
    }

    #[test]
    fn the_longest_wording_that_fits_wins() {
        let wordings = || ["a long wording".to_owned(), "short".to_owned()];
        assert_eq!(first_fitting(wordings(), 20), "a long wording");
        assert_eq!(first_fitting(wordings(), 6), "short");
        assert_eq!(first_fitting(wordings(), 3), "sh…");
    }

    #[test]
    fn a_shortened_id_stays_a_unique_prefix() {
        let ids = [
            "06-message-queues",
            "07-microservices",
            "review-1",
            "review-2",
        ];
        assert_eq!(unique_prefix("06-message-queues", ids), 2);
        assert_eq!(unique_prefix("review-1", ids), 8);
        assert_eq!(shorten_id("06-message-queues", 2, 8), "06-mess…");
        assert_eq!(
            shorten_id("review-1", 8, 4),
            "review-1",
            "never below its prefix"
        );
        assert_eq!(shorten_id("review-1", 8, 20), "review-1");
    }

    #[test]
    fn titles_say_ids_made_from_them() {
        assert!(title_says_id("Caching Strategies", "04-caching-strategies"));
        assert!(title_says_id("Introduction", "introduction"));
        assert!(title_says_id("Event-Driven Design", "event_driven_design"));
        assert!(!title_says_id("Why cache?", "a-why-cache"));
        assert!(!title_says_id("On Linux", "getting-started/linux"));
        assert!(!title_says_id("Chapter 1", "ch01"));
    }
}
