//! Nothing a student did is lost, and screens are pages: a quiz in progress is kept on the
//! device after every answer and comes back after a reload, Back or a discarded tab; a timed
//! exam keeps its deadline; finished quizzes keep their title and name; every screen has an
//! address that opens it again.

mod answers;

use answers::{right, wrong};
use essay_quiz::bank::BANK;
use essay_quiz::link;
use essay_quiz::progress::{RUN_PREFIX, Saved};
use essay_quiz::quiz::{Mode, Settings};
use essay_quiz::rng::Seed;
use essay_quiz::session::{
    Action, Clock, Nav, SaveState, Screen, State, TeacherAction, Unresumable,
};

const NOON: u64 = 1_699_963_200_000;

fn at(ms: u64) -> Clock {
    Clock {
        at: ms,
        day: (ms / 86_400_000) as i32,
    }
}

/// What storage would hold after the state's effects ran: its results and its live quiz.
fn stored(state: &State) -> Saved {
    let mut entries: Vec<(String, String)> = state
        .saved
        .records
        .iter()
        .map(|r| (r.key(), r.to_json()))
        .collect();
    entries.extend(state.live_run());
    for p in &state.paused {
        if let Ok(run) = &p.run {
            entries.push((run.key(), run.to_json(&BANK)));
        }
    }
    if let Some(t) = &state.teacher {
        entries.push((
            essay_quiz::progress::TEACHER_KEY.to_owned(),
            t.to_json(&BANK),
        ));
    }
    Saved::load(entries, 0)
}

/// The page opened again at its own address, with what storage holds: a reload.
fn reload(state: &State, when: Clock) -> State {
    State::open(&BANK, &state.address(), stored(state), when)
}

fn playing(state: &State) -> &essay_quiz::session::Run {
    match &state.screen {
        Screen::Playing(run) => run,
        other => panic!("not playing: {other:?}"),
    }
}

fn answer(state: State, good: bool, when: Clock) -> State {
    let q = playing(&state).current().unwrap().clone();
    let r = if good { right(&q) } else { wrong(&q) };
    state.apply(Action::Answer(r, None, when))
}

fn started(settings: Settings) -> State {
    let state = State::open(&BANK, "", Saved::default(), at(NOON));
    let state = State { settings, ..state };
    state.apply(Action::Start(Seed(4242), at(NOON)))
}

#[test]
fn a_reload_mid_quiz_brings_the_quiz_back_as_it_was() {
    let state = started(Settings::standard(&BANK));
    let state = answer(state, true, at(NOON + 1_000)).apply(Action::Next(at(NOON + 2_000)));
    let state = answer(state, false, at(NOON + 3_000));
    // The second answer's feedback is on screen; the address is the quiz's.
    assert!(state.address().starts_with("?seed="));
    let before = playing(&state).clone();
    let back = reload(&state, at(NOON + 60_000));
    let run = playing(&back);
    assert_eq!(run.quiz, before.quiz);
    assert_eq!(run.outcomes, before.outcomes);
    assert_eq!(run.index(), 1);
    assert!(run.showing_feedback, "the feedback is still on screen");
    assert_eq!(back.notice, None);
}

#[test]
fn leaving_or_going_back_keeps_the_quiz_to_resume() {
    let state = started(Settings::standard(&BANK));
    let state = answer(state, true, at(NOON + 1_000)).apply(Action::Next(at(NOON + 2_000)));
    let quiz_address = state.address();
    // The browser's Back: the start page, the quiz kept.
    let home = state.apply(Action::Navigate(String::new(), at(NOON + 3_000)));
    assert_eq!(home.screen, Screen::Start);
    assert_eq!(home.nav, Nav::Replace);
    assert_eq!(home.paused.len(), 1);
    // A new page in the same browser (a discarded tab) offers it too.
    let fresh = State::open(&BANK, "", stored(&home), at(NOON + 9_000));
    assert_eq!(fresh.paused.len(), 1);
    let key = fresh.paused[0].key.clone();
    let resumed = fresh.apply(Action::Resume(key, at(NOON + 10_000)));
    assert_eq!(playing(&resumed).index(), 1);
    // Forward goes back into it.
    let forward = home.apply(Action::Navigate(quiz_address, at(NOON + 4_000)));
    assert_eq!(playing(&forward).outcomes.len(), 1);
    // "Leave quiz" does the same as Back.
    let left = forward.apply(Action::Leave);
    assert_eq!(left.screen, Screen::Start);
    assert_eq!(left.paused.len(), 1);
}

