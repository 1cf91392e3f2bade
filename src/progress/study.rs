//! The records of the study tools: reflections written in answer to a chapter's
//! prompts, ticked checklist items, the spaced-review cards of questions answered
//! wrong, and the days studied. Keyed by stable ids; every record carries the time it
//! was last changed so that a merge keeps the later one and loses nothing else.
use super::model::merge_extra;
use jiff::Timestamp;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use toml::Table;

/// A learner's answer to one reflection prompt.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Reflection {
    pub text: String,
    pub updated: Timestamp,
    /// Keys this build does not know, written back as they were.
    #[serde(flatten)]
    pub extra: Table,
}

/// The state of one checklist item.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Tick {
    pub done: bool,
    pub updated: Timestamp,
    /// Keys this build does not know, written back as they were.
    #[serde(flatten)]
    pub extra: Table,
}

/// A question in the spaced-review queue (Leitner boxes).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ReviewCard {
    /// 1 to 5: due again after 1, 2, 4, 8 or 16 days.
    #[serde(rename = "box")]
    pub level: u8,
    /// The day it is due (UTC), written `YYYY-MM-DD`.
    pub due: Date,
    /// The later card wins a merge.
    pub updated: Timestamp,
    /// Keys this build does not know, written back as they were.
    #[serde(flatten)]
    pub extra: Table,
}

/// The study-tool records of one course.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct StudyRecords {
    /// Days with any study (UTC), written `YYYY-MM-DD`. First: a plain value, written
    /// before the tables (see `CourseProgress`).
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub days: BTreeSet<Date>,
    /// Chapter id → prompt id → the learner's answer.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub reflections: BTreeMap<String, BTreeMap<String, Reflection>>,
    /// Chapter id → item id → ticked or not.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub checklists: BTreeMap<String, BTreeMap<String, Tick>>,
    /// `quiz-id/question-id` → its card.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub review: BTreeMap<String, ReviewCard>,
}

impl StudyRecords {
    pub(super) fn merge(&mut self, other: &StudyRecords) {
        for (chapter, theirs) in &other.reflections {
            let mine = self.reflections.entry(chapter.clone()).or_default();
            for (id, r) in theirs {
                keep_later(
                    mine.entry(id.clone()).or_default(),
                    r,
                    |r| r.updated,
                    |r| &mut r.extra,
                );
            }
        }
        for (chapter, theirs) in &other.checklists {
            let mine = self.checklists.entry(chapter.clone()).or_default();
            for (id, t) in theirs {
                keep_later(
                    mine.entry(id.clone()).or_default(),
                    t,
                    |t| t.updated,
                    |t| &mut t.extra,
                );
            }
        }
        for (id, card) in &other.review {
            keep_later(
                self.review.entry(id.clone()).or_default(),
                card,
                |c| c.updated,
                |c| &mut c.extra,
            );
        }
        self.days.extend(other.days.iter().copied());
    }
}

/// A record missing on this side is a default one, updated at the epoch: any real
/// record is later.
/// The unknown keys of the record that loses stay, under the winner's own.
fn keep_later<T: Clone>(
    mine: &mut T,
    theirs: &T,
    updated: impl Fn(&T) -> Timestamp,
    extra: impl Fn(&mut T) -> &mut Table,
) {
    if updated(theirs) > updated(mine) {
        let old = std::mem::replace(mine, theirs.clone());
        let mut old = old;
        merge_extra(extra(mine), extra(&mut old));
    } else {
        let mut theirs = theirs.clone();
        merge_extra(extra(mine), extra(&mut theirs));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merge_keeps_the_later_record_and_every_day() {
        let mut a = StudyRecords::default();
        let mut b = StudyRecords::default();
        let at = |text: &str| -> Timestamp { text.parse().expect("a valid instant") };
        let r = |text: &str, updated: &str| Reflection {
            text: text.into(),
            updated: at(updated),
            ..Reflection::default()
        };
        a.reflections
            .entry("c".into())
            .or_default()
            .insert("p".into(), r("old", "2026-01-01T00:00:00Z"));
        b.reflections
            .entry("c".into())
            .or_default()
            .insert("p".into(), r("new", "2026-01-02T00:00:00Z"));
        b.reflections
            .entry("c".into())
            .or_default()
            .insert("q".into(), r("other", "2026-01-01T00:00:00Z"));
        a.days.insert(Date::constant(2026, 1, 1));
        b.days.insert(Date::constant(2026, 1, 2));
        let card = |level, updated: &str| ReviewCard {
            level,
            due: Date::constant(2026, 1, 3),
            updated: at(updated),
            ..ReviewCard::default()
        };
        a.review
            .insert("quiz/q1".into(), card(3, "2026-01-02T00:00:00Z"));
        // Later as text, earlier as an instant (2026-01-01T23:00:00Z).
        b.review
            .insert("quiz/q1".into(), card(1, "2026-01-02T01:00:00+02:00"));
        a.merge(&b);
        assert_eq!(a.reflections["c"]["p"].text, "new");
        assert_eq!(a.reflections["c"]["q"].text, "other");
        assert_eq!(a.review["quiz/q1"].level, 3, "the later card wins");
        assert_eq!(a.days.len(), 2);
    }
}
