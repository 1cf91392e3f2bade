//! Reading attempts and their answers field by field, with unknown keys gathered into
//! `extra`.
//!
//! `#[serde(flatten)]` would do the same, but it buffers each table (and every answer
//! inside it) into an intermediate form and reads it a second time: with thousands of
//! attempts that was most of the time a load took. This reads each key once. It must
//! accept exactly what the derived form accepted: the same keys, defaults and types.
use super::model::{Attempt, GivenAnswer};
use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, Visitor};
use std::fmt;
use toml::Table;

impl<'de> Deserialize<'de> for GivenAnswer {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(AnswerVisitor)
    }
}

struct AnswerVisitor;

impl<'de> Visitor<'de> for AnswerVisitor {
    type Value = GivenAnswer;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an answer (a table with question, given and correct)")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<GivenAnswer, A::Error> {
        let (mut question, mut given, mut correct) = (None, None, None);
        let mut extra = Table::new();
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "question" => question = Some(map.next_value()?),
                "given" => given = Some(map.next_value()?),
                "correct" => correct = Some(map.next_value()?),
                _ => {
                    let value = map.next_value()?;
                    extra.insert(key, value);
                }
            }
        }
        Ok(GivenAnswer {
            question: question.ok_or_else(|| de::Error::missing_field("question"))?,
            given: given.ok_or_else(|| de::Error::missing_field("given"))?,
            correct: correct.ok_or_else(|| de::Error::missing_field("correct"))?,
            extra,
        })
    }
}

impl<'de> Deserialize<'de> for Attempt {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(AttemptVisitor)
    }
}

struct AttemptVisitor;

impl<'de> Visitor<'de> for AttemptVisitor {
    type Value = Attempt;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an attempt (a table with id, started, correct, total, needed, passed)")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Attempt, A::Error> {
        let (mut id, mut started) = (None, None);
        let (mut correct, mut total, mut needed, mut passed) = (None, None, None, None);
        let mut attempt = Attempt::default();
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "id" => id = Some(map.next_value()?),
                "started" => started = Some(map.next_value()?),
                "finished" => attempt.finished = map.next_value()?,
                "correct" => correct = Some(map.next_value()?),
                "total" => total = Some(map.next_value()?),
                "needed" => needed = Some(map.next_value()?),
                "passed" => passed = Some(map.next_value()?),
                "practice" => attempt.practice = map.next_value()?,
                "abandoned" => attempt.abandoned = map.next_value()?,
                "shuffle" => attempt.shuffle = map.next_value()?,
                "answers" => attempt.answers = map.next_value()?,
                _ => {
                    let value = map.next_value()?;
                    attempt.extra.insert(key, value);
                }
            }
        }
        attempt.id = id.ok_or_else(|| de::Error::missing_field("id"))?;
        attempt.started = started.ok_or_else(|| de::Error::missing_field("started"))?;
        attempt.correct = correct.ok_or_else(|| de::Error::missing_field("correct"))?;
        attempt.total = total.ok_or_else(|| de::Error::missing_field("total"))?;
        attempt.needed = needed.ok_or_else(|| de::Error::missing_field("needed"))?;
        attempt.passed = passed.ok_or_else(|| de::Error::missing_field("passed"))?;
        Ok(attempt)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Deserialize)]
    struct One {
        attempt: Attempt,
    }

    #[test]
    fn known_keys_fill_fields_unknown_keys_go_to_extra_and_defaults_hold() {
        let text = r#"
[attempt]
id = "a1"
started = "2026-11-10T09:00:00Z"
correct = 1
total = 2
needed = 2
passed = false
note = "by hand"
[[attempt.answers]]
question = "q1"
given = "b"
correct = true
flag = 3
"#;
        let One { attempt } = toml::from_str(text).unwrap();
        assert_eq!(attempt.id, "a1");
        assert_eq!(attempt.started.to_string(), "2026-11-10T09:00:00Z");
        assert_eq!((attempt.correct, attempt.total, attempt.needed), (1, 2, 2));
        assert!(!attempt.passed && !attempt.practice && !attempt.abandoned);
        assert_eq!((attempt.finished, attempt.shuffle), (None, None));
        assert_eq!(
            attempt.extra.get("note").and_then(|v| v.as_str()),
            Some("by hand")
        );
        let answer = &attempt.answers[0];
        assert_eq!(
            (answer.question.as_str(), answer.given.as_str()),
            ("q1", "b")
        );
        assert!(answer.correct);
        assert_eq!(
            answer.extra.get("flag").and_then(toml::Value::as_integer),
            Some(3)
        );
    }

    #[test]
    fn a_missing_field_or_a_wrong_type_is_an_error_naming_it() {
        let missing = "[attempt]\nid = \"a\"\nstarted = \"2026-11-10T09:00:00Z\"\n\
                       correct = 1\ntotal = 1\nneeded = 1\n";
        let err = toml::from_str::<One>(missing).err().map(|e| e.to_string());
        assert!(err.is_some_and(|e| e.contains("missing field `passed`")));
        let wrong = "[attempt]\nid = \"a\"\nstarted = \"2026-11-10T09:00:00Z\"\n\
                     correct = \"x\"\ntotal = 1\nneeded = 1\npassed = true\n";
        assert!(toml::from_str::<One>(wrong).is_err());
    }
}
