//! Reading a progress file that does not fit the model as a whole, record by record.
//!
//! A hand edit or a merge can leave one record that does not read — a timestamp such as
//! `2026-02-30T10:00:00Z`, a count that is text — and SPEC §5 wants that record kept as
//! it was and reported, and the rest loaded. So a file that is valid TOML of the right
//! overall shape is split into the records that fit (loaded) and those that do not
//! (kept aside as raw TOML and written back unchanged by every save). Only a file whose
//! top level is wrong is beyond this; the store moves such a file aside as before.
use super::model::{Attempt, ChapterProgress, Progress};
use super::study::{Reflection, ReviewCard, Tick};
use jiff::Timestamp;
use jiff::civil::Date;
use serde::de::DeserializeOwned;
use std::fmt::Write as _;
use toml::{Table, Value};

/// The part of a file that loaded, what did not and why.
#[derive(Debug, Default)]
pub(super) struct Salvaged {
    pub progress: Progress,
    /// The records that do not fit, at their place in the file (`courses.<id>....`).
    pub kept: Table,
    /// One per record kept, in the order of the file's keys.
    pub problems: Vec<Problem>,
}

/// A record that does not fit: the value at fault, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Problem {
    /// The keys from the top of the file down to the value at fault.
    pub place: Vec<Step>,
    /// What serde said, in one line (`invalid type: string "x", expected u32`).
    pub why: String,
}

/// One step down into a TOML value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Step {
    Key(String),
    /// A place in an array, from 0.
    Item(usize),
}

impl Problem {
    /// The place as a reader finds it in the file: `courses.c.chapters.01.position`,
    /// `courses.c.quizzes.q.attempts[2].correct`; keys that are not bare are quoted.
    pub fn path(&self) -> String {
        let mut path = String::new();
        for step in &self.place {
            match step {
                Step::Key(key) => {
                    if !path.is_empty() {
                        path.push('.');
                    }
                    let bare = !key.is_empty()
                        && key
                            .chars()
                            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
                    if bare {
                        path.push_str(key);
                    } else {
                        let _ = write!(path, "{key:?}");
                    }
                }
                Step::Item(i) => {
                    let _ = write!(path, "[{i}]");
                }
            }
        }
        path
    }
}

/// `at` and then `key`.
fn below(at: &[Step], key: &str) -> Vec<Step> {
    let mut place = at.to_vec();
    place.push(Step::Key(key.to_owned()));
    place
}

/// Splits `file` into what fits and what is kept; None when even the rest does not
/// fit (the top level is wrong), which the caller treats as an unreadable file.
pub(super) fn salvage(mut file: Table) -> Option<Salvaged> {
    let mut out = Salvaged::default();
    if let Some(Value::Table(courses)) = file.get_mut("courses") {
        let mut kept_courses = Table::new();
        let at = below(&[], "courses");
        // A course that is not even a table is kept whole.
        let ids: Vec<String> = courses.keys().cloned().collect();
        for id in &ids {
            records::<Table>(courses, &mut kept_courses, id, 0, &at, &mut out.problems);
        }
        for (id, course) in courses.iter_mut() {
            let Value::Table(course) = course else {
                continue;
            };
            let mut kept = Table::new();
            salvage_course(course, &mut kept, &below(&at, id), &mut out);
            if !kept.is_empty() {
                kept_courses.insert(id.clone(), Value::Table(kept));
            }
        }
        if !kept_courses.is_empty() {
            out.kept
                .insert("courses".to_owned(), Value::Table(kept_courses));
        }
    }
    out.progress = Value::Table(file).try_into().ok()?;
    Some(out)
}

