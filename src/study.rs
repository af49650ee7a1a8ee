//! The student's memory of each claim, worked out from their saved quizzes: every answer is a
//! review, graded by its confidence and scheduled with FSRS. Only a claim's first review of a
//! local calendar day moves its schedule (a second try the same day shows what the first
//! taught, not what was kept). From it: what is due, how well each paragraph and section is
//! held, the weakest claims, the days in a row, and how well confidence predicts being right.

use crate::bank::{Bank, SectionSet};
use crate::fsrs::{Grade, Memory};
use crate::order;
use crate::progress::{Confidence, QuizRecord};
use crate::rng::{QuizRng, Seed};

/// How a right answer is graded by the confidence given before checking. A right guess is
/// Hard: a success, but a fragile one, so the claim comes back soon; fairly sure is Good; sure
/// is Easy. Without a confidence (in an exam, or with the setting off) a right answer is Good.
/// A wrong answer is always Again, whatever the confidence.
pub fn grade(correct: bool, confidence: Option<Confidence>) -> Grade {
    match (correct, confidence) {
        (false, _) => Grade::Again,
        (true, Some(Confidence::Guess)) => Grade::Hard,
        (true, Some(Confidence::FairlySure) | None) => Grade::Good,
        (true, Some(Confidence::Sure)) => Grade::Easy,
    }
}

/// One claim's record of study.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct ClaimStudy {
    /// `None` until first reviewed.
    pub memory: Option<Memory>,
    /// The local day of the review that last moved the schedule.
    pub last_day: i32,
    /// The local day it is next due.
    pub due_day: i32,
    pub right: u32,
    pub wrong: u32,
    /// The last answer, and when (ms).
    pub last_correct: bool,
    pub last_at: u64,
}

impl ClaimStudy {
    pub fn is_seen(&self) -> bool {
        self.memory.is_some()
    }

    /// The chance of recalling it on `today`; `None` if never reviewed.
    pub fn recall(&self, today: i32) -> Option<f32> {
        let m = self.memory?;
        Some(m.retrievability(today.saturating_sub(self.last_day).max(0) as f32))
    }

    pub fn is_due(&self, today: i32) -> bool {
        self.is_seen() && self.due_day <= today
    }
}

/// How often the student was right at one confidence level.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    pub answered: u32,
    pub right: u32,
}

/// Everything the progress screen and the personal modes need.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Study {
    /// By bank claim index.
    pub claims: Vec<ClaimStudy>,
    /// Local days with at least one answer, ascending.
    pub days: Vec<i32>,
    /// By [`Confidence::ALL`].
    pub calibration: [Tally; 3],
}

/// How many never-seen claims a Due now quiz mixes in: one question in this many.
pub const NEW_EVERY: usize = 4;
/// How far ahead "weakest" looks, in days.
pub const WEAK_HORIZON: i32 = 7;
/// Review mistakes looks back over this many quizzes.
pub const MISTAKES_LOOKBACK: usize = 5;

impl Study {
    /// Replays every answer of every record in time order. Answers on claims the bank no longer
    /// has are kept in the records and skipped here.
    pub fn from_records(bank: &Bank, records: &[QuizRecord]) -> Study {
        let mut study = Study {
            claims: vec![ClaimStudy::default(); bank.claims.len()],
            ..Study::default()
        };
        // (at, day, claim, correct, confidence)
        let mut reviews: Vec<(u64, i32, usize, bool, Option<Confidence>)> = Vec::new();
        for r in records {
            for a in r.answers.iter().filter(|a| !a.skipped) {
                let claims = std::iter::once((&a.claim, a.correct))
                    .chain(a.partners.iter().map(|(c, ok)| (c, *ok)));
                for (id, correct) in claims {
                    if let Some(c) = bank.claim_index(id) {
                        reviews.push((a.at, a.day, c, correct, a.confidence));
                    }
                }
                if let Some(conf) = a.confidence {
                    let tally = &mut study.calibration[conf as usize];
                    tally.answered += 1;
                    tally.right += u32::from(a.correct);
                }
                study.days.push(a.day);
            }
        }
        order::sort_by(&mut reviews, |a, b| a.0 < b.0);
        for (at, day, c, correct, confidence) in reviews {
            study.review(c, at, day, grade(correct, confidence), correct);
        }
        order::sort(&mut study.days);
        study.days.dedup();
        study
    }

    fn review(&mut self, c: usize, at: u64, day: i32, grade: Grade, correct: bool) {
        let s = &mut self.claims[c];
        let moved = match s.memory {
            None => Some(Memory::first(grade)),
            Some(m) if day > s.last_day => Some(m.next((day - s.last_day) as f32, grade)),
            // The same day again (or a clock turned back): noted, but the schedule stays.
            Some(_) => None,
        };
        if let Some(m) = moved {
            s.memory = Some(m);
            s.last_day = day;
            s.due_day = day + m.interval_days();
        }
        if correct {
            s.right += 1;
        } else {
            s.wrong += 1;
        }
        s.last_correct = correct;
        s.last_at = at;
    }

    fn in_sections(bank: &Bank, c: usize, sections: SectionSet) -> bool {
        sections.contains(bank.claim_section(&bank.claims[c]))
    }

    /// Claims due on `today` in these sections, the most overdue (least likely recalled) first.
    pub fn due(&self, bank: &Bank, today: i32, sections: SectionSet) -> Vec<u16> {
        let mut due: Vec<(f32, u16)> = (0..self.claims.len())
            .filter(|&c| self.claims[c].is_due(today) && Self::in_sections(bank, c, sections))
            .filter_map(|c| Some((self.claims[c].recall(today)?, u16::try_from(c).ok()?)))
            .collect();
        order::sort_by(&mut due, |a, b| a.0 < b.0);
        due.into_iter().map(|(_, c)| c).collect()
    }