#[test]
fn a_discarded_quiz_goes_from_the_device_on_the_students_word_only() {
    let state = started(Settings::standard(&BANK));
    let state = answer(state, true, at(NOON + 1_000)).apply(Action::Leave);
    let key = state.paused[0].key.clone();
    assert!(key.starts_with(RUN_PREFIX));
    assert!(state.runs_gone.is_empty());
    let state = state.apply(Action::Discard(key.clone()));
    assert!(state.paused.is_empty());
    assert_eq!(state.runs_gone, std::slice::from_ref(&key));
    let state = state.apply(Action::RunsRemoved(vec![key]));
    assert!(state.runs_gone.is_empty());
}

#[test]
fn a_timed_exam_keeps_its_deadline_across_reloads() {
    let exam = Settings {
        mode: Mode::Exam,
        minutes: 5,
        ..Settings::standard(&BANK)
    };
    let state = started(exam);
    let deadline = playing(&state).deadline.unwrap();
    assert_eq!(deadline, NOON + 5 * 60_000);
    let state = answer(state, true, at(NOON + 30_000));
    // Two minutes in, the page reloads: the same deadline, not a fresh five minutes.
    let back = reload(&state, at(NOON + 120_000));
    assert_eq!(playing(&back).deadline, Some(deadline));
    assert_eq!(playing(&back).outcomes.len(), 1);
    // After the deadline, a reload ends the exam: the rest count as unanswered.
    let late = reload(&state, at(NOON + 6 * 60_000));
    let Screen::Results { run, .. } = &late.screen else {
        panic!("the exam goes on after its deadline: {:?}", late.screen)
    };
    assert_eq!(run.outcomes.iter().filter(|o| o.skipped).count(), 9);
}

#[test]
fn a_finished_quiz_leaves_the_device_once_its_result_is_saved() {
    let mut state = started(Settings {
        count: 2,
        ..Settings::standard(&BANK)
    });
    for i in 0..2 {
        state = answer(state, true, at(NOON + i)).apply(Action::Next(at(NOON + i)));
    }
    assert!(matches!(state.screen, Screen::Results { .. }));
    assert_eq!(
        state.nav,
        Nav::Replace,
        "the results take the quiz's place in the history"
    );
    let key = state.live_run().expect("kept until saved").0;
    let state = state.apply(Action::SaveDone(SaveState::Saved));
    assert_eq!(state.runs_gone, [key]);
    assert_eq!(state.live_run(), None);
    // Its address opens the same result again, from the history too.
    let again = reload(&state, at(NOON + 5_000));
    let Screen::Past(k) = &again.screen else {
        panic!("{:?}", again.screen)
    };
    assert_eq!(*k, state.saved.records[0].key());
}

#[test]
fn an_assigned_result_keeps_its_title_and_the_students_name() {
    let query = link::assigned_query(
        &BANK,
        Seed(31),
        Settings {
            count: 2,
            ..Settings::standard(&BANK)
        },
        "Week 3",
    );
    let mut state =
        State::open(&BANK, &query, Saved::default(), at(NOON)).apply(Action::StartShared(at(NOON)));
    for i in 0..2 {
        state = answer(state, i == 0, at(NOON + i)).apply(Action::Next(at(NOON + i)));
    }
    let state = state
        .apply(Action::SaveDone(SaveState::Saved))
        .apply(Action::SetName("Ana".to_owned()));
    let Screen::Results { record, save, .. } = &state.screen else {
        panic!()
    };
    assert_eq!(record.title.as_deref(), Some("Week 3"));
    assert_eq!(record.name.as_deref(), Some("Ana"));
    assert_eq!(*save, SaveState::Pending, "saved again with the name");
    let state = state.apply(Action::SaveDone(SaveState::Saved));
    let reopened = Saved::load(
        state.saved.records.iter().map(|r| (r.key(), r.to_json())),
        0,
    );
    let kept = &reopened.records[0];
    assert_eq!(kept.name.as_deref(), Some("Ana"));
    let run = essay_quiz::session::resume::rebuild(&BANK, kept, kept.finished_at).unwrap();
    assert_eq!(run.title.as_deref(), Some("Week 3"));
    assert_eq!(run.score(), 1);
}

