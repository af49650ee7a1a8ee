//! A quiz in progress, kept on the device after every answer, so that a reload, the browser's
//! Back or a phone discarding the tab loses nothing. It is stored under its own key (two tabs
//! never share one) as the record it would leave so far, plus what puts it back on screen:
//! the questions come again from the seed and settings, and the answers are replayed and
//! checked. A run from another version of the questions cannot come back, but its answers
//! can: they are kept as a result.

use crate::bank::Bank;
use crate::json::Json;
use crate::progress::record::{response_from_json, response_to_json};
use crate::progress::{QuizRecord, SCHEMA};
use crate::quiz::{Response, generate, generate_from};
use crate::rng::Seed;

use super::run::{Moment, Outcome, Run, Step};

pub use crate::progress::RUN_PREFIX;
/// The layout of a stored run this build writes.
pub const RUN_SCHEMA: u32 = 1;

/// Why a stored run cannot be put back on screen.
#[derive(Clone, Debug, PartialEq)]
pub enum Unresumable {
    /// Not a run of any layout this build knows: kept as it is, and reported.
    Corrupt,
    /// Written by a newer build.
    Newer,
    /// Drawn from another version of the questions: its answers so far, as a result.
    OtherBank(Box<QuizRecord>),
}

impl Run {
    /// The key it is stored under.
    pub fn key(&self) -> String {
        format!("{RUN_PREFIX}{}-{}", self.started_at, self.quiz.seed)
    }

    /// When it last changed: the last answer, or its start.
    fn last_moment(&self) -> u64 {
        self.outcomes
            .last()
            .map_or(self.started_at, |o| o.moment.at)
    }

    /// The stored form.
    pub fn to_json(&self, bank: &Bank) -> String {
        let record = self.record(bank, self.last_moment());
        let mut fields = vec![
            ("run".to_owned(), Json::from(RUN_SCHEMA)),
            ("started_at".to_owned(), Json::from(self.started_at)),
            ("record".to_owned(), record.to_value()),
            ("confidence".to_owned(), Json::from(self.asks_confidence)),
            ("feedback".to_owned(), Json::from(self.showing_feedback)),
        ];
        if let Some(deadline) = self.deadline {
            fields.push(("deadline".to_owned(), Json::from(deadline)));
        }
        if let Some(step) = &self.step {
            let response = step.outcome.as_ref().map(|o| o.response.clone());
            fields.push(("step".to_owned(), response_to_json(&response)));
        }
        Json::Obj(fields).to_text()
    }
}

/// A quiz as a record left it: the questions drawn again from its seed and settings, and its
/// answers replayed, each checked to grade as it did. `None` if the record is from another
/// bank, has no answers written out (older records), or does not replay.
pub fn rebuild(bank: &'static Bank, record: &QuizRecord, started_at: u64) -> Option<Run> {
    if record.bank != bank.version {
        return None;
    }
    let seed: Seed = record.seed.parse().ok()?;
    let settings = record.settings(bank);
    let quiz = match &record.chosen {
        Some(claims) => generate_from(bank, seed, settings, claims),
        None => generate(bank, seed, settings),
    };
    let mut run = Run::new(quiz, started_at, false);
    run.deadline = None;
    run.title = record.title.clone();
    if record.responses.len() != record.answers.len()
        || record.answers.len() > run.quiz.questions.len()
    {
        return None;
    }
    for (i, (response, answer)) in record.responses.iter().zip(&record.answers).enumerate() {
        let q = &run.quiz.questions[i];
        if q.form != answer.form || bank.claims[usize::from(q.claim)].id != answer.claim.as_str() {
            return None;
        }
        let moment = Moment {
            at: answer.at,
            day: answer.day,
        };
        let outcome = match response {
            None if answer.skipped => Outcome {
                response: Response::Text(String::new()),
                correct: false,
                confidence: None,
                moment,
                skipped: true,
            },
            Some(r) if !answer.skipped => Outcome {
                correct: q.is_right(bank, r),
                response: r.clone(),
                confidence: answer.confidence,
                moment,
                skipped: false,
            },
            _ => return None,
        };
        if outcome.correct != answer.correct {
            return None;
        }
        run.outcomes.push(outcome);
    }
    for (i, answer) in record.answers.iter().enumerate() {
        if let Some(found) = answer.evidence {
            run.steps.push((i, found));
        }
    }
    Some(run)
}

/// Reads a stored run and puts it back as it was, given the browser's time-zone offset.
pub fn parse_run(bank: &'static Bank, value: &str, offset: i32) -> Result<Run, Unresumable> {
    let json = Json::parse(value).map_err(|_| Unresumable::Corrupt)?;
    let layout = json.get("run").and_then(Json::as_u64);
    match layout {
        Some(n) if n > u64::from(RUN_SCHEMA) => return Err(Unresumable::Newer),
        Some(n) if n == u64::from(RUN_SCHEMA) => {}
        _ => return Err(Unresumable::Corrupt),
    }
    let record = json
        .get("record")
        .and_then(|r| QuizRecord::from_value(r, offset))
        .filter(|r| r.schema == SCHEMA)
        .ok_or(Unresumable::Corrupt)?;
    if record.bank != bank.version {
        return Err(Unresumable::OtherBank(Box::new(record)));
    }
    replay(bank, &json, record).ok_or(Unresumable::Corrupt)
}

fn replay(bank: &'static Bank, json: &Json, record: QuizRecord) -> Option<Run> {
    let started_at = json.get("started_at")?.as_u64()?;
    let mut run = rebuild(bank, &record, started_at)?;
    run.asks_confidence = json.get("confidence")?.as_bool()?;
    run.deadline = match json.get("deadline") {
        None => None,
        Some(d) => Some(d.as_u64()?),
    };
    run.showing_feedback = json.get("feedback")?.as_bool()?
        && !run.outcomes.is_empty()
        && run.quiz.settings.mode.has_feedback();
    if let Some(step) = json.get("step") {
        if !run.can_find_evidence(bank) {
            return None;
        }
        run.find_evidence(bank);
        let given = response_from_json(step)?;
        let last = run.outcomes.last()?.moment;
        if let (Some(response), Some(Step { question, outcome })) = (given, run.step.as_mut()) {
            *outcome = Some(Outcome {
                correct: question.is_right(bank, &response),
                response,
                confidence: None,
                moment: last,
                skipped: false,
            });
        }
    }
    Some(run)
}
