//! Finding mdBook's `{{#…}}` directives in a text, where and as mdBook's links
//! preprocessor finds them, and reading their arguments.
//!
//! This module owns the syntax alone: where a directive starts and ends, its name and
//! arguments, and the `\{{#…}}` escape. It never reads a file and never decides what a
//! directive expands to. It scans in one pass whose work is linear in the text, however
//! the text is made (runs of `{{` or `\{{#` with no closing `}}` included).
use super::anchors::LineRange;

/// One `{{#…}}` (or its escape) found in a text, at `start..end`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Found<'t> {
    pub start: usize,
    pub end: usize,
    pub kind: Kind<'t>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Kind<'t> {
    /// `\{{#…}}`: shown without its backslash and never expanded. Like mdBook, the
    /// escape reaches the last `}}` of its line.
    Escaped,
    /// `{{#name body}}`: `body` is everything between the name and the closing `}}`,
    /// the whitespace after the name included.
    Directive { name: &'t str, body: &'t str },
}

/// What a directive asks for, once its arguments are read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Directive<'t> {
    /// Text taken from the file at `path` (as written).
    File {
        path: &'t str,
        take: Take<'t>,
    },
    Title(&'t str),
    /// mdbook-quiz's `{{#quiz PATH}}`.
    Quiz(&'t str),
}

/// What a file directive takes from its file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Take<'t> {
    Include(Select<'t>),
    RustdocInclude(Select<'t>),
    Playground {
        attrs: Vec<&'t str>,
        /// Written `{{#playpen}}`, the old name.
        old_name: bool,
    },
}

impl Take<'_> {
    /// The directive's name, for messages.
    pub fn name(&self) -> &'static str {
        match self {
            Take::Include(_) => "include",
            Take::RustdocInclude(_) => "rustdoc_include",
            Take::Playground { .. } => "playground",
        }
    }
}

/// Which lines of a file an include takes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Select<'t> {
    Lines(LineRange),
    Anchor(&'t str),
}

/// The directives of a text, in order, as an iterator.
pub(super) struct Scanner<'t> {
    text: &'t str,
    pos: usize,
    /// The first `}` at or after `.0`, if any. Searches only move forward, so what was
    /// found stays true for every later search that starts before it.
    brace: Option<(usize, Option<usize>)>,
    /// For the line around `.0`: where the line ends, and where its last `}}` at or
    /// after `.0` starts.
    close: Option<(usize, usize, Option<usize>)>,
}

impl<'t> Scanner<'t> {
    pub fn new(text: &'t str) -> Self {
        Self {
            text,
            pos: 0,
            brace: None,
            close: None,
        }
    }

    /// The escape `\{{#…}}` starting at `at`: mdBook's pattern is `\\\{\{#.*\}\}`, so it
    /// ends at the last `}}` of the line, and without one it is no escape at all.
    fn escape_at(&mut self, at: usize) -> Option<usize> {
        if !self.text[at..].starts_with("\\{{#") {
            return None;
        }
        self.last_close_in_line(at + 4).map(|close| close + 2)
    }

    /// Where the last `}}` starting at or after `from` on the same line starts.
    fn last_close_in_line(&mut self, from: usize) -> Option<usize> {
        if let Some((cached_from, line_end, last)) = self.close
            && cached_from <= from
            && from <= line_end
        {
            return last.filter(|&close| close >= from);
        }
        let line_end = self.text[from..]
            .find('\n')
            .map_or(self.text.len(), |i| from + i);
        let last = self.text[from..line_end].rfind("}}").map(|i| from + i);
        self.close = Some((from, line_end, last));
        last
    }

    /// The first `}` at or after `from`.
    fn first_brace(&mut self, from: usize) -> Option<usize> {
        if let Some((cached_from, found)) = self.brace
            && cached_from <= from
            && found.is_none_or(|brace| brace >= from)
        {
            return found;
        }
        let found = self.text[from..].find('}').map(|i| from + i);
        self.brace = Some((from, found));
        found
    }

