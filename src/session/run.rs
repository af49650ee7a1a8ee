//! One quiz being played: the answers so far, the feedback or evidence step on screen, an
//! exam's clock, and the record it leaves.

use crate::bank::{Bank, Form};
use crate::progress::{AnswerRecord, Confidence, QuizRecord};
use crate::quiz::{Body, Question, Quiz, Response, evidence_step};

/// When and how sure: what the browser and the student add to an answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Moment {
    /// ms since the epoch.
    pub at: u64,
    /// The student's local calendar day.
    pub day: i32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    pub response: Response,
    pub correct: bool,
    pub confidence: Option<Confidence>,
    pub moment: Moment,
    /// Not answered before an exam's time ran out.
    pub skipped: bool,
}

/// "Now find the sentence that shows it", under the feedback of a right answer.
#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    pub question: Question,
    pub outcome: Option<Outcome>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Run {
    pub quiz: Quiz,
    /// When it started (ms since the epoch): with the seed, its key on the device.
    pub started_at: u64,
    /// One per answered question.
    pub outcomes: Vec<Outcome>,
    /// The last answer's feedback is on screen (never in an exam).
    pub showing_feedback: bool,
    /// The optional second step after a right answer: find the sentence that shows it.
    pub step: Option<Step>,
    /// Evidence steps taken: (question index, found the sentence), scored apart.
    pub steps: Vec<(usize, bool)>,
    /// An exam's end (ms since the epoch), if it has a time limit.
    pub deadline: Option<u64>,
    /// Whether to ask how sure the student is before checking.
    pub asks_confidence: bool,
    /// An assigned quiz's title: its results go back to the teacher by code.
    pub title: Option<String>,
}

impl Run {
    /// A quiz starting at `now`; `confidence` is the student's preference (asked only in
    /// modes with feedback).
    pub fn new(quiz: Quiz, now: u64, confidence: bool) -> Run {
        let settings = quiz.settings;
        Run {
            deadline: (settings.minutes > 0 && !settings.mode.has_feedback())
                .then(|| now + u64::from(settings.minutes) * 60_000),
            asks_confidence: confidence && settings.mode.has_feedback(),
            started_at: now,
            quiz,
            outcomes: Vec::new(),
            showing_feedback: false,
            step: None,
            steps: Vec::new(),
            title: None,
        }
    }

    /// The answers as a results code carries them (`None`: not answered).
    pub fn responses(&self) -> Vec<Option<Response>> {
        self.outcomes
            .iter()
            .map(|o| (!o.skipped).then(|| o.response.clone()))
            .collect()
    }

    /// Index of the question on screen.
    pub fn index(&self) -> usize {
        if self.showing_feedback {
            self.outcomes.len() - 1
        } else {
            self.outcomes.len()
        }
    }

    pub fn current(&self) -> Option<&Question> {
        self.quiz.questions.get(self.index())
    }

    /// The outcome of the question on screen, once answered.
    pub fn current_outcome(&self) -> Option<&Outcome> {
        self.showing_feedback
            .then(|| self.outcomes.last())
            .flatten()
    }

    pub fn is_finished(&self) -> bool {
        !self.showing_feedback && self.outcomes.len() >= self.quiz.questions.len()
    }

    pub fn score(&self) -> usize {
        self.outcomes.iter().filter(|o| o.correct).count()
    }

    /// Whether the feedback on screen may offer the evidence step: the answer was right, the
    /// question was not already about the evidence, and the paragraph has sentences to offer.
    pub fn can_find_evidence(&self, bank: &Bank) -> bool {
        self.current_outcome().is_some_and(|o| o.correct)
            && self.step.is_none()
            && self.current().is_some_and(|q| q.form != Form::Evidence)
            && evidence_step(bank, &self.quiz, self.index()).is_some()
    }

    /// How many evidence steps found the sentence, of how many taken.
    pub fn steps_score(&self) -> (usize, usize) {
        let found = self.steps.iter().filter(|(_, ok)| *ok).count();
        (found, self.steps.len())
    }

