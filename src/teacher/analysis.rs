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
    /// What the teacher should look at: no name given, or the very same answers as another
    /// student's code (a code sent twice, or copied).
    pub flag: Option<String>,
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

/// A code that could not be read: where it was pasted, whose it seems to be, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BadCode {
    /// 1-based, counting the codes pasted.
    pub number: usize,
    /// 1-based line of the pasted text it is on.
    pub line: usize,
    /// The name it carries, if that part can be read.
    pub name: Option<String>,
    pub error: CodeError,
}

/// Reads every code in `pasted` (one per line, or separated by spaces), grades them and groups
/// them by quiz; returns the classes and the codes it could not read.
pub fn analyse(bank: &'static Bank, pasted: &str) -> (Vec<Class>, Vec<BadCode>) {
    let mut classes: Vec<Vec<Submission>> = Vec::new();
    let mut bad = Vec::new();
    let codes = pasted
        .lines()
        .enumerate()
        .flat_map(|(line, text)| text.split_whitespace().map(move |c| (line + 1, c)));
    let mut seen: Vec<(&str, usize)> = Vec::new();
    for (i, (line, code)) in codes.enumerate() {
        // The same code pasted twice counts once.
        if let Some(&(_, first)) = seen.iter().find(|(c, _)| *c == code) {
            bad.push(BadCode {
                number: i + 1,
                line,
                name: super::code::name_in(code),
                error: CodeError::Repeated(first),
            });
            continue;
        }
        seen.push((code, line));
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
                line,
                name: super::code::name_in(code),
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
        .enumerate()
        .map(|(i, s)| {
            let rights = s.rights(bank);
            let twin = subs[..i].iter().find(|o| o.responses == s.responses);
            let flag = match twin {
                Some(o) => Some(format!(
                    "the same answers as {}",
                    if o.name.is_empty() {
                        "a code without a name"
                    } else {
                        &o.name
                    }
                )),
                None if s.name.trim().is_empty() => Some("no name given".to_owned()),
                None => None,
            };
            Student {
                flag,
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
