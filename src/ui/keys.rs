//! Keyboard shortcuts: digits pick an option, Enter confirms or moves on. Typing in a field
//! and pressing buttons or links keep their usual meaning.

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlInputElement, KeyboardEvent};
use yew::prelude::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    /// 1–9, as an index from 0.
    Digit(usize),
    Enter,
}

fn quiz_key(event: &KeyboardEvent) -> Option<Key> {
    if event.ctrl_key() || event.alt_key() || event.meta_key() || event.default_prevented() {
        return None;
    }
    // The Read view lies over the question, which keeps its place but not the keys.
    let reading = gloo::utils::document()
        .query_selector(".reader")
        .ok()
        .flatten()
        .is_some();
    if reading {
        return None;
    }
    let target = event
        .target()
        .and_then(|t| t.dyn_into::<HtmlElement>().ok());
    let tag = target
        .as_ref()
        .map(|t| t.tag_name().to_ascii_lowercase())
        .unwrap_or_default();
    let typing = match tag.as_str() {
        "textarea" | "select" => true,
        "input" => target
            .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
            .is_some_and(|i| !matches!(i.type_().as_str(), "radio" | "checkbox")),
        _ => false,
    };
    if typing {
        return None;
    }
    let key = event.key();
    match key.as_str() {
        "Enter" if !matches!(tag.as_str(), "button" | "a") => Some(Key::Enter),
        _ => key
            .parse::<usize>()
            .ok()
            .filter(|d| (1..=9).contains(d))
            .map(|d| Key::Digit(d - 1)),
    }
}

/// Calls `on_key` for each quiz key pressed anywhere on the page while the caller is mounted.
/// `on_key` returns whether it used the key: a used key is not passed on to later handlers (an
/// answered question ignores Enter, so the feedback or the evidence step gets it).
#[hook]
pub fn use_quiz_keys(on_key: Callback<Key, bool>) {
    // One listener for the component's life, calling the latest `on_key`: a listener that
    // re-registered on every render could still hold the previous render's state.
    let latest = use_mut_ref(|| on_key.clone());
    *latest.borrow_mut() = on_key;
    use_effect_with((), move |_| {
        // Not passive: `prevent_default` must work (a passive listener would ignore it).
        let options = EventListenerOptions::enable_prevent_default();
        let document = gloo::utils::document();
        let listener =
            EventListener::new_with_options(&document, "keydown", options, move |event| {
                if let Some(key) = event.dyn_ref::<KeyboardEvent>().and_then(quiz_key) {
                    let used = latest.borrow().emit(key);
                    if used {
                        // Also keeps Enter from reaching whatever takes focus next.
                        event.prevent_default();
                    }
                }
            });
        move || drop(listener)
    });
}
