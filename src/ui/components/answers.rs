//! The answer controls of each question form. Each works by mouse, touch and keyboard, and once
//! answered shows what was given, disabled.

use std::cell::Cell;
use std::rc::Rc;

use essay_quiz::bank::BANK;
use essay_quiz::progress::Confidence;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::ui::focus::use_focus_on_mount;
use crate::ui::keys::{Key, use_quiz_keys};

/// How the question on screen is checked, passed to its answer controls: with Learn's
/// confidence, one tap says how sure and checks; in an exam the answer is only saved.
#[derive(Clone, PartialEq)]
pub struct Check {
    pub confidence: bool,
    /// The button's words: "Check answer", "Save answer", "Finish exam".
    pub label: &'static str,
    /// The confidence tapped, read by the question once the answer comes.
    pub sure: Rc<Cell<Option<Confidence>>>,
}

/// The buttons that check an answer: one, or with confidence one per level. `submit` is `None`
/// inside a form (the buttons submit it), or what a click does.
impl Default for Check {
    fn default() -> Check {
        Check {
            confidence: false,
            label: "Check answer",
            sure: Rc::new(Cell::new(None)),
        }
    }
}

fn check_actions(
    check: &Check,
    disabled: bool,
    submit: Option<Callback<MouseEvent>>,
    hint: &'static str,
) -> Html {
    let button_type = if submit.is_some() { "button" } else { "submit" };
    if check.confidence {
        html! {
            <div class="actions sure" role="group" aria-label="Check it: how sure are you?">
                <span class="muted">{ "Check it: how sure are you?" }</span>
                { for Confidence::ALL.iter().map(|&level| {
                    let sure = check.sure.clone();
                    let submit = submit.clone();
                    let onclick = Callback::from(move |e: MouseEvent| {
                        sure.set(Some(level));
                        if let Some(s) = &submit {
                            s.emit(e);
                        }
                    });
                    html! { <button type={button_type} class="secondary" {disabled} {onclick}>{ level.label() }</button> }
                }) }
            </div>
        }
    } else {
        html! {
            <div class="actions">
                <button type={button_type} class="primary" {disabled} onclick={submit}>{ check.label }</button>
                <span class="keyhint" aria-hidden="true">{ hint }</span>
            </div>
        }
    }
}

fn focus_by_id(id: &str) {
    if let Some(el) = gloo::utils::document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

#[derive(Properties, PartialEq)]
pub struct ChoiceProps {
    pub options: Vec<AttrValue>,
    /// (chosen, right) once answered.
    pub answered: Option<(usize, usize)>,
    /// Checked and waiting for the student's confidence: shown as given, no longer editable.
    #[prop_or_default]
    pub locked: bool,
    /// How it is checked (see [`Check`]).
    #[prop_or_default]
    pub check: Check,
    pub on_answer: Callback<usize>,
    /// The options are sentences quoted from the essay.
    #[prop_or_default]
    pub quotes: bool,
    /// Tells two option groups on one screen apart (ids and radio names).
    #[prop_or_default]
    pub name: Option<AttrValue>,
}

/// The key hint for a number of options (no `format!` on this path).
const KEYS_HINT: [&str; 5] = [
    "Enter checks",
    "Key 1 chooses, Enter checks",
    "Keys 1–2 choose, Enter checks",
    "Keys 1–3 choose, Enter checks",
    "Keys 1–4 choose, Enter checks",
];

/// Options as a radio group: click or tap one, or press its digit; then check.
#[function_component(ChoiceAnswer)]
pub fn choice_answer(props: &ChoiceProps) -> Html {
    let selected = use_state(|| None::<usize>);
    let answered = props.answered;
    let inactive = answered.is_some() || props.locked;
    let count = props.options.len();
    let name = props
        .name
        .clone()
        .unwrap_or_else(|| AttrValue::from("option"));
    {
        let selected = selected.clone();
        let on_answer = props.on_answer.clone();
        let name = name.clone();
        use_quiz_keys(Callback::from(move |key| match key {
            _ if inactive => false,
            Key::Digit(i) if i < count => {
                selected.set(Some(i));
                focus_by_id(&format!("{name}-{i}"));
                true
            }
            Key::Enter => {
                if let Some(i) = *selected {
                    on_answer.emit(i);
                }
                true
            }
            Key::Digit(_) => false,
        }));
    }
    let onsubmit = {
        let selected = selected.clone();
        let on_answer = props.on_answer.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let Some(i) = *selected {
                on_answer.emit(i);
            }
        })
    };
    html! {
        <form class="answer" {onsubmit}>
            <fieldset class={classes!("options", props.quotes.then_some("quotes"))} disabled={inactive}>
                <legend class="sr-only">{ "Options" }</legend>
                { for props.options.iter().enumerate().map(|(i, text)| {
                    let onchange = { let selected = selected.clone(); Callback::from(move |_: Event| selected.set(Some(i))) };
                    let state = match answered {
                        Some((_, right)) if right == i => "right",
                        Some((chosen, _)) if chosen == i => "wrong",
                        _ => "",
                    };
                    let checked = answered.map_or(*selected == Some(i), |(c, _)| c == i);
                    html! {
                        <label class={classes!("option", state, checked.then_some("chosen"))}>
                            <input type="radio" id={format!("{name}-{i}")} name={name.clone()} {checked} {onchange} />
                            <span class="key" aria-hidden="true">{ i + 1 }</span>
                            <span class="text">
                                { text.clone() }
                                if state == "right" {
                                    <span class="tag">{ "Right answer" }</span>
                                } else if state == "wrong" {
                                    <span class="tag">{ "Your answer" }</span>
                                }
                            </span>
                        </label>
                    }
                }) }
            </fieldset>
            if !inactive {
                { check_actions(&props.check, selected.is_none(), None, KEYS_HINT[count.min(KEYS_HINT.len() - 1)]) }
            }
        </form>
    }
}

