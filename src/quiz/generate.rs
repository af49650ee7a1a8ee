//! Builds a quiz from a seed and settings: draws claims without repeats, picks a form for each,
//! and keeps the quiz one that needs the essay: in a quiz drawn from the whole bank, at most one
//! question in five on a background claim (what anyone who knows the period knows), at least
//! six in ten on the essay's argument, and no question that gives another's answer away. The
//! forms' own bodies are in `forms`.

use super::forms::evidence_body;
use super::giveaway::gives_away;
use super::{Question, Quiz, Settings, Shortfall};
use crate::bank::{Bank, Claim, Form, FormSet};
use crate::order;
use crate::rng::{QuizRng, Seed};

/// Chronology puts 3 to 5 events in order; matching pairs 3 attributions.
pub(super) const MIN_ORDER: usize = 3;
pub(super) const MAX_ORDER: usize = 5;
pub(super) const MATCH_ROWS: usize = 3;
/// A drawn quiz asks at most one question in this many on a background claim, unless its
/// settings ask for background too.
pub const BACKGROUND_EVERY: usize = 5;
/// At least this many tenths of a drawn quiz's questions test the essay's argument.
pub const ARGUMENT_TENTHS: usize = 6;

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

/// Whether a question on this claim in this form tests the essay's argument (cause, contrast,
/// stance, why) rather than a name, number or wording.
pub fn tests_argument(claim: &Claim, form: Form) -> bool {
    match form {
        Form::Stance => true,
        Form::Choice | Form::Truth | Form::Evidence => claim.argument,
        Form::Blank | Form::Number | Form::Order | Form::Match => false,
    }
}

fn build(bank: &'static Bank, seed: Seed, settings: Settings, chosen: Option<&[u16]>) -> Quiz {
    let mut rng = QuizRng::new(seed);
    let builder = Builder { bank, settings };
    let usable = |i: usize| i < bank.claims.len() && !builder.usable_forms(i).is_empty();
    let drawn = chosen.is_none();
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
    // A student's own claims (a personal mode) are all asked; a drawn quiz keeps its balance.
    let background_cap = if drawn && !settings.background {
        wanted / BACKGROUND_EVERY
    } else {
        usize::MAX
    };
    let argument_target = if drawn {
        (wanted * ARGUMENT_TENTHS).div_ceil(10)
    } else {
        0
    };
    let mut questions: Vec<Question> = Vec::new();
    let mut deferred: Vec<u16> = Vec::new();
    let (mut background, mut argument) = (0, 0);
    for claim in candidates {
        if questions.len() >= wanted {
            break;
        }
        let c = &bank.claims[usize::from(claim)];
        if c.background && background >= background_cap {
            deferred.push(claim);
            continue;
        }
        let must_argue = argument_target.saturating_sub(argument) >= wanted - questions.len();
        let forms: Vec<Form> = builder
            .usable_forms(usize::from(claim))
            .iter()
            .filter(|&f| !must_argue || tests_argument(c, f))
            .collect();
        match builder.first_fitting(&mut rng, claim, forms, &questions) {
            Some(q) => {
                background += usize::from(c.background);
                argument += usize::from(tests_argument(c, q.form));
                questions.push(q);
            }
            None if drawn => deferred.push(claim),
            // A claim the student must review is asked even if every form clashes.
            None => {
                let forms = builder.usable_forms(usize::from(claim));
                let form = pick(&mut rng, forms);
                questions.push(builder.question(&mut rng, claim, form));
            }
        }
    }
    // Too few claims kept the balance: the quiz is still asked in full.
    for claim in deferred {
        if questions.len() >= wanted {
            break;
        }
        let forms: Vec<Form> = builder.usable_forms(usize::from(claim)).iter().collect();
        let q = match builder.first_fitting(&mut rng, claim, forms, &questions) {
            Some(q) => q,
            None => {
                let form = pick(&mut rng, builder.usable_forms(usize::from(claim)));
                builder.question(&mut rng, claim, form)
            }
        };
        questions.push(q);
    }
    if drawn {
        // The balance was kept in draw order; shuffled, the argument questions are not all last.
        rng.shuffle(&mut questions);
    }
    Quiz {
        seed,
        settings,
        chosen: chosen.map(<[u16]>::to_vec),
        questions,
        shortfall,
    }
}

fn pick(rng: &mut QuizRng, forms: FormSet) -> Form {
    let forms: Vec<Form> = forms.iter().collect();
    forms[rng.index(forms.len())]
}

pub(super) struct Builder {
    pub(super) bank: &'static Bank,
    pub(super) settings: Settings,
}

impl Builder {
    pub(super) fn claim(&self, i: usize) -> &'static Claim {
        &self.bank.claims[i]
    }

    fn in_sections(&self, i: usize) -> bool {
        self.settings
            .sections
            .contains(self.bank.claim_section(self.claim(i)))
    }

    /// The first of `forms`, in a random order, whose question gives no other away.
    fn first_fitting(
        &self,
        rng: &mut QuizRng,
        claim: u16,
        mut forms: Vec<Form>,
        taken: &[Question],
    ) -> Option<Question> {
        rng.shuffle(&mut forms);
        forms.into_iter().find_map(|form| {
            let q = self.question(rng, claim, form);
            (!taken.iter().any(|t| gives_away(self.bank, t, &q))).then_some(q)
        })
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
    pub(super) fn others_with(&self, i: usize, has: impl Fn(&Claim) -> bool) -> Vec<u16> {
        (0..self.bank.claims.len())
            .filter(|&j| j != i && has(self.claim(j)) && self.in_sections(j))
            .filter_map(|j| u16::try_from(j).ok())
            .collect()
    }

    /// From `candidates` in turn, the dated claims that can be put in a definite order with
    /// claim `i` and with each other.
    pub(super) fn order_partners_from(&self, i: usize, candidates: Vec<u16>) -> Vec<u16> {
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
    pub(super) fn match_partners_from(&self, i: usize, candidates: Vec<u16>) -> Vec<u16> {
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

    pub(super) fn question(&self, rng: &mut QuizRng, claim: u16, form: Form) -> Question {
        let c = self.claim(usize::from(claim));
        let body = match form {
            Form::Choice => self.choice(rng, claim),
            Form::Truth => self.truth(rng, c),
            Form::Blank => self.blank(c),
            Form::Number => self.number(rng, c),
            Form::Order => self.order(rng, claim),
            Form::Match => self.matching(rng, claim),
            Form::Stance => self.stance(c),
            Form::Evidence => evidence_body(self.bank, rng, c),
        };
        Question { claim, form, body }
    }
}
