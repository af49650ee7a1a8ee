//! Shareable quiz links: the seed, the settings and the bank version in the query string,
//! `?seed=k3x9a2&count=10&sections=I,II&forms=mc,tf&bank=1a2b3c4d`, with the mode when it is not
//! Learn (`mode=exam&minutes=10`), and for a personal mode the claims it chose
//! (`mode=due&claims=4.1a.2f`), so the link reproduces the quiz without anyone's record, and
//! `background=1` when it asks background claims as often as any other. Every
//! mistake in a link gets a message a student can act on.

use core::fmt;

use crate::bank::{Bank, Form, FormSet, SectionSet};
use crate::quiz::{MAX_COUNT, Mode, Quiz, Settings};
use crate::rng::{Seed, SeedError};

/// A quiz that a link asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuizLink {
    pub seed: Seed,
    pub settings: Settings,
    /// The claims of a personal mode's quiz, in order.
    pub chosen: Option<Vec<u16>>,
    /// A teacher's title: the quiz is assigned, its settings fixed, and its results sent back
    /// by code.
    pub title: Option<String>,
    /// The bank version the link was made from, if it says.
    pub bank: Option<String>,
}

impl QuizLink {
    /// The quiz the link gives: on its claims if it carries them, else drawn from its seed (a
    /// personal mode's link without its claims is drawn as Learn). From another version of the
    /// bank it is a quiz like it, not the same.
    pub fn quiz(&self, bank: &'static Bank) -> Quiz {
        match &self.chosen {
            Some(claims) => crate::quiz::generate_from(bank, self.seed, self.settings, claims),
            None => {
                let mut settings = self.settings;
                if settings.mode.is_personal() {
                    settings.mode = Mode::Learn;
                }
                crate::quiz::generate(bank, self.seed, settings)
            }
        }
    }

    /// Whether the link was made from another version of the bank (so its quiz would differ).
    pub fn is_from_other_bank(&self, bank: &Bank) -> bool {
        self.bank.as_deref().is_some_and(|v| v != bank.version)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkError {
    Seed(String, SeedError),
    Count(String),
    Section(String),
    Form(String),
    Mode(String),
    Minutes(String),
    Claims(String),
    Missing(&'static str),
}

/// The longest time limit a link may set, in minutes.
pub const MAX_MINUTES: u8 = 180;

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LinkError::Seed(s, e) => {
                write!(f, "The quiz number “{s}” in this link is not valid: {e}.")
            }
            LinkError::Count(s) => write!(
                f,
                "The question count “{s}” in this link is not valid: it must be a whole number from 1 to {MAX_COUNT}."
            ),
            LinkError::Section(s) => write!(
                f,
                "This link asks for a section “{s}”, which the essay does not have."
            ),
            LinkError::Form(s) => write!(
                f,
                "This link asks for a question form “{s}” that this app does not know."
            ),
            LinkError::Mode(s) => write!(
                f,
                "This link asks for a way of taking the quiz (“{s}”) that this app does not know."
            ),
            LinkError::Minutes(s) => write!(
                f,
                "The time limit “{s}” in this link is not valid: it must be a number of minutes up to {MAX_MINUTES}."
            ),
            LinkError::Claims(s) => write!(
                f,
                "The list of questions “{s}” in this link is damaged or belongs to other questions."
            ),
            LinkError::Missing(what) => write!(f, "This link has no {what}."),
        }
    }
}

