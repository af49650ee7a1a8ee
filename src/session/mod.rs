//! The app's state and every change to it, as a pure reducer: the view dispatches actions and
//! renders the state; storage, the clock and randomness reach it only as action arguments, and
//! what must be written is left as pending work for the root component's effects.

pub mod data;
mod run;
pub mod teacher;

pub use data::{DataPanel, ImportState};
pub use run::{Moment, Outcome, Run, Step};
pub use teacher::{TeacherAction, TeacherPanel};

use crate::bank::{Bank, Form};
use crate::link::QuizLink;
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
        };
        match link {
            Ok(Some(link)) => {
                state.settings = link.settings;
                if link.is_from_other_bank(bank) {
                    state.notice = Some(
                        "This link was made for another version of the questions, so it cannot show the same quiz. \
                         You can take a quiz with the same settings on the current questions."
                            .to_owned(),
                    );
                }
                state.screen = Screen::Shared(link);
            }
            Ok(None) => {}
            Err(message) => state.notice = Some(message),
        }
        state
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

    fn finish(&mut self, clock: Clock) {
        if let Screen::Playing(run) = &mut self.screen {
            if run.is_finished() {
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
                    let quiz = match &link.chosen {
                        Some(claims) => generate_from(bank, link.seed, link.settings, claims),
                        None => {
                            let mut settings = link.settings;
                            if settings.mode.is_personal() {
                                settings.mode = Mode::Learn;
                            }
                            generate(bank, link.seed, settings)
                        }
                    };
                    let title = link.title.clone();
                    self.tell_time(clock);
                    self.play(quiz, clock);
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
            Action::Tick(clock) => {
                self.tell_time(clock);
                if let Screen::Playing(run) = &mut self.screen {
                    if run.deadline.is_some_and(|d| clock.at >= d) {
                        run.time_up(clock);
                    }
                }
                self.finish(clock);
            }
            Action::SaveDone(result) => {
                if let Screen::Results { record, save, .. } = &mut self.screen {
                    let record = record.clone();
                    *save = result.clone();
                    if result == SaveState::Saved {
                        self.add_record(record);
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
            Action::Read(reading) => self.reading = reading,
            Action::Notice(message) => self.notice = Some(message),
            Action::UpdateReady => self.update_ready = true,
            Action::Reachable(ok) => self.unreachable = !ok,
            Action::Home => {
                self.notice = None;
                self.reading = None;
                self.screen = Screen::Start;
            }
            Action::ShowProgress(clock) => {
                self.tell_time(clock);
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
