//! The progress screen: what is due today, how well each part of the essay is held, the
//! weakest claims, scores over time, how far confidence can be trusted, and the student's data.

mod charts;
mod data;
mod mastery;

use std::rc::Rc;

use essay_quiz::bank::{BANK, SectionSet};
use essay_quiz::progress::{QuizRecord, Theme};
use essay_quiz::session::{Action, DataPanel, State};
use essay_quiz::study::{Study, WEAK_HORIZON};
use yew::prelude::*;

use crate::ui::browser;
use crate::ui::focus::use_focus_on_mount;

/// What the progress screen shows, taken from the state.
#[derive(Clone, Debug, PartialEq)]
pub struct ProgressData {
    pub today: i32,
    pub now: u64,
    pub study: Study,
    pub records: Vec<QuizRecord>,
    pub theme: Theme,
    pub confidence: bool,
    pub remind_export: bool,
    pub data: DataPanel,
    pub can_save: bool,
    /// How many questions a Due now quiz asks (the start screen's count).
    pub count: u8,
}

impl From<&State> for ProgressData {
    fn from(s: &State) -> ProgressData {
        ProgressData {
            today: s.today,
            now: s.now,
            study: s.study.clone(),
            records: s.saved.records.clone(),
            theme: s.saved.prefs.theme,
            confidence: s.saved.prefs.confidence,
            remind_export: s.saved.should_remind_export(s.now),
            data: s.data.clone(),
            can_save: !s.saved.outdated,
            count: s.settings.count,
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct ProgressProps {
    pub state: Rc<ProgressData>,
    pub on_action: Callback<Action>,
}

/// How many of the weakest claims the screen lists.
const WEAKEST: usize = 5;

#[function_component(Progress)]
pub fn progress(props: &ProgressProps) -> Html {
    let heading = use_focus_on_mount(true);
    let p = &props.state;
    let on_action = &props.on_action;
    let all = SectionSet::all(&BANK);
    let due = p.study.due(&BANK, p.today, all).len();
    let weakest: Vec<u16> = p
        .study
        .weakest(&BANK, p.today, all)
        .into_iter()
        .take(WEAKEST)
        .collect();
    let study_due =
        on_action.reform(|_: MouseEvent| Action::StudyDue(browser::fresh_seed(), browser::clock()));
    let practise = {
        let weakest = weakest.clone();
        on_action.reform(move |_: MouseEvent| {
            Action::Practise(weakest.clone(), browser::fresh_seed(), browser::clock())
        })
    };
    let home = on_action.reform(|_: MouseEvent| Action::Home);
    let streak = p.study.streak(p.today);
    let seen = BANK.claims.len() - p.study.unseen();

    html! {
        <section class="progress-screen" aria-labelledby="progress-title">
            <div class="reader-head">
                <h1 id="progress-title" tabindex="-1" ref={heading}>{ "Your progress" }</h1>
                <button type="button" class="secondary" onclick={home}>{ "Start page" }</button>
            </div>

            <div class="card due" data-testid="due-card">
                <h2>{ "Today" }</h2>
                <p data-testid="due-count">
                    { match due {
                        0 => "Nothing is due for review today.".to_owned(),
                        1 => "1 claim is due for review today.".to_owned(),
                        n => format!("{n} claims are due for review today."),
                    } }
                </p>
                <p class="muted" data-testid="streak">
                    { format!("{} · {seen} of {} claims studied.", match streak {
                        0 => "No study days in a row yet".to_owned(),
                        1 => "1 study day in a row".to_owned(),
                        n => format!("{n} study days in a row"),
                    }, BANK.claims.len()) }
                </p>
                <div class="actions">
                    <button type="button" class="primary" onclick={study_due}>
                        // The mode takes the weakest and some new claims when none is due.
                        { if due > 0 { format!("Study what is due: {} questions", p.count) } else { format!("Study weak and new claims: {} questions", p.count) } }
                    </button>
                </div>
            </div>

            { mastery::mastery_map(&mastery::MasteryProps { study: &p.study, today: p.today, on_action }) }

            <div class="card">
                <h2>{ "Weakest claims" }</h2>
                if weakest.is_empty() {
                    <p>{ "None yet: take a quiz, and the claims you hold least will show here." }</p>
                } else {
                    <ol class="weakest">
                        { for weakest.iter().map(|&c| {
                            let claim = &BANK.claims[usize::from(c)];
                            let recall = p.study.claims[usize::from(c)].recall(p.today + WEAK_HORIZON).unwrap_or(0.0);
                            html! {
                                <li>
                                    <span class="says">{ claim.says.as_str() }</span>
                                    <span class="muted">{ format!(" {} · {}% likely recalled in a week", super::place(claim.paragraph), (recall * 100.0).round() as u32) }</span>
                                </li>
                            }
                        }) }
                    </ol>
                    <div class="actions">
                        <button type="button" class="secondary" onclick={practise}>{ "Practise these" }</button>
                    </div>
                }
            </div>

            { charts::scores_chart(&charts::ScoresProps { records: &p.records }) }
            { charts::calibration_chart(&charts::CalibrationProps { calibration: p.study.calibration }) }

            <div class="card">
                <h2>{ "Settings" }</h2>
                <fieldset>
                    <legend>{ "Colours" }</legend>
                    <div class="chips">
                        { for Theme::ALL.iter().map(|&t| html! {
                            <label class="chip">
                                <input type="radio" name="theme" checked={p.theme == t}
                                    onchange={on_action.reform(move |_: Event| Action::SetTheme(t))} />
                                <span>{ t.label() }</span>
                            </label>
                        }) }
                    </div>
                </fieldset>
                <label class="check">
                    <input type="checkbox" checked={p.confidence}
                        onchange={on_action.reform({ let on = p.confidence; move |_: Event| Action::SetConfidence(!on) })} />
                    <span>{ "In Learn, ask how sure I am before checking" }</span>
                </label>
            </div>

            { data::data_card(&data::DataProps { state: &props.state, on_action }) }
        </section>
    }
}
