//! A deterministic generator of chapter-like Markdown, for benchmarks and timing
//! `tutor read` end to end. Not part of the product: nothing else may depend on it.
//!
//! Sections cycle through the languages the course uses, with prose, lists, quotes,
//! tables, footnotes, a diagram now and then, and a little CJK text; about one line
//! in two is code, as in the densest chapters.
use std::fmt::Write as _;

mod snippets;

use self::snippets::{JSON, NGINX, PYTHON, RUST, SHELL, SQL, TOML, TYPESCRIPT, YAML};

/// A chapter of at least `target_bytes` bytes (and at most one section more).
#[doc(hidden)]
pub fn sample_chapter(target_bytes: usize) -> String {
    let mut out = String::with_capacity(target_bytes + 4096);
    out.push_str("# Building systems that stay up\n\n");
    out.push_str(INTRO);
    let mut section = 0;
    while out.len() < target_bytes {
        push_section(&mut out, section);
        section += 1;
    }
    out
}

const INTRO: &str = "This chapter walks through the pieces most services end up needing: \
caches, limiters, queues, and the configuration that ties them together. Each section \
pairs a short explanation with code you can run, so read it with a terminal open.\n\n";

struct Topic {
    title: &'static str,
    lang: &'static str,
    code: &'static str,
    idea: &'static str,
}

const TOPICS: [Topic; 9] = [
    Topic {
        title: "Rate limiting",
        lang: "ts",
        code: TYPESCRIPT,
        idea: "a token bucket",
    },
    Topic {
        title: "Caching",
        lang: "python",
        code: PYTHON,
        idea: "an LRU cache",
    },
    Topic {
        title: "Partitioning",
        lang: "rust",
        code: RUST,
        idea: "a consistent hash ring",
    },
    Topic {
        title: "Indexes",
        lang: "sql",
        code: SQL,
        idea: "a composite index",
    },
    Topic {
        title: "Load balancing",
        lang: "nginx",
        code: NGINX,
        idea: "least connections",
    },
    Topic {
        title: "Configuration",
        lang: "toml",
        code: TOML,
        idea: "one file per service",
    },
    Topic {
        title: "Deployments",
        lang: "yaml",
        code: YAML,
        idea: "a readiness probe",
    },
    Topic {
        title: "Events",
        lang: "json",
        code: JSON,
        idea: "an idempotent event",
    },
    Topic {
        title: "Load testing",
        lang: "sh",
        code: SHELL,
        idea: "a stepped load test",
    },
];

fn push_section(out: &mut String, n: usize) {
    let topic = &TOPICS[n % TOPICS.len()];
    let _ = write!(
        out,
        "## {n}. {title}\n\n\
         The idea behind this section is {idea}. It looks simple on a whiteboard, yet \
         **most outages** start where *simple* ideas meet real traffic: retries pile up, \
         a `timeout` is missing, or one node quietly takes all the load. See the \
         [notes for section {n}](https://example.com/notes/{n}) before you start.\n\n",
        title = topic.title,
        idea = topic.idea,
    );
    match n % 4 {
        0 => out.push_str(
            "- Measure first:\n  - latency at the 50th and 99th percentile\n  \
             - error rate per endpoint\n- Change one thing at a time\n- [x] write the \
             runbook\n- [ ] rehearse the rollback\n\n",
        ),
        1 => out.push_str(
            "> A system is only as available as the least available thing it waits \
             for, so every dependency needs a timeout, a budget and a fallback.\n\n",
        ),
        2 => out.push_str(
            "1. Start with the simplest design that meets the numbers.\n2. Write the \
             numbers down: requests per second, payload size, growth per month.\n3. \
             Revisit when a number changes by ten times.\n\n",
        ),
        _ => {
            let _ = write!(
                out,
                "Capacity planning is arithmetic more than magic.[^note{n}] 容量計画は\
                 魔法ではなく算数です。\n\n[^note{n}]: Little's law: concurrency equals \
                 arrival rate times time in the system.\n\n"
            );
        }
    }
    let _ = write!(
        out,
        "```{}\n{}```\n\n",
        topic.lang,
        topic.code.replace("@N@", &n.to_string())
    );
    if n % 4 == 1 {
        out.push_str(TABLE);
    }
    if n % 5 == 4 {
        out.push_str(DIAGRAM);
    }
    if n % 3 == 1 {
        out.push_str(
            "When this works, nobody notices. That is the goal: the best infrastructure \
             is the kind people forget is there.\n\n",
        );
    }
}

const TABLE: &str = "| Strategy | Read latency | Consistency | When to use |
|:--------------|-------------:|:-----------:|-------------------------------------|
| Cache-aside | low on hit | eventual | read-heavy data that tolerates staleness |
| Write-through | low | strong | data read right after it is written |
| Write-back | lowest | weak | counters and metrics where loss is tolerable |

";

const DIAGRAM: &str = "```text
┌────────┐     ┌──────────────┐     ┌──────────┐
│ client │────▶│ load balancer│────▶│  app × 3 │
└────────┘     └──────────────┘     └────┬─────┘
                                         │
                              ┌──────────┴─────────┐
                              ▼                    ▼
                        ┌──────────┐        ┌────────────┐
                        │  cache   │        │  database  │
                        └──────────┘        └────────────┘
```

";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn is_deterministic_and_reaches_the_target() {
        let a = sample_chapter(75_000);
        assert_eq!(a, sample_chapter(75_000));
        assert!(a.len() >= 75_000 && a.len() < 80_000, "{}", a.len());
    }

    #[test]
    fn a_75_kb_chapter_has_about_1400_lines_of_code() {
        let mut inside = false;
        let mut code = 0;
        for line in sample_chapter(75_000).lines() {
            if line.starts_with("```") {
                inside = !inside;
            } else if inside {
                code += 1;
            }
        }
        assert!((1_350..=1_450).contains(&code), "{code}");
    }
}
