//! Draws a review sheet: items from the app's own default quizzes, deduplicated, spread evenly
//! over the forms, written without answers, quotes or paragraph numbers; and the sheet's key.

use std::fmt::Write as _;

use crate::bank::{Bank, Form, FormSet, View};
use crate::quiz::{Body, Question, Quiz, Settings, generate, gives_away};
use crate::rng::{QuizRng, Seed};

/// How many default quizzes a sheet's items are drawn from.
const QUIZZES: u32 = 400;

/// The right answer of one item, in the sheet's terms.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Key {
    /// An option's letter (multiple choice, year or number, stance, evidence).
    Letter(usize),
    /// True or false.
    Truth(bool),
    /// A typed answer: the accepted words.
    Words(Vec<String>),
    /// A chronology: the letters of the events, earliest first.
    Sequence(Vec<usize>),
    /// A matching: for each row in turn, the letter of its name.
    Pairs(Vec<usize>),
}

/// One item of a sheet.
#[derive(Clone, Debug)]
pub struct Item {
    pub number: usize,
    pub form: Form,
    /// The claim asked about (for a chronology or matching, the one it was drawn for).
    pub claim: String,
    /// The item as the reader sees it, without its number.
    pub text: String,
    pub key: Key,
    /// What answering at random scores, as a share.
    pub chance: f64,
}

/// A drawn sheet.
#[derive(Debug)]
pub struct Sheet {
    pub seed: Seed,
    pub bank_version: &'static str,
    pub items: Vec<Item>,
}

/// Draws `count` items for `seed`: questions of successive default quizzes (topped up, for a form
/// they rarely ask, from quizzes of that form alone), taken in turn from each form (so the forms
/// share the sheet evenly, as far as each has items), never two where one
/// draws on the claim the other is about or gives its answer away (as within a quiz); then
/// shuffled.
pub fn draw(bank: &'static Bank, seed: Seed, count: usize) -> Sheet {
    draw_with(bank, seed, count, Settings::standard(bank))
}

/// [`draw`] from quizzes of the given settings.
pub fn draw_with(bank: &'static Bank, seed: Seed, count: usize, settings: Settings) -> Sheet {
    let mut rng = QuizRng::new(seed);
    // Each form's questions, in the order the quizzes drew them.
    let mut pools: Vec<Vec<Question>> = Form::ALL.iter().map(|_| Vec::new()).collect();
    let add = |pools: &mut Vec<Vec<Question>>, quiz: Quiz| {
        for q in quiz.questions {
            let pool = &mut pools[q.form as usize];
            if !pool.iter().any(|p| claims_of(p) == claims_of(&q)) {
                pool.push(q);
            }
        }
    };
    for _ in 0..QUIZZES {
        let quiz = generate(bank, Seed(rng.below(u32::MAX)), settings);
        add(&mut pools, quiz);
    }
    // A form that default quizzes ask rarely is topped up from quizzes of that form alone.
    let quota = count.div_ceil(Form::ALL.len());
    for form in settings.forms.iter() {
        let alone = Settings {
            forms: FormSet::default().with(form, true),
            ..settings
        };
        for _ in 0..QUIZZES {
            if pools[form as usize].len() >= 2 * quota {
                break;
            }
            let quiz = generate(bank, Seed(rng.below(u32::MAX)), alone);
            add(&mut pools, quiz);
        }
    }
    let mut taken: Vec<Question> = Vec::new();
    let mut next = vec![0usize; pools.len()];
    let fits = |taken: &[Question], q: &Question| {
        !taken.iter().any(|t| clash(t, q) || gives_away(bank, t, q))
    };
    // The rarest forms choose first, up to their share: the common ones have items to spare
    // that do not give theirs away. Then every form in turn fills what is left.
    let mut turn: Vec<usize> = (0..pools.len()).collect();
    crate::order::sort_by_key(&mut turn, |&f| pools[f].len());
    for &form in &turn {
        let mut got = 0;
        while got < quota && taken.len() < count {
            let Some(q) = pools[form].get(next[form]) else {
                break;
            };
            next[form] += 1;
            if fits(&taken, q) {
                taken.push(q.clone());
                got += 1;
            }
        }
    }
    while taken.len() < count {
        let before = taken.len();
        for &form in &turn {
            while let Some(q) = pools[form].get(next[form]) {
                next[form] += 1;
                if fits(&taken, q) {
                    taken.push(q.clone());
                    break;
                }
            }
            if taken.len() >= count {
                break;
            }
        }
        if taken.len() == before {
            break;
        }
    }
    rng.shuffle(&mut taken);
    let items = taken
        .iter()
        .enumerate()
        .map(|(i, q)| item(bank, i + 1, q))
        .collect();
    Sheet {
        seed,
        bank_version: bank.version,
        items,
    }
}

/// Whether one question could give the other away: either draws on the claim the other is
/// about. (Two chronologies or matchings may share a claim they both only draw on.)
fn clash(a: &Question, b: &Question) -> bool {
    claims_of(a).contains(&b.claim) || claims_of(b).contains(&a.claim)
}

/// Every claim a question draws on.
fn claims_of(q: &Question) -> Vec<u16> {
    match &q.body {
        Body::Order { items } => items.clone(),
        Body::Match { rows, .. } => rows.clone(),
        _ => vec![q.claim],
    }
}

const LETTERS: &[u8] = b"ABCDEFGH";

fn letter(i: usize) -> char {
    char::from(LETTERS[i])
}

