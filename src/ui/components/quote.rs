//! A claim's evidence: the quote, where it stands, and a way to read it in place.

use essay_quiz::bank::BANK;
use essay_quiz::session::{Action, Reading};
use yew::prelude::*;

use super::place;

#[derive(Properties, PartialEq)]
pub struct QuoteProps {
    /// Index of the claim whose evidence this is.
    pub claim: u16,
    pub on_action: Callback<Action>,
    /// Shown before the quote, e.g. "The essay says:".
    #[prop_or_default]
    pub lead: Option<AttrValue>,
}

#[function_component(Quote)]
pub fn quote(props: &QuoteProps) -> Html {
    let claim = &BANK.claims[usize::from(props.claim)];
    let reading = Reading {
        section: BANK.claim_section(claim),
        claim: Some(props.claim),
        paragraph: None,
    };
    let show = props
        .on_action
        .reform(move |_: MouseEvent| Action::Read(Some(reading)));
    html! {
        <figure class="evidence">
            if let Some(lead) = &props.lead {
                <p class="evidence-lead">{ lead }</p>
            }
            <blockquote>{ format!("“{}”", BANK.evidence(claim)) }</blockquote>
            <figcaption>
                <span>{ place(claim.paragraph) }</span>
                <button type="button" class="link" onclick={show}>{ "Show in the essay" }</button>
            </figcaption>
        </figure>
    }
}
