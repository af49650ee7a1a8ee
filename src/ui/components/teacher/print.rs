//! The teacher's quiz on paper: the title, a line for the name, the questions numbered with
//! their options (a chronology to number, matching as two lists, blanks as lines), then on a
//! new page the answer key with each answer, the essay's words and where they stand. The print
//! stylesheet leaves the app's chrome off the paper and never cuts a question across pages.

use std::rc::Rc;

use essay_quiz::bank::{BANK, View};
use essay_quiz::quiz::{Body, Question, Quiz};
use essay_quiz::session::{Action, TeacherAction};
use yew::prelude::*;

use super::super::place;
use crate::ui::browser;
use crate::ui::focus::use_focus_on_mount;

#[derive(Properties, PartialEq)]
pub struct PrintProps {
    pub quiz: Rc<Quiz>,
    pub title: AttrValue,
    pub on_action: Callback<Action>,
}

const LETTERS: &[u8] = b"ABCDEFGH";

fn letter(i: usize) -> char {
    char::from(LETTERS[i % LETTERS.len()])
}

/// The answer part of one question, for writing on.
fn paper_answer(q: &Question) -> Html {
    let lettered = |items: Vec<String>| {
        html! {
            <ol class="paper-options">
                { for items.into_iter().enumerate().map(|(i, t)| html! {
                    <li><span class="box" aria-hidden="true"></span><strong>{ format!("{}. ", letter(i)) }</strong>{ t }</li>
                }) }
            </ol>
        }
    };
    match &q.body {
        Body::Choice { options, .. } => {
            lettered(options.iter().map(|o| o.text.to_string()).collect())
        }
        Body::Stance { .. } => lettered(View::ALL.iter().map(|v| v.label().to_owned()).collect()),
        Body::Evidence { sentences, .. } => lettered(
            sentences
                .iter()
                .map(|&s| format!("“{}”", BANK.sentence(s)))
                .collect(),
        ),
        Body::Truth { .. } => {
            html! { <p class="paper-tf"><span class="box" aria-hidden="true"></span>{ "True" }<span class="box" aria-hidden="true"></span>{ "False" }</p> }
        }
        Body::Blank { text } => {
            let (before, after) = text.split_once("____").unwrap_or((text, ""));
            html! { <p class="paper-blank">{ before }<span class="line" aria-label="blank"></span>{ after }</p> }
        }
        Body::Order { items } => html! {
            <>
                <p class="muted">{ "Number them 1 (earliest) to " }{ items.len() }{ "." }</p>
                <ul class="paper-order">
                    { for items.iter().map(|&c| html! {
                        <li><span class="number-box" aria-hidden="true"></span>{ BANK.claims[usize::from(c)].event.as_ref().map_or("", |e| e.what.as_str()) }</li>
                    }) }
                </ul>
            </>
        },
        Body::Match { rows, names } => html! {
            <div class="paper-match">
                <ol>
                    { for rows.iter().map(|&r| html! {
                        <li><span class="letter-line" aria-hidden="true"></span>{ BANK.claims[usize::from(r)].attribution.as_ref().map_or("", |a| a.what.as_str()) }</li>
                    }) }
                </ol>
                <ol class="paper-names">
                    { for names.iter().enumerate().map(|(i, n)| html! { <li><strong>{ format!("{}. ", letter(i)) }</strong>{ *n }</li> }) }
                </ol>
                <p class="muted">{ "Write the letter of each one's author on its line." }</p>
            </div>
        },
    }
}

/// The right answer as the key gives it, with its letter where options are lettered.
fn key_answer(q: &Question) -> String {
    let answer = q.answer_text(&BANK);
    match &q.body {
        Body::Choice { answer: i, .. } | Body::Evidence { answer: i, .. } => {
            format!("{}. {answer}", letter(*i))
        }
        Body::Stance { .. } => {
            let view = BANK.claims[usize::from(q.claim)]
                .stance
                .as_ref()
                .map(|s| s.view);
            let i = View::ALL.iter().position(|v| Some(*v) == view).unwrap_or(0);
            format!("{}. {answer}", letter(i))
        }
        Body::Match { rows, names } => rows
            .iter()
            .enumerate()
            .filter_map(|(i, &r)| {
                let who = BANK.claims[usize::from(r)].attribution.as_ref()?.who;
                let n = names.iter().position(|n| who == *n)?;
                Some(format!("{}: {} ({who})", i + 1, letter(n)))
            })
            .collect::<Vec<_>>()
            .join("; "),
        _ => answer,
    }
}

#[function_component(Print)]
pub fn print(props: &PrintProps) -> Html {
    let heading = use_focus_on_mount(true);
    let quiz = &props.quiz;
    let print = Callback::from(|_: MouseEvent| {
        let _ = gloo::utils::window().print();
    });
    let back = props
        .on_action
        .reform(|_: MouseEvent| Action::Teacher(TeacherAction::Open(browser::fresh_seed())));
    html! {
        <section class="print-sheet" aria-labelledby="paper-title">
            <div class="no-print actions">
                <button type="button" class="primary" onclick={print}>{ "Print" }</button>
                <button type="button" class="secondary" onclick={back}>{ "Back to the teacher's page" }</button>
                <span class="muted">{ "The quiz prints first, then its answer key on a new page." }</span>
            </div>
            <article class="paper" data-testid="paper">
                <h1 id="paper-title" tabindex="-1" ref={heading}>{ props.title.clone() }</h1>
                <p class="muted">{ format!("{} questions on “{}”", quiz.questions.len(), BANK.title) }</p>
                <p class="name-line">{ "Name:" }<span class="line" aria-hidden="true"></span></p>
                <ol class="paper-questions">
                    { for quiz.questions.iter().map(|q| html! {
                        <li class="paper-q">
                            <p class="paper-prompt"><strong>{ q.prompt() }</strong></p>
                            if let Some(st) = q.statement(&BANK) {
                                <blockquote class="statement">{ st }</blockquote>
                            }
                            { paper_answer(q) }
                        </li>
                    }) }
                </ol>
            </article>
            <article class="paper key" data-testid="key">
                <h1>{ format!("{}: answer key", props.title) }</h1>
                <ol class="paper-questions">
                    { for quiz.questions.iter().map(|q| {
                        let claim = &BANK.claims[usize::from(q.claim)];
                        html! {
                            <li class="paper-q">
                                <p><strong>{ key_answer(q) }</strong></p>
                                <blockquote>{ format!("“{}”", BANK.evidence(claim)) }</blockquote>
                                <p class="muted">{ place(claim.paragraph) }</p>
                            </li>
                        }
                    }) }
                </ol>
            </article>
        </section>
    }
}
