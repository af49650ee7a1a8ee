//! Something that appears in answer to a click (a preview, a confirmation): brought into view,
//! clear of the sticky header, with the focus on it, so that nothing seems not to happen.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct RevealProps {
    pub class: &'static str,
    pub label: &'static str,
    pub testid: &'static str,
    pub children: Html,
}

#[function_component(Reveal)]
pub fn reveal(props: &RevealProps) -> Html {
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with((), move |_| {
            if let Some(el) = node.cast::<web_sys::HtmlElement>() {
                let options = web_sys::ScrollIntoViewOptions::new();
                options.set_block(web_sys::ScrollLogicalPosition::Start);
                el.scroll_into_view_with_scroll_into_view_options(&options);
                let _ = el.focus();
            }
        });
    }
    html! {
        <div ref={node} class={props.class} role="region" aria-label={props.label} tabindex="-1" data-testid={props.testid}>
            { props.children.clone() }
        </div>
    }
}
