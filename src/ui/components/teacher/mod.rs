//! For teachers: build a quiz to hand out by link, print it with its key, and paste the codes
//! the students send back to see each one's score and how the class did on each question.

mod class;
mod print;

pub use print::Print;

use std::rc::Rc;

use essay_quiz::bank::{BANK, Form};
use essay_quiz::link;
use essay_quiz::quiz::{EXAM_MINUTES, Mode, available};
use essay_quiz::session::{Action, TeacherAction, TeacherPanel};
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::ui::browser;
use crate::ui::focus::use_focus_on_mount;

/// The question counts a teacher may choose.
const COUNTS: [u8; 5] = [5, 10, 15, 20, 30];

#[derive(Properties, PartialEq)]
pub struct TeacherProps {
    pub panel: Rc<TeacherPanel>,
    pub on_action: Callback<Action>,
}

fn chip(
    kind: &'static str,
    name: &'static str,
    label: String,
    checked: bool,
    disabled: bool,
    onchange: Callback<Event>,
) -> Html {
    html! {
        <label class="chip">
            <input type={kind} {name} {checked} {disabled} {onchange} />
            <span>{ label }</span>
        </label>
    }
}

#[function_component(Teacher)]
pub fn teacher(props: &TeacherProps) -> Html {
    let heading = use_focus_on_mount(true);
    let copied = use_state(|| None::<bool>);
    let t = &props.panel;
    let s = t.settings;
    let act = Action::Teacher;
    let quiz = t.quiz(&BANK);
    let link = browser::url_with(&link::assigned_query(&BANK, t.seed, s, t.title()));
    let title_input = props.on_action.reform(|e: InputEvent| {
        let value = e
            .target_dyn_into::<HtmlInputElement>()
            .map(|i| i.value())
            .unwrap_or_default();
        Action::Teacher(TeacherAction::SetTitle(value))
    });
    let copy = {
        let copied = copied.clone();
        let link = link.clone();
        Callback::from(move |_: MouseEvent| {
            let copied = copied.clone();
            browser::copy(&link, Callback::from(move |ok| copied.set(Some(ok))));
        })
    };
    let paste = props.on_action.reform(|e: InputEvent| {
        let value = e
            .target_dyn_into::<HtmlTextAreaElement>()
            .map(|a| a.value())
            .unwrap_or_default();
        Action::Teacher(TeacherAction::Paste(value))
    });
    let can_draw = available(&BANK, s);

    html! {
        <section class="teacher" aria-labelledby="teacher-title">
            <div class="reader-head">
                <h1 id="teacher-title" tabindex="-1" ref={heading}>{ "For teachers" }</h1>
                <button type="button" class="secondary" onclick={props.on_action.reform(|_: MouseEvent| Action::Home)}>{ "Start page" }</button>
            </div>
            <p class="lead">{ "Give every student the same quiz by a link, print it for a class without devices, and read the results the students send back. No accounts, no server: nothing leaves a device unless someone sends it." }</p>

            <form class="card settings" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                <h2>{ "The quiz" }</h2>
                <label for="assign-title" class="field-label">{ "Title" }</label>
                <input id="assign-title" class="field" type="text" value={t.title.clone()} oninput={title_input}
                    placeholder="For example: Week 3, Kronstadt" aria-describedby="title-hint" maxlength={essay_quiz::teacher::MAX_TITLE.to_string()} />
                <p id="title-hint" class={classes!("hint", t.title.trim().is_empty().then_some("warn"))} data-testid="title-hint">
                    { if t.title.trim().is_empty() { "No title yet: students would see “Quiz”. Give it the name they know it by." } else { "Students see this title, and it heads their results code." } }
                </p>
                <fieldset>
                    <legend>{ "How" }</legend>
                    <div class="chips">
                        { for [Mode::Learn, Mode::Exam].iter().map(|&m| chip("radio", "assign-mode", m.label().to_owned(), s.mode == m, false,
                            props.on_action.reform(move |_: Event| act(TeacherAction::SetMode(m))))) }
                    </div>
                    <p class="hint">{ if s.mode == Mode::Exam { "Exam: no feedback until the end, and the essay stays closed while it runs." } else { "Learn: feedback after each question, with the essay open to read." } }</p>
                    if s.mode == Mode::Exam {
                        <div class="chips" role="radiogroup" aria-label="Time limit">
                            { for EXAM_MINUTES.iter().map(|&m| chip("radio", "assign-minutes",
                                if m == 0 { "No time limit".to_owned() } else { format!("{m} minutes") }, s.minutes == m, false,
                                props.on_action.reform(move |_: Event| act(TeacherAction::SetMinutes(m))))) }
                        </div>
                    }
                </fieldset>
                <fieldset>
                    <legend>{ "Questions" }</legend>
                    <div class="chips">
                        { for COUNTS.iter().map(|&n| chip("radio", "assign-count", n.to_string(), s.count == n, false,
                            props.on_action.reform(move |_: Event| act(TeacherAction::SetCount(n))))) }
                    </div>
                </fieldset>
                <fieldset>
                    <legend>{ "Sections" }</legend>
                    <div class="chips">
                        { for BANK.sections.iter().enumerate().map(|(i, sec)| {
                            let checked = s.sections.contains(i);
                            chip("checkbox", "assign-section", sec.id.to_string(), checked, checked && s.sections.iter().count() == 1,
                                props.on_action.reform(move |_: Event| act(TeacherAction::ToggleSection(i))))
                        }) }
                    </div>
                </fieldset>
                <fieldset>
                    <legend>{ "Question forms" }</legend>
                    <div class="chips">
                        { for Form::ALL.iter().map(|&f| {
                            let checked = s.forms.contains(f);
                            chip("checkbox", "assign-form", f.label().to_owned(), checked, checked && s.forms.iter().count() == 1,
                                props.on_action.reform(move |_: Event| act(TeacherAction::ToggleForm(f))))
                        }) }
                    </div>
                    <label class="check">
                        <input type="checkbox" checked={s.background}
                            onchange={props.on_action.reform({ let on = s.background; move |_: Event| act(TeacherAction::SetBackground(!on)) })} />
                        <span>{ "Background facts too (otherwise at most one question in five asks what anyone who knows the period knows)" }</span>
                    </label>
                </fieldset>
                if usize::from(s.count) > can_draw {
                    <p class="hint" role="status">{ format!("These choices have {can_draw} questions to draw from, so the quiz will have {can_draw}.") }</p>
                }
            </form>

            <div class="card">
                <h2>{ "Hand it out" }</h2>
                <label for="assign-link" class="field-label">{ "The link for your students" }</label>
                <div class="share-row">
                    <input id="assign-link" class="field" type="text" readonly=true value={link} />
                    <button type="button" class="secondary" onclick={copy}>{ "Copy link" }</button>
                </div>
                <p class="muted" role="status">
                    { match *copied { Some(true) => "Link copied.", Some(false) => "Copying was blocked: select the link and copy it.", None => "" } }
                </p>
                <p>{ "Everyone who opens it gets these questions, in this order, with these options; they cannot change the settings. At the end each student copies a results code for you." }</p>
                <div class="actions">
                    <button type="button" class="primary" onclick={props.on_action.reform(|_: MouseEvent| Action::Teacher(TeacherAction::Print))}>{ "Print the quiz and its key" }</button>
                    <button type="button" class="secondary" onclick={props.on_action.reform(|_: MouseEvent| Action::Teacher(TeacherAction::Reshuffle(browser::fresh_seed())))}>{ "Draw other questions" }</button>
                </div>
                <details>
                    <summary>{ format!("Preview the {} questions", quiz.questions.len()) }</summary>
                    <ol class="preview" data-testid="preview">
                        { for quiz.questions.iter().map(|q| html! {
                            <li>
                                <span class="muted">{ format!("{} · ", q.form.label()) }</span>
                                { q.prompt() }
                                if let Some(st) = q.statement(&BANK) { <span>{ format!(" “{st}”") }</span> }
                            </li>
                        }) }
                    </ol>
                </details>
            </div>

            <div class="card">
                <h2>{ "Results" }</h2>
                <label for="codes" class="field-label">{ "Paste the results codes your students sent you, one per line" }</label>
                <textarea id="codes" class="field codes" rows="5" value={t.pasted.clone()} oninput={paste}
                    spellcheck="false" autocomplete="off" />
                <p class="muted">{ "A code shows what a student answered; it is not proof: a student who knows how could edit it. A checksum catches codes damaged in copying." }</p>
                { for t.bad.iter().map(|b| html! {
                    <p class="warn" role="alert" data-testid="bad-code">{ format!("Line {}{}: {}.", b.line, b.name.as_ref().map(|n| format!(", from {n}")).unwrap_or_default(), b.error) }</p>
                }) }
                { for t.classes.iter().map(|class| class::class_results(&class::ClassProps { class, on_action: &props.on_action })) }
            </div>
        </section>
    }
}
