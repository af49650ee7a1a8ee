//! The app's state and every change to it, as a pure reducer: the view dispatches actions and
//! renders the state; storage, the clock and randomness reach it only as action arguments, and
//! what must be written is left as pending work for the root component's effects.

pub mod data;
pub mod resume;
pub mod route;
mod run;
pub mod teacher;

pub use data::{DataPanel, ImportState};
pub use resume::{RUN_PREFIX, Unresumable};
pub use route::{Address, Route};
pub use run::{Moment, Outcome, Run, Step};
pub use teacher::{TeacherAction, TeacherPanel};

use crate::bank::{Bank, Form};
use crate::link::QuizLink;
use crate::order;
use crate::progress::{Confidence, Preferences, QuizRecord, Saved, Theme};
use crate::quiz::{Mode, Quiz, Response, Settings, generate, generate_from};
use crate::rng::Seed;
use crate::study::Study;

/// What became of saving a finished quiz.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveState {
    /// Not yet written.
    Pending,
    Saved,
    /// Storage refused (full, blocked, private mode): the result is kept on screen and the
    /// student can try again.
    Failed(String),
    /// A newer build of the app has written here: this one must be reloaded before it saves.
    Outdated,
}

// One screen at a time, held in the state that each action clones anyway: boxing the results
// would only add an indirection.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq)]
pub enum Screen {
    Start,
    /// A shared link, waiting for the student to start it.
    Shared(QuizLink),
    Playing(Run),
    Results {
        run: Run,
        record: QuizRecord,
        save: SaveState,
    },
    /// What the student has learned, and their data.
    Progress,
    /// For teachers: an assigned quiz, its paper copy, the class's results.
    Teacher,
    /// The teacher's quiz on paper, with its answer key.
    Print,
    /// A quiz finished earlier, opened from the history: the key of its record.
    Past(String),
}

/// A quiz in progress kept on the device but not on screen: the student may resume it or
/// discard it.
#[derive(Clone, Debug, PartialEq)]
pub struct Paused {
    /// Its key in storage.
    pub key: String,
    pub run: Result<Run, Unresumable>,
}

/// How the next change of address enters the browser's history.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Nav {
    /// A new entry: Back returns to where the student was.
    #[default]
    Push,
    /// In place of the current one: the browser moved here itself (Back, Forward), or the
    /// screen only changed its state (a quiz ending in its results).
    Replace,
}

/// The Read view: the essay at a section, optionally with a claim's evidence highlighted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reading {
    pub section: usize,
    /// Claim whose evidence is highlighted.
    pub claim: Option<u16>,
    /// Paragraph (by index) to open at, from the progress screen's mastery map.
    pub paragraph: Option<u16>,
}

#[derive(Clone, Debug)]
pub struct State {
    pub bank: &'static Bank,
    pub screen: Screen,
    /// The start screen's choices.
    pub settings: Settings,
    /// A message about the link the app was opened with, or about a mode with nothing to ask.
    pub notice: Option<String>,
    pub reading: Option<Reading>,
    pub saved: Saved,
    /// The student's memory of each claim, from the saved records.
    pub study: Study,
    /// The student's local calendar day, as of the last action that told the time.
    pub today: i32,
    pub now: u64,
    /// The preferences changed and are not yet written.
    pub prefs_pending: bool,
    pub data: DataPanel,
    /// The teacher's screen, once opened.
    pub teacher: Option<TeacherPanel>,
    /// The name a student gives for an assigned quiz's results code.
    pub student_name: String,
    /// A new build of the app is installed and waiting for a reload.
    pub update_ready: bool,
    /// The last check could not reach the server.
    pub unreachable: bool,
    /// Quizzes in progress kept on the device, other than the one on screen, newest first.
    pub paused: Vec<Paused>,
    /// Keys of quizzes in progress that are over (their result saved) or discarded, for the
    /// effects to remove from storage.
    pub runs_gone: Vec<String>,
    /// Results of quizzes that were in progress when the questions changed, to be saved.
    pub partials: Vec<(String, QuizRecord)>,
    /// How the next change of address enters the history.
    pub nav: Nav,
    /// The stored teacher's screen could not be read: it is backed up before it is replaced.
    pub teacher_unreadable: bool,
    /// The paused quiz the start page asks about discarding.
    pub asking_discard: Option<String>,
}

