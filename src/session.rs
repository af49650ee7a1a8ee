//! The app's state and every change to it, as a pure reducer: the view dispatches actions and
//! renders the state; storage, clock and randomness reach it only as action arguments.

use crate::bank::{Bank, Form};
use crate::link::QuizLink;
use crate::progress::{AnswerRecord, QuizRecord, Saved};
use crate::quiz::{Question, Quiz, Response, Settings, evidence_step, generate};
use crate::rng::Seed;

/// A quiz being played.
#[derive(Clone, Debug, PartialEq)]
pub struct Run {
    pub quiz: Quiz,
    /// One per answered question.
    pub outcomes: Vec<Outcome>,
    /// The last answer's feedback is on screen.
    pub showing_feedback: bool,
    /// The optional second step after a right answer: find the sentence that shows it.
    pub step: Option<Step>,
    /// Evidence steps taken: (question index, found the sentence), scored apart.
    pub steps: Vec<(usize, bool)>,
}

/// "Now find the sentence that shows it", under the feedback of a right answer.
#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    pub question: Question,
    pub outcome: Option<Outcome>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    pub response: Response,
    pub correct: bool,
}

impl Run {
    pub fn new(quiz: Quiz) -> Run {
        Run {
            quiz,
            outcomes: Vec::new(),
            showing_feedback: false,
            step: None,
            steps: Vec::new(),
        }
    }

    /// Whether the feedback on screen may offer the evidence step: the answer was right, the
    /// question was not already about the evidence, and the paragraph has sentences to offer.
    pub fn can_find_evidence(&self, bank: &Bank) -> bool {
        let index = self.index();
        self.current_outcome().is_some_and(|o| o.correct)
            && self.step.is_none()
            && self.current().is_some_and(|q| q.form != Form::Evidence)
            && evidence_step(bank, &self.quiz, index).is_some()
    }

    /// How many evidence steps found the sentence, of how many taken.
    pub fn steps_score(&self) -> (usize, usize) {
        let found = self.steps.iter().filter(|(_, ok)| *ok).count();
        (found, self.steps.len())
    }

    fn find_evidence(&mut self, bank: &Bank) {
        if self.can_find_evidence(bank) {
            self.step = evidence_step(bank, &self.quiz, self.index()).map(|question| Step {
                question,
                outcome: None,
            });
        }
    }

    fn answer_step(&mut self, bank: &Bank, response: Response) {
        let index = self.index();
        if let Some(step) = self.step.as_mut().filter(|s| s.outcome.is_none()) {
            let correct = step.question.is_right(bank, &response);
            step.outcome = Some(Outcome { response, correct });
            self.steps.push((index, correct));
        }
    }

    /// Index of the question on screen.
    pub fn index(&self) -> usize {
        if self.showing_feedback {
            self.outcomes.len() - 1
        } else {
            self.outcomes.len()
        }
    }

    pub fn current(&self) -> Option<&Question> {
        self.quiz.questions.get(self.index())
    }

    /// The outcome of the question on screen, once answered.
    pub fn current_outcome(&self) -> Option<&Outcome> {
        self.showing_feedback
            .then(|| self.outcomes.last())
            .flatten()
    }

    pub fn is_finished(&self) -> bool {
        !self.showing_feedback && self.outcomes.len() >= self.quiz.questions.len()
    }

    pub fn score(&self) -> usize {
        self.outcomes.iter().filter(|o| o.correct).count()
    }

    fn answer(&mut self, bank: &Bank, response: Response) {
        if self.showing_feedback {
            return;
        }
        if let Some(q) = self.current() {
            let correct = q.is_right(bank, &response);
            self.outcomes.push(Outcome { response, correct });
            self.showing_feedback = true;
        }
    }

    fn next(&mut self) {
        self.showing_feedback = false;
        self.step = None;
    }

