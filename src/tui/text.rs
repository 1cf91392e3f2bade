//! Every word the interactive tutor shows, in one place, so the wording stays
//! consistent and can be reviewed (or one day translated) without reading the code.
//! Nothing here draws or decides anything: these are strings and small formatters.

pub const TOO_SMALL: &str = "Enlarge the window (40×10 or more)";
/// Shown by a screen whose own minimum is not met inside a large enough window.
pub const SCREEN_TOO_SMALL: &str = "Enlarge the window to see this screen";
/// The too-small notice when the full one does not fit, the longest first.
pub const TOO_SMALL_SHORTER: &[&str] = &["Enlarge the window", "Too small", "Enlarge"];
pub const HOME_CHAPTERS: &str = "Chapters";
pub const HOME_LEVEL: &str = "Level";
pub const HOME_TIME: &str = "Time";
/// Home: before a book's authors.
pub const HOME_AUTHORS: &str = "By";
pub const HOME_PREREQUISITES: &str = "Prerequisites";
pub const HOME_SKILLS: &str = "Skills gained";
pub const HOME_SUCCESS: &str = "Success criteria";
pub const HOME_OVERALL: &str = "Overall";
/// Home: a book's draft chapter (`[Title]()` in SUMMARY.md), which cannot be opened.
pub const HOME_DRAFT: &str = "draft";
/// Home: a book's chapter whose file could not be read (`tutor check` says why).
pub const HOME_MISSING: &str = "missing";
/// A popup's title is its name, then (left out first when narrow) its keys.
pub const REFLECTIONS_TITLE: &str = "Reflection prompts";
pub const REFLECTIONS_KEYS: &str = "Enter to answer, Esc to close";
pub const HOME_MASTERED: &str = "✓ mastered";
pub const HOME_NOT_TAKEN: &str = "not taken";
/// Home: a quiz begun but with no finished attempt.
pub const HOME_UNFINISHED: &str = "started";
/// Home: before a quiz that has a row of its own.
pub const HOME_QUIZ_MARK: &str = "✎";
/// Home: the heading over the quizzes that belong to no chapter.
pub const HOME_COURSE_QUIZZES: &str = "Quizzes on the whole course";
/// Home: after the course's description where some of it is not shown.
pub const HOME_ABOUT_MORE: &str = " i: more";
/// Home: `Esc`, which does not quit there.
pub const HOME_ESC: &str = "Press q to quit.";
/// Home: after the list's header when part of the list is out of view.
pub const MORE_BELOW: &str = "  ↓ more below";
pub const MORE_ABOVE: &str = "  ↑ more above";
pub const MORE_BOTH: &str = "  ↑↓ more";
pub const HOME_NO_SUCH_NUMBER: &str = "No chapter has that number.";
pub const REFLECTIONS_EMPTY: &str = "This chapter has no reflection prompts.";
pub const EDITOR_TITLE: &str = "Your answer";
pub const EDITOR_KEYS: &str = "Ctrl-s save · Esc cancel";
pub const CHECKLIST_TITLE: &str = "Checklist";
pub const CHECKLIST_KEYS: &str = "space to tick, Esc to close";
pub const CHECKLIST_EMPTY: &str = "This chapter has no checklist.";
pub const REFLECTION_SAVED: &str = "Answer saved.";
/// Written in the chapter before a saved reflection (Markdown, inside emphasis).
pub const YOUR_ANSWER: &str = "Your answer:";
pub const ANSWERED: &str = "✎";
pub const UNTICKED: &str = "☐";
pub const TICKED: &str = "☑";
pub const REVIEW_TITLE: &str = "Review";
pub const NOTHING_DUE: &str = "Nothing is due for review today.";

/// Home: how many questions are due, and the key that reviews them.
pub fn due_for_review(count: usize) -> String {
    format!("{count} due for review — press v")
}

/// Home: how much of a chapter has been on screen.
pub fn home_read(percent: u32) -> String {
    format!("{percent}% read")
}

/// Home: a chapter's checklist, ticked of all.
pub fn home_tasks(done: usize, total: usize) -> String {
    format!("{done}/{total} tasks")
}

/// Home: a quiz's best score below its pass mark.
pub fn home_best(best: usize, of: usize) -> String {
    format!("best {best}/{of}")
}

