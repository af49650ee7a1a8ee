//! A quiz: its settings and mode, its questions, and grading. [`generate`] builds one from a seed
//! and settings, deterministically: the same seed, settings and bank give the same quiz
//! everywhere.

mod forms;
mod generate;
mod giveaway;

use std::borrow::Cow;

use crate::bank::{Bank, Form, FormSet, SectionSet, SentenceRef, View};
use crate::order;
use crate::rng::Seed;
use crate::text::accepts;

pub use forms::{evidence_step, near_misses};
pub use generate::{
    ARGUMENT_TENTHS, BACKGROUND_EVERY, available, generate, generate_from, tests_argument,
};
pub use giveaway::{gives_away, shown};

/// The question counts the start screen offers.
pub const COUNTS: [u8; 3] = [5, 10, 20];
/// The most questions a link may ask for.
pub const MAX_COUNT: u8 = 50;

/// How a quiz is taken, and which claims it draws.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Mode {
    /// Feedback after each question.
    #[default]
    Learn,
    /// No feedback until the end; an optional time limit.
    Exam,
    /// Claims missed in the last results.
    Mistakes,
    /// Claims due for review first, then the weakest, with some never seen.
    Due,
}

impl Mode {
    pub const ALL: [Mode; 4] = [Mode::Learn, Mode::Exam, Mode::Mistakes, Mode::Due];

    /// The short name used in links and saved results.
    pub fn code(self) -> &'static str {
        match self {
            Mode::Learn => "learn",
            Mode::Exam => "exam",
            Mode::Mistakes => "mistakes",
            Mode::Due => "due",
        }
    }

    pub fn from_code(code: &str) -> Option<Mode> {
        Mode::ALL.into_iter().find(|m| m.code() == code)
    }

    pub fn label(self) -> &'static str {
        match self {
            Mode::Learn => "Learn",
            Mode::Exam => "Exam",
            Mode::Mistakes => "Review mistakes",
            Mode::Due => "Due now",
        }
    }

    /// Whether each answer gets its feedback at once (all but Exam).
    pub fn has_feedback(self) -> bool {
        self != Mode::Exam
    }

    /// Whether the claims come from the student's own record rather than the whole bank.
    pub fn is_personal(self) -> bool {
        matches!(self, Mode::Mistakes | Mode::Due)
    }
}

/// The time limits an exam may have, in minutes (0: none).
pub const EXAM_MINUTES: [u8; 4] = [0, 5, 10, 20];

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Settings {
    pub count: u8,
    pub sections: SectionSet,
    pub forms: FormSet,
    pub mode: Mode,
    /// An exam's time limit in minutes; 0 for none.
    pub minutes: u8,
    /// Ask background claims (what anyone who knows the period knows) as often as any other;
    /// otherwise a drawn quiz asks at most one question in five on them.
    pub background: bool,
}

