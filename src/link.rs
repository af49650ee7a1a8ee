//! Shareable quiz links: the seed, the settings and the bank version in the query string,
//! `?seed=k3x9a2&count=10&sections=I,II&forms=mc,tf&bank=1a2b3c4d`. Every mistake in a link
//! gets a message a student can act on.

use core::fmt;

use crate::bank::{Bank, Form, FormSet, SectionSet};
use crate::quiz::{MAX_COUNT, Settings};
use crate::rng::{Seed, SeedError};

/// A quiz that a link asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuizLink {
    pub seed: Seed,
    pub settings: Settings,
    /// The bank version the link was made from, if it says.
    pub bank: Option<String>,
}

impl QuizLink {
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
    Missing(&'static str),
}

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
    let bank_version = get("bank").filter(|v| !v.is_empty()).map(str::to_owned);
    Ok(Some(QuizLink {
        seed,
        settings: Settings {
            count,
            sections,
            forms,
        },
        bank: bank_version,
    }))
}

fn list_items(list: &str) -> impl Iterator<Item = &str> {
    list.split(',').map(str::trim).filter(|s| !s.is_empty())
}

/// The query string for a quiz, with the current bank version.
pub fn to_query(bank: &Bank, seed: Seed, settings: Settings) -> String {
    let sections: Vec<&str> = settings
        .sections
        .iter()
        .filter_map(|s| bank.sections.get(s))
        .map(|s| s.id.as_str())
        .collect();
    let forms: Vec<&str> = settings.forms.iter().map(Form::code).collect();
    format!(
        "?seed={seed}&count={}&sections={}&forms={}&bank={}",
        settings.count,
        encode(&sections.join(",")),
        forms.join(","),
        encode(bank.version)
    )
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