/// Home's footer while a chapter number is being typed and could go on.
pub fn home_typing_number(typed: &str) -> String {
    format!("Chapter {typed}… — another digit for {typed}0 and on, Enter opens, Esc cancels")
}
pub const SEARCH_PROMPT: &str = "/";
pub const OUTLINE_TITLE: &str = "Outline";
pub const OUTLINE_KEYS: &str = "Enter to jump, Esc to close";
pub const OUTLINE_EMPTY: &str = "This chapter has no headings.";
pub const HELP_TITLE: &str = "Keys";
pub const HELP_KEYS: &str = "j k scroll, any other key closes";
/// Between a popup's name and its keys, a title and what it is about.
pub const TITLE_SEP: &str = " — ";

/// The bottom edge of the help or a list when it scrolls: which way there is more.
pub fn more(above: bool, below: bool) -> &'static str {
    match (above, below) {
        (true, true) => "↑↓ more",
        (false, true) => "↓ more",
        (true, false) => "↑ more",
        (false, false) => "",
    }
}

/// The help's bottom edge when it scrolls: the lines in view.
pub fn help_lines_shown(first: usize, last: usize, total: usize) -> String {
    format!("{first}–{last} of {total}")
}
pub const END_OF_CHAPTER: &str = "— End of chapter —";
pub const NO_NEXT_CHAPTER: &str = "This is the last chapter.";
pub const NO_PREVIOUS_CHAPTER: &str = "This is the first chapter.";
pub const NOTHING_TO_CONTINUE: &str = "Nothing to continue yet: pick a chapter and press Enter.";
pub const NO_QUIZ: &str = "This chapter has no quiz.";
pub const NOTHING_TO_FOCUS_BELOW: &str = "No link, fold or quiz below.";
pub const NOTHING_TO_FOCUS_ABOVE: &str = "No link, fold or quiz above.";
pub const NO_LINK_TO_RETURN_TO: &str = "No followed link to go back from.";
/// The reader: said after each quiz place.
pub const QUIZ_PLACE_HINT: &str = "Tab to it, Enter takes it";
/// The reader: said after a closed fold's summary.
pub const FOLDED_NOTE: &str = "(folded: Tab to it, Enter opens)";

/// The reader: a link to an address outside the course, which tutor does not open.
pub fn external_link(address: &str) -> String {
    format!("Links outside the course open elsewhere: {address}")
}

/// The reader: a link that leads to no chapter of the course.
pub fn no_such_chapter(target: &str) -> String {
    format!("No chapter of this course at “{target}”")
}

/// The reader: a link to an anchor no heading of the chapter has.
pub fn no_such_heading(anchor: &str) -> String {
    format!("No heading “{anchor}” in this chapter")
}

pub fn no_match(query: &str) -> String {
    format!("No match for “{query}”")
}

pub fn match_count(current: usize, total: usize, query: &str) -> String {
    format!("“{query}” {current} of {total}")
}

/// The reader: a search that went past the chapter's end (`forward`) or start and
/// carried on from the other side, said before where it landed.
pub fn search_wrapped(forward: bool, landed: &str) -> String {
    let side = if forward { "top" } else { "bottom" };
    format!("Search wrapped to the {side}: {landed}")
}

/// The reader: `n` or `N` before anything was searched for.
pub const NO_SEARCH_YET: &str = "No search yet: press / to search.";
/// The reader: drawn in the last column of code that goes on past the window's edge.
pub const CODE_CUT_RIGHT: &str = "›";
/// The reader: drawn where code starts on a line scrolled sideways past some of it.
pub const CODE_CUT_LEFT: &str = "‹";

pub fn take_quiz(key: &str, title: &str) -> String {
    format!("Press {key} to take the quiz “{title}”")
}

/// The end of a chapter whose quiz is mastered: no longer "take the quiz".
pub fn quiz_mastered_retake(key: &str, title: &str) -> String {
    format!("✓ Quiz “{title}” mastered. Press {key} to take it again")
}

pub fn next_chapter(title: &str) -> String {
    format!("Press ] for the next chapter, “{title}”")
}

/// Between the course's name and the chapter's in the reader's header.
pub const CRUMB_SEP: &str = " › ";

pub fn chapter_of(n: usize, total: usize) -> String {
    format!("{n} of {total}")
}

pub fn percent_read(percent: usize) -> String {
    format!("{percent}% read")
}

/// The line under a review's title, where a quiz shows its pass mark.
pub const REVIEW_MARK: &str = "spaced review: a right answer moves the question up a box";
/// The same line once the review is done, where a quiz shows how the round went.
pub const REVIEW_DONE: &str = "each card's box now, and when it comes back";

