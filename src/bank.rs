//! The essay and its claims as compiled into the program: plain static data, generated at build
//! time from `questions/` by `src/build/main.rs`, so the app parses nothing when it starts.

use core::fmt;
use core::ops::{Deref, Range};
use std::sync::OnceLock;

/// Every string of the bank, one after another, each followed by [`END`]: the claims refer to
/// them by number. One blob of text compresses like text, where a table of string pointers or
/// offsets would not.
static TEXT: &str = include_str!(concat!(env!("OUT_DIR"), "/bank.txt"));

/// Ends each string in [`TEXT`] (the build checks that no string holds one).
const END: u8 = 0;

/// Where each string of [`TEXT`] starts, and after the last one where the text ends: found
/// once, on first use, by one pass over the text (well under a millisecond), so the wasm
/// carries no table of offsets.
fn starts() -> &'static [u32] {
    static STARTS: OnceLock<Vec<u32>> = OnceLock::new();
    STARTS.get_or_init(|| {
        let mut starts = vec![0];
        starts.extend(
            TEXT.bytes()
                .zip(1u32..)
                .filter(|&(b, _)| b == END)
                .map(|(_, next)| next),
        );
        starts
    })
}

/// A string of the bank: its number in [`TEXT`], in 16 bits. The build numbers the strings in
/// the order the tables first use them, so the numbers in the tables mostly count up and
/// compress well (a packed offset and length compressed about three times worse).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Str(u16);

impl Str {
    pub fn as_str(self) -> &'static str {
        let starts = starts();
        let i = usize::from(self.0);
        // Each string ends one byte (its END) before the next one starts.
        &TEXT[starts[i] as usize..starts[i + 1] as usize - 1]
    }
}

impl Deref for Str {
    type Target = str;

    fn deref(&self) -> &'static str {
        self.as_str()
    }
}

impl fmt::Display for Str {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for Str {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl PartialEq<str> for Str {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Str {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<Str> for &str {
    fn eq(&self, other: &Str) -> bool {
        *self == other.as_str()
    }
}

/// The evidence form needs at least this many sentences besides the evidence's, to offer as
/// wrong options (the build checks the same rule).
pub const MIN_OTHER_SENTENCES: usize = 2;

/// The bank compiled from `questions/`.
// Paragraphs of one sentence list one range of it.
#[allow(clippy::single_range_in_vec_init)]
pub static BANK: Bank = include!(concat!(env!("OUT_DIR"), "/bank.rs"));

/// The essay and everything the quiz can ask about it.
#[derive(Debug)]
pub struct Bank {
    /// Changes whenever the essay, the claims or the pools change; shared links carry it.
    pub version: &'static str,
    pub title: Str,
    pub sections: &'static [Section],
    pub paragraphs: &'static [Paragraph],
    pub claims: &'static [Claim],
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

/// The ways a claim can be asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Form {
    Choice,
    Truth,
    Blank,
    Number,
    Order,
    Match,
    Stance,
    Evidence,
}

impl Form {
    pub const ALL: [Form; 8] = [
        Form::Choice,
        Form::Truth,
        Form::Blank,
        Form::Number,
        Form::Order,
        Form::Match,
        Form::Stance,
        Form::Evidence,
    ];

    /// The short name used in links and saved results.
    pub fn code(self) -> &'static str {
        match self {
            Form::Choice => "mc",
            Form::Truth => "tf",
            Form::Blank => "blank",
            Form::Number => "num",
            Form::Order => "order",
            Form::Match => "who",
            Form::Stance => "stance",
            Form::Evidence => "evidence",
        }
    }

    pub fn from_code(code: &str) -> Option<Form> {
        Form::ALL.into_iter().find(|f| f.code() == code)
    }

    pub fn label(self) -> &'static str {
        match self {
            Form::Choice => "Multiple choice",
            Form::Truth => "True or false",
            Form::Blank => "Fill in the blank",
            Form::Number => "Year or number",
            Form::Order => "Chronology",
            Form::Match => "Who said, who did",
            Form::Stance => "The essay's stance",
            Form::Evidence => "Find the evidence",
        }
    }

    fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

/// A set of forms.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct FormSet(u8);

impl FormSet {
    pub fn all() -> FormSet {
        Form::ALL.into_iter().collect()
    }

    pub fn contains(self, form: Form) -> bool {
        self.0 & form.bit() != 0
    }

    pub fn with(self, form: Form, on: bool) -> FormSet {
        if on {
            FormSet(self.0 | form.bit())
        } else {
            FormSet(self.0 & !form.bit())
        }
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    pub fn iter(self) -> impl Iterator<Item = Form> {
        Form::ALL.into_iter().filter(move |f| self.contains(*f))
    }
}

impl FromIterator<Form> for FormSet {
    fn from_iter<I: IntoIterator<Item = Form>>(iter: I) -> FormSet {
        iter.into_iter()
            .fold(FormSet(0), |set, f| set.with(f, true))
    }
}

/// A set of sections, by index into [`Bank::sections`] (at most 16).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct SectionSet(u16);

impl SectionSet {
    pub fn all(bank: &Bank) -> SectionSet {
        (0..bank.sections.len()).collect()
    }

    pub fn contains(self, section: usize) -> bool {
        section < 16 && self.0 & (1 << section) != 0
    }

    pub fn with(self, section: usize, on: bool) -> SectionSet {
        if on {
            SectionSet(self.0 | (1 << section))
        } else {
            SectionSet(self.0 & !(1 << section))
        }
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    pub fn iter(self) -> impl Iterator<Item = usize> {
        (0..16).filter(move |s| self.contains(*s))
    }
}

impl FromIterator<usize> for SectionSet {
    fn from_iter<I: IntoIterator<Item = usize>>(iter: I) -> SectionSet {
        iter.into_iter()
            .fold(SectionSet(0), |set, s| set.with(s, true))
    }
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

    /// Whether the claim's paragraph has enough other sentences to ask for its evidence.
    pub fn has_evidence_form(&self, claim: &Claim) -> bool {
        let total = self.claim_paragraph(claim).sentences.len();
        total - claim.sentences.len() >= MIN_OTHER_SENTENCES
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
            (Form::Evidence, self.has_evidence_form(claim)),
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
    fn form_codes_round_trip() {
        for form in Form::ALL {
            assert_eq!(Form::from_code(form.code()), Some(form));
        }
        assert_eq!(Form::from_code("essay"), None);
    }

    #[test]
    fn sets_hold_what_was_put_in() {
        let forms = FormSet::default()
            .with(Form::Truth, true)
            .with(Form::Match, true);
        assert_eq!(forms.iter().collect::<Vec<_>>(), [Form::Truth, Form::Match]);
        assert!(!forms.with(Form::Truth, false).contains(Form::Truth));
        let sections: SectionSet = [0, 5].into_iter().collect();
        assert_eq!(sections.iter().collect::<Vec<_>>(), [0, 5]);
    }

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
