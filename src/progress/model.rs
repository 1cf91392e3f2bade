//! What the progress file holds, and how two versions of it are merged.
//!
//! Everything is keyed by stable ids (course, chapter, quiz, question, attempt), so a
//! course can be edited without losing history. The merge is a union that never drops
//! a record: two processes that each saved something both find it afterwards. It costs
//! n·log n in the records of both sides (maps by id, attempts through an index), never
//! a search per record.
use super::seen::SeenLines;
use super::study::StudyRecords;
use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};
use toml::Table;

/// The file format this build reads and writes.
pub const VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Progress {
    pub version: u32,
    /// Keys this build does not know (a later version's, a hand-written note): kept
    /// and written back, since the file is the learner's and not only ours.
    #[serde(flatten)]
    pub extra: Table,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub courses: BTreeMap<String, CourseProgress>,
}

impl Default for Progress {
    fn default() -> Self {
        Self {
            version: VERSION,
            courses: BTreeMap::new(),
            extra: Table::new(),
        }
    }
}

// Fields are written in their order, and the TOML writer must put a table's plain
// values before its sub-tables: one written after them is spliced back into the text,
// which costs a copy of everything after it (quadratic over thousands of attempts).
// So plain values come first at every level, and sub-tables and arrays of them last.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CourseProgress {
    /// The chapter opened last, for "continue where I left off"; empty before any.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub last_chapter: String,
    /// When `last_chapter` was set; the later one wins a merge.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_opened: Option<Timestamp>,
    /// Where this course id was first loaded from: a course folder, or `builtin`. A
    /// second folder with the same id would share these records, so it is warned of.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub source: String,
    /// When the home screen first showed the course's description: from then on it
    /// shows it folded to one line. The earlier one wins a merge.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub about_seen: Option<Timestamp>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub chapters: BTreeMap<String, ChapterProgress>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub quizzes: BTreeMap<String, QuizProgress>,
    /// Reflections, checklists, the review queue and the days studied.
    #[serde(flatten)]
    pub study: StudyRecords,
    /// Keys this build does not know. After `study`: serde hands a flattened map what
    /// the fields before it left, so the study records take theirs first.
    #[serde(flatten)]
    pub extra: Table,
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
    /// Keys this build does not know, written back as they were.
    #[serde(flatten)]
    pub extra: Table,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct QuizProgress {
    /// Keys this build does not know, written back as they were.
    #[serde(flatten)]
    pub extra: Table,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attempts: Vec<Attempt>,
}

/// One go at a quiz. Saved after every answer, so an attempt can be unfinished.
// Deserialize is written out in `model_de`, without `flatten`'s second pass.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Attempt {
    /// Unique across processes: `<start, compact UTC>-<process id>-<serial>`, see
    /// `study::AttemptStart`.
    pub id: String,
    /// When it started.
    pub started: Timestamp,
    /// When the last question was answered; absent while unfinished.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finished: Option<Timestamp>,
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
    /// Keys this build does not know, written back as they were.
    #[serde(flatten)]
    pub extra: Table,
    /// Question id → the answer given, in the order asked. Last: an array of tables.
    #[serde(default)]
    pub answers: Vec<GivenAnswer>,
}

// serde's `skip_serializing_if` hands the field by reference.
#[allow(clippy::trivially_copy_pass_by_ref)]
fn is_false(value: &bool) -> bool {
    !*value
}

