//! The start screen: what to practise, and the history below.

use essay_quiz::bank::{BANK, Form};
use essay_quiz::quiz::{COUNTS, EXAM_MINUTES, Mode, Settings, available};
use essay_quiz::session::Action;
use yew::prelude::*;

use crate::ui::browser;

/// What the start screen says of the student's own record.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StartInfo {
    /// Claims due for review today in the chosen sections.
    pub due: usize,
    /// Claims missed in the last results in the chosen sections.
    pub mistakes: usize,
    /// Whether Learn asks how sure the student is.
    pub confidence: bool,
}

pub struct StartProps<'a> {
    pub settings: Settings,
    /// A message about the link the page was opened with.
    pub notice: Option<&'a str>,
    pub info: StartInfo,
    pub on_action: &'a Callback<Action>,
    /// The history.
    pub children: Html,
}

/// A radio button drawn as a chip.
fn radio(name: &'static str, label: String, checked: bool, onchange: Callback<Event>) -> Html {
    html! {
        <label class="chip">
            <input type="radio" {name} {checked} {onchange} />
            <span>{ label }</span>
        </label>
    }
}

/// A checkbox drawn as a chip. The last one on is disabled: a quiz needs at least one.
fn toggle(label: &'static str, checked: bool, only: bool, onchange: Callback<Event>) -> Html {
    html! {
        <label class="chip">
            <input type="checkbox" {checked} disabled={only} {onchange} />
            <span>{ label }</span>
        </label>
    }
}

pub fn start(props: &StartProps<'_>) -> Html {
    let settings = props.settings;
    let on_action = props.on_action;
    let onsubmit = on_action.reform(|e: SubmitEvent| {
        e.prevent_default();
        Action::Start(browser::fresh_seed(), browser::clock())
    });
    let can_draw = available(&BANK, settings);
    let shortfall = usize::from(settings.count) > can_draw;

    html! {
        <section class="start" aria-labelledby="start-title">
            <h1 id="start-title">{ BANK.title.as_str() }</h1>
            <p class="lead">
                { format!("A study quiz on the essay. Every question comes from one of its {} claims, each backed by a quote from the text.", BANK.claims.len()) }
            </p>
            if let Some(notice) = props.notice {
                <div class="notice" role="alert">{ notice }</div>
            }
            <form class="card settings" {onsubmit}>
                <fieldset>
                    <legend>{ "How" }</legend>
                    <div class="chips">
                        { for Mode::ALL.iter().map(|&mode| {
                            let label = match mode {
                                Mode::Due if props.info.due > 0 => format!("{} · {}", mode.label(), props.info.due),
                                Mode::Mistakes if props.info.mistakes > 0 => format!("{} · {}", mode.label(), props.info.mistakes),
                                _ => mode.label().to_owned(),
                            };
                            radio("mode", label, settings.mode == mode, on_action.reform(move |_: Event| Action::SetMode(mode)))
                        }) }
                    </div>
                    <p class="hint mode-hint">{ mode_hint(settings.mode, props.info) }</p>
                    if settings.mode == Mode::Learn {
                        <label class="check">
                            <input type="checkbox" checked={props.info.confidence}
                                onchange={on_action.reform({ let on = props.info.confidence; move |_: Event| Action::SetConfidence(!on) })} />
                            <span>{ "Ask how sure I am before checking" }</span>
                        </label>
                    }
                    if settings.mode == Mode::Exam {
                        <div class="chips" role="radiogroup" aria-label="Time limit">
                            { for EXAM_MINUTES.iter().map(|&m| {
                                let label = if m == 0 { "No time limit".to_owned() } else { format!("{m} minutes") };
                                radio("minutes", label, settings.minutes == m, on_action.reform(move |_: Event| Action::SetMinutes(m)))
                            }) }
                        </div>
                    }
                </fieldset>
                <fieldset>
                    <legend>{ "Questions" }</legend>
                    <div class="chips">
                        { for COUNTS.iter().map(|&n| {
                            let onchange = on_action.reform(move |_: Event| Action::SetCount(n));
                            html! {
                                <label class="chip">
                                    <input type="radio" name="count" value={n.to_string()} checked={settings.count == n} {onchange} />
                                    <span>{ n }</span>
                                </label>
                            }
                        }) }
                    </div>
                </fieldset>
                <fieldset>
                    <legend>{ "Sections" }</legend>
                    <div class="chips">
                        { for BANK.sections.iter().enumerate().map(|(i, section)| {
                            let checked = settings.sections.contains(i);
                            let only = checked && settings.sections.iter().count() == 1;
                            toggle(section.id.as_str(), checked, only, on_action.reform(move |_: Event| Action::ToggleSection(i)))
                        }) }
                    </div>
                </fieldset>
                <fieldset>
                    <legend>{ "Question forms" }</legend>
                    <div class="chips">
                        { for Form::ALL.iter().map(|&form| {
                            let checked = settings.forms.contains(form);
                            let only = checked && settings.forms.iter().count() == 1;
                            toggle(form.label(), checked, only, on_action.reform(move |_: Event| Action::ToggleForm(form)))
                        }) }
                    </div>
                </fieldset>
                if shortfall {
                    <p class="hint" role="status">
                        { format!("These choices have {can_draw} questions to draw from, so the quiz will have {can_draw}.") }
                    </p>
                }
                <button type="submit" class="primary" disabled={can_draw == 0}>{ "Start quiz" }</button>
            </form>
            { props.children.clone() }
            <p class="for-teachers">
                <button type="button" class="link"
                    onclick={on_action.reform(|_: MouseEvent| Action::Teacher(essay_quiz::session::TeacherAction::Open(browser::fresh_seed())))}>
                    { "For teachers: assign a quiz, print it, read the results" }
                </button>
            </p>
        </section>
    }
}

/// A line on what the chosen mode does.
fn mode_hint(mode: Mode, info: StartInfo) -> String {
    match mode {
        Mode::Learn => "Feedback after each question, with the essay's words.".to_owned(),
        Mode::Exam => "No feedback until the end; every answer is reviewed then.".to_owned(),
        Mode::Mistakes if info.mistakes == 0 => {
            "Claims you missed in your last quizzes. None yet in these sections.".to_owned()
        }
        Mode::Mistakes => "Claims you missed in your last quizzes, the latest first.".to_owned(),
        Mode::Due => format!(
            "Claims due for review first ({} today), then your weakest, with one new claim in every four.",
            info.due
        ),
    }
}
