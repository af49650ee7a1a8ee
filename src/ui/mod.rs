//! The Yew view: renders the core's [`State`] and turns input into [`Action`]s. Storage, the
//! clock and the address bar are reached from the root component's effects only.

pub mod browser;
mod components;
mod effects;
mod focus;
mod keys;
mod storage;
mod updates;

use std::rc::Rc;

use essay_quiz::bank::BANK;
use essay_quiz::progress::Saved;
use essay_quiz::quiz::Settings;
use essay_quiz::session::resume::rebuild;
use essay_quiz::session::{Action, SaveState, Screen, State};
use yew::prelude::*;

use components::{
    Feedback, HeaderProps, HistoryProps, Print, Progress, ProgressData, QuestionView, Reader,
    Results, SharedProps, StartInfo, StartProps, StatusProps, Teacher, header, history,
    past_summary, shared, start, status,
};

/// Set at build time to tell builds apart (the update test builds a second, labelled one).
const BUILD_LABEL: Option<&str> = option_env!("ESSAY_QUIZ_BUILD_LABEL");

/// The state as Yew holds it.
#[derive(Clone)]
struct AppState(State);

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(AppState(self.0.clone().apply(action)))
    }
}

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(|| {
        AppState(State::open(
            &BANK,
            &browser::query(),
            storage::load(),
            browser::clock(),
        ))
    });
    let dispatch = {
        let dispatcher = state.dispatcher();
        Callback::from(move |action: Action| dispatcher.dispatch(action))
    };
    effects::use_effects(&state.0, &dispatch);
    effects::use_scroll(&state.0);

    let s = &state.0;
    // The Read view lies over the screen it was opened from, which stays as it was (a typed
    // answer, a chosen option) for when the essay closes.
    let screen = {
        match &s.screen {
            Screen::Start => start(&StartProps {
                settings: s.settings,
                paused: &s.paused,
                asking_discard: s.asking_discard.as_deref(),
                notice: s.notice.as_deref(),
                info: start_info(s),
                on_action: &dispatch,
                children: history(&HistoryProps {
                    saved: &s.saved,
                    storage_ok: storage::is_available(),
                    on_action: &dispatch,
                }),
            }),
            Screen::Shared(link) => shared(&SharedProps {
                link,
                notice: s.notice.as_deref(),
                on_action: &dispatch,
            }),
            Screen::Playing(run) => {
                let index = run.index();
                html! {
                    <QuestionView key={index} run={Rc::new(run.clone())} now={s.now} on_action={dispatch.clone()}>
                        if let (Some(q), Some(o)) = (run.current(), run.current_outcome()) {
                            <Feedback question={Rc::new(q.clone())} outcome={Rc::new(o.clone())}
                                is_last={index + 1 == run.quiz.questions.len()}
                                can_find_evidence={run.can_find_evidence(&BANK)}
                                step={run.step.clone().map(Rc::new)} on_action={dispatch.clone()} />
                        }
                    </QuestionView>
                }
            }
            Screen::Results { run, record, save } => html! {
                <Results run={Rc::new(run.clone())} record={Rc::new(record.clone())} save={save.clone()}
                    name={AttrValue::from(s.student_name.clone())} on_action={dispatch.clone()} />
            },
            Screen::Past(key) => match s.saved.records.iter().find(|r| r.key() == *key) {
                Some(record) => match rebuild(&BANK, record, record.finished_at) {
                    Some(run) => html! {
                        <Results run={Rc::new(run)} record={Rc::new(record.clone())} save={SaveState::Saved}
                            name={AttrValue::from(record.name.clone().unwrap_or_default())} past=true on_action={dispatch.clone()} />
                    },
                    None => past_summary(record, &dispatch),
                },
                None => Html::default(),
            },
            Screen::Progress => html! {
                <Progress state={Rc::new(ProgressData::from(s))} on_action={dispatch.clone()} />
            },
            Screen::Teacher => match &s.teacher {
                Some(panel) => {
                    html! { <Teacher panel={Rc::new(panel.clone())} on_action={dispatch.clone()} /> }
                }
                None => Html::default(),
            },
            Screen::Print => match &s.teacher {
                Some(panel) => html! {
                    <Print quiz={Rc::new(panel.quiz(&BANK))} title={AttrValue::from(panel.title().to_owned())} on_action={dispatch.clone()} />
                },
                None => Html::default(),
            },
        }
    };
    let body = html! {
        <>
            <div class="screen" hidden={s.reading.is_some()}>{ screen }</div>
            if let Some(reading) = s.reading {
                <Reader reading={reading} from_quiz={s.is_mid_quiz()} on_action={dispatch.clone()} />
            }
        </>
    };
    let reading_section = match &s.screen {
        Screen::Playing(run) => run
            .current()
            .map(|q| BANK.claim_section(&BANK.claims[usize::from(q.claim)])),
        _ => None,
    };
    let status = status(&StatusProps {
        unreachable: s.unreachable,
        update_ready: s.update_ready,
        mid_quiz: s.is_mid_quiz(),
        on_update: Callback::from(|()| updates::apply_update()),
    });
    let on_progress = matches!(s.screen, Screen::Progress | Screen::Teacher | Screen::Print)
        && s.reading.is_none();
    let exam = matches!(&s.screen, Screen::Playing(run) if !run.quiz.settings.mode.has_feedback());
    let header = header(&HeaderProps {
        reading: s.reading.is_some(),
        progress: on_progress,
        mid_quiz: s.is_mid_quiz(),
        exam,
        section: reading_section.unwrap_or(0),
        on_action: &dispatch,
    });
    page(header, status, body)
}

