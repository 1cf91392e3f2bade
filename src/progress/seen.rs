//! The source lines of a chapter that have been on screen, as ranges.
//!
//! Reading progress is a set, not a high-water mark (SPEC §5): a jump to the end shows
//! the end, not what lies between. The set is kept as sorted, non-overlapping,
//! non-adjacent ranges of 1-based source lines, so reading a chapter through in any
//! order ends as one range however long it is, and the file stays small. Lines are
//! source lines, never laid-out ones, so the set does not depend on the window's
//! width. This module knows no chapter: line counts come from the caller.
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Sorted, merged ranges of source lines, each `(first, last)` inclusive and 1-based.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SeenLines {
    ranges: Vec<(u32, u32)>,
}

impl SeenLines {
    /// Lines `first..=last` (either order); line 0 does not exist and is left out.
    pub fn of(first: u32, last: u32) -> Self {
        let mut seen = Self::default();
        seen.add(first, last);
        seen
    }

    pub fn is_empty(&self) -> bool {
        self.ranges.is_empty()
    }

    pub fn ranges(&self) -> &[(u32, u32)] {
        &self.ranges
    }

    /// Adds lines `first..=last` (either order), merging with the ranges they touch.
    pub fn add(&mut self, first: u32, last: u32) {
        let (first, last) = (first.min(last).max(1), first.max(last));
        if last == 0 {
            return;
        }
        // The ranges that overlap or touch the new one form one run: those ending at or
        // after `first - 1` and starting at or before `last + 1`.
        let from = self
            .ranges
            .partition_point(|&(_, end)| end.saturating_add(1) < first);
        let to = self
            .ranges
            .partition_point(|&(start, _)| start <= last.saturating_add(1));
        let merged = self.ranges[from..to]
            .iter()
            .fold((first, last), |(a, b), &(start, end)| {
                (a.min(start), b.max(end))
            });
        self.ranges.splice(from..to, [merged]);
    }

    /// Adds every line of `other`.
    pub fn union(&mut self, other: &SeenLines) {
        for &(first, last) in &other.ranges {
            self.add(first, last);
        }
    }

    /// Whether line `line` has been seen.
    pub fn contains(&self, line: u32) -> bool {
        let at = self.ranges.partition_point(|&(_, end)| end < line);
        self.ranges.get(at).is_some_and(|&(start, _)| start <= line)
    }

    /// How many of lines `1..=lines` have been seen (lines past the end, from a chapter
    /// that has since become shorter, do not count).
    pub fn count_within(&self, lines: u32) -> u32 {
        self.ranges
            .iter()
            .take_while(|&&(start, _)| start <= lines)
            .map(|&(start, end)| end.min(lines) - start + 1)
            .sum()
    }

    /// Whether every one of lines `1..=lines` has been seen.
    pub fn covers(&self, lines: u32) -> bool {
        self.count_within(lines) >= lines
    }

    /// The last line of the run seen unbroken from line 1; 0 when line 1 is unseen.
    pub fn prefix_end(&self) -> u32 {
        match self.ranges.first() {
            Some(&(1, end)) => end,
            _ => 0,
        }
    }
}

impl Serialize for SeenLines {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let pairs: Vec<[u32; 2]> = self.ranges.iter().map(|&(a, b)| [a, b]).collect();
        pairs.serialize(serializer)
    }
}

/// Reads `[[first, last], ...]` in any order, overlapping or not (a hand edit, two files
/// merged by hand), and merges it. A pair that cannot be a range of lines (line 0, or
/// `last` before `first`) does not fit, so the store keeps the record as it was.
impl<'de> Deserialize<'de> for SeenLines {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let pairs = Vec::<[u32; 2]>::deserialize(deserializer)?;
        let mut seen = Self::default();
        for [first, last] in pairs {
            if first == 0 || last < first {
                return Err(serde::de::Error::custom(format!(
                    "[{first}, {last}] is not a range of lines (first 1 or more, last not \
                     before first)"
                )));
            }
            seen.add(first, last);
        }
        Ok(seen)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seen(pairs: &[(u32, u32)]) -> SeenLines {
        let mut seen = SeenLines::default();
        for &(a, b) in pairs {
            seen.add(a, b);
        }
        seen
    }