#[derive(Properties, PartialEq)]
pub struct BlankProps {
    /// The sentence with one `____`.
    pub text: &'static str,
    /// (typed, right) once answered.
    pub answered: Option<(String, bool)>,
    /// Checked and waiting for the student's confidence: shown as given, no longer editable.
    #[prop_or_default]
    pub locked: bool,
    /// How it is checked (see [`Check`]).
    #[prop_or_default]
    pub check: Check,
    pub on_answer: Callback<String>,
}

/// A sentence with a gap and a field to type what fills it.
#[function_component(BlankAnswer)]
pub fn blank_answer(props: &BlankProps) -> Html {
    let typed = use_state(String::new);
    let input = use_focus_on_mount(true);
    let (before, after) = props.text.split_once("____").unwrap_or((props.text, ""));
    let oninput = {
        let typed = typed.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(i) = e.target_dyn_into::<HtmlInputElement>() {
                typed.set(i.value());
            }
        })
    };
    let onsubmit = {
        let typed = typed.clone();
        let on_answer = props.on_answer.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if !typed.trim().is_empty() {
                on_answer.emit((*typed).clone());
            }
        })
    };
    let answered = props.answered.clone();
    let value = answered
        .as_ref()
        .map_or_else(|| (*typed).clone(), |(t, _)| t.clone());
    let state = answered
        .as_ref()
        .map(|(_, right)| if *right { "right" } else { "wrong" });
    html! {
        <form class="answer" {onsubmit}>
            <p class="blank-text" id="blank-text">
                { before }<span class="gap" aria-label="blank">{ "_____" }</span>{ after }
            </p>
            <label for="blank-input" class="field-label">{ "Your answer" }</label>
            <input id="blank-input" ref={input} class={classes!("field", state)} type="text" autocomplete="off"
                autocapitalize="off" spellcheck="false" aria-describedby="blank-text" {value} {oninput}
                disabled={answered.is_some() || props.locked} />
            if answered.is_none() && !props.locked {
                { check_actions(&props.check, typed.trim().is_empty(), None, "Enter checks") }
            }
        </form>
    }
}

#[derive(Properties, PartialEq)]
pub struct OrderProps {
    /// Claims with events, in the order first shown.
    pub items: Vec<u16>,
    /// The order given, once answered.
    pub answered: Option<Vec<u16>>,
    /// Checked and waiting for the student's confidence: shown as given, no longer editable.
    #[prop_or_default]
    pub locked: bool,
    /// How it is checked (see [`Check`]).
    #[prop_or_default]
    pub check: Check,
    pub on_answer: Callback<Vec<u16>>,
}

fn event_what(claim: u16) -> &'static str {
    BANK.claims[usize::from(claim)]
        .event
        .as_ref()
        .map_or("", |e| e.what.as_str())
}

