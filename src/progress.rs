//! Saved results: one record per finished quiz, each under its own key, so two tabs never
//! overwrite each other. Records carry a schema version; anything unreadable or newer is left
//! exactly as it is and reported, never rewritten.

use crate::bank::{Bank, Form};
use crate::json::Json;
use crate::order;
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
#[derive(Clone, Debug, PartialEq)]
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
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnswerRecord {
    pub claim: String,
    pub form: Form,
    pub correct: bool,
    /// Whether the student then found the sentence that shows it, if they tried (an optional
    /// field of schema 1, written only when set: earlier builds ignore it).
    pub evidence: Option<bool>,
}

impl AnswerRecord {
    fn to_json(&self) -> Json {
        let mut fields = vec![
            ("claim".to_owned(), Json::from(self.claim.as_str())),
            ("form".to_owned(), Json::from(self.form.code())),
            ("correct".to_owned(), Json::from(self.correct)),
        ];
        if let Some(found) = self.evidence {
            fields.push(("evidence".to_owned(), Json::from(found)));
        }
        Json::Obj(fields)
    }

    fn from_json(v: &Json) -> Option<AnswerRecord> {
        Some(AnswerRecord {
            claim: v.get("claim")?.as_str()?.to_owned(),
            form: Form::from_code(v.get("form")?.as_str()?)?,
            correct: v.get("correct")?.as_bool()?,
            evidence: match v.get("evidence") {
                None | Some(Json::Null) => None,
                Some(e) => Some(e.as_bool()?),
            },
        })
    }
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

    /// The stored form: one JSON object, its fields in this order.
    pub fn to_json(&self) -> String {
        let strings =
            |items: &[String]| Json::Arr(items.iter().map(|s| Json::from(s.as_str())).collect());
        Json::Obj(vec![
            ("schema".to_owned(), Json::from(self.schema)),
            ("finished_at".to_owned(), Json::from(self.finished_at)),
            ("seed".to_owned(), Json::from(self.seed.as_str())),
            ("bank".to_owned(), Json::from(self.bank.as_str())),
            ("count".to_owned(), Json::from(u32::from(self.count))),
            ("sections".to_owned(), strings(&self.sections)),
            (
                "forms".to_owned(),
                Json::Arr(self.forms.iter().map(|f| Json::from(f.code())).collect()),
            ),
            ("score".to_owned(), Json::from(self.score)),
            (
                "answers".to_owned(),
                Json::Arr(self.answers.iter().map(AnswerRecord::to_json).collect()),
            ),
        ])
        .to_text()
    }

    /// Reads a record of this schema; `None` if any field is missing or of the wrong kind.
    fn from_json(v: &Json) -> Option<QuizRecord> {
        let strings = |key: &str| -> Option<Vec<String>> {
            v.get(key)?
                .as_array()?
                .iter()
                .map(|s| s.as_str().map(str::to_owned))
                .collect()
        };
        Some(QuizRecord {
            schema: u32::try_from(v.get("schema")?.as_u64()?).ok()?,
            finished_at: v.get("finished_at")?.as_u64()?,
            seed: v.get("seed")?.as_str()?.to_owned(),
            bank: v.get("bank")?.as_str()?.to_owned(),
            count: u8::try_from(v.get("count")?.as_u64()?).ok()?,
            sections: strings("sections")?,
            forms: v
                .get("forms")?
                .as_array()?
                .iter()
                .map(|f| Form::from_code(f.as_str()?))
                .collect::<Option<Vec<Form>>>()?,
            score: u32::try_from(v.get("score")?.as_u64()?).ok()?,
            answers: v
                .get("answers")?
                .as_array()?
                .iter()
                .map(AnswerRecord::from_json)
                .collect::<Option<Vec<_>>>()?,
        })
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
    let json = Json::parse(value).map_err(|_| Unreadable::Corrupt)?;
    let schema = json
        .get("schema")
        .and_then(Json::as_u64)
        .ok_or(Unreadable::Corrupt)?;
    match u32::try_from(schema).map_err(|_| Unreadable::Corrupt)? {
        SCHEMA => {
            let record = QuizRecord::from_json(&json).ok_or(Unreadable::Corrupt)?;
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
        order::sort_by(&mut saved.records, |a, b| {
            (a.finished_at, &a.seed) < (b.finished_at, &b.seed)
        });
        order::sort_by(&mut saved.unreadable, |a, b| a < b);
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
