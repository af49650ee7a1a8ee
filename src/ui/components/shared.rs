//! A quiz someone shared: what it holds, and a button to start it.

use essay_quiz::bank::BANK;
use essay_quiz::bank::FormSet;
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
    // Say what the student will get: the quiz itself, not the settings it was drawn with.
    let quiz = props.link.quiz(&BANK);
    let used: FormSet = quiz.questions.iter().map(|q| q.form).collect();
    let forms: Vec<String> = used
        .iter()
        .map(|f| {
            let label = f.label();
            label[..1].to_lowercase() + &label[1..]
        })
        .collect();
    let count = quiz.questions.len();
    let what = format!(
        "{count} question{} on {} of “{}”: {}.",
        if count == 1 { "" } else { "s" },
        describe_sections(&BANK, &settings),
        BANK.title,
        join_and(&forms)
    );
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
                <p class="lead" data-testid="assigned-settings">{ format!("{what}{how}") }</p>
                <p class="muted">{ "The settings are your teacher's. At the end you can copy a results code to send back." }</p>
            } else {
            <h1 id="shared-title">{ "A quiz was shared with you" }</h1>
            <p class="lead" data-testid="shared-settings">{ format!("{what}{how}") }</p>
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

/// "a, b and c".
fn join_and(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}