pub const QUIZ_RESULT: &str = "result";
pub const QUIZ_TEXT_PROMPT: &str = "Your answer:";
pub const QUIZ_HINT_CHOOSE: &str =
    "Choose an answer first: a letter, or space on the highlighted one.";
pub const QUIZ_HINT_TYPE: &str = "Type an answer first.";
pub const QUIZ_RIGHT: &str = "✓ Right";

pub fn quiz_wrong(answer: &str) -> String {
    format!("✗ Not quite — the answer is {answer}")
}

pub fn you_answered(given: &str) -> String {
    format!("You answered “{given}”")
}

/// `question 2 of 5`, or with the question's own number when that is another:
/// `question 1b (2 of 5)` in a multipart group.
pub fn question_of(label: &str, number: usize, of: usize) -> String {
    if label == number.to_string() {
        format!("question {number} of {of}")
    } else {
        format!("question {label} ({number} of {of})")
    }
}

pub fn missed_question_of(label: &str, number: usize, of: usize) -> String {
    if label == number.to_string() {
        format!("missed question {number} of {of}")
    } else {
        format!("missed question {label} ({number} of {of})")
    }
}

/// A long or code answer: the field below takes several lines.
pub const QUIZ_LONG_PROMPT: &str = "Your answer (Enter starts a new line, Ctrl-s submits):";
pub const QUIZ_ANSWER_FIELD: &str = " answer ";
pub const QUIZ_OUTPUT_FIELD: &str = " output ";
pub const QUIZ_HINT_COMPILES: &str = "Press y if the program compiles, n if it does not.";
pub const YOU_ANSWERED_LINES: &str = "You answered:";
/// What a tracing question asks, above its program.
pub const TRACING_ASK: &str = "Does this program compile? If it does, what does it print?";
pub const TRACING_COMPILES: &str = "Does it compile? Press y (yes) or n (no).";
pub const TRACING_OUTPUT: &str =
    "It compiles: type what it prints below, then Ctrl-s (Esc goes back).";

/// What a tracing program does, for the verdict: `it does not compile: the error is
/// at line 3`, `it compiles and prints:` (the output follows), `it compiles and prints
/// nothing`.
pub fn trace_outcome(compiles: bool, prints_nothing: bool, line: Option<usize>) -> String {
    match (compiles, line) {
        (true, _) if prints_nothing => "it compiles and prints nothing".to_owned(),
        (true, _) => "it compiles and prints:".to_owned(),
        (false, Some(line)) => format!("it does not compile: the error is at line {line}"),
        (false, None) => "it does not compile".to_owned(),
    }
}

pub fn trace_right(outcome: &str) -> String {
    format!("✓ Right — {outcome}")
}

pub fn trace_wrong(outcome: &str) -> String {
    format!("✗ Not quite — {outcome}")
}

/// What the learner said of a tracing program.
pub fn you_traced(compiles: bool, prints_nothing: bool) -> String {
    match (compiles, prints_nothing) {
        (false, _) => "You answered that it does not compile.".to_owned(),
        (true, true) => "You answered that it compiles and prints nothing.".to_owned(),
        (true, false) => "You answered that it compiles and prints:".to_owned(),
    }
}

pub fn this_round(right: usize, of: usize) -> String {
    format!("This round: {right} of {of} right")
}

pub fn pass_mark(needed: usize, total: usize, mastery: u8) -> String {
    format!("need {needed} of {total} to master ({mastery}%)")
}

pub const DASHBOARD_TITLE: &str = "Progress";
pub const DASHBOARD_ACTIVITY: &str = "Activity";
pub const DASHBOARD_LEGEND: &str = "  less · ▪ ■ █ more";
pub const DASHBOARD_NO_ATTEMPTS: &str = "no finished attempt yet";
pub const NOT_STUDIED: &str = "Not studied yet";
pub const QUIZ_MASTERED: &str = "✓ quiz mastered";
pub const MASTERED: &str = "✓ mastered";
pub const NOT_MASTERED: &str = "not mastered";
pub const NO_SCORE: &str = " · no score yet";
pub const DASHBOARD_QUEUE: &str = "Review queue: ";
pub const DASHBOARD_QUEUE_EMPTY: &str =
    "empty — a question answered wrong comes back here the next day";
pub const TOMORROW: &str = "tomorrow";

