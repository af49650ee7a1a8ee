//! One finished quiz as stored: its settings, and every answer with its claim, its time and
//! the student's confidence. Schema 2; records of schema 1 are read too, and upgraded.

use super::{RESULT_PREFIX, SCHEMA};
use crate::bank::{Bank, Form};
use crate::json::Json;
use crate::quiz::{Mode, Response, Settings};
use crate::rng::Seed;

/// How sure the student said they were, before checking.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Confidence {
    Guess,
    FairlySure,
    Sure,
}

impl Confidence {
    pub const ALL: [Confidence; 3] = [Confidence::Guess, Confidence::FairlySure, Confidence::Sure];

    pub fn code(self) -> &'static str {
        match self {
            Confidence::Guess => "guess",
            Confidence::FairlySure => "fairly-sure",
            Confidence::Sure => "sure",
        }
    }

    pub fn from_code(code: &str) -> Option<Confidence> {
        Confidence::ALL.into_iter().find(|c| c.code() == code)
    }

    pub fn label(self) -> &'static str {
        match self {
            Confidence::Guess => "A guess",
            Confidence::FairlySure => "Fairly sure",
            Confidence::Sure => "Sure",
        }
    }
}

/// A finished quiz.
#[derive(Clone, Debug, PartialEq)]
pub struct QuizRecord {
    /// The schema it was read as (this build writes [`SCHEMA`]).
    pub schema: u32,
    /// Milliseconds since the Unix epoch.
    pub finished_at: u64,
    /// Base-36, as in links.
    pub seed: String,
    /// The bank version the quiz was drawn from.
    pub bank: String,
    pub mode: Mode,
    pub count: u8,
    /// Section ids ("I", "Afterword").
    pub sections: Vec<String>,
    pub forms: Vec<Form>,
    /// An exam's time limit in minutes; 0 for none.
    pub minutes: u8,
    pub score: u32,
    pub answers: Vec<AnswerRecord>,
    /// Background claims were asked as often as any other.
    pub background: bool,
    /// The claims a personal mode chose, by index in the bank it was drawn from.
    pub chosen: Option<Vec<u16>>,
    /// An assigned quiz's title, and the name the student gave for its results code.
    pub title: Option<String>,
    pub name: Option<String>,
    /// Each question's answer as given (`None`: not answered), so the result can be opened
    /// again with its questions while the bank is the one it was drawn from.
    pub responses: Vec<Option<Response>>,
}

/// One question's outcome, by its claim (and the other claims a chronology or matching
/// question drew on: each of them is reviewed too).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnswerRecord {
    pub claim: String,
    pub form: Form,
    pub correct: bool,
    /// The other claims of a chronology or matching question, each right or wrong on its own
    /// (its event in its place, its row matched).
    pub partners: Vec<(String, bool)>,
    /// When it was answered, in ms since the epoch.
    pub at: u64,
    /// The student's local calendar day then (days since 1970-01-01 in their time zone): only
    /// a claim's first review of a day moves its schedule.
    pub day: i32,
    pub confidence: Option<Confidence>,
    /// Whether the student then found the sentence that shows it, if they tried.
    pub evidence: Option<bool>,
    /// Not answered (an exam's time ran out): it counts as wrong, but tells nothing of memory.
    pub skipped: bool,
}

/// Days since 1970-01-01 on the student's calendar, for a time and the browser's time-zone
/// offset (`Date.getTimezoneOffset()`: minutes behind UTC).
pub fn local_day(at_ms: u64, offset_minutes: i32) -> i32 {
    let local = i64::try_from(at_ms).unwrap_or(i64::MAX) - i64::from(offset_minutes) * 60_000;
    i32::try_from(local.div_euclid(86_400_000)).unwrap_or(i32::MAX)
}