    pub fn record(&self, bank: &Bank, finished_at: u64) -> QuizRecord {
        let answers = self
            .quiz
            .questions
            .iter()
            .zip(&self.outcomes)
            .enumerate()
            .map(|(i, (q, o))| AnswerRecord {
                claim: bank.claims[usize::from(q.claim)].id.to_string(),
                form: q.form,
                correct: o.correct,
                evidence: self
                    .steps
                    .iter()
                    .find(|(at, _)| *at == i)
                    .map(|(_, ok)| *ok),
            })
            .collect();
        QuizRecord::new(
            bank,
            self.quiz.seed,
            self.quiz.settings,
            finished_at,
            answers,
        )
    }
}

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
}

/// The Read view: the essay at a section, optionally with a claim's evidence highlighted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reading {
    pub section: usize,
    /// Claim whose evidence is highlighted.
    pub claim: Option<u16>,
}

#[derive(Clone, Debug)]
pub struct State {
    pub bank: &'static Bank,
    pub screen: Screen,
    /// The start screen's choices.
    pub settings: Settings,
    /// A message about the link the app was opened with.
    pub notice: Option<String>,
    pub reading: Option<Reading>,
    pub saved: Saved,
    /// A new build of the app is installed and waiting for a reload.
    pub update_ready: bool,
    /// The last check could not reach the server.
    pub unreachable: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetCount(u8),
    ToggleSection(usize),
    ToggleForm(Form),
    /// Start a new quiz with the start screen's settings.
    Start(Seed),
    /// Start the shared quiz on screen.
    StartShared,
    Answer(Response),
    /// Open the evidence step under a right answer's feedback.
    FindEvidence,
    /// Answer the evidence step.
    AnswerStep(Response),
    /// Leave the feedback; `now` (ms since the epoch) dates the result if this was the last.
    Next {
        now: u64,
    },
    /// Storage reported on the pending save.
    SaveDone(SaveState),
    /// Try the failed save again.
    RetrySave,
    /// Another tab finished a quiz.
    RecordSeen(QuizRecord),
    Read(Option<Reading>),
    Home,
    /// The service worker has a new build waiting.
    UpdateReady,
    /// Whether the server answered the last check.
    Reachable(bool),
}

impl State {
    /// The state at start: the link the page was opened with (if any) and what storage holds.
    pub fn new(bank: &'static Bank, link: Result<Option<QuizLink>, String>, saved: Saved) -> State {
        let mut state = State {
            bank,
            screen: Screen::Start,
            settings: Settings::standard(bank),
            notice: None,
            reading: None,
            saved,
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
            Action::Start(seed) => {
                self.notice = None;
                self.screen = Screen::Playing(Run::new(generate(bank, seed, self.settings)));
            }
            Action::StartShared => {
                if let Screen::Shared(link) = &self.screen {
                    // A link from another bank version cannot reproduce its quiz; it still
                    // gives its settings and seed, and the notice has said so.
                    let quiz = generate(bank, link.seed, link.settings);
                    self.notice = None;
                    self.screen = Screen::Playing(Run::new(quiz));
                }
            }
            Action::Answer(response) => {
                if let Screen::Playing(run) = &mut self.screen {
                    run.answer(bank, response);
                }
            }
            Action::FindEvidence => {
                if let Screen::Playing(run) = &mut self.screen {
                    run.find_evidence(bank);
                }
            }
            Action::AnswerStep(response) => {
                if let Screen::Playing(run) = &mut self.screen {
                    run.answer_step(bank, response);
                }
            }
            Action::Next { now } => {
                if let Screen::Playing(run) = &mut self.screen {
                    run.next();
                    if run.is_finished() {
                        let record = run.record(bank, now);
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
            Action::SaveDone(result) => {
                if let Screen::Results { record, save, .. } = &mut self.screen {
                    if result == SaveState::Saved {
                        self.saved.add(record.clone());
                    }
                    *save = result;
                }
            }
            Action::RetrySave => {
                if let Screen::Results { save, .. } = &mut self.screen {
                    if matches!(save, SaveState::Failed(_)) {
                        *save = SaveState::Pending;
                    }
                }
            }
            Action::RecordSeen(record) => self.saved.add(record),
            Action::Read(reading) => self.reading = reading,
            Action::UpdateReady => self.update_ready = true,
            Action::Reachable(ok) => self.unreachable = !ok,
            Action::Home => {
                self.notice = None;
                self.reading = None;
                self.screen = Screen::Start;
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
