//! Answers to mdbook-quiz `Tracing` questions: whether the program compiles and, if it
//! does, what it prints.
//!
//! This module owns the one-line form such an answer takes on the command line and in
//! the progress file (`n`, or `y:` and the output with `\n` for its line breaks), and
//! the rule an output is compared by: line endings normalised, the whole trimmed, each
//! line's trailing spaces ignored. It never grades a whole question: that is
//! [`super::score`]'s business.

/// A learner's answer to a Tracing question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Trace {
    pub compiles: bool,
    /// What the learner says the program prints; empty when it does not compile.
    pub output: String,
}

impl Trace {
    /// The answer as one line: `n`, or `y:` and the output with each backslash doubled
    /// and each line break written `\n`, so [`Trace::parse`] reads it back unchanged.
    pub fn to_entry(&self) -> String {
        if !self.compiles {
            return "n".to_owned();
        }
        let mut entry = String::from("y:");
        for c in self.output.replace("\r\n", "\n").chars() {
            match c {
                '\\' => entry.push_str("\\\\"),
                '\n' => entry.push_str("\\n"),
                other => entry.push(other),
            }
        }
        entry
    }

    /// Reads `n` (or `no`), or `y` / `yes` with an optional `:OUTPUT`, either case.
    /// In the output `\n` is a line break and `\\` a backslash; any other backslash is
    /// kept as written. None for anything else.
    pub fn parse(entry: &str) -> Option<Self> {
        let entry = entry.trim();
        let (head, output) = match entry.split_once(':') {
            Some((head, output)) => (head, Some(output)),
            None => (entry, None),
        };
        match head.trim().to_ascii_lowercase().as_str() {
            "n" | "no" if output.is_none_or(|o| o.trim().is_empty()) => Some(Self {
                compiles: false,
                output: String::new(),
            }),
            "y" | "yes" => Some(Self {
                compiles: true,
                output: unescape(output.unwrap_or_default()),
            }),
            _ => None,
        }
    }
}

/// `\n` → line break, `\\` → backslash, other backslashes as written.
fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('\\') | None => out.push('\\'),
            Some(other) => {
                out.push('\\');
                out.push(other);
            }
        }
    }
    out
}

/// Whether a program's output as given matches the expected one: line endings
/// normalised, both trimmed as a whole, then compared line by line with each line's
/// trailing spaces ignored. Case and inner spacing count: output is exact.
pub fn outputs_match(given: &str, expected: &str) -> bool {
    let lines = |text: &str| -> Vec<String> {
        text.replace("\r\n", "\n")
            .replace('\r', "\n")
            .trim()
            .lines()
            .map(|line| line.trim_end().to_owned())
            .collect()
    };
    lines(given) == lines(expected)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn compiles(output: &str) -> Trace {
        Trace {
            compiles: true,
            output: output.to_owned(),
        }
    }

    #[test]
    fn entries_read_both_answers() {
        let no = Trace {
            compiles: false,
            output: String::new(),
        };
        assert_eq!(Trace::parse("n"), Some(no.clone()));
        assert_eq!(Trace::parse(" NO "), Some(no));
        assert_eq!(Trace::parse("y"), Some(compiles("")));
        assert_eq!(Trace::parse("y:"), Some(compiles("")));
        assert_eq!(Trace::parse("Y:1\\n2"), Some(compiles("1\n2")));
        assert_eq!(Trace::parse("yes:a: b"), Some(compiles("a: b")));
        assert_eq!(Trace::parse("y:C:\\\\x\\t"), Some(compiles("C:\\x\\t")));
        assert_eq!(Trace::parse("n:5"), None, "an output after no is a slip");
        assert_eq!(Trace::parse("maybe"), None);
        assert_eq!(Trace::parse(""), None);
    }

    #[test]
    fn an_entry_is_one_line_and_reads_back_the_same() {
        for output in ["", "1\n2", "a\\nb", "tab\there", "end\\"] {
            let trace = compiles(output);
            let entry = trace.to_entry();
            assert!(!entry.contains('\n'), "{entry:?}");
            assert_eq!(Trace::parse(&entry), Some(trace), "{entry:?}");
        }
        assert_eq!(compiles("1\r\n2").to_entry(), "y:1\\n2");
        assert_eq!(
            Trace::parse("n").map(|t| t.to_entry()).as_deref(),
            Some("n")
        );
    }

    #[test]
    fn outputs_compare_trimmed_line_by_line() {
        assert!(outputs_match("1\n2", "1\n2\n"));
        assert!(outputs_match("  1  \r\n2   \n\n", "1\n2"));
        assert!(outputs_match("a  \nb", "a\nb  "));
        assert!(!outputs_match("1 2", "1  2"), "inner spacing counts");
        assert!(!outputs_match("Hello", "hello"), "case counts");
        assert!(
            !outputs_match("1\n\n2", "1\n2"),
            "a blank line inside counts"
        );
        assert!(outputs_match("", "  \n"));
    }
}
