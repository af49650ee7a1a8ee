//! The checked claims and pools: what the rest of the build (the code generator, the shortcut
//! check) reads.

use core::ops::Range;

use crate::source::decoys::OFFERED;

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
    /// What the claim asks is known to anyone who knows the period, without the essay
    /// (`background = true`): a default quiz draws at most one such claim in five.
    pub is_background: bool,
    /// Paragraphs that say the same again (`restated_in`): never offered as wrong evidence.
    pub restated_in: Vec<usize>,
    /// The find-the-evidence form's wrong options, (paragraph, sentence), best first (see
    /// [`crate::source::decoys`]); filled in once every claim is read.
    pub decoys: Vec<(usize, usize)>,
    pub choice: Option<Choice>,
    pub truth: Option<Truth>,
    pub blank: Option<Blank>,
    pub number: Option<Number>,
    pub event: Option<Event>,
    pub attribution: Option<Attribution>,
    pub stance: Option<Stance>,
}

impl Claim {
    /// Whether the evidence form can be asked: the essay has enough other sentences to offer
    /// as wrong options.
    pub fn has_evidence_form(&self) -> bool {
        self.decoys.len() >= OFFERED
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
    /// Wrong numbers chosen by hand; empty for a year whose distractors are the essay's
    /// other years near it.
    pub distractors: Vec<u32>,
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
