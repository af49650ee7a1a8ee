//! The app's reducer: playing a quiz through, scoring it and saving it.

use essay_quiz::bank::{BANK, Form, FormSet, View};
use essay_quiz::link;
use essay_quiz::progress::{SCHEMA, SCHEMA_KEY, Saved};
use essay_quiz::quiz::{Body, Question, Response};
use essay_quiz::rng::Seed;
use essay_quiz::session::{Action, SaveState, Screen, State};

fn right_view(q: &Question) -> usize {
    let view = BANK.claims[usize::from(q.claim)]
        .stance
        .as_ref()
        .unwrap()
        .view;
    View::ALL.iter().position(|v| *v == view).unwrap()
}

fn right_response(q: &Question) -> Response {
    match &q.body {
        Body::Choice { answer, .. } | Body::Evidence { answer, .. } => Response::Choice(*answer),
        Body::Stance { .. } => Response::Choice(right_view(q)),
        Body::Truth { correction, .. } => Response::Truth(correction.is_none()),
        Body::Blank { .. } => Response::Text(
            BANK.claims[usize::from(q.claim)]
                .blank
                .as_ref()
                .unwrap()
                .answers[0]
                .to_string(),
        ),
        Body::Order { .. } => Response::Order(q.right_order(&BANK)),
        Body::Match { rows, names } => Response::Match(
            rows.iter()
                .map(|&r| {
                    names
                        .iter()
                        .position(|n| {
                            BANK.claims[usize::from(r)]
                                .attribution
                                .as_ref()
                                .unwrap()
                                .who
                                == *n
                        })
                        .unwrap()
                })
                .collect(),
        ),
    }
}

fn wrong_response(q: &Question) -> Response {
    match &q.body {
        Body::Choice { answer, .. } => Response::Choice((answer + 1) % 4),
        Body::Evidence { answer, sentences } => Response::Choice((answer + 1) % sentences.len()),
        Body::Stance { .. } => Response::Choice((right_view(q) + 1) % 3),
        Body::Truth { correction, .. } => Response::Truth(correction.is_some()),
        Body::Blank { .. } => Response::Text("nothing like it".to_owned()),
        Body::Order { items } => Response::Order(items.clone()),
        Body::Match { rows, .. } => Response::Match(vec![usize::MAX; rows.len()]),
    }
}

fn current(state: &State) -> Question {
    match &state.screen {
        Screen::Playing(run) => run.current().unwrap().clone(),
        other => panic!("not playing: {other:?}"),
    }
}

/// Plays a quiz, answering right where `right(i)`; returns the state at the results.
fn play(mut state: State, right: impl Fn(usize) -> bool) -> State {
    let mut i = 0;
    while let Screen::Playing(_) = &state.screen {
        let q = current(&state);
        let response = if right(i) {
            right_response(&q)
        } else {
            wrong_response(&q)
        };
        state = state.apply(Action::Answer(response));
        state = state.apply(Action::Next {
            now: 1_000 + i as u64,
        });
        i += 1;
    }
    state
}

#[test]
fn the_score_is_the_number_of_right_answers() {
    let state = State::new(&BANK, Ok(None), Saved::default()).apply(Action::Start(Seed(77)));
    let state = play(state, |i| i % 3 != 0);
    let Screen::Results { run, record, save } = &state.screen else {
        panic!()
    };
    assert_eq!(run.quiz.questions.len(), 10);
    assert_eq!(run.score(), 6);
    assert_eq!(record.score, 6);
    assert_eq!(record.answers.iter().filter(|a| a.correct).count(), 6);
    assert_eq!(*save, SaveState::Pending);
    assert_eq!(state.pending_record(), Some(record));
}

#[test]
fn a_saved_result_joins_the_history_once() {
    let state = play(
        State::new(&BANK, Ok(None), Saved::default()).apply(Action::Start(Seed(5))),
        |_| true,
    );
    let state = state.apply(Action::SaveDone(SaveState::Saved));
    assert_eq!(state.saved.records.len(), 1);
    assert_eq!(state.saved.summary().best.map(|r| r.score), Some(10));
    assert!(state.pending_record().is_none());
}

#[test]
fn a_failed_save_keeps_the_result_and_can_be_retried() {
    let state = play(
        State::new(&BANK, Ok(None), Saved::default()).apply(Action::Start(Seed(5))),
        |_| true,
    );
    let state = state.apply(Action::SaveDone(SaveState::Failed("full".into())));
    assert!(state.saved.records.is_empty());
    assert!(state.pending_record().is_none());
    let state = state.apply(Action::RetrySave);
    assert!(state.pending_record().is_some());
}

#[test]
fn an_outdated_build_does_not_try_to_save() {
    let saved = Saved::load(vec![(SCHEMA_KEY.to_owned(), (SCHEMA + 1).to_string())]);
    let state = play(
        State::new(&BANK, Ok(None), saved).apply(Action::Start(Seed(5))),
        |_| true,
    );
    let Screen::Results { save, .. } = &state.screen else {
        panic!()
    };
    assert_eq!(*save, SaveState::Outdated);
    assert!(state.pending_record().is_none());
}

#[test]
fn answering_twice_counts_once() {
    let state = State::new(&BANK, Ok(None), Saved::default()).apply(Action::Start(Seed(9)));
    let q = current(&state);
    let state = state
        .apply(Action::Answer(right_response(&q)))
        .apply(Action::Answer(wrong_response(&q)));
    let Screen::Playing(run) = &state.screen else {
        panic!()
    };
    assert_eq!(run.outcomes.len(), 1);
    assert!(run.outcomes[0].correct);
}

#[test]
fn a_shared_link_starts_the_same_quiz() {
    let settings = essay_quiz::quiz::Settings {
        count: 5,
        ..essay_quiz::quiz::Settings::standard(&BANK)
    };
    let query = link::to_query(&BANK, Seed(31), settings);
    let state = State::new(
        &BANK,
        link::parse(&BANK, &query).map_err(|e| e.to_string()),
        Saved::default(),
    );
    assert!(matches!(state.screen, Screen::Shared(_)));
    assert!(state.notice.is_none());
    let state = state.apply(Action::StartShared);
    let Screen::Playing(run) = &state.screen else {
        panic!()
    };
    assert_eq!(
        run.quiz,
        essay_quiz::quiz::generate(&BANK, Seed(31), settings)
    );
}

#[test]
fn a_link_from_another_bank_is_announced() {
    let state = State::new(
        &BANK,
        link::parse(&BANK, "?seed=a&bank=00000000").map_err(|e| e.to_string()),
        Saved::default(),
    );
    assert!(
        state
            .notice
            .as_deref()
            .unwrap()
            .contains("another version of the questions")
    );
}

#[test]
fn the_start_screen_never_empties_its_choices() {
    let mut state = State::new(&BANK, Ok(None), Saved::default());
    for s in 0..BANK.sections.len() {
        state = state.apply(Action::ToggleSection(s));
    }
    assert_eq!(state.settings.sections.iter().count(), 1);
    for f in Form::ALL {
        state = state.apply(Action::ToggleForm(f));
    }
    assert_eq!(
        state.settings.forms,
        FormSet::default().with(*Form::ALL.last().unwrap(), true)
    );
}
