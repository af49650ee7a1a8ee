//! A quiz someone shared: what it holds, and a button to start it.

use essay_quiz::bank::BANK;
use essay_quiz::link::QuizLink;
use essay_quiz::session::Action;
use yew::prelude::*;

use super::describe_sections;

pub struct SharedProps<'a> {
    pub link: &'a QuizLink,
    pub notice: Option<&'a str>,
    pub on_action: &'a Callback<Action>,
}

pub fn shared(props: &SharedProps<'_>) -> Html {
    let settings = props.link.settings;
    let forms: Vec<&str> = settings.forms.iter().map(|f| f.label()).collect();
    let start = props
        .on_action
        .reform(|_: MouseEvent| Action::StartShared(crate::ui::browser::clock()));
    let home = props.on_action.reform(|_: MouseEvent| Action::Home);
    let how = match settings.mode {
        essay_quiz::quiz::Mode::Exam if settings.minutes > 0 => format!(
            " As an exam: no feedback until the end, {} minutes.",
            settings.minutes
        ),
        essay_quiz::quiz::Mode::Exam => " As an exam: no feedback until the end.".to_owned(),
        _ => String::new(),
    };
    html! {
        <section class="shared card" aria-labelledby="shared-title">
            if let Some(title) = &props.link.title {
                <p class="kicker">{ "Assigned by your teacher" }</p>
                <h1 id="shared-title" data-testid="assigned-title">{ title.clone() }</h1>
                <p class="lead" data-testid="assigned-settings">
                    { format!("{} questions on {} of “{}”, in these forms: {}.{how}", settings.count, describe_sections(&BANK, &settings), BANK.title, forms.join(", ")) }
                </p>
                <p class="muted">{ "The settings are your teacher's. At the end you can copy a results code to send back." }</p>
            } else {
            <h1 id="shared-title">{ "A quiz was shared with you" }</h1>
            <p class="lead">
                { format!("{} questions on {} of “{}”, in these forms: {}.", settings.count, describe_sections(&BANK, &settings), BANK.title, forms.join(", ")) }
            </p>
            <p class="muted">{ format!("Quiz number {}. Everyone who opens this link gets the same questions in the same order.", props.link.seed) }</p>
            }
            if let Some(notice) = props.notice {
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
