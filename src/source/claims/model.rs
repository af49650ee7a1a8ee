//! The checked claims and pools: what the rest of the build (the code generator, the shortcut
//! check) reads.

use core::ops::Range;

use super::MIN_OTHER_SENTENCES;
use crate::source::essay::Essay;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pool {
    pub name: String,
    pub members: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Claim {
    pub id: String,
    pub file: String,
    pub line: usize,
    /// Index into the essay's paragraphs.
    pub paragraph: usize,
    /// Byte range of the evidence in the paragraph's text.
    pub evidence: Range<usize>,
    /// Indices of the paragraph's sentences that the evidence overlaps (one to three).
    pub sentences: Range<usize>,
    /// The sentence that holds most of the evidence: the right option of the evidence form.
    pub key_sentence: usize,
    /// What the essay says here, in a teacher's words: the true statement of true-or-false and
    /// what the evidence form asks the student to support.
    pub says: String,
    /// The claim is about the essay's reasoning (causes, contrasts, stance, evidence for a
    /// conclusion) rather than a name, date or number: `kind = "argument"`.
    pub is_argument: bool,
    pub choice: Option<Choice>,
    pub truth: Option<Truth>,
    pub blank: Option<Blank>,
    pub number: Option<Number>,
    pub event: Option<Event>,
    pub attribution: Option<Attribution>,
    pub stance: Option<Stance>,
}

impl Claim {
    /// Whether the evidence form can be asked: the paragraph has at least
    /// [`MIN_OTHER_SENTENCES`] sentences besides the evidence's to offer as wrong options.
    pub fn has_evidence_form(&self, essay: &Essay) -> bool {
        let total = essay.paragraphs[self.paragraph].sentences.len();
        total - self.sentences.len() >= MIN_OTHER_SENTENCES
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub line: usize,
    pub question: String,
    pub answer: String,
    pub distractors: Vec<String>,
    /// Index into the pools.
    pub pool: Option<usize>,
    pub exclude: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Truth {
    /// (false statement, correction, line)
    pub falsehoods: Vec<Falsehood>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Falsehood {
    pub statement: String,
    pub correction: String,
    pub line: usize,
}

/// Where the essay stands on a statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum View {
    /// The essay's own argument.
    Argues,
    /// A view the essay attributes to others without taking a side.
    Reports,
    /// A view the essay argues against.
    Rejects,
}

impl View {
    pub const ALL: [View; 3] = [View::Argues, View::Reports, View::Rejects];

    pub fn code(self) -> &'static str {
        match self {
            View::Argues => "argues",
            View::Reports => "reports",
            View::Rejects => "rejects",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stance {
    pub statement: String,
    pub view: View,
    pub line: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Blank {
    pub text: String,
    /// The canonical answer first.
    pub answers: Vec<String>,
    pub near_misses: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberKind {
    Year,
    Count,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Number {
    pub question: String,
    pub answer: u32,
    pub kind: NumberKind,
    pub unit: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub what: String,
    pub year: u16,
    pub month: u8,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribution {
    pub who: String,
    pub what: String,
}
