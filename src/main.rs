//! Mounts the app in the page.

mod ui;

fn main() {
    yew::Renderer::<ui::App>::new().render();
}
