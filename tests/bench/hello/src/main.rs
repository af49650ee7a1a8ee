//! The smallest Yew app: one component rendering one heading.

use yew::prelude::*;

#[function_component(App)]
fn app() -> Html {
    html! { <h1 id="hello">{ "Hello, world" }</h1> }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
