//! The screens and their parts, one per file. Parts that keep no state of their own are plain
//! functions from their props to `Html`, not components: each component type costs the wasm
//! its own copy of Yew's lifecycle code (ten of them made functions saved 6.1 KB brotli).

mod answers;
mod feedback;
mod header;
mod history;
mod progress;
mod question;
mod quote;
mod reader;
mod results;
mod reveal;
mod shared;
mod start;
mod status;
mod step;
mod teacher;

pub use feedback::Feedback;
pub use header::{HeaderProps, header};
pub use history::{HistoryProps, history};
pub use progress::{Progress, ProgressData};
pub use question::QuestionView;
pub use reader::Reader;
pub use results::{Results, past_summary};
pub use shared::{SharedProps, shared};
pub use start::{StartInfo, StartProps, start};
pub use status::{StatusProps, status};
pub use teacher::{Print, Teacher};

use essay_quiz::bank::{BANK, Bank};
use essay_quiz::quiz::Settings;

/// "sections I, II and V" or "the whole essay".
pub fn describe_sections(bank: &Bank, settings: &Settings) -> String {
    let ids: Vec<&str> = settings
        .sections
        .iter()
        .filter_map(|s| bank.sections.get(s))
        .map(|s| s.id.as_str())
        .collect();
    if ids.len() == bank.sections.len() {
        return "the whole essay".to_owned();
    }
    match ids.as_slice() {
        [one] => format!("section {one}"),
        [init @ .., last] => format!("sections {} and {last}", init.join(", ")),
        [] => String::new(),
    }
}

/// "Section II, paragraph 3" for a paragraph index.
pub fn place(paragraph: u16) -> String {
    let p = &BANK.paragraphs[usize::from(paragraph)];
    let section = BANK.sections[usize::from(p.section)].id;
    let number = p.id.rsplit('.').next().unwrap_or_default();
    format!("{}, paragraph {number}", section_name(&section))
}

/// "Section II" for a numbered section; a named one ("Afterword") as it is.
pub fn section_name(id: &str) -> String {
    if id.chars().all(|c| "IVXLC".contains(c)) {
        format!("Section {id}")
    } else {
        id.to_owned()
    }
}