// Deserialize is written out in `model_de`, without `flatten`'s second pass.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct GivenAnswer {
    pub question: String,
    /// Letters (`b`, `ac`) or the text typed for a short answer.
    pub given: String,
    pub correct: bool,
    /// Keys this build does not know, written back as they were.
    #[serde(flatten)]
    pub extra: Table,
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
    /// Adds an attempt in its place by start, or replaces the saved copy of the same
    /// attempt (an attempt is recorded again after every answer).
    pub fn record_attempt(&mut self, course: &str, quiz: &str, attempt: Attempt) {
        let attempts = &mut self
            .courses
            .entry(course.to_owned())
            .or_default()
            .quizzes
            .entry(quiz.to_owned())
            .or_default()
            .attempts;
        // From the end: the attempt recorded again is nearly always the latest.
        if let Some(saved) = attempts.iter_mut().rev().find(|a| a.id == attempt.id) {
            let old = std::mem::replace(saved, attempt);
            keep_extra_of_attempt(saved, &old);
        } else {
            // In order of start, as a merge leaves them, whether or not a save merges.
            let at =
                attempts.partition_point(|a| (a.started, &a.id) <= (attempt.started, &attempt.id));
            attempts.insert(at, attempt);
        }
    }

    /// Puts every quiz's attempts in order of start (by instant, then id), as the file
    /// keeps them. Linear when they are in order already, as they nearly always are.
    pub fn order_attempts(&mut self) {
        for course in self.courses.values_mut() {
            for quiz in course.quizzes.values_mut() {
                quiz.order_attempts();
            }
        }
    }

    /// Folds `other` into `self` so that nothing either side recorded is lost.
    pub fn merge(&mut self, other: &Progress) {
        for (id, theirs) in &other.courses {
            self.courses.entry(id.clone()).or_default().merge(theirs);
        }
        merge_extra(&mut self.extra, &other.extra);
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
        if self.source.is_empty() {
            self.source.clone_from(&other.source);
        }
        self.about_seen = match (self.about_seen, other.about_seen) {
            (Some(mine), Some(theirs)) => Some(mine.min(theirs)),
            (mine, theirs) => mine.or(theirs),
        };
        self.study.merge(&other.study);
        merge_extra(&mut self.extra, &other.extra);
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
        merge_extra(&mut self.extra, &other.extra);
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
    /// Each attempt of `other` is found here by its id through an index built once:
    /// a search of the list for each would make a merge of n attempts cost n².
    fn merge(&mut self, other: &QuizProgress) {
        let mut index: HashMap<String, usize> = HashMap::with_capacity(self.attempts.len());
        for (i, attempt) in self.attempts.iter().enumerate() {
            // The first of two copies with one id is the one merged into, as before.
            index.entry(attempt.id.clone()).or_insert(i);
        }
        for theirs in &other.attempts {
            // The same attempt saved twice: the copy that got further wins.
            if let Some(&i) = index.get(&theirs.id) {
                let mine = &mut self.attempts[i];
                if theirs.answers.len() > mine.answers.len()
                    || (theirs.is_finished() && !mine.is_finished())
                {
                    let old = std::mem::replace(mine, theirs.clone());
                    keep_extra_of_attempt(mine, &old);
                } else {
                    keep_extra_of_attempt(mine, theirs);
                }
            } else {
                index.insert(theirs.id.clone(), self.attempts.len());
                self.attempts.push(theirs.clone());
            }
        }
        self.order_attempts();
        merge_extra(&mut self.extra, &other.extra);
    }

    /// Stable, n·log n, and linear when the attempts are in order already.
    fn order_attempts(&mut self) {
        self.attempts
            .sort_by(|a, b| (a.started, &a.id).cmp(&(b.started, &b.id)));
    }
}

/// Carries the unknown keys of `old`, a copy of the same attempt being replaced, and
/// of its answers (matched by place and question) over to `new`.
fn keep_extra_of_attempt(new: &mut Attempt, old: &Attempt) {
    merge_extra(&mut new.extra, &old.extra);
    for (mine, theirs) in new.answers.iter_mut().zip(&old.answers) {
        if mine.question == theirs.question {
            merge_extra(&mut mine.extra, &theirs.extra);
        }
    }
}

/// Unknown keys of both sides: a key only one side has is kept; of a key both have,
/// this side's value stays (tutor cannot tell which is newer without knowing the key).
pub(super) fn merge_extra(mine: &mut Table, theirs: &Table) {
    for (key, value) in theirs {
        mine.entry(key.clone()).or_insert_with(|| value.clone());
    }
}

#[cfg(test)]
#[path = "model_tests.rs"]
mod tests;