impl AnswerRecord {
    fn to_json(&self) -> Json {
        let mut fields = vec![
            ("claim".to_owned(), Json::from(self.claim.as_str())),
            ("form".to_owned(), Json::from(self.form.code())),
            ("correct".to_owned(), Json::from(self.correct)),
            ("at".to_owned(), Json::from(self.at)),
            ("day".to_owned(), Json::Num(f64::from(self.day))),
        ];
        if !self.partners.is_empty() {
            let partners = self
                .partners
                .iter()
                .map(|(claim, correct)| {
                    Json::Obj(vec![
                        ("claim".to_owned(), Json::from(claim.as_str())),
                        ("correct".to_owned(), Json::from(*correct)),
                    ])
                })
                .collect();
            fields.push(("partners".to_owned(), Json::Arr(partners)));
        }
        if let Some(c) = self.confidence {
            fields.push(("confidence".to_owned(), Json::from(c.code())));
        }
        if let Some(found) = self.evidence {
            fields.push(("evidence".to_owned(), Json::from(found)));
        }
        if self.skipped {
            fields.push(("skipped".to_owned(), Json::from(true)));
        }
        Json::Obj(fields)
    }

    /// Reads an answer; schema 1 answers have no time, and take the quiz's.
    fn from_json(v: &Json, schema: u32, finished_at: u64, offset: i32) -> Option<AnswerRecord> {
        let optional_bool = |key: &str| match v.get(key) {
            None | Some(Json::Null) => Some(None),
            Some(b) => b.as_bool().map(Some),
        };
        let (at, day) = if schema >= 2 {
            let day = match v.get("day")? {
                Json::Num(n) if n.fract() == 0.0 && n.abs() < 1e9 => *n as i32,
                _ => return None,
            };
            (v.get("at")?.as_u64()?, day)
        } else {
            (finished_at, local_day(finished_at, offset))
        };
        Some(AnswerRecord {
            claim: v.get("claim")?.as_str()?.to_owned(),
            form: Form::from_code(v.get("form")?.as_str()?)?,
            correct: v.get("correct")?.as_bool()?,
            partners: match v.get("partners") {
                None => Vec::new(),
                Some(list) => list
                    .as_array()?
                    .iter()
                    .map(|p| {
                        Some((
                            p.get("claim")?.as_str()?.to_owned(),
                            p.get("correct")?.as_bool()?,
                        ))
                    })
                    .collect::<Option<Vec<_>>>()?,
            },
            at,
            day,
            confidence: match v.get("confidence") {
                None | Some(Json::Null) => None,
                Some(c) => Some(Confidence::from_code(c.as_str()?)?),
            },
            evidence: optional_bool("evidence")?,
            skipped: optional_bool("skipped")?.unwrap_or(false),
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
        let score = u32::try_from(answers.iter().filter(|a| a.correct).count()).unwrap_or(u32::MAX);
        QuizRecord {
            schema: SCHEMA,
            finished_at,
            seed: seed.to_string(),
            bank: bank.version.to_owned(),
            mode: settings.mode,
            count: settings.count,
            sections: settings
                .sections
                .iter()
                .filter_map(|s| bank.sections.get(s))
                .map(|s| s.id.to_string())
                .collect(),
            forms: settings.forms.iter().collect(),
            minutes: settings.minutes,
            score,
            answers,
            background: settings.background,
            chosen: None,
            title: None,
            name: None,
            responses: Vec::new(),
        }
    }

    /// The settings the quiz was drawn with, for a bank with these sections.
    pub fn settings(&self, bank: &Bank) -> Settings {
        Settings {
            count: self.count,
            sections: self
                .sections
                .iter()
                .filter_map(|id| bank.section_index(id))
                .collect(),
            forms: self.forms.iter().copied().collect(),
            mode: self.mode,
            minutes: self.minutes,
            background: self.background,
        }
    }

    /// How many questions the quiz had.
    pub fn total(&self) -> u32 {
        u32::try_from(self.answers.len()).unwrap_or(u32::MAX)
    }

    /// The key this record is saved under.
    pub fn key(&self) -> String {
        format!("{RESULT_PREFIX}{}-{}", self.finished_at, self.seed)
    }

    /// The stored form, at this build's schema: one JSON object, its fields in this order.
    pub fn to_json(&self) -> String {
        self.to_value().to_text()
    }

    pub(crate) fn to_value(&self) -> Json {
        let strings =
            |items: &[String]| Json::Arr(items.iter().map(|s| Json::from(s.as_str())).collect());
        let mut fields = vec![
            ("schema".to_owned(), Json::from(SCHEMA)),
            ("finished_at".to_owned(), Json::from(self.finished_at)),
            ("seed".to_owned(), Json::from(self.seed.as_str())),
            ("bank".to_owned(), Json::from(self.bank.as_str())),
            ("mode".to_owned(), Json::from(self.mode.code())),
            ("count".to_owned(), Json::from(u32::from(self.count))),
            ("sections".to_owned(), strings(&self.sections)),
            (
                "forms".to_owned(),
                Json::Arr(self.forms.iter().map(|f| Json::from(f.code())).collect()),
            ),
        ];
        if self.minutes > 0 {
            fields.push(("minutes".to_owned(), Json::from(u32::from(self.minutes))));
        }
        if self.background {
            fields.push(("background".to_owned(), Json::from(true)));
        }
        fields.push(("score".to_owned(), Json::from(self.score)));
        fields.push((
            "answers".to_owned(),
            Json::Arr(self.answers.iter().map(AnswerRecord::to_json).collect()),
        ));
        // Added in schema 2 without changing it: older builds of schema 2 ignore them.
        if let Some(chosen) = &self.chosen {
            let list = chosen.iter().map(|&c| Json::from(u32::from(c))).collect();
            fields.push(("chosen".to_owned(), Json::Arr(list)));
        }
        for (key, value) in [("title", &self.title), ("name", &self.name)] {
            if let Some(v) = value {
                fields.push((key.to_owned(), Json::from(v.as_str())));
            }
        }
        if !self.responses.is_empty() {
            let list = self.responses.iter().map(response_to_json).collect();
            fields.push(("responses".to_owned(), Json::Arr(list)));
        }
        Json::Obj(fields)
    }

    /// Reads a record of schema 1 or 2; `None` if any field is missing or of the wrong kind.
    pub(crate) fn from_value(v: &Json, offset: i32) -> Option<QuizRecord> {
        let schema = u32::try_from(v.get("schema")?.as_u64()?).ok()?;
        if !(1..=SCHEMA).contains(&schema) {
            return None;
        }
        let strings = |key: &str| -> Option<Vec<String>> {
            v.get(key)?
                .as_array()?
                .iter()
                .map(|s| s.as_str().map(str::to_owned))
                .collect()
        };
        let finished_at = v.get("finished_at")?.as_u64()?;
        let record = QuizRecord {
            schema,
            finished_at,
            seed: v.get("seed")?.as_str()?.to_owned(),
            bank: v.get("bank")?.as_str()?.to_owned(),
            mode: match v.get("mode") {
                None if schema == 1 => Mode::Learn,
                m => Mode::from_code(m?.as_str()?)?,
            },
            count: u8::try_from(v.get("count")?.as_u64()?).ok()?,
            sections: strings("sections")?,
            forms: v
                .get("forms")?
                .as_array()?
                .iter()
                .map(|f| Form::from_code(f.as_str()?))
                .collect::<Option<Vec<Form>>>()?,
            minutes: match v.get("minutes") {
                None => 0,
                Some(m) => u8::try_from(m.as_u64()?).ok()?,
            },
            score: u32::try_from(v.get("score")?.as_u64()?).ok()?,
            answers: v
                .get("answers")?
                .as_array()?
                .iter()
                .map(|a| AnswerRecord::from_json(a, schema, finished_at, offset))
                .collect::<Option<Vec<_>>>()?,
            background: match v.get("background") {
                None => false,
                Some(b) => b.as_bool()?,
            },
            chosen: match v.get("chosen") {
                None => None,
                Some(list) => Some(
                    list.as_array()?
                        .iter()
                        .map(|c| u16::try_from(c.as_u64()?).ok())
                        .collect::<Option<Vec<u16>>>()?,
                ),
            },
            title: optional_text(v, "title")?,
            name: optional_text(v, "name")?,
            responses: match v.get("responses") {
                None => Vec::new(),
                Some(list) => list
                    .as_array()?
                    .iter()
                    .map(response_from_json)
                    .collect::<Option<Vec<_>>>()?,
            },
        };
        record.is_consistent().then_some(record)
    }

    /// The score counts the right answers.
    fn is_consistent(&self) -> bool {
        let right = self.answers.iter().filter(|a| a.correct).count();
        usize::try_from(self.score).ok() == Some(right)
    }

    /// Score as a fraction of the total, for comparing quizzes of different lengths.
    pub fn ratio(&self) -> f64 {
        match self.total() {
            0 => 0.0,
            total => f64::from(self.score) / f64::from(total),
        }
    }
}

/// An optional string field: `Some(None)` when absent, `None` when of the wrong kind.
fn optional_text(v: &Json, key: &str) -> Option<Option<String>> {
    match v.get(key) {
        None => Some(None),
        Some(t) => Some(Some(t.as_str()?.to_owned())),
    }
}

fn numbers<T: Copy + Into<u64>>(items: &[T]) -> Json {
    Json::Arr(items.iter().map(|&n| Json::Num(n.into() as f64)).collect())
}

/// An answer as stored: `null` for none, else an object of one field naming its kind.
pub(crate) fn response_to_json(response: &Option<Response>) -> Json {
    let (kind, value) = match response {
        None => return Json::Null,
        Some(Response::Choice(i)) => ("choice", Json::Num(*i as f64)),
        Some(Response::Truth(t)) => ("truth", Json::from(*t)),
        Some(Response::Text(t)) => ("text", Json::from(t.as_str())),
        Some(Response::Order(o)) => ("order", numbers(o)),
        Some(Response::Match(m)) => (
            "match",
            Json::Arr(m.iter().map(|&n| Json::Num(n as f64)).collect()),
        ),
    };
    Json::Obj(vec![(kind.to_owned(), value)])
}

/// Reads [`response_to_json`]; `None` if it is not one.
pub(crate) fn response_from_json(v: &Json) -> Option<Option<Response>> {
    let Json::Obj(fields) = v else {
        return (*v == Json::Null).then_some(None);
    };
    let [(kind, value)] = fields.as_slice() else {
        return None;
    };
    let index = |n: &Json| usize::try_from(n.as_u64()?).ok();
    let list = |n: &Json| n.as_array()?.iter().map(index).collect::<Option<Vec<_>>>();
    Some(Some(match kind.as_str() {
        "choice" => Response::Choice(index(value)?),
        "truth" => Response::Truth(value.as_bool()?),
        "text" => Response::Text(value.as_str()?.to_owned()),
        "order" => Response::Order(
            list(value)?
                .into_iter()
                .map(|n| u16::try_from(n).ok())
                .collect::<Option<Vec<_>>>()?,
        ),
        "match" => Response::Match(list(value)?),
        _ => return None,
    }))
}

/// Why a stored value under one of our keys could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unreadable {
    /// Not a record of any version we know: damaged, or written by something else.
    Corrupt,
    /// Written by a newer build; this one must be reloaded to read it.
    Newer(u32),
}

/// Reads one stored record (of any schema this build knows), given the browser's time-zone
/// offset in minutes for dating schema 1 answers.
pub fn parse_record(value: &str, offset: i32) -> Result<QuizRecord, Unreadable> {
    let json = Json::parse(value).map_err(|_| Unreadable::Corrupt)?;
    let schema = json
        .get("schema")
        .and_then(Json::as_u64)
        .ok_or(Unreadable::Corrupt)?;
    let schema = u32::try_from(schema).map_err(|_| Unreadable::Corrupt)?;
    if schema > SCHEMA {
        return Err(Unreadable::Newer(schema));
    }
    QuizRecord::from_value(&json, offset).ok_or(Unreadable::Corrupt)
}