/// Reads a query string (with or without its leading `?`). `Ok(None)` when it asks for no quiz.
pub fn parse(bank: &Bank, query: &str) -> Result<Option<QuizLink>, LinkError> {
    let params: Vec<(String, String)> = query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decode(k), decode(v))
        })
        .collect();
    let get = |name: &str| {
        params
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.trim())
    };
    let Some(seed_text) = get("seed") else {
        return Ok(None);
    };
    let seed = seed_text
        .parse::<Seed>()
        .map_err(|e| LinkError::Seed(seed_text.to_owned(), e))?;
    let standard = Settings::standard(bank);
    let count = match get("count") {
        None => standard.count,
        Some(c) => c
            .parse::<u8>()
            .ok()
            .filter(|n| (1..=MAX_COUNT).contains(n))
            .ok_or_else(|| LinkError::Count(c.to_owned()))?,
    };
    let sections = match get("sections") {
        None => standard.sections,
        Some(list) => {
            let set = list_items(list)
                .map(|id| {
                    bank.section_index(id)
                        .ok_or_else(|| LinkError::Section(id.to_owned()))
                })
                .collect::<Result<SectionSet, _>>()?;
            if set.is_empty() {
                return Err(LinkError::Missing("sections"));
            }
            set
        }
    };
    let forms = match get("forms") {
        None => standard.forms,
        Some(list) => {
            let set = list_items(list)
                .map(|code| Form::from_code(code).ok_or_else(|| LinkError::Form(code.to_owned())))
                .collect::<Result<FormSet, _>>()?;
            if set.is_empty() {
                return Err(LinkError::Missing("question forms"));
            }
            set
        }
    };
    let mode = match get("mode") {
        None => Mode::Learn,
        Some(m) => Mode::from_code(m).ok_or_else(|| LinkError::Mode(m.to_owned()))?,
    };
    let minutes = match get("minutes") {
        None => 0,
        Some(m) => m
            .parse::<u8>()
            .ok()
            .filter(|n| *n <= MAX_MINUTES)
            .ok_or_else(|| LinkError::Minutes(m.to_owned()))?,
    };
    let bank_version = get("bank").filter(|v| !v.is_empty()).map(str::to_owned);
    let same_bank = bank_version.as_deref().is_none_or(|v| v == bank.version);
    let chosen = match get("claims") {
        None if mode.is_personal() => return Err(LinkError::Missing("list of questions")),
        None => None,
        Some(list) => {
            let claims = list
                .split('.')
                .map(|c| u16::from_str_radix(c, 36).ok())
                .collect::<Option<Vec<u16>>>()
                .filter(|cs| !cs.is_empty())
                .ok_or_else(|| LinkError::Claims(list.to_owned()))?;
            // From another bank the numbers name other claims: the notice says so, and the
            // quiz is drawn afresh.
            if same_bank && claims.iter().any(|&c| usize::from(c) >= bank.claims.len()) {
                return Err(LinkError::Claims(list.to_owned()));
            }
            same_bank.then_some(claims)
        }
    };
    let title = get("title")
        .map(|t| {
            t.chars()
                .take(crate::teacher::MAX_TITLE)
                .collect::<String>()
        })
        .filter(|t| !t.trim().is_empty());
    if title.is_some() && mode.is_personal() {
        return Err(LinkError::Mode(mode.code().to_owned()));
    }
    Ok(Some(QuizLink {
        seed,
        settings: Settings {
            count,
            sections,
            forms,
            mode,
            minutes,
            background: get("background") == Some("1"),
        },
        chosen,
        title,
        bank: bank_version,
    }))
}

fn list_items(list: &str) -> impl Iterator<Item = &str> {
    list.split(',').map(str::trim).filter(|s| !s.is_empty())
}

/// The link a teacher hands out: the quiz, fixed, with its title.
pub fn assigned_query(bank: &Bank, seed: Seed, settings: Settings, title: &str) -> String {
    format!("{}&title={}", to_query(bank, seed, settings), encode(title))
}

/// The query string that reproduces a quiz, with the current bank version.
pub fn quiz_query(bank: &Bank, quiz: &Quiz) -> String {
    let mut query = to_query(bank, quiz.seed, quiz.settings);
    push_claims(&mut query, quiz.chosen.as_deref());
    query
}

/// The query string of a link as it was read: the same quiz, with the bank version it names.
pub fn query_of(bank: &Bank, link: &QuizLink) -> String {
    let mut query = settings_query(
        bank,
        link.seed,
        link.settings,
        link.bank.as_deref().unwrap_or(bank.version),
    );
    push_claims(&mut query, link.chosen.as_deref());
    if let Some(title) = &link.title {
        query.push_str("&title=");
        query.push_str(&encode(title));
    }
    query
}

fn push_claims(query: &mut String, chosen: Option<&[u16]>) {
    if let Some(chosen) = chosen {
        let ids: Vec<String> = chosen.iter().map(|&c| base36(u32::from(c))).collect();
        query.push_str("&claims=");
        query.push_str(&ids.join("."));
    }
}

fn base36(n: u32) -> String {
    Seed(n).to_string()
}

/// The query string for a quiz of these settings, with the current bank version.
pub fn to_query(bank: &Bank, seed: Seed, settings: Settings) -> String {
    settings_query(bank, seed, settings, bank.version)
}

fn settings_query(bank: &Bank, seed: Seed, settings: Settings, version: &str) -> String {
    let sections: Vec<&str> = settings
        .sections
        .iter()
        .filter_map(|s| bank.sections.get(s))
        .map(|s| s.id.as_str())
        .collect();
    let forms: Vec<&str> = settings.forms.iter().map(Form::code).collect();
    let mut query = format!(
        "?seed={seed}&count={}&sections={}&forms={}&bank={}",
        settings.count,
        encode(&sections.join(",")),
        forms.join(","),
        encode(version)
    );
    if settings.mode != Mode::Learn {
        query.push_str("&mode=");
        query.push_str(settings.mode.code());
    }
    if settings.minutes > 0 {
        query.push_str(&format!("&minutes={}", settings.minutes));
    }
    if settings.background {
        query.push_str("&background=1");
    }
    query
}

/// Percent-decodes a query component (`+` is a space).
fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(hi), Some(lo)) => {
                    out.push(hi * 16 + lo);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(b: u8) -> Option<u8> {
    char::from(b)
        .to_digit(16)
        .and_then(|d| u8::try_from(d).ok())
}

/// Percent-encodes what a query value cannot hold as it is.
fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~,".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}