/// What a link from another version of the questions says.
const OTHER_BANK: &str = "This link was made for another version of the questions, so it cannot show the same quiz. \
     You can take a quiz with the same settings on the current questions.";

/// Whether a run is the quiz a link asks for.
fn is_run_of(run: &Run, link: &QuizLink) -> bool {
    run.quiz.seed == link.seed
        && run.title == link.title
        && run.quiz.chosen == link.chosen
        && (run.quiz.settings == link.settings
            || link.chosen.is_none()
                && run.quiz.settings
                    == Settings {
                        mode: Mode::Learn,
                        ..link.settings
                    })
}

/// The clock at an action: ms since the epoch, and the student's local day.
pub type Clock = Moment;

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetCount(u8),
    ToggleSection(usize),
    ToggleForm(Form),
    SetMode(Mode),
    /// An exam's time limit, in minutes (0: none).
    SetMinutes(u8),
    /// Ask background facts as often as the rest.
    SetBackground(bool),
    /// Start a new quiz with the start screen's settings.
    Start(Seed, Clock),
    /// Start the shared quiz on screen.
    StartShared(Clock),
    /// A Due now quiz, from the progress screen.
    StudyDue(Seed, Clock),
    /// A Learn quiz on these claims ("practise these").
    Practise(Vec<u16>, Seed, Clock),
    Answer(Response, Option<Confidence>, Clock),
    /// Open the evidence step under a right answer's feedback.
    FindEvidence,
    /// Answer the evidence step.
    AnswerStep(Response, Clock),
    /// Leave the feedback (or, in an exam, the question); the last one dates the result.
    Next(Clock),
    /// The clock ticks (an exam's time limit).
    Tick(Clock),
    /// Storage reported on the pending save.
    SaveDone(SaveState),
    /// Try the failed save again.
    RetrySave,
    /// Another tab finished a quiz.
    RecordSeen(QuizRecord),
    Read(Option<Reading>),
    Home,
    ShowProgress(Clock),
    SetTheme(Theme),
    SetConfidence(bool),
    /// The preferences were written (or could not be).
    PrefsSaved(Result<(), String>),
    /// The data panel: export, import, reset.
    Data(data::DataAction),
    /// The teacher's screen.
    Teacher(TeacherAction),
    /// The student's name, for an assigned quiz's results code.
    SetName(String),
    /// Something the student should know (an upgrade that could not finish).
    Notice(String),
    /// The service worker has a new build waiting.
    UpdateReady,
    /// Whether the server answered the last check.
    Reachable(bool),
    /// The browser moved to this address (Back, Forward): show what it names.
    Navigate(String, Clock),
    /// Put a paused quiz back on screen.
    Resume(String, Clock),
    /// Ask whether to drop this paused quiz (`None`: the student kept it).
    AskDiscard(Option<String>),
    /// Drop a paused quiz and its answers (the student confirmed).
    Discard(String),
    /// Leave the quiz on screen for the start page; it stays on the device, to resume.
    Leave,
    /// End an exam now: unanswered questions count as wrong.
    EndExam(Clock),
    /// Open a result from the history, by its record's key.
    OpenResult(String),
    /// Storage removed these quizzes in progress.
    RunsRemoved(Vec<String>),
    /// A result kept from a quiz that could not be resumed was written (or not).
    PartialSaved(String, SaveState),
}

