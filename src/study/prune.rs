//! What `tutor progress --prune` removes besides review cards: the reflections and
//! checklist ticks of chapters the course no longer has.
//!
//! Displays already skip them (they look records up by the course's chapters); only
//! an explicit prune removes them, on the merged progress of the course being run,
//! since a save never removes anything by inference (SPEC §5). Pure: no IO.
use crate::course::Course;
use crate::progress::StudyRecords;
use std::collections::{BTreeMap, HashSet};

/// The records one prune removed from a course's study records, each as
/// `chapter-id/prompt-or-item-id`, in file order.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Removed {
    pub reflections: Vec<String>,
    pub checklist_items: Vec<String>,
}

/// Drops the reflections and checklist ticks of chapters that are not in `course`
/// and says which went.
pub fn prune_vanished_chapters(study: &mut StudyRecords, course: &Course) -> Removed {
    let chapters: HashSet<&str> = course.chapters.iter().map(|c| c.id.as_str()).collect();
    Removed {
        reflections: drop_vanished(&mut study.reflections, &chapters),
        checklist_items: drop_vanished(&mut study.checklists, &chapters),
    }
}

/// Removes the entries of `records` whose chapter is not in `chapters` and returns
/// `chapter/id` for each record they held.
fn drop_vanished<T>(
    records: &mut BTreeMap<String, BTreeMap<String, T>>,
    chapters: &HashSet<&str>,
) -> Vec<String> {
    let mut removed = Vec::new();
    records.retain(|chapter, held| {
        if chapters.contains(chapter.as_str()) {
            return true;
        }
        removed.extend(held.keys().map(|id| format!("{chapter}/{id}")));
        false
    });
    removed
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::course::{Chapter, CourseMeta};
    use crate::progress::{Reflection, Tick};

    fn course(chapters: &[&str]) -> Course {
        Course {
            meta: CourseMeta::default(),
            chapters: chapters
                .iter()
                .map(|id| Chapter {
                    id: (*id).into(),
                    title: (*id).into(),
                    ..Chapter::default()
                })
                .collect(),
            quizzes: Vec::new(),
            book: None,
        }
    }

    #[test]
    fn only_the_records_of_vanished_chapters_go() {
        let mut study = StudyRecords::default();
        for chapter in ["kept", "gone"] {
            study
                .reflections
                .entry(chapter.into())
                .or_default()
                .insert("why".into(), Reflection::default());
            let ticks = study.checklists.entry(chapter.into()).or_default();
            ticks.insert("a".into(), Tick::default());
            ticks.insert("b".into(), Tick::default());
        }
        let removed = prune_vanished_chapters(&mut study, &course(&["kept", "other"]));
        assert_eq!(removed.reflections, ["gone/why"]);
        assert_eq!(removed.checklist_items, ["gone/a", "gone/b"]);
        assert_eq!(study.reflections.keys().collect::<Vec<_>>(), ["kept"]);
        assert_eq!(study.checklists.keys().collect::<Vec<_>>(), ["kept"]);
        assert_eq!(study.checklists["kept"].len(), 2);
    }
}
