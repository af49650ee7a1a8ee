//! The root component's effects: where the pure state meets storage, the clock, the address
//! bar, other tabs and the page's theme. Each carries out what the state says is pending, and
//! reports back with an action.

use essay_quiz::bank::BANK;
use essay_quiz::progress::{QuizRecord, RESULT_PREFIX, Theme, parse_record};
use essay_quiz::session::data::DataAction;
use essay_quiz::session::{Action, Nav, Screen, State};
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

    // Save a finished quiz, from here only; the reducer just marks it pending. (Saved again
    // when the student adds their name for the results code.)
    let pending = state.pending_record().cloned();
    {
        let dispatch = dispatch.clone();
        use_effect_with(pending.as_ref().map(QuizRecord::to_json), move |_| {
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

    // The quiz in progress, kept on the device after every change: a reload, Back or a
    // discarded tab brings it back as it was.
    {
        let dispatch = dispatch.clone();
        use_effect_with(state.live_run(), move |live| {
            if let Some((key, value)) = live {
                if let Err(why) = storage::save_run(key, value) {
                    dispatch.emit(Action::Notice(format!(
                        "{why}: this quiz is not kept on the device if the page closes. Your answers still count when you finish."
                    )));
                }
            }
        });
    }

    // Quizzes in progress that are over (their result saved) or discarded leave storage.
    {
        let dispatch = dispatch.clone();
        use_effect_with(state.runs_gone.clone(), move |gone| {
            if !gone.is_empty() {
                storage::remove(gone);
                dispatch.emit(Action::RunsRemoved(gone.clone()));
            }
        });
    }

    // The answers of quizzes that could not be resumed (the questions changed) become results.
    {
        let dispatch = dispatch.clone();
        let partials = state.partials.clone();
        use_effect_with(partials.len(), move |_| {
            for (key, record) in partials {
                dispatch.emit(Action::PartialSaved(key, storage::save(&record)));
            }
        });
    }

    // The teacher's screen, kept as they leave it.
    {
        let draft = state.teacher.as_ref().map(|t| t.to_json(&BANK));
        let unreadable = state.teacher_unreadable;
        use_effect_with(draft, move |draft| {
            if let Some(d) = draft {
                let _ = storage::save_teacher(d, unreadable);
            }
        });
    }

    // Each screen has its address: a new history entry when the student moves, so Back and
    // Forward go where they expect and a reload stays put.
    use_effect_with(state.address(), {
        let push = state.nav == Nav::Push;
        move |address| browser::go(address, push)
    });
    {
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&window(), "popstate", move |_| {
                dispatch.emit(Action::Navigate(browser::query(), browser::clock()));
            });
            move || drop(listener)
        });
    }
}

/// Where the page is scrolled: each new screen at its top (its components then focus their
/// heading); the Read view at its passage (the reader does that); and, the essay closed, back
/// where the student was before opening it.
#[hook]
pub fn use_scroll(state: &State) {
    let before_reading = use_mut_ref(|| None::<f64>);
    let was_reading = use_mut_ref(|| false);
    let reading = state.reading.is_some();
    // Read while the page still shows the screen the essay is opened from.
    if reading && !*was_reading.borrow() {
        *before_reading.borrow_mut() = window().scroll_y().ok();
    }
    *was_reading.borrow_mut() = reading;
    let first = use_mut_ref(|| true);
    use_effect_with((state.screen_address(), reading), move |(_, reading)| {
        if !*reading {
            let restored = before_reading.borrow_mut().take();
            window().scroll_to_with_x_and_y(0.0, restored.unwrap_or(0.0));
            // A screen whose parts did not take the focus gives it to its heading (not on the
            // first load: the page has just opened).
            let document = gloo::utils::document();
            let idle = document
                .active_element()
                .is_none_or(|e| e.tag_name() == "BODY");
            if idle && restored.is_none() && !first.replace(false) {
                if let Some(h) = document
                    .query_selector("main h1[tabindex]")
                    .ok()
                    .flatten()
                    .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    let _ = h.focus();
                }
            }
            *first.borrow_mut() = false;
        }
    });
}
