//! Builds a quiz from a seed and settings: draws claims without repeats, picks a form for each,
//! draws distractors and shuffles options.

use std::borrow::Cow;

use super::{Body, Opt, Question, Quiz, Settings, Shortfall, event_key, who};
use crate::bank::{Bank, Claim, Form, FormSet, NumberKind};
use crate::order;
use crate::rng::{QuizRng, Seed};
use crate::text::{group_thousands, same_option};

/// Options in a multiple-choice or number question.
const OPTIONS: usize = 4;
/// Chronology puts 3 to 5 events in order; matching pairs 3 attributions.
const MIN_ORDER: usize = 3;
const MAX_ORDER: usize = 5;
const MATCH_ROWS: usize = 3;

/// How many claims the settings can draw from: the most questions a quiz can have.
pub fn available(bank: &'static Bank, settings: Settings) -> usize {
    let builder = Builder { bank, settings };
    (0..bank.claims.len())
        .filter(|&i| !builder.usable_forms(i).is_empty())
        .count()
}

/// Generates the quiz for a seed and settings, drawing from the whole bank.
pub fn generate(bank: &'static Bank, seed: Seed, settings: Settings) -> Quiz {
    build(bank, seed, settings, None)
}

/// Generates a quiz on these claims, in this order (as a personal mode chose them): the seed
/// picks each one's form and options. Claims the settings cannot ask are left out.
pub fn generate_from(bank: &'static Bank, seed: Seed, settings: Settings, chosen: &[u16]) -> Quiz {
    build(bank, seed, settings, Some(chosen))
}

fn build(bank: &'static Bank, seed: Seed, settings: Settings, chosen: Option<&[u16]>) -> Quiz {
    let mut rng = QuizRng::new(seed);
    let builder = Builder { bank, settings };
    let usable = |i: usize| i < bank.claims.len() && !builder.usable_forms(i).is_empty();
    let candidates: Vec<u16> = match chosen {
        Some(list) => list
            .iter()
            .copied()
            .filter(|&c| usable(usize::from(c)))
            .collect(),
        None => {
            let mut all: Vec<u16> = (0..bank.claims.len())
                .filter(|&i| usable(i))
                .filter_map(|i| u16::try_from(i).ok())
                .collect();
            rng.shuffle(&mut all);
            all
        }
    };
    let wanted = usize::from(settings.count);
    let shortfall = (candidates.len() < wanted).then_some(Shortfall {
        wanted: settings.count,
        available: candidates.len(),
    });
    let questions = candidates
        .into_iter()
        .take(wanted)
        .map(|claim| {
            let forms: Vec<Form> = builder.usable_forms(usize::from(claim)).iter().collect();
            let form = forms[rng.index(forms.len())];
            builder.question(&mut rng, claim, form)
        })
        .collect();
    Quiz {
        seed,
        settings,
        chosen: chosen.map(<[u16]>::to_vec),
        questions,
        shortfall,
    }
}

struct Builder {
    bank: &'static Bank,
    settings: Settings,
}

