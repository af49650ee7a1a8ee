//! After an answer: right or wrong, the right answer, why a tempting option is wrong, and the
//! essay's own words.

use std::rc::Rc;

use essay_quiz::bank::BANK;
use essay_quiz::quiz::{Body, Question, Response};
use essay_quiz::session::{Action, Outcome, Step};
use yew::prelude::*;

use super::quote::quote;
use super::step::EvidenceStep;
use crate::ui::browser;
use crate::ui::focus::use_focus_on_mount;
use crate::ui::keys::{Key, use_quiz_keys};

#[derive(Properties, PartialEq)]
pub struct FeedbackProps {
    pub question: Rc<Question>,
    pub outcome: Rc<Outcome>,
    pub is_last: bool,
    /// "Now find the sentence that shows it" may be offered.
    pub can_find_evidence: bool,
    /// The evidence step, once opened.
    pub step: Option<Rc<Step>>,
    pub on_action: Callback<Action>,
}

#[function_component(Feedback)]
pub fn feedback(props: &FeedbackProps) -> Html {
    // Screen readers hear the verdict first; Enter then moves on.
    let verdict = use_focus_on_mount(true);
    let next = props
        .on_action
        .reform(|_: MouseEvent| Action::Next(browser::clock()));
    // While the evidence step waits for its answer, Enter belongs to it.
    let step_pending = props.step.as_ref().is_some_and(|s| s.outcome.is_none());
    {
        let on_action = props.on_action.clone();
        use_quiz_keys(Callback::from(move |key| {
            let used = key == Key::Enter && !step_pending;
            if used {
                on_action.emit(Action::Next(browser::clock()));
            }
            used
        }));
    }
    let seen = use_state(|| false);
    let q = &props.question;
    let right = props.outcome.correct;
    let response = &props.outcome.response;
    let claim = &BANK.claims[usize::from(q.claim)];

    // Chronology and matching draw on other claims too: their quotes, on request.
    let partners: Vec<u16> = match &q.body {
        Body::Order { items } => items.iter().copied().filter(|&c| c != q.claim).collect(),
        Body::Match { rows, .. } => rows.iter().copied().filter(|&c| c != q.claim).collect(),
        _ => Vec::new(),
    };
    let detail = match (&q.body, response) {
        (Body::Choice { options, .. }, Response::Choice(chosen)) => {
            let why_not = options
                .get(*chosen)
                .filter(|_| !right)
                .and_then(|o| o.from_claim.map(|c| (o.text.clone(), c)));
            html! {
                <>
                    if !right {
                        <p>{ "The answer is " }<strong>{ q.answer_text(&BANK) }</strong>{ "." }</p>
                    }
                    if let Some((text, other)) = why_not {
                        { quote(other, Some(format!("Why not “{text}”? Where the essay does mention it:")), &props.on_action) }
                    }
                </>
            }
        }
        (Body::Stance { .. } | Body::Evidence { .. }, _) if !right => {
            let answer = q.answer_text(&BANK);
            // A sentence of the essay brings its own full stop.
            let stop = if answer.ends_with(['.', '?', '!', '”']) {
                ""
            } else {
                "."
            };
            html! { <p>{ "The answer is " }<strong>{ answer }</strong>{ stop }</p> }
        }
        (Body::Truth { correction, .. }, _) => html! {
            <p>
                { if correction.is_none() { "The statement is true." } else { "The statement is false. " } }
                { correction.unwrap_or_default() }
            </p>
        },
        (Body::Blank { .. }, Response::Text(typed)) => {
            let others: Vec<&str> = claim
                .blank
                .as_ref()
                .map(|b| b.answers[1..].iter().map(|a| a.as_str()).collect())
                .unwrap_or_default();
            html! {
                <>
                    <p>
                        { "The essay has " }<strong>{ q.answer_text(&BANK) }</strong>
                        { if right { ".".to_owned() } else { format!(", not “{}”.", typed.trim()) } }
                    </p>
                    if !others.is_empty() {
                        <p class="muted">{ format!("Also accepted: {}.", others.join(", ")) }</p>
                    }
                </>
            }
        }
        (Body::Order { .. }, Response::Order(given)) => html! {
            <>
                <p>{ "In the essay's order:" }</p>
                <ol class="order key">
                    { for q.right_order(&BANK).iter().enumerate().map(|(pos, &c)| {
                        let event = BANK.claims[usize::from(c)].event.as_ref();
                        let placed_right = given.get(pos) == Some(&c);
                        html! {
                            <li class={classes!(if placed_right { "right" } else { "wrong" })}>
                                <span class="pos" aria-hidden="true">{ pos + 1 }</span>
                                <span class="what">{ event.map_or("", |e| e.what.as_str()) }</span>
                                <span class="date">{ event.map(|e| e.year.to_string()).unwrap_or_default() }</span>
                            </li>
                        }
                    }) }
                </ol>
            </>
        },
        (Body::Match { rows, names }, Response::Match(chosen)) => html! {
            <ul class="match-key">
                { for rows.iter().zip(chosen).map(|(&r, &n)| {
                    let attribution = BANK.claims[usize::from(r)].attribution.as_ref();
                    let who = attribution.map_or("", |a| a.who.as_str());
                    let ok = names.get(n).is_some_and(|name| *name == who);
                    html! {
                        <li class={classes!(if ok { "right" } else { "wrong" })}>
                            <strong>{ who }</strong>{ ": " }{ attribution.map_or("", |a| a.what.as_str()) }
                            if !ok {
                                <span class="muted">{ format!(" (you chose {})", names.get(n).copied().unwrap_or("nobody")) }</span>
                            }
                        </li>
                    }
                }) }
            </ul>
        },
        _ => Html::default(),
    };

    html! {
        <div class={classes!("feedback", if right { "right" } else { "wrong" })}>
            <h3 class="verdict" tabindex="-1" ref={verdict} data-testid="verdict">
                { if right { "Right." } else { "Not quite." } }
            </h3>
            { detail }
            if props.step.is_some() {
                // The step shows the essay's words once answered.
            } else if props.can_find_evidence {
                // The quote would answer the evidence step: it waits behind a click, and once
                // read, the step is no longer offered.
                <details class="more-evidence">
                    <summary onclick={{ let seen = seen.clone(); Callback::from(move |_: MouseEvent| seen.set(true)) }}>{ "The essay's words" }</summary>
                    { quote(q.claim, None, &props.on_action) }
                </details>
            } else {
                { quote(q.claim, Some("The essay says:".into()), &props.on_action) }
            }
            if !partners.is_empty() {
                <details class="more-evidence">
                    <summary>{ format!("The essay on the other {}", partners.len()) }</summary>
                    { for partners.iter().map(|&c| quote(c, None, &props.on_action)) }
                </details>
            }
            if let Some(step) = &props.step {
                <EvidenceStep step={step.clone()} on_action={props.on_action.clone()} />
            } else if props.can_find_evidence && !*seen {
                <div class="step-offer">
                    <button type="button" class="secondary" onclick={props.on_action.reform(|_: MouseEvent| Action::FindEvidence)}>
                        { "Now find the sentence that shows it" }
                    </button>
                    <span class="muted">{ "Optional, scored apart" }</span>
                </div>
            }
            <div class="actions">
                <button type="button" class="primary" onclick={next}>
                    { if props.is_last { "See your results" } else { "Next question" } }
                </button>
                <span class="keyhint" aria-hidden="true">{ "Enter continues" }</span>
            </div>
        </div>
    }
}
