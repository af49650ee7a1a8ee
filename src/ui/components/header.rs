//! The bar at the top: the app's name (the way home) and the way into the essay.

use essay_quiz::session::{Action, Reading};
use yew::prelude::*;

pub struct HeaderProps<'a> {
    /// The Read view is open.
    pub reading: bool,
    /// The progress screen is open.
    pub progress: bool,
    /// A quiz is under way: the quiz screen has its own way out.
    pub mid_quiz: bool,
    /// An exam is under way: the essay stays closed until it ends.
    pub exam: bool,
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
    // A real link to the start page (it opens in a new tab too); here it moves without a
    // reload. In a quiz the quiz screen's "Leave quiz" asks first, so the name is plain text.
    let home = props.on_action.reform(|e: MouseEvent| {
        e.prevent_default();
        Action::Home
    });
    html! {
        <header class="top">
            <div class="wrap top-inner">
                if props.mid_quiz {
                    <span class="brand">{ "Essay quiz" }</span>
                } else {
                    <a class="brand" href="./" onclick={home}>{ "Essay quiz" }</a>
                }
                <span class="top-actions">
                    if !props.reading && !props.progress && !props.mid_quiz {
                        <button type="button" class="ghost" onclick={progress}>{ "Progress" }</button>
                    }
                    if !props.reading && !props.exam {
                        <button type="button" class="ghost" onclick={read}>{ "Read the essay" }</button>
                    }
                </span>
            </div>
        </header>
    }
}