    pub(super) fn answer(
        &mut self,
        bank: &Bank,
        response: Response,
        confidence: Option<Confidence>,
        moment: Moment,
    ) {
        if self.showing_feedback || self.deadline.is_some_and(|d| moment.at > d) {
            return;
        }
        if let Some(q) = self.current() {
            let correct = q.is_right(bank, &response);
            self.outcomes.push(Outcome {
                response,
                correct,
                confidence: confidence.filter(|_| self.asks_confidence),
                moment,
                skipped: false,
            });
            // An exam moves straight on; the feedback waits for the end.
            self.showing_feedback = self.quiz.settings.mode.has_feedback();
        }
    }

    /// An exam's time is up: every question not yet answered counts as wrong.
    pub(super) fn time_up(&mut self, moment: Moment) {
        while self.outcomes.len() < self.quiz.questions.len() {
            self.outcomes.push(Outcome {
                response: Response::Text(String::new()),
                correct: false,
                confidence: None,
                moment,
                skipped: true,
            });
        }
        self.showing_feedback = false;
    }

    pub(super) fn find_evidence(&mut self, bank: &Bank) {
        if self.can_find_evidence(bank) {
            self.step = evidence_step(bank, &self.quiz, self.index()).map(|question| Step {
                question,
                outcome: None,
            });
        }
    }

    pub(super) fn answer_step(&mut self, bank: &Bank, response: Response, moment: Moment) {
        let index = self.index();
        if let Some(step) = self.step.as_mut().filter(|s| s.outcome.is_none()) {
            let correct = step.question.is_right(bank, &response);
            step.outcome = Some(Outcome {
                response,
                correct,
                confidence: None,
                moment,
                skipped: false,
            });
            self.steps.push((index, correct));
        }
    }

    pub(super) fn next(&mut self) {
        self.showing_feedback = false;
        self.step = None;
    }

    /// The record this quiz leaves, finished at `finished_at`.
    pub fn record(&self, bank: &Bank, finished_at: u64) -> QuizRecord {
        let id = |c: u16| bank.claims[usize::from(c)].id.to_string();
        let answers = self
            .quiz
            .questions
            .iter()
            .zip(&self.outcomes)
            .enumerate()
            .map(|(i, (q, o))| AnswerRecord {
                claim: id(q.claim),
                form: q.form,
                correct: o.correct,
                partners: partners(bank, q, &o.response)
                    .into_iter()
                    .filter(|(c, _)| *c != q.claim)
                    .map(|(c, ok)| (id(c), ok && !o.skipped))
                    .collect(),
                at: o.moment.at,
                day: o.moment.day,
                confidence: o.confidence,
                evidence: self
                    .steps
                    .iter()
                    .find(|(at, _)| *at == i)
                    .map(|(_, ok)| *ok),
                skipped: o.skipped,
            })
            .collect();
        let mut record = QuizRecord::new(
            bank,
            self.quiz.seed,
            self.quiz.settings,
            finished_at,
            answers,
        );
        record.chosen.clone_from(&self.quiz.chosen);
        record.title.clone_from(&self.title);
        record.responses = self.responses();
        record
    }
}

/// Every claim a chronology or matching question drew on, each right or wrong on its own:
/// an event in its right place, a row matched to its right name.
fn partners(bank: &Bank, q: &Question, response: &Response) -> Vec<(u16, bool)> {
    match (&q.body, response) {
        (Body::Order { items }, given) => {
            let right = q.right_order(bank);
            let given = match given {
                Response::Order(o) => o.as_slice(),
                _ => &[],
            };
            items
                .iter()
                .map(|&c| {
                    let placed = given.iter().position(|&g| g == c);
                    (
                        c,
                        placed.is_some() && placed == right.iter().position(|&r| r == c),
                    )
                })
                .collect()
        }
        (Body::Match { rows, names }, given) => {
            let chosen: &[usize] = match given {
                Response::Match(m) => m,
                _ => &[],
            };
            rows.iter()
                .enumerate()
                .map(|(i, &r)| {
                    let who = bank.claims[usize::from(r)]
                        .attribution
                        .as_ref()
                        .map(|a| a.who);
                    let ok = chosen
                        .get(i)
                        .and_then(|&n| names.get(n))
                        .is_some_and(|n| who.is_some_and(|w| w == *n));
                    (r, ok)
                })
                .collect()
        }
        _ => Vec::new(),
    }
}