impl State {
    /// The state at start: the link the page was opened with (if any), what storage holds,
    /// and the clock.
    pub fn new(
        bank: &'static Bank,
        link: Result<Option<QuizLink>, String>,
        saved: Saved,
        clock: Clock,
    ) -> State {
        let mut state = State {
            bank,
            screen: Screen::Start,
            settings: Settings::standard(bank),
            notice: None,
            reading: None,
            study: Study::from_records(bank, &saved.records),
            saved,
            today: clock.day,
            now: clock.at,
            prefs_pending: false,
            data: DataPanel::default(),
            teacher: None,
            student_name: String::new(),
            update_ready: false,
            unreachable: false,
            paused: Vec::new(),
            runs_gone: Vec::new(),
            partials: Vec::new(),
            nav: Nav::Replace,
            teacher_unreadable: false,
            asking_discard: None,
        };
        match link {
            Ok(Some(link)) => {
                state.settings = link.settings;
                if link.is_from_other_bank(bank) {
                    state.notice = Some(OTHER_BANK.to_owned());
                }
                state.screen = Screen::Shared(link);
            }
            Ok(None) => {}
            Err(message) => state.notice = Some(message),
        }
        state
    }

    /// The state at start in the browser: what the address names, what storage holds
    /// (results, quizzes in progress, the teacher's screen) and the clock. A quiz in progress
    /// whose address this is comes back on screen as it was.
    pub fn open(bank: &'static Bank, query: &str, saved: Saved, clock: Clock) -> State {
        let address = route::parse(bank, query);
        let runs = saved.runs.clone();
        let draft = saved.teacher.clone();
        let mut state = State::new(bank, Ok(None), saved, clock);
        for (key, value) in runs {
            match resume::parse_run(bank, &value, 0) {
                Err(Unresumable::OtherBank(record)) => state.partials.push((key, *record)),
                run => state.paused.push(Paused { key, run }),
            }
        }
        let started = |p: &Paused| p.run.as_ref().map_or(0, |r| r.started_at);
        order::sort_by(&mut state.paused, |a, b| started(a) > started(b));
        if let Some(d) = draft {
            state.teacher = TeacherPanel::from_json(bank, &d);
            state.teacher_unreadable = state.teacher.is_none();
        }
        state.go(address, clock);
        if !state.partials.is_empty() {
            state.notice = Some(format!(
                "The questions were updated while you had {} quiz(zes) in progress, which cannot go on; the answers you gave are kept in your results.",
                state.partials.len()
            ));
        }
        state.nav = Nav::Replace;
        state
    }

    /// Shows what an address names.
    fn go(&mut self, address: Address, clock: Clock) {
        let bank = self.bank;
        self.tell_time(clock);
        self.reading = address.read.map(|p| Reading {
            section: usize::from(bank.paragraphs[usize::from(p)].section),
            claim: None,
            paragraph: Some(p),
        });
        let route = match address.route {
            Ok(route) => route,
            Err(message) => {
                self.pause();
                self.notice = Some(format!("{message} You can start a new quiz below."));
                self.screen = Screen::Start;
                return;
            }
        };
        match route {
            Route::Quiz(link) => {
                if let Screen::Playing(run) = &self.screen {
                    if is_run_of(run, &link) {
                        return;
                    }
                }
                let paused = self
                    .paused
                    .iter()
                    .position(|p| p.run.as_ref().is_ok_and(|r| is_run_of(r, &link)));
                match paused {
                    Some(i) => {
                        let key = self.paused[i].key.clone();
                        self.resume(&key, clock);
                    }
                    None => {
                        self.pause();
                        self.notice = None;
                        self.settings = link.settings;
                        if link.is_from_other_bank(bank) {
                            self.notice = Some(OTHER_BANK.to_owned());
                        }
                        self.screen = Screen::Shared(link);
                    }
                }
            }
            Route::Start => {
                self.pause();
                self.screen = Screen::Start;
            }
            Route::Result(key) => {
                self.pause();
                let key = format!("{}{key}", crate::progress::RESULT_PREFIX);
                if self.saved.records.iter().any(|r| r.key() == key) {
                    self.screen = Screen::Past(key);
                } else {
                    self.notice = Some("That result is not saved on this device.".to_owned());
                    self.screen = Screen::Start;
                }
            }
            Route::Progress => {
                self.pause();
                self.data = DataPanel::default();
                self.screen = Screen::Progress;
            }
            Route::Teacher | Route::Print => {
                self.pause();
                if self.teacher.is_none() {
                    // A seed from the clock: the teacher can draw another.
                    self.teacher = Some(TeacherPanel::new(bank, Seed(clock.at as u32)));
                }
                self.screen = if route == Route::Print {
                    Screen::Print
                } else {
                    Screen::Teacher
                };
            }
        }
    }

