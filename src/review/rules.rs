//! The shortcut rules measured on generated quizzes: what a reader who never opened the essay
//! scores by reading the options alone. Each is the expected score of one rule over the items
//! it applies to (ties split evenly), with the most it may score in a default quiz. `cargo
//! test` draws default quizzes and fails when any rule scores past its limit; the same figures
//! are printed by `review-kit rules`.

use std::collections::HashSet;

use crate::bank::{Bank, Form, View};
use crate::quiz::{Body, Quiz, gives_away};
use crate::source::shortcuts::{overlap, overlap_stems, stems};
use crate::text::fold;

/// "Pick the option that shares the fewest (or the most) words with the passage", or with
/// the essay as a whole.
pub const MAX_SHARED_WORDS_RULE: f64 = 0.32;
/// "Pick the number the essay names."
pub const MAX_NUMBER_IN_ESSAY_RULE: f64 = 0.40;
/// "Pick the sentence that shares most words with the statement."
pub const MAX_EVIDENCE_OVERLAP_RULE: f64 = 0.40;
/// "Always answer the same stance."
pub const MAX_STANCE_KEY_RULE: f64 = 0.45;
/// "True if the statement is longer (or shorter) than some length", fitted to the items.
pub const MAX_TRUTH_LENGTH_RULE: f64 = 0.56;
/// "An absolute word (only, never, nobody, all, …) marks a false statement, or a stance the
/// essay rejects."
pub const MAX_ABSOLUTE_WORD_RULE: f64 = 0.56;

/// The words a test-wise reader takes for the mark of a doctored statement.
const ABSOLUTE_WORDS: &str = "only|never|nobody|no one|none|nothing|all|always|every|entirely|\
    wholly|solely|alone|single|sole|first time|any";

/// Whether a statement has one of [`ABSOLUTE_WORDS`].
pub fn has_absolute_word(statement: &str) -> bool {
    let folded = format!(" {} ", fold(statement));
    ABSOLUTE_WORDS
        .split('|')
        .any(|w| folded.contains(&format!(" {w} ")))
}

/// One generated item, as far as the rules read it.
#[derive(Clone, Debug)]
pub enum Item {
    /// Multiple choice: the options, the right one, the passage its claim comes from.
    Choice {
        options: Vec<String>,
        answer: usize,
        passage: String,
    },
    /// Year or number: the options as shown.
    Number {
        options: Vec<String>,
        answer: usize,
    },
    Truth {
        statement: String,
        is_true: bool,
    },
    Stance {
        statement: String,
        key: View,
    },
    /// Find the evidence: the statement, the sentences offered, the right one.
    Evidence {
        statement: String,
        options: Vec<String>,
        answer: usize,
    },
}

/// The items of a quiz that the rules read.
pub fn items(bank: &Bank, quiz: &Quiz) -> Vec<Item> {
    quiz.questions
        .iter()
        .filter_map(|q| {
            let claim = &bank.claims[usize::from(q.claim)];
            Some(match (&q.body, q.form) {
                (
                    Body::Choice {
                        options, answer, ..
                    },
                    Form::Choice,
                ) => Item::Choice {
                    options: options.iter().map(|o| o.text.to_string()).collect(),
                    answer: *answer,
                    passage: bank.claim_paragraph(claim).text.to_string(),
                },
                (
                    Body::Choice {
                        options, answer, ..
                    },
                    _,
                ) => Item::Number {
                    options: options.iter().map(|o| o.text.to_string()).collect(),
                    answer: *answer,
                },
                (
                    Body::Truth {
                        statement,
                        correction,
                    },
                    _,
                ) => Item::Truth {
                    statement: (*statement).to_owned(),
                    is_true: correction.is_none(),
                },
                (Body::Stance { .. }, _) => {
                    let stance = claim.stance.as_ref()?;
                    Item::Stance {
                        statement: stance.statement.to_string(),
                        key: stance.view,
                    }
                }
                (Body::Evidence { sentences, answer }, _) => Item::Evidence {
                    statement: claim.says.to_string(),
                    options: sentences
                        .iter()
                        .map(|&s| bank.sentence(s).to_owned())
                        .collect(),
                    answer: *answer,
                },
                _ => return None,
            })
        })
        .collect()
}

/// What each rule scores over a set of items (`None` where no item applies).
#[derive(Clone, Debug, Default)]
pub struct Scores {
    pub fewest_shared: Option<f64>,
    pub most_shared: Option<f64>,
    pub fewest_in_essay: Option<f64>,
    pub most_in_essay: Option<f64>,
    pub number_in_essay: Option<f64>,
    pub evidence_overlap: Option<f64>,
    pub stance_key: Option<f64>,
    pub truth_length: Option<f64>,
    pub absolute_word: Option<f64>,
}

