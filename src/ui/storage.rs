//! localStorage at the edge: read everything once at start, upgrade old records (with a backup
//! until each upgrade reads back), write one key per finished quiz and read it back, and never
//! overwrite or delete anything but on the student's word (an import that replaces, a reset).
//! Storage may be missing, blocked (private mode, site settings) or full; each case becomes a
//! message, never a crash.

use essay_quiz::progress::export::Plan;
use essay_quiz::progress::prefs::PREFS_KEY;
use essay_quiz::progress::{
    BACKUP_PREFIX, PREFIX, Preferences, QuizRecord, SCHEMA, SCHEMA_KEY, Saved, TEACHER_KEY,
};
use essay_quiz::session::SaveState;
use gloo::utils::window;
use wasm_bindgen::JsCast;
use web_sys::Storage;

use super::browser;

/// The origin's localStorage, or why it cannot be used. (`gloo`'s `LocalStorage::raw()`
/// panics when storage is blocked, so this asks the window directly.)
fn local() -> Result<Storage, String> {
    match window().local_storage() {
        Ok(Some(storage)) => Ok(storage),
        _ => {
            Err("This browser is not letting the page store anything (private browsing or blocked site data)"
                .to_owned())
        }
    }
}

fn entries(storage: &Storage) -> Vec<(String, String)> {
    let len = storage.length().unwrap_or(0);
    (0..len)
        .filter_map(|i| {
            let key = storage.key(i).ok().flatten()?;
            if !key.starts_with(PREFIX) {
                return None;
            }
            let value = storage.get_item(&key).ok().flatten()?;
            Some((key, value))
        })
        .collect()
}

/// Everything of ours in storage. Unavailable storage reads as empty: there is nothing to lose.
pub fn load() -> Saved {
    match local() {
        Ok(storage) => Saved::load(entries(&storage), browser::offset()),
        Err(_) => Saved::default(),
    }
}

/// Whether storage works at all, for telling the student up front.
pub fn is_available() -> bool {
    local().is_ok()
}

/// The schema a newer build may have marked this device with.
fn marker(storage: &Storage) -> Option<u32> {
    storage
        .get_item(SCHEMA_KEY)
        .ok()
        .flatten()
        .and_then(|v| v.trim().parse::<u32>().ok())
}

/// Writes `value` under `key` and reads it back; the message says why not.
fn write(storage: &Storage, key: &str, value: &str) -> Result<(), String> {
    if let Err(e) = storage.set_item(key, value) {
        let name = e
            .dyn_ref::<web_sys::DomException>()
            .map(web_sys::DomException::name)
            .unwrap_or_default();
        return Err(if name == "QuotaExceededError" {
            "This device's storage for the app is full".to_owned()
        } else {
            "The browser refused to store it".to_owned()
        });
    }
    if storage.get_item(key).ok().flatten().as_deref() != Some(value) {
        return Err("It did not read back as written".to_owned());
    }
    Ok(())
}

/// Marks this device as holding schema-[`SCHEMA`] data, so that an older build's tab stops
/// writing. Losing the mark loses nothing.
fn mark(storage: &Storage) {
    if marker(storage).is_none_or(|m| m < SCHEMA) {
        let _ = storage.set_item(SCHEMA_KEY, &SCHEMA.to_string());
    }
}

/// Upgrades schema 1 records: each old value is first copied to a backup key, then rewritten,
/// then read back; only a good read-back removes the backup. Returns a message if any could
/// not be upgraded (they stay readable as they were).
pub fn upgrade(saved: &Saved) -> Option<String> {
    if saved.outdated || (saved.upgrades.is_empty() && saved.backups.is_empty()) {
        return None;
    }
    let storage = local().ok()?;
    let mut failed = 0;
    for up in &saved.upgrades {
        let backup = up.backup_key();
        let done = write(&storage, &backup, &up.old)
            .and_then(|()| write(&storage, &up.key, &up.new))
            .is_ok();
        if done {
            let _ = storage.remove_item(&backup);
        } else {
            failed += 1;
        }
    }
    // Backups of an earlier upgrade whose record now reads back: no longer needed.
    for backup in &saved.backups {
        let original = backup.trim_start_matches(BACKUP_PREFIX);
        let restored = saved.records.iter().find(|r| r.key() == original);
        if let Some(record) = restored {
            if write(&storage, original, &record.to_json()).is_ok() {
                let _ = storage.remove_item(backup);
            }
        }
    }
    mark(&storage);
    (failed > 0).then(|| {
        format!("{failed} older result(s) could not be upgraded yet (storage is full?); they are kept as they were and still count.")
    })
}

