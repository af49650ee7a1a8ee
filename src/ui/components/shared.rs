//! A quiz someone shared: what it holds, and a button to start it.

use essay_quiz::bank::BANK;
use essay_quiz::link::QuizLink;
use essay_quiz::session::Action;
use yew::prelude::*;

use super::describe_sections;

#[derive(Properties, PartialEq)]
pub struct SharedProps {
    pub link: QuizLink,
    pub notice: Option<String>,
    pub on_action: Callback<Action>,
}

#[function_component(Shared)]
pub fn shared(props: &SharedProps) -> Html {
    let settings = props.link.settings;
    let forms: Vec<&str> = settings.forms.iter().map(|f| f.label()).collect();
    let start = props
        .on_action
        .reform(|_: MouseEvent| Action::StartShared(crate::ui::browser::clock()));
    let home = props.on_action.reform(|_: MouseEvent| Action::Home);
    html! {
        <section class="shared card" aria-labelledby="shared-title">
            <h1 id="shared-title">{ "A quiz was shared with you" }</h1>
            <p class="lead">
                { format!("{} questions on {} of “{}”, in these forms: {}.", settings.count, describe_sections(&BANK, &settings), BANK.title, forms.join(", ")) }
            </p>
            <p class="muted">{ format!("Quiz number {}. Everyone who opens this link gets the same questions in the same order.", props.link.seed) }</p>
            if let Some(notice) = &props.notice {
                <div class="notice" role="alert">{ notice }</div>
            }
            <div class="actions">
                <button type="button" class="primary" onclick={start}>
                    { if props.notice.is_some() { "Start a quiz like it" } else { "Start this quiz" } }
                </button>
                <button type="button" class="secondary" onclick={home}>{ "Make my own quiz" }</button>
            </div>
        </section>
    }
}
