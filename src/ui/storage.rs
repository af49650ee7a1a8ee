//! localStorage at the edge: read every record once at start, write one key per finished quiz,
//! read it back, and never overwrite or delete anything. Storage may be missing, blocked
//! (private mode, site settings) or full; each case becomes a message, never a crash.

use essay_quiz::progress::{PREFIX, QuizRecord, SCHEMA, SCHEMA_KEY, Saved};
use essay_quiz::session::SaveState;
use gloo::utils::window;
use wasm_bindgen::JsCast;
use web_sys::Storage;

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

/// Everything of ours in storage. Unavailable storage reads as empty: there is nothing to lose.
pub fn load() -> Saved {
    let Ok(storage) = local() else {
        return Saved::default();
    };
    let len = storage.length().unwrap_or(0);
    let entries = (0..len).filter_map(|i| {
        let key = storage.key(i).ok().flatten()?;
        if !key.starts_with(PREFIX) {
            return None;
        }
        let value = storage.get_item(&key).ok().flatten()?;
        Some((key, value))
    });
    Saved::load(entries.collect::<Vec<_>>())
}

/// Whether storage works at all, for telling the student up front.
pub fn is_available() -> bool {
    local().is_ok()
}

/// Asks the browser not to evict this site's data under storage pressure. Browsers decide
/// (Chromium grants it to sites in use, or installed); either way nothing else changes.
fn ask_to_persist() {
    let storage = window().navigator().storage();
    if let Ok(promise) = storage.persist() {
        yew::platform::spawn_local(async move {
            let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
        });
    }
}

/// Saves a finished quiz under its own key, and checks it reads back the same.
pub fn save(record: &QuizRecord) -> SaveState {
    let storage = match local() {
        Ok(s) => s,
        Err(why) => return SaveState::Failed(format!("{why}, so this result could not be saved.")),
    };
    let marker = storage
        .get_item(SCHEMA_KEY)
        .ok()
        .flatten()
        .and_then(|v| v.trim().parse::<u32>().ok());
    if marker.is_some_and(|m| m > SCHEMA) {
        return SaveState::Outdated;
    }
    let key = record.key();
    let json = record.to_json();
    if let Err(e) = storage.set_item(&key, &json) {
        let name = e
            .dyn_ref::<web_sys::DomException>()
            .map(web_sys::DomException::name)
            .unwrap_or_default();
        let why = if name == "QuotaExceededError" {
            "This device's storage for the app is full"
        } else {
            "The browser refused to store it"
        };
        return SaveState::Failed(format!("{why}, so this result is not saved yet."));
    }
    if storage.get_item(&key).ok().flatten().as_deref() != Some(json.as_str()) {
        return SaveState::Failed(
            "The result did not read back as written, so it may not be saved.".to_owned(),
        );
    }
    ask_to_persist();
    if marker.is_none_or(|m| m < SCHEMA) {
        // Only marks this device as holding schema-`SCHEMA` data; losing it loses nothing.
        let _ = storage.set_item(SCHEMA_KEY, &SCHEMA.to_string());
    }
    SaveState::Saved
}