    #[test]
    fn overlapping_and_touching_ranges_merge() {
        let s = seen(&[(120, 180), (1, 40), (30, 50), (51, 60), (62, 70)]);
        assert_eq!(s.ranges(), [(1, 60), (62, 70), (120, 180)]);
        let s = seen(&[(10, 20), (30, 40), (50, 60), (15, 55)]);
        assert_eq!(s.ranges(), [(10, 60)]);
        let s = seen(&[(10, 20), (5, 5), (21, 21), (7, 9)]);
        assert_eq!(s.ranges(), [(5, 5), (7, 21)]);
    }

    #[test]
    fn reversed_and_zero_bounds_are_tidied() {
        assert_eq!(SeenLines::of(9, 3).ranges(), [(3, 9)]);
        assert_eq!(SeenLines::of(0, 4).ranges(), [(1, 4)]);
        assert!(SeenLines::of(0, 0).is_empty());
        assert_eq!(
            SeenLines::of(u32::MAX, u32::MAX).ranges(),
            [(u32::MAX, u32::MAX)]
        );
    }

    #[test]
    fn counts_only_the_lines_of_the_chapter() {
        let s = seen(&[(1, 10), (20, 29), (95, 120)]);
        assert_eq!(s.count_within(100), 26);
        assert_eq!(s.count_within(25), 16);
        assert_eq!(s.count_within(5), 5);
        assert!(!s.covers(100));
        assert!(seen(&[(1, 50), (51, 100)]).covers(100));
        assert!(seen(&[(1, 120)]).covers(100));
        assert!(!seen(&[(2, 100)]).covers(100));
    }

    #[test]
    fn membership_and_the_unbroken_start() {
        let s = seen(&[(1, 10), (20, 29)]);
        assert!(s.contains(1) && s.contains(10) && s.contains(20) && s.contains(29));
        assert!(!s.contains(0) && !s.contains(11) && !s.contains(30));
        assert_eq!(s.prefix_end(), 10);
        assert_eq!(seen(&[(2, 10)]).prefix_end(), 0);
    }

    #[test]
    fn a_union_holds_the_lines_of_both() {
        let mut a = seen(&[(1, 10), (40, 50)]);
        a.union(&seen(&[(5, 20), (60, 70)]));
        assert_eq!(a.ranges(), [(1, 20), (40, 50), (60, 70)]);
    }

    #[test]
    fn paging_through_many_lines_leaves_one_range() {
        let mut s = SeenLines::default();
        let mut top = 1;
        while top <= 100_000 {
            s.add(top, (top + 39).min(100_000));
            top += 39;
        }
        assert_eq!(s.ranges(), [(1, 100_000)]);
    }

    #[derive(Debug, Deserialize, Serialize)]
    struct File {
        seen: SeenLines,
    }

    #[test]
    fn written_as_pairs_and_read_back_merged() {
        let file = File {
            seen: seen(&[(1, 40), (120, 180)]),
        };
        let text = toml::to_string(&file).expect("writes");
        assert_eq!(text.trim(), "seen = [[1, 40], [120, 180]]");
        let read: File = toml::from_str("seen = [[120, 180], [30, 50], [1, 40]]").expect("reads");
        assert_eq!(read.seen.ranges(), [(1, 50), (120, 180)]);
    }

    #[test]
    fn a_pair_that_is_no_range_does_not_fit() {
        for text in [
            "seen = [[5, 2]]",
            "seen = [[0, 3]]",
            "seen = [[1]]",
            "seen = [1, 2]",
        ] {
            assert!(toml::from_str::<File>(text).is_err(), "{text}");
        }
    }
}
