//! Whether one question of a quiz gives another's answer away: the word a blank wants or the
//! number a question asks for, shown in another question; the sentence that proves a claim,
//! offered in a find-the-evidence question; or two multiple-choice questions sharing their
//! options, so that the answer of one strikes options from the other.

use super::{Body, Question};
use crate::bank::{Bank, Form};
use crate::text::fold;

/// A multiple-choice answer this long (in words) or longer, shown elsewhere, gives it away;
/// shorter ones (a name) turn up in too many innocent places to count.
const PHRASE_WORDS: usize = 3;

/// Everything a question shows the student, folded, with a space at each end (so that
/// `contains(" word ")` finds whole words).
pub fn shown(bank: &Bank, q: &Question) -> String {
    let mut parts: Vec<&str> = vec![q.prompt()];
    parts.extend(q.statement(bank));
    let owned: Vec<String>;
    match &q.body {
        Body::Choice { options, .. } => {
            owned = options.iter().map(|o| o.text.to_string()).collect();
        }
        Body::Blank { text } => {
            owned = Vec::new();
            parts.push(text);
        }
        Body::Order { items } => {
            owned = Vec::new();
            parts.extend(
                items.iter().filter_map(|&c| {
                    Some(bank.claims[usize::from(c)].event.as_ref()?.what.as_str())
                }),
            );
        }
        Body::Match { rows, names } => {
            owned = Vec::new();
            parts.extend(rows.iter().filter_map(|&r| {
                Some(
                    bank.claims[usize::from(r)]
                        .attribution
                        .as_ref()?
                        .what
                        .as_str(),
                )
            }));
            parts.extend(names.iter().copied());
        }
        Body::Evidence { sentences, .. } => {
            owned = Vec::new();
            parts.extend(sentences.iter().map(|&s| bank.sentence(s)));
        }
        Body::Truth { .. } | Body::Stance { .. } => owned = Vec::new(),
    }
    let mut out = String::from(" ");
    for p in parts
        .iter()
        .copied()
        .chain(owned.iter().map(String::as_str))
    {
        out.push_str(&fold(p));
        out.push(' ');
    }
    out
}

/// What would give the question's answer away if another question showed it, folded: a
/// blank's accepted words, the number a year-or-number question asks for, a multiple-choice
/// answer of [`PHRASE_WORDS`] words or more.
fn cues(bank: &Bank, q: &Question) -> Vec<String> {
    let claim = &bank.claims[usize::from(q.claim)];
    match (q.form, &q.body) {
        (Form::Blank, _) => claim
            .blank
            .iter()
            .flat_map(|b| b.answers)
            .map(|a| fold(a))
            .collect(),
        (Form::Number, _) => claim.number.iter().map(|n| n.answer.to_string()).collect(),
        (
            Form::Choice,
            Body::Choice {
                options, answer, ..
            },
        ) => {
            let text = fold(&options[*answer].text);
            (text.split(' ').count() >= PHRASE_WORDS)
                .then_some(text)
                .into_iter()
                .collect()
        }
        _ => Vec::new(),
    }
}

/// Whether `a` and `b` may not stand in one quiz.
pub fn gives_away(bank: &Bank, a: &Question, b: &Question) -> bool {
    one_way(bank, a, b) || one_way(bank, b, a)
}

/// Whether `shown_by` gives away the answer of `asked`.
fn one_way(bank: &Bank, asked: &Question, shown_by: &Question) -> bool {
    let text = shown(bank, shown_by);
    let found = |cue: &str| !cue.is_empty() && text.contains(&format!(" {cue} "));
    if cues(bank, asked).iter().any(|c| found(c)) {
        return true;
    }
    let claim = &bank.claims[usize::from(asked.claim)];
    if let Body::Evidence { sentences, .. } = &shown_by.body {
        let proves = |&(p, s): &(u16, u8)| p == claim.paragraph && claim.sentences.contains(&s);
        if sentences.iter().any(proves) {
            return true;
        }
    }
    if let (Body::Choice { options: x, .. }, Body::Choice { options: y, .. }) =
        (&asked.body, &shown_by.body)
    {
        let shared = x
            .iter()
            .filter(|o| y.iter().any(|p| fold(&p.text) == fold(&o.text)))
            .count();
        if shared >= 2 {
            return true;
        }
    }
    false
}
