//! The app's reducer: playing a quiz through, scoring it and saving it.

mod answers;

use answers::{right, wrong};
use essay_quiz::bank::{BANK, Form, FormSet};
use essay_quiz::link;
use essay_quiz::progress::{Confidence, SCHEMA, SCHEMA_KEY, Saved};
use essay_quiz::quiz::{Body, Mode, Question, Settings};
use essay_quiz::rng::Seed;
use essay_quiz::session::{Action, Clock, SaveState, Screen, State};

/// 14 Nov 2023, noon UTC, and the day after each step.
const NOON: u64 = 1_699_963_200_000;
const DAY: u64 = 86_400_000;

fn at(ms: u64) -> Clock {
    Clock {
        at: ms,
        day: (ms / DAY) as i32,
    }
}

fn fresh() -> State {
    State::new(&BANK, Ok(None), Saved::default(), at(NOON))
}

fn current(state: &State) -> Question {
    match &state.screen {
        Screen::Playing(run) => run.current().unwrap().clone(),
        other => panic!("not playing: {other:?}"),
    }
}

/// Plays a quiz, answering right where `knows(i)`; returns the state at the results.
fn play(mut state: State, knows: impl Fn(usize) -> bool) -> State {
    let mut i = 0;
    while let Screen::Playing(_) = &state.screen {
        let q = current(&state);
        let response = if knows(i) { right(&q) } else { wrong(&q) };
        let when = at(NOON + 1_000 * i as u64);
        state = state.apply(Action::Answer(response, None, when));
        state = state.apply(Action::Next(when));
        i += 1;
    }
    state
}

#[test]
fn the_score_is_the_number_of_right_answers() {
    let state = fresh().apply(Action::Start(Seed(77), at(NOON)));
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
    let state = play(fresh().apply(Action::Start(Seed(5), at(NOON))), |_| true);
    let state = state.apply(Action::SaveDone(SaveState::Saved));
    assert_eq!(state.saved.records.len(), 1);
    assert_eq!(state.saved.summary().best.map(|r| r.score), Some(10));
    assert!(state.pending_record().is_none());
}

#[test]
fn a_failed_save_keeps_the_result_and_can_be_retried() {
    let state = play(fresh().apply(Action::Start(Seed(5), at(NOON))), |_| true);
    let state = state.apply(Action::SaveDone(SaveState::Failed("full".into())));
    assert!(state.saved.records.is_empty());
    assert!(state.pending_record().is_none());
    let state = state.apply(Action::RetrySave);
    assert!(state.pending_record().is_some());
}

