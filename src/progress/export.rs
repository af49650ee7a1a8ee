//! The student's progress as one file they own: every saved quiz and their preferences, with
//! the schema and a checksum. Importing checks the file whole before anything changes, shows
//! what it would change, and then replaces or merges.

use core::fmt;

use super::{Preferences, QuizRecord, SCHEMA, Saved};
use crate::json::Json;

/// Files larger than this are refused before they are read.
pub const MAX_IMPORT_BYTES: usize = 5 * 1024 * 1024;
/// What the file says it is.
const APP: &str = "essay-quiz";

/// FNV-1a, 64 bits, in hex: catches a file damaged or edited by hand.
fn checksum(text: &str) -> String {
    let hash = text.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("{hash:016x}")
}

fn body(records: &[QuizRecord], prefs: Preferences) -> (Json, Json) {
    (
        Json::Arr(records.iter().map(QuizRecord::to_value).collect()),
        prefs.to_value(),
    )
}

/// The export file for everything saved on this device, made at `now`.
pub fn export(saved: &Saved, now: u64) -> String {
    let (results, prefs) = body(&saved.records, saved.prefs);
    let sum = checksum(&(results.to_text() + &prefs.to_text()));
    Json::Obj(vec![
        ("app".to_owned(), Json::from(APP)),
        ("schema".to_owned(), Json::from(SCHEMA)),
        ("exported_at".to_owned(), Json::from(now)),
        ("results".to_owned(), results),
        ("preferences".to_owned(), prefs),
        ("checksum".to_owned(), Json::from(sum.as_str())),
    ])
    .to_text()
}

/// An import file, read and checked.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportFile {
    pub exported_at: u64,
    pub records: Vec<QuizRecord>,
    pub prefs: Preferences,
}

/// Why a file cannot be imported, in words for the student. Nothing has changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportError(pub String);

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

fn refuse(why: impl Into<String>) -> ImportError {
    ImportError(why.into())
}

/// Reads and checks an import file, given the browser's time-zone offset in minutes.
pub fn parse_import(text: &str, offset: i32) -> Result<ImportFile, ImportError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(refuse(format!(
            "This file is larger than {} MB, too large to be an export of this app.",
            MAX_IMPORT_BYTES / (1024 * 1024)
        )));
    }
    let json = Json::parse(text).map_err(|e| {
        refuse(format!(
            "This file is not an export of this app: it is not valid JSON ({} at byte {}).",
            e.what, e.at
        ))
    })?;
    if json.get("app").and_then(Json::as_str) != Some(APP) {
        return Err(refuse(
            "This file is not an export of this app (it does not say “essay-quiz”).",
        ));
    }
    let schema = json.get("schema").and_then(Json::as_u64).unwrap_or(0);
    if schema > u64::from(SCHEMA) {
        return Err(refuse(format!(
            "This file was exported by a newer version of the app (schema {schema}). Reload to update, then import it."
        )));
    }
    if schema != u64::from(SCHEMA) {
        return Err(refuse(format!(
            "This file's schema ({schema}) is not one this app can read."
        )));
    }
    let results = json
        .get("results")
        .and_then(Json::as_array)
        .ok_or_else(|| refuse("This file has no list of results."))?;
    let prefs_value = json
        .get("preferences")
        .ok_or_else(|| refuse("This file has no preferences."))?;
    let prefs = Preferences::from_value(prefs_value)
        .ok_or_else(|| refuse("This file's preferences are damaged."))?;
    let stated = json
        .get("checksum")
        .and_then(Json::as_str)
        .ok_or_else(|| refuse("This file has no checksum."))?;
    let actual = checksum(&(Json::Arr(results.to_vec()).to_text() + &prefs_value.to_text()));
    if stated != actual {
        return Err(refuse(
            "This file's checksum does not match its contents: it was damaged in copying, or edited. Nothing was imported.",
        ));
    }
    let mut records: Vec<QuizRecord> = Vec::with_capacity(results.len());
    for (i, value) in results.iter().enumerate() {
        let record = QuizRecord::from_value(value, offset).ok_or_else(|| {
            refuse(format!(
                "Result {} in this file is damaged. Nothing was imported.",
                i + 1
            ))
        })?;
        if records.iter().any(|r| r.key() == record.key()) {
            return Err(refuse(format!(
                "Result {} in this file repeats an earlier one.",
                i + 1
            )));
        }
        records.push(record);
    }
    Ok(ImportFile {
        exported_at: json.get("exported_at").and_then(Json::as_u64).unwrap_or(0),
        records,
        prefs,
    })
}

/// Replace everything on the device with the file, or merge the two.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportMode {
    Replace,
    Merge,
}

/// What an import would change, shown before it does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Preview {
    /// Results in the file.
    pub in_file: usize,
    /// Results in the file not on this device.
    pub new: usize,
    /// Results both have.
    pub both: usize,
    /// Results only on this device: replacing removes them, merging keeps them.
    pub only_here: usize,
}

pub fn preview(saved: &Saved, file: &ImportFile) -> Preview {
    let here = |r: &QuizRecord| saved.records.iter().any(|s| s.key() == r.key());
    let both = file.records.iter().filter(|r| here(r)).count();
    let in_file = file.records.len();
    Preview {
        in_file,
        new: in_file - both,
        both,
        only_here: saved
            .records
            .iter()
            .filter(|s| !file.records.iter().any(|r| r.key() == s.key()))
            .count(),
    }
}

/// The writes and deletions that carry out an import.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Plan {
    /// (key, value): results to write, and the preferences.
    pub writes: Vec<(String, String)>,
    /// Result keys to remove (replacing only).
    pub deletes: Vec<String>,
}

/// When both hold a result under one key, the one with the later answer wins: merging keeps
/// the later review of each claim.
fn later(a: &QuizRecord, b: &QuizRecord) -> bool {
    let last = |r: &QuizRecord| {
        r.answers
            .iter()
            .map(|x| x.at)
            .max()
            .unwrap_or(r.finished_at)
    };
    last(a) > last(b)
}

pub fn plan(saved: &Saved, file: &ImportFile, mode: ImportMode) -> Plan {
    let mut plan = Plan::default();
    for record in &file.records {
        let mine = saved.records.iter().find(|s| s.key() == record.key());
        let write = match (mode, mine) {
            (_, None) => true,
            (ImportMode::Replace, Some(m)) => m != record,
            (ImportMode::Merge, Some(m)) => later(record, m),
        };
        if write {
            plan.writes.push((record.key(), record.to_json()));
        }
    }
    if mode == ImportMode::Replace {
        plan.deletes = saved
            .records
            .iter()
            .map(QuizRecord::key)
            .filter(|k| !file.records.iter().any(|r| r.key() == *k))
            .collect();
        if file.prefs != saved.prefs {
            plan.writes
                .push((super::prefs::PREFS_KEY.to_owned(), file.prefs.to_json()));
        }
    }
    plan
}