    /// Seen claims in these sections, the least likely recalled a week from `today` first: the
    /// ones about to slip (a claim studied today is recalled today, weak or not).
    pub fn weakest(&self, bank: &Bank, today: i32, sections: SectionSet) -> Vec<u16> {
        let mut seen: Vec<(f32, u16)> = (0..self.claims.len())
            .filter(|&c| Self::in_sections(bank, c, sections))
            .filter_map(|c| {
                Some((
                    self.claims[c].recall(today + WEAK_HORIZON)?,
                    u16::try_from(c).ok()?,
                ))
            })
            .collect();
        order::sort_by(&mut seen, |a, b| a.0 < b.0);
        seen.into_iter().map(|(_, c)| c).collect()
    }

    /// A Due now quiz: due claims first, then the weakest of the rest, with a never-seen claim
    /// mixed in as every [`NEW_EVERY`]th question (drawn with the seed), while there are any.
    pub fn due_plan(
        &self,
        bank: &Bank,
        today: i32,
        sections: SectionSet,
        count: usize,
        seed: Seed,
    ) -> Vec<u16> {
        let mut review = self.due(bank, today, sections);
        review.extend(
            self.weakest(bank, today, sections)
                .into_iter()
                .filter(|c| !self.claims[usize::from(*c)].is_due(today)),
        );
        let mut new: Vec<u16> = (0..self.claims.len())
            .filter(|&c| !self.claims[c].is_seen() && Self::in_sections(bank, c, sections))
            .filter_map(|c| u16::try_from(c).ok())
            .collect();
        QuizRng::new(seed).shuffle(&mut new);
        let (mut review, mut new) = (review.into_iter(), new.into_iter());
        let mut plan = Vec::with_capacity(count);
        while plan.len() < count {
            let take_new = (plan.len() + 1) % NEW_EVERY == 0;
            let next = if take_new {
                new.next().or_else(|| review.next())
            } else {
                review.next().or_else(|| new.next())
            };
            match next {
                Some(c) => plan.push(c),
                None => break,
            }
        }
        plan
    }

    /// Claims answered wrong in the last [`MISTAKES_LOOKBACK`] quizzes and not answered right
    /// since, the most recent mistake first, in these sections.
    pub fn mistakes(&self, bank: &Bank, records: &[QuizRecord], sections: SectionSet) -> Vec<u16> {
        let mut missed: Vec<(u64, u16)> = Vec::new();
        for r in records.iter().rev().take(MISTAKES_LOOKBACK) {
            for a in r.answers.iter().filter(|a| !a.correct) {
                let Some(c) = bank.claim_index(&a.claim) else {
                    continue;
                };
                let still_wrong = !self.claims[c].last_correct;
                let fresh = !missed.iter().any(|(_, m)| usize::from(*m) == c);
                if still_wrong && fresh && Self::in_sections(bank, c, sections) {
                    if let Ok(c) = u16::try_from(c) {
                        missed.push((a.at, c));
                    }
                }
            }
        }
        order::sort_by(&mut missed, |a, b| a.0 > b.0);
        missed.into_iter().map(|(_, c)| c).collect()
    }

    /// How well the studied claims of a set are held on `today`: their mean chance of recall
    /// (a claim answered right and sure reads as held, however many others wait to be
    /// studied: [`Study::studied`] says how many); `None` if none of them has been seen.
    pub fn mastery(&self, claims: impl IntoIterator<Item = usize>, today: i32) -> Option<f32> {
        let recalls: Vec<f32> = claims
            .into_iter()
            .filter_map(|c| self.claims[c].recall(today))
            .collect();
        (!recalls.is_empty()).then(|| recalls.iter().sum::<f32>() / recalls.len() as f32)
    }

    /// Of a paragraph's claims, how many have been studied, and how many there are.
    pub fn studied(&self, bank: &Bank, paragraph: usize, today: i32) -> (usize, usize) {
        let claims: Vec<usize> = (0..bank.claims.len())
            .filter(|&c| usize::from(bank.claims[c].paragraph) == paragraph)
            .collect();
        let seen = claims
            .iter()
            .filter(|&&c| self.claims[c].recall(today).is_some())
            .count();
        (seen, claims.len())
    }

    /// Mastery of one paragraph (by index).
    pub fn paragraph_mastery(&self, bank: &Bank, paragraph: usize, today: i32) -> Option<f32> {
        self.mastery(
            (0..bank.claims.len()).filter(|&c| usize::from(bank.claims[c].paragraph) == paragraph),
            today,
        )
    }

    /// Mastery of one section (by index).
    pub fn section_mastery(&self, bank: &Bank, section: usize, today: i32) -> Option<f32> {
        self.mastery(
            (0..bank.claims.len()).filter(|&c| bank.claim_section(&bank.claims[c]) == section),
            today,
        )
    }

    /// Days in a row with some study, up to today (a streak still counts on a day not yet
    /// studied, from yesterday back).
    pub fn streak(&self, today: i32) -> u32 {
        let mut day = if self.days.last() == Some(&today) {
            today
        } else {
            today - 1
        };
        let mut n = 0;
        for &d in self.days.iter().rev() {
            if d > day {
                continue;
            }
            if d != day {
                break;
            }
            n += 1;
            day -= 1;
        }
        n
    }

    /// Claims never reviewed yet.
    pub fn unseen(&self) -> usize {
        self.claims.iter().filter(|c| !c.is_seen()).count()
    }
}
