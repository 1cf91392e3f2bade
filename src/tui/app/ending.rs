//! What the end of the chapter being read offers, described from the course and the
//! progress for the reader: the chapter's quiz and whether it is mastered, the next
//! chapter, and the other quizzes to take (at the last chapter, the course's). Part
//! of the routing; no IO here.
use super::App;
use crate::tui::reader::ending::Ending;

impl App<'_> {
    /// The offers at the end of chapter `index`.
    pub(super) fn ending(&self, index: usize) -> Ending {
        let course = self.course;
        let Some(chapter) = course.chapters.get(index) else {
            return Ending::default();
        };
        let status = self.home.status();
        let mastered = |id: &str| status.quiz(id).is_some_and(|q| q.mastered);
        let mut own = course.quizzes_for(&chapter.id);
        let quiz = own.next().map(|q| (q.title.clone(), mastered(&q.id)));
        let last = index + 1 == course.chapters.len();
        let course_wide = course.course_quizzes().filter(|_| last);
        let more = own
            .chain(course_wide)
            .map(|q| (q.title.clone(), mastered(&q.id)))
            .collect();
        Ending {
            quiz,
            next: course.chapters.get(index + 1).map(|c| c.title.clone()),
            last,
            more,
        }
    }
}
