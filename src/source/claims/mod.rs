//! Parses and checks `pools.toml` and `claims/*.toml` against the essay: `raw` is the files'
//! shape, `check` checks a claim, `forms` each question form's table, and `model` is what comes
//! out.

mod check;
mod forms;
mod model;
mod raw;

pub use model::*;

use std::collections::HashMap;

use super::essay::Essay;
use super::repairs::toml_error;
use super::{SourceError, line_of};
use crate::text::same_option;
use check::{Checker, essay_words};
use raw::{RawFile, RawPools};

/// Evidence shorter than this rarely stands on its own.
pub const MIN_EVIDENCE_WORDS: usize = 8;
/// Evidence may span this many consecutive sentences of its paragraph, no more.
pub const MAX_EVIDENCE_SENTENCES: usize = 3;
pub const MIN_DISTRACTORS: usize = 3;
/// Chronology puts at least this many events in order; matching pairs this many attributions.
pub const MIN_PARTNERS: usize = 3;

pub fn parse_pools(file: &str, text: &str) -> Result<Vec<Pool>, Vec<SourceError>> {
    let raw: RawPools = toml::from_str(text).map_err(|e| vec![toml_error(file, text, &e)])?;
    let mut errors = Vec::new();
    let mut pools = Vec::new();
    for (name, pool) in raw.pool {
        let line = line_of(text, pool.span().start);
        if !is_slug(&name) {
            errors.push(SourceError::new(
                file,
                line,
                format!("pool name “{name}”: use lowercase letters, digits and “-”"),
            ));
        }
        let pool = pool.into_inner();
        if pool.members.len() < 2 {
            errors.push(SourceError::new(
                file,
                line,
                format!("pool “{name}” needs at least two members"),
            ));
        }
        let mut members: Vec<String> = Vec::new();
        for m in pool.members {
            let at = line_of(text, m.span().start);
            let m = m.into_inner();
            if m.trim().is_empty() {
                errors.push(SourceError::new(
                    file,
                    at,
                    format!("pool “{name}” has an empty member"),
                ));
            } else if let Some(other) = members.iter().find(|o| same_option(o, &m)) {
                errors.push(SourceError::new(
                    file,
                    at,
                    format!("pool “{name}”: “{m}” repeats “{other}”"),
                ));
            }
            members.push(m);
        }
        pools.push(Pool { name, members });
    }
    if errors.is_empty() {
        Ok(pools)
    } else {
        Err(errors)
    }
}

/// Parses every claims file (name, text), checks each claim and the bank as a whole, and
/// returns the claims in essay order.
pub fn parse_all(
    essay: &Essay,
    pools: &[Pool],
    files: &[(String, String)],
) -> Result<Vec<Claim>, Vec<SourceError>> {
    let mut errors = Vec::new();
    let mut claims = Vec::new();
    let essay_words = essay_words(essay);
    for (file, text) in files {
        match toml::from_str::<RawFile>(text) {
            Ok(raw) => {
                let checker = Checker {
                    essay,
                    essay_words: &essay_words,
                    pools,
                    file,
                    text,
                    errors: &mut errors,
                };
                claims.extend(checker.claims(raw));
            }
            Err(e) => errors.push(toml_error(file, text, &e)),
        }
    }
    check_bank(&claims, &mut errors);
    if errors.is_empty() {
        claims.sort_by_key(|c| c.paragraph);
        Ok(claims)
    } else {
        Err(errors)
    }
}

/// Checks that span claims: unique ids, and enough partners for chronology and matching.
fn check_bank(claims: &[Claim], errors: &mut Vec<SourceError>) {
    let mut seen: HashMap<&str, &Claim> = HashMap::new();
    for c in claims {
        if let Some(first) = seen.insert(&c.id, c) {
            errors.push(SourceError::new(
                &c.file,
                c.line,
                format!(
                    "id “{}” is already used at {}:{}",
                    c.id, first.file, first.line
                ),
            ));
        }
    }
    let dated: Vec<&Claim> = claims.iter().filter(|c| c.event.is_some()).collect();
    let mut keys: Vec<(u16, u8)> = dated
        .iter()
        .filter_map(|c| c.event.as_ref())
        .map(|e| (e.year, e.month))
        .collect();
    keys.sort_unstable();
    keys.dedup();
    if let Some(c) = dated.first().filter(|_| keys.len() < MIN_PARTNERS) {
        errors.push(SourceError::new(
            &c.file,
            c.line,
            format!(
                "chronology needs events with at least {MIN_PARTNERS} different dates in the bank"
            ),
        ));
    }
    let attributed: Vec<&Claim> = claims.iter().filter(|c| c.attribution.is_some()).collect();
    let mut whos: Vec<&str> = attributed
        .iter()
        .filter_map(|c| c.attribution.as_ref())
        .map(|a| a.who.as_str())
        .collect();
    whos.sort_unstable();
    whos.dedup();
    if let Some(c) = attributed.first().filter(|_| whos.len() < MIN_PARTNERS) {
        errors.push(SourceError::new(
            &c.file,
            c.line,
            format!("matching needs attributions to at least {MIN_PARTNERS} different people or organisations"),
        ));
    }
}

fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.split('-').all(|part| {
            !part.is_empty()
                && part
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        })
}
