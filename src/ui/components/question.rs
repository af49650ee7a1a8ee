//! A question on screen: progress, the prompt, the answer controls, then the feedback.

use std::rc::Rc;

use essay_quiz::bank::{BANK, SentenceRef, View};
use essay_quiz::progress::Confidence;
use essay_quiz::quiz::{Body, Mode, Response};
use essay_quiz::session::{Action, Run};
use yew::prelude::*;

use super::answers::{BlankAnswer, Check, ChoiceAnswer, MatchAnswer, OrderAnswer};
use super::section_name;
use crate::ui::browser;
use crate::ui::focus::use_focus_on_mount;
use crate::ui::keys::{Key, use_quiz_keys};

#[derive(Properties, PartialEq)]
pub struct QuestionProps {
    pub run: Rc<Run>,
    /// The clock, for an exam's time left.
    pub now: u64,
    pub on_action: Callback<Action>,
    /// The feedback, once answered.
    pub children: Html,
}

#[derive(Properties, PartialEq)]
struct ConfidenceProps {
    on_choose: Callback<Confidence>,
}

/// "How sure are you?", after the answer is given and before it is checked: keys 1–3 or a
/// button.
#[function_component(ConfidencePrompt)]
fn confidence_prompt(props: &ConfidenceProps) -> Html {
    let heading = use_focus_on_mount(true);
    {
        let on_choose = props.on_choose.clone();
        use_quiz_keys(Callback::from(move |key| match key {
            Key::Digit(i) if i < Confidence::ALL.len() => {
                on_choose.emit(Confidence::ALL[i]);
                true
            }
            _ => false,
        }));
    }
    html! {
        <div class="confidence" role="group" aria-labelledby="confidence-title">
            <p id="confidence-title" class="confidence-title" tabindex="-1" ref={heading}>{ "How sure are you?" }</p>
            <div class="actions">
                { for Confidence::ALL.iter().enumerate().map(|(i, &c)| html! {
                    <button type="button" class="secondary" onclick={props.on_choose.reform(move |_: MouseEvent| c)}>
                        <span class="key" aria-hidden="true">{ i + 1 }</span>{ c.label() }
                    </button>
                }) }
            </div>
            <p class="muted">{ "Then the answer is checked. Your confidence sets when this claim comes back." }</p>
        </div>
    }
}

/// "7:05 left", for an exam with a time limit.
fn time_left(deadline: u64, now: u64) -> String {
    let secs = deadline.saturating_sub(now).div_ceil(1000);
    format!("{}:{:02} left", secs / 60, secs % 60)
}

