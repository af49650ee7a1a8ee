//! A class's results, read from the codes the students sent: each student's score and answers,
//! and for each question the share of right answers and the wrong answers most chosen (item
//! analysis), the hardest first. Codes that cannot be read are named, and the rest still shown.

use super::code::{CodeError, Submission, decode};
use crate::bank::Bank;
use crate::quiz::{Question, Quiz, Response};
use crate::text::fold;

/// One student's graded answers.
#[derive(Clone, Debug, PartialEq)]
pub struct Student {
    pub name: String,
    pub score: usize,
    pub total: usize,
    /// Per question: the answer written out ("" if none) and whether it is right.
    pub answers: Vec<(String, bool)>,
}

/// How the class did on one question.
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    /// Position in the quiz.
    pub index: usize,
    pub question: Question,
    pub right: usize,
    pub students: usize,
    /// Wrong answers written out, with how many chose each, the most chosen first.
    pub wrong: Vec<(String, usize)>,
}

impl Item {
    /// The share of students right, as a whole percentage.
    pub fn percent(&self) -> usize {
        (self.right * 200 + self.students)
            .checked_div(2 * self.students)
            .unwrap_or(0)
    }
}

/// The results of one assigned quiz.
#[derive(Clone, Debug, PartialEq)]
pub struct Class {
    pub title: String,
    pub quiz: Quiz,
    pub students: Vec<Student>,
    /// The hardest question first.
    pub items: Vec<Item>,
}

/// A code that could not be read: its place in what was pasted, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BadCode {
    /// 1-based, counting the codes pasted.
    pub number: usize,
    /// The code's start, to find it.
    pub start: String,
    pub error: CodeError,
}

/// Reads every code in `pasted` (one per line, or separated by spaces), grades them and groups
/// them by quiz; returns the classes and the codes it could not read.
pub fn analyse(bank: &'static Bank, pasted: &str) -> (Vec<Class>, Vec<BadCode>) {
    let mut classes: Vec<Vec<Submission>> = Vec::new();
    let mut bad = Vec::new();
    for (i, code) in pasted.split_whitespace().enumerate() {
        match decode(bank, code) {
            Ok(s) => match classes
                .iter_mut()
                .find(|c| c[0].quiz == s.quiz && c[0].title == s.title)
            {
                Some(c) => c.push(s),
                None => classes.push(vec![s]),
            },
            Err(error) => bad.push(BadCode {
                number: i + 1,
                start: code.chars().take(12).collect(),
                error,
            }),
        }
    }
    let classes = classes
        .into_iter()
        .map(|subs| class_of(bank, &subs))
        .collect();
    (classes, bad)
}

/// A response as the teacher reads it; answers that mean the same count together.
fn written(bank: &Bank, q: &Question, r: &Option<Response>) -> String {
    match r {
        None => "(no answer)".to_owned(),
        Some(Response::Text(t)) => fold(t),
        Some(r) => q.response_text(bank, r),
    }
}

fn class_of(bank: &Bank, subs: &[Submission]) -> Class {
    let quiz = subs[0].quiz.clone();
    let students = subs
        .iter()
        .map(|s| {
            let rights = s.rights(bank);
            Student {
                name: s.name.clone(),
                score: rights.iter().filter(|r| **r).count(),
                total: rights.len(),
                answers: s
                    .quiz
                    .questions
                    .iter()
                    .zip(&s.responses)
                    .zip(&rights)
                    .map(|((q, r), &ok)| (written(bank, q, r), ok))
                    .collect(),
            }
        })
        .collect();
    let mut items: Vec<Item> = quiz
        .questions
        .iter()
        .enumerate()
        .map(|(index, q)| {
            let mut right = 0;
            let mut wrong: Vec<(String, usize)> = Vec::new();
            for s in subs {
                let r = &s.responses[index];
                if r.as_ref().is_some_and(|r| q.is_right(bank, r)) {
                    right += 1;
                } else {
                    let w = written(bank, q, r);
                    match wrong.iter_mut().find(|(text, _)| *text == w) {
                        Some((_, n)) => *n += 1,
                        None => wrong.push((w, 1)),
                    }
                }
            }
            crate::order::sort_by(&mut wrong, |a, b| a.1 > b.1);
            Item {
                index,
                question: q.clone(),
                right,
                students: subs.len(),
                wrong,
            }
        })
        .collect();
    crate::order::sort_by(&mut items, |a, b| a.right < b.right);
    Class {
        title: subs[0].title.clone(),
        quiz,
        students,
        items,
    }
}
