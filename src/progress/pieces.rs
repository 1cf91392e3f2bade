//! Reading a big progress file in pieces, so that its cost stays a small multiple of
//! its size (SPEC §7's rule for every pass, and §9's budget for the progress file).
//!
//! The TOML parser holds every token, every event and a tree of the whole document
//! at once: about eighteen times the text, 1.8 GB for a 100 MB file. The bulk of a
//! long-used file is attempts, each an element of an array of tables, so the text is
//! cut before headers that repeat an earlier array-of-tables header nested in no other
//! (the next attempt of a quiz), each piece of a megabyte or so is parsed on its own,
//! on as many threads as there are cores, and the pieces are put together.
//!
//! Only a file whose pieces join without overlap is read this way; anything else
//! (a piece that does not parse, a record in two pieces, another version) returns
//! None and the caller parses the whole text as before, which finds and reports what
//! is wrong. A cut in a wrong place leaves a string or an array open in the piece
//! before it, which then does not parse: the scan can err only towards that fallback.
use super::model::{CourseProgress, Progress, QuizProgress, VERSION};
use std::collections::btree_map::Entry;
use std::collections::{BTreeMap, HashSet};
use toml::Table;

/// Below this a file is parsed whole; above it, in pieces of about this size.
const PIECE: usize = 1 << 20;

/// The progress in `text`, parsed in pieces; None when the text is small, or when the
/// pieces do not join cleanly (the caller then parses it whole).
pub(super) fn parse(text: &str) -> Option<Progress> {
    let pieces = cut(text, PIECE);
    if pieces.len() < 2 {
        return None;
    }
    let parsed = parse_all(&pieces);
    let mut parts = parsed.into_iter();
    let mut progress = parts.next()??;
    if progress.version != VERSION {
        return None;
    }
    for part in parts {
        absorb(&mut progress, part?).ok()?;
    }
    Some(progress)
}