/// Events to put in order with "move up" and "move down" buttons: no dragging needed.
#[function_component(OrderAnswer)]
pub fn order_answer(props: &OrderProps) -> Html {
    let order = use_state(|| props.items.clone());
    // The button to keep focused once a move has re-rendered the list.
    let focus = use_mut_ref(|| None::<String>);
    let announcement = use_state(String::new);
    {
        let focus = focus.clone();
        use_effect_with((*order).clone(), move |_| {
            if let Some(id) = focus.borrow_mut().take() {
                focus_by_id(&id);
            }
        });
    }
    let answered = props.answered.is_some() || props.locked;
    {
        let order = order.clone();
        let on_answer = props.on_answer.clone();
        use_quiz_keys(Callback::from(move |key| {
            let used = key == Key::Enter && !answered;
            if used {
                on_answer.emit((*order).clone());
            }
            used
        }));
    }
    let shown = props.answered.clone().unwrap_or_else(|| (*order).clone());
    let len = shown.len();
    let mover = |pos: usize, up: bool| {
        let order = order.clone();
        let focus = focus.clone();
        let announcement = announcement.clone();
        Callback::from(move |_: MouseEvent| {
            let target = if up {
                pos.checked_sub(1)
            } else {
                Some(pos + 1).filter(|&t| t < len)
            };
            if let Some(target) = target {
                let mut next = (*order).clone();
                next.swap(pos, target);
                let claim = next[target];
                // Keep the focus on the same button as the item moves, unless it cannot move again.
                let again = if up { target > 0 } else { target + 1 < len };
                let dir = if again == up { "up" } else { "down" };
                *focus.borrow_mut() = Some(format!("move-{dir}-{claim}"));
                announcement.set(format!(
                    "{} moved to position {} of {len}.",
                    event_what(claim),
                    target + 1
                ));
                order.set(next);
            }
        })
    };
    let submit = {
        let order = order.clone();
        let on_answer = props.on_answer.clone();
        Callback::from(move |_: MouseEvent| on_answer.emit((*order).clone()))
    };
    html! {
        <div class="answer">
            <ol class="order" aria-label="Events, earliest first">
                { for shown.iter().enumerate().map(|(pos, &claim)| {
                    let what = event_what(claim);
                    html! {
                        <li key={claim}>
                            <span class="pos" aria-hidden="true">{ pos + 1 }</span>
                            <span class="what">{ what }</span>
                            if !answered {
                                <span class="moves">
                                    <button type="button" class="icon" id={format!("move-up-{claim}")} disabled={pos == 0}
                                        aria-label={format!("Move “{what}” earlier")} onclick={mover(pos, true)}>{ "↑" }</button>
                                    <button type="button" class="icon" id={format!("move-down-{claim}")} disabled={pos + 1 == len}
                                        aria-label={format!("Move “{what}” later")} onclick={mover(pos, false)}>{ "↓" }</button>
                                </span>
                            }
                        </li>
                    }
                }) }
            </ol>
            <p class="sr-only" aria-live="polite">{ (*announcement).clone() }</p>
            if !answered {
                { check_actions(&props.check, false, Some(submit), "Enter checks") }
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct MatchProps {
    /// Claims with attributions, one per row.
    pub rows: Vec<u16>,
    pub names: Vec<AttrValue>,
    /// The name chosen for each row, once answered.
    pub answered: Option<Vec<usize>>,
    /// Checked and waiting for the student's confidence: shown as given, no longer editable.
    #[prop_or_default]
    pub locked: bool,
    /// How it is checked (see [`Check`]).
    #[prop_or_default]
    pub check: Check,
    pub on_answer: Callback<Vec<usize>>,
}

/// Each attribution with a list to choose who, according to the essay, said or did it.
#[function_component(MatchAnswer)]
pub fn match_answer(props: &MatchProps) -> Html {
    let chosen = use_state(|| vec![None::<usize>; props.rows.len()]);
    let answered = props.answered.clone();
    let complete: Option<Vec<usize>> = chosen.iter().copied().collect();
    {
        let complete = complete.clone();
        let on_answer = props.on_answer.clone();
        let is_answered = answered.is_some() || props.locked;
        use_quiz_keys(Callback::from(move |key| {
            if let (Key::Enter, false, Some(all)) = (key, is_answered, &complete) {
                on_answer.emit(all.clone());
            }
            key == Key::Enter && !is_answered
        }));
    }
    let submit = {
        let on_answer = props.on_answer.clone();
        let complete = complete.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(all) = &complete {
                on_answer.emit(all.clone());
            }
        })
    };
    html! {
        <div class="answer">
            <ol class="matches">
                { for props.rows.iter().enumerate().map(|(row, &claim)| {
                    let what = BANK.claims[usize::from(claim)].attribution.as_ref().map_or("", |a| a.what.as_str());
                    let onchange = {
                        let chosen = chosen.clone();
                        Callback::from(move |e: Event| {
                            if let Some(select) = e.target_dyn_into::<HtmlSelectElement>() {
                                let mut next = (*chosen).clone();
                                next[row] = select.value().parse().ok();
                                chosen.set(next);
                            }
                        })
                    };
                    let current = answered.as_ref().map_or(chosen[row], |a| a.get(row).copied());
                    html! {
                        <li class="match-row">
                            <label for={format!("match-{row}")} class="match-what">{ what }</label>
                            <select id={format!("match-{row}")} class="field" {onchange} disabled={answered.is_some() || props.locked}>
                                <option value="" selected={current.is_none()}>{ "Who? Choose…" }</option>
                                { for props.names.iter().enumerate().map(|(i, name)| html! {
                                    <option value={i.to_string()} selected={current == Some(i)}>{ name.clone() }</option>
                                }) }
                            </select>
                        </li>
                    }
                }) }
            </ol>
            if answered.is_none() && !props.locked {
                { check_actions(&props.check, complete.is_none(), Some(submit), "Enter checks") }
            }
        </div>
    }
}
