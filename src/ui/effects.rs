//! The root component's effects: where the pure state meets storage, the clock, the address
//! bar, other tabs and the page's theme. Each carries out what the state says is pending, and
//! reports back with an action.

use essay_quiz::bank::BANK;
use essay_quiz::link;
use essay_quiz::progress::{RESULT_PREFIX, Theme, parse_record};
use essay_quiz::session::data::DataAction;
use essay_quiz::session::{Action, Screen, State};
use gloo::events::EventListener;
use gloo::timers::callback::Interval;
use gloo::utils::window;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::{browser, storage, updates};

/// Every effect the app needs, from the state after each change.
#[hook]
pub fn use_effects(state: &State, dispatch: &Callback<Action>) {
    // Take the place of the build-time shell, now that the app has rendered; then upgrade
    // records of an older schema, once.
    {
        let dispatch = dispatch.clone();
        let saved = state.saved.clone();
        use_effect_with((), move |_| {
            browser::reveal_app();
            if let Some(message) = storage::upgrade(&saved) {
                dispatch.emit(Action::Notice(message));
            }
        });
    }

    // Save a finished quiz once, from here only; the reducer just marks it pending.
    let pending = state.pending_record().cloned();
    {
        let dispatch = dispatch.clone();
        use_effect_with(pending.as_ref().map(|r| r.key()), move |_| {
            if let Some(record) = pending {
                let result = storage::save(&record);
                dispatch.emit(Action::SaveDone(result));
                storage::ask_to_persist(
                    dispatch.reform(|granted| Action::Data(DataAction::Persisted(granted))),
                );
            }
        });
    }

    // Preferences, written when they change.
    {
        let dispatch = dispatch.clone();
        let (prefs, unreadable) = (state.saved.prefs, state.saved.prefs_unreadable);
        use_effect_with((state.prefs_pending, prefs), move |(pending, prefs)| {
            if *pending {
                dispatch.emit(Action::PrefsSaved(storage::save_prefs(*prefs, unreadable)));
            }
        });
    }

    // An import the student confirmed, or a reset.
    {
        let dispatch = dispatch.clone();
        let plan = state.pending_import().cloned();
        let reset = state.data.reset_pending;
        use_effect_with((plan.clone(), reset), move |_| {
            if let Some(plan) = plan {
                dispatch.emit(Action::Data(DataAction::Stored(storage::apply(&plan))));
            } else if reset {
                dispatch.emit(Action::Data(DataAction::Stored(storage::reset())));
            }
        });
    }

    // Whether the browser keeps this site's data, shown on the progress screen.
    {
        let dispatch = dispatch.clone();
        let on_progress = state.screen == Screen::Progress;
        use_effect_with(on_progress, move |on| {
            if *on {
                browser::persisted(
                    dispatch.reform(|granted| Action::Data(DataAction::Persisted(granted))),
                );
            }
        });
    }

    // An exam's clock: a tick a second while a timed exam runs.
    {
        let dispatch = dispatch.clone();
        let timed = matches!(&state.screen, Screen::Playing(run) if run.deadline.is_some());
        use_effect_with(timed, move |timed| {
            let interval = timed.then(|| {
                Interval::new(1_000, move || dispatch.emit(Action::Tick(browser::clock())))
            });
            move || drop(interval)
        });
    }

    // The colour theme: the system's, or the student's choice.
    use_effect_with(state.saved.prefs.theme, |theme| {
        if let Some(html) = gloo::utils::document().document_element() {
            let _ = match theme {
                Theme::System => html.remove_attribute("data-theme"),
                t => html.set_attribute("data-theme", t.code()),
            };
        }
    });

    // The service worker: offline use, and updates offered rather than forced.
    {
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| {
            updates::start(updates::Hooks {
                on_update: dispatch.reform(|()| Action::UpdateReady),
                on_reach: dispatch.reform(Action::Reachable),
            });
        });
    }

    // Results finished in another tab show up in this one's history.
    {
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&window(), "storage", move |event| {
                let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
                    return;
                };
                let is_result = event.key().is_some_and(|k| k.starts_with(RESULT_PREFIX));
                if let (true, Some(value)) = (is_result, event.new_value()) {
                    if let Ok(record) = parse_record(&value, browser::offset()) {
                        dispatch.emit(Action::RecordSeen(record));
                    }
                }
            });
            move || drop(listener)
        });
    }

    // The address follows the quiz, so reloading or copying it gives the same quiz.
    let address = match &state.screen {
        Screen::Playing(run) | Screen::Results { run, .. } => match &run.title {
            Some(title) => link::assigned_query(&BANK, run.quiz.seed, run.quiz.settings, title),
            None => link::quiz_query(&BANK, &run.quiz),
        },
        Screen::Shared(_) => browser::query(),
        Screen::Start | Screen::Progress | Screen::Teacher | Screen::Print => String::new(),
    };
    use_effect_with(address, |address| browser::set_query(address));
}
