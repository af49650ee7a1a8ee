//! The bar at the top: the app's name and the way into the essay.

use essay_quiz::session::{Action, Reading};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    /// The Read view is open.
    pub reading: bool,
    /// The section to open the essay at.
    pub section: usize,
    pub on_action: Callback<Action>,
}

#[function_component(Header)]
pub fn header(props: &HeaderProps) -> Html {
    let section = props.section;
    let read = props.on_action.reform(move |_: MouseEvent| {
        Action::Read(Some(Reading {
            section,
            claim: None,
        }))
    });
    html! {
        <header class="top">
            <div class="wrap top-inner">
                <span class="brand">{ "Essay quiz" }</span>
                if !props.reading {
                    <button type="button" class="ghost" onclick={read}>{ "Read the essay" }</button>
                }
            </div>
        </header>
    }
}
