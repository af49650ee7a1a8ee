//! Builds a quiz from a seed and settings: draws claims without repeats, picks a form for each,
//! draws distractors and shuffles options. Pure and deterministic: the same seed, settings and
//! bank give the same quiz everywhere.

use std::borrow::Cow;

use crate::bank::{Bank, Claim, Form, FormSet, NumberKind, SectionSet, View};
use crate::order;
use crate::rng::{QuizRng, Seed};
use crate::text::{accepts, group_thousands, same_option};

/// The question counts the start screen offers.
pub const COUNTS: [u8; 3] = [5, 10, 20];
/// The most questions a link may ask for.
pub const MAX_COUNT: u8 = 50;
/// Options in a multiple-choice or number question.
const OPTIONS: usize = 4;
/// Chronology puts 3 to 5 events in order; matching pairs 3 attributions.
const MIN_ORDER: usize = 3;
const MAX_ORDER: usize = 5;
const MATCH_ROWS: usize = 3;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Settings {
    pub count: u8,
    pub sections: SectionSet,
    pub forms: FormSet,
}

impl Settings {
    /// Ten questions from the whole essay, in every form.
    pub fn standard(bank: &Bank) -> Settings {
        Settings {
            count: 10,
            sections: SectionSet::all(bank),
            forms: FormSet::all(),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Quiz {
    pub seed: Seed,
    pub settings: Settings,
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
    /// Which of these sentences of the claim's paragraph supports what the claim says?
    Evidence {
        /// Sentence indices in the paragraph, in reading order.
        sentences: Vec<u8>,
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
                .map(|&s| {
                    bank.claim_paragraph(&bank.claims[usize::from(self.claim)])
                        .sentence(usize::from(s))
                        .to_owned()
                })
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

/// How many claims the settings can draw from: the most questions a quiz can have.
pub fn available(bank: &'static Bank, settings: Settings) -> usize {
    let builder = Builder { bank, settings };
    (0..bank.claims.len())
        .filter(|&i| !builder.usable_forms(i).is_empty())
        .count()
}

/// Generates the quiz for a seed and settings.
pub fn generate(bank: &'static Bank, seed: Seed, settings: Settings) -> Quiz {
    let mut rng = QuizRng::new(seed);
    let builder = Builder { bank, settings };
    let mut candidates: Vec<u16> = (0..bank.claims.len())
        .filter(|&i| !builder.usable_forms(i).is_empty())
        .filter_map(|i| u16::try_from(i).ok())
        .collect();
    rng.shuffle(&mut candidates);
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