/// Asks the browser not to evict this site's data under storage pressure, and reports whether
/// it is kept. Browsers decide (Chromium grants it to sites in use, or installed).
pub fn ask_to_persist(done: yew::Callback<bool>) {
    let storage = window().navigator().storage();
    if let Ok(promise) = storage.persist() {
        yew::platform::spawn_local(async move {
            let granted = wasm_bindgen_futures::JsFuture::from(promise).await;
            done.emit(granted.ok().and_then(|v| v.as_bool()).unwrap_or(false));
        });
    }
}

/// Saves a finished quiz under its own key, and checks it reads back the same.
pub fn save(record: &QuizRecord) -> SaveState {
    let storage = match local() {
        Ok(s) => s,
        Err(why) => return SaveState::Failed(format!("{why}, so this result could not be saved.")),
    };
    if marker(&storage).is_some_and(|m| m > SCHEMA) {
        return SaveState::Outdated;
    }
    if let Err(why) = write(&storage, &record.key(), &record.to_json()) {
        return SaveState::Failed(format!("{why}, so this result is not saved yet."));
    }
    mark(&storage);
    SaveState::Saved
}

/// Saves the preferences. Unreadable stored preferences are first kept under a backup key.
pub fn save_prefs(prefs: Preferences, replacing_unreadable: bool) -> Result<(), String> {
    let storage = local()?;
    if marker(&storage).is_some_and(|m| m > SCHEMA) {
        return Err(
            "A newer version of the app is using this device: reload to change settings."
                .to_owned(),
        );
    }
    if replacing_unreadable {
        if let Some(old) = storage.get_item(PREFS_KEY).ok().flatten() {
            write(&storage, &format!("{BACKUP_PREFIX}{PREFS_KEY}"), &old)
                .map_err(|why| format!("{why}: the settings were not changed."))?;
        }
    }
    write(&storage, PREFS_KEY, &prefs.to_json())
        .map_err(|why| format!("{why}: the settings were not saved."))
}

/// Carries out an import: every write first (each read back), then the deletions. Returns what
/// storage holds afterwards.
pub fn apply(plan: &Plan) -> Result<Saved, String> {
    let storage = local()?;
    if marker(&storage).is_some_and(|m| m > SCHEMA) {
        return Err(
            "A newer version of the app is using this device: reload, then import.".to_owned(),
        );
    }
    for (key, value) in &plan.writes {
        write(&storage, key, value).map_err(|why| {
            format!("{why}. Some of the file may have been imported; nothing on this device was removed.")
        })?;
    }
    for key in &plan.deletes {
        let _ = storage.remove_item(key);
    }
    mark(&storage);
    Ok(load())
}

/// Removes every result and setting of this app from the device (the student confirmed).
pub fn reset() -> Result<Saved, String> {
    let storage = local()?;
    for (key, _) in entries(&storage) {
        if key != SCHEMA_KEY {
            let _ = storage.remove_item(&key);
        }
    }
    Ok(load())
}

/// Keeps the quiz in progress under its key (after every answer). The message says why not.
pub fn save_run(key: &str, value: &str) -> Result<(), String> {
    let storage = local()?;
    if marker(&storage).is_some_and(|m| m > SCHEMA) {
        return Err("A newer version of the app is using this device".to_owned());
    }
    write(&storage, key, value)
}

/// Removes quizzes in progress that are over or discarded.
pub fn remove(keys: &[String]) {
    if let Ok(storage) = local() {
        for key in keys {
            let _ = storage.remove_item(key);
        }
    }
}

/// Keeps the teacher's screen. A stored value this build could not read is first kept under
/// a backup key, never written over.
pub fn save_teacher(value: &str, unreadable: bool) -> Result<(), String> {
    let storage = local()?;
    if unreadable {
        let backup = format!("{BACKUP_PREFIX}{TEACHER_KEY}");
        if storage.get_item(&backup).ok().flatten().is_none() {
            if let Some(old) = storage.get_item(TEACHER_KEY).ok().flatten() {
                write(&storage, &backup, &old)?;
            }
        }
    }
    write(&storage, TEACHER_KEY, value)
}
