//! The start screen: one obvious thing to do first (resume a quiz in progress, review what is
//! due, or start a quiz), the choices folded under "More options", and the history below.

use essay_quiz::bank::{BANK, Form};
use essay_quiz::quiz::{COUNTS, EXAM_MINUTES, Mode, Settings, available};
use essay_quiz::session::{Action, Paused};
use yew::prelude::*;

use super::describe_sections;
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
    /// Quizzes in progress on this device, newest first.
    pub paused: &'a [Paused],
    /// The one the student is asked about discarding.
    pub asking_discard: Option<&'a str>,
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

/// "Learn · 10 questions on the whole essay": what a quiz of these settings is.
fn describe(settings: &Settings) -> String {
    format!(
        "{} · {} questions on {}",
        settings.mode.label(),
        settings.count,
        describe_sections(&BANK, settings)
    )
}

/// The first thing to do, in one box whose size does not depend on what it offers (so the page
/// does not move when the app replaces the first paint): resume the newest quiz in progress,
/// else review what is due, else start a quiz of the chosen settings.
fn first_action(props: &StartProps<'_>) -> Html {
    let on_action = props.on_action;
    let settings = props.settings;
    let start =
        on_action.reform(|_: MouseEvent| Action::Start(browser::fresh_seed(), browser::clock()));
    let resumable = props
        .paused
        .iter()
        .find_map(|p| p.run.as_ref().ok().map(|r| (p.key.clone(), r)));
    let (label, line, onclick, alt) = if let Some((key, run)) = resumable {
        let exam = !run.quiz.settings.mode.has_feedback();
        let alt = if exam {
            html! { <span class="muted">{ "An exam keeps its clock: resume it to finish or end it." }</span> }
        } else {
            discard_button(
                &key,
                run.outcomes.len(),
                props.asking_discard == Some(key.as_str()),
                on_action,
            )
        };
        (
            format!(
                "Resume your {} (question {} of {})",
                if exam { "exam" } else { "quiz" },
                run.index() + 1,
                run.quiz.questions.len()
            ),
            run.title
                .clone()
                .unwrap_or_else(|| describe(&run.quiz.settings)),
            on_action.reform(move |_: MouseEvent| Action::Resume(key.clone(), browser::clock())),
            alt,
        )
    } else if props.info.due > 0 && settings == Settings::standard(&BANK) {
        (
            format!("Review {} due today", props.info.due),
            format!(
                "{} questions: the {} due today first, then your weakest claims and some new ones.",
                settings.count, props.info.due
            ),
            on_action
                .reform(|_: MouseEvent| Action::StudyDue(browser::fresh_seed(), browser::clock())),
            html! { <button type="button" class="link" onclick={start}>{ "Or start a new quiz" }</button> },
        )
    } else {
        (
            "Start quiz".to_owned(),
            describe(&settings),
            start,
            html! { <span class="muted">{ "Change the questions under “More options”." }</span> },
        )
    };
    html! {
        <div class="card first" data-testid="first-action">
            <button type="button" class="primary big" {onclick}>{ label }</button>
            <p class="muted first-line">{ line }</p>
            <p class="first-alt">{ alt }</p>
            { for props.paused.iter().skip(1).map(|p| paused_line(p, props.asking_discard, on_action)) }
            if props.paused.first().is_some_and(|p| p.run.is_err()) {
                { paused_line(&props.paused[0], props.asking_discard, on_action) }
            }
        </div>
    }
}

/// Another quiz in progress (two tabs, or one that cannot be read).
fn paused_line(p: &Paused, asking: Option<&str>, on_action: &Callback<Action>) -> Html {
    match &p.run {
        Ok(run) => {
            let resume = {
                let key = p.key.clone();
                on_action.reform(move |_: MouseEvent| Action::Resume(key.clone(), browser::clock()))
            };
            html! {
                <p class="paused">
                    { format!("Also in progress: question {} of {}. ", run.index() + 1, run.quiz.questions.len()) }
                    <button type="button" class="link" onclick={resume}>{ "Resume" }</button>
                    if run.quiz.settings.mode.has_feedback() {
                        { " · " }{ discard_button(&p.key, run.outcomes.len(), asking == Some(p.key.as_str()), on_action) }
                    }
                </p>
            }
        }
        Err(_) => html! {
            <p class="paused warn">
                { "A quiz in progress could not be read (saved by another version?). It is kept on this device. " }
                { discard_button(&p.key, 0, asking == Some(p.key.as_str()), on_action) }
            </p>
        },
    }
}

/// "Discard it", which asks once before its answers are dropped.
fn discard_button(key: &str, answered: usize, asking: bool, on_action: &Callback<Action>) -> Html {
    let key = key.to_owned();
    if asking {
        html! {
            <span role="group" aria-label="Discard this quiz?">
                { format!("Discard it? Its {answered} answer{} will not count. ", if answered == 1 { "" } else { "s" }) }
                <button type="button" class="link danger" onclick={on_action.reform(move |_: MouseEvent| Action::Discard(key.clone()))}>{ "Discard" }</button>
                { " · " }
                <button type="button" class="link" onclick={on_action.reform(|_: MouseEvent| Action::AskDiscard(None))}>{ "Keep it" }</button>
            </span>
        }
    } else {
        html! { <button type="button" class="link" onclick={on_action.reform(move |_: MouseEvent| Action::AskDiscard(Some(key.clone())))}>{ "Discard it" }</button> }
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
            <h1 id="start-title" tabindex="-1">{ BANK.title.as_str() }</h1>
            <p class="lead">
                { format!("A study quiz on the essay. Every question comes from one of its {} claims, each backed by a quote from the text.", BANK.claims.len()) }
            </p>
            if let Some(notice) = props.notice {
                <div class="notice" role="alert">{ notice }</div>
            }
            { first_action(props) }
            <details class="card more-options">
            <summary>{ "More options: how, how many, which sections and forms" }</summary>
            <form class="settings" {onsubmit}>
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
                    <label class="check">
                        <input type="checkbox" checked={settings.background}
                            onchange={on_action.reform({ let on = settings.background; move |_: Event| Action::SetBackground(!on) })} />
                        <span>{ "Background facts too: what the essay mentions that anyone who knows the period knows (otherwise at most one question in five)" }</span>
                    </label>
                </fieldset>
                if shortfall {
                    <p class="hint" role="status">
                        { format!("These choices have {can_draw} questions to draw from, so the quiz will have {can_draw}.") }
                    </p>
                }
                <button type="submit" class="primary" disabled={can_draw == 0}>{ "Start quiz with these options" }</button>
            </form>
            </details>
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
