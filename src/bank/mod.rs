//! The essay and its claims as compiled into the program: plain static data, generated at build
//! time from `questions/` by `src/build/main.rs`, so the app parses nothing when it starts.
//! `text` holds the strings, `forms` the question forms.

mod decode;
mod forms;
mod text;

pub use forms::{Form, FormSet, SectionSet};
pub use text::Str;

use core::ops::Range;
use std::sync::LazyLock;

/// The find-the-evidence form offers the key sentence and this many of the claim's decoys.
pub const DECOYS_OFFERED: usize = 3;

/// A sentence of the essay: (paragraph index, sentence index in the paragraph).
pub type SentenceRef = (u16, u8);

/// The bank compiled from `questions/`: read from the build's tables on first use.
pub static BANK: LazyLock<Bank> = LazyLock::new(|| {
    decode::bank(
        include_bytes!(concat!(env!("OUT_DIR"), "/bank.bin")),
        include_str!(concat!(env!("OUT_DIR"), "/bank.version")),
    )
});

/// The essay and everything the quiz can ask about it.
#[derive(Debug)]
pub struct Bank {
    /// Changes whenever the essay, the claims or the pools change; shared links carry it.
    pub version: &'static str,
    pub title: Str,
    pub sections: &'static [Section],
    pub paragraphs: &'static [Paragraph],
    pub claims: &'static [Claim],
    /// Every year the essay names, in order: the wrong options of a year question.
    pub years: &'static [u16],
    pub pools: &'static [Pool],
}

/// A section of the essay ("I" … "V", "Afterword").
#[derive(Debug)]
pub struct Section {
    pub id: Str,
    /// Indices into [`Bank::paragraphs`].
    pub paragraphs: Range<u16>,
}

#[derive(Debug)]
pub struct Paragraph {
    /// "II.3": the section id, a dot, the paragraph's number within it.
    pub id: Str,
    /// Index into [`Bank::sections`].
    pub section: u8,
    pub text: Str,
    /// Byte ranges of its sentences in `text`, split at build time.
    pub sentences: &'static [Range<u16>],
}

impl Paragraph {
    pub fn sentence(&self, i: usize) -> &'static str {
        let r = &self.sentences[i];
        &self.text.as_str()[usize::from(r.start)..usize::from(r.end)]
    }
}

/// What the essay says in one place, with the quote that proves it and the question forms it
/// supports.
#[derive(Debug)]
pub struct Claim {
    /// Stable: saved progress refers to claims by id.
    pub id: Str,
    /// Index into [`Bank::paragraphs`].
    pub paragraph: u16,
    /// Byte range of the evidence quote within the paragraph's text.
    pub evidence: Range<u16>,
    /// The paragraph's sentences that the evidence overlaps.
    pub sentences: Range<u8>,
    /// The sentence holding most of the evidence: the answer of the evidence form.
    pub key_sentence: u8,
    /// What the essay says here, in a teacher's words: the true statement of true-or-false,
    /// and the statement the evidence form asks the student to support.
    pub says: Str,
    /// About the essay's reasoning (cause, contrast, stance, why) rather than a name, number
    /// or wording.
    pub argument: bool,
    /// Known to anyone who knows the period, without the essay: a default quiz draws at most
    /// one such claim in five.
    pub background: bool,
    /// Sentences of the essay outside the evidence that share the most words with `says`,
    /// best first: the wrong options of find-the-evidence.
    pub decoys: &'static [SentenceRef],
    /// Whether find-the-evidence may be asked as a question of its own: the best decoy shares
    /// as many of `says`'s words as the key sentence, so sounding alike does not find it.
    pub evidence_form: bool,
    pub choice: Option<Choice>,
    pub truth: Option<Truth>,
    pub blank: Option<Blank>,
    pub number: Option<Number>,
    pub event: Option<Event>,
    pub attribution: Option<Attribution>,
    pub stance: Option<Stance>,
}

#[derive(Debug)]
pub struct Choice {
    pub question: Str,
    pub answer: Str,
    pub distractors: &'static [Str],
    /// Index into [`Bank::pools`]: more distractors of the same kind.
    pub pool: Option<u8>,
    /// Pool members never to offer, because they would also be right.
    pub exclude: &'static [Str],
}

/// True or false: the true statement is the claim's `says`; these are its false variants.
#[derive(Debug)]
pub struct Truth {
    pub falsehoods: &'static [Falsehood],
}

/// Does the essay argue this, report it as others' view, or reject it?
#[derive(Debug)]
pub struct Stance {
    pub statement: Str,
    pub view: View,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    Argues,
    Reports,
    Rejects,
}

impl View {
    pub const ALL: [View; 3] = [View::Argues, View::Reports, View::Rejects];

    /// The option as the student reads it.
    pub fn label(self) -> &'static str {
        match self {
            View::Argues => "The essay argues this",
            View::Reports => "The essay reports it as others' view",
            View::Rejects => "The essay rejects this",
        }
    }
}