/// Dashboard: which of its lines are in view.
pub fn lines_shown(first: usize, last: usize, total: usize) -> String {
    format!("lines {first}–{last} of {total}")
}

/// Dashboard: the cards of the review queue due today.
pub fn queue_due(due: usize) -> String {
    match due {
        0 => "nothing due today".to_owned(),
        n => format!("{n} due today (v on the course screen)"),
    }
}

/// Dashboard: `on 27 Nov`.
pub fn on_day(day: &str) -> String {
    format!("on {day}")
}

/// Dashboard: the next cards to fall due after today, and when.
pub fn queue_next(count: usize, when: &str) -> String {
    format!("next {count} {when}")
}

pub fn queue_cards(cards: usize) -> String {
    format!("{cards} card{} in all", plural(cards))
}

/// Dashboard: the cards in each Leitner box, and how long each box waits.
pub fn queue_boxes(boxes: &[usize]) -> String {
    let counts: Vec<String> = boxes.iter().map(ToString::to_string).collect();
    format!(
        "In boxes 1–{}: {} (back after 1, 2, 4, 8, 16 days)",
        boxes.len(),
        counts.join(" · ")
    )
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// Dashboard: the days studied and how long ago the last one was.
pub fn studied_on(days: usize, ago: i64) -> String {
    let ago = match ago {
        i64::MIN..=0 => "today".to_owned(),
        1 => "yesterday".to_owned(),
        n => format!("{n} days ago"),
    };
    format!("Studied on {days} day{}, last {ago}", plural(days))
}

pub fn dashboard_totals(
    read: usize,
    chapters: usize,
    mastered: usize,
    quizzes: usize,
    attempts: usize,
) -> String {
    format!(
        "Chapters read {read}/{chapters} · quizzes mastered {mastered}/{quizzes} · {attempts} attempt{}",
        plural(attempts)
    )
}

pub fn quiz_state(label: &str) -> String {
    format!("quiz: {label}")
}

pub fn quizzes_mastered(mastered: usize, of: usize) -> String {
    format!("quizzes {mastered}/{of} mastered")
}

fn days(n: u32) -> String {
    format!("{n} day{}", if n == 1 { "" } else { "s" })
}

pub fn streak(days_in_a_row: u32) -> String {
    format!("Streak: {}", days(days_in_a_row))
}

pub fn longest_streak(longest: u32) -> String {
    format!(" · longest {}", days(longest))
}

pub fn best_score(best: usize, of: usize) -> String {
    format!(" · best {best}/{of}")
}

pub fn unfinished(count: usize) -> String {
    format!(" · {count} unfinished")
}

pub fn pass_line(needed: usize, of: usize, mastery: u8) -> String {
    format!(" pass {needed}/{of} ({mastery}%)")
}

pub fn last_attempts(shown: usize) -> String {
    format!("(last {shown})")
}

/// Headings of the help's parts, one per mode of a screen.
pub const HELP_HOME: &str = "Course";
pub const HELP_DASHBOARD: &str = "Progress dashboard";
pub const HELP_READER: &str = "Reading";
pub const HELP_SEARCH: &str = "Search prompt";
pub const HELP_OUTLINE: &str = "Outline";
pub const HELP_REFLECTIONS: &str = "Reflection prompts";
pub const HELP_EDITOR: &str = "Answer editor";
pub const HELP_CHECKLIST: &str = "Checklist";
pub const HELP_QUIZ_CHOICE: &str = "Quiz: choosing an answer";
pub const HELP_QUIZ_TYPING: &str = "Quiz: typing an answer";
pub const HELP_QUIZ_COMPILES: &str = "Quiz: does the program compile?";
pub const HELP_QUIZ_FIELD: &str = "Quiz: typing over several lines";
pub const HELP_QUIZ_FEEDBACK: &str = "Quiz: after an answer";
pub const HELP_QUIZ_RESULT: &str = "Quiz: the result (no key here answers a question)";
pub const HELP_REVIEW_RESULT: &str = "Review: where the cards went";
pub const HELP_HELP: &str = "This help";
pub const HELP_EDITOR_CONFIRM: &str = "Closing the editor with changes";
pub const HELP_QUIZ_RESUME: &str = "Quiz: an attempt left half-way";
/// The mouse wheel in the help, where it does something.
pub const HELP_WHEEL: &str = "mouse wheel";
pub const HELP_WHEEL_HOME: &str = "move the selection";
pub const HELP_WHEEL_READER: &str = "scroll";
pub const HELP_WHEEL_HELP: &str = "scroll the help";
pub const HELP_CLICK: &str = "click";
pub const HELP_CLICK_HOME: &str = "select a row; a second click opens it";

/// What the keys do, for the help, and the footer's shorter words for them (the
/// keymap tables in `keymap/tables.rs` pair them with their keys).
pub const KEY_ANSWER_THE_PROMPT: &str = "answer the prompt";
pub const KEY_OPEN_THE_FOCUSED_ITEM: &str = "open the focused item (at the end: quiz)";
pub const KEY_FOCUS_THE_NEXT_ITEM: &str = "focus the next link, fold or quiz";
pub const KEY_FOCUS_THE_PREVIOUS_ITEM: &str = "focus the previous link, fold or quiz";
pub const KEY_BACK_FROM_A_LINK: &str = "back to where the last link was followed";
pub const KEY_BACK: &str = "back";
pub const KEY_BACK_TO_THE_COURSE: &str = "back to the course";
pub const KEY_CANCEL_THE_SEARCH: &str = "cancel the search";
pub const KEY_CHECKLIST: &str = "checklist";
pub const KEY_CHOOSE: &str = "choose";
pub const KEY_CHOOSE_AN_ANSWER: &str = "choose an answer";
pub const KEY_CHOOSE_OR_TICK_THE_HIGHLIGHTED_CHOICE: &str = "choose or tick the highlighted choice";
pub const KEY_CLOSE_THE_CHECKLIST: &str = "close the checklist";
pub const KEY_CLOSE_THE_HELP: &str = "close the help";
pub const KEY_CLOSE_THE_OUTLINE: &str = "close the outline";
pub const KEY_CLOSE_THE_PROMPTS: &str = "close the prompts";
pub const KEY_CLOSE_WITHOUT_SAVING: &str = "close without saving";
pub const KEY_CONTINUE: &str = "continue";
pub const KEY_CONTINUE_WHERE_YOU_LEFT_OFF: &str = "continue where you left off";
pub const KEY_DELETE_A_CHARACTER: &str = "delete a character";
pub const KEY_IT_COMPILES: &str = "it compiles: type what it prints";
pub const KEY_IT_DOES_NOT_COMPILE: &str = "it does not compile";
pub const KEY_YES: &str = "compiles";
pub const KEY_NO: &str = "does not";
pub const KEY_SUBMIT_SEVERAL_LINES: &str = "submit (Enter starts a new line)";
pub const KEY_LEAVE_THE_FIELD: &str = "return to “does it compile?”, or leave";
pub const KEY_END_OF_THE_CHAPTER: &str = "end of the chapter";
pub const KEY_FIND_EMPTY_THE_LAST_SEARCH: &str = "find (empty: the last search)";
pub const KEY_DELETE_A_CHARACTER_EMPTY_CLOSES: &str = "delete a character (empty: close)";
pub const KEY_FIRST_ENTRY: &str = "first entry";
pub const KEY_JUMP_TO_A_CHAPTER: &str = "go to chapter N (1 then 0 for 10)";
pub const KEY_TAKE_THE_SELECTED_QUIZ: &str = "take the selected quiz or chapter's quiz";
pub const KEY_THE_COURSE_DESCRIPTION: &str = "the course description, full or folded";
pub const KEY_CANCEL_THE_NUMBER: &str = "cancel the number; fold the description";
pub const KEY_QUIZ: &str = "quiz";
pub const KEY_SUSPEND: &str = "suspend to the shell; fg resumes";
pub const KEY_TOP: &str = "top";
pub const KEY_ONE_LINE_DOWN_AS_IN_LESS: &str = "one line down, as in less";
pub const KEY_ONE_LINE_UP_AS_IN_LESS: &str = "one line up, as in less";
pub const KEY_BOTTOM: &str = "bottom";
pub const KEY_FIRST_HEADING: &str = "first heading";
pub const KEY_FIRST_ITEM: &str = "first item";
pub const KEY_FIRST_PROMPT: &str = "first prompt";
pub const KEY_HALF_A_PAGE_DOWN: &str = "half a page down";
pub const KEY_HALF_A_PAGE_UP: &str = "half a page up";
pub const KEY_HELP: &str = "help";
pub const KEY_HIGHLIGHT_THE_NEXT_CHOICE: &str = "highlight the next choice";
pub const KEY_HIGHLIGHT_THE_PREVIOUS_CHOICE: &str = "highlight the previous choice";
pub const KEY_JUMP_TO_THE_HEADING: &str = "jump to the heading";
pub const KEY_LAST_ENTRY: &str = "last entry";
pub const KEY_LAST_HEADING: &str = "last heading";
pub const KEY_LAST_ITEM: &str = "last item";
pub const KEY_LAST_PROMPT: &str = "last prompt";
pub const KEY_LEAVE_THE_QUIZ: &str = "leave the quiz (answers are saved)";
pub const KEY_MOVE: &str = "move";
pub const KEY_NEXT: &str = "next";
pub const KEY_NEXT_CHAPTER: &str = "next chapter";
pub const KEY_NEXT_ENTRY: &str = "next entry";
pub const KEY_NEXT_HEADING: &str = "next heading";
pub const KEY_NEXT_ITEM: &str = "next item";
pub const KEY_NEXT_MATCH: &str = "next match";
pub const KEY_NEXT_PROMPT: &str = "next prompt";
pub const KEY_NEXT_QUESTION_OR_THE_RESULT: &str = "next question, or the result";
pub const KEY_ONE_LINE_DOWN: &str = "one line down";
pub const KEY_ONE_LINE_UP: &str = "one line up";
pub const KEY_ONE_PAGE_DOWN: &str = "one page down";
pub const KEY_ONE_PAGE_UP: &str = "one page up";
pub const KEY_OPEN: &str = "open";
pub const KEY_OPEN_THE_SELECTION: &str = "open the selection";
pub const KEY_OUTLINE: &str = "outline";
pub const KEY_OUTLINE_OF_HEADINGS: &str = "outline of headings";
pub const KEY_PREVIOUS_CHAPTER: &str = "previous chapter";
pub const KEY_PREVIOUS_ENTRY: &str = "previous entry";
pub const KEY_PREVIOUS_HEADING: &str = "previous heading";
pub const KEY_PREVIOUS_ITEM: &str = "previous item";
pub const KEY_PREVIOUS_MATCH: &str = "previous match";
pub const KEY_PREVIOUS_PROMPT: &str = "previous prompt";
pub const KEY_PROGRESS: &str = "progress";
pub const KEY_PROGRESS_DASHBOARD: &str = "progress dashboard";
pub const KEY_QUIT: &str = "quit";
pub const KEY_QUIT_AT_ONCE_ALL_IS_SAVED: &str = "quit at once (all is saved)";
pub const KEY_REFLECT: &str = "reflect";
pub const KEY_REFLECTION_PROMPTS: &str = "reflection prompts";
pub const KEY_RETAKE_ALL: &str = "retake all";
pub const KEY_RETAKE_THE_WHOLE_QUIZ: &str = "retake the whole quiz";
pub const KEY_RETRY_MISSED: &str = "retry missed";
pub const KEY_RETRY_THE_MISSED_QUESTIONS: &str = "retry the missed questions";
pub const KEY_REVIEW_THE_QUESTIONS_DUE_TODAY: &str = "review the questions due today";
pub const KEY_SAVE_THE_ANSWER: &str = "save the answer";
pub const KEY_SCROLL: &str = "scroll";
pub const KEY_SCROLL_DOWN: &str = "scroll down";
pub const KEY_SCROLL_THE_HELP_DOWN: &str = "scroll the help down";
pub const KEY_SCROLL_THE_HELP_UP: &str = "scroll the help up";
pub const KEY_HELP_PAGE_DOWN: &str = "a page of the help down";
pub const KEY_HELP_PAGE_UP: &str = "a page of the help up";
pub const KEY_HELP_TOP: &str = "top of the help";
pub const KEY_HELP_END: &str = "end of the help";
pub const KEY_SCROLL_UP: &str = "scroll up";
pub const KEY_SCROLL_WIDE_CODE_LEFT: &str = "scroll wide code left";
pub const KEY_SCROLL_WIDE_CODE_RIGHT: &str = "scroll wide code right";
pub const KEY_SEARCH: &str = "search";
pub const KEY_SELECT: &str = "select";
pub const KEY_SUBMIT: &str = "submit";
pub const KEY_SUBMIT_THE_ANSWER: &str = "submit the answer";
pub const KEY_TAKE_THIS_CHAPTER_S_QUIZ: &str = "take this chapter's quiz";
pub const KEY_THIS_HELP: &str = "this help";
pub const KEY_TICK_OR_UNTICK_THE_ITEM: &str = "tick or untick the item";
pub const KEY_TOP_OF_THE_CHAPTER: &str = "top of the chapter";

/// The study calendar's weekday labels, every other row, as wide as one another.
pub const WEEKDAYS: [&str; 7] = ["Mon ", "    ", "Wed ", "    ", "Fri ", "    ", "    "];
pub const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// The result of a practice round: it never changes the attempt's score.
pub fn practice_result(right: usize, of: usize, attempt: &str) -> String {
    format!("Practice: {right} of {of} right. The attempt stands: {attempt}")
}
pub const KEY_CONTINUE_THE_ATTEMPT: &str = "go on where you left the attempt";
pub const KEY_START_OVER: &str = "start afresh, keeping the old attempt";
pub const KEY_START_OVER_SHORT: &str = "start over";

/// The offer to take up an attempt left half-way.
pub fn resume_offer(answered: usize, of: usize) -> String {
    format!("You left this quiz after {answered} of {of} questions.")
}
pub const RESUME_CHOICE: &str =
    "Go on from the next question, or start over? Your answers so far are kept either way.";
pub const KEY_DISCARD_THE_CHANGES: &str = "close and throw the changes away";
pub const KEY_KEEP_EDITING: &str = "keep editing";
/// Asked when the editor would throw away what was typed.
pub const EDITOR_CONFIRM: &str = "Save your changes? y save · n discard · Esc keep editing";
pub const KEY_SAVE_AND_CLOSE: &str = "save the answer and close";
pub const PRACTICE_MARK: &str = "practice: the missed questions again; the score stays as it was";
pub const QUIZ_LEFT_HALF_WAY: &str = "left half-way";

/// The end of the course's last chapter.
pub const END_OF_COURSE: &str = "— End of the last chapter —";
/// Before the quizzes the end of a chapter lists besides its own.
pub const MORE_QUIZZES: &str = "More quizzes, on the home screen (q takes you there):";
pub const COURSE_QUIZZES: &str =
    "The course's review quizzes, on the home screen (q takes you there):";

/// One quiz listed at the end of a chapter.
pub fn listed_quiz(title: &str, mastered: bool) -> String {
    if mastered {
        format!("· {title} ✓ mastered")
    } else {
        format!("· {title}")
    }
}

/// The quiz screen: marks where the body goes on beyond the screen.
pub const QUIZ_MORE_ABOVE: &str = "↑ more above";
pub const QUIZ_MORE_BELOW: &str = "↓ more below";
/// The result: before the headline of a question answered in a practice round.
pub const PRACTICE_TAG: &str = "practice · ";
/// An explanation shown again: the answer was given in a practice round.
pub const ANSWERED_IN_PRACTICE: &str = "Answered in practice, after the attempt was scored:";
/// An explanation shown again of a question left unanswered.
pub const NOT_ANSWERED: &str = "Not answered in this attempt.";

/// The result: under a missed question, the section of its chapter to re-read.
pub fn reread(heading: &str) -> String {
    format!("↳ re-read “{heading}”")
}

/// An explanation shown again: the section to re-read and how.
pub fn reread_in(heading: &str, chapter: &str) -> String {
    format!("↳ Re-read “{heading}” in “{chapter}”: press s (q comes back here)")
}

/// The reader opened at a section from a quiz's result.
pub const BACK_TO_THE_RESULT: &str = "q or Backspace: back to the quiz result";

pub const HELP_QUIZ_DETAIL: &str = "Quiz: a question shown again";
pub const KEY_NEXT_QUESTION_IN_THE_LIST: &str = "select the next question";
pub const KEY_PREVIOUS_QUESTION_IN_THE_LIST: &str = "select the previous question";
pub const KEY_FIRST_QUESTION: &str = "first question";
pub const KEY_LAST_QUESTION: &str = "last question";
pub const KEY_SHOW_ITS_EXPLANATION_AGAIN: &str = "show it again, with your answer and why";
pub const KEY_EXPLAIN: &str = "explain";
pub const KEY_RE_READ_ITS_SECTION: &str = "re-read its section (q returns here)";
pub const KEY_SECTION: &str = "re-read";
pub const KEY_LEAVE_THE_RESULT: &str = "leave the result";
pub const KEY_BACK_TO_THE_LIST: &str = "back to the list of questions";
