//! The inline half of parsing: text runs with their attributes, links (with their
//! address shown after the text unless it is the text), images as placeholders, and
//! the runs' sanitizing. Block structure is the parent module's business.
use std::sync::Arc;

use unicode_width::UnicodeWidthChar;

use super::{Builder, InlineKind};
use crate::markdown::document::{Flags, Run};
use crate::markdown::text::clean_inline;

#[derive(Debug)]
pub(super) struct Image {
    pub url: Arc<str>,
    pub alt: String,
    /// Images nested inside this one's alt text.
    pub depth: usize,
}

impl Builder<'_> {
    pub(super) fn flags(&self) -> Flags {
        self.flags
            .iter()
            .fold(Flags::default(), |acc, f| acc.with(*f))
    }

    pub(super) fn text(&mut self, text: &str) {
        if let Some((_, code)) = &mut self.code {
            code.push_str(text);
        } else if let Some(html) = &mut self.html {
            html.push_str(text);
        } else {
            let flags = self.flags();
            self.push_run(clean_inline(text), flags);
        }
    }

    pub(super) fn push_run(&mut self, text: String, flags: Flags) {
        self.push_text_run(text, flags, true);
    }

    /// Pushes a run that later text never joins: an open HTML tag, kept as written
    /// until its closing tag hides it.
    pub(super) fn push_run_alone(&mut self, text: String, flags: Flags) {
        self.push_text_run(text, flags, false);
    }

    /// Pushes text, joining it to the run before when nothing tells them apart: text
    /// that comes in many small events (`<` after `<`) must not cost a run each.
    fn push_text_run(&mut self, text: String, flags: Flags, join: bool) {
        let text = self.after_soft_break(text);
        if let Some(image) = &mut self.image {
            image.alt.push_str(&text);
            return;
        }
        let link = self.links.last().map(|(url, _)| Arc::clone(url));
        let flags = if link.is_some() {
            flags.with(Flags::LINK)
        } else {
            flags
        };
        self.ensure_inline();
        let Some((_, runs)) = &mut self.inline else {
            return;
        };
        // A link's first run, and the run after an open tag, start where meaning will
        // be given to the runs from them on.
        let starts_link = self
            .links
            .last()
            .is_some_and(|(_, first)| *first == runs.len());
        let after_tag = self.elements.is_last_tag(runs.len().wrapping_sub(1));
        match runs.last_mut() {
            Some(last)
                if join
                    && !starts_link
                    && !after_tag
                    && !last.is_break()
                    && !flags.contains(Flags::BREAK)
                    && last.flags == flags
                    && last.link == link =>
            {
                last.text.push_str(&text);
            }
            _ => runs.push(Run { text, flags, link }),
        }
    }

    /// Writes a pending soft break in front of `text`: a space, unless both the text
    /// before it and `text` start with a wide character.
    fn after_soft_break(&mut self, text: String) -> String {
        if !std::mem::take(&mut self.soft_break) || text.is_empty() {
            return text;
        }
        let wide = |c: Option<char>| c.and_then(UnicodeWidthChar::width) == Some(2);
        let before = match (&self.image, &self.inline) {
            (Some(image), _) => image.alt.chars().next_back(),
            (None, Some((_, runs))) => runs.iter().rev().find_map(|r| r.text.chars().next_back()),
            (None, None) => None,
        };
        if wide(before) && wide(text.chars().next()) {
            text
        } else {
            format!(" {text}")
        }
    }

    pub(super) fn ensure_inline(&mut self) {
        if self.inline.is_none() {
            self.inline = Some((InlineKind::Implicit, Vec::new()));
        }
    }

    pub(super) fn end_link(&mut self) {
        self.flags.pop();
        let Some((url, first)) = self.links.pop() else {
            return;
        };
        if self.image.is_some() {
            return;
        }
        let shown = self.inline.as_ref().map(|(_, runs)| {
            runs.get(first..)
                .unwrap_or_default()
                .iter()
                .map(|r| r.text.as_str())
                .collect::<String>()
        });
        self.push_address(&shown.unwrap_or_default(), url, first);
    }

    pub(super) fn end_image(&mut self) {
        match &mut self.image {
            Some(image) if image.depth > 0 => image.depth -= 1,
            Some(_) => {
                let Some(image) = self.image.take() else {
                    return;
                };
                self.push_image(&image.url, &image.alt);
            }
            None => {}
        }
    }

    /// An image's placeholder with its alt text, then its address.
    pub(super) fn push_image(&mut self, url: &Arc<str>, alt: &str) {
        let alt = alt.split_whitespace().collect::<Vec<_>>().join(" ");
        let text = if alt.is_empty() {
            "[image]".to_owned()
        } else {
            format!("[image: {alt}]")
        };
        let url = (!url.is_empty()).then(|| Arc::clone(url));
        let flags = self.flags().with(Flags::IMAGE);
        self.push_run_with(text, flags, url.clone());
        if let Some(url) = url {
            let flags = self.flags().with(Flags::ADDRESS);
            self.push_run_linked(format!(" ({url})"), flags, url);
        }
    }

    pub(super) fn push_run_linked(&mut self, text: String, flags: Flags, url: Arc<str>) {
        self.push_run_with(text, flags, Some(url));
    }

    /// Pushes a run whose link is given, rather than taken from the open links.
    pub(super) fn push_run_with(&mut self, text: String, flags: Flags, link: Option<Arc<str>>) {
        let text = self.after_soft_break(text);
        self.ensure_inline();
        let link = link.or_else(|| self.links.last().map(|(url, _)| Arc::clone(url)));
        if let Some((_, runs)) = &mut self.inline {
            runs.push(Run { text, flags, link });
        }
    }

    pub(super) fn take_inline(&mut self) -> Vec<Run> {
        self.elements.clear();
        self.inline.take().map(|(_, runs)| runs).unwrap_or_default()
    }
}
