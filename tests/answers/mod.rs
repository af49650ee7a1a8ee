//! A student who knows the answer, and one who does not: the right and a wrong response to any
//! question, for the tests that play quizzes through (`mod answers;` in each).

use essay_quiz::bank::{BANK, View};
use essay_quiz::quiz::{Body, Question, Response};

/// The essay's view in a stance question, as the index of its option.
pub fn right_view(q: &Question) -> usize {
    let view = BANK.claims[usize::from(q.claim)]
        .stance
        .as_ref()
        .unwrap()
        .view;
    View::ALL.iter().position(|v| *v == view).unwrap()
}

pub fn right(q: &Question) -> Response {
    match &q.body {
        Body::Choice { answer, .. } | Body::Evidence { answer, .. } => Response::Choice(*answer),
        Body::Stance { .. } => Response::Choice(right_view(q)),
        Body::Truth { correction, .. } => Response::Truth(correction.is_none()),
        Body::Blank { .. } => Response::Text(
            BANK.claims[usize::from(q.claim)]
                .blank
                .as_ref()
                .unwrap()
                .answers[0]
                .to_string(),
        ),
        Body::Order { .. } => Response::Order(q.right_order(&BANK)),
        Body::Match { rows, names } => Response::Match(
            rows.iter()
                .map(|&r| {
                    let who = BANK.claims[usize::from(r)]
                        .attribution
                        .as_ref()
                        .unwrap()
                        .who;
                    names.iter().position(|n| who == *n).unwrap()
                })
                .collect(),
        ),
    }
}

/// A wrong response that is still a valid one (every index in range), with a Unicode guess for
/// the typed forms.
pub fn wrong(q: &Question) -> Response {
    match &q.body {
        Body::Choice {
            answer, options, ..
        } => Response::Choice((answer + 1) % options.len()),
        Body::Evidence { answer, sentences } => Response::Choice((answer + 1) % sentences.len()),
        Body::Stance { .. } => Response::Choice((right_view(q) + 1) % View::ALL.len()),
        Body::Truth { correction, .. } => Response::Truth(correction.is_some()),
        Body::Blank { .. } => Response::Text("Ünïcödé guess ✓".to_owned()),
        Body::Order { items } => Response::Order(items.clone()),
        Body::Match { rows, .. } => Response::Match(vec![0; rows.len()]),
    }
}