#[derive(Debug)]
pub struct Falsehood {
    pub statement: Str,
    pub correction: Str,
}

#[derive(Debug)]
pub struct Blank {
    /// The sentence with one `____` where the answer goes.
    pub text: Str,
    /// The canonical answer first, then other accepted answers.
    pub answers: &'static [Str],
    /// Near misses that must not earn credit (checked at build time).
    pub near_misses: &'static [Str],
}

#[derive(Debug)]
pub struct Number {
    pub question: Str,
    pub answer: u32,
    pub kind: NumberKind,
    /// Shown after the number ("percent"); empty for none.
    pub unit: Str,
    /// Wrong numbers chosen by hand; empty for a year whose distractors are drawn from
    /// [`Bank::years`] near it.
    pub distractors: &'static [u32],
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberKind {
    Year,
    Count,
}

#[derive(Debug)]
pub struct Event {
    pub what: Str,
    pub year: u16,
    /// 1–12, or 0 when the essay gives only the year.
    pub month: u8,
}

impl Event {
    /// Orders events in time, where [`Event::is_ordered_with`] allows comparing them.
    pub fn key(&self) -> (u16, u8) {
        (self.year, self.month)
    }

    /// Whether the essay's dates put these two events in a definite order: different years,
    /// or the same year with both months given and different.
    pub fn is_ordered_with(&self, other: &Event) -> bool {
        self.year != other.year
            || (self.month != 0 && other.month != 0 && self.month != other.month)
    }
}

#[derive(Debug)]
pub struct Attribution {
    pub who: Str,
    pub what: Str,
}

/// Answers of one kind (people, organisations…), used as distractors for each other.
#[derive(Debug)]
pub struct Pool {
    pub name: Str,
    pub members: &'static [Member],
}

#[derive(Debug)]
pub struct Member {
    pub text: Str,
    /// Claims whose multiple-choice answer is this member: they explain why it is wrong
    /// elsewhere.
    pub claims: &'static [u16],
}

impl Bank {
    pub fn claim_paragraph(&self, claim: &Claim) -> &'static Paragraph {
        &self.paragraphs[usize::from(claim.paragraph)]
    }

    /// Index of the section the claim belongs to.
    pub fn claim_section(&self, claim: &Claim) -> usize {
        usize::from(self.claim_paragraph(claim).section)
    }

    /// The claim's evidence quote, as it stands in the essay.
    pub fn evidence(&self, claim: &Claim) -> &'static str {
        let text = self.claim_paragraph(claim).text.as_str();
        &text[usize::from(claim.evidence.start)..usize::from(claim.evidence.end)]
    }

    /// Whether there are decoys enough to ask for the claim's evidence (as the step after a
    /// right answer; as a question of its own only with [`Claim::evidence_form`]).
    pub fn has_evidence_step(&self, claim: &Claim) -> bool {
        claim.decoys.len() >= DECOYS_OFFERED
    }

    /// A sentence of the essay.
    pub fn sentence(&self, (paragraph, sentence): SentenceRef) -> &'static str {
        self.paragraphs[usize::from(paragraph)].sentence(usize::from(sentence))
    }

    /// The key sentence of a claim, as a reference.
    pub fn key_ref(&self, claim: &Claim) -> SentenceRef {
        (claim.paragraph, claim.key_sentence)
    }

    /// The key sentence of a claim's evidence, as it stands in the essay.
    pub fn key_sentence(&self, claim: &Claim) -> &'static str {
        self.claim_paragraph(claim)
            .sentence(usize::from(claim.key_sentence))
    }

    pub fn section_index(&self, id: &str) -> Option<usize> {
        self.sections.iter().position(|s| s.id == id)
    }

    pub fn claim_index(&self, id: &str) -> Option<usize> {
        self.claims.iter().position(|c| c.id == id)
    }

    /// The forms a claim can be asked in on its own (chronology and matching also need
    /// partners, which [`crate::quiz`] checks).
    pub fn claim_forms(&self, claim: &Claim) -> FormSet {
        [
            (Form::Choice, claim.choice.is_some()),
            (Form::Truth, claim.truth.is_some()),
            (Form::Blank, claim.blank.is_some()),
            (Form::Number, claim.number.is_some()),
            (Form::Order, claim.event.is_some()),
            (Form::Match, claim.attribution.is_some()),
            (Form::Stance, claim.stance.is_some()),
            (
                Form::Evidence,
                claim.evidence_form && self.has_evidence_step(claim),
            ),
        ]
        .into_iter()
        .filter(|(_, has)| *has)
        .map(|(f, _)| f)
        .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_evidence_span_lies_on_character_boundaries() {
        for claim in BANK.claims {
            let text = BANK.claim_paragraph(claim).text;
            assert!(
                text.is_char_boundary(usize::from(claim.evidence.start)),
                "{}",
                claim.id
            );
            assert!(
                text.is_char_boundary(usize::from(claim.evidence.end)),
                "{}",
                claim.id
            );
        }
    }
}
