//! Each form's question body: its options, distractors and order, drawn from the seed.

use std::borrow::Cow;

use super::generate::{Builder, MATCH_ROWS, MAX_ORDER, MIN_ORDER};
use super::{Body, Opt, Question, Quiz, event_key, who};
use crate::bank::{Bank, Claim, DECOYS_OFFERED, Form, NumberKind, SentenceRef};
use crate::order;
use crate::rng::{QuizRng, Seed};
use crate::text::{group_thousands, same_option};

/// Options in a multiple-choice or number question.
const OPTIONS: usize = 4;
/// A year question without distractors of its own draws the essay's other years within this
/// many years of the answer.
const YEAR_WINDOW: u32 = 12;
/// Chronology partners are drawn nearest in time first, in steps of this many years, so that
/// ordering them takes the essay's dates rather than the textbook's landmarks.
const YEAR_STEP: u16 = 3;

impl Builder {
    pub(super) fn truth(&self, rng: &mut QuizRng, c: &'static Claim) -> Body {
        let truth = c.truth.as_ref().expect("usable_forms checked truth");
        if rng.coin() || truth.falsehoods.is_empty() {
            Body::Truth {
                statement: c.says.as_str(),
                correction: None,
            }
        } else {
            let f = &truth.falsehoods[rng.index(truth.falsehoods.len())];
            Body::Truth {
                statement: f.statement.as_str(),
                correction: Some(f.correction.as_str()),
            }
        }
    }

    pub(super) fn blank(&self, c: &'static Claim) -> Body {
        Body::Blank {
            text: c
                .blank
                .as_ref()
                .expect("usable_forms checked blank")
                .text
                .as_str(),
        }
    }

    pub(super) fn stance(&self, c: &'static Claim) -> Body {
        Body::Stance {
            statement: c
                .stance
                .as_ref()
                .expect("usable_forms checked stance")
                .statement
                .as_str(),
        }
    }

    /// Another claim whose multiple-choice answer is `text`, to explain why it is wrong here.
    fn answered_elsewhere(&self, claim: u16, text: &str) -> Option<u16> {
        self.bank
            .pools
            .iter()
            .flat_map(|p| p.members)
            .filter(|m| same_option(&m.text, text))
            .flat_map(|m| m.claims)
            .copied()
            .find(|&other| other != claim)
    }

    pub(super) fn choice(&self, rng: &mut QuizRng, claim: u16) -> Body {
        let choice = self
            .claim(usize::from(claim))
            .choice
            .as_ref()
            .expect("usable_forms checked choice");
        let mut own: Vec<&'static str> = choice.distractors.iter().map(|d| d.as_str()).collect();
        rng.shuffle(&mut own);
        let mut pooled: Vec<&'static str> = choice
            .pool
            .map(|p| self.bank.pools[usize::from(p)].members)
            .unwrap_or_default()
            .iter()
            .map(|m| m.text.as_str())
            .filter(|t| {
                !same_option(t, &choice.answer) && !choice.exclude.iter().any(|e| same_option(e, t))
            })
            .filter(|t| !own.iter().any(|o| same_option(o, t)))
            .collect();
        rng.shuffle(&mut pooled);
        // Most distractors come from the claim's own, hand-picked list; one may come from the pool.
        let from_pool = usize::from(!pooled.is_empty() && rng.coin());
        let mut texts = vec![choice.answer.as_str()];
        texts.extend(pooled.into_iter().take(from_pool));
        texts.extend(own.into_iter().take(OPTIONS - texts.len()));
        let mut options: Vec<Opt> = texts
            .into_iter()
            .enumerate()
            .map(|(i, t)| Opt {
                text: Cow::Borrowed(t),
                from_claim: if i == 0 {
                    None
                } else {
                    self.answered_elsewhere(claim, t)
                },
            })
            .collect();
        let answer = shuffle_keeping(rng, &mut options, 0);
        Body::Choice {
            prompt: choice.question.as_str(),
            options,
            answer,
        }
    }