/// The expected score of picking, among `scores`, an option with the best score (ties split).
fn pick_best(scores: &[f64], answer: usize, best_is_high: bool) -> f64 {
    let best = if best_is_high {
        scores.iter().copied().fold(f64::MIN, f64::max)
    } else {
        scores.iter().copied().fold(f64::MAX, f64::min)
    };
    let tied: Vec<usize> = (0..scores.len())
        .filter(|&i| (scores[i] - best).abs() < 1e-9)
        .collect();
    if tied.contains(&answer) {
        1.0 / tied.len() as f64
    } else {
        0.0
    }
}

fn mean(values: &[f64]) -> Option<f64> {
    (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64)
}

/// The digits of an option ("240,000 workers" gives "240000").
fn digits(option: &str) -> String {
    fold(option)
        .split(' ')
        .find(|w| w.chars().all(|c| c.is_ascii_digit()) && !w.is_empty())
        .unwrap_or_default()
        .to_owned()
}

/// The essay's paragraphs, folded and joined, with a space at each end: where [`score`] looks
/// numbers up.
pub fn essay_text(bank: &Bank) -> String {
    let folded: Vec<String> = bank.paragraphs.iter().map(|p| fold(&p.text)).collect();
    format!(" {} ", folded.join(" "))
}

/// Scores every rule over `items`; `essay` is where numbers are looked up (see
/// [`essay_text`]).
pub fn score(items: &[Item], essay: &str) -> Scores {
    let essay_stems = stems(essay);
    let mut fewest = Vec::new();
    let mut most = Vec::new();
    let mut fewest_essay = Vec::new();
    let mut most_essay = Vec::new();
    let mut numbers = Vec::new();
    let mut evidence = Vec::new();
    let mut stances = [0usize; 3];
    let mut truths: Vec<(usize, bool)> = Vec::new();
    // "False (or rejected) if it has an absolute word; else true (or argued)."
    let mut absolute = Vec::new();
    for item in items {
        match item {
            Item::Choice {
                options,
                answer,
                passage,
            } => {
                let shared: Vec<f64> = options.iter().map(|o| overlap(o, passage)).collect();
                fewest.push(pick_best(&shared, *answer, false));
                most.push(pick_best(&shared, *answer, true));
                let in_essay: Vec<f64> = options
                    .iter()
                    .map(|o| overlap_stems(o, &essay_stems))
                    .collect();
                fewest_essay.push(pick_best(&in_essay, *answer, false));
                most_essay.push(pick_best(&in_essay, *answer, true));
            }
            Item::Number { options, answer } => {
                let found: Vec<f64> = options
                    .iter()
                    .map(|o| {
                        let d = digits(o);
                        f64::from(u8::from(!d.is_empty() && essay.contains(&format!(" {d} "))))
                    })
                    .collect();
                numbers.push(pick_best(&found, *answer, true));
            }
            Item::Evidence {
                statement,
                options,
                answer,
            } => {
                let shared: Vec<f64> = options.iter().map(|o| overlap(statement, o)).collect();
                evidence.push(pick_best(&shared, *answer, true));
            }
            Item::Stance { statement, key } => {
                stances[View::ALL.iter().position(|v| v == key).unwrap_or(0)] += 1;
                let guess = if has_absolute_word(statement) {
                    View::Rejects
                } else {
                    View::Argues
                };
                absolute.push(f64::from(u8::from(guess == *key)));
            }
            Item::Truth { statement, is_true } => {
                truths.push((statement.split_whitespace().count(), *is_true));
                absolute.push(f64::from(u8::from(
                    has_absolute_word(statement) != *is_true,
                )));
            }
        }
    }
    let stance_total: usize = stances.iter().sum();
    Scores {
        fewest_shared: mean(&fewest),
        most_shared: mean(&most),
        fewest_in_essay: mean(&fewest_essay),
        most_in_essay: mean(&most_essay),
        number_in_essay: mean(&numbers),
        evidence_overlap: mean(&evidence),
        stance_key: (stance_total > 0)
            .then(|| *stances.iter().max().unwrap_or(&0) as f64 / stance_total as f64),
        truth_length: best_length_rule(&truths),
        absolute_word: mean(&absolute),
    }
}

