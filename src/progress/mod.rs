//! What the app keeps on the device, and how it never loses any of it. Each finished quiz is a
//! record under its own key, so two tabs never overwrite each other; the student's memory of
//! each claim is worked out from those records (see [`crate::study`]), never stored apart, so it
//! can never disagree with them. Records carry a schema version: schema 1 ones are upgraded
//! once, with a backup until the upgrade reads back; anything unreadable or newer is left
//! exactly as it is and reported.

pub mod export;
pub mod prefs;
pub mod record;

pub use prefs::{Preferences, Theme};
pub use record::{AnswerRecord, Confidence, QuizRecord, Unreadable, local_day, parse_record};

use crate::order;

/// The layout of records this build writes.
pub const SCHEMA: u32 = 2;
/// Every key this app owns starts with this; other keys on the origin are not ours to touch.
pub const PREFIX: &str = "essay-quiz.";
/// One key per finished quiz: `essay-quiz.result.<finished ms>-<seed>`.
pub const RESULT_PREFIX: &str = "essay-quiz.result.";
/// The highest schema any build has written on this device. A build that finds a higher one
/// is outdated: it must not write, so it cannot undo a newer build's migration.
pub const SCHEMA_KEY: &str = "essay-quiz.schema";
/// Where a value waits while its upgrade is written and read back (the key follows).
pub const BACKUP_PREFIX: &str = "essay-quiz.backup.";
/// One key per quiz in progress (read by [`crate::session::resume`]).
pub const RUN_PREFIX: &str = "essay-quiz.run.";
/// The teacher's screen as they left it: the quiz they are building and the codes pasted.
pub const TEACHER_KEY: &str = "essay-quiz.teacher";

/// A stored record to rewrite at this build's schema: its key, the value now there, the new one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Upgrade {
    pub key: String,
    pub old: String,
    pub new: String,
}

impl Upgrade {
    /// The key the old value is kept under until the new one reads back.
    pub fn backup_key(&self) -> String {
        format!("{BACKUP_PREFIX}{}", self.key)
    }
}

/// Everything read from storage at start.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Saved {
    /// Oldest first.
    pub records: Vec<QuizRecord>,
    /// Keys of ours whose values could not be read; kept untouched.
    pub unreadable: Vec<String>,
    /// How many records a newer build wrote.
    pub newer: usize,
    /// Another build has written a newer schema: this build must not write.
    pub outdated: bool,
    /// Records of an older schema, to upgrade.
    pub upgrades: Vec<Upgrade>,
    /// Backups left by an upgrade that did not finish: their records are read from them.
    pub backups: Vec<String>,
    pub prefs: Preferences,
    /// The stored preferences could not be read (kept, and reported).
    pub prefs_unreadable: bool,
    /// Quizzes in progress, as stored (key, value): the session reads them.
    pub runs: Vec<(String, String)>,
    /// The teacher's screen as stored, if any.
    pub teacher: Option<String>,
}

impl Saved {
    /// Sorts storage entries (key, value) into records and problems, given the browser's
    /// time-zone offset in minutes. Keys that are not ours are ignored.
    pub fn load(entries: impl IntoIterator<Item = (String, String)>, offset: i32) -> Saved {
        let mut saved = Saved::default();
        let mut backups: Vec<(String, String)> = Vec::new();
        for (key, value) in entries {
            if key == SCHEMA_KEY {
                saved.outdated |= value.trim().parse::<u32>().is_ok_and(|v| v > SCHEMA);
            } else if key == prefs::PREFS_KEY {
                match Preferences::parse(&value) {
                    Some(p) => saved.prefs = p,
                    None => saved.prefs_unreadable = true,
                }
            } else if key.starts_with(RUN_PREFIX) {
                saved.runs.push((key, value));
            } else if key == TEACHER_KEY {
                saved.teacher = Some(value);
            } else if let Some(original) = key.strip_prefix(BACKUP_PREFIX) {
                backups.push((original.to_owned(), value));
                saved.backups.push(key);
            } else if key.starts_with(RESULT_PREFIX) {
                match parse_record(&value, offset) {
                    Ok(record) => {
                        if record.schema < SCHEMA {
                            saved.upgrades.push(Upgrade {
                                key: key.clone(),
                                new: record.to_json(),
                                old: value,
                            });
                        }
                        saved.records.push(record);
                    }
                    Err(Unreadable::Newer(_)) => {
                        saved.newer += 1;
                        saved.outdated = true;
                    }
                    Err(Unreadable::Corrupt) => saved.unreadable.push(key),
                }
            }
        }
        // A backup whose record is missing or unreadable holds the only readable copy.
        for (original, value) in backups {
            let have = saved.records.iter().any(|r| r.key() == original);
            if let (false, Ok(record)) = (have, parse_record(&value, offset)) {
                saved.unreadable.retain(|k| *k != original);
                saved.records.push(record);
            }
        }
        order::sort_by(&mut saved.records, |a, b| {
            (a.finished_at, &a.seed) < (b.finished_at, &b.seed)
        });
        order::sort_by(&mut saved.unreadable, |a, b| a < b);
        saved
    }

    /// Adds a record just saved (or seen saved by another tab, or imported), keeping the order;
    /// a record saved again (with the student's name added) takes its earlier copy's place.
    pub fn add(&mut self, record: QuizRecord) {
        if let Some(same) = self.records.iter_mut().find(|r| r.key() == record.key()) {
            *same = record;
        } else {
            let at = self
                .records
                .partition_point(|r| r.finished_at <= record.finished_at);
            self.records.insert(at, record);
        }
    }

    pub fn summary(&self) -> Summary<'_> {
        Summary {
            last: self.records.last(),
            best: self.records.iter().max_by(|a, b| {
                a.ratio()
                    .total_cmp(&b.ratio())
                    .then(a.total().cmp(&b.total()))
                    .then(a.finished_at.cmp(&b.finished_at))
            }),
            count: self.records.len(),
        }
    }

    /// Whether to remind the student to export: progress made since the last export (or
    /// ever, if never), and that export (or the first progress) more than a week ago.
    pub fn should_remind_export(&self, now: u64) -> bool {
        const WEEK: u64 = 7 * 24 * 60 * 60 * 1000;
        let (Some(first), Some(newest)) = (self.records.first(), self.records.last()) else {
            return false;
        };
        let since = self.prefs.exported_at.unwrap_or(first.finished_at);
        let progress = self
            .prefs
            .exported_at
            .is_none_or(|at| newest.finished_at > at);
        progress && now.saturating_sub(since) > WEEK
    }
}

/// What the start screen shows of the history.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Summary<'a> {
    pub last: Option<&'a QuizRecord>,
    /// Highest share right; among equals, the larger quiz, then the later one.
    pub best: Option<&'a QuizRecord>,
    pub count: usize,
}
