//! What the progress file holds, and how two versions of it are merged.
//!
//! Everything is keyed by stable ids (course, chapter, quiz, question, attempt), so a
//! course can be edited without losing history. The merge is a union that never drops
//! a record: two processes that each saved something both find it afterwards.
use super::seen::SeenLines;
use super::study::StudyRecords;
use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The file format this build reads and writes.
pub const VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Progress {
    pub version: u32,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub courses: BTreeMap<String, CourseProgress>,
}

impl Default for Progress {
    fn default() -> Self {
        Self {
            version: VERSION,
            courses: BTreeMap::new(),
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CourseProgress {
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub chapters: BTreeMap<String, ChapterProgress>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub quizzes: BTreeMap<String, QuizProgress>,
    /// The chapter opened last, for "continue where I left off"; empty before any.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub last_chapter: String,
    /// When `last_chapter` was set; the later one wins a merge.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_opened: Option<Timestamp>,
    /// Reflections, checklists, the review queue and the days studied.
    #[serde(flatten)]
    pub study: StudyRecords,
}

/// Where a learner is in a chapter and what of it they have seen. Positions are source
/// lines of the chapter's Markdown, so they survive a terminal of another width.
///
/// `seen` is the record; `furthest` and `finished` are what files had before it, still
/// read (a file from then has only them) and still written (so an older tutor shows a
/// true figure): each says that some lines were seen, never that others were not, so
/// all three together are the lines seen ([`seen_of`](Self::seen_of)).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ChapterProgress {
    /// The source line at the top of the screen when the learner left.
    #[serde(default)]
    pub position: u32,
    /// The source lines that have been on screen.
    #[serde(default, skip_serializing_if = "SeenLines::is_empty")]
    pub seen: SeenLines,
    /// Lines `1..=furthest` have been seen (written as the end of the run of `seen`
    /// that starts at line 1).
    #[serde(default)]
    pub furthest: u32,
    /// Every line has been seen.
    #[serde(default)]
    pub finished: bool,
    /// When the position was last set; the later one wins a merge.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<Timestamp>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct QuizProgress {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attempts: Vec<Attempt>,
}

/// One go at a quiz. Saved after every answer, so an attempt can be unfinished.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Attempt {
    /// Unique across processes: `<start, compact UTC>-<process id>-<serial>`, see
    /// `study::AttemptStart`.
    pub id: String,
    /// When it started.
    pub started: Timestamp,
    /// When the last question was answered; absent while unfinished.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finished: Option<Timestamp>,
    /// Question id → the answer given, in the order asked.
    #[serde(default)]
    pub answers: Vec<GivenAnswer>,
    pub correct: u32,
    pub total: u32,
    pub needed: u32,
    pub passed: bool,
    /// A round over the questions missed in an attempt, answered right after seeing
    /// their answers: kept for the record, never a score, never mastery.
    #[serde(default, skip_serializing_if = "is_false")]
    pub practice: bool,
    /// Left unfinished and then started over: it will never be finished.
    #[serde(default, skip_serializing_if = "is_false")]
    pub abandoned: bool,
    /// The seed the choices were shuffled with, so a resumed attempt shows them in
    /// the same order; absent when they were in the quiz's own order. 32 bits: a TOML
    /// integer is a signed 64-bit one, and a file tutor writes must read back.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shuffle: Option<u32>,
}

// serde's `skip_serializing_if` hands the field by reference.
#[allow(clippy::trivially_copy_pass_by_ref)]
fn is_false(value: &bool) -> bool {
    !*value
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct GivenAnswer {
    pub question: String,
    /// Letters (`b`, `ac`) or the text typed for a short answer.
    pub given: String,
    pub correct: bool,
}

impl Attempt {
    pub fn is_finished(&self) -> bool {
        self.finished.is_some()
    }

    /// Whether this attempt counts: a scored go at the whole quiz, finished.
    pub fn counts(&self) -> bool {
        self.is_finished() && !self.practice
    }

    /// Whether it was left half-way and may be continued.
    pub fn is_open(&self) -> bool {
        !self.is_finished() && !self.practice && !self.abandoned
    }
}

impl QuizProgress {
    /// Mastered once any finished attempt passed (practice never counts).
    pub fn mastered(&self) -> bool {
        self.attempts.iter().any(|a| a.counts() && a.passed)
    }

    /// The finished attempt with the most right answers (the earliest of equals);
    /// practice rounds are not attempts at the quiz.
    pub fn best(&self) -> Option<&Attempt> {
        self.attempts
            .iter()
            .filter(|a| a.counts())
            .fold(None, |best: Option<&Attempt>, a| match best {
                Some(b) if b.correct >= a.correct => Some(b),
                _ => Some(a),
            })
    }
}

impl Progress {
    /// Adds an attempt, or replaces the saved copy of the same attempt (an attempt is
    /// recorded again after every answer).
    pub fn record_attempt(&mut self, course: &str, quiz: &str, attempt: Attempt) {
        let attempts = &mut self
            .courses
            .entry(course.to_owned())
            .or_default()
            .quizzes
            .entry(quiz.to_owned())
            .or_default()
            .attempts;
        match attempts.iter_mut().find(|a| a.id == attempt.id) {
            Some(saved) => *saved = attempt,
            None => attempts.push(attempt),
        }
    }

    /// Folds `other` into `self` so that nothing either side recorded is lost.
    pub fn merge(&mut self, other: &Progress) {
        for (id, theirs) in &other.courses {
            self.courses.entry(id.clone()).or_default().merge(theirs);
        }
    }
}

impl CourseProgress {
    fn merge(&mut self, other: &CourseProgress) {
        for (id, theirs) in &other.chapters {
            self.chapters.entry(id.clone()).or_default().merge(theirs);
        }
        for (id, theirs) in &other.quizzes {
            self.quizzes.entry(id.clone()).or_default().merge(theirs);
        }
        if other.last_opened > self.last_opened {
            self.last_chapter.clone_from(&other.last_chapter);
            self.last_opened = other.last_opened;
        }
        self.study.merge(&other.study);
    }
}

impl ChapterProgress {
    fn merge(&mut self, other: &ChapterProgress) {
        if other.updated > self.updated {
            self.position = other.position;
            self.updated = other.updated;
        }
        self.seen.union(&other.seen);
        // The union may join two runs into one from line 1: older tutors see it all.
        self.furthest = self
            .furthest
            .max(other.furthest)
            .max(self.seen.prefix_end());
        self.finished |= other.finished;
    }

    /// The lines of a chapter of `lines` source lines that have been seen, whichever
    /// fields say so: a file written before `seen` existed has `furthest` (lines up to
    /// it were on screen) and `finished` (all were).
    pub fn seen_of(&self, lines: u32) -> SeenLines {
        let mut seen = self.seen.clone();
        if self.furthest > 0 {
            seen.add(1, self.furthest);
        }
        if self.finished {
            seen.add(1, lines);
        }
        seen
    }

    /// Adds `seen` to what a chapter of `lines` source lines has had on screen, and
    /// brings the older fields up to date with it.
    pub fn record_seen(&mut self, seen: &SeenLines, lines: u32) {
        let mut all = self.seen_of(lines);
        all.union(seen);
        self.furthest = self.furthest.max(all.prefix_end());
        self.finished |= all.covers(lines);
        self.seen = all;
    }
}

impl QuizProgress {
    fn merge(&mut self, other: &QuizProgress) {
        for theirs in &other.attempts {
            match self.attempts.iter_mut().find(|a| a.id == theirs.id) {
                // The same attempt saved twice: the copy that got further wins.
                Some(mine) => {
                    if theirs.answers.len() > mine.answers.len()
                        || (theirs.is_finished() && !mine.is_finished())
                    {
                        *mine = theirs.clone();
                    }
                }
                None => self.attempts.push(theirs.clone()),
            }
        }
        self.attempts
            .sort_by(|a, b| (a.started, &a.id).cmp(&(b.started, &b.id)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> Timestamp {
        text.parse().expect("a valid instant")
    }

    fn attempt(id: &str, started: &str, answers: usize, finished: bool) -> Attempt {
        Attempt {
            id: id.into(),
            started: at(started),
            finished: finished.then(|| at(started)),
            answers: (0..answers)
                .map(|i| GivenAnswer {
                    question: format!("q{i}"),
                    given: "a".into(),
                    correct: true,
                })
                .collect(),
            ..Attempt::default()
        }
    }

    fn with_attempts(attempts: Vec<Attempt>) -> Progress {
        let mut p = Progress::default();
        let course = p.courses.entry("c".into()).or_default();
        course.quizzes.entry("q".into()).or_default().attempts = attempts;
        p
    }

    #[test]
    fn merge_orders_attempts_by_instant_whatever_the_offset() {
        // 09:30+02:00 is 07:30Z: earlier than 08:00Z, though later as text.
        let mut mine = with_attempts(vec![attempt("utc", "2026-01-01T08:00:00Z", 1, true)]);
        let theirs = with_attempts(vec![attempt("east", "2026-01-01T09:30:00+02:00", 1, true)]);
        mine.merge(&theirs);
        let ids: Vec<_> = mine.courses["c"].quizzes["q"]
            .attempts
            .iter()
            .map(|a| a.id.as_str())
            .collect();
        assert_eq!(ids, ["east", "utc"]);
    }

    #[test]
    fn merge_keeps_the_attempts_of_both_sides() {
        let mut mine = with_attempts(vec![attempt("1", "2026-01-01T00:00:00Z", 3, true)]);
        let theirs = with_attempts(vec![attempt("2", "2026-01-01T00:00:01Z", 3, true)]);
        mine.merge(&theirs);
        let ids: Vec<_> = mine.courses["c"].quizzes["q"]
            .attempts
            .iter()
            .map(|a| &a.id)
            .collect();
        assert_eq!(ids, ["1", "2"]);
    }

    #[test]
    fn merge_of_one_attempt_keeps_the_copy_that_got_further() {
        let t = "2026-01-01T00:00:00Z";
        let mut older = with_attempts(vec![attempt("1", t, 4, true)]);
        let partial = with_attempts(vec![attempt("1", t, 2, false)]);
        older.merge(&partial);
        assert_eq!(older.courses["c"].quizzes["q"].attempts[0].answers.len(), 4);
        let mut partial = partial;
        partial.merge(&with_attempts(vec![attempt("1", t, 4, true)]));
        assert!(partial.courses["c"].quizzes["q"].attempts[0].is_finished());
    }

    #[test]
    fn merge_takes_the_later_position_and_the_furthest_point() {
        let chapter = |position, furthest, finished, updated: &str| ChapterProgress {
            position,
            furthest,
            finished,
            updated: Some(at(updated)),
            ..ChapterProgress::default()
        };
        let mut a = chapter(10, 50, true, "2026-01-01T00:00:00Z");
        a.merge(&chapter(30, 40, false, "2026-01-02T00:00:00Z"));
        assert_eq!(a, chapter(30, 50, true, "2026-01-02T00:00:00Z"));
        // 01:00+02:00 on the 3rd is 23:00Z on the 2nd: earlier than 23:30Z.
        a.merge(&chapter(70, 0, false, "2026-01-02T23:30:00Z"));
        a.merge(&chapter(90, 0, false, "2026-01-03T01:00:00+02:00"));
        assert_eq!(a.position, 70, "the later instant wins, not the later text");
    }

    #[test]
    fn merge_unions_the_lines_seen() {
        let seen = |pairs: &[(u32, u32)]| ChapterProgress {
            seen: pairs.iter().fold(SeenLines::default(), |mut s, &(a, b)| {
                s.add(a, b);
                s
            }),
            ..ChapterProgress::default()
        };
        let mut mine = seen(&[(1, 40), (200, 230)]);
        mine.merge(&seen(&[(30, 80), (120, 150)]));
        assert_eq!(mine.seen.ranges(), [(1, 80), (120, 150), (200, 230)]);
        assert_eq!(mine.furthest, 80, "the run from line 1, for older tutors");
    }

    #[test]
    fn older_fields_count_as_lines_seen() {
        let old = |furthest, finished| ChapterProgress {
            furthest,
            finished,
            ..ChapterProgress::default()
        };
        assert!(old(0, false).seen_of(100).is_empty());
        assert_eq!(old(37, false).seen_of(100).ranges(), [(1, 37)]);
        assert_eq!(old(37, true).seen_of(100).ranges(), [(1, 100)]);
        let mut both = old(10, false);
        both.seen.add(50, 60);
        assert_eq!(both.seen_of(100).ranges(), [(1, 10), (50, 60)]);
    }

    #[test]
    fn recording_keeps_the_older_fields_true_for_older_readers() {
        let mut chapter = ChapterProgress {
            furthest: 10,
            ..ChapterProgress::default()
        };
        chapter.record_seen(&SeenLines::of(60, 100), 100);
        assert_eq!(chapter.seen.ranges(), [(1, 10), (60, 100)]);
        assert_eq!((chapter.furthest, chapter.finished), (10, false));
        chapter.record_seen(&SeenLines::of(5, 60), 100);
        assert_eq!(chapter.seen.ranges(), [(1, 100)]);
        assert_eq!((chapter.furthest, chapter.finished), (100, true));
    }

    #[test]
    fn merge_takes_the_chapter_opened_later() {
        let course = |chapter: &str, opened: &str| CourseProgress {
            last_chapter: chapter.into(),
            last_opened: Some(at(opened)),
            ..CourseProgress::default()
        };
        let mut mine = course("02", "2026-01-02T00:00:00Z");
        mine.merge(&course("01", "2026-01-01T00:00:00Z"));
        assert_eq!(mine.last_chapter, "02");
        mine.merge(&course("03", "2026-01-03T00:00:00Z"));
        assert_eq!(mine.last_chapter, "03");
    }

    #[test]
    fn mastery_needs_a_finished_passing_attempt() {
        let mut q = QuizProgress {
            attempts: vec![attempt("1", "2026-01-01T00:00:00Z", 2, false)],
        };
        q.attempts[0].passed = true;
        assert!(
            !q.mastered(),
            "an unfinished attempt does not master a quiz"
        );
        q.attempts[0].finished = Some(at("2026-01-01T00:05:00Z"));
        assert!(q.mastered());
    }
}