/// Parses each piece, on up to as many threads as there are cores, in order.
fn parse_all(pieces: &[&str]) -> Vec<Option<Progress>> {
    let threads = std::thread::available_parallelism()
        .map_or(1, std::num::NonZero::get)
        .clamp(1, 4)
        .min(pieces.len());
    let one = |(i, piece): (usize, &&str)| -> Option<Progress> {
        if i == 0 {
            toml::from_str(piece).ok()
        } else {
            // Every later piece starts at a header; the version is the first piece's.
            let mut text = String::with_capacity(piece.len() + 16);
            text.push_str("version = 1\n");
            text.push_str(piece);
            toml::from_str(&text).ok()
        }
    };
    if threads < 2 {
        return pieces.iter().enumerate().map(one).collect();
    }
    let mut results: Vec<Option<Progress>> = Vec::new();
    results.resize_with(pieces.len(), || None);
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|t| {
                scope.spawn(move || {
                    pieces
                        .iter()
                        .enumerate()
                        .skip(t)
                        .step_by(threads)
                        .map(|piece| (piece.0, one(piece)))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        for worker in workers {
            // A worker that panicked leaves its pieces None: the whole text is parsed.
            for (i, part) in worker.join().unwrap_or_default() {
                results[i] = part;
            }
        }
    });
    results
}

/// Cuts `text` into pieces of at least `size` bytes (the last may be shorter), each
/// after the first starting at a header [`repeated_headers`] finds. One piece when
/// there is no such place.
fn cut(text: &str, size: usize) -> Vec<&str> {
    let mut pieces = Vec::new();
    let mut start = 0;
    for at in repeated_headers(text) {
        if at - start >= size {
            pieces.push(&text[start..at]);
            start = at;
        }
    }
    pieces.push(&text[start..]);
    pieces
}

/// The byte offsets of the lines that hold an array-of-tables header seen before and
/// nested in no other array of tables (`[[….attempts]]` again, not `[[….answers]]`),
/// found outside strings, comments and values (one pass).
fn repeated_headers(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut arrays: HashSet<&str> = HashSet::new();
    let mut depth = 0usize;
    let mut line_start = true;
    let mut i = 0;
    while i < bytes.len() {
        if line_start {
            line_start = false;
            let indent = bytes[i..]
                .iter()
                .take_while(|b| **b == b' ' || **b == b'\t')
                .count();
            if depth == 0 && bytes.get(i + indent) == Some(&b'[') {
                let end = text[i..].find('\n').map_or(text.len(), |n| i + n);
                let header = text[i + indent..end].trim_end();
                if let Some(keys) = header.strip_prefix("[[").and_then(|h| h.strip_suffix("]]"))
                    && !arrays.insert(keys)
                    && !nested(keys, &arrays)
                {
                    found.push(i);
                }
                i = end;
                continue;
            }
        }
        match bytes[i] {
            b'\n' => line_start = true,
            b'#' => {
                i = text[i..].find('\n').map_or(text.len(), |n| i + n);
                continue;
            }
            b'"' | b'\'' => {
                i = string_end(bytes, i);
                continue;
            }
            b'[' | b'{' => depth += 1,
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
        i += 1;
    }
    found
}

/// Whether the header `keys` extends another array-of-tables header as written: its
/// tables then belong to that array's last element, and a piece may not start there.
fn nested(keys: &str, arrays: &HashSet<&str>) -> bool {
    keys.match_indices('.')
        .any(|(at, _)| arrays.contains(&keys[..at]))
}

/// The offset just past the string that starts at `i` (basic or literal, one line or
/// several); the end of the line for one left open.
fn string_end(bytes: &[u8], i: usize) -> usize {
    let quote = bytes[i];
    let escapes = quote == b'"';
    let multi = bytes.get(i + 1) == Some(&quote) && bytes.get(i + 2) == Some(&quote);
    if !multi && bytes.get(i + 1) == Some(&quote) {
        return i + 2; // ""
    }
    let mut j = if multi { i + 3 } else { i + 1 };
    while j < bytes.len() {
        match bytes[j] {
            b'\\' if escapes => j += 2,
            b'\n' if !multi => return j,
            b if b == quote => {
                if !multi {
                    return j + 1;
                }
                if bytes.get(j + 1) == Some(&quote) && bytes.get(j + 2) == Some(&quote) {
                    // Up to two more quotes may end the string's own text.
                    let mut end = j + 3;
                    while end < bytes.len() && end < j + 5 && bytes[end] == quote {
                        end += 1;
                    }
                    return end;
                }
                j += 1;
            }
            _ => j += 1,
        }
    }
    bytes.len()
}

/// A record present in two pieces: the pieces do not join without a choice.
struct Overlap;

/// Adds `part`, the progress of a later piece, to `into`. Attempts follow those
/// already there, in file order; anything else must be new.
fn absorb(into: &mut Progress, part: Progress) -> Result<(), Overlap> {
    disjoint(&mut into.extra, part.extra)?;
    for (id, course) in part.courses {
        match into.courses.entry(id) {
            Entry::Vacant(slot) => {
                slot.insert(course);
            }
            Entry::Occupied(mut slot) => absorb_course(slot.get_mut(), course)?,
        }
    }
    Ok(())
}

fn absorb_course(into: &mut CourseProgress, part: CourseProgress) -> Result<(), Overlap> {
    take_once(&mut into.last_chapter, part.last_chapter, String::is_empty)?;
    take_once(&mut into.last_opened, part.last_opened, Option::is_none)?;
    take_once(&mut into.source, part.source, String::is_empty)?;
    take_once(&mut into.about_seen, part.about_seen, Option::is_none)?;
    disjoint_map(&mut into.chapters, part.chapters)?;
    for (id, quiz) in part.quizzes {
        match into.quizzes.entry(id) {
            Entry::Vacant(slot) => {
                slot.insert(quiz);
            }
            Entry::Occupied(mut slot) => absorb_quiz(slot.get_mut(), quiz)?,
        }
    }
    let study = part.study;
    for (chapter, prompts) in study.reflections {
        disjoint_map(into.study.reflections.entry(chapter).or_default(), prompts)?;
    }
    for (chapter, items) in study.checklists {
        disjoint_map(into.study.checklists.entry(chapter).or_default(), items)?;
    }
    disjoint_map(&mut into.study.review, study.review)?;
    into.study.days.extend(study.days);
    disjoint(&mut into.extra, part.extra)
}

fn absorb_quiz(into: &mut QuizProgress, part: QuizProgress) -> Result<(), Overlap> {
    disjoint(&mut into.extra, part.extra)?;
    into.attempts.extend(part.attempts);
    Ok(())
}

/// Takes `value` unless `into` already has one (`is_unset` says it has not).
fn take_once<T>(into: &mut T, value: T, is_unset: impl Fn(&T) -> bool) -> Result<(), Overlap> {
    if is_unset(&value) {
        return Ok(());
    }
    if !is_unset(into) {
        return Err(Overlap);
    }
    *into = value;
    Ok(())
}

fn disjoint(into: &mut Table, part: Table) -> Result<(), Overlap> {
    for (key, value) in part {
        if into.contains_key(&key) {
            return Err(Overlap);
        }
        into.insert(key, value);
    }
    Ok(())
}

fn disjoint_map<T>(
    into: &mut BTreeMap<String, T>,
    part: BTreeMap<String, T>,
) -> Result<(), Overlap> {
    for (key, value) in part {
        match into.entry(key) {
            Entry::Vacant(slot) => {
                slot.insert(value);
            }
            Entry::Occupied(_) => return Err(Overlap),
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn attempt(n: usize) -> String {
        format!(
            "[[courses.c.quizzes.q.attempts]]\nid = \"a{n}\"\nstarted = \"2026-01-01T00:00:00Z\"\n\
             correct = 1\ntotal = 1\nneeded = 1\npassed = true\nnote = \"\"\"\n[[x]]\n\"\"\"\n\n\
             [[courses.c.quizzes.q.attempts.answers]]\nquestion = \"q\"\ngiven = \"a\"\n\
             correct = true\n\n"
        )
    }

    fn file(attempts: usize) -> String {
        let mut text = String::from(
            "version = 1\n\n[courses.c]\nlast_chapter = \"01\"\n\n[courses.c.chapters.01]\n\
             position = 3\n\n",
        );
        for n in 0..attempts {
            text.push_str(&attempt(n));
        }
        text.push_str("[courses.c.review.\"q/q\"]\nbox = 1\ndue = \"2026-01-02\"\nupdated = \"2026-01-01T00:00:00Z\"\n");
        text
    }

    #[test]
    fn cuts_fall_before_a_repeated_array_header_only() {
        let text = file(3);
        let cuts = repeated_headers(&text);
        assert_eq!(cuts.len(), 2, "before the 2nd and 3rd attempts");
        for at in cuts {
            assert!(text[at..].starts_with("[[courses.c.quizzes.q.attempts]]\nid"));
        }
        // Headers inside a multi-line string, an array or a comment are no place to cut.
        let tricky =
            "version = 1\n[[a]]\nx = \"\"\"\n[[a]]\n\"\"\"\ny = [\n[[1]],\n]\n# [[a]]\n[[a]]\n";
        assert_eq!(
            repeated_headers(tricky),
            [tricky.rfind("[[a]]").unwrap_or(0)]
        );
    }

    #[test]
    fn pieces_join_to_what_the_whole_text_holds() {
        let text = file(40);
        let whole: Progress = toml::from_str(&text).expect("parses whole");
        let pieces = cut(&text, 500);
        assert!(pieces.len() > 5, "{} pieces", pieces.len());
        let mut joined: Option<Progress> = None;
        for part in parse_all(&pieces) {
            let part = part.expect("each piece parses");
            match joined.as_mut() {
                None => joined = Some(part),
                Some(into) => assert!(absorb(into, part).is_ok()),
            }
        }
        assert_eq!(joined, Some(whole));
    }

    #[test]
    fn a_record_in_two_pieces_is_left_to_the_whole_parse() {
        let mut into: Progress = toml::from_str(&file(1)).expect("parses");
        let again: Progress = toml::from_str(&file(1)).expect("parses");
        assert!(absorb(&mut into, again).is_err());
    }
}
