//! Finding a query in the laid-out lines of a chapter, with smartcase: a query with a
//! capital letter in it matches exactly, any other ignores case (`/cap` finds "CAP"
//! and "capacity", `/CAP` only "CAP"). Stepping from match to match follows the
//! screen, as in less: from the match last landed on while it is in view, else from
//! the top of the screen (forward) or its bottom (backward).
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

/// Whether `query` matches only text of the same case: it has a capital letter.
pub fn is_exact(query: &str) -> bool {
    query.chars().any(char::is_uppercase)
}

/// Every occurrence of `query` in `lines`, in order, ignoring case unless the query
/// has a capital letter. Matches do not overlap; an empty query finds nothing.
pub fn find(lines: &Lines, query: &str) -> Vec<Match> {
    let key: fn(char) -> char = if is_exact(query) { |c| c } else { fold };
    let needle: Vec<char> = query.chars().map(key).collect();
    if needle.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut hay = Vec::new();
    for (index, line) in lines.iter().enumerate() {
        hay.clear();
        hay.extend(line.text().chars().map(key));
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

/// Where a search or a step landed: an index into the matches, and whether it went
/// past the chapter's end (or start) and on from the other side to get there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Landing {
    pub index: usize,
    pub wrapped: bool,
}

impl Search {
    /// The first match on or after `line`, else (wrapping) the first of all.
    pub fn first_from(&self, line: usize) -> Option<Landing> {
        let after = self.matches.partition_point(|m| m.line < line);
        self.forward_from(after)
    }

    /// The match after (`forward`) or before the current one while that is on the
    /// screen (lines `top..bottom`); else the first match at or below the screen's
    /// top, or the last at or above its bottom. Past either end it wraps around.
    pub fn step(&self, forward: bool, top: usize, bottom: usize) -> Option<Landing> {
        let in_view = self.current.filter(|&i| {
            self.matches
                .get(i)
                .is_some_and(|m| (top..bottom).contains(&m.line))
        });
        if forward {
            let next = match in_view {
                Some(i) => i + 1,
                None => self.matches.partition_point(|m| m.line < top),
            };
            self.forward_from(next)
        } else {
            let before = match in_view {
                Some(i) => i,
                None => self.matches.partition_point(|m| m.line < bottom),
            };
            let last = self.matches.len().checked_sub(1)?;
            Some(match before.checked_sub(1) {
                Some(index) => Landing {
                    index,
                    wrapped: false,
                },
                None => Landing {
                    index: last,
                    wrapped: true,
                },
            })
        }
    }

    /// Match `index`, or the first of all when there is none that far.
    fn forward_from(&self, index: usize) -> Option<Landing> {
        if self.matches.is_empty() {
            return None;
        }
        let wrapped = index >= self.matches.len();
        Some(Landing {
            index: if wrapped { 0 } else { index },
            wrapped,
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
    fn a_capital_letter_makes_the_search_match_case() {
        let lines = parse("CAP theorem.\n\nThe capacity, the Cap.")
            .render(80, &Theme::plain())
            .lines;
        let at = |query: &str| -> Vec<_> {
            find(&lines, query)
                .iter()
                .map(|m| (m.line, m.start))
                .collect()
        };
        assert_eq!(at("CAP"), [(0, 0)]);
        assert_eq!(at("Cap"), [(2, 18)]);
        assert_eq!(at("cap"), [(0, 0), (2, 4), (2, 18)]);
    }

    fn matches_on(lines: &[usize]) -> Search {
        Search {
            matches: lines
                .iter()
                .map(|&line| Match {
                    line,
                    start: 0,
                    end: 1,
                })
                .collect(),
            ..Search::default()
        }
    }

    fn landing(index: usize, wrapped: bool) -> Landing {
        Landing { index, wrapped }
    }

    #[test]
    fn steps_go_from_the_current_match_while_it_is_in_view() {
        let mut search = matches_on(&[1, 5, 5, 40]);
        search.current = Some(1);
        assert_eq!(search.step(true, 0, 10), Some(landing(2, false)));
        assert_eq!(search.step(false, 0, 10), Some(landing(0, false)));
        search.current = Some(3);
        assert_eq!(search.step(true, 35, 45), Some(landing(0, true)));
        search.current = Some(0);
        assert_eq!(search.step(false, 0, 10), Some(landing(3, true)));
    }

    #[test]
    fn steps_go_from_the_screen_once_the_current_match_is_out_of_view() {
        let mut search = matches_on(&[1, 5, 20, 40]);
        search.current = Some(0);
        // Scrolled to lines 10..30: forward finds the first at or below the top,
        // backward the last at or above the bottom.
        assert_eq!(search.step(true, 10, 30), Some(landing(2, false)));
        assert_eq!(search.step(false, 10, 30), Some(landing(2, false)));
        assert_eq!(search.step(false, 30, 35), Some(landing(2, false)));
        // Past the last match (after `G`): forward wraps to the first.
        assert_eq!(search.step(true, 41, 60), Some(landing(0, true)));
        // Above the first: backward wraps to the last.
        search.current = Some(3);
        assert_eq!(search.step(false, 0, 1), Some(landing(3, true)));
        assert_eq!(search.first_from(6), Some(landing(2, false)));
        assert_eq!(search.first_from(41), Some(landing(0, true)));
        assert_eq!(matches_on(&[]).step(true, 0, 10), None);
    }
}
