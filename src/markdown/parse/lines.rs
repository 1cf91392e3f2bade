//! Byte offsets of the parser's events as 1-based source lines, for the reader's
//! saved positions. It only counts line breaks; it never looks at Markdown.

/// Turns byte offsets into 1-based line numbers, counting forward from the last offset
/// asked about: top-level blocks start in source order, so a whole document costs one
/// pass over its text.
#[derive(Debug)]
pub(super) struct Lines {
    offset: usize,
    line: u32,
}

impl Default for Lines {
    fn default() -> Self {
        Self { offset: 0, line: 1 }
    }
}

impl Lines {
    pub fn line_of(&mut self, src: &str, offset: usize) -> u32 {
        if offset < self.offset {
            // Not expected of the parser; counting again from the top stays correct.
            *self = Self::default();
        }
        let offset = offset.min(src.len());
        // The parser's offsets fall on character boundaries.
        let newlines = src
            .get(self.offset..offset)
            .map_or(0, |between| between.matches('\n').count());
        self.line = self
            .line
            .saturating_add(u32::try_from(newlines).unwrap_or(u32::MAX));
        self.offset = offset;
        self.line
    }
}

#[cfg(test)]
mod tests {
    use super::Lines;

    #[test]
    fn counts_forward_and_starts_over_when_asked_about_an_earlier_offset() {
        let src = "a\nb\n\nc\n";
        let mut lines = Lines::default();
        assert_eq!(lines.line_of(src, 0), 1);
        assert_eq!(lines.line_of(src, 2), 2);
        assert_eq!(lines.line_of(src, 5), 4);
        assert_eq!(lines.line_of(src, 99), 5);
        assert_eq!(lines.line_of(src, 2), 2);
    }
}