fn item(bank: &Bank, number: usize, q: &Question) -> Item {
    let claim = &bank.claims[usize::from(q.claim)];
    let mut text = String::new();
    let _ = writeln!(text, "{}", q.prompt());
    if let Some(statement) = q.statement(bank) {
        let _ = writeln!(text, "    {statement}");
    }
    let listed = |text: &mut String, options: &mut dyn Iterator<Item = String>| {
        for (i, o) in options.enumerate() {
            let _ = writeln!(text, "{}. {o}", letter(i));
        }
    };
    let (key, chance, answer_line) = match &q.body {
        Body::Choice {
            options, answer, ..
        } => {
            listed(&mut text, &mut options.iter().map(|o| o.text.to_string()));
            (
                Key::Letter(*answer),
                1.0 / options.len() as f64,
                "Answer (one letter):",
            )
        }
        Body::Stance { .. } => {
            listed(
                &mut text,
                &mut View::ALL.iter().map(|v| v.label().to_owned()),
            );
            let view = claim.stance.as_ref().map_or(View::Argues, |s| s.view);
            let answer = View::ALL.iter().position(|v| *v == view).unwrap_or(0);
            (Key::Letter(answer), 1.0 / 3.0, "Answer (one letter):")
        }
        Body::Evidence { sentences, answer } => {
            listed(
                &mut text,
                &mut sentences.iter().map(|&s| bank.sentence(s).to_owned()),
            );
            (
                Key::Letter(*answer),
                1.0 / sentences.len() as f64,
                "Answer (one letter):",
            )
        }
        Body::Truth { correction, .. } => {
            (Key::Truth(correction.is_none()), 0.5, "Answer (T or F):")
        }
        Body::Blank { text: gap } => {
            let _ = writeln!(text, "    {gap}");
            let words = claim
                .blank
                .as_ref()
                .map(|b| b.answers.iter().map(|a| a.to_string()).collect())
                .unwrap_or_default();
            (
                Key::Words(words),
                0.0,
                "Answer (the missing word or words):",
            )
        }
        Body::Order { items } => {
            listed(
                &mut text,
                &mut items.iter().filter_map(|&c| {
                    Some(bank.claims[usize::from(c)].event.as_ref()?.what.to_string())
                }),
            );
            let right = q.right_order(bank);
            let sequence = right
                .iter()
                .filter_map(|c| items.iter().position(|i| i == c))
                .collect();
            let orders: usize = (1..=items.len()).product();
            (
                Key::Sequence(sequence),
                1.0 / orders as f64,
                "Answer (the letters, earliest first):",
            )
        }
        Body::Match { rows, names } => {
            for (i, &r) in rows.iter().enumerate() {
                if let Some(a) = bank.claims[usize::from(r)].attribution.as_ref() {
                    let _ = writeln!(text, "{}. {}", i + 1, a.what);
                }
            }
            let _ = writeln!(text, "Names:");
            listed(&mut text, &mut names.iter().map(|n| (*n).to_owned()));
            let pairs = rows
                .iter()
                .map(|&r| {
                    let who = bank.claims[usize::from(r)]
                        .attribution
                        .as_ref()
                        .map(|a| a.who.as_str());
                    names.iter().position(|n| Some(*n) == who).unwrap_or(0)
                })
                .collect();
            let ways: usize = (names.len() + 1 - rows.len()..=names.len()).product();
            (
                Key::Pairs(pairs),
                1.0 / ways as f64,
                "Answer (each row's letter, e.g. 1B 2A 3C):",
            )
        }
    };
    let _ = writeln!(text, "{answer_line}");
    Item {
        number,
        form: q.form,
        claim: claim.id.to_string(),
        text,
        key,
        chance,
    }
}

impl Sheet {
    /// The sheet as the reader gets it.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "# Review sheet: {} items (seed {}, bank {})\n",
            self.items.len(),
            self.seed,
            self.bank_version
        );
        out.push_str(INSTRUCTIONS);
        for item in &self.items {
            let _ = write!(
                out,
                "\n## {}. {}\n{}",
                item.number,
                item.form.label(),
                item.text
            );
        }
        out
    }

    /// The key: one line per item, `number<TAB>form<TAB>claim<TAB>chance<TAB>answer`.
    pub fn key_text(&self) -> String {
        let mut out = format!(
            "# Key of the review sheet: seed {}, bank {}\n",
            self.seed, self.bank_version
        );
        for item in &self.items {
            let _ = writeln!(
                out,
                "{}\t{}\t{}\t{:.4}\t{}",
                item.number,
                item.form.code(),
                item.claim,
                item.chance,
                key_to_text(&item.key)
            );
        }
        out
    }
}

const INSTRUCTIONS: &str = "\
Write your answer after each item's \"Answer\" line, on the same line. Answer every item, \
guessing where you must. Questions say \"according to the essay\": they ask what the essay \
says, which may differ from other accounts.
";

/// An answer written the way the sheet asks for it.
pub fn key_to_text(key: &Key) -> String {
    match key {
        Key::Letter(i) => letter(*i).to_string(),
        Key::Truth(t) => if *t { "T" } else { "F" }.to_owned(),
        Key::Words(words) => words.join(" | "),
        Key::Sequence(seq) => seq
            .iter()
            .map(|&i| letter(i).to_string())
            .collect::<Vec<_>>()
            .join(" "),
        Key::Pairs(pairs) => pairs
            .iter()
            .enumerate()
            .map(|(row, &i)| format!("{}{}", row + 1, letter(i)))
            .collect::<Vec<_>>()
            .join(" "),
    }
}
