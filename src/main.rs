//! In the browser, mounts the app beside the start screen that index.html already shows (see
//! `ui::Shell`). Natively, prints that start screen as HTML, for the build to write into
//! index.html.

// Natively only the shell is rendered; the rest of the view is for the browser.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod ui;

// Smaller than the default allocator; the app is single-threaded.
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(target_arch = "wasm32")]
fn main() {
    let document = gloo::utils::document();
    let root = document
        .create_element("div")
        .expect("a page can create a div");
    root.set_id(ui::browser::APP_ID);
    // Hidden until its first render is done; then it takes the shell's place.
    let _ = root.set_attribute("hidden", "");
    match document.body() {
        Some(body) => {
            let _ = body.append_child(&root);
            yew::Renderer::<ui::App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<ui::App>::new().render();
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let render = yew::LocalServerRenderer::<ui::Shell>::new()
        .hydratable(false)
        .render();
    print!("{}", block_on(render));
}

/// Runs a future that needs no I/O (a server-side render) to completion.
#[cfg(not(target_arch = "wasm32"))]
fn block_on<F: std::future::Future>(future: F) -> F::Output {
    let mut future = std::pin::pin!(future);
    let mut context = std::task::Context::from_waker(std::task::Waker::noop());
    loop {
        if let std::task::Poll::Ready(out) = future.as_mut().poll(&mut context) {
            return out;
        }
    }
}
