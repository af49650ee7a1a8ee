//! The start screen: what to practise, and the history below.

use essay_quiz::bank::{BANK, Form};
use essay_quiz::quiz::{COUNTS, Settings, available};
use essay_quiz::session::Action;
use yew::prelude::*;

use crate::ui::browser;

#[derive(Properties, PartialEq)]
pub struct StartProps {
    pub settings: Settings,
    /// A message about the link the page was opened with.
    pub notice: Option<String>,
    pub on_action: Callback<Action>,
    /// The history.
    pub children: Html,
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

#[function_component(Start)]
pub fn start(props: &StartProps) -> Html {
    let settings = props.settings;
    let on_action = &props.on_action;
    let onsubmit = on_action.reform(|e: SubmitEvent| {
        e.prevent_default();
        Action::Start(browser::fresh_seed())
    });
    let can_draw = available(&BANK, settings);
    let shortfall = usize::from(settings.count) > can_draw;

    html! {
        <section class="start" aria-labelledby="start-title">
            <h1 id="start-title">{ BANK.title.as_str() }</h1>
            <p class="lead">
                { format!("A study quiz on the essay. Every question comes from one of its {} claims, each backed by a quote from the text.", BANK.claims.len()) }
            </p>
            if let Some(notice) = &props.notice {
                <div class="notice" role="alert">{ notice }</div>
            }
            <form class="card settings" {onsubmit}>
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
        </section>
    }
}