/// Moves the records of one course that do not fit from `course` into `kept`.
fn salvage_course(course: &mut Table, kept: &mut Table, at: &[Step], out: &mut Salvaged) {
    let problems = &mut out.problems;
    scalar::<String>(course, kept, "last_chapter", at, problems);
    scalar::<Timestamp>(course, kept, "last_opened", at, problems);
    scalar::<String>(course, kept, "source", at, problems);
    scalar::<Timestamp>(course, kept, "about_seen", at, problems);
    records::<ChapterProgress>(course, kept, "chapters", 1, at, problems);
    records::<ReviewCard>(course, kept, "review", 1, at, problems);
    records::<Reflection>(course, kept, "reflections", 2, at, problems);
    records::<Tick>(course, kept, "checklists", 2, at, problems);
    elements::<Date>(course, kept, "days", at, problems);
    let Some(Value::Table(quizzes)) = course.get_mut("quizzes") else {
        records::<Table>(course, kept, "quizzes", 0, at, problems);
        return;
    };
    let mut kept_quizzes = Table::new();
    let ids: Vec<String> = quizzes.keys().cloned().collect();
    let quizzes_at = below(at, "quizzes");
    for id in &ids {
        records::<Table>(quizzes, &mut kept_quizzes, id, 0, &quizzes_at, problems);
    }
    for (id, quiz) in quizzes.iter_mut() {
        let Value::Table(quiz) = quiz else {
            continue;
        };
        let mut kept_quiz = Table::new();
        let at = below(&quizzes_at, id);
        elements::<Attempt>(quiz, &mut kept_quiz, "attempts", &at, problems);
        if !kept_quiz.is_empty() {
            kept_quizzes.insert(id.clone(), Value::Table(kept_quiz));
        }
    }
    if !kept_quizzes.is_empty() {
        kept.insert("quizzes".to_owned(), Value::Table(kept_quizzes));
    }
}

/// Why `value` is not a `T`, in one line, and where in it the fault is (the keys
/// below `value`); None when it is one.
fn misfit<T: DeserializeOwned>(value: &Value) -> Option<(String, Vec<Step>)> {
    let error = value.clone().try_into::<T>().err()?.to_string();
    let mut lines = error.lines();
    let why = lines.next().unwrap_or("does not fit").to_owned();
    // serde names the field at fault on a second line: "in `answers.correct`".
    let keys = lines
        .find_map(|line| line.strip_prefix("in `")?.strip_suffix('`'))
        .map(|keys| keys.split('.').collect::<Vec<_>>())
        .unwrap_or_default();
    Some((why, place_of::<T>(value, &keys)))
}

/// The steps to the fault in `record`, a value that is not a `T`, given the names of
/// the fields down to it. Where a field holds an array, the place in it is the first
/// element that alone still keeps the record from being a `T`.
fn place_of<T: DeserializeOwned>(record: &Value, keys: &[&str]) -> Vec<Step> {
    let mut place = Vec::new();
    let mut at = record;
    for key in keys {
        let Some(next) = at.get(*key) else {
            break;
        };
        place.push(Step::Key((*key).to_owned()));
        at = next;
        if let Value::Array(items) = at {
            let alone = |i: usize| {
                let mut probe = record.clone();
                if let Some(Value::Array(array)) = value_at_mut(&mut probe, &place) {
                    *array = vec![items[i].clone()];
                }
                value_at(&probe, &place).is_some() && probe.try_into::<T>().is_err()
            };
            let Some(i) = (0..items.len()).find(|&i| alone(i)) else {
                break;
            };
            place.push(Step::Item(i));
            at = &items[i];
        }
    }
    place
}

fn value_at<'v>(value: &'v Value, place: &[Step]) -> Option<&'v Value> {
    place.iter().try_fold(value, |v, step| match step {
        Step::Key(key) => v.get(key.as_str()),
        Step::Item(i) => v.get(*i),
    })
}

fn value_at_mut<'v>(value: &'v mut Value, place: &[Step]) -> Option<&'v mut Value> {
    place.iter().try_fold(value, |v, step| match step {
        Step::Key(key) => v.get_mut(key.as_str()),
        Step::Item(i) => v.get_mut(*i),
    })
}

