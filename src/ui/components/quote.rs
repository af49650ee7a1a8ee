//! A claim's evidence: the quote, where it stands, and a way to read it in place.
//!
//! A plain function, not a component: it has no state, and each component costs the wasm its
//! own copy of Yew's lifecycle code.

use essay_quiz::bank::BANK;
use essay_quiz::session::{Action, Reading};
use yew::prelude::*;

use super::place;

/// The evidence of claim `claim`, after `lead` (e.g. "The essay says:") if given.
pub fn quote(claim: u16, lead: Option<String>, on_action: &Callback<Action>) -> Html {
    let index = claim;
    let claim = &BANK.claims[usize::from(index)];
    let reading = Reading {
        section: BANK.claim_section(claim),
        claim: Some(index),
        paragraph: None,
    };
    let show = on_action.reform(move |_: MouseEvent| Action::Read(Some(reading)));
    html! {
        <figure class="evidence">
            if let Some(lead) = lead {
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
