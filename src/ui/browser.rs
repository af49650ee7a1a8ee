//! The browser at the edge of the app: the clock, fresh seeds, the page's address.

use essay_quiz::progress::local_day;
use essay_quiz::rng::Seed;
use essay_quiz::session::Clock;
use gloo::utils::window;
use wasm_bindgen::JsCast;

/// Milliseconds since the Unix epoch.
pub fn now() -> u64 {
    js_sys::Date::now() as u64
}

/// The browser's time-zone offset now, in minutes behind UTC.
pub fn offset() -> i32 {
    js_sys::Date::new_0().get_timezone_offset() as i32
}

/// The time, and the student's local calendar day.
pub fn clock() -> Clock {
    let at = now();
    Clock {
        at,
        day: local_day(at, offset()),
    }
}

/// A seed for a new quiz. Quizzes need variety, not secrecy, so `Math.random` serves.
pub fn fresh_seed() -> Seed {
    Seed((js_sys::Math::random() * f64::from(u32::MAX)) as u32)
}

/// The page's query string, with its `?`.
pub fn query() -> String {
    window().location().search().unwrap_or_default()
}

/// Marks the history entries the app made, so that closing the Read view can go back to the
/// screen it came from instead of adding an entry.
const OURS: &str = "essay-quiz";

/// Shows `query` in the address bar without reloading: as a new history entry (`push`), so
/// that Back returns to where the student was, or in place of the current one. Nothing when
/// the address is already this. An empty `query` leaves the bare page address.
pub fn go(query: &str, push: bool) {
    if query == self::query() {
        return;
    }
    let path = window().location().pathname().unwrap_or_default();
    let url = format!("{path}{query}");
    if let Ok(history) = window().history() {
        // Nothing depends on the address succeeding; a sandboxed page may refuse it.
        // A replaced entry keeps its mark: only entries the app pushed are its own.
        let _ = if push {
            history.push_state_with_url(&wasm_bindgen::JsValue::from_str(OURS), "", Some(&url))
        } else {
            let state = history.state().unwrap_or(wasm_bindgen::JsValue::NULL);
            history.replace_state_with_url(&state, "", Some(&url))
        };
    }
}

/// Goes back one entry if the app pushed the current one (so the one before is the app's
/// too); otherwise says it did not.
pub fn back_if_ours() -> bool {
    let Ok(history) = window().history() else {
        return false;
    };
    let ours = history.state().ok().and_then(|s| s.as_string()).as_deref() == Some(OURS);
    if ours {
        let _ = history.back();
    }
    ours
}

/// The full address of this page with `query`, for sharing.
pub fn url_with(query: &str) -> String {
    let location = window().location();
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    format!("{origin}{path}{query}")
}

/// A date as the student's locale writes it, short.
pub fn short_date(ms: u64) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    let options = js_sys::Object::new();
    for (k, v) in [("day", "numeric"), ("month", "short"), ("year", "numeric")] {
        let _ = js_sys::Reflect::set(&options, &k.into(), &v.into());
    }
    date.to_locale_date_string("default", &options).into()
}

/// Copies text to the clipboard and reports whether the browser allowed it.
pub fn copy(text: &str, done: yew::Callback<bool>) {
    let promise = window().navigator().clipboard().write_text(text);
    yew::platform::spawn_local(async move {
        done.emit(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
    });
}

/// The app's root element: created hidden beside the build-time shell (see [`reveal_app`]).
pub const APP_ID: &str = "app";
/// The start screen drawn into index.html at build time.
pub const SHELL_ID: &str = "shell";

/// Removes the shell and shows the app in its place, in one step: the browser paints either
/// one or the other, never neither, so nothing on the page moves.
pub fn reveal_app() {
    let document = gloo::utils::document();
    if let Some(app) = document.get_element_by_id(APP_ID) {
        let _ = app.remove_attribute("hidden");
    }
    if let Some(shell) = document.get_element_by_id(SHELL_ID) {
        shell.remove();
    }
}

/// Whether the browser has promised to keep this site's data (`navigator.storage.persisted`).
pub fn persisted(done: yew::Callback<bool>) {
    if let Ok(promise) = window().navigator().storage().persisted() {
        yew::platform::spawn_local(async move {
            let granted = wasm_bindgen_futures::JsFuture::from(promise).await;
            done.emit(granted.ok().and_then(|v| v.as_bool()).unwrap_or(false));
        });
    }
}

/// Offers `text` as a file download named `name`.
pub fn download(name: &str, text: &str) -> bool {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let document = gloo::utils::document();
    let made = document
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok());
    if let Some(a) = made {
        a.set_href(&url);
        a.set_download(name);
        a.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
    true
}

/// Reads a chosen file's text, refusing files over `max` bytes before reading them.
pub fn read_file(file: web_sys::File, max: usize, done: yew::Callback<Result<String, String>>) {
    if file.size() > max as f64 {
        done.emit(Err(format!(
            "This file is larger than {} MB, too large to be an export of this app. Nothing was imported.",
            max / (1024 * 1024)
        )));
        return;
    }
    let promise = file.text();
    yew::platform::spawn_local(async move {
        let text = wasm_bindgen_futures::JsFuture::from(promise).await;
        done.emit(
            text.ok()
                .and_then(|t| t.as_string())
                .ok_or_else(|| "The file could not be read. Nothing was imported.".to_owned()),
        );
    });
}

/// "2026-11-28": a date for file names.
pub fn iso_date(ms: u64) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    format!(
        "{:04}-{:02}-{:02}",
        date.get_full_year(),
        date.get_month() + 1,
        date.get_date()
    )
}