impl Settings {
    /// Ten questions from the whole essay, in every form, to learn.
    pub fn standard(bank: &Bank) -> Settings {
        Settings {
            count: 10,
            sections: SectionSet::all(bank),
            forms: FormSet::all(),
            mode: Mode::Learn,
            minutes: 0,
            background: false,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Quiz {
    pub seed: Seed,
    pub settings: Settings,
    /// The claims a personal mode chose, in order; a link carries them, so that anyone who opens
    /// it gets this quiz without needing this student's record.
    pub chosen: Option<Vec<u16>>,
    pub questions: Vec<Question>,
    /// Set when the bank had fewer claims than asked for.
    pub shortfall: Option<Shortfall>,
}

/// Fewer questions than asked for: the chosen sections and forms have only this many claims.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shortfall {
    pub wanted: u8,
    pub available: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Question {
    /// Index into the bank's claims: the claim this question is drawn from.
    pub claim: u16,
    pub form: Form,
    pub body: Body,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Body {
    /// Multiple choice and year-or-number: pick the one right option.
    Choice {
        prompt: &'static str,
        options: Vec<Opt>,
        answer: usize,
    },
    /// Judge a statement; `correction` is `Some` when the statement is false.
    Truth {
        statement: &'static str,
        correction: Option<&'static str>,
    },
    /// Type the word that fills the blank.
    Blank { text: &'static str },
    /// Put the events of these claims in time order; shown in this order.
    Order { items: Vec<u16> },
    /// Match each row's claim to one of the names.
    Match {
        rows: Vec<u16>,
        names: Vec<&'static str>,
    },
    /// Does the essay argue the statement, report it as others' view, or reject it? The
    /// options are [`View::ALL`], always in that order.
    Stance { statement: &'static str },
    /// Which of these sentences of the essay supports what the claim says?
    Evidence {
        /// Sentences of the essay, in reading order.
        sentences: Vec<SentenceRef>,
        /// Position of the claim's key sentence among them.
        answer: usize,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Opt {
    pub text: Cow<'static, str>,
    /// Another claim whose answer this option is: it explains why the option is wrong here.
    pub from_claim: Option<u16>,
}

/// A student's answer to a question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Response {
    Choice(usize),
    Truth(bool),
    Text(String),
    /// Claim indices in the order the student put them.
    Order(Vec<u16>),
    /// For each row, the index of the chosen name.
    Match(Vec<usize>),
}

impl Question {
    /// Whether the response is right.
    pub fn is_right(&self, bank: &Bank, response: &Response) -> bool {
        match (&self.body, response) {
            (Body::Choice { answer, .. } | Body::Evidence { answer, .. }, Response::Choice(i)) => {
                i == answer
            }
            (Body::Stance { .. }, Response::Choice(i)) => {
                let view = bank.claims[usize::from(self.claim)].stance.as_ref();
                view.is_some_and(|s| View::ALL.get(*i) == Some(&s.view))
            }
            (Body::Truth { correction, .. }, Response::Truth(said)) => {
                *said == correction.is_none()
            }
            (Body::Blank { .. }, Response::Text(typed)) => bank.claims[usize::from(self.claim)]
                .blank
                .as_ref()
                .is_some_and(|b| {
                    accepts(
                        &b.answers.iter().map(|a| a.as_str()).collect::<Vec<_>>(),
                        typed,
                    )
                }),
            (Body::Order { items }, Response::Order(order)) => {
                let mut given = order.clone();
                order::sort(&mut given);
                let mut shown = items.clone();
                order::sort(&mut shown);
                given == shown
                    && order
                        .windows(2)
                        .all(|w| event_key(bank, w[0]) < event_key(bank, w[1]))
            }
            (Body::Match { rows, names }, Response::Match(chosen)) => {
                chosen.len() == rows.len()
                    && rows.iter().zip(chosen).all(|(&row, &name)| {
                        names.get(name).is_some_and(|n| Some(*n) == who(bank, row))
                    })
            }
            _ => false,
        }
    }

    /// The right order of a chronology question.
    pub fn right_order(&self, bank: &Bank) -> Vec<u16> {
        match &self.body {
            Body::Order { items } => {
                let mut sorted = items.clone();
                order::sort_by_key(&mut sorted, |&c| event_key(bank, c));
                sorted
            }
            _ => Vec::new(),
        }
    }
}

impl Question {
    /// The right answer, written out for feedback and review.
    pub fn answer_text(&self, bank: &Bank) -> String {
        let claim = &bank.claims[usize::from(self.claim)];
        match &self.body {
            Body::Choice {
                options, answer, ..
            } => options[*answer].text.to_string(),
            Body::Truth {
                correction: None, ..
            } => "True".to_owned(),
            Body::Truth {
                correction: Some(c),
                ..
            } => format!("False: {c}"),
            Body::Blank { .. } => claim
                .blank
                .as_ref()
                .map(|b| b.answers[0].to_string())
                .unwrap_or_default(),
            Body::Order { .. } => self
                .right_order(bank)
                .iter()
                .filter_map(|&c| bank.claims[usize::from(c)].event.as_ref())
                .map(|e| format!("{} ({})", e.what, e.year))
                .collect::<Vec<_>>()
                .join(" → "),
            Body::Match { rows, .. } => rows
                .iter()
                .filter_map(|&r| bank.claims[usize::from(r)].attribution.as_ref())
                .map(|a| format!("{}: {}", a.who, a.what))
                .collect::<Vec<_>>()
                .join("; "),
            Body::Stance { .. } => claim
                .stance
                .as_ref()
                .map(|s| s.view.label().to_owned())
                .unwrap_or_default(),
            Body::Evidence { .. } => bank.key_sentence(claim).to_owned(),
        }
    }

    /// A student's response, written out.
    pub fn response_text(&self, bank: &Bank, response: &Response) -> String {
        match (&self.body, response) {
            (Body::Choice { options, .. }, Response::Choice(i)) => options
                .get(*i)
                .map(|o| o.text.to_string())
                .unwrap_or_default(),
            (Body::Stance { .. }, Response::Choice(i)) => View::ALL
                .get(*i)
                .map(|v| v.label().to_owned())
                .unwrap_or_default(),
            (Body::Evidence { sentences, .. }, Response::Choice(i)) => sentences
                .get(*i)
                .map(|&s| bank.sentence(s).to_owned())
                .unwrap_or_default(),
            (_, Response::Truth(said)) => if *said { "True" } else { "False" }.to_owned(),
            (_, Response::Text(typed)) => typed.trim().to_owned(),
            (_, Response::Order(order)) => order
                .iter()
                .filter_map(|&c| bank.claims[usize::from(c)].event.as_ref())
                .map(|e| e.what.as_str())
                .collect::<Vec<_>>()
                .join(" → "),
            (Body::Match { rows, names }, Response::Match(chosen)) => rows
                .iter()
                .zip(chosen)
                .filter_map(|(&r, &n)| {
                    Some(format!(
                        "{}: {}",
                        names.get(n)?,
                        bank.claims[usize::from(r)].attribution.as_ref()?.what
                    ))
                })
                .collect::<Vec<_>>()
                .join("; "),
            _ => String::new(),
        }
    }

    /// The question as the student reads it first.
    pub fn prompt(&self) -> &'static str {
        match &self.body {
            Body::Choice { prompt, .. } => prompt,
            Body::Truth { .. } => "True or false, according to the essay?",
            Body::Blank { .. } => "Fill in the blank, as the essay has it:",
            Body::Order { .. } => {
                "Put these events in the order the essay dates them, earliest first."
            }
            Body::Match { .. } => "Match each to whom the essay attributes it.",
            Body::Stance { .. } => {
                "Does the essay argue this, report it as others' view, or reject it?"
            }
            Body::Evidence { .. } => "Which sentence of the essay supports this?",
        }
    }

    /// The statement the student judges or supports, shown under the prompt.
    pub fn statement(&self, bank: &Bank) -> Option<&'static str> {
        match &self.body {
            Body::Truth { statement, .. } | Body::Stance { statement } => Some(statement),
            Body::Evidence { .. } => Some(bank.claims[usize::from(self.claim)].says.as_str()),
            _ => None,
        }
    }
}

fn event_key(bank: &Bank, claim: u16) -> (u16, u8) {
    bank.claims[usize::from(claim)]
        .event
        .as_ref()
        .map_or((0, 0), |e| e.key())
}

fn who(bank: &Bank, claim: u16) -> Option<&'static str> {
    bank.claims[usize::from(claim)]
        .attribution
        .as_ref()
        .map(|a| a.who.as_str())
}