    /// Takes the quiz on screen off it, keeping it (on the device too) to resume.
    pub(super) fn pause(&mut self) {
        if matches!(self.screen, Screen::Playing(_)) {
            let screen = core::mem::replace(&mut self.screen, Screen::Start);
            if let Screen::Playing(run) = screen {
                self.paused.insert(
                    0,
                    Paused {
                        key: run.key(),
                        run: Ok(run),
                    },
                );
            }
        }
    }

    /// Puts a paused quiz back on screen (an exam whose time ran out meanwhile goes to its
    /// results).
    fn resume(&mut self, key: &str, clock: Clock) {
        let Some(i) = self
            .paused
            .iter()
            .position(|p| p.key == key && p.run.is_ok())
        else {
            return;
        };
        self.pause();
        let i = self.paused.iter().position(|p| p.key == key).unwrap_or(i);
        if let Ok(run) = self.paused.remove(i).run {
            self.notice = None;
            self.reading = None;
            self.screen = Screen::Playing(run);
            self.apply_tick(clock);
        }
    }

    /// The quiz in progress to keep on the device, as (key, value): the one on screen, and a
    /// finished one until its result is saved.
    pub fn live_run(&self) -> Option<(String, String)> {
        match &self.screen {
            Screen::Playing(run) => Some((run.key(), run.to_json(self.bank))),
            Screen::Results { run, save, .. } if *save != SaveState::Saved => {
                Some((run.key(), run.to_json(self.bank)))
            }
            _ => None,
        }
    }

    fn tell_time(&mut self, clock: Clock) {
        self.now = clock.at;
        self.today = clock.day;
    }

    fn play(&mut self, quiz: Quiz, clock: Clock) {
        self.notice = None;
        self.screen = Screen::Playing(Run::new(quiz, clock.at, self.saved.prefs.confidence));
    }

    /// The claims a personal mode would ask now, in order.
    pub fn personal_claims(&self, mode: Mode, seed: Seed) -> Vec<u16> {
        let sections = self.settings.sections;
        match mode {
            Mode::Mistakes => self
                .study
                .mistakes(self.bank, &self.saved.records, sections),
            Mode::Due => self.study.due_plan(
                self.bank,
                self.today,
                sections,
                usize::from(self.settings.count),
                seed,
            ),
            Mode::Learn | Mode::Exam => Vec::new(),
        }
    }

    fn start(&mut self, seed: Seed, clock: Clock) {
        self.tell_time(clock);
        let settings = self.settings;
        if settings.mode.is_personal() {
            let claims = self.personal_claims(settings.mode, seed);
            if claims.is_empty() {
                self.notice = Some(match settings.mode {
                    Mode::Mistakes => "No mistakes to review in your recent quizzes in these sections. Well done; try Due now or Learn.".to_owned(),
                    _ => "Nothing to review in these sections yet: take a Learn quiz first.".to_owned(),
                });
                return;
            }
            self.play(generate_from(self.bank, seed, settings, &claims), clock);
        } else {
            self.play(generate(self.bank, seed, settings), clock);
        }
    }

    fn apply_tick(&mut self, clock: Clock) {
        self.tell_time(clock);
        if let Screen::Playing(run) = &mut self.screen {
            if run.deadline.is_some_and(|d| clock.at >= d) {
                run.time_up(clock);
            }
        }
        self.finish(clock);
    }

