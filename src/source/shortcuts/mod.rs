//! The shortcut check: how far a question can be answered from the essay's wording alone,
//! without following its argument. A student who only recognises phrases says "true" to what
//! sounds like the essay, "false" to what brings in words the essay never uses, and picks the
//! option that echoes the passage or is longest. These figures measure each of those
//! shortcuts per claim, and [`check`] fails a claim that gives one away (see the thresholds,
//! explained in `questions/README.md`).

mod options;
mod report;
mod words;

pub use options::options_report;
pub use report::{Totals, report, totals};
pub use words::{Wording, overlap, overlap_stems, stems};

use super::claims::{Claim, View};
use super::{Source, SourceError};
use words::word_count;

/// A statement may share at most this share of its words with the essay in runs of
/// [`RUN`] or more words: above it, it copies the quote rather than paraphrasing it.
pub const MAX_ECHO: f64 = 0.60;
/// A false variant may echo the essay at most this much less (or more) than the true
/// statement: otherwise "sounds like the essay" tells them apart.
pub const MAX_ECHO_GAP: f64 = 0.30;
/// A false variant may have at most this share more words foreign to the essay than the true
/// statement: otherwise "unfamiliar words" gives it away.
pub const MAX_FOREIGN_GAP: f64 = 0.20;
/// The right option of a multiple-choice question may share at most this share more of its
/// words with the passage than the best distractor.
pub const MAX_OPTION_LEAD: f64 = 0.34;
/// The right option may be at most this many times as long as the distractors on average.
pub const MAX_LENGTH_RATIO: f64 = 1.6;
/// Words in a run this long that also occurs in the essay count as echoed.
pub const RUN: usize = 3;

/// One false variant's figures.
#[derive(Clone, Debug)]
pub struct FalseFigures {
    pub line: usize,
    pub echo: f64,
    pub foreign: f64,
}

/// One claim's figures; `None` where it lacks the form.
#[derive(Clone, Debug)]
pub struct ClaimFigures {
    pub id: String,
    pub file: String,
    pub line: usize,
    pub is_argument: bool,
    /// Echo of `says` (the true statement).
    pub says_echo: f64,
    pub says_foreign: f64,
    pub falses: Vec<FalseFigures>,
    /// Per option, the answer first: overlap with the passage, and length in words.
    pub options: Vec<(f64, usize)>,
    pub choice_line: usize,
    /// Evidence form: whether the key sentence shares more words with `says` than every
    /// decoy.
    pub key_is_closest: Option<bool>,
    pub stance: Option<View>,
}

impl ClaimFigures {
    pub fn new(source: &Source, wording: &Wording, claim: &Claim) -> ClaimFigures {
        let para = &source.essay.paragraphs[claim.paragraph];
        let options = claim
            .choice
            .as_ref()
            .map(|ch| {
                std::iter::once(&ch.answer)
                    .chain(&ch.distractors)
                    .map(|o| (overlap(o, &para.text), word_count(o)))
                    .collect()
            })
            .unwrap_or_default();
        let key_is_closest = claim.has_evidence_form().then(|| {
            let sentence = |p: usize, s: usize| {
                let para = &source.essay.paragraphs[p];
                overlap(&claim.says, &para.text[para.sentences[s].clone()])
            };
            let key = sentence(claim.paragraph, claim.key_sentence);
            claim.decoys.iter().all(|&(p, s)| sentence(p, s) < key)
        });
        ClaimFigures {
            id: claim.id.clone(),
            file: claim.file.clone(),
            line: claim.line,
            is_argument: claim.is_argument,
            says_echo: wording.echo(&claim.says),
            says_foreign: wording.foreign(&claim.says),
            falses: claim
                .truth
                .iter()
                .flat_map(|t| &t.falsehoods)
                .map(|f| FalseFigures {
                    line: f.line,
                    echo: wording.echo(&f.statement),
                    foreign: wording.foreign(&f.statement),
                })
                .collect(),
            options,
            choice_line: claim.choice.as_ref().map_or(claim.line, |c| c.line),
            key_is_closest,
            stance: claim.stance.as_ref().map(|s| s.view),
        }
    }

    /// The right option's lead in passage overlap over the best distractor.
    pub fn option_lead(&self) -> Option<f64> {
        let (answer, rest) = self.options.split_first()?;
        let best = rest.iter().map(|o| o.0).fold(0.0, f64::max);
        Some(answer.0 - best)
    }

    /// The right option's length over the distractors' mean length.
    pub fn length_ratio(&self) -> Option<f64> {
        let (answer, rest) = self.options.split_first()?;
        let mean = rest.iter().map(|o| o.1 as f64).sum::<f64>() / rest.len().max(1) as f64;
        Some(answer.1 as f64 / mean.max(1.0))
    }

    /// What gives this claim away, each with where and what to change.
    pub fn problems(&self) -> Vec<SourceError> {
        let mut out = Vec::new();
        let mut say = |line: usize, message: String| {
            out.push(SourceError::new(
                &self.file,
                line,
                format!("claim {}: {message}", self.id),
            ));
        };
        if self.says_echo > MAX_ECHO {
            say(
                self.line,
                format!(
                    "`says` copies the essay ({:.0}% of its words in runs of {RUN} found in the essay, at most {:.0}%): paraphrase it as a teacher would",
                    self.says_echo * 100.0,
                    MAX_ECHO * 100.0
                ),
            );
        }
        for f in &self.falses {
            let gap = self.says_echo - f.echo;
            if gap.abs() > MAX_ECHO_GAP {
                let which = if gap > 0.0 {
                    "the true statement sounds more like the essay"
                } else {
                    "the false statement sounds more like the essay"
                };
                say(
                    f.line,
                    format!(
                        "{which} ({:.0}% against {:.0}% echoed, at most {:.0} points apart): word both alike",
                        self.says_echo * 100.0,
                        f.echo * 100.0,
                        MAX_ECHO_GAP * 100.0
                    ),
                );
            }
            if f.foreign - self.says_foreign > MAX_FOREIGN_GAP {
                say(
                    f.line,
                    format!(
                        "the false statement brings in words the essay never uses ({:.0}% of its content words, the true one {:.0}%): change the meaning with the essay's own vocabulary",
                        f.foreign * 100.0,
                        self.says_foreign * 100.0
                    ),
                );
            }
        }
        if let Some(lead) = self.option_lead().filter(|l| *l > MAX_OPTION_LEAD) {
            say(
                self.choice_line,
                format!(
                    "the answer echoes the passage far more than any distractor ({:.0} points ahead, at most {:.0}): word the answer in other words, or draw distractors from the same passage",
                    lead * 100.0,
                    MAX_OPTION_LEAD * 100.0
                ),
            );
        }
        if let Some(ratio) = self.length_ratio().filter(|r| *r > MAX_LENGTH_RATIO) {
            say(
                self.choice_line,
                format!(
                    "the answer is {ratio:.1} times as long as the distractors (at most {MAX_LENGTH_RATIO}): make the options alike in length"
                ),
            );
        }
        out
    }
}

/// Figures for every claim of the bank, in bank order.
pub fn figures(source: &Source) -> Vec<ClaimFigures> {
    let wording = Wording::new(source);
    source
        .claims
        .iter()
        .map(|c| ClaimFigures::new(source, &wording, c))
        .collect()
}

/// Every claim past a threshold, with `file:line` and what to change.
pub fn check(source: &Source) -> Vec<SourceError> {
    figures(source)
        .iter()
        .flat_map(ClaimFigures::problems)
        .collect()
}
