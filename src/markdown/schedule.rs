//! The order in which worker threads highlight a document's code blocks.
//!
//! Syntect compiles a grammar's regexes when it first meets them, and onig holds one
//! process-wide lock for every compile, so two threads compiling at once mostly wait
//! for each other, while highlighting with compiled grammars runs fully in parallel.
//! So one worker, the compiler, starts every language in turn, the quickest to compile
//! first so the others soon have work, and the other workers only highlight blocks
//! whose grammar is ready, waiting when there are none. This module only decides the
//! order; it never highlights anything itself.
use std::cmp::Reverse;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    /// No block of the language has started: its grammar is not compiled yet.
    Cold,
    /// Its first block is being highlighted, compiling the grammar on the way.
    Compiling,
    Warm,
}

#[derive(Debug)]
struct Language {
    /// Blocks left, largest last (taken first).
    blocks: Vec<usize>,
    state: State,
}

/// What a worker should do next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Next {
    /// Highlight this block, of this language.
    Block(usize, usize),
    /// Nothing can start without compiling: wait for a language to become ready.
    Wait,
    Done,
}

/// Jobs grouped by language.
#[derive(Debug)]
pub(crate) struct Schedule {
    languages: Vec<Language>,
}

impl Schedule {
    /// `jobs` are `(block, language key, block size)`; `compile_cost` ranks a key's
    /// grammar by how long it takes to compile.
    pub fn new<K: Ord + Copy>(jobs: &[(usize, K, usize)], compile_cost: impl Fn(K) -> u32) -> Self {
        let mut sorted = jobs.to_vec();
        // Within a language, smallest first: blocks are taken from the end.
        sorted.sort_by_key(|&(block, key, size)| (compile_cost(key), key, size, Reverse(block)));
        let mut languages: Vec<Language> = Vec::new();
        let mut last_key = None;
        for (block, key, _) in sorted {
            match languages.last_mut() {
                Some(language) if last_key == Some(key) => language.blocks.push(block),
                _ => languages.push(Language {
                    blocks: vec![block],
                    state: State::Cold,
                }),
            }
            last_key = Some(key);
        }
        Self { languages }
    }

    pub fn next(&mut self, compiler: bool) -> Next {
        let cold = self.languages.iter().position(|l| l.state == State::Cold);
        let language = match (compiler, cold) {
            (true, Some(cold)) => cold,
            _ => match self.most_warm_work() {
                Some(warm) => warm,
                None if self.languages.iter().all(|l| l.blocks.is_empty()) => return Next::Done,
                None => match cold {
                    // Only while the compiler is busy elsewhere, and nothing else is left.
                    Some(cold) if !compiler && self.compiling() == 0 => cold,
                    _ => return Next::Wait,
                },
            },
        };
        let entry = &mut self.languages[language];
        if entry.state == State::Cold {
            entry.state = State::Compiling;
        }
        entry
            .blocks
            .pop()
            .map_or(Next::Wait, |block| Next::Block(block, language))
    }

    /// Marks a block of `language` done: its grammar is compiled from now on.
    pub fn finished(&mut self, language: usize) {
        if let Some(entry) = self.languages.get_mut(language) {
            entry.state = State::Warm;
        }
    }

    fn compiling(&self) -> usize {
        self.languages
            .iter()
            .filter(|l| l.state == State::Compiling)
            .count()
    }

    fn most_warm_work(&self) -> Option<usize> {
        let ready = |i: &usize| {
            self.languages[*i].state == State::Warm && !self.languages[*i].blocks.is_empty()
        };
        (0..self.languages.len())
            .filter(ready)
            .max_by_key(|&i| self.languages[i].blocks.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cost(key: char) -> u32 {
        match key {
            'h' => 9,
            'm' => 5,
            _ => 1,
        }
    }

    #[test]
    fn the_compiler_starts_languages_others_wait_for_ready_ones() {
        let jobs = [
            (0, 'l', 5),
            (1, 'h', 10),
            (2, 'h', 30),
            (3, 'l', 7),
            (4, 'm', 1),
        ];
        let mut schedule = Schedule::new(&jobs, cost);
        assert_eq!(
            schedule.next(true),
            Next::Block(3, 0),
            "largest block of the lightest grammar"
        );
        assert_eq!(schedule.next(false), Next::Wait, "no grammar is ready yet");
        schedule.finished(0);
        assert_eq!(schedule.next(false), Next::Block(0, 0), "ready work");
        assert_eq!(
            schedule.next(true),
            Next::Block(4, 1),
            "the compiler moves on"
        );
        assert_eq!(schedule.next(false), Next::Wait);
        schedule.finished(1);
        assert_eq!(schedule.next(true), Next::Block(2, 2));
        assert_eq!(
            schedule.next(false),
            Next::Wait,
            "only a compiling language has blocks left"
        );
        schedule.finished(2);
        assert_eq!(schedule.next(false), Next::Block(1, 2));
        assert_eq!(schedule.next(true), Next::Done);
        assert_eq!(schedule.next(false), Next::Done);
    }

    #[test]
    fn a_single_worker_gets_every_block() {
        let jobs: Vec<(usize, char, usize)> =
            (0..20).map(|i| (i, ['h', 'm', 'l'][i % 3], i)).collect();
        let mut schedule = Schedule::new(&jobs, cost);
        let mut seen = Vec::new();
        while let Next::Block(block, language) = schedule.next(true) {
            seen.push(block);
            schedule.finished(language);
        }
        seen.sort_unstable();
        assert_eq!(seen, (0..20).collect::<Vec<_>>());
    }
}
