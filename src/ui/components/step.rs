//! The optional second step after a right answer: find the sentence of the paragraph that
//! shows what the claim says. Scored apart from the quiz.

use std::rc::Rc;

use essay_quiz::bank::BANK;
use essay_quiz::quiz::{Body, Response};
use essay_quiz::session::{Action, Step};
use yew::prelude::*;

use super::answers::ChoiceAnswer;
use super::question::sentence_options;
use super::quote::quote;
use crate::ui::focus::use_focus_on_mount;

#[derive(Properties, PartialEq)]
pub struct EvidenceStepProps {
    pub step: Rc<Step>,
    pub on_action: Callback<Action>,
}

#[function_component(EvidenceStep)]
pub fn evidence_step(props: &EvidenceStepProps) -> Html {
    let heading = use_focus_on_mount(true);
    let q = &props.step.question;
    let Body::Evidence { sentences, answer } = &q.body else {
        return Html::default();
    };
    let claim = &BANK.claims[usize::from(q.claim)];
    let outcome = props.step.outcome.as_ref();
    let chosen = outcome.and_then(|o| match o.response {
        Response::Choice(i) => Some(i),
        _ => None,
    });
    html! {
        <section class="step" aria-labelledby="step-title">
            <h3 id="step-title" tabindex="-1" ref={heading}>{ "Now find the sentence that shows it" }</h3>
            <p class="muted">{ "Which sentence of the essay supports this?" }</p>
            <blockquote class="statement">{ claim.says.as_str() }</blockquote>
            <ChoiceAnswer name="step" quotes=true options={sentence_options(sentences)}
                answered={chosen.map(|c| (c, *answer))}
                on_answer={props.on_action.reform(|i| Action::AnswerStep(Response::Choice(i), crate::ui::browser::clock()))} />
            if let Some(o) = outcome {
                <p class={classes!("verdict-small", if o.correct { "right" } else { "wrong" })} role="status" data-testid="step-verdict">
                    { if o.correct { "Found it." } else { "Not that one: the marked sentence holds the evidence." } }
                </p>
                { quote(q.claim, Some("The evidence:".into()), &props.on_action) }
            }
        </section>
    }
}