#[test]
fn an_outdated_build_does_not_try_to_save() {
    let saved = Saved::load(vec![(SCHEMA_KEY.to_owned(), (SCHEMA + 1).to_string())], 0);
    let state = play(
        State::new(&BANK, Ok(None), saved, at(NOON)).apply(Action::Start(Seed(5), at(NOON))),
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
    let state = fresh().apply(Action::Start(Seed(9), at(NOON)));
    let q = current(&state);
    let state = state
        .apply(Action::Answer(right(&q), None, at(NOON)))
        .apply(Action::Answer(wrong(&q), None, at(NOON)));
    let Screen::Playing(run) = &state.screen else {
        panic!()
    };
    assert_eq!(run.outcomes.len(), 1);
    assert!(run.outcomes[0].correct);
}

#[test]
fn a_shared_link_starts_the_same_quiz() {
    let settings = Settings {
        count: 5,
        ..Settings::standard(&BANK)
    };
    let query = link::to_query(&BANK, Seed(31), settings);
    let state = State::new(
        &BANK,
        link::parse(&BANK, &query).map_err(|e| e.to_string()),
        Saved::default(),
        at(NOON),
    );
    assert!(matches!(state.screen, Screen::Shared(_)));
    assert!(state.notice.is_none());
    let state = state.apply(Action::StartShared(at(NOON)));
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
        at(NOON),
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
    let mut state = fresh();
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

/// Plays a quiz to its results and saves it: the next quiz knows it.
fn play_and_save(state: State, right: impl Fn(usize) -> bool) -> State {
    play(state, right).apply(Action::SaveDone(SaveState::Saved))
}

#[test]
fn learn_asks_confidence_and_records_it_exam_does_not() {
    let state = fresh().apply(Action::Start(Seed(4), at(NOON)));
    let q = current(&state);
    let state = state.apply(Action::Answer(right(&q), Some(Confidence::Sure), at(NOON)));
    let Screen::Playing(run) = &state.screen else {
        panic!()
    };
    assert!(run.asks_confidence);
    assert_eq!(run.outcomes[0].confidence, Some(Confidence::Sure));
    assert!(run.showing_feedback, "Learn shows feedback at once");

    let exam = fresh()
        .apply(Action::SetMode(Mode::Exam))
        .apply(Action::Start(Seed(4), at(NOON)));
    let q = current(&exam);
    let exam = exam.apply(Action::Answer(right(&q), Some(Confidence::Sure), at(NOON)));
    let Screen::Playing(run) = &exam.screen else {
        panic!()
    };
    assert!(!run.asks_confidence);
    assert_eq!(run.outcomes[0].confidence, None);
    assert!(!run.showing_feedback, "an exam moves on without feedback");
    assert_eq!(run.index(), 1);
}

#[test]
fn an_exam_ends_when_its_time_is_up_and_unanswered_questions_count_as_wrong() {
    let state = fresh()
        .apply(Action::SetMode(Mode::Exam))
        .apply(Action::SetMinutes(5))
        .apply(Action::Start(Seed(8), at(NOON)));
    let Screen::Playing(run) = &state.screen else {
        panic!()
    };
    assert_eq!(run.deadline, Some(NOON + 5 * 60_000));
    let q = current(&state);
    let state = state
        .apply(Action::Answer(right(&q), None, at(NOON + 60_000)))
        .apply(Action::Tick(at(NOON + 4 * 60_000)));
    assert!(
        matches!(state.screen, Screen::Playing(_)),
        "time is not up yet"
    );
    let state = state.apply(Action::Tick(at(NOON + 5 * 60_000)));
    let Screen::Results { record, run, .. } = &state.screen else {
        panic!("time is up")
    };
    assert_eq!(record.total(), 10);
    assert_eq!(record.score, 1);
    assert_eq!(record.minutes, 5);
    assert_eq!(record.answers.iter().filter(|a| a.skipped).count(), 9);
    assert_eq!(run.outcomes.len(), 10);
}

#[test]
fn review_mistakes_draws_only_the_claims_missed() {
    let state = play_and_save(fresh().apply(Action::Start(Seed(21), at(NOON))), |i| {
        i % 2 == 0
    });
    let Some(first) = state.saved.records.last().cloned() else {
        panic!()
    };
    let missed: Vec<String> = first
        .answers
        .iter()
        .filter(|a| !a.correct)
        .map(|a| a.claim.clone())
        .collect();
    assert_eq!(missed.len(), 5);
    let state = state
        .apply(Action::Home)
        .apply(Action::SetMode(Mode::Mistakes))
        .apply(Action::Start(Seed(22), at(NOON + DAY)));
    let Screen::Playing(run) = &state.screen else {
        panic!("{:?}", state.notice)
    };
    let drawn: Vec<String> = run
        .quiz
        .questions
        .iter()
        .map(|q| BANK.claims[usize::from(q.claim)].id.to_string())
        .collect();
    assert!(
        !drawn.is_empty() && drawn.iter().all(|c| missed.contains(c)),
        "{drawn:?} not all in {missed:?}"
    );
    // Its link names those claims, so it reproduces without this student's record.
    let query = link::quiz_query(&BANK, &run.quiz);
    assert!(query.contains("mode=mistakes") && query.contains("claims="));
}

#[test]
fn with_no_mistakes_review_mistakes_says_so() {
    let state = fresh()
        .apply(Action::SetMode(Mode::Mistakes))
        .apply(Action::Start(Seed(1), at(NOON)));
    assert_eq!(state.screen, Screen::Start);
    assert!(
        state
            .notice
            .as_deref()
            .unwrap()
            .contains("No mistakes to review")
    );
}

#[test]
fn due_now_starts_with_what_is_due_and_mixes_in_new_claims() {
    // Day 0: ten claims, all wrong; they are due the next day.
    let state = play_and_save(fresh().apply(Action::Start(Seed(3), at(NOON))), |_| false);
    // Reviewed on day 0: each question's claim, and the others a chronology or matching drew on.
    let first: Vec<u16> = state.saved.records[0]
        .answers
        .iter()
        .flat_map(|a| std::iter::once(&a.claim).chain(a.partners.iter().map(|(c, _)| c)))
        .map(|c| BANK.claim_index(c).unwrap() as u16)
        .collect();
    let state = state
        .apply(Action::Home)
        .apply(Action::SetMode(Mode::Due))
        .apply(Action::Start(Seed(4), at(NOON + DAY)));
    let Screen::Playing(run) = &state.screen else {
        panic!()
    };
    let drawn: Vec<u16> = run.quiz.questions.iter().map(|q| q.claim).collect();
    // Every fourth question is a claim never seen; the rest are the due ones.
    for (i, c) in drawn.iter().enumerate() {
        let seen = first.contains(c);
        assert_eq!(seen, (i + 1) % 4 != 0, "question {} (claim {c})", i + 1);
    }
}

#[test]
fn practise_these_asks_exactly_those_claims() {
    let state = fresh().apply(Action::Practise(vec![7, 70, 170], Seed(2), at(NOON)));
    let Screen::Playing(run) = &state.screen else {
        panic!()
    };
    let drawn: Vec<u16> = run.quiz.questions.iter().map(|q| q.claim).collect();
    assert_eq!(drawn, [7, 70, 170]);
}

#[test]
fn a_chronology_reviews_every_claim_it_drew_on() {
    let settings = Settings {
        forms: FormSet::default().with(Form::Order, true),
        count: 1,
        ..Settings::standard(&BANK)
    };
    let mut state = fresh();
    state.settings = settings;
    let state = play(state.apply(Action::Start(Seed(12), at(NOON))), |_| true);
    let Screen::Results { record, run, .. } = &state.screen else {
        panic!()
    };
    let Body::Order { items } = &run.quiz.questions[0].body else {
        panic!()
    };
    assert_eq!(record.answers[0].partners.len(), items.len() - 1);
    assert!(record.answers[0].partners.iter().all(|(_, ok)| *ok));
}
