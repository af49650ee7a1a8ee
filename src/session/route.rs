//! Every screen as an address, so that the browser's Back and Forward, a reload and a copied
//! link each land where a person expects: the start page (no query), a quiz (its link's
//! query), a result (`?result=…`), the progress screen (`?progress`), the teacher's screen
//! (`?teacher`, its paper copy `?teacher=print`), and the Read view over any of them
//! (`&read=III.4`). All relative to the page, so they work from any path and offline.

use crate::bank::Bank;
use crate::link::{self, QuizLink};

use super::{Screen, State};

/// Where an address points.
#[derive(Clone, Debug, PartialEq)]
pub enum Route {
    Start,
    Quiz(QuizLink),
    /// A saved result, by the part of its key after the prefix (`<finished ms>-<seed>`).
    Result(String),
    Progress,
    Teacher,
    Print,
}

/// What an address asks for: the screen, and the paragraph the Read view is open at.
#[derive(Clone, Debug, PartialEq)]
pub struct Address {
    pub route: Result<Route, String>,
    /// Index into the bank's paragraphs.
    pub read: Option<u16>,
}

fn params(query: &str) -> impl Iterator<Item = (&str, &str)> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| p.split_once('=').unwrap_or((p, "")))
}

/// Reads an address's query string. A broken quiz link gives its message.
pub fn parse(bank: &Bank, query: &str) -> Address {
    let get = |name: &str| params(query).find(|(k, _)| *k == name).map(|(_, v)| v);
    let read = get("read").and_then(|id| {
        bank.paragraphs
            .iter()
            .position(|p| p.id == id)
            .and_then(|i| u16::try_from(i).ok())
    });
    let route = if let Some(key) = get("result") {
        Ok(Route::Result(key.to_owned()))
    } else if get("progress").is_some() {
        Ok(Route::Progress)
    } else if let Some(t) = get("teacher") {
        Ok(if t == "print" {
            Route::Print
        } else {
            Route::Teacher
        })
    } else {
        match link::parse(bank, query) {
            Ok(Some(l)) => Ok(Route::Quiz(l)),
            Ok(None) => Ok(Route::Start),
            Err(e) => Err(e.to_string()),
        }
    };
    Address { route, read }
}

impl State {
    /// The address of what is on screen.
    pub fn address(&self) -> String {
        let bank = self.bank;
        let base = self.screen_address();
        // The Read view names the paragraph it opened at: the one asked for, the highlighted
        // claim's, or its section's first.
        let read = self.reading.and_then(|r| {
            r.paragraph
                .or_else(|| r.claim.map(|c| bank.claims[usize::from(c)].paragraph))
                .or_else(|| bank.sections.get(r.section).map(|s| s.paragraphs.start))
        });
        match read {
            Some(p) => {
                let id = bank.paragraphs[usize::from(p)].id.as_str();
                let sep = if base.is_empty() { '?' } else { '&' };
                format!("{base}{sep}read={id}")
            }
            None => base,
        }
    }

    /// The address of the screen under the Read view (all of it when the essay is closed).
    pub fn screen_address(&self) -> String {
        let bank = self.bank;
        match &self.screen {
            Screen::Start => String::new(),
            Screen::Shared(l) => link::query_of(bank, l),
            Screen::Playing(run) => match &run.title {
                Some(title) => link::assigned_query(bank, run.quiz.seed, run.quiz.settings, title),
                None => link::quiz_query(bank, &run.quiz),
            },
            Screen::Results { record, .. } => result_query(&record.key()),
            Screen::Past(key) => result_query(key),
            Screen::Progress => "?progress".to_owned(),
            Screen::Teacher => "?teacher".to_owned(),
            Screen::Print => "?teacher=print".to_owned(),
        }
    }
}

fn result_query(key: &str) -> String {
    format!(
        "?result={}",
        key.trim_start_matches(crate::progress::RESULT_PREFIX)
    )
}
