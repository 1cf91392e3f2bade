//! Finding a query in the laid-out lines of a chapter, ignoring case.
//!
//! Matches are kept as character ranges of a line's plain text, so the reader view can
//! underline exactly those characters whatever spans they fall across. Searching runs
//! once per query and once per layout, never while drawing.
use crate::markdown::Lines;

/// One occurrence: a laid-out line and a range of its characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Match {
    pub line: usize,
    pub start: usize,
    pub end: usize,
}

/// The query last searched for, and where it was found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Search {
    pub query: String,
    pub matches: Vec<Match>,
    /// Index into `matches` of the match last landed on.
    pub current: Option<usize>,
}

fn fold(c: char) -> char {
    let mut lower = c.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(l), None) => l,
        _ => c,
    }
}

/// Every occurrence of `query` in `lines`, in order, ignoring case. Matches do not
/// overlap; an empty query finds nothing.
pub fn find(lines: &Lines, query: &str) -> Vec<Match> {
    let needle: Vec<char> = query.chars().map(fold).collect();
    if needle.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut hay = Vec::new();
    for (index, line) in lines.iter().enumerate() {
        hay.clear();
        hay.extend(line.text().chars().map(fold));
        let mut at = 0;
        while at + needle.len() <= hay.len() {
            if hay[at..at + needle.len()] == needle[..] {
                out.push(Match {
                    line: index,
                    start: at,
                    end: at + needle.len(),
                });
                at += needle.len();
            } else {
                at += 1;
            }
        }
    }
    out
}

impl Search {
    /// The first match on or after `line`, wrapping to the first of all.
    pub fn first_from(&self, line: usize) -> Option<usize> {
        if self.matches.is_empty() {
            return None;
        }
        Some(self.matches.partition_point(|m| m.line < line) % self.matches.len())
    }

    /// The match after (`forward`) or before the current one, wrapping around.
    pub fn step(&self, forward: bool, from_line: usize) -> Option<usize> {
        let n = self.matches.len();
        if n == 0 {
            return None;
        }
        Some(match self.current {
            Some(i) if forward => (i + 1) % n,
            Some(i) => (i + n - 1) % n,
            None if forward => self.first_from(from_line).unwrap_or(0),
            None => (self.first_from(from_line).unwrap_or(0) + n - 1) % n,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::markdown::parse;
    use crate::theme::Theme;

    #[test]
    fn finds_every_occurrence_ignoring_case() {
        let lines = parse("Cache the CACHE.\n\nNo hit here.\n\ncache")
            .render(80, &Theme::plain())
            .lines;
        let found = find(&lines, "cache");
        let at: Vec<_> = found.iter().map(|m| (m.line, m.start)).collect();
        assert_eq!(at, [(0, 0), (0, 10), (4, 0)]);
    }

    #[test]
    fn steps_wrap_around() {
        let search = Search {
            matches: vec![
                Match {
                    line: 1,
                    start: 0,
                    end: 1,
                },
                Match {
                    line: 5,
                    start: 0,
                    end: 1,
                },
            ],
            current: Some(1),
            ..Search::default()
        };
        assert_eq!(search.step(true, 0), Some(0));
        assert_eq!(search.step(false, 0), Some(0));
        assert_eq!(search.first_from(2), Some(1));
        assert_eq!(search.first_from(6), Some(0));
    }
}