    fn finish(&mut self, clock: Clock) {
        if let Screen::Playing(run) = &mut self.screen {
            if run.is_finished() {
                // The results take the quiz's place in the history: Back leaves them.
                self.nav = Nav::Replace;
                let record = run.record(self.bank, clock.at);
                let run = run.clone();
                let save = if self.saved.outdated {
                    SaveState::Outdated
                } else {
                    SaveState::Pending
                };
                self.screen = Screen::Results { run, record, save };
            }
        }
    }

    fn add_record(&mut self, record: QuizRecord) {
        self.saved.add(record);
        self.study = Study::from_records(self.bank, &self.saved.records);
    }

    fn set_prefs(&mut self, change: impl FnOnce(&mut Preferences)) {
        let before = self.saved.prefs;
        change(&mut self.saved.prefs);
        self.prefs_pending |= self.saved.prefs != before;
    }

    pub fn apply(mut self, action: Action) -> State {
        let bank = self.bank;
        self.nav = Nav::Push;
        match action {
            Action::SetCount(n) => self.settings.count = n,
            Action::ToggleSection(s) => {
                let on = !self.settings.sections.contains(s);
                let next = self.settings.sections.with(s, on);
                if !next.is_empty() {
                    self.settings.sections = next;
                }
            }
            Action::ToggleForm(f) => {
                let next = self
                    .settings
                    .forms
                    .with(f, !self.settings.forms.contains(f));
                if !next.is_empty() {
                    self.settings.forms = next;
                }
            }
            Action::SetMode(mode) => {
                self.settings.mode = mode;
                self.notice = None;
                if mode != Mode::Exam {
                    self.settings.minutes = 0;
                }
            }
            Action::SetMinutes(m) => {
                if self.settings.mode == Mode::Exam {
                    self.settings.minutes = m;
                }
            }
            Action::SetBackground(on) => self.settings.background = on,
            Action::Start(seed, clock) => self.start(seed, clock),
            Action::StudyDue(seed, clock) => {
                self.settings.mode = Mode::Due;
                self.settings.minutes = 0;
                self.start(seed, clock);
                // With nothing to draw, the start screen says why.
                if !matches!(self.screen, Screen::Playing(_)) {
                    self.screen = Screen::Start;
                }
            }
            Action::StartShared(clock) => {
                if let Screen::Shared(link) = &self.screen {
                    // A link from another bank version cannot reproduce its quiz; it still
                    // gives its settings and seed, and the notice has said so.
                    let quiz = link.quiz(bank);
                    let title = link.title.clone();
                    self.tell_time(clock);
                    self.play(quiz, clock);
                    // The quiz takes the place of the screen that offered it.
                    self.nav = Nav::Replace;
                    if let Screen::Playing(run) = &mut self.screen {
                        run.title = title;
                    }
                }
            }
            Action::Practise(claims, seed, clock) => {
                self.tell_time(clock);
                let settings = Settings {
                    count: u8::try_from(claims.len()).unwrap_or(u8::MAX),
                    mode: Mode::Learn,
                    minutes: 0,
                    ..Settings::standard(bank)
                };
                self.play(generate_from(bank, seed, settings, &claims), clock);
            }
            Action::Answer(response, confidence, clock) => {
                if let Screen::Playing(run) = &mut self.screen {
                    run.answer(bank, response, confidence, clock);
                }
                // An exam has no feedback to leave: its last answer ends it.
                self.finish(clock);
            }
            Action::FindEvidence => {
                if let Screen::Playing(run) = &mut self.screen {
                    run.find_evidence(bank);
                }
            }
            Action::AnswerStep(response, clock) => {
                if let Screen::Playing(run) = &mut self.screen {
                    run.answer_step(bank, response, clock);
                }
            }
            Action::Next(clock) => {
                if let Screen::Playing(run) = &mut self.screen {
                    run.next();
                }
                self.finish(clock);
            }
            Action::Tick(clock) => self.apply_tick(clock),
            Action::Navigate(query, clock) => {
                self.go(route::parse(bank, &query), clock);
                self.nav = Nav::Replace;
            }
            Action::Resume(key, clock) => self.resume(&key, clock),
            Action::AskDiscard(key) => self.asking_discard = key,
            Action::Discard(key) => {
                self.asking_discard = None;
                self.paused.retain(|p| p.key != key);
                self.runs_gone.push(key);
            }
            Action::Leave => {
                self.reading = None;
                self.pause();
            }
            Action::EndExam(clock) => {
                if let Screen::Playing(run) = &mut self.screen {
                    if !run.quiz.settings.mode.has_feedback() {
                        run.time_up(clock);
                    }
                }
                self.finish(clock);
            }
            Action::OpenResult(key) => {
                if self.saved.records.iter().any(|r| r.key() == key) {
                    self.notice = None;
                    self.reading = None;
                    self.screen = Screen::Past(key);
                }
            }
            Action::RunsRemoved(keys) => self.runs_gone.retain(|k| !keys.contains(k)),
            Action::PartialSaved(key, result) => {
                if let Some(i) = self.partials.iter().position(|(k, _)| *k == key) {
                    let (key, record) = self.partials.remove(i);
                    if result == SaveState::Saved {
                        self.add_record(record);
                        self.runs_gone.push(key);
                    }
                }
            }
            Action::SaveDone(result) => {
                if let Screen::Results { run, record, save } = &mut self.screen {
                    let record = record.clone();
                    let key = run.key();
                    *save = result.clone();
                    if result == SaveState::Saved {
                        self.add_record(record);
                        // The result holds it all now: the quiz in progress can go.
                        self.runs_gone.push(key);
                    }
                }
            }
            Action::RetrySave => {
                if let Screen::Results { save, .. } = &mut self.screen {
                    if matches!(save, SaveState::Failed(_)) {
                        *save = SaveState::Pending;
                    }
                }
            }
            Action::RecordSeen(record) => self.add_record(record),
            Action::Read(reading) => {
                // Moving about the essay, or closing it where Back cannot, keeps one entry.
                if self.reading.is_some() {
                    self.nav = Nav::Replace;
                }
                self.reading = reading;
            }
            Action::Notice(message) => self.notice = Some(message),
            Action::UpdateReady => self.update_ready = true,
            Action::Reachable(ok) => self.unreachable = !ok,
            Action::Home => {
                self.notice = None;
                self.reading = None;
                self.pause();
                self.screen = Screen::Start;
            }
            Action::ShowProgress(clock) => {
                self.tell_time(clock);
                self.pause();
                self.notice = None;
                self.reading = None;
                self.data = DataPanel::default();
                self.screen = Screen::Progress;
            }
            Action::SetTheme(theme) => self.set_prefs(|p| p.theme = theme),
            Action::SetConfidence(on) => self.set_prefs(|p| p.confidence = on),
            Action::PrefsSaved(result) => {
                self.prefs_pending = false;
                if let Err(why) = result {
                    self.data.message = Some(why);
                }
            }
            Action::Data(action) => self.apply_data(action),
            Action::Teacher(action) => self.apply_teacher(action),
            Action::SetName(name) => {
                self.student_name = name.chars().take(crate::teacher::MAX_NAME).collect();
                // The results code stays with the result: its record keeps the name.
                if let Screen::Results { record, save, .. } = &mut self.screen {
                    let kept = matches!(save, SaveState::Saved | SaveState::Pending);
                    if record.title.is_some() && kept {
                        let name = self.student_name.trim();
                        record.name = (!name.is_empty()).then(|| name.to_owned());
                        *save = SaveState::Pending;
                    }
                }
            }
        }
        self
    }

    /// The result waiting to be written, if any.
    pub fn pending_record(&self) -> Option<&QuizRecord> {
        match &self.screen {
            Screen::Results {
                record,
                save: SaveState::Pending,
                ..
            } => Some(record),
            _ => None,
        }
    }

    /// A quiz is under way: updates must wait.
    pub fn is_mid_quiz(&self) -> bool {
        matches!(&self.screen, Screen::Playing(_)) || self.pending_record().is_some()
    }
}