impl Builder {
    fn claim(&self, i: usize) -> &'static Claim {
        &self.bank.claims[i]
    }

    fn in_sections(&self, i: usize) -> bool {
        self.settings
            .sections
            .contains(self.bank.claim_section(self.claim(i)))
    }

    /// The chosen forms this claim can be asked in, given its section and partners.
    fn usable_forms(&self, i: usize) -> FormSet {
        if !self.in_sections(i) {
            return FormSet::default();
        }
        let claim = self.claim(i);
        let mut forms = FormSet::default();
        for form in
            (self.bank.claim_forms(claim).iter()).filter(|f| self.settings.forms.contains(*f))
        {
            let ok = match form {
                Form::Order => self.order_partner_count(i) + 1 >= MIN_ORDER,
                Form::Match => self.match_partners(i).len() + 1 >= MATCH_ROWS,
                _ => true,
            };
            forms = forms.with(form, ok);
        }
        forms
    }

    /// Other claims in the chosen sections with the given part, in bank order.
    fn others_with(&self, i: usize, has: impl Fn(&Claim) -> bool) -> Vec<u16> {
        (0..self.bank.claims.len())
            .filter(|&j| j != i && has(self.claim(j)) && self.in_sections(j))
            .filter_map(|j| u16::try_from(j).ok())
            .collect()
    }

    /// From `candidates` in turn, the dated claims that can be put in a definite order with
    /// claim `i` and with each other.
    fn order_partners_from(&self, i: usize, candidates: Vec<u16>) -> Vec<u16> {
        let event = |c: usize| self.claim(c).event.as_ref();
        let Some(own) = event(i) else {
            return Vec::new();
        };
        let mut chosen = vec![own];
        let mut partners = Vec::new();
        for j in candidates {
            if let Some(e) =
                event(usize::from(j)).filter(|e| chosen.iter().all(|c| c.is_ordered_with(e)))
            {
                chosen.push(e);
                partners.push(j);
            }
        }
        partners
    }

    /// How many partners a chronology with claim `i` is sure to find, whatever the draw:
    /// one per year other than its own.
    fn order_partner_count(&self, i: usize) -> usize {
        let year_of = |c: usize| self.claim(c).event.as_ref().map(|e| e.year);
        let mut years: Vec<u16> = self
            .others_with(i, |c| c.event.is_some())
            .into_iter()
            .filter_map(|j| year_of(usize::from(j)))
            .collect();
        order::sort(&mut years);
        years.dedup();
        years.retain(|&y| Some(y) != year_of(i));
        years.len()
    }

    /// From `candidates` in turn, attributed claims to someone other than claim `i`'s `who`
    /// and each other's.
    fn match_partners_from(&self, i: usize, candidates: Vec<u16>) -> Vec<u16> {
        let who_of = |c: usize| self.claim(c).attribution.as_ref().map(|a| a.who.as_str());
        let mut whos: Vec<&str> = who_of(i).into_iter().collect();
        let mut partners = Vec::new();
        for j in candidates {
            if let Some(w) = who_of(usize::from(j)).filter(|w| !whos.contains(w)) {
                whos.push(w);
                partners.push(j);
            }
        }
        partners
    }

    fn match_partners(&self, i: usize) -> Vec<u16> {
        self.match_partners_from(i, self.others_with(i, |c| c.attribution.is_some()))
    }

    fn question(&self, rng: &mut QuizRng, claim: u16, form: Form) -> Question {
        let c = self.claim(usize::from(claim));
        let body = match form {
            Form::Choice => self.choice(rng, claim),
            Form::Truth => {
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
            Form::Blank => Body::Blank {
                text: c
                    .blank
                    .as_ref()
                    .expect("usable_forms checked blank")
                    .text
                    .as_str(),
            },
            Form::Number => self.number(rng, claim),
            Form::Order => self.order(rng, claim),
            Form::Match => self.matching(rng, claim),
            Form::Stance => Body::Stance {
                statement: c
                    .stance
                    .as_ref()
                    .expect("usable_forms checked stance")
                    .statement
                    .as_str(),
            },
            Form::Evidence => evidence_body(self.bank, rng, c),
        };
        Question { claim, form, body }
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

    fn choice(&self, rng: &mut QuizRng, claim: u16) -> Body {
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

    fn number(&self, rng: &mut QuizRng, claim: u16) -> Body {
        let number = self
            .claim(usize::from(claim))
            .number
            .as_ref()
            .expect("usable_forms checked number");
        let mut near = near_misses(number.answer, number.kind);
        rng.shuffle(&mut near);
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
            .chain(near.into_iter().take(OPTIONS - 1))
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

    fn order(&self, rng: &mut QuizRng, claim: u16) -> Body {
        let mut candidates = self.others_with(usize::from(claim), |c| c.event.is_some());
        rng.shuffle(&mut candidates);
        let partners = self.order_partners_from(usize::from(claim), candidates);
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

    fn matching(&self, rng: &mut QuizRng, claim: u16) -> Body {
        let mut candidates = self.others_with(usize::from(claim), |c| c.attribution.is_some());
        rng.shuffle(&mut candidates);
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

/// Options offered by the evidence form besides the key sentence.
const EVIDENCE_OTHERS: usize = 3;

/// The evidence form for a claim: its key sentence and up to three other sentences of its
/// paragraph (never another sentence of the evidence), a run of neighbours drawn around the
/// evidence, shown in reading order.
fn evidence_body(bank: &Bank, rng: &mut QuizRng, claim: &Claim) -> Body {
    let total = bank.claim_paragraph(claim).sentences.len();
    let others: Vec<u8> = (0..total)
        .filter_map(|i| u8::try_from(i).ok())
        .filter(|i| !claim.sentences.contains(i))
        .collect();
    let take = others.len().min(EVIDENCE_OTHERS);
    let start = rng.index(others.len() - take + 1);
    let mut sentences: Vec<u8> = others[start..start + take].to_vec();
    sentences.push(claim.key_sentence);
    order::sort(&mut sentences);
    let answer = sentences
        .iter()
        .position(|&s| s == claim.key_sentence)
        .unwrap_or(0);
    Body::Evidence { sentences, answer }
}

/// The optional second step after a right answer in Learn: find the sentence that shows the
/// claim. Drawn from its own stream (the quiz's seed and the question's place), so it never
/// changes the quiz and replays the same way. `None` when the paragraph has too few sentences.
pub fn evidence_step(bank: &Bank, quiz: &Quiz, index: usize) -> Option<Question> {
    let question = quiz.questions.get(index)?;
    let claim = &bank.claims[usize::from(question.claim)];
    if !bank.has_evidence_form(claim) {
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

/// Plausible wrong numbers near `n`: neighbouring years and swapped digits for a year; halves,
/// doubles, neighbours and shifted magnitudes for a count. Never `n` itself, never repeated.
pub fn near_misses(n: u32, kind: NumberKind) -> Vec<u32> {
    let mut out: Vec<u32> = Vec::new();
    let mut add = |m: u32| {
        if m != n && m > 0 && !out.contains(&m) {
            out.push(m);
        }
    };
    match kind {
        NumberKind::Year => {
            for d in [1, 2, 3, 4, 5, 10] {
                add(n + d);
                add(n.saturating_sub(d));
            }
            let (tens, ones) = (n / 10 % 10, n % 10);
            add(n - tens * 10 - ones + ones * 10 + tens);
        }
        NumberKind::Count if n < 20 => {
            for d in 1..=5 {
                add(n + d);
                add(n.saturating_sub(d));
            }
            add(n * 2);
        }
        NumberKind::Count => {
            add(n / 2);
            add(n.saturating_mul(2));
            add(n.saturating_mul(3) / 2);
            add(n.saturating_mul(10));
            if n % 10 == 0 {
                add(n / 10);
            }
            let step = 10u32.pow(n.ilog10().saturating_sub(1));
            add(n + step);
            add(n.saturating_sub(step));
        }
    }
    out
}