/// The best accuracy of "true if it has at least (or at most) n words", over every n.
fn best_length_rule(items: &[(usize, bool)]) -> Option<f64> {
    if items.is_empty() {
        return None;
    }
    let lengths: HashSet<usize> = items.iter().map(|(n, _)| *n).collect();
    let accuracy = |rule: &dyn Fn(usize) -> bool| {
        items.iter().filter(|(n, t)| rule(*n) == *t).count() as f64 / items.len() as f64
    };
    lengths
        .iter()
        .flat_map(|&cut| {
            [
                accuracy(&|n| n >= cut),
                accuracy(&|n| n <= cut),
                accuracy(&|_| true),
                accuracy(&|_| false),
            ]
        })
        .reduce(f64::max)
}

/// Each rule past its limit, written out; empty when every rule holds.
pub fn failures(scores: &Scores) -> Vec<String> {
    let rules = [
        (
            "the option sharing the fewest words with the passage",
            scores.fewest_shared,
            MAX_SHARED_WORDS_RULE,
        ),
        (
            "the option sharing the most words with the passage",
            scores.most_shared,
            MAX_SHARED_WORDS_RULE,
        ),
        (
            "the option sharing the fewest words with the essay",
            scores.fewest_in_essay,
            MAX_SHARED_WORDS_RULE,
        ),
        (
            "the option sharing the most words with the essay",
            scores.most_in_essay,
            MAX_SHARED_WORDS_RULE,
        ),
        (
            "the number the essay names",
            scores.number_in_essay,
            MAX_NUMBER_IN_ESSAY_RULE,
        ),
        (
            "the sentence sharing most words with the statement",
            scores.evidence_overlap,
            MAX_EVIDENCE_OVERLAP_RULE,
        ),
        (
            "always the same stance",
            scores.stance_key,
            MAX_STANCE_KEY_RULE,
        ),
        (
            "true or false by the statement's length",
            scores.truth_length,
            MAX_TRUTH_LENGTH_RULE,
        ),
        (
            "false or rejected if it has an absolute word",
            scores.absolute_word,
            MAX_ABSOLUTE_WORD_RULE,
        ),
    ];
    rules
        .into_iter()
        .filter_map(|(what, score, max)| {
            let s = score?;
            (s > max).then(|| {
                format!(
                    "“{what}” scores {:.1}%, above {:.0}%",
                    s * 100.0,
                    max * 100.0
                )
            })
        })
        .collect()
}

/// Pairs of questions in one quiz where one gives the other's answer away, by their numbers.
pub fn giveaways(bank: &Bank, quiz: &Quiz) -> Vec<(usize, usize)> {
    let qs = &quiz.questions;
    (0..qs.len())
        .flat_map(|i| (i + 1..qs.len()).map(move |j| (i, j)))
        .filter(|&(i, j)| gives_away(bank, &qs[i], &qs[j]))
        .collect()
}

/// A summary of default quizzes: the rules' scores over all their items, and per quiz the
/// share of questions on the argument and on background claims.
#[derive(Clone, Debug, Default)]
pub struct Survey {
    pub quizzes: usize,
    pub questions: usize,
    pub scores: Scores,
    /// The lowest share of argument questions in any one quiz, and the mean.
    pub least_argument: f64,
    pub mean_argument: f64,
    /// The most background questions in any one quiz, and the mean share.
    pub most_background: usize,
    pub mean_background: f64,
    /// Pairs of questions that gave each other away, over all quizzes.
    pub giveaways: usize,
}

/// Surveys the given quizzes.
pub fn survey(bank: &Bank, quizzes: &[Quiz]) -> Survey {
    let mut all = Vec::new();
    let mut s = Survey {
        quizzes: quizzes.len(),
        least_argument: 1.0,
        ..Survey::default()
    };
    for quiz in quizzes {
        all.extend(items(bank, quiz));
        let n = quiz.questions.len().max(1) as f64;
        let argument = quiz
            .questions
            .iter()
            .filter(|q| crate::quiz::tests_argument(&bank.claims[usize::from(q.claim)], q.form))
            .count() as f64
            / n;
        let background = quiz
            .questions
            .iter()
            .filter(|q| bank.claims[usize::from(q.claim)].background)
            .count();
        s.questions += quiz.questions.len();
        s.least_argument = s.least_argument.min(argument);
        s.mean_argument += argument;
        s.most_background = s.most_background.max(background);
        s.mean_background += background as f64 / n;
        s.giveaways += giveaways(bank, quiz).len();
    }
    let q = quizzes.len().max(1) as f64;
    s.mean_argument /= q;
    s.mean_background /= q;
    s.scores = score(&all, &essay_text(bank));
    s
}
