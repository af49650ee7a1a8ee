//! Saved results: one record per finished quiz, each under its own key, so two tabs never
//! overwrite each other. Records carry a schema version; anything unreadable or newer is left
//! exactly as it is and reported, never rewritten.

use serde::{Deserialize, Serialize};

use crate::bank::{Bank, Form};
use crate::quiz::Settings;
use crate::rng::Seed;

/// The layout of records this build writes.
pub const SCHEMA: u32 = 1;
/// Every key this app owns starts with this; other keys on the origin are not ours to touch.
pub const PREFIX: &str = "essay-quiz.";
/// One key per finished quiz: `essay-quiz.result.<finished ms>-<seed>`.
pub const RESULT_PREFIX: &str = "essay-quiz.result.";
/// The highest schema any build has written on this device. A build that finds a higher one
/// is outdated: it must not write, so it cannot undo a newer build's migration.
pub const SCHEMA_KEY: &str = "essay-quiz.schema";

/// A finished quiz.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuizRecord {
    pub schema: u32,
    /// Milliseconds since the Unix epoch.
    pub finished_at: u64,
    /// Base-36, as in links.
    pub seed: String,
    /// The bank version the quiz was drawn from.
    pub bank: String,
    pub count: u8,
    /// Section ids ("I", "Afterword").
    pub sections: Vec<String>,
    pub forms: Vec<Form>,
    pub score: u32,
    pub answers: Vec<AnswerRecord>,
}

/// One question's outcome, by claim id, so later reviews can schedule each claim.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnswerRecord {
    pub claim: String,
    pub form: Form,
    pub correct: bool,
    /// Whether the student then found the sentence that shows it, if they tried (an optional
    /// field of schema 1: earlier builds ignore it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<bool>,
}

impl QuizRecord {
    pub fn new(
        bank: &Bank,
        seed: Seed,
        settings: Settings,
        finished_at: u64,
        answers: Vec<AnswerRecord>,
    ) -> QuizRecord {
        QuizRecord {
            schema: SCHEMA,
            finished_at,
            seed: seed.to_string(),
            bank: bank.version.to_owned(),
            count: settings.count,
            sections: settings
                .sections
                .iter()
                .filter_map(|s| bank.sections.get(s))
                .map(|s| s.id.to_string())
                .collect(),
            forms: settings.forms.iter().collect(),
            score: u32::try_from(answers.iter().filter(|a| a.correct).count()).unwrap_or(u32::MAX),
            answers,
        }
    }

    pub fn total(&self) -> u32 {
        u32::try_from(self.answers.len()).unwrap_or(u32::MAX)
    }

    /// The key this record is saved under.
    pub fn key(&self) -> String {
        format!("{RESULT_PREFIX}{}-{}", self.finished_at, self.seed)
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Score as a fraction of the total, for comparing quizzes of different lengths.
    fn ratio(&self) -> f64 {
        if self.answers.is_empty() {
            0.0
        } else {
            f64::from(self.score) / f64::from(self.total())
        }
    }
}

/// Why a stored value under one of our keys could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unreadable {
    /// Not a record of any version we know: damaged, or written by something else.
    Corrupt,
    /// Written by a newer build; this one must be reloaded to read it.
    Newer(u32),
}

/// Reads one stored record.
pub fn parse_record(value: &str) -> Result<QuizRecord, Unreadable> {
    #[derive(Deserialize)]
    struct Versioned {
        schema: u32,
    }
    let version = serde_json::from_str::<Versioned>(value).map_err(|_| Unreadable::Corrupt)?;
    match version.schema {
        SCHEMA => {
            let record: QuizRecord =
                serde_json::from_str(value).map_err(|_| Unreadable::Corrupt)?;
            let counted = record.answers.iter().filter(|a| a.correct).count();
            if usize::try_from(record.score).ok() != Some(counted) {
                return Err(Unreadable::Corrupt);
            }
            Ok(record)
        }
        newer if newer > SCHEMA => Err(Unreadable::Newer(newer)),
        _ => Err(Unreadable::Corrupt),
    }
}

/// Everything read from storage at start.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Saved {
    /// Oldest first.
    pub records: Vec<QuizRecord>,
    /// Keys of ours whose values could not be read; kept untouched.
    pub unreadable: Vec<String>,
    /// How many records a newer build wrote.
    pub newer: usize,
    /// Another build has written a newer schema: this build must not write.
    pub outdated: bool,
}

impl Saved {
    /// Sorts storage entries (key, value) into records and problems. Keys that are not ours
    /// are ignored.
    pub fn load(entries: impl IntoIterator<Item = (String, String)>) -> Saved {
        let mut saved = Saved::default();
        for (key, value) in entries {
            if key == SCHEMA_KEY {
                saved.outdated |= value.trim().parse::<u32>().is_ok_and(|v| v > SCHEMA);
            } else if key.starts_with(RESULT_PREFIX) {
                match parse_record(&value) {
                    Ok(record) => saved.records.push(record),
                    Err(Unreadable::Newer(_)) => {
                        saved.newer += 1;
                        saved.outdated = true;
                    }
                    Err(Unreadable::Corrupt) => saved.unreadable.push(key),
                }
            }
        }
        saved.records.sort_by(|a, b| {
            a.finished_at
                .cmp(&b.finished_at)
                .then_with(|| a.seed.cmp(&b.seed))
        });
        saved.unreadable.sort();
        saved
    }

    /// Adds a record just saved (or seen saved by another tab), keeping the order.
    pub fn add(&mut self, record: QuizRecord) {
        if !self.records.iter().any(|r| r.key() == record.key()) {
            let at = self
                .records
                .partition_point(|r| r.finished_at <= record.finished_at);
            self.records.insert(at, record);
        }
    }

    pub fn summary(&self) -> Summary<'_> {
        Summary {
            last: self.records.last(),
            best: self.records.iter().max_by(|a, b| {
                a.ratio()
                    .total_cmp(&b.ratio())
                    .then(a.score.cmp(&b.score))
                    .then(a.finished_at.cmp(&b.finished_at))
            }),
            count: self.records.len(),
        }
    }
}

/// What the start screen shows of the history.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Summary<'a> {
    pub last: Option<&'a QuizRecord>,
    /// Highest share right; among equals, the larger quiz, then the later one.
    pub best: Option<&'a QuizRecord>,
    pub count: usize,
}