#[function_component(QuestionView)]
pub fn question_view(props: &QuestionProps) -> Html {
    let run = &props.run;
    // A new question: screen readers start at its prompt; typed answers start in the field.
    let is_blank = matches!(run.current().map(|q| &q.body), Some(Body::Blank { .. }));
    let heading = use_focus_on_mount(!is_blank);
    let Some(question) = run.current() else {
        return Html::default();
    };
    let outcome = run.current_outcome();
    let total = run.quiz.questions.len();
    let number = run.index() + 1;
    let claim = &BANK.claims[usize::from(question.claim)];
    let section = BANK.sections[BANK.claim_section(claim)].id;
    // With confidence on, one tap of "how sure" checks the answer; by keyboard (Enter) the
    // answer waits here for keys 1–3. The last answer of an exam waits for "Finish".
    let pending = use_state(|| None::<Response>);
    let sure = use_memo((), |()| Rc::new(std::cell::Cell::new(None::<Confidence>)));
    let exam = run.quiz.settings.mode == Mode::Exam;
    let last = run.index() + 1 == run.quiz.questions.len();
    let answer = {
        let pending = pending.clone();
        let on_action = props.on_action.clone();
        let asks = run.asks_confidence;
        let sure = (*sure).clone();
        Callback::from(move |r: Response| match sure.take() {
            Some(c) if asks => on_action.emit(Action::Answer(r, Some(c), browser::clock())),
            _ if asks || (exam && last) => pending.set(Some(r)),
            _ => on_action.emit(Action::Answer(r, None, browser::clock())),
        })
    };
    let check = Check {
        confidence: run.asks_confidence,
        label: match (exam, last) {
            (true, true) => "Finish exam",
            (true, false) => "Save answer",
            _ => "Check answer",
        },
        sure: (*sure).clone(),
    };
    let leaving = use_state(|| false);
    let choose = {
        let pending = pending.clone();
        let on_action = props.on_action.clone();
        Callback::from(move |c: Confidence| {
            if let Some(r) = (*pending).clone() {
                on_action.emit(Action::Answer(r, Some(c), browser::clock()));
            }
        })
    };
    let finish = {
        let pending = pending.clone();
        let on_action = props.on_action.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(r) = (*pending).clone() {
                on_action.emit(Action::Answer(r, None, browser::clock()));
            }
        })
    };
    let unlock = {
        let pending = pending.clone();
        Callback::from(move |_: MouseEvent| pending.set(None))
    };
    let locked = pending.is_some() && outcome.is_none();
    let given = outcome.map(|o| &o.response);

    let chosen = match given {
        Some(Response::Choice(i)) => Some(*i),
        _ => None,
    };
    let controls = match &question.body {
        Body::Stance { .. } => {
            let right = claim
                .stance
                .as_ref()
                .and_then(|s| View::ALL.iter().position(|v| *v == s.view))
                .unwrap_or(0);
            let labels = View::ALL.map(|v| AttrValue::from(v.label())).to_vec();
            html! { <ChoiceAnswer check={check.clone()} options={labels} answered={chosen.map(|c| (c, right))} {locked} on_answer={answer.reform(Response::Choice)} /> }
        }
        Body::Evidence {
            sentences,
            answer: right,
        } => {
            html! { <ChoiceAnswer check={check.clone()} options={sentence_options(sentences)} answered={chosen.map(|c| (c, *right))}
            {locked} on_answer={answer.reform(Response::Choice)} quotes=true /> }
        }
        Body::Choice {
            options,
            answer: right,
            ..
        } => {
            let texts: Vec<AttrValue> = options
                .iter()
                .map(|o| AttrValue::from(o.text.to_string()))
                .collect();
            html! { <ChoiceAnswer check={check.clone()} options={texts} answered={chosen.map(|c| (c, *right))} {locked} on_answer={answer.reform(Response::Choice)} /> }
        }
        Body::Truth { correction, .. } => {
            let right = usize::from(correction.is_some());
            let chosen = match given {
                Some(Response::Truth(said)) => Some(usize::from(!*said)),
                _ => None,
            };
            html! {
                <>
                    <ChoiceAnswer check={check.clone()} options={vec![AttrValue::from("True"), AttrValue::from("False")]}
                        answered={chosen.map(|c| (c, right))} {locked} on_answer={answer.reform(|i: usize| Response::Truth(i == 0))} />
                </>
            }
        }
        Body::Blank { text } => {
            let typed = match given {
                Some(Response::Text(t)) => Some(t.clone()),
                _ => None,
            };
            html! { <BlankAnswer check={check.clone()} text={*text} answered={typed.map(|t| (t, outcome.is_some_and(|o| o.correct)))} {locked} on_answer={answer.reform(Response::Text)} /> }
        }
        Body::Order { items } => {
            let order = match given {
                Some(Response::Order(o)) => Some(o.clone()),
                _ => None,
            };
            html! { <OrderAnswer check={check.clone()} items={items.clone()} answered={order} {locked} on_answer={answer.reform(Response::Order)} /> }
        }
        Body::Match { rows, names } => {
            let chosen = match given {
                Some(Response::Match(c)) => Some(c.clone()),
                _ => None,
            };
            let names: Vec<AttrValue> = names.iter().map(|n| AttrValue::from(*n)).collect();
            html! { <MatchAnswer check={check.clone()} rows={rows.clone()} names={names} answered={chosen} {locked} on_answer={answer.reform(Response::Match)} /> }
        }
    };

    let toggle_leave = {
        let leaving = leaving.clone();
        Callback::from(move |_: MouseEvent| leaving.set(!*leaving))
    };
    let kept = if exam && run.deadline.is_some() {
        format!(
            "It stays on this device at question {number} of {total}: resume it from the start page. The exam's clock keeps running."
        )
    } else {
        format!(
            "It stays on this device at question {number} of {total}: resume it from the start page."
        )
    };
    html! {
        <section class="question" aria-labelledby="question-title">
            <div class="progress">
                <span data-testid="progress">{ format!("Question {number} of {total}") }</span>
                <button type="button" class="link leave" onclick={toggle_leave.clone()} aria-expanded={(*leaving).to_string()}>{ "Leave quiz" }</button>
                if let Some(deadline) = run.deadline {
                    <span class="timer" role="timer" aria-live="off" data-testid="timer">{ time_left(deadline, props.now) }</span>
                } else if run.quiz.settings.mode == Mode::Exam {
                    <span class="muted">{ "Exam: answers are checked at the end" }</span>
                } else {
                    <span class="muted">{ format!("{} right so far", run.score()) }</span>
                }
            </div>
            <progress max={total.to_string()} value={(number - 1).to_string()} aria-hidden="true"></progress>
            <p class="kicker">{ format!("{} · {}", question.form.label(), section_name(&section)) }</p>
            <h2 id="question-title" tabindex="-1" ref={heading}>{ question.prompt() }</h2>
            if let Some(statement) = question.statement(&BANK) {
                <blockquote class="statement">{ statement }</blockquote>
            }
            if *leaving {
                <div class="card leave-confirm" role="group" aria-labelledby="leave-title" data-testid="leave-confirm">
                    <p id="leave-title"><strong>{ "Leave this quiz?" }</strong>{ " " }{ kept }</p>
                    <div class="actions">
                        <button type="button" class="primary" onclick={props.on_action.reform(|_: MouseEvent| Action::Leave)}>{ "Leave quiz" }</button>
                        if exam {
                            <button type="button" class="secondary" onclick={props.on_action.reform(|_: MouseEvent| Action::EndExam(browser::clock()))}>{ "End the exam now" }</button>
                        }
                        <button type="button" class="secondary" onclick={toggle_leave}>{ "Keep going" }</button>
                    </div>
                </div>
            }
            { controls }
            if locked && exam {
                <div class="confirm" role="group" aria-labelledby="finish-title">
                    <p id="finish-title"><strong>{ "That was the last question." }</strong>{ " Finish the exam and see your results? Answers cannot be changed after." }</p>
                    <div class="actions">
                        <button type="button" class="primary" onclick={finish}>{ "Finish and see results" }</button>
                        <button type="button" class="secondary" onclick={unlock}>{ "Change my answer" }</button>
                    </div>
                </div>
            } else if locked {
                <ConfidencePrompt on_choose={choose} />
            }
            { props.children.clone() }
        </section>
    }
}

/// The sentences of the essay offered by the evidence form, as options.
pub fn sentence_options(sentences: &[SentenceRef]) -> Vec<AttrValue> {
    sentences
        .iter()
        .map(|&s| AttrValue::from(BANK.sentence(s)))
        .collect()
}