/// What the start screen says of the personal modes.
fn start_info(s: &State) -> StartInfo {
    StartInfo {
        due: s.study.due(&BANK, s.today, s.settings.sections).len(),
        mistakes: s
            .study
            .mistakes(&BANK, &s.saved.records, s.settings.sections)
            .len(),
        confidence: s.saved.prefs.confidence,
    }
}

/// The page around every screen: the top bar, the status line, the screen, the footer. The
/// app and the build-time shell (below) both lay themselves out through it.
fn page(header: Html, status: Html, body: Html) -> Html {
    html! {
        <>
            { header }
            { status }
            <main id="main" class="wrap" tabindex="-1">{ body }</main>
            <footer class="wrap foot">
                <span data-testid="version">{ format!("Version {}{}", env!("CARGO_PKG_VERSION"), BUILD_LABEL.map(|l| format!(" ({l})")).unwrap_or_default()) }</span>
                { format!(" · questions {}", BANK.version) }
            </footer>
        </>
    }
}

/// The start screen as the page first shows it, before the app has loaded: rendered at build
/// time from the same components (`cargo run --bin essay-quiz` natively prints it, and the
/// build writes it into index.html). The app renders beside it, hidden, and takes its place
/// in one step, so the first paint already shows the start screen and nothing moves.
#[function_component(Shell)]
pub fn shell() -> Html {
    let ignore = Callback::from(|_: Action| ());
    // A shared link opens on its own screen: index.html shows this one instead when the address
    // holds a seed (a class set by a one-line script in its head).
    let body = html! {
        <>
            <div class="shell-start">
                { start(&StartProps {
                    settings: Settings::standard(&BANK),
                    paused: &[],
                    asking_discard: None,
                    notice: None,
                    info: StartInfo::default(),
                    on_action: &ignore,
                    children: history(&HistoryProps { saved: &Saved::default(), storage_ok: true, on_action: &ignore }),
                }) }
            </div>
            <div class="shell-shared">
                <section class="shared card">
                    <h1>{ "A quiz was shared with you" }</h1>
                    <p class="lead">{ "Loading its questions…" }</p>
                </section>
            </div>
        </>
    };
    let header = header(&HeaderProps {
        reading: false,
        progress: false,
        mid_quiz: false,
        exam: false,
        section: 0,
        on_action: &ignore,
    });
    page(header, html! { <div aria-live="polite"></div> }, body)
}
