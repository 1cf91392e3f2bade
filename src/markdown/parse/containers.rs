//! Block containers while parsing: quotes and alerts, lists and their items, footnote
//! definitions, tables, definition lists, folds and listings are opened, filled with
//! the blocks that end inside them, and closed into the block they make. A hidden
//! element's container drops what ends inside it.
use super::{Builder, Container};
use crate::markdown::document::{Block, Definition, Item, List};

impl Builder<'_> {
    pub(super) fn open(&mut self, container: Container) {
        self.end_implicit();
        self.stack.push(container);
    }

    pub(super) fn close(&mut self) {
        self.end_implicit();
        let Some(container) = self.stack.pop() else {
            return;
        };
        match container {
            Container::Quote(None, blocks) => self.push_block(Block::Quote(blocks)),
            Container::Quote(Some(kind), blocks) => {
                self.push_block(Block::Callout { kind, blocks });
            }
            Container::List {
                start,
                items,
                loose,
            } => {
                self.push_block(Block::List(List {
                    start,
                    tight: !loose,
                    items,
                }));
            }
            Container::Item { item, loose } => self.push_item(item, loose),
            Container::Note { label, blocks } => {
                self.note_blocks.entry(label).or_insert(blocks);
            }
            Container::Table(draft) => self.push_block(Block::Table(Box::new(draft.finish()))),
            Container::Definitions(parts) => self.push_block(Block::DefinitionList(parts)),
            Container::Meaning(blocks) => {
                if let Some(Container::Definitions(parts)) = self.stack.last_mut() {
                    parts.push(Definition::Meaning(blocks));
                } else {
                    for block in blocks {
                        self.push_block(block);
                    }
                }
            }
            Container::Fold {
                index,
                summary,
                blocks,
            } => self.end_fold(index, summary, blocks),
            Container::Listing {
                file_name,
                caption,
                blocks,
            } => self.end_listing(file_name, caption, blocks),
            Container::Hidden(_) => {}
        }
    }

    fn push_item(&mut self, item: Item, item_loose: bool) {
        if let Some(Container::List { items, loose, .. }) = self.stack.last_mut() {
            items.push(item);
            *loose |= item_loose;
        } else {
            self.push_block(Block::List(List {
                start: None,
                tight: !item_loose,
                items: vec![item],
            }));
        }
    }

    pub(super) fn push_block(&mut self, block: Block) {
        match self.stack.last_mut() {
            None => {
                self.root.push(block);
                self.content.block_sources.push(self.block_line);
            }
            Some(
                Container::Quote(_, blocks)
                | Container::Note { blocks, .. }
                | Container::Meaning(blocks)
                | Container::Fold { blocks, .. }
                | Container::Listing { blocks, .. },
            ) => blocks.push(block),
            Some(Container::Definitions(parts)) => parts.push(Definition::Meaning(vec![block])),
            Some(Container::Item { item, .. }) => item.blocks.push(block),
            Some(Container::List { items, .. }) => {
                items.push(Item {
                    task: None,
                    blocks: vec![block],
                });
            }
            // Tables hold only cells; pulldown-cmark puts no blocks inside them. What
            // ends inside a hidden element is not shown.
            Some(Container::Table(_) | Container::Hidden(_)) => {}
        }
    }
}