#[test]
fn a_quiz_from_older_questions_keeps_its_answers_as_a_result() {
    let state = answer(started(Settings::standard(&BANK)), true, at(NOON + 1_000));
    let (key, value) = state.live_run().unwrap();
    let older = value.replace(BANK.version, "0badf00d");
    let opened = State::open(
        &BANK,
        "",
        Saved::load([(key.clone(), older)], 0),
        at(NOON + 9),
    );
    assert!(opened.paused.is_empty());
    assert_eq!(opened.partials.len(), 1);
    assert_eq!(opened.partials[0].1.answers.len(), 1);
    assert!(
        opened
            .notice
            .as_deref()
            .unwrap()
            .contains("kept in your results")
    );
    let saved = opened.apply(Action::PartialSaved(key.clone(), SaveState::Saved));
    assert_eq!(saved.saved.records.len(), 1);
    assert_eq!(saved.runs_gone, [key]);
}

#[test]
fn an_unreadable_quiz_in_progress_is_kept_and_reported() {
    let key = format!("{RUN_PREFIX}1-abc");
    let opened = State::open(
        &BANK,
        "",
        Saved::load([(key.clone(), "{\"run\":1,".to_owned())], 0),
        at(NOON),
    );
    assert_eq!(opened.paused.len(), 1);
    assert_eq!(opened.paused[0].run, Err(Unresumable::Corrupt));
    assert!(opened.runs_gone.is_empty(), "never removed unasked");
    let newer = State::open(
        &BANK,
        "",
        Saved::load([(key, "{\"run\":9}".to_owned())], 0),
        at(NOON),
    );
    assert_eq!(newer.paused[0].run, Err(Unresumable::Newer));
}

#[test]
fn the_evidence_step_survives_a_reload() {
    let mut state = started(Settings::standard(&BANK));
    // Answer right until a question offers the evidence step.
    loop {
        state = answer(state, true, at(NOON + 1));
        if playing(&state).can_find_evidence(&BANK) {
            break;
        }
        state = state.apply(Action::Next(at(NOON + 2)));
    }
    let state = state.apply(Action::FindEvidence);
    let back = reload(&state, at(NOON + 10));
    assert_eq!(playing(&back).step, playing(&state).step);
}

#[test]
fn every_screen_has_an_address_that_opens_it() {
    let state = State::open(&BANK, "", Saved::default(), at(NOON));
    assert_eq!(state.address(), "");
    let progress = state.clone().apply(Action::ShowProgress(at(NOON)));
    assert_eq!(progress.address(), "?progress");
    assert_eq!(reload(&progress, at(NOON)).screen, Screen::Progress);
    let teacher = state
        .clone()
        .apply(Action::Teacher(TeacherAction::Open(Seed(9))))
        .apply(Action::Teacher(TeacherAction::SetTitle(
            "Week 4".to_owned(),
        )))
        .apply(Action::Teacher(TeacherAction::Paste(
            "EQ1-nonsense".to_owned(),
        )));
    assert_eq!(teacher.address(), "?teacher");
    let back = reload(&teacher, at(NOON));
    assert_eq!(back.screen, Screen::Teacher);
    let panel = back.teacher.as_ref().unwrap();
    assert_eq!(panel.title, "Week 4");
    assert_eq!(panel.pasted, "EQ1-nonsense");
    assert_eq!(panel.seed, Seed(9));
    let print = back.apply(Action::Teacher(TeacherAction::Print));
    assert_eq!(print.address(), "?teacher=print");
    // The Read view over a screen names its paragraph; Back closes it.
    let reading = progress.apply(Action::Read(Some(essay_quiz::session::Reading {
        section: 4,
        claim: None,
        paragraph: Some(40),
    })));
    let id = BANK.paragraphs[40].id.as_str();
    assert_eq!(reading.address(), format!("?progress&read={id}"));
    assert_eq!(
        reload(&reading, at(NOON)).reading.unwrap().paragraph,
        Some(40)
    );
    let closed = reading.apply(Action::Navigate("?progress".to_owned(), at(NOON)));
    assert_eq!(closed.reading, None);
    assert_eq!(closed.screen, Screen::Progress);
}
