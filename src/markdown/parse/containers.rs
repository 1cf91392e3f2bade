//! Block containers while parsing: quotes, lists and their items, footnote
//! definitions, tables and folds are opened, filled with the blocks that end inside
//! them, and closed into the block they make.
use super::{Builder, Container};
use crate::markdown::document::{Block, Item, List};

impl Builder {
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
            Container::Quote(blocks) => self.push_block(Block::Quote(blocks)),
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
            Container::Fold { summary, blocks } => self.end_fold(summary, blocks),
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
                Container::Quote(blocks)
                | Container::Note { blocks, .. }
                | Container::Fold { blocks, .. },
            ) => blocks.push(block),
            Some(Container::Item { item, .. }) => item.blocks.push(block),
            Some(Container::List { items, .. }) => {
                items.push(Item {
                    task: None,
                    blocks: vec![block],
                });
            }
            // Tables hold only cells; pulldown-cmark puts no blocks inside them.
            Some(Container::Table(_)) => {}
        }
    }
}