    /// The directive starting at `at`, by mdBook's pattern
    /// `\{\{\s*#([a-zA-Z0-9_]+)\s+([^}]+)\}\}`: its end, name and body.
    fn directive_at(&mut self, at: usize) -> Option<(usize, &'t str, &'t str)> {
        let text = self.text;
        let bytes = text.as_bytes();
        if !text[at..].starts_with("{{") {
            return None;
        }
        let after_braces = at + 2;
        let hash =
            after_braces + text[after_braces..].len() - text[after_braces..].trim_start().len();
        if bytes.get(hash) != Some(&b'#') {
            return None;
        }
        let name_start = hash + 1;
        let name_len = bytes[name_start..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric() || **b == b'_')
            .count();
        if name_len == 0 {
            return None;
        }
        let name_end = name_start + name_len;
        if !text[name_end..].starts_with(char::is_whitespace) {
            return None;
        }
        let brace = self.first_brace(name_end)?;
        if bytes.get(brace + 1) != Some(&b'}') {
            return None;
        }
        let body = &text[name_end..brace];
        // One character for the separating whitespace, at least one for the arguments.
        body.chars().nth(1)?;
        Some((brace + 2, &text[name_start..name_end], body))
    }
}

impl<'t> Iterator for Scanner<'t> {
    type Item = Found<'t>;

    fn next(&mut self) -> Option<Found<'t>> {
        let bytes = self.text.as_bytes();
        while self.pos < bytes.len() {
            let Some(skip) = bytes[self.pos..]
                .iter()
                .position(|&b| b == b'{' || b == b'\\')
            else {
                self.pos = bytes.len();
                return None;
            };
            let at = self.pos + skip;
            self.pos = at + 1;
            if bytes[at] == b'\\' {
                if let Some(end) = self.escape_at(at) {
                    self.pos = end;
                    return Some(Found {
                        start: at,
                        end,
                        kind: Kind::Escaped,
                    });
                }
            } else if let Some((end, name, body)) = self.directive_at(at) {
                self.pos = end;
                return Some(Found {
                    start: at,
                    end,
                    kind: Kind::Directive { name, body },
                });
            }
        }
        None
    }
}

/// The directive a name and body stand for, or `None` when mdBook would leave the text
/// as it is: an unknown name, or a known one without the argument it needs.
pub(super) fn parse<'t>(name: &str, body: &'t str) -> Option<Directive<'t>> {
    let mut words = body.split_whitespace();
    match name {
        "include" | "rustdoc_include" => {
            let word = words.next()?;
            let (path, select) = match word.split_once(':') {
                Some((path, select)) => (path, parse_select(select)),
                None => (word, parse_select("")),
            };
            let take = if name == "include" {
                Take::Include(select)
            } else {
                Take::RustdocInclude(select)
            };
            Some(Directive::File { path, take })
        }
        "playground" | "playpen" => Some(Directive::File {
            path: words.next()?,
            take: Take::Playground {
                attrs: words.collect(),
                old_name: name == "playpen",
            },
        }),
        "title" => Some(Directive::Title(body.trim())),
        "quiz" => words.next().map(Directive::Quiz),
        _ => None,
    }
}

/// What follows the first `:` of an include's file argument, as mdBook reads it:
/// `N`, `N:`, `:M`, `N:M` (1-based, inclusive) or `NAME`; anything after a third `:`
/// is ignored, an end that is no number means "to the end", and a start that is no
/// number names an anchor.
fn parse_select(select: &str) -> Select<'_> {
    let mut parts = select.splitn(3, ':');
    let start = match parts.next() {
        None | Some("") => None,
        Some(first) => match first.parse::<usize>() {
            Ok(line) => Some(line.saturating_sub(1)),
            Err(_) => return Select::Anchor(first),
        },
    };
    let end = parts.next().map(str::parse::<usize>);
    let range = match (start, end) {
        (Some(start), Some(Ok(end))) => LineRange::new(start, Some(end)),
        (Some(start), Some(Err(_))) => LineRange::new(start, None),
        (Some(start), None) => LineRange::new(start, Some(start.saturating_add(1))),
        (None, Some(Ok(end))) => LineRange::new(0, Some(end)),
        (None, _) => LineRange::new(0, None),
    };
    Select::Lines(range)
}

#[cfg(test)]
mod tests;