    /// The wrong numbers: the claim's own, or for a year the essay's other years near it (so
    /// that "the option the essay names" is no clue), topped up with near misses if too few.
    pub(super) fn number(&self, rng: &mut QuizRng, c: &'static Claim) -> Body {
        let number = c.number.as_ref().expect("usable_forms checked number");
        let mut wrong: Vec<u32> = if number.distractors.is_empty() {
            self.bank
                .years
                .iter()
                .map(|&y| u32::from(y))
                .filter(|&y| y != number.answer && y.abs_diff(number.answer) <= YEAR_WINDOW)
                .collect()
        } else {
            number.distractors.to_vec()
        };
        rng.shuffle(&mut wrong);
        wrong.truncate(OPTIONS - 1);
        let mut near = near_misses(number.answer, number.kind);
        rng.shuffle(&mut near);
        for n in near {
            if wrong.len() >= OPTIONS - 1 {
                break;
            }
            if !wrong.contains(&n) {
                wrong.push(n);
            }
        }
        let show = |n: u32| -> Cow<'static, str> {
            let digits = match number.kind {
                NumberKind::Year => n.to_string(),
                NumberKind::Count => group_thousands(n),
            };
            if number.unit.is_empty() {
                Cow::Owned(digits)
            } else {
                Cow::Owned(format!("{digits} {}", number.unit))
            }
        };
        let mut options: Vec<Opt> = std::iter::once(number.answer)
            .chain(wrong)
            .map(|n| Opt {
                text: show(n),
                from_claim: None,
            })
            .collect();
        let answer = shuffle_keeping(rng, &mut options, 0);
        Body::Choice {
            prompt: number.question.as_str(),
            options,
            answer,
        }
    }

    pub(super) fn order(&self, rng: &mut QuizRng, claim: u16) -> Body {
        let i = usize::from(claim);
        let year = self.claim(i).event.as_ref().map_or(0, |e| e.year);
        let mut candidates = self.others_with(i, |c| c.event.is_some());
        rng.shuffle(&mut candidates);
        // Essay-specific events nearest in time first: background landmarks order themselves.
        order::sort_by_key(&mut candidates, |&j| {
            let c = self.claim(usize::from(j));
            let near = c.event.as_ref().map_or(u16::MAX, |e| e.year.abs_diff(year));
            (c.background, near / YEAR_STEP)
        });
        let partners = self.order_partners_from(i, candidates);
        let size = MIN_ORDER + rng.index(MAX_ORDER - MIN_ORDER + 1);
        let mut items = vec![claim];
        items.extend(partners.into_iter().take(size - 1));
        rng.shuffle(&mut items);
        let bank = self.bank;
        if items
            .windows(2)
            .all(|w| event_key(bank, w[0]) < event_key(bank, w[1]))
        {
            // Shown already in order, the question would answer itself.
            items.swap(0, 1);
        }
        Body::Order { items }
    }

    pub(super) fn matching(&self, rng: &mut QuizRng, claim: u16) -> Body {
        let mut candidates = self.others_with(usize::from(claim), |c| c.attribution.is_some());
        rng.shuffle(&mut candidates);
        order::sort_by_key(&mut candidates, |&j| self.claim(usize::from(j)).background);
        let partners = self.match_partners_from(usize::from(claim), candidates);
        let mut rows = vec![claim];
        rows.extend(partners.into_iter().take(MATCH_ROWS - 1));
        rng.shuffle(&mut rows);
        let mut names: Vec<&'static str> = rows.iter().filter_map(|&r| who(self.bank, r)).collect();
        // One more name of the same kind, so the last row is not answered by elimination.
        let own_who = who(self.bank, claim).unwrap_or_default();
        let mut extra: Vec<&'static str> = self
            .bank
            .pools
            .iter()
            .filter(|p| p.members.iter().any(|m| m.text == own_who))
            .flat_map(|p| p.members.iter().map(|m| m.text.as_str()))
            .filter(|t| !names.contains(t))
            .collect();
        rng.shuffle(&mut extra);
        names.extend(extra.into_iter().take(1));
        rng.shuffle(&mut names);
        Body::Match { rows, names }
    }
}

/// The evidence form for a claim: its key sentence, its best decoy (the sentence of the essay
/// that shares most words with what it says) and two more of its decoys, in reading order.
pub(super) fn evidence_body(bank: &Bank, rng: &mut QuizRng, claim: &Claim) -> Body {
    let (best, rest) = claim
        .decoys
        .split_first()
        .expect("usable_forms checked decoys");
    let mut others: Vec<SentenceRef> = rest.to_vec();
    rng.shuffle(&mut others);
    let mut sentences: Vec<SentenceRef> = vec![*best];
    sentences.extend(others.into_iter().take(DECOYS_OFFERED - 1));
    let key = bank.key_ref(claim);
    sentences.push(key);
    order::sort(&mut sentences);
    let answer = sentences.iter().position(|&s| s == key).unwrap_or(0);
    Body::Evidence { sentences, answer }
}

/// The optional second step after a right answer in Learn: find the sentence that shows the
/// claim. Drawn from its own stream (the quiz's seed and the question's place), so it never
/// changes the quiz and replays the same way. `None` when the claim has too few decoys.
pub fn evidence_step(bank: &Bank, quiz: &Quiz, index: usize) -> Option<Question> {
    let question = quiz.questions.get(index)?;
    let claim = &bank.claims[usize::from(question.claim)];
    if !bank.has_evidence_step(claim) {
        return None;
    }
    let step_seed = quiz.seed.0 ^ (u32::try_from(index).ok()? + 1).wrapping_mul(0x9e37_79b9);
    let mut rng = QuizRng::new(Seed(step_seed));
    Some(Question {
        claim: question.claim,
        form: Form::Evidence,
        body: evidence_body(bank, &mut rng, claim),
    })
}

/// Shuffles `items` and returns where the item that was at `keep` ended up.
fn shuffle_keeping<T>(rng: &mut QuizRng, items: &mut Vec<T>, keep: usize) -> usize {
    let mut order: Vec<usize> = (0..items.len()).collect();
    rng.shuffle(&mut order);
    let mut taken: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.iter().filter_map(|&i| taken[i].take()));
    order.iter().position(|&i| i == keep).unwrap_or(0)
}

/// Plausible wrong numbers near `n`, to top up a number question whose own wrong numbers are
/// too few: neighbouring years for a year; halves, doubles and neighbours for a count. Never
/// `n` itself, never repeated.
pub fn near_misses(n: u32, kind: NumberKind) -> Vec<u32> {
    let mut out: Vec<u32> = Vec::new();
    let mut add = |m: u32| {
        if m != n && m > 0 && !out.contains(&m) {
            out.push(m);
        }
    };
    match kind {
        NumberKind::Year => {
            for d in [2, 3, 5, 6, 8, 9] {
                add(n + d);
                add(n.saturating_sub(d));
            }
        }
        NumberKind::Count if n < 20 => {
            for d in 1..=5 {
                add(n + d);
                add(n.saturating_sub(d));
            }
        }
        NumberKind::Count => {
            add(n / 2);
            add(n.saturating_mul(2));
            add(n.saturating_mul(3) / 2);
            let step = 10u32.pow(n.ilog10().saturating_sub(1));
            add(n + step);
            add(n.saturating_sub(step));
        }
    }
    out
}
