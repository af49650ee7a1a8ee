//! The bar at the top: the app's name and the way into the essay.

use essay_quiz::session::{Action, Reading};
use yew::prelude::*;

pub struct HeaderProps<'a> {
    /// The Read view is open.
    pub reading: bool,
    /// The progress screen is open.
    pub progress: bool,
    /// A quiz is under way (leaving it for the progress screen would lose it).
    pub mid_quiz: bool,
    /// The section to open the essay at.
    pub section: usize,
    pub on_action: &'a Callback<Action>,
}

pub fn header(props: &HeaderProps<'_>) -> Html {
    let section = props.section;
    let read = props.on_action.reform(move |_: MouseEvent| {
        Action::Read(Some(Reading {
            section,
            claim: None,
            paragraph: None,
        }))
    });
    let progress = props
        .on_action
        .reform(|_: MouseEvent| Action::ShowProgress(crate::ui::browser::clock()));
    html! {
        <header class="top">
            <div class="wrap top-inner">
                <span class="brand">{ "Essay quiz" }</span>
                <span class="top-actions">
                    if !props.reading && !props.progress && !props.mid_quiz {
                        <button type="button" class="ghost" onclick={progress}>{ "Progress" }</button>
                    }
                    if !props.reading {
                        <button type="button" class="ghost" onclick={read}>{ "Read the essay" }</button>
                    }
                </span>
            </div>
        </header>
    }
}
