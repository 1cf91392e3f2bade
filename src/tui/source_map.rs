//! Where each top-level block of a chapter starts in its Markdown source.
//!
//! Reading positions are saved as source lines (SPEC §5) so they survive a terminal of
//! another width; the renderer reports where each top-level block starts on screen
//! ([`crate::markdown::Rendered::block_lines`]), and this module supplies the other
//! half: the source line of each of those blocks. It reads the source with the same
//! pulldown-cmark options as the renderer and never draws anything.
use pulldown_cmark::{Event, Options, Parser, Tag};

/// 1-based source lines of the document's top-level blocks, `blocks` of them. When the
/// blocks found here do not line up with the renderer's count (an HTML block that
/// rendered to nothing, say), positions are spread evenly so that saving and restoring
/// still lands close.
pub fn block_source_lines(src: &str, blocks: usize) -> Vec<u32> {
    let (all, html) = top_level_starts(src);
    let starts: Vec<usize> = if all.len() == blocks {
        all
    } else {
        let without_html: Vec<usize> = all
            .iter()
            .zip(&html)
            .filter(|(_, is_html)| !**is_html)
            .map(|(start, _)| *start)
            .collect();
        if without_html.len() == blocks {
            without_html
        } else {
            return spread(total_lines(src), blocks);
        }
    };
    let line_starts: Vec<usize> = std::iter::once(0)
        .chain(src.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    starts
        .iter()
        .map(|&offset| to_u32(line_starts.partition_point(|&s| s <= offset)))
        .collect()
}

/// The number of source lines (at least 1), as the progress model counts them.
pub fn total_lines(src: &str) -> u32 {
    to_u32(src.lines().count().max(1))
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

fn spread(lines: u32, blocks: usize) -> Vec<u32> {
    let blocks_u64 = u64::try_from(blocks.max(1)).unwrap_or(u64::MAX);
    (0..blocks)
        .map(|i| {
            let i = u64::try_from(i).unwrap_or(u64::MAX);
            let line = 1 + i * u64::from(lines) / blocks_u64;
            u32::try_from(line).unwrap_or(u32::MAX)
        })
        .collect()
}

/// Byte offsets of the top-level blocks, and whether each is an HTML block.
fn top_level_starts(src: &str) -> (Vec<usize>, Vec<bool>) {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_FOOTNOTES;
    let mut depth = 0usize;
    let (mut starts, mut html) = (Vec::new(), Vec::new());
    for (event, range) in Parser::new_ext(src, options).into_offset_iter() {
        match event {
            Event::Start(tag) => {
                if depth == 0 && !matches!(tag, Tag::FootnoteDefinition(_)) && is_block(&tag) {
                    starts.push(range.start);
                    html.push(matches!(tag, Tag::HtmlBlock));
                }
                depth += 1;
            }
            Event::End(_) => depth = depth.saturating_sub(1),
            Event::Rule if depth == 0 => {
                starts.push(range.start);
                html.push(false);
            }
            _ => {}
        }
    }
    (starts, html)
}

fn is_block(tag: &Tag<'_>) -> bool {
    matches!(
        tag,
        Tag::Paragraph
            | Tag::Heading { .. }
            | Tag::BlockQuote(_)
            | Tag::CodeBlock(_)
            | Tag::HtmlBlock
            | Tag::List(_)
            | Tag::Table(_)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::markdown::parse;

    #[test]
    fn blocks_map_to_their_first_source_line() {
        let src = "# Title\n\nA paragraph\nover two lines.\n\n```rust\nfn main() {}\n```\n\n- a\n- b\n\n---\n";
        let lines = block_source_lines(src, parse(src).block_count());
        assert_eq!(lines, [1, 3, 6, 10, 13]);
    }

    #[test]
    fn a_count_that_does_not_line_up_is_spread_evenly() {
        assert_eq!(block_source_lines("a\n\nb\n\nc\n\nd\n", 2), [1, 4]);
    }

    #[test]
    fn footnote_definitions_are_not_blocks() {
        let src = "Text[^1].\n\n[^1]: A note.\n\nMore.\n";
        let lines = block_source_lines(src, parse(src).block_count());
        assert_eq!(lines, [1, 5]);
    }
}