/// A problem with the value at `place` (and `inner` below it).
fn problem(mut place: Vec<Step>, (why, inner): (String, Vec<Step>)) -> Problem {
    place.extend(inner);
    Problem { place, why }
}

/// Moves `parent[key]` to `kept` unless it is a `T`.
fn scalar<T: DeserializeOwned>(
    parent: &mut Table,
    kept: &mut Table,
    key: &str,
    at: &[Step],
    problems: &mut Vec<Problem>,
) {
    let Some(why) = parent.get(key).and_then(misfit::<T>) else {
        return;
    };
    problems.push(problem(below(at, key), why));
    if let Some(value) = parent.remove(key) {
        kept.insert(key.to_owned(), value);
    }
}

/// Moves the records under `parent[key]` that are not a `T` to the same place under
/// `kept`. Records sit `depth` tables down (1: `chapters.<id>`, 2: `reflections.<chapter>.
/// <prompt>`); a table that should hold records but is something else is kept whole.
fn records<T: DeserializeOwned>(
    parent: &mut Table,
    kept: &mut Table,
    key: &str,
    depth: u8,
    at: &[Step],
    problems: &mut Vec<Problem>,
) {
    let at = below(at, key);
    let Some(value) = parent.get_mut(key) else {
        return;
    };
    let unfit = match value {
        Value::Table(table) if depth > 0 => {
            let mut kept_table = Table::new();
            let ids: Vec<String> = table.keys().cloned().collect();
            for id in ids {
                records::<T>(table, &mut kept_table, &id, depth - 1, &at, problems);
            }
            if !kept_table.is_empty() {
                kept.insert(key.to_owned(), Value::Table(kept_table));
            }
            return;
        }
        Value::Table(_) if depth == 0 => misfit::<T>(value),
        _ => Some(("expected a table".to_owned(), Vec::new())),
    };
    if let Some(why) = unfit {
        problems.push(problem(at, why));
        if let Some(value) = parent.remove(key) {
            kept.insert(key.to_owned(), value);
        }
    }
}

/// Moves the elements of the array `parent[key]` that are not a `T` to an array of
/// the same name under `kept` (the whole value, when it is not an array).
fn elements<T: DeserializeOwned>(
    parent: &mut Table,
    kept: &mut Table,
    key: &str,
    at: &[Step],
    problems: &mut Vec<Problem>,
) {
    let at = below(at, key);
    let Some(value) = parent.get_mut(key) else {
        return;
    };
    let Value::Array(items) = value else {
        problems.push(problem(at, ("expected an array".to_owned(), Vec::new())));
        if let Some(value) = parent.remove(key) {
            kept.insert(key.to_owned(), value);
        }
        return;
    };
    let mut fit = Vec::with_capacity(items.len());
    let mut unfit = Vec::new();
    for (i, item) in std::mem::take(items).into_iter().enumerate() {
        match misfit::<T>(&item) {
            None => fit.push(item),
            Some(why) => {
                let mut place = at.clone();
                place.push(Step::Item(i));
                problems.push(problem(place, why));
                unfit.push(item);
            }
        }
    }
    *items = fit;
    if !unfit.is_empty() {
        kept.insert(key.to_owned(), Value::Array(unfit));
    }
}

/// Writes the kept records back into a serialized progress file: where the file has
/// nothing at their place they go in as they were; an array gets them appended; a
/// record the learner has since made anew at the same place replaces the kept one.
pub(super) fn restore(file: &mut Table, kept: &Table) {
    for (key, value) in kept {
        match (file.get_mut(key), value) {
            (None, _) => {
                file.insert(key.clone(), value.clone());
            }
            (Some(Value::Table(mine)), Value::Table(theirs)) => restore(mine, theirs),
            (Some(Value::Array(mine)), Value::Array(theirs)) => {
                mine.extend(theirs.iter().cloned());
            }
            (Some(_), _) => {}
        }
    }
}

#[cfg(test)]
mod tests;
