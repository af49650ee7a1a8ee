//! The service worker from the page's side: register it, notice when a new build is waiting,
//! switch to it only when the student says so, and tell whether the server can be reached.
//!
//! The worker (web/sw.js) serves every file from its build's cache, so the page stays one
//! build. Reachability comes from update checks, not `navigator.onLine`, which stays true when
//! only the server is down.

use gloo::events::EventListener;
use gloo::timers::callback::Interval;
use gloo::utils::{document, window};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorkerRegistration, ServiceWorkerState};
use yew::Callback;

/// How often to look for a new build (and check the server) while the page stays open.
const CHECK_EVERY_MS: u32 = 5 * 60 * 1000;

/// What the page hears from the service worker.
#[derive(Clone)]
pub struct Hooks {
    /// A new build is installed and waiting.
    pub on_update: Callback<()>,
    /// Whether the last check reached the server.
    pub on_reach: Callback<bool>,
}

fn has_service_worker() -> bool {
    js_sys::Reflect::has(&window().navigator(), &JsValue::from_str("serviceWorker"))
        .unwrap_or(false)
}

/// Registers the worker and watches for updates for the life of the page.
pub fn start(hooks: Hooks) {
    if !has_service_worker() {
        return;
    }
    yew::platform::spawn_local(async move {
        let container = window().navigator().service_worker();
        let registration = match JsFuture::from(container.register("./sw.js")).await {
            Ok(r) => r.unchecked_into::<ServiceWorkerRegistration>(),
            Err(_) => {
                // First visit with the server down, or a host that refuses sw.js.
                hooks.on_reach.emit(false);
                return;
            }
        };
        let had_controller = container.controller().is_some();
        if registration.waiting().is_some() && had_controller {
            hooks.on_update.emit(());
        }
        // Another tab accepted an update: this one still runs the old build, so it offers the
        // reload too. (On a first visit the worker's first claim is no update.)
        if had_controller {
            let on_update = hooks.on_update.clone();
            EventListener::new(&container, "controllerchange", move |_| on_update.emit(()))
                .forget();
        }
        watch_installs(&registration, hooks.on_update.clone());

        check(registration.clone(), hooks.on_reach.clone());
        let (r, reach) = (registration.clone(), hooks.on_reach.clone());
        EventListener::new(&window(), "online", move |_| {
            check(r.clone(), reach.clone())
        })
        .forget();
        let (r, reach) = (registration.clone(), hooks.on_reach.clone());
        EventListener::new(&document(), "visibilitychange", move |_| {
            if document().visibility_state() == web_sys::VisibilityState::Visible {
                check(r.clone(), reach.clone());
            }
        })
        .forget();
        let (r, reach) = (registration, hooks.on_reach);
        Interval::new(CHECK_EVERY_MS, move || check(r.clone(), reach.clone())).forget();
    });
}

/// Reports a worker that finishes installing while another controls the page: an update.
fn watch_installs(registration: &ServiceWorkerRegistration, on_update: Callback<()>) {
    let r = registration.clone();
    EventListener::new(registration, "updatefound", move |_| {
        let Some(worker) = r.installing() else { return };
        let on_update = on_update.clone();
        let w = worker.clone();
        EventListener::new(&worker, "statechange", move |_| {
            let controlled = window().navigator().service_worker().controller().is_some();
            if w.state() == ServiceWorkerState::Installed && controlled {
                on_update.emit(());
            }
        })
        .forget();
    })
    .forget();
}

/// Asks the server for the worker script: a new build if there is one, and proof of reach.
fn check(registration: ServiceWorkerRegistration, on_reach: Callback<bool>) {
    let Ok(promise) = registration.update() else {
        return;
    };
    yew::platform::spawn_local(async move {
        on_reach.emit(JsFuture::from(promise).await.is_ok());
    });
}

/// Switches to the waiting build and reloads into it; with none waiting (another tab already
/// switched), just reloads.
pub fn apply_update() {
    let reload = || {
        let _ = window().location().reload();
    };
    if !has_service_worker() {
        return reload();
    }
    yew::platform::spawn_local(async move {
        let container = window().navigator().service_worker();
        let waiting = JsFuture::from(container.get_registration())
            .await
            .ok()
            .and_then(|r| r.dyn_into::<ServiceWorkerRegistration>().ok())
            .and_then(|r| r.waiting());
        match waiting {
            Some(worker) => {
                // The page reloads once the new worker controls it, so it loads wholly new files.
                EventListener::once(&container, "controllerchange", move |_| reload()).forget();
                let _ = worker.post_message(&JsValue::from_str("activate-update"));
            }
            None => reload(),
        }
    });
}
