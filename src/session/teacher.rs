//! The teacher's screen: building an assigned quiz (its title, settings and seed), printing it
//! with its key, and reading the class's results codes.

use super::{Screen, State};
use crate::bank::{Bank, Form};
use crate::json::Json;
use crate::link;
use crate::quiz::{Mode, Quiz, Settings, generate};
use crate::rng::Seed;
use crate::teacher::{BadCode, Class, MAX_TITLE, analyse};

#[derive(Clone, Debug, PartialEq)]
pub struct TeacherPanel {
    pub title: String,
    pub settings: Settings,
    pub seed: Seed,
    /// The codes pasted, and what they gave.
    pub pasted: String,
    pub classes: Vec<Class>,
    pub bad: Vec<BadCode>,
}

impl TeacherPanel {
    pub fn new(bank: &Bank, seed: Seed) -> TeacherPanel {
        TeacherPanel {
            title: String::new(),
            settings: Settings {
                count: 10,
                ..Settings::standard(bank)
            },
            seed,
            pasted: String::new(),
            classes: Vec::new(),
            bad: Vec::new(),
        }
    }

    /// The quiz every student will get: what the preview shows and the paper copy prints.
    pub fn quiz(&self, bank: &'static Bank) -> Quiz {
        generate(bank, self.seed, self.settings)
    }

    /// The stored form, kept on the device so that a reload loses neither the quiz being built
    /// nor the codes pasted: the quiz as its link's query, the title and the codes.
    pub fn to_json(&self, bank: &Bank) -> String {
        Json::Obj(vec![
            ("teacher".to_owned(), Json::from(1u32)),
            (
                "quiz".to_owned(),
                Json::from(link::to_query(bank, self.seed, self.settings).as_str()),
            ),
            ("title".to_owned(), Json::from(self.title.as_str())),
            ("pasted".to_owned(), Json::from(self.pasted.as_str())),
        ])
        .to_text()
    }

    /// Reads [`Self::to_json`]; `None` if it is not one (the screen then starts afresh, and
    /// the stored value is left as it is until the teacher changes something).
    pub fn from_json(bank: &'static Bank, text: &str) -> Option<TeacherPanel> {
        let json = Json::parse(text).ok()?;
        if json.get("teacher")?.as_u64()? != 1 {
            return None;
        }
        let quiz = link::parse(bank, json.get("quiz")?.as_str()?).ok()??;
        let pasted = json.get("pasted")?.as_str()?.to_owned();
        let (classes, bad) = analyse(bank, &pasted);
        Some(TeacherPanel {
            title: json.get("title")?.as_str()?.to_owned(),
            settings: quiz.settings,
            seed: quiz.seed,
            pasted,
            classes,
            bad,
        })
    }

    /// The title as the link and the paper carry it.
    pub fn title(&self) -> &str {
        let t = self.title.trim();
        if t.is_empty() { "Quiz" } else { t }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum TeacherAction {
    Open(Seed),
    SetTitle(String),
    SetCount(u8),
    ToggleSection(usize),
    ToggleForm(Form),
    /// Ask background facts as often as the rest.
    SetBackground(bool),
    /// Learn or Exam (an assigned quiz is the same for every student: no personal modes).
    SetMode(Mode),
    SetMinutes(u8),
    /// Draw other questions with the same settings.
    Reshuffle(Seed),
    /// The paper copy and its key.
    Print,
    /// Codes pasted by the teacher: read, graded and analysed at once.
    Paste(String),
}

impl State {
    pub(super) fn apply_teacher(&mut self, action: TeacherAction) {
        let bank = self.bank;
        if let TeacherAction::Open(seed) = action {
            if self.teacher.is_none() {
                self.teacher = Some(TeacherPanel::new(bank, seed));
            }
            self.reading = None;
            self.notice = None;
            self.pause();
            self.screen = Screen::Teacher;
            return;
        }
        let Some(t) = self.teacher.as_mut() else {
            return;
        };
        let s = &mut t.settings;
        match action {
            TeacherAction::Open(_) => {}
            TeacherAction::SetTitle(title) => t.title = title.chars().take(MAX_TITLE).collect(),
            TeacherAction::SetCount(n) => s.count = n.clamp(1, crate::quiz::MAX_COUNT),
            TeacherAction::ToggleSection(i) => {
                let next = s.sections.with(i, !s.sections.contains(i));
                if !next.is_empty() {
                    s.sections = next;
                }
            }
            TeacherAction::ToggleForm(f) => {
                let next = s.forms.with(f, !s.forms.contains(f));
                if !next.is_empty() {
                    s.forms = next;
                }
            }
            TeacherAction::SetMode(mode) if !mode.is_personal() => {
                s.mode = mode;
                if mode == Mode::Learn {
                    s.minutes = 0;
                }
            }
            TeacherAction::SetMode(_) => {}
            TeacherAction::SetBackground(on) => s.background = on,
            TeacherAction::SetMinutes(m) => {
                if s.mode == Mode::Exam {
                    s.minutes = m;
                }
            }
            TeacherAction::Reshuffle(seed) => t.seed = seed,
            TeacherAction::Print => self.screen = Screen::Print,
            TeacherAction::Paste(text) => {
                let (classes, bad) = analyse(bank, &text);
                t.pasted = text;
                t.classes = classes;
                t.bad = bad;
            }
        }
    }
}
