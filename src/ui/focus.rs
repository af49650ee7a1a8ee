//! Where focus goes when something new appears: screen readers start reading there, and
//! keyboard users continue from there.

use yew::prelude::*;

/// A node ref whose element takes the focus once, when the component mounts (if `enabled`).
#[hook]
pub fn use_focus_on_mount(enabled: bool) -> NodeRef {
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with((), move |_| {
            if let Some(el) = node.cast::<web_sys::HtmlElement>().filter(|_| enabled) {
                let _ = el.focus();
            }
        });
    }
    node
}
