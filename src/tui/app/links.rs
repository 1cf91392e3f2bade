//! Following what the reader's focus rests on beyond the reader: a link to a heading
//! of the chapter or to another chapter (with a trail of where links were followed
//! from, for `Backspace`), an address outside the course (shown, never opened), a quiz
//! placed in the chapter. Part of the routing; no IO here.
use super::App;
use crate::course::Chapter;
use crate::markdown::QuizCard;
use crate::study::QuizStatus;
use crate::tui::effect::Effect;
use crate::tui::text;

/// How many followed links `Backspace` can go back through.
const TRAIL_MAX: usize = 100;

impl App<'_> {
    /// The quizzes placed in chapter `index`, by the path their markers name, as the
    /// reader shows them: title, questions and how the learner stands with each.
    pub(super) fn quiz_cards(&self, index: usize) -> Vec<(String, QuizCard)> {
        let Some(chapter) = self.course.chapters.get(index) else {
            return Vec::new();
        };
        let status = self.home.status();
        chapter
            .quiz_places
            .iter()
            .filter_map(|place| {
                let mut card = self.course.quiz_card(chapter, &place.src)?;
                card.state = status.quiz(&place.quiz).map(QuizStatus::label);
                Some((place.src.clone(), card))
            })
            .collect()
    }

    /// The chapter being read.
    fn reading(&self) -> Option<&Chapter> {
        self.reader
            .as_ref()
            .and_then(|r| self.course.chapters.get(r.chapter))
    }

    /// `Enter` on a link: a heading of this chapter (`#anchor`), another chapter (at
    /// its anchored heading, else its top), or an address outside the course, which is
    /// only shown.
    pub(super) fn follow(&mut self, target: &str) -> Vec<Effect> {
        let Some(current) = self.reader.as_ref().map(|r| r.chapter) else {
            return Vec::new();
        };
        if let Some(anchor) = target.strip_prefix('#') {
            return self.jump(current, Some(anchor));
        }
        if target.contains("://") || target.starts_with("mailto:") {
            self.status = Some(text::external_link(target));
            return Vec::new();
        }
        let found = self
            .reading()
            .and_then(|chapter| self.course.linked_chapter(chapter, target));
        let Some((index, anchor)) = found else {
            self.status = Some(text::no_such_chapter(target));
            return Vec::new();
        };
        self.jump(index, anchor)
    }

    /// Goes to chapter `index` (opening it unless it is the one being read), at the
    /// heading `anchor` names, else at its top; the place left goes on the trail.
    fn jump(&mut self, index: usize, anchor: Option<&str>) -> Vec<Effect> {
        let Some(reader) = self.reader.as_ref() else {
            return Vec::new();
        };
        let same = reader.chapter == index;
        if same
            && let Some(anchor) = anchor
            && reader.doc.heading_index(anchor).is_none()
        {
            self.status = Some(text::no_such_heading(anchor));
            return Vec::new();
        }
        let mark = reader.bookmark();
        if self.trail.len() == TRAIL_MAX {
            self.trail.remove(0);
        }
        self.trail.push(mark);
        let mut effects = if same {
            Vec::new()
        } else {
            self.open_chapter(index)
        };
        let Some(reader) = self.reader.as_mut() else {
            return effects;
        };
        reader.focus = None;
        match anchor.and_then(|anchor| reader.doc.heading_index(anchor)) {
            Some(heading) => reader.jump_to_heading(heading),
            None => reader.scroll_to(0),
        }
        let moved = reader.moved();
        effects.extend(self.reader_events(vec![moved]));
        effects
    }

    /// `Backspace`: back to where the last link was followed, as it was there.
    pub(super) fn go_back(&mut self) -> Vec<Effect> {
        let Some(mark) = self.trail.pop() else {
            self.status = Some(text::NO_LINK_TO_RETURN_TO.to_owned());
            return Vec::new();
        };
        let mut effects = match &self.reader {
            Some(reader) if reader.chapter == mark.chapter => Vec::new(),
            _ => self.open_chapter(mark.chapter),
        };
        let Some(reader) = self.reader.as_mut() else {
            return effects;
        };
        if reader.chapter != mark.chapter {
            return effects;
        }
        reader.restore(&mark, &self.theme);
        let moved = reader.moved();
        effects.extend(self.reader_events(vec![moved]));
        effects
    }

    /// `Enter` on a quiz place: that quiz, from where the reader was (leaving the quiz
    /// comes back there).
    pub(super) fn take_placed_quiz(&mut self, src: &str) -> Vec<Effect> {
        let placed = self
            .reading()
            .and_then(|chapter| self.course.placed_quiz(chapter, src))
            .and_then(|quiz| self.course.quizzes.iter().position(|q| q.id == quiz.id));
        let Some(index) = placed else {
            self.status = Some(text::NO_QUIZ.to_owned());
            return Vec::new();
        };
        let mut effects = self.record_reading();
        effects.extend(self.start_quiz(index));
        effects
    }

    /// After the progress changed: the reader's quiz places say how the learner now
    /// stands, laid out again when that changed.
    pub(super) fn refresh_reader_cards(&mut self) {
        let Some(index) = self.reader.as_ref().map(|r| r.chapter) else {
            return;
        };
        let cards = self.quiz_cards(index);
        let ending = self.ending(index);
        let Some(reader) = self.reader.as_mut() else {
            return;
        };
        if reader.set_ending(ending) {
            self.redraw = true;
        }
        if reader.set_cards(cards) && reader.width > 0 {
            let (width, height) = (reader.width, reader.height);
            reader.relayout(width, height, &self.theme);
            self.redraw = true;
        }
    }
}
